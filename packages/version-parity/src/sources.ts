import { collectErrors, throwIfAny, UserError } from '@coco-release/core';
import { parsePath } from '@coco-release/yaml-edit';

/**
 * The `sources` input: one `LABEL=LOCATION` per line, LOCATION being `[github:OWNER/REPO@REF:]PATH#SELECTOR`.
 *   kata=github:kata-containers/kata-containers@main:versions.yaml#.externals.nydus-snapshotter.version
 *   operator=install/pre-install-payload/Makefile#NYDUS_SNAPSHOTTER_VERSION
 * A SELECTOR starting with `.` is a YAML path (the shared syntax); anything else names a variable.
 */

export interface LocalFile {
  kind: 'local';
  /** Relative to the workspace. */
  path: string;
}

export interface GithubFile {
  kind: 'github';
  owner: string;
  repo: string;
  ref: string;
  path: string;
}

export type FileLocation = LocalFile | GithubFile;

export type Selector = { kind: 'yaml'; path: string } | { kind: 'variable'; name: string };

export interface Source {
  label: string;
  file: FileLocation;
  selector: Selector;
  /** The LOCATION as written (trimmed): what messages and the summary show. */
  location: string;
  /** Line of the `sources` input. */
  line: number;
}

const GITHUB_FORM = 'github:OWNER/REPO@REF:PATH#SELECTOR';
/** GitHub's own rules: owners are alphanumerics and hyphens, repositories add `.` and `_`. */
const GITHUB = /^github:([A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)\/([A-Za-z0-9._-]+)@([^:\s]+):(.+)$/;
const VARIABLE = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** `github:o/r@ref:path` or the local path: one key per distinct file (remote files are fetched once each). */
export function fileKey(file: FileLocation): string {
  return file.kind === 'github' ? `github:${file.owner}/${file.repo}@${file.ref}:${file.path}` : file.path;
}

export function parseSourceLine(text: string, origin: string): Omit<Source, 'line'> {
  const eq = text.indexOf('=');
  const label = eq === -1 ? '' : text.slice(0, eq).trim();
  const location = eq === -1 ? '' : text.slice(eq + 1).trim();
  if (eq === -1 || label === '' || location === '') {
    throw new UserError(
      `${origin}: expected LABEL=LOCATION with LOCATION [github:OWNER/REPO@REF:]PATH#SELECTOR, got '${text}'`,
    );
  }
  const hash = location.indexOf('#');
  const where = hash === -1 ? location : location.slice(0, hash);
  const selectorText = hash === -1 ? '' : location.slice(hash + 1).trim();

  let file: FileLocation;
  if (/^github:/i.test(where)) {
    const m = GITHUB.exec(where);
    if (!m || m[4]!.trim() === '') {
      throw new UserError(`${origin}: unknown github: form '${where}'; expected ${GITHUB_FORM}`);
    }
    const path = cleanPath(m[4]!.trim(), origin, where);
    file = { kind: 'github', owner: m[1]!, repo: m[2]!, ref: m[3]!, path };
  } else if (/^[A-Za-z][A-Za-z0-9+.-]*:\/\//.test(where)) {
    throw new UserError(`${origin}: '${where}' is a URL; a remote file is written ${GITHUB_FORM}`);
  } else {
    if (where.trim() === '') throw new UserError(`${origin}: '${label}' names no file before '#'`);
    file = { kind: 'local', path: where.trim() };
  }

  if (hash === -1 || selectorText === '') {
    throw new UserError(`${origin}: '${label}' has no selector; end the location with #.yaml.path or #VARIABLE_NAME`);
  }
  let selector: Selector;
  if (selectorText.startsWith('.')) {
    try {
      parsePath(selectorText);
    } catch (e) {
      if (e instanceof UserError) throw new UserError(`${origin}: ${e.message}`);
      throw e;
    }
    selector = { kind: 'yaml', path: selectorText };
  } else if (VARIABLE.test(selectorText)) {
    selector = { kind: 'variable', name: selectorText };
  } else {
    throw new UserError(
      `${origin}: selector '${selectorText}' is neither a YAML path (starting with '.') nor a variable name`,
    );
  }
  return { label, file, selector, location };
}

function cleanPath(path: string, origin: string, where: string): string {
  const p = path.replace(/^\/+/, '');
  if (p === '' || p.split('/').some((s) => s === '..' || s === '.' || s === '')) {
    throw new UserError(`${origin}: unknown github: form '${where}'; PATH must be a file path inside the repository`);
  }
  return p;
}

/**
 * Parse every line, collecting every mistake; then insist on unique labels and at least two sources
 * (one source cannot disagree with anything, so a check of one would pass vacuously).
 */
export function parseSources(lines: readonly { text: string; line: number }[], input = 'sources'): Source[] {
  const { errors, attempt } = collectErrors();
  const sources: Source[] = [];
  const seen = new Map<string, number>();
  for (const { text, line } of lines) {
    const origin = `${input} line ${line}`;
    const s = attempt(() => parseSourceLine(text, origin));
    if (!s) continue;
    const first = seen.get(s.label);
    if (first !== undefined) {
      errors.push(new UserError(`${origin}: duplicate label '${s.label}' (first used on line ${first})`));
      continue;
    }
    seen.set(s.label, line);
    sources.push({ ...s, line });
  }
  throwIfAny(errors);
  if (sources.length < 2) {
    throw new UserError(
      `input '${input}' needs at least two sources to compare, got ${sources.length}${sources.length === 1 ? ` ('${sources[0]!.label}')` : ''}`,
    );
  }
  return sources;
}
