import { UserError } from '@coco-release/core';
import type { ScalarSet } from './edit.js';

/**
 * One line of a `set` input: `PATH=VALUE`, optionally followed by ` # comment` to replace the value's
 * inline comment (a bare ` #` removes it). The split is at the first `=` outside `[…]` and quotes, so
 * selectors (`.images[name=x].newTag=v1`) and quoted keys (`."a=b"=v1`) work. A value in quotes keeps
 * spaces and `#` literally (`.a=" # not a comment"`); quotes decide nothing about the written type.
 */
export function parseAssignment(line: string, origin: string): ScalarSet {
  const text = line.trim();
  let depth = 0;
  let quote = '';
  let eq = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === '\\' && quote === '"') i++;
      else if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '[') depth++;
    else if (c === ']') depth--;
    else if (c === '=' && depth === 0) {
      eq = i;
      break;
    }
  }
  const path = eq === -1 ? '' : text.slice(0, eq).trim();
  if (eq === -1 || path === '') throw new UserError(`${origin}: expected PATH=VALUE, got '${text}'`);
  let rest = text.slice(eq + 1).trim();
  let value: string;
  if (rest.startsWith('"') || rest.startsWith("'")) {
    const q = rest[0]!;
    let i = 1;
    let raw = '';
    for (; i < rest.length; i++) {
      if (rest[i] === q) {
        if (q === "'" && rest[i + 1] === "'") {
          raw += "''";
          i++;
          continue;
        }
        break;
      }
      if (q === '"' && rest[i] === '\\') raw += rest[i++];
      raw += rest[i] ?? '';
    }
    if (i >= rest.length) throw new UserError(`${origin}: the value's closing ${q} is missing in '${text}'`);
    if (q === '"') {
      try {
        value = JSON.parse(`"${raw}"`) as string;
      } catch {
        throw new UserError(`${origin}: invalid escape in the quoted value of '${text}'`);
      }
    } else value = raw.replace(/''/g, "'");
    rest = rest.slice(i + 1);
    if (rest.trim() !== '' && !/^\s+#/.test(rest)) {
      throw new UserError(`${origin}: unexpected text after the quoted value in '${text}'`);
    }
  } else {
    const m = /\s#/.exec(rest);
    value = (m ? rest.slice(0, m.index) : rest).trim();
    rest = m ? rest.slice(m.index) : '';
  }
  const comment = /^\s+#(.*)$/.exec(rest);
  const set: ScalarSet = { path, value, origin };
  if (comment) set.comment = comment[1]!.trim();
  return set;
}
