import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readText, throwIfAny, UserError } from '@coco-release/core';
import picomatch from 'picomatch';

/**
 * Which go.mod files make up the repository's modules. The same rules apply to a working tree (walked on
 * disk) and to a commit's tree (listed by git): skip vendor/, testdata/ and hidden directories, then the
 * user's `exclude` globs.
 */

const SKIPPED_DIRS = new Set(['vendor', 'testdata']);

function skippedDir(name: string): boolean {
  return SKIPPED_DIRS.has(name) || name.startsWith('.');
}

/**
 * Glob to RegExp, by picomatch: `**` any number of path elements, `*` and `?` within one element, `[abc]`
 * classes (`[!abc]` negated), `{a,b}` alternatives; names starting with a dot match like any other.
 */
export function globToRegExp(glob: string): RegExp {
  const g = glob.replace(/^\.\//, '').replace(/\/+$/, '');
  // `./` alone names the repository's root.
  return g === '' ? /^$/ : picomatch.makeRe(g.replaceAll('[!', '[^'), { dot: true });
}

/** A directory is excluded when a glob matches it or one of its parents (like .gitignore). */
export function isExcluded(dir: string, globs: readonly RegExp[]): boolean {
  if (globs.length === 0) return false;
  const parts = dir === '' ? [] : dir.split('/');
  for (let n = parts.length; n >= 1; n--) {
    const prefix = parts.slice(0, n).join('/');
    if (globs.some((g) => g.test(prefix))) return true;
  }
  return globs.some((g) => g.test('.') || g.test(''));
}

/**
 * Module directory (`''` for the root) of every go.mod among `paths` (repository-relative, `/`-separated).
 * A directory whose name holds a control character (a newline, say) is refused: it could never be part of
 * a tag name, and git's batch commands could not even be asked for its go.mod.
 */
export function goModDirs(paths: readonly string[], exclude: readonly string[] = []): string[] {
  const globs = exclude.map(globToRegExp);
  const dirs: string[] = [];
  const errors: UserError[] = [];
  for (const p of paths) {
    if (p !== 'go.mod' && !p.endsWith('/go.mod')) continue;
    const dir = p === 'go.mod' ? '' : p.slice(0, -'/go.mod'.length);
    const parts = dir === '' ? [] : dir.split('/');
    if (parts.some(skippedDir)) continue;
    if (isExcluded(dir, globs)) continue;
    if (/[\u0000-\u001f\u007f]/.test(dir)) {
      errors.push(
        new UserError(
          `the module directory ${JSON.stringify(dir)} holds a control character, which no git tag name may hold; leave it out with input 'exclude'`,
        ),
      );
      continue;
    }
    dirs.push(dir);
  }
  throwIfAny(errors);
  return dirs.sort();
}

/** Every go.mod below `root` on disk, as repository-relative paths (symlinks are not followed). */
export function listGoModsOnDisk(root: string): string[] {
  const out: string[] = [];
  const walk = (abs: string, rel: string): void => {
    for (const e of readdirSync(abs, { withFileTypes: true })) {
      const r = rel === '' ? e.name : `${rel}/${e.name}`;
      if (e.isDirectory()) {
        if (!skippedDir(e.name)) walk(join(abs, e.name), r);
      } else if (e.isFile() && e.name === 'go.mod') out.push(r);
    }
  };
  walk(root, '');
  return out;
}

/** Each module's go.mod text (UTF-8, checked; errors name the file as the repository shows it). */
export function readGoModsOnDisk(root: string, dirs: readonly string[]): Map<string, string> {
  return new Map(
    dirs.map((d) => [d, readText({ path: join(root, d, 'go.mod'), display: d === '' ? 'go.mod' : `${d}/go.mod` })]),
  );
}
