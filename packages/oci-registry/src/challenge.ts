/**
 * `WWW-Authenticate` challenges (RFC 9110 §11.6.1): `Bearer realm="…",service="…",scope="…"` as registries
 * send it, or `Basic realm="…"`. A header may hold several challenges, and quoted values may contain commas
 * and escaped quotes, so it is read token by token instead of split on commas.
 */

export interface Challenge {
  /** Lowercase: `bearer`, `basic`. */
  scheme: string;
  /** Parameter names lowercase; values unquoted. */
  params: Record<string, string>;
}

const TOKEN = /[!#$%&'*+.^_`|~0-9A-Za-z-]+/y;
const BLANKS = /[ \t]*/y;

export function parseChallenges(header: string): Challenge[] {
  const out: Challenge[] = [];
  let pos = 0;
  const skip = (): void => {
    BLANKS.lastIndex = pos;
    BLANKS.exec(header);
    pos = BLANKS.lastIndex;
  };
  const token = (): string | undefined => {
    TOKEN.lastIndex = pos;
    const m = TOKEN.exec(header);
    if (!m) return undefined;
    pos = TOKEN.lastIndex;
    return m[0];
  };
  const quoted = (): string => {
    let value = '';
    for (pos++; pos < header.length && header[pos] !== '"'; pos++) {
      if (header[pos] === '\\' && pos + 1 < header.length) pos++;
      value += header[pos];
    }
    pos++;
    return value;
  };
  // Not RFC tokens, but some servers leave URLs unquoted: take everything up to a comma or blank.
  const bare = (): string => {
    const start = pos;
    while (pos < header.length && header[pos] !== ',' && header[pos] !== ' ' && header[pos] !== '\t') pos++;
    return header.slice(start, pos);
  };
  let current: Challenge | undefined;
  while (pos < header.length) {
    skip();
    if (header[pos] === ',') {
      pos++;
      continue;
    }
    const name = token();
    if (name === undefined) {
      pos++; // not HTTP: skip the character rather than loop forever
      continue;
    }
    skip();
    if (header[pos] === '=') {
      pos++;
      skip();
      const value = header[pos] === '"' ? quoted() : bare();
      // A parameter before any scheme means nothing: it is read and dropped.
      if (current !== undefined) current.params[name.toLowerCase()] = value;
      continue;
    }
    current = { scheme: name.toLowerCase(), params: {} };
    out.push(current);
  }
  return out;
}
