/**
 * A small glob matcher for workspace-relative, `/`-separated paths: `*` and `?` stay inside one path
 * segment, `**` as a whole segment spans any number of segments (none included). Self-contained because
 * Node 20 has neither fs.globSync nor path.matchesGlob, and the runners use Node 24: one behaviour on both.
 */

export function hasGlobChars(pattern: string): boolean {
  return /[*?]/.test(pattern);
}

function segmentSource(segment: string): string {
  let out = '';
  for (const ch of segment) {
    if (ch === '*') out += out.endsWith('[^/]*') ? '' : '[^/]*';
    else if (ch === '?') out += '[^/]';
    else out += '.+^${}()|[]\\'.includes(ch) ? `\\${ch}` : ch;
  }
  return out;
}

/** Strip `./` and duplicate or trailing slashes: `./a//b/` is `a/b`. */
export function normalizeGlob(pattern: string): string {
  let p = pattern
    .trim()
    .replaceAll('\\', '/')
    .replace(/\/{2,}/g, '/');
  while (p.startsWith('./')) p = p.slice(2);
  if (p.length > 1 && p.endsWith('/')) p = p.slice(0, -1);
  return p;
}

export function globToRegExp(pattern: string): RegExp {
  const segments = normalizeGlob(pattern).split('/');
  let source = '';
  segments.forEach((seg, i) => {
    const last = i === segments.length - 1;
    if (seg === '**') {
      // `a/**` also matches `a` itself; `**/b` matches `b` at any depth, the top included.
      if (last) source += i === 0 ? '.*' : '(?:/.*)?';
      else source += i === 0 ? '(?:[^/]+/)*' : '(?:/[^/]+)*/';
    } else {
      if (i > 0 && segments[i - 1] !== '**') source += '/';
      source += segmentSource(seg);
    }
  });
  return new RegExp(`^${source}$`);
}

export function matchesGlob(path: string, pattern: string | RegExp): boolean {
  const re = typeof pattern === 'string' ? globToRegExp(pattern) : pattern;
  return re.test(path);
}

/** The leading segments without wildcards: where a walk for the pattern has to start. */
export function staticPrefix(pattern: string): string {
  const segments = normalizeGlob(pattern).split('/');
  const fixed: string[] = [];
  for (const s of segments) {
    if (hasGlobChars(s)) break;
    fixed.push(s);
  }
  return fixed.join('/');
}
