import { lstatSync, readFileSync, realpathSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { UserError } from './errors.js';

/** A file as the user named it, where it really is, and how to show it in messages. */
export interface WorkspaceFile {
  /** Absolute, symlinks resolved. */
  path: string;
  /** Relative to the workspace, `/`-separated: what messages, annotations and diffs show. */
  display: string;
}

/**
 * Resolve `file` against the workspace and refuse anything that ends up outside it (including through a
 * symlink): a release action must never edit files the workflow did not check out.
 */
export function resolveInWorkspace(file: string, workspace: string): WorkspaceFile {
  // .native: one realpath(3) call instead of an lstat per path component in JavaScript.
  const root = realpathSync.native(workspace);
  const absolute = isAbsolute(file) ? file : resolve(root, file);
  let real: string;
  try {
    real = realpathSync.native(absolute);
  } catch {
    throw new UserError(`file not found: ${file}`, { file });
  }
  const rel = relative(root, real);
  if (rel === '' || rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)) {
    throw new UserError(`refusing to touch ${file}: it is outside the workspace ${root}`, { file });
  }
  if (!statSync(real).isFile()) throw new UserError(`not a file: ${file}`, { file });
  return { path: real, display: rel.split(sep).join('/') };
}

export function readText(file: WorkspaceFile): string {
  try {
    return readFileSync(file.path, 'utf8');
  } catch (e) {
    throw new UserError(`cannot read ${file.display}: ${(e as Error).message}`, { file: file.display });
  }
}

/**
 * Write every file or none. Each new content goes to a temp file beside its target (same filesystem, same
 * mode), and only when all temp files exist are they renamed over their targets; if a rename fails, the
 * targets already replaced get their old content back.
 */
let tempCounter = 0;

export function writeFilesAtomically(writes: readonly { path: string; content: string; original: string }[]): void {
  const temps: { tmp: string; path: string; original: string }[] = [];
  try {
    for (const w of writes) {
      // Unique enough, and 'wx' refuses to reuse an existing name; node:crypto is not worth its load time here.
      const tmp = join(
        dirname(w.path),
        `.${basename(w.path)}.${process.pid}.${(tempCounter++).toString(36)}${Math.random().toString(36).slice(2, 8)}.tmp`,
      );
      const mode = statSync(w.path).mode & 0o7777;
      writeFileSync(tmp, w.content, { mode, flag: 'wx' });
      temps.push({ tmp, path: w.path, original: w.original });
    }
  } catch (e) {
    for (const t of temps) safeUnlink(t.tmp);
    throw e;
  }
  const done: typeof temps = [];
  try {
    for (const t of temps) {
      renameSync(t.tmp, t.path);
      done.push(t);
    }
  } catch (e) {
    for (const t of temps) if (!done.includes(t)) safeUnlink(t.tmp);
    for (const t of done) writeFileSync(t.path, t.original);
    throw e;
  }
}

function safeUnlink(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // already gone
  }
}

/** True when `path` exists and is a symlink (kept for callers that must not follow links). */
export function isSymlink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}
