import { lstatSync, readFileSync, realpathSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { isAbsolute, resolve, sep } from 'node:path';
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
  // realpath(3) resolves `.`, `..` and doubled slashes itself, but after following symlinks; path.resolve
  // first collapses `..` by name. Keep that meaning for such paths, and spare the (JavaScript, character
  // by character) normalisation for the usual `dir/sub/file`.
  const inside = root.endsWith(sep) ? root : root + sep;
  const plain = !file.startsWith('.') && !file.includes('/.') && !file.includes('//') && !file.includes('\\');
  const absolute = isAbsolute(file) ? file : plain ? `${inside}${file}` : resolve(root, file);
  let real: string;
  try {
    real = realpathSync.native(absolute);
  } catch {
    throw new UserError(`file not found: ${file}`, { file });
  }
  // Both are canonical absolute paths, so inside means "starts with the root and a separator"; no
  // path.relative(), which normalises both paths again on every call.
  if (!real.startsWith(inside) || real.length === inside.length) {
    throw new UserError(`refusing to touch ${file}: it is outside the workspace ${root}`, { file });
  }
  if (!statSync(real).isFile()) throw new UserError(`not a file: ${file}`, { file });
  const rel = real.slice(inside.length);
  return { path: real, display: sep === '/' ? rel : rel.split(sep).join('/') };
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
      // Beside the target, hidden: `dir/.name.<pid>.<n><random>.tmp` (string slicing, as the path is already
      // absolute and canonical, and path.join would normalise it again).
      const cut = w.path.lastIndexOf(sep) + 1;
      const tmp = `${w.path.slice(0, cut)}.${w.path.slice(cut)}.${process.pid}.${(tempCounter++).toString(36)}${Math.random().toString(36).slice(2, 8)}.tmp`;
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
