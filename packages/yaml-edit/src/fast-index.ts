import { resolvePlain12 } from './plain-scalar.js';

/**
 * A fast, dependency-free index of block-style YAML: the shape release files have (Kata's versions.yaml,
 * Helm values, kustomizations). It finds where every value is without loading a YAML parser, in one pass
 * over the lines, so a one-line edit of a 3 MB file does not cost two full parses.
 *
 * It understands block mappings and sequences (also `- key: v` compact items and sequences at their parent
 * key's indentation), plain and single-line quoted scalars, inline comments, empty values, block scalars
 * (`|`, `>`, skipped as opaque) and single-line flow collections (opaque). Anything else (anchors, aliases,
 * tags, multi-line plain or quoted scalars, complex keys, merge keys, tabs, several documents, directives)
 * makes it give up (undefined): the caller then uses the full parser. It never guesses.
 * test/unit/fast-index.test.ts holds it to the `yaml` parser on every real fixture and on fuzzed documents.
 */

export type FastStyle = 'PLAIN' | 'QUOTE_SINGLE' | 'QUOTE_DOUBLE';

export type FastNode = FastMap | FastSeq | FastScalar | FastEmpty | FastOpaque;

export interface FastMap {
  kind: 'map';
  entries: FastEntry[];
}
export interface FastEntry {
  /** Offset where the key starts (for an item's first key, just after its `- `). */
  keyStart: number;
  /** The 1-based line of keyStart, known from the indexing pass (no second pass over the text for it). */
  line: number;
  key: string;
  /** The key as written (an unquoted `9` matches the path key 9). */
  keyRaw: string;
  node: FastNode;
}
export interface FastSeq {
  kind: 'seq';
  items: FastNode[];
}
export interface FastScalar {
  kind: 'scalar';
  type: FastStyle;
  /** The value a YAML 1.2 core-schema reader gets. */
  value: string | number | boolean | null;
  /** Offsets of the scalar's source, quotes included. */
  start: number;
  end: number;
}
/** `key:` with nothing after it: `at` is just after the colon (or the dash). */
export interface FastEmpty {
  kind: 'empty';
  at: number;
}
/** A block scalar or a flow collection: found, but not editable through the fast path. */
export interface FastOpaque {
  kind: 'opaque';
  start: number;
  end: number;
}

interface Line {
  /** 1-based line number. */
  no: number;
  start: number;
  /** Offset just past the line's content (before `\r\n` or `\n`). */
  end: number;
  indent: number;
  /** Content after the indentation. */
  text: string;
  /** Blank or comment only. */
  skip: boolean;
}

class GiveUp extends Error {}
const giveUp = (): never => {
  throw new GiveUp();
};

function splitLines(source: string, tabs: boolean, markerAt: number[] = []): Line[] {
  const lines: Line[] = [];
  let pos = 0;
  while (pos <= source.length) {
    let nl = source.indexOf('\n', pos);
    if (nl === -1) nl = source.length;
    const end = nl > pos && source[nl - 1] === '\r' ? nl - 1 : nl;
    let indent = 0;
    while (pos + indent < end && source[pos + indent] === ' ') indent++;
    // A tab in the indentation, even of a blank line, is an error or a subtlety: leave it to the parser.
    if (tabs && pos + indent < end && source[pos + indent] === '\t') giveUp();
    const text = source.slice(pos + indent, end);
    // Blank: only what trim() removes. A first character that trim() keeps settles it without the call.
    let skip = text === '';
    if (!skip) {
      const c0 = text.charCodeAt(0);
      skip = c0 === 35 /* # */ || ((c0 <= 32 || c0 === 0xa0 || c0 >= 0x1680) && text.trim() === '');
    }
    // `---` or `...` at column 0 start or end a document: only the first and last lines may be markers,
    // and document() handles those; anywhere else they need the parser.
    if (
      indent === 0 &&
      (text.startsWith('---') || text.startsWith('...')) &&
      /^(---|\.\.\.)(\s|$)/.test(text) &&
      lines.length > 0 &&
      !lines.every((l) => l.skip)
    ) {
      markerAt.push(lines.length);
    }
    // Tabs as separation (`- \tkey:`, `key:\tvalue`) follow rules the index does not model.
    if (tabs && !skip && text.includes('\t')) giveUp();
    lines.push({ no: lines.length + 1, start: pos, end, indent, text, skip });
    if (nl === source.length) break;
    pos = nl + 1;
  }
  return lines;
}

