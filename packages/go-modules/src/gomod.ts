import {
  applyEdits,
  LineIndex,
  UserError,
  type Change,
  type InPlaceEdit,
  type SourcePosition,
  type TextEdit,
} from '@coco-release/core';

/**
 * A go.mod reader that keeps byte offsets, so require versions can be rewritten in place (no `go mod edit`,
 * no Go toolchain). It follows the grammar of golang.org/x/mod/modfile: one directive per line or a
 * `verb ( … )` block, `//` comments, quoted or raw strings, `=>` in replace.
 */

export interface Token {
  /** Unquoted value. */
  value: string;
  /** Byte span of the token in the source (quotes included). */
  start: number;
  end: number;
  quoted: boolean;
}

export interface Directive {
  verb: string;
  /** Tokens after the verb (`(`/`)` excluded). */
  args: Token[];
  /** Trailing `//` comment of the line, without the slashes, trimmed; '' when there is none. */
  comment: string;
  line: number;
  col: number;
  /** True when the line sits inside a `verb ( … )` block. */
  inBlock: boolean;
}

export interface Require {
  path: string;
  version: string;
  indirect: boolean;
  line: number;
  col: number;
  /** Where the version's characters are (inside quotes, when quoted). */
  versionStart: number;
  versionEnd: number;
}

export interface Replace {
  oldPath: string;
  oldVersion?: string;
  newPath: string;
  newVersion?: string;
  /** `=> ../x`: a directory on disk, which only this module's own builds see. */
  local: boolean;
  line: number;
}

export interface GoMod {
  file: string;
  source: string;
  module: { path: string; line: number } | undefined;
  go: string | undefined;
  toolchain: string | undefined;
  requires: Require[];
  replaces: Replace[];
  excludes: { path: string; version: string; line: number }[];
  retracts: { low: string; high: string; rationale: string; line: number }[];
  /** Every directive in file order, including godebug, tool and ignore. */
  directives: Directive[];
}

const KNOWN = new Set([
  'module',
  'go',
  'toolchain',
  'godebug',
  'require',
  'exclude',
  'replace',
  'retract',
  'tool',
  'ignore',
]);
const BLOCKS = new Set(['godebug', 'require', 'exclude', 'replace', 'retract', 'tool', 'ignore']);

interface Lexeme extends Token {
  kind: 'word' | 'lparen' | 'rparen' | 'arrow' | 'punct';
}

interface RawLine {
  tokens: Lexeme[];
  comment: string;
  line: number;
  start: number;
}

/** A bare word runs to a blank, a line end, `()[],"\``, or the start of `//` or `=>`. */
const WORD = '(?:[^ \\t\\r\\n()[\\],"`/=]|\\/(?!\\/)|=(?!>))+';
const BARE_WORD = new RegExp(WORD, 'y');

/**
 * Most lines of a go.mod are one to three bare words and maybe a `//` comment (`\tgithub.com/x/y v1.2.3 //
 * indirect`). This matches such a line whole, from its first character to just before its `\n`, so the
 * character loop below only runs for the rest (quotes, parentheses, `=>`, brackets, a word starting with
 * `/*`, which is an error the loop reports). Groups: blanks and a word, three times, then the comment.
 */
const SIMPLE_WORD = `(?!\\/\\*)${WORD}`;
const SIMPLE_LINE = new RegExp(
  `([ \\t\\r]*)(${SIMPLE_WORD})(?:([ \\t\\r]+)(${SIMPLE_WORD}))?(?:([ \\t\\r]+)(${SIMPLE_WORD}))?[ \\t\\r]*(?:\\/\\/([^\\n]*))?(?=\\n|$)`,
  'y',
);

/** Lexes a simple line starting at `start` into `cur`: the offset of its end, or -1 when it needs the character loop. */
function lexSimpleLine(source: string, start: number, cur: RawLine): number {
  SIMPLE_LINE.lastIndex = start;
  const m = SIMPLE_LINE.exec(source);
  if (m === null) return -1;
  let at = start;
  for (let g = 1; g <= 5; g += 2) {
    const word = m[g + 1];
    if (word === undefined) break;
    at += m[g]!.length;
    cur.tokens.push({ kind: 'word', value: word, start: at, end: at + word.length, quoted: false });
    at += word.length;
  }
  if (m[7] !== undefined) cur.comment = m[7].trim();
  return SIMPLE_LINE.lastIndex;
}

function isSpace(c: string): boolean {
  return c === ' ' || c === '\t' || c === '\r';
}

