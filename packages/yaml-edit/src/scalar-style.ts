import { isMap, isScalar, isSeq, parseDocument, Scalar, Schema } from 'yaml';

/**
 * How a new value is written so that it reads back as intended, under YAML 1.2 (the `yaml` package,
 * Helm's sigs.k8s.io/yaml, kustomize's kyaml) and under YAML 1.1 (PyYAML, yq 3, Go's yaml.v2), which read
 * `yes`, `010`, `1_000`, `1:20` or `2026-01-01` as something other than a string.
 *
 * The rule: the new value reads back, under each reader, as the same type the old value had under that
 * reader; quotes are added only when that needs them. Both the syntax and the types are the `yaml`
 * package's own answers: a candidate is parsed in its context and resolved with the 1.2 core and 1.1
 * schemas.
 */

export type ScalarContext = 'block' | 'flow';

/** The style and value of the scalar being replaced (a `yaml` Scalar fits). */
export interface ExistingScalar {
  /** `PLAIN`, `QUOTE_SINGLE`, `QUOTE_DOUBLE`, `BLOCK_LITERAL` or `BLOCK_FOLDED` (the `yaml` package's names). */
  type?: string | undefined;
  value: unknown;
  /** The text of a plain scalar as written. */
  source?: string | undefined;
}

/** What a scalar is written as, and the value a reader must get back from it. */
export interface RenderedScalar {
  source: string;
  /** The JS value the re-parsed document must hold at this path (YAML 1.2 reading). */
  expected: unknown;
}

const STR = 'tag:yaml.org,2002:str';
const SCHEMA_12 = new Schema({ schema: 'core' });
const SCHEMA_11 = new Schema({ schema: 'yaml-1.1', merge: true });

/** The tag a reader resolves a plain scalar to, found as the `yaml` package's composer finds it. */
function plainTag(schema: Schema, text: string): string {
  const tag = schema.tags.find((t) => t.default === true && !t.collection && t.test?.test(text));
  return tag?.tag ?? STR;
}

/** PyYAML resolves these anywhere, not only as keys, then refuses to construct them as values. */
// A Map, not an object literal: a scalar such as `__proto__` or `constructor` must not find Object.prototype's.
const PYYAML_ONLY = new Map([
  ['=', 'tag:yaml.org,2002:value'],
  ['<<', 'tag:yaml.org,2002:merge'],
]);

/** The types of a plain scalar under both readers. */
function plainTags(text: string): { v12: string; v11: string } {
  return { v12: plainTag(SCHEMA_12, text), v11: PYYAML_ONLY.get(text) ?? plainTag(SCHEMA_11, text) };
}

/**
 * The value `text` has when written plain in `context` (YAML 1.2), or undefined when it cannot stand there
 * as one plain scalar with exactly this text (it would end early, start a comment, read as an indicator…).
 */
function plainValue(text: string, context: ScalarContext): { value: unknown } | undefined {
  if (text === '' || text !== text.trim() || /[\r\n\t]/.test(text)) return undefined;
  const doc = parseDocument(context === 'flow' ? `[${text}]\n` : `k: ${text}\n`);
  if (doc.errors.length > 0 || doc.warnings.length > 0) return undefined;
  let node: unknown;
  if (context === 'flow') {
    if (!isSeq(doc.contents) || doc.contents.items.length !== 1) return undefined;
    node = doc.contents.items[0];
  } else {
    if (!isMap(doc.contents) || doc.contents.items.length !== 1) return undefined;
    node = doc.contents.items[0]!.value;
  }
  if (!isScalar(node) || node.type !== Scalar.PLAIN || node.source !== text || node.comment) return undefined;
  return { value: node.value };
}

/** Does a YAML 1.1 reader (go-yaml v2, PyYAML) read this plain scalar as a string? */
export function isStringUnder11(text: string): boolean {
  return plainTags(text).v11 === STR;
}

/** A plain scalar is a safe string when every reader, 1.1 or 1.2, gets back exactly this string. */
export function isSafePlainString(text: string, context: ScalarContext): boolean {
  if (plainValue(text, context) === undefined) return false;
  const { v12, v11 } = plainTags(text);
  return v12 === STR && v11 === STR;
}

export function doubleQuoted(value: string): string {
  let out = '"';
  for (const ch of value) {
    const c = ch.codePointAt(0)!;
    if (ch === '"') out += '\\"';
    else if (ch === '\\') out += '\\\\';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\t') out += '\\t';
    else if (ch === '\r') out += '\\r';
    else if (c < 0x20 || c === 0x7f) out += `\\x${c.toString(16).padStart(2, '0')}`;
    else if (c === 0x85) out += '\\N';
    else if (c === 0x2028) out += '\\L';
    else if (c === 0x2029) out += '\\P';
    else if (c === 0xfeff) out += '\\ufeff';
    else out += ch;
  }
  return out + '"';
}

export function singleQuoted(value: string): string | undefined {
  // Single quotes cannot escape control characters or line breaks.
  if (/[\u0000-\u001f\u007f\u0085\u2028\u2029\ufeff]/.test(value)) return undefined;
  return `'${value.replace(/'/g, "''")}'`;
}

/**
 * Render `value` in the place of `existing` (undefined for a new key, which is a string field).
 * - A quoted string stays quoted in its style (single falls back to double when it cannot hold the value).
 * - A plain value stays plain when the new text, written plain, has the same type as the old one under
 *   YAML 1.2 and under YAML 1.1: `3` -> `4`, a 1.1 date `2026-05-29` -> `2026-07-27`, `v0.1` -> `v0.2`.
 * - Otherwise the value is written plain when every reader reads it as exactly this string, or, in a
 *   field that was not a string, when both readers agree on its type (`3` -> `1.5`); anything else gets
 *   double quotes (`3.10` into a version string stays a string).
 */
export function renderScalar(
  value: string,
  existing: ExistingScalar | undefined,
  context: ScalarContext,
): RenderedScalar {
  const quoted = (style: string | undefined): RenderedScalar => {
    const single = style === 'QUOTE_SINGLE' ? singleQuoted(value) : undefined;
    return { source: single ?? doubleQuoted(value), expected: value };
  };
  if (existing?.type === 'QUOTE_SINGLE' || existing?.type === 'QUOTE_DOUBLE') return quoted(existing.type);

  const plain = plainValue(value, context);
  if (plain === undefined) return quoted(undefined);
  const now = plainTags(value);
  const was =
    existing === undefined
      ? { v12: STR, v11: STR }
      : typeof existing.value === 'string' && existing.source === undefined
        ? { v12: STR, v11: STR }
        : plainTags(existing.source ?? String(existing.value));
  const keep = now.v12 === was.v12 && now.v11 === was.v11;
  const isString = now.v12 === STR && now.v11 === STR;
  const typedAlike = was.v12 !== STR && now.v12 === now.v11;
  return keep || isString || typedAlike ? { source: value, expected: plain.value } : quoted(undefined);
}
