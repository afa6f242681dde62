import picomatch from 'picomatch';

/**
 * Globs over workspace-relative, `/`-separated paths, matched by picomatch: `*` and `?` stay inside one
 * path segment, `**` as a whole segment spans any number of segments (none included, so `a/**` matches
 * `a`), `[...]` is a character class (`[!...]` negated, as in a shell) and `{a,b}` an alternative. Names starting with a dot match like any
 * other (`dot: true`): an overlay directory is not hidden from a glob because of its name.
 */
const OPTIONS: picomatch.PicomatchOptions = { dot: true };

export function hasGlobChars(pattern: string): boolean {
  return picomatch.scan(pattern).isGlob;
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
  return picomatch.makeRe(shellClasses(normalizeGlob(pattern)), OPTIONS);
}

/** The shell's negated class `[!a]` is picomatch's `[^a]`. */
function shellClasses(pattern: string): string {
  return pattern.replaceAll('[!', '[^');
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