/** Split the source into lines of tokens, each with its trailing comment. */
function lex(source: string, at: (offset: number) => SourcePosition): RawLine[] {
  const lines: RawLine[] = [];
  let cur: RawLine = { tokens: [], comment: '', line: 1, start: 0 };
  let i = 0;
  const fail = (msg: string, offset: number): never => {
    throw new UserError(msg, at(offset));
  };
  let lineStart = true;
  while (i < source.length) {
    if (lineStart) {
      lineStart = false;
      const end = lexSimpleLine(source, i, cur);
      if (end !== -1) i = end;
      if (i >= source.length) break;
    }
    const c = source[i]!;
    if (c === '\n') {
      lines.push(cur);
      i++;
      cur = { tokens: [], comment: '', line: cur.line + 1, start: i };
      lineStart = true;
      continue;
    }
    if (isSpace(c)) {
      i++;
      continue;
    }
    if (source.startsWith('//', i)) {
      let j = source.indexOf('\n', i);
      if (j === -1) j = source.length;
      cur.comment = source.slice(i + 2, j).trim();
      i = j;
      continue;
    }
    if (source.startsWith('/*', i)) fail('go.mod files must use // comments, not /* */', i);
    if (c === '(' || c === ')') {
      cur.tokens.push({ kind: c === '(' ? 'lparen' : 'rparen', value: c, start: i, end: i + 1, quoted: false });
      i++;
      continue;
    }
    if (c === '[' || c === ']' || c === ',') {
      cur.tokens.push({ kind: 'punct', value: c, start: i, end: i + 1, quoted: false });
      i++;
      continue;
    }
    if (source.startsWith('=>', i)) {
      cur.tokens.push({ kind: 'arrow', value: '=>', start: i, end: i + 2, quoted: false });
      i += 2;
      continue;
    }
    if (c === '"') {
      let j = i + 1;
      let value = '';
      for (; j < source.length && source[j] !== '"'; j++) {
        if (source[j] === '\n') fail('unterminated quoted string', i);
        if (source[j] === '\\') {
          j++;
          // A backslash does not continue a quoted string onto the next line.
          if (source[j] === '\n') fail('unterminated quoted string', i);
          const e = source[j];
          value += e === 'n' ? '\n' : e === 't' ? '\t' : (e ?? '');
        } else value += source[j];
      }
      if (j >= source.length) fail('unterminated quoted string', i);
      cur.tokens.push({ kind: 'word', value, start: i, end: j + 1, quoted: true });
      i = j + 1;
      continue;
    }
    if (c === '`') {
      const j = source.indexOf('`', i + 1);
      if (j === -1 || source.slice(i, j).includes('\n')) fail('unterminated raw string', i);
      cur.tokens.push({ kind: 'word', value: source.slice(i + 1, j), start: i, end: j + 1, quoted: true });
      i = j + 1;
      continue;
    }
    // A bare word (WORD): one sticky regex instead of a loop over characters, since the file is lexed once
    // per run, before the JIT has warmed up.
    BARE_WORD.lastIndex = i;
    if (!BARE_WORD.test(source)) fail(`unexpected '${c}'`, i); // cannot happen: every other start is handled above
    const j = BARE_WORD.lastIndex;
    cur.tokens.push({ kind: 'word', value: source.slice(i, j), start: i, end: j, quoted: false });
    i = j;
  }
  lines.push(cur);
  return lines;
}

export function parseGoMod(source: string, file: string): GoMod {
  const mod: GoMod = {
    file,
    source,
    module: undefined,
    go: undefined,
    toolchain: undefined,
    requires: [],
    replaces: [],
    excludes: [],
    retracts: [],
    directives: [],
  };
  // Only errors need an offset's line and column; the LineIndex is built for the first one.
  let index: LineIndex | undefined;
  const at = (offset: number): SourcePosition => ({ file, ...(index ??= new LineIndex(source)).position(offset) });
  let block: { verb: string; line: number } | undefined;
  const lines = lex(source, at);
  for (let n = 0; n < lines.length; n++) {
    const raw = lines[n]!;
    const toks = raw.tokens;
    if (toks.length === 0) continue;
    if (block) {
      if (toks[0]!.kind === 'rparen') {
        if (toks.length > 1) throw new UserError("unexpected text after ')'", at(toks[1]!.start));
        block = undefined;
        continue;
      }
      addDirective(mod, block.verb, toks, raw, true, at);
      continue;
    }
    const verbTok = toks[0]!;
    if (verbTok.kind !== 'word' || verbTok.quoted)
      throw new UserError(`unexpected '${verbTok.value}'`, at(verbTok.start));
    const verb = verbTok.value;
    if (!KNOWN.has(verb)) throw new UserError(`unknown directive: ${verb}`, at(verbTok.start));
    if (toks.length >= 2 && toks[1]!.kind === 'lparen') {
      if (!BLOCKS.has(verb)) throw new UserError(`${verb} does not take a ( … ) block`, at(toks[1]!.start));
      if (toks.length === 3 && toks[2]!.kind === 'rparen') continue; // `require ()`
      if (toks.length > 2) throw new UserError("a block's lines start on the line after '('", at(toks[2]!.start));
      block = { verb, line: raw.line };
      continue;
    }
    addDirective(mod, verb, toks.slice(1), raw, false, at);
  }
  if (block)
    throw new UserError(`${block.verb} block opened here is never closed with ')'`, { file, line: block.line });
  return mod;
}

/** The tokens, all of them words (not `(`, `)`, `=>`, `[`, `]`, `,`). */
function words(verb: string, toks: Lexeme[], at: (offset: number) => SourcePosition): Lexeme[] {
  for (const t of toks) if (t.kind !== 'word') throw new UserError(`${verb}: unexpected '${t.value}'`, at(t.start));
  return toks;
}

