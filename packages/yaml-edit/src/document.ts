import { isStackOverflow, UserError } from '@coco-release/core';
import { Composer, LineCounter, Parser, type CST, type Document } from 'yaml';
import { DUPLICATE_KEY, duplicateKeyOffsets } from './duplicate-keys.js';

/** A parsed YAML file that still knows its source text and where every node sits in it. */
export interface YamlFile {
  /** As shown in messages. */
  file: string;
  source: string;
  doc: Document.Parsed;
  lines: LineCounter;
}

/** 1-based line and column of an offset. */
export function positionOf(f: Pick<YamlFile, 'lines'>, offset: number): { line: number; col: number } {
  return f.lines.linePos(offset);
}

/**
 * Parse one YAML document. Parse errors become a UserError at the error's line; a stream of several
 * documents is refused, since a path would not say which one it means, and so is a document nested more
 * than MAX_DEPTH levels deep. This is parseAllDocuments() in its two steps: the concrete syntax tree
 * (built without recursion, whatever the depth) is checked for depth before the composer, which recurses
 * once per level, builds the document from it.
 */
export function loadYaml(source: string, file: string): YamlFile {
  const lines = new LineCounter();
  const tokens = withPlainEnv(() => [...new Parser(lines.addNewLine).parse(source)]);
  const deep = deepestCollection(tokens, MAX_DEPTH);
  if (deep !== undefined) throw new UserError(TOO_DEEP, { file, ...lines.linePos(deep) });
  let docs: Document.Parsed[];
  try {
    // uniqueKeys: false, and duplicate keys found in linear time below (see duplicate-keys.ts).
    docs = [...new Composer({ keepSourceTokens: true, uniqueKeys: false }).compose(tokens)];
  } catch (e) {
    if (isStackOverflow(e)) throw new UserError(TOO_DEEP, { file });
    throw e;
  }
  for (const d of docs) {
    const err = d.errors[0];
    const duplicate = duplicateKeyOffsets(d)[0];
    // The earlier of the two in the file; at the same offset the composer reports the other error first.
    if (duplicate !== undefined && (!err || duplicate < err.pos[0])) {
      throw new UserError(`invalid YAML: ${DUPLICATE_KEY}`, { file, ...lines.linePos(duplicate) });
    }
    if (err) {
      const { line, col } = lines.linePos(err.pos[0]);
      throw new UserError(`invalid YAML: ${firstLine(err.message)}`, { file, line, col });
    }
  }
  if (docs.length === 0) throw new UserError('the file holds no YAML document', { file, line: 1, col: 1 });
  if (docs.length > 1) {
    const { line, col } = lines.linePos(docs[1]!.range[0]);
    throw new UserError(`the file holds ${docs.length} YAML documents; only single-document files can be edited`, {
      file,
      line,
      col,
    });
  }
  return { file, source, doc: docs[0]!, lines };
}

/**
 * The document as plain data (for a schema check). yaml's toJS expands every alias, and refuses a document
 * whose aliases would multiply without bound (a "billion laughs"): that refusal is the file's fault, so it is
 * a one-line error naming the file, like any other invalid YAML.
 */
export function toData(f: YamlFile): unknown {
  try {
    return f.doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (e) {
    if (e instanceof ReferenceError && /alias/i.test(e.message)) {
      throw new UserError(
        `invalid YAML: its aliases expand too much to be read (more than ${MAX_ALIAS_COUNT} copies of one anchor's value, as in a "billion laughs" document)`,
        { file: f.file },
      );
    }
    throw e;
  }
}

/** yaml's own default: far more than a manifest or a graph ever repeats one anchor. */
const MAX_ALIAS_COUNT = 100;

/**
 * yaml's Parser checks a debugging switch, `process.env.LOG_TOKENS`, once per token, and every read of
 * `process.env` goes to the operating system's environment: on a 3 MB file that is about half the parse.
 * The parse is synchronous, so for its duration `process.env` is a plain copy (the switch still works).
 */
function withPlainEnv<T>(f: () => T): T {
  const env = process.env;
  process.env = { ...env };
  try {
    return f();
  } finally {
    process.env = env;
  }
}

/**
 * Everything that walks a document (the composer, finding a path, editing, checking that nothing else
 * changed) recurses once per level: a file nested deeper than this is refused when it is loaded, with a
 * clear error, instead of running out of stack somewhere later. Release files nest a handful of levels.
 */
export const MAX_DEPTH = 500;
const TOO_DEEP = `the YAML is nested too deeply to be read (more than ${MAX_DEPTH} levels of mappings and sequences)`;

/**
 * The offset of the first (in the source) mapping or sequence nested `max` levels below a document's root
 * collection, if any; an explicit stack over the syntax tree, no recursion.
 */
function deepestCollection(tokens: readonly CST.Token[], max: number): number | undefined {
  let first: number | undefined;
  const stack: { token: CST.Token | null | undefined; depth: number }[] = tokens.map((t) => ({ token: t, depth: 0 }));
  while (stack.length > 0) {
    const { token, depth } = stack.pop()!;
    if (!token) continue;
    if (token.type === 'document') stack.push({ token: token.value, depth });
    else if (token.type === 'block-map' || token.type === 'block-seq' || token.type === 'flow-collection') {
      if (depth >= max) {
        if (first === undefined || token.offset < first) first = token.offset;
        continue;
      }
      for (const item of token.items as CST.CollectionItem[]) {
        stack.push({ token: item.key, depth: depth + 1 }, { token: item.value, depth: depth + 1 });
      }
    }
  }
  return first;
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}