/** Where the value part of a line ends: before ` #comment` and trailing spaces. */
function plainEnd(text: string, from: number): number {
  // Native searches for the comment, then back over the blanks before it: a loop over every character of
  // every value costs the start-up of a whole action in the interpreter.
  // `cut` is the `#` of the first comment: a `#` after a blank, the blank possibly just before `from`.
  let cut = text.length;
  const start = from > 0 ? from - 1 : 0;
  const space = text.indexOf(' #', start);
  if (space !== -1) cut = space + 1;
  const tab = text.indexOf('\t#', start);
  if (tab !== -1 && tab + 1 < cut) cut = tab + 1;
  let end = cut;
  while (end > from && (text[end - 1] === ' ' || text[end - 1] === '\t')) end--;
  return end;
}

/** After a quoted scalar or flow collection: only spaces, then the end or a comment. */
function onlyCommentAfter(text: string, from: number): boolean {
  const rest = text.slice(from);
  return /^[ \t]*$/.test(rest) || /^[ \t]+#/.test(rest);
}

/** Index of the closing quote of a single-line quoted scalar starting at `from`, or -1. */
function closingQuote(text: string, from: number): number {
  const q = text[from];
  for (let i = from + 1; i < text.length; i++) {
    if (q === '"' && text[i] === '\\') i++;
    else if (text[i] === q) {
      if (q === "'" && text[i + 1] === "'") i++;
      else return i;
    }
  }
  return -1;
}

function decodeQuoted(raw: string): string {
  if (raw.startsWith("'")) return raw.slice(1, -1).replace(/''/g, "'");
  // JSON's escapes are a subset of YAML's; anything JSON does not know (\x, \e, \N, escaped line
  // breaks...) is left to the full parser.
  try {
    return JSON.parse(raw) as string;
  } catch {
    return giveUp();
  }
}

const KEY_INDICATORS = '-?:,[]{}#&*!|>\'"%@`';

/** A mapping key at the start of `text`: its decoded name, raw form and the offset after its colon. */
function readKey(text: string): { key: string; raw: string; after: number } | undefined {
  if (text.startsWith('"') || text.startsWith("'")) {
    const close = closingQuote(text, 0);
    if (close === -1) return undefined;
    const raw = text.slice(0, close + 1);
    let i = close + 1;
    while (text[i] === ' ') i++;
    if (text[i] !== ':' || !(i + 1 === text.length || text[i + 1] === ' ')) return undefined;
    return { key: decodeQuoted(raw), raw, after: i + 1 };
  }
  // An indicator first: a string test, not a pattern, as it runs on every key of every line.
  if (text !== '' && KEY_INDICATORS.includes(text[0]!)) return undefined;
  // The first `:` that ends the line or is followed by a space, unless a comment (` #`) starts before it.
  let colon = text.indexOf(':');
  while (colon !== -1 && colon + 1 < text.length && text[colon + 1] !== ' ') colon = text.indexOf(':', colon + 1);
  const comment = text.indexOf(' #');
  if (colon === -1 || (comment !== -1 && comment + 1 < colon)) return undefined;
  const raw = text.slice(0, colon).trimEnd();
  if (raw === '' || raw === '<<') return giveUp();
  return { key: raw, raw, after: colon + 1 };
}

/**
 * A flow collection the index may treat as opaque: nested `[…]`/`{…}` of quoted strings and plain words
 * made of safe characters, `key: value` pairs in mappings, commas. Anything richer (indicators, anchors,
 * empty entries, `? ` keys) is for the parser, since the index cannot tell whether it is valid.
 */
