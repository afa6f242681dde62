import {
  closeSync,
  existsSync,
  fchmodSync,
  fchownSync,
  fstatSync,
  lstatSync,
  openSync,
  readdirSync,
  readFileSync,
  realpathSync,
  renameSync,
  statSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { constants } from 'node:os';
import { isAbsolute, resolve, sep } from 'node:path';
import { throwIfAny, UserError } from './errors.js';
import { beforeUndoableWork } from './signals.js';
import { decodeUtf8 } from './utf8.js';

/** A file as the user named it, where it really is, and how to show it in messages. */
export interface WorkspaceFile {
  /** Absolute, symlinks resolved. */
  path: string;
  /** Relative to the workspace, `/`-separated: what messages, annotations and diffs show. */
  display: string;
}

/**
 * True when a path has a `.git` segment (the repository's own directory, or a gitfile): git runs what its
 * config says (core.fsmonitor, hooks), so whoever can write there runs commands in the job. Compared without
 * case, as a case-insensitive file system (and git on it) would. `.github`, `.gitignore` are other names.
 */
export function hasGitSegment(path: string): boolean {
  const lower = path.toLowerCase();
  return lower.includes('.git') && lower.split(/[\\/]+/).includes('.git');
}

function refuseGit(file: string, ...paths: string[]): void {
  if ([file, ...paths].some(hasGitSegment)) {
    throw new UserError(
      `refusing to touch ${file}: it is inside .git, git's own data (config, hooks), which no release action reads or writes`,
      { file },
    );
  }
}

/**
 * Resolve `file` against the workspace and refuse anything that ends up outside it (including through a
 * symlink): a release action must never edit files the workflow did not check out. Nor anything with a
 * `.git` segment, as named or once symlinks are resolved (hasGitSegment): every action's files come
 * through here or resolveNewInWorkspace, so this is the one place of that rule.
 */
export function resolveInWorkspace(file: string, workspace: string): WorkspaceFile {
  refuseGit(file);
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
  if (real === root || real === inside)
    throw new UserError(`not a file: ${file} (it is the workspace directory)`, { file });
  if (!real.startsWith(inside)) {
    throw new UserError(`refusing to touch ${file}: it is outside the workspace ${root}`, { file });
  }
  const rel = real.slice(inside.length);
  refuseGit(file, rel);
  if (!statSync(real).isFile()) throw new UserError(`not a file: ${file}`, { file });
  return { path: real, display: sep === '/' ? rel : rel.split(sep).join('/') };
}

/**
 * The text of a file that may be absent (a Chart.lock not made yet): undefined when nothing is at that path;
 * anything there is resolved as resolveInWorkspace does (so a path outside the workspace or in .git is
 * refused as such, not taken for a missing file) and read with readText.
 */
export function readIfPresent(file: string, workspace: string): string | undefined {
  refuseGit(file);
  try {
    lstatSync(isAbsolute(file) ? file : resolve(workspace, file));
  } catch {
    return undefined;
  }
  return readText(resolveInWorkspace(file, workspace));
}

/**
 * A file that may not exist yet (a Chart.lock to create): an existing one is resolved as resolveInWorkspace
 * does; a new one must go into a directory that is inside the workspace, symlinks resolved.
 */
export function resolveNewInWorkspace(file: string, workspace: string): WorkspaceFile & { exists: boolean } {
  refuseGit(file);
  const root = realpathSync.native(workspace);
  const absolute = isAbsolute(file) ? file : resolve(root, file);
  let exists = true;
  try {
    lstatSync(absolute);
  } catch {
    exists = false;
  }
  if (exists) return { ...resolveInWorkspace(file, workspace), exists };
  const cut = absolute.lastIndexOf(sep);
  const name = absolute.slice(cut + 1);
  let dir: string;
  try {
    dir = realpathSync.native(absolute.slice(0, cut) || sep);
  } catch {
    throw new UserError(`directory not found for ${file}`, { file });
  }
  const inside = root.endsWith(sep) ? root : root + sep;
  if (!(dir + sep).startsWith(inside) || name === '' || name === '.' || name === '..') {
    throw new UserError(`refusing to create ${file}: it is outside the workspace ${root}`, { file });
  }
  const rel = `${dir}${sep}${name}`.slice(inside.length);
  refuseGit(file, rel);
  return { path: `${dir}${sep}${name}`, display: sep === '/' ? rel : rel.split(sep).join('/'), exists };
}

/**
 * Why a file operation failed, in words, for the errors a user can meet and fix (permissions, a full or
 * read-only disk, a busy mount point); anything else keeps Node's own message.
 */
export function fsErrorReason(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  const words: Record<string, string> = {
    EACCES: 'permission denied',
    EPERM: 'operation not permitted',
    EROFS: 'read-only file system',
    ENOSPC: 'no space left on the device',
    EDQUOT: 'disk quota exceeded',
    EBUSY: 'the file is busy (a mount point?)',
    ENOENT: 'it does not exist (any more)',
    EISDIR: 'it is a directory',
    EMFILE: 'too many open files',
    ENAMETOOLONG: 'the name is too long',
    EIO: 'input/output error',
  };
  // libuv has no name for some errors (EDQUOT: "Unknown system error -122"); the number still says which.
  const name =
    err?.code && Object.hasOwn(words, err.code)
      ? err.code
      : typeof err?.errno === 'number'
        ? Object.keys(words).find((n) => (constants.errno as Record<string, number>)[n] === -err.errno!)
        : undefined;
  if (name) return `${words[name]} (${name})`;
  return err?.message ?? String(e);
}

function isErrno(e: unknown): e is NodeJS.ErrnoException {
  return e instanceof Error && typeof (e as NodeJS.ErrnoException).code === 'string';
}

/**
 * What readText saw of each file (by absolute path): writeFilesAtomically checks, right before it replaces
 * a file, that the file is still exactly that, and names files by their workspace display.
 */
interface Seen {
  display: string;
  size: bigint;
  mtimeNs: bigint;
}
const seen = new Map<string, Seen>();

/** The file's text (UTF-8, checked); remembers its size and modification time for writeFilesAtomically. */
export function readText(file: WorkspaceFile): string {
  let bytes: Buffer;
  let fd: number | undefined;
  try {
    fd = openSync(file.path, 'r');
    const st = fstatSync(fd, { bigint: true });
    bytes = readFileSync(fd);
    seen.set(file.path, { display: file.display, size: st.size, mtimeNs: st.mtimeNs });
  } catch (e) {
    if (!isErrno(e)) throw e;
    throw new UserError(`cannot read ${file.display}: ${fsErrorReason(e)}`, { file: file.display });
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
  return decodeUtf8(bytes, file.display);
}

/**
 * Temp files are named `.NAME.coco-release-PID-RANDOM.tmp` beside their target, so that a later run can
 * recognise the ones a killed run left behind (and git users can ignore them by pattern).
 */
const TEMP_NAME = /^\..*\.coco-release-(\d+)-[0-9a-z]+\.tmp$/;
/** A temp file this old belongs to no running write, whatever its process id says (ids are reused). */
const STALE_AFTER_MS = 10 * 60 * 1000;

/** This process's temp files that exist right now: removed by removeTempFiles on a signal. */
const live = new Set<string>();

export function removeTempFiles(): void {
  for (const tmp of live) safeUnlink(tmp);
  live.clear();
}

function processGone(pid: number): boolean {
  if (pid === process.pid) return true; // ours would be in `live`, which the caller checks first
  try {
    process.kill(pid, 0);
    return false;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

/** Remove this tool's temp files in `dirs` left by runs that were killed (their process is gone, or long ago). */
export function removeStaleTempFiles(dirs: Iterable<string>): void {
  const now = Date.now();
  for (const dir of new Set(dirs)) {
    let names: string[];
    try {
      names = readdirSync(dir);
    } catch {
      continue;
    }
    for (const name of names) {
      const m = TEMP_NAME.exec(name);
      if (!m) continue;
      const path = `${dir}${sep}${name}`;
      if (live.has(path)) continue;
      let old: boolean;
      try {
        const st = lstatSync(path);
        if (!st.isFile()) continue;
        old = now - st.mtimeMs > STALE_AFTER_MS;
      } catch {
        continue;
      }
      if (old || processGone(Number(m[1]))) safeUnlink(path);
    }
  }
}

function dirOf(path: string): string {
  return path.slice(0, path.lastIndexOf(sep)) || sep;
}

export interface FileWrite {
  /** Absolute path of the file to replace, create or delete. */
  path: string;
  /** The new content; null deletes the file (a Chart.lock that goes when its dependency is unpinned). */
  content: string | null;
  /** The text the new content was computed from: the file must still hold it when it is replaced. Null: the
   * file does not exist yet and is created (it must still not exist). */
  original: string | null;
}

/**
 * Write every file or none: replace, create and delete as one. Each new content goes to a temp file beside
 * its target (same file system, the target's mode and, where the process may, its owner; a new file gets
 * 0644 as `helm dependency update` gives Chart.lock), and only when every temp file is complete, and every
 * target still holds exactly what was read (size, modification time, bytes; or still does not exist), are
 * they renamed over their targets and the files to delete moved aside, then removed. If a step fails,
 * everything already done is undone. Every failure is a UserError naming the file, with no temp file left.
 * Also removes temp files that killed runs left beside the files this process read or writes, so call it
 * (with no writes) even when nothing changed.
 */
let tempCounter = 0;

function tempName(path: string): string {
  // Beside the target (string slicing: the path is absolute and canonical, path.join would normalise it
  // again); unique enough, and 'wx' refuses an existing name. node:crypto is not worth its load time here.
  const cut = path.lastIndexOf(sep) + 1;
  return `${path.slice(0, cut)}.${path.slice(cut, cut + 180)}.coco-release-${process.pid}-${(tempCounter++).toString(36)}${Math.random().toString(36).slice(2, 8)}.tmp`;
}

export function writeFilesAtomically(writes: readonly FileWrite[]): void {
  removeStaleTempFiles([...[...seen.keys()].map(dirOf), ...writes.map((w) => dirOf(w.path))]);
  if (writes.length === 0) return;
  beforeUndoableWork();
  const display = (path: string): string => seen.get(path)?.display ?? path;
  const temps: { tmp: string; w: FileWrite }[] = [];
  const cleanUp = (): void => {
    for (const t of temps) {
      safeUnlink(t.tmp);
      live.delete(t.tmp);
    }
  };
  for (const w of writes) {
    if (w.content === null) continue;
    const tmp = tempName(w.path);
    try {
      writeTemp(tmp, w.original === null ? undefined : w.path, w.content, () => temps.push({ tmp, w }));
    } catch (e) {
      cleanUp();
      if (!isErrno(e)) throw e;
      throw new UserError(`cannot write ${display(w.path)}: ${fsErrorReason(e)}; no file was changed`, {
        file: display(w.path),
      });
    }
  }
  const changed = writes.filter((w) =>
    w.original === null ? existsSync(w.path) : !unchangedSinceRead(w.path, w.original),
  );
  if (changed.length > 0) {
    cleanUp();
    throwIfAny(
      changed.map(
        (w) =>
          new UserError(
            `${display(w.path)} ${w.original === null ? 'appeared' : 'changed'} on disk while this run was working on it; no file was written (run again to work on the new content)`,
            { file: display(w.path) },
          ),
      ),
    );
  }
  // Replaced and created files, then deleted ones moved aside (to put back if a later step fails).
  const done: { w: FileWrite; aside?: string }[] = [];
  let failed: FileWrite | undefined;
  try {
    for (const t of temps) {
      failed = t.w;
      renameSync(t.tmp, t.w.path);
      live.delete(t.tmp);
      done.push({ w: t.w });
    }
    for (const w of writes) {
      if (w.content !== null) continue;
      failed = w;
      const aside = tempName(w.path);
      live.add(aside);
      renameSync(w.path, aside);
      done.push({ w, aside });
    }
  } catch (e) {
    cleanUp();
    for (const d of done.reverse()) {
      if (d.aside) {
        renameSync(d.aside, d.w.path);
        live.delete(d.aside);
      } else if (d.w.original === null) safeUnlink(d.w.path);
      else writeFileSync(d.w.path, d.w.original);
    }
    if (!isErrno(e)) throw e;
    throw new UserError(
      `cannot ${failed?.content === null ? 'delete' : 'replace'} ${display(failed!.path)}: ${fsErrorReason(e)}; ${done.length > 0 ? 'the files already changed got their old content back, ' : ''}no file was changed`,
      { file: display(failed!.path) },
    );
  }
  for (const d of done) {
    if (!d.aside) continue;
    safeUnlink(d.aside);
    live.delete(d.aside);
  }
}

/**
 * Create `tmp` holding `content` with the mode and owner of `target`. Not fsync'd: a rename over a file
 * survives a killed process either way, and flushing would cost every run for the sake of power losses on
 * a runner whose disk is thrown away with the job.
 */
function writeTemp(tmp: string, target: string | undefined, content: string, created: () => void): void {
  const st = target === undefined ? undefined : statSync(target);
  const fd = openSync(tmp, 'wx', st ? 0o600 : 0o644);
  live.add(tmp);
  created();
  try {
    writeFileSync(fd, content, 'utf8');
    if (!st) return; // a new file: 0644 less the umask, owned by whoever runs the action
    // The umask applied at creation; the target's mode is what the file must keep (664 stays 664).
    fchmodSync(fd, st.mode & 0o7777);
    if (st.uid !== process.getuid?.() || st.gid !== process.getgid?.()) {
      try {
        fchownSync(fd, st.uid, st.gid);
      } catch {
        // Only root (or a member of the group) may: the file then belongs to whoever runs the action.
      }
    }
  } finally {
    closeSync(fd);
  }
}

/** The file still holds what readText read: same size and modification time (when known) and same bytes. */
function unchangedSinceRead(path: string, original: string): boolean {
  try {
    const before = seen.get(path);
    if (before) {
      const now = statSync(path, { bigint: true });
      if (now.size !== before.size || now.mtimeNs !== before.mtimeNs) return false;
    }
    return readFileSync(path).equals(Buffer.from(original, 'utf8'));
  } catch {
    return false;
  }
}

function safeUnlink(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // already gone
  }
}
