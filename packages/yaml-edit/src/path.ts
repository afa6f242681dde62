import { UserError } from '@coco-release/core';

/**
 * The shared path syntax (yq-like):
 *   .externals.coco-trustee.version     keys
 *   ."key.with.dots"  .'single'         quoted keys (double quotes take JSON escapes)
 *   .images[0]  .[0]                    sequence index
 *   .images[name=kbs].newTag            the one sequence item whose `name` is `kbs`
 *   .images[name="a b"]                 quoted selector value
 *   .cloudimg.rhel.9                    integer keys match by their text
 */
export type PathSegment =
  { kind: 'key'; key: string } | { kind: 'index'; index: number } | { kind: 'match'; key: string; value: string };

export type YamlPath = readonly PathSegment[];

class PathSyntaxError extends UserError {
  constructor(path: string, at: number, expected: string) {
    super(`invalid path '${path}': expected ${expected} at character ${at + 1}`);
  }
}

const BARE = /[^.[\]"'=\s]/;

export function parsePath(text: string): PathSegment[] {
  const src = text.trim();
  const segments: PathSegment[] = [];
  let i = 0;
  if (src[0] !== '.') throw new PathSyntaxError(src, 0, "'.' at the start of the path");
  if (src === '.') return segments;

  const readQuoted = (): string => {
    const quote = src[i];
    const start = i;
    i++;
    let raw = '';
    for (; i < src.length; i++) {
      if (src[i] === quote) {
        if (quote === "'" && src[i + 1] === "'") {
          raw += "''";
          i++;
          continue;
        }
        break;
      }
      if (quote === '"' && src[i] === '\\') raw += src[i++];
      raw += src[i];
    }
    if (i >= src.length) throw new PathSyntaxError(src, start, `a closing ${quote}`);
    i++;
    if (quote === "'") return raw.replace(/''/g, "'");
    try {
      return JSON.parse(`"${raw}"`) as string;
    } catch {
      throw new PathSyntaxError(src, start, 'a valid escape in the quoted key');
    }
  };
  const readBare = (stop: RegExp, what: string): string => {
    const start = i;
    while (i < src.length && !stop.test(src[i]!)) i++;
    if (i === start) throw new PathSyntaxError(src, start, what);
    return src.slice(start, i);
  };
  const readBracket = (): void => {
    i++; // '['
    const start = i;
    if (/[0-9]/.test(src[i] ?? '')) {
      const digits = readBare(/[^0-9]/, 'an index');
      if (src[i] !== ']') throw new PathSyntaxError(src, i, "']' after the index");
      i++;
      segments.push({ kind: 'index', index: Number(digits) });
      return;
    }
    const key = src[i] === '"' || src[i] === "'" ? readQuoted() : readBare(/[=\]\s]/, 'an index or key=value');
    if (src[i] !== '=') throw new PathSyntaxError(src, i, `'=' in the selector [${src.slice(start, i)}…]`);
    i++;
    const value = src[i] === '"' || src[i] === "'" ? readQuoted() : readBare(/\]/, 'a value after =');
    if (src[i] !== ']') throw new PathSyntaxError(src, i, "']' to close the selector");
    i++;
    segments.push({ kind: 'match', key, value: value.trim() });
  };

  while (i < src.length) {
    const c = src[i];
    if (c === '[') {
      readBracket();
    } else if (c === '.') {
      i++;
      const n = src[i];
      if (n === '[') readBracket();
      else if (n === '"' || n === "'") segments.push({ kind: 'key', key: readQuoted() });
      else if (n !== undefined && BARE.test(n)) segments.push({ kind: 'key', key: readBare(/[.[\]"'\s]/, 'a key') });
      else throw new PathSyntaxError(src, i, 'a key after .');
    } else {
      throw new PathSyntaxError(src, i, "'.' or '['");
    }
  }
  return segments;
}

const PLAIN_KEY = /^[^.[\]"'=\s]+$/;

/** Canonical text of a path, for messages and outputs; parsePath(formatPath(p)) equals p. */
export function formatPath(path: YamlPath): string {
  if (path.length === 0) return '.';
  return path
    .map((s) => {
      if (s.kind === 'index') return `[${s.index}]`;
      if (s.kind === 'match')
        return `[${quoteIfNeeded(s.key)}=${PLAIN_KEY.test(s.value) ? s.value : JSON.stringify(s.value)}]`;
      return formatKey(s.key);
    })
    .join('');
}

/** One `.key` path segment, quoted when it needs to be. */
export function formatKey(key: string): string {
  return `.${quoteIfNeeded(key)}`;
}

function quoteIfNeeded(key: string): string {
  return PLAIN_KEY.test(key) ? key : JSON.stringify(key);
}
