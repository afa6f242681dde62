import { existsSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { sep } from 'node:path';

/**
 * One file to write, create or delete. `original` is what the file holds now (null: it does not exist yet);
 * `content` is what it must hold (null: delete it). Paths are absolute and already checked to lie inside the
 * workspace.
 */
export interface FileChange {
  path: string;
  original: string | null;
  content: string | null;
}

let tempCounter = 0;

/**
 * Apply every change or none, like writeFilesAtomically but also creating and deleting files (a Chart.lock
 * appears when a dependency is pinned and goes when it is unpinned). New contents go to temp files beside
 * their targets first; only when all exist are they renamed into place and the deletions done. If a step of
 * that fails, every file already changed gets its original state back.
 */
export function applyFileChanges(changes: readonly FileChange[]): void {
  const temps: { tmp: string; change: FileChange }[] = [];
  try {
    for (const c of changes) {
      if (c.original === null && existsSync(c.path))
        throw new Error(`${c.path} appeared while the run planned to create it`);
      if (c.original !== null && !existsSync(c.path)) throw new Error(`${c.path} disappeared during the run`);
      if (c.content === null) continue;
      const cut = c.path.lastIndexOf(sep) + 1;
      const tmp = `${c.path.slice(0, cut)}.${c.path.slice(cut)}.${process.pid}.${(tempCounter++).toString(36)}${Math.random().toString(36).slice(2, 8)}.tmp`;
      // A new file gets the usual 0644 (less the umask), as `helm dependency update` creates Chart.lock.
      const mode = c.original === null ? 0o644 : statSync(c.path).mode & 0o7777;
      writeFileSync(tmp, c.content, { mode, flag: 'wx' });
      temps.push({ tmp, change: c });
    }
  } catch (e) {
    for (const t of temps) safeUnlink(t.tmp);
    throw e;
  }
  const done: FileChange[] = [];
  try {
    for (const t of temps) {
      renameSync(t.tmp, t.change.path);
      done.push(t.change);
    }
    for (const c of changes) {
      if (c.content !== null) continue;
      unlinkSync(c.path);
      done.push(c);
    }
  } catch (e) {
    for (const t of temps) if (!done.includes(t.change)) safeUnlink(t.tmp);
    for (const c of done) {
      if (c.original === null) safeUnlink(c.path);
      else writeFileSync(c.path, c.original);
    }
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
