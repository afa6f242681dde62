import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';

const made: string[] = [];

/** A fresh directory removed after the test (test/setup.ts: removeTempDirs after each one). */
export function tempDir(prefix = 'coco-release-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

/** Remove every directory tempDir made since the last call. */
export function removeTempDirs(): void {
  for (const d of made.splice(0)) rmSync(d, { recursive: true, force: true });
}

/** A workspace holding the given files (path -> content) and copies of real files (path -> source path). */
export function workspace(files: Record<string, string> = {}, copies: Record<string, string> = {}): string {
  const dir = tempDir('coco-ws-');
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  for (const [path, source] of Object.entries(copies)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    cpSync(source, join(dir, path), { recursive: true });
  }
  return dir;
}

/** Every file below a directory with its bytes: compare before/after to prove nothing changed. */
export function snapshotTree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string): void => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) {
        if (name !== '.git') walk(p);
      } else out[relative(dir, p)] = readFileSync(p, 'latin1');
    }
  };
  walk(dir);
  return out;
}
