import { existsSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, sep } from 'node:path';
import { resolveInWorkspace, UserError, type WorkspaceFile } from '@coco-release/core';
import { globToRegExp, hasGlobChars, matchesGlob, normalizeGlob, staticPrefix } from './glob.js';

/** The file names kustomize looks for in a directory (api/konfig/general.go RecognizedKustomizationFileNames). */
export const KUSTOMIZATION_FILE_NAMES = ['kustomization.yaml', 'kustomization.yml', 'Kustomization'] as const;

/** Directories a wildcard never descends into. */
const SKIPPED_DIRS = new Set(['.git', 'node_modules']);

export interface Discovered {
  /** Kustomization files to edit, in input order, each once. */
  files: WorkspaceFile[];
  /** Files that matched `files` but also an `exclude` glob. */
  excluded: string[];
}

export interface DiscoverOptions {
  workspace: string;
  /** Globs matched against each file's workspace-relative path and its directory's. */
  exclude?: readonly string[];
}

function isKustomizationName(name: string): boolean {
  return (KUSTOMIZATION_FILE_NAMES as readonly string[]).includes(name);
}

/** The kustomization file of a directory; kustomize refuses a directory holding more than one. */
function kustomizationIn(dir: string): { name?: string; several?: string[] } {
  // Most of the names are absent: ask for undefined rather than pay for a thrown ENOENT error each time.
  const names = KUSTOMIZATION_FILE_NAMES.filter((n) => {
    try {
      // Concatenation, not path.join: the names hold no separators, and a doubled one is harmless to stat.
      return statSync(`${dir}${sep}${n}`, { throwIfNoEntry: false })?.isFile() ?? false;
    } catch {
      return false;
    }
  });
  if (names.length > 1) return { several: [...names] };
  return names.length === 1 ? { name: names[0]! } : {};
}

function toPosix(p: string): string {
  return p.split(sep).join('/');
}

/**
 * Resolve the `files` input: plain paths (a kustomization file or a directory holding one) and globs
 * (matching kustomization files, or directories holding one). Every problem is collected; a glob that
 * selects nothing is a mistake, since a release that silently pins no overlay is worse than a failed one.
 */
export function discoverKustomizations(
  entries: readonly { text: string; line: number }[],
  options: DiscoverOptions,
): Discovered & { errors: UserError[] } {
  const root = realpathSync.native(options.workspace);
  const rootSlash = root.endsWith(sep) ? root : root + sep;
  const excludes = (options.exclude ?? []).map((g) => globToRegExp(g));
  const isExcluded = (display: string): boolean => {
    const dir = display.includes('/') ? display.slice(0, display.lastIndexOf('/')) : '';
    return excludes.some((re) => matchesGlob(display, re) || (dir !== '' && matchesGlob(dir, re)));
  };
  const errors: UserError[] = [];
  const files: WorkspaceFile[] = [];
  const excluded: string[] = [];
  const seen = new Set<string>();
  const add = (file: WorkspaceFile): void => {
    if (seen.has(file.path)) return;
    seen.add(file.path);
    if (isExcluded(file.display)) excluded.push(file.display);
    else files.push(file);
  };
  const resolveFile = (path: string, where: string): WorkspaceFile | undefined => {
    try {
      return resolveInWorkspace(path, root);
    } catch (e) {
      if (!(e instanceof UserError)) throw e;
      errors.push(new UserError(`${where}: ${e.message}`, e.position));
      return undefined;
    }
  };

  for (const { text, line } of entries) {
    const where = `files line ${line}`;
    if (!hasGlobChars(text)) {
      const absolute = isAbsolute(text) ? text : join(root, text);
      let isDir: boolean;
      try {
        isDir = statSync(absolute).isDirectory();
      } catch {
        errors.push(new UserError(`${where}: '${text}' does not exist`));
        continue;
      }
      if (!isDir) {
        const f = resolveFile(text, where);
        if (f) add(f);
        continue;
      }
      const k = kustomizationIn(absolute);
      if (k.several) {
        errors.push(new UserError(`${where}: '${text}' holds several kustomization files (${k.several.join(', ')})`));
      } else if (!k.name) {
        errors.push(
          new UserError(`${where}: '${text}' holds no ${KUSTOMIZATION_FILE_NAMES.join(', ')} file`, {
            file: toPosix(relative(root, absolute)) || '.',
          }),
        );
      } else {
        const f = resolveFile(
          isAbsolute(text) ? join(absolute, k.name) : `${text.replace(/\/+$/, '')}/${k.name}`,
          where,
        );
        if (f) add(f);
      }
      continue;
    }

    let pattern = normalizeGlob(text);
    if (isAbsolute(pattern)) {
      const rel = toPosix(relative(root, pattern));
      if (rel.startsWith('..')) {
        errors.push(new UserError(`${where}: refusing '${text}': it is outside the workspace ${root}`));
        continue;
      }
      pattern = rel;
    }
    if (pattern.split('/').includes('..')) {
      errors.push(new UserError(`${where}: refusing '${text}': a glob may not contain '..'`));
      continue;
    }
    const matched = expandGlob(root, pattern);
    let hits = 0;
    for (const m of matched) {
      if (m.dir) {
        // The walk's paths are already clean (directory entry names joined by `/`) and the root is canonical.
        const k = kustomizationIn(`${rootSlash}${m.path}`);
        if (k.several && isExcluded(`${m.path}/${k.several[0]}`)) {
          hits++;
          excluded.push(`${m.path}/`);
        } else if (k.several) {
          errors.push(
            new UserError(`${where}: '${m.path}' holds several kustomization files (${k.several.join(', ')})`),
          );
        } else if (k.name) {
          hits++;
          const f = resolveFile(`${m.path}/${k.name}`, where);
          if (f) add(f);
        }
      } else if (isKustomizationName(m.path.slice(m.path.lastIndexOf('/') + 1))) {
        hits++;
        const f = resolveFile(m.path, where);
        if (f) add(f);
      }
    }
    if (hits === 0) {
      errors.push(new UserError(`${where}: '${text}' matches no kustomization file`));
    }
  }
  return { files, excluded, errors };
}

/** Paths below the workspace matching a glob, sorted, directories flagged. Symlinks are not followed. */
export function expandGlob(root: string, pattern: string): { path: string; dir: boolean }[] {
  const re = globToRegExp(pattern);
  const prefix = staticPrefix(pattern);
  const segments = pattern.split('/');
  const maxDepth = segments.includes('**') ? Infinity : segments.length;
  const start = prefix === '' ? root : join(root, prefix);
  const out: { path: string; dir: boolean }[] = [];
  if (!existsSync(start)) return out;
  const walk = (dir: string, rel: string, depth: number): void => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      const path = rel === '' ? e.name : `${rel}/${e.name}`;
      const isDir = e.isDirectory();
      if (isDir && SKIPPED_DIRS.has(e.name)) continue;
      if (re.test(path)) out.push({ path, dir: isDir });
      if (isDir && depth + 1 < maxDepth) walk(`${dir}${sep}${e.name}`, path, depth + 1);
    }
  };
  const prefixDepth = prefix === '' ? 0 : prefix.split('/').length;
  if (prefix !== '' && re.test(prefix)) out.push({ path: prefix, dir: statSync(start).isDirectory() });
  if (statSync(start).isDirectory()) walk(start, prefix, prefixDepth);
  return out.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