function simpleFlow(text: string): boolean {
  const tokens =
    text.match(/"(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[[\]{},]|: |:$|[A-Za-z0-9_./@+~=-][A-Za-z0-9_./@+~=:-]*|\s+|./g) ?? [];
  let i = 0;
  const skipWs = (): void => {
    while (i < tokens.length && /^\s+$/.test(tokens[i]!)) i++;
  };
  const scalar = (): boolean => {
    skipWs();
    const t = tokens[i];
    if (t === undefined) return false;
    if (t.startsWith('"') || t.startsWith("'") || /^[A-Za-z0-9_./@+~=-]/.test(t)) {
      if (t.endsWith(':') && !t.startsWith('"') && !t.startsWith("'")) return false;
      i++;
      return true;
    }
    return false;
  };
  const node = (): boolean => {
    skipWs();
    const t = tokens[i];
    if (t === '[' || t === '{') return collection();
    return scalar();
  };
  const collection = (): boolean => {
    const open = tokens[i++]!;
    const close = open === '[' ? ']' : '}';
    skipWs();
    if (tokens[i] === close) {
      i++;
      return true;
    }
    for (;;) {
      if (!node()) return false;
      skipWs();
      if (open === '{') {
        if (tokens[i] !== ': ') return false;
        i++;
        if (!node()) return false;
        skipWs();
      }
      if (tokens[i] === close) {
        i++;
        return true;
      }
      if (tokens[i] !== ',') return false;
      i++;
    }
  };
  if (!collection()) return false;
  skipWs();
  return i === tokens.length;
}

function isSeqItem(text: string): boolean {
  return text === '-' || text.startsWith('- ');
}

export function buildFastIndex(source: string): FastNode | undefined {
  try {
    return new Indexer(source).document();
  } catch (e) {
    if (e instanceof GiveUp) return undefined;
    throw e;
  }
}

class Indexer {
  private readonly lines: Line[];
  private i = 0;

  /** Does the file hold a tab anywhere? Without one, no line needs checking for tabs. */
  private readonly tabs: boolean;

  constructor(private readonly source: string) {
    const markers: number[] = [];
    this.tabs = source.includes('\t');
    this.lines = splitLines(source, this.tabs, markers);
    // A marker after content is fine only as the document's last non-blank line (`...`).
    for (const at of markers) {
      const after = this.lines.slice(at + 1).filter((l) => !l.skip);
      if (after.length > 0 || !/^\.\.\.(\s+#.*)?\s*$/.test(this.lines[at]!.text)) giveUp();
    }
  }

  /** The next line that is not blank or a comment, without consuming it. */
  private peek(): Line | undefined {
    while (this.i < this.lines.length && this.lines[this.i]!.skip) this.i++;
    return this.lines[this.i];
  }

  document(): FastNode | undefined {
    let first = this.peek();
    if (!first) return undefined;
    if (first.text.startsWith('%')) giveUp();
    if (first.indent === 0 && first.text.startsWith('---') && /^---(\s+#.*)?\s*$/.test(first.text)) {
      this.i++;
      first = this.peek();
      if (!first) return undefined;
    }
    if (first.indent === 0 && first.text.startsWith('---')) giveUp();
    const root = this.block(first.indent, first.indent);
    const rest = this.peek();
    if (rest) {
      // Only a document end marker may follow, then nothing.
      if (!(rest.indent === 0 && /^\.\.\.(\s+#.*)?\s*$/.test(rest.text))) giveUp();
      this.i++;
      if (this.peek()) giveUp();
    }
    return root;
  }

  /** A block collection starting at the next line, whose lines sit at `indent`. */
  private block(indent: number, min: number): FastNode {
    const line = this.peek();
    if (!line || line.indent < min) giveUp();
    if (line!.indent !== indent) giveUp();
    return isSeqItem(line!.text) ? this.seq(indent) : this.map(indent);
  }

  private map(
    indent: number,
    first?: { key: { key: string; raw: string; after: number }; line: Line; column: number },
  ): FastMap {
    const map: FastMap = { kind: 'map', entries: [] };
    const seen = new Set<string>();
    const add = (key: { key: string; raw: string }, line: Line, keyStart: number, node: FastNode): void => {
      if (seen.has(key.key)) giveUp(); // duplicate keys: the full parser reports them
      seen.add(key.key);
      map.entries.push({ keyStart, line: line.no, key: key.key, keyRaw: key.raw, node });
    };
    if (first)
      add(
        first.key,
        first.line,
        first.line.start + first.column,
        this.value(first.line, first.column + first.key.after, indent),
      );
    for (;;) {
      const line = this.peek();
      if (!line || line.indent < indent) break;
      if (line.indent > indent) giveUp(); // a continuation line or bad indentation
      if (isSeqItem(line.text)) break; // a sequence at the parent key's indentation ends this mapping
      const key = readKey(line.text) ?? giveUp();
      this.i++;
      add(key, line, line.start + line.indent, this.value(line, line.indent + key.after, indent));
    }
    return map;
  }

  private seq(indent: number): FastSeq {
    const seq: FastSeq = { kind: 'seq', items: [] };
    for (;;) {
      const line = this.peek();
      if (!line || line.indent < indent) break;
      if (line.indent > indent || !isSeqItem(line.text)) {
        if (line.indent > indent) giveUp();
        break;
      }
      this.i++;
      let col = 1;
      while (line.text[col] === ' ') col++;
      const rest = line.text.slice(col);
      if (rest === '' || rest.startsWith('#')) {
        seq.items.push(this.nested(line.indent + 1, indent, line.start + line.indent + 1, false));
      } else if (isSeqItem(rest)) {
        giveUp(); // `- - x`
      } else {
        const key = rest.startsWith('[') || rest.startsWith('{') ? undefined : readKey(rest);
        if (key) seq.items.push(this.map(line.indent + col, { key, line, column: line.indent + col }));
        else seq.items.push(this.value(line, line.indent + col - 1, indent));
      }
    }
    return seq;
  }

  /** The value after `key:` (or `- `) on `line`, from column `col`; `parent` is the owner's indentation. */
  private value(line: Line, col: number, parent: number): FastNode {
    // Within the line's text (which starts after its indentation; a value never starts before it).
    const text = line.text;
    let c = col - line.indent;
    while (text[c] === ' ') c++;
    const at = line.start + line.indent + c;
    const rest = text.slice(c);
    if (rest === '' || rest.startsWith('#')) return this.nested(parent + 1, parent, line.start + col, true);
    const ch = rest[0]!;
    if (ch === '&' || ch === '*' || ch === '!' || ch === '?' || ch === '%' || ch === '@' || ch === '`') giveUp();
    if (ch === '-' ? isSeqItem(rest) || rest.startsWith('---') : ch === '.' && rest.startsWith('...')) giveUp();
    if (ch === '|' || ch === '>') {
      // An explicit indentation indicator (`|2`) is rare enough to leave to the parser.
      if (!/^[|>][-+]?([ \t]+#.*)?[ \t]*$/.test(rest)) giveUp();
      // The body: the following lines that are blank or indented deeper than the owner. Its first
      // non-blank line sets the content indentation; a shallower line inside the body, or a leading
      // blank line with more spaces than that, is an error the parser must report.
      let end = line.end;
      let content = -1;
      let widestLeadingBlank = 0;
      while (this.i < this.lines.length) {
        const l = this.lines[this.i]!;
        const blank = l.text.trim() === '';
        if (!blank && l.indent <= parent) break;
        if (blank) {
          if (content === -1) widestLeadingBlank = Math.max(widestLeadingBlank, l.end - l.start);
        } else {
          if (content === -1) {
            content = l.indent;
            if (widestLeadingBlank > content) giveUp();
          } else if (l.indent < content) giveUp();
          end = l.end;
        }
        this.i++;
      }
      return { kind: 'opaque', start: at, end };
    }
    if (ch === '[' || ch === '{') {
      const close = this.flowEnd(rest);
      if (close === -1 || !onlyCommentAfter(rest, close + 1) || !simpleFlow(rest.slice(0, close + 1))) giveUp();
      this.noContinuation(parent);
      return { kind: 'opaque', start: at, end: at + close + 1 };
    }
    if (ch === '"' || ch === "'") {
      const close = closingQuote(rest, 0);
      if (close === -1 || !onlyCommentAfter(rest, close + 1)) giveUp();
      this.noContinuation(parent);
      const raw = rest.slice(0, close + 1);
      return {
        kind: 'scalar',
        type: ch === '"' ? 'QUOTE_DOUBLE' : 'QUOTE_SINGLE',
        value: decodeQuoted(raw),
        start: at,
        end: at + raw.length,
      };
    }
    const end = plainEnd(rest, 0);
    const raw = rest.slice(0, end);
    if ((raw.includes(':') && (raw.includes(': ') || raw.endsWith(':'))) || (this.tabs && raw.includes('\t'))) giveUp();
    this.noContinuation(parent);
    return { kind: 'scalar', type: 'PLAIN', value: resolvePlain12(raw), start: at, end: at + end };
  }

  /**
   * What follows `key:` (or `-`) with nothing on its line: a deeper block, a sequence at the key's own
   * indentation (only a mapping key may own one), or nothing.
   */
  private nested(min: number, parent: number, at: number, ownerIsKey: boolean): FastNode {
    const next = this.peek();
    if (next && next.indent > parent) return this.block(next.indent, min);
    if (ownerIsKey && next && next.indent === parent && isSeqItem(next.text)) return this.seq(parent);
    return { kind: 'empty', at };
  }

  /** A plain or quoted scalar ends its line; a deeper non-comment line would continue it. */
  private noContinuation(parent: number): void {
    const next = this.peek();
    if (next && next.indent > parent) giveUp();
  }

  /** Offset of the bracket closing a single-line flow collection, or -1. */
  private flowEnd(text: string): number {
    let depth = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text[i]!;
      if (c === '"' || c === "'") {
        const close = closingQuote(text, i);
        if (close === -1) return -1;
        i = close;
      } else if (c === '[' || c === '{') depth++;
      else if (c === ']' || c === '}') {
        depth--;
        if (depth === 0) return i;
      } else if (c === '#' && text[i - 1] === ' ') return -1;
    }
    return -1;
  }
}

/**
 * Are two indexed documents the same everywhere but at the nodes in `skip` (nodes of `a`, compared by
 * position in `b`)? The same keys in the same order, the same sequence lengths, the same scalar values,
 * byte-identical opaque nodes. A parallel walk: no path strings, so verifying a large file stays cheap.
 */
export function sameOutside(
  a: FastNode,
  aSource: string,
  b: FastNode,
  bSource: string,
  skip: ReadonlySet<FastNode>,
): boolean {
  if (skip.has(a)) return true;
  if (a.kind !== b.kind) return false;
  switch (a.kind) {
    case 'map': {
      const bm = b as FastMap;
      if (a.entries.length !== bm.entries.length) return false;
      return a.entries.every((e, i) => {
        const f = bm.entries[i]!;
        return e.key === f.key && sameOutside(e.node, aSource, f.node, bSource, skip);
      });
    }
    case 'seq': {
      const bs = b as FastSeq;
      return (
        a.items.length === bs.items.length &&
        a.items.every((n, i) => sameOutside(n, aSource, bs.items[i]!, bSource, skip))
      );
    }
    case 'scalar':
      return Object.is(a.value, (b as FastScalar).value);
    case 'empty':
      return true;
    case 'opaque': {
      const bo = b as FastOpaque;
      return aSource.slice(a.start, a.end) === bSource.slice(bo.start, bo.end);
    }
  }
}