// Positions come from the lexer's line count, not a LineIndex search: this runs once per directive, cold,
// and a go.mod has hundreds of them.
function addDirective(
  mod: GoMod,
  verb: string,
  toks: Lexeme[],
  raw: RawLine,
  inBlock: boolean,
  at: (offset: number) => SourcePosition,
): void {
  const line = raw.line;
  const col = (toks[0]?.start ?? raw.start) - raw.start + 1;
  const bad = (expected: string): UserError =>
    new UserError(`${verb}: expected ${expected}`, { file: mod.file, line, col });
  mod.directives.push({ verb, args: toks, comment: raw.comment, line, col, inBlock });
  switch (verb) {
    case 'module': {
      const w = words(verb, toks, at);
      if (w.length !== 1) throw bad('module <path>');
      if (mod.module) throw new UserError('repeated module directive', { file: mod.file, line, col });
      mod.module = { path: w[0]!.value, line };
      break;
    }
    case 'go':
    case 'toolchain': {
      const w = words(verb, toks, at);
      if (w.length !== 1) throw bad(`${verb} <version>`);
      mod[verb] = w[0]!.value;
      break;
    }
    case 'require': {
      const w = words(verb, toks, at);
      if (w.length !== 2) throw bad('require <module path> <version>');
      const path = w[0]!;
      const version = w[1]!;
      mod.requires.push({
        path: path.value,
        version: version.value,
        indirect: /^indirect(;|$)/.test(raw.comment),
        line,
        col,
        versionStart: version.quoted ? version.start + 1 : version.start,
        versionEnd: version.quoted ? version.end - 1 : version.end,
      });
      break;
    }
    case 'exclude': {
      const w = words(verb, toks, at);
      if (w.length !== 2) throw bad('exclude <module path> <version>');
      mod.excludes.push({ path: w[0]!.value, version: w[1]!.value, line });
      break;
    }
    case 'replace': {
      const arrow = toks.findIndex((t) => t.kind === 'arrow');
      if (arrow < 1 || arrow > 2 || toks.length - arrow - 1 < 1 || toks.length - arrow - 1 > 2)
        throw bad('replace <path> [version] => <path> [version]');
      const left = toks.slice(0, arrow);
      const right = toks.slice(arrow + 1);
      for (const t of [...left, ...right])
        if (t.kind !== 'word') throw new UserError(`replace: unexpected '${t.value}'`, at(t.start));
      const newPath = right[0]!.value;
      mod.replaces.push({
        oldPath: left[0]!.value,
        ...(left[1] ? { oldVersion: left[1].value } : {}),
        newPath,
        ...(right[1] ? { newVersion: right[1].value } : {}),
        local: /^(\.\.?[/\\]|[/\\]|[A-Za-z]:[/\\])/.test(newPath) || newPath === '.' || newPath === '..',
        line,
      });
      break;
    }
    case 'retract': {
      if (toks.length === 1 && toks[0]!.kind === 'word') {
        mod.retracts.push({ low: toks[0]!.value, high: toks[0]!.value, rationale: raw.comment, line });
      } else if (
        toks.length === 5 &&
        toks[0]!.value === '[' &&
        toks[1]!.kind === 'word' &&
        toks[2]!.value === ',' &&
        toks[3]!.kind === 'word' &&
        toks[4]!.value === ']'
      ) {
        mod.retracts.push({ low: toks[1]!.value, high: toks[3]!.value, rationale: raw.comment, line });
      } else throw bad('retract <version> or retract [<low>, <high>]');
      break;
    }
    default:
      // godebug key=value, tool <path>, ignore <dir>: kept as directives, nothing to check for a release.
      words(verb, toks, at);
  }
}

/**
 * Set the versions of some requires (by module path); only the version bytes change. One change per require
 * whose version changes, its `site` the required module's path.
 */
export function setRequireVersions(mod: GoMod, versions: ReadonlyMap<string, string>): InPlaceEdit {
  const edits: TextEdit[] = [];
  const changes: Change[] = [];
  for (const r of mod.requires) {
    const v = versions.get(r.path);
    if (v === undefined || v === r.version) continue;
    edits.push({ start: r.versionStart, end: r.versionEnd, text: v });
    changes.push({ site: r.path, old: r.version, new: v, line: r.line });
  }
  const text = applyEdits(mod.source, edits);
  // Replace, then verify: the new text must read back with exactly the intended versions and nothing else moved.
  const back = parseGoMod(text, mod.file);
  const same =
    back.requires.length === mod.requires.length &&
    back.replaces.length === mod.replaces.length &&
    back.module?.path === mod.module?.path &&
    back.requires.every((r, i) => {
      const o = mod.requires[i]!;
      return r.path === o.path && r.indirect === o.indirect && r.version === (versions.get(o.path) ?? o.version);
    });
  if (!same) throw new Error(`${mod.file}: editing require versions did not read back as intended`);
  return { file: mod.file, before: mod.source, after: text, edits, changes };
}
