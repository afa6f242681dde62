import { parseDocument, Scalar } from 'yaml';

/**
 * How a new value is written so that it reads back as intended — under YAML 1.2 (the `yaml` package,
 * Helm's sigs.k8s.io/yaml, kustomize's kyaml) *and* YAML 1.1 readers (PyYAML, yq 3, Go's yaml.v2), which
 * read `yes`, `010`, `1_000`, `1:20` or `2026-01-01` as something other than a string.
 */

export type ScalarContext = 'block' | 'flow';

function readsBackAsString(text: string, value: string, context: ScalarContext, version: '1.1' | '1.2'): boolean {
  const src = context === 'flow' ? `[${text}]\n` : `k: ${text}\n`;
  const doc = parseDocument(src, { version, uniqueKeys: false });
  if (doc.errors.length > 0 || doc.warnings.length > 0) return false;
  let js: unknown;
  try {
    js = doc.toJS();
  } catch {
    return false; // e.g. an alias to an anchor that does not exist
  }
  const got = context === 'flow' ? (js as unknown[])?.[0] : (js as Record<string, unknown>)?.k;
  const ok = context === 'flow' ? Array.isArray(js) && js.length === 1 : js !== null && typeof js === 'object';
  return ok && got === value;
}

/** A plain (unquoted) scalar is safe when both YAML versions read it back as exactly this string. */
export function isSafePlainString(value: string, context: ScalarContext): boolean {
  if (value === '' || value !== value.trim() || /[\u0000-\u001f\u007f\u0085\u2028\u2029\ufeff]/.test(value))
    return false;
  return readsBackAsString(value, value, context, '1.2') && readsBackAsString(value, value, context, '1.1');
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

/** What a scalar is written as, and the value a reader must get back from it. */
export interface RenderedScalar {
  source: string;
  /** The JS value the re-parsed document must hold at this path (YAML 1.2 reading). */
  expected: unknown;
}

/** Read a plain scalar's text the way the file's reader would (YAML 1.2 core schema). */
export function plainValue(text: string): unknown {
  const doc = parseDocument(`k: ${text}\n`);
  if (doc.errors.length > 0 || doc.warnings.length > 0) return undefined;
  try {
    return (doc.toJS() as Record<string, unknown> | null)?.k;
  } catch {
    return undefined;
  }
}

/**
 * Render `value` in the place of `existing` (undefined for a new key).
 * - A string field stays a string, in its quote style: double stays double, single stays single, plain
 *   stays plain unless a reader would take it for something else, then it gets double quotes.
 * - A number, boolean or null field takes the value plain when it still reads as such a type
 *   (`replicas: 3` -> `4`); otherwise the field becomes a string, quoted as needed.
 * - A new key is a string field.
 */
export function renderScalar(value: string, existing: Scalar | undefined, context: ScalarContext): RenderedScalar {
  const asString = (style: Scalar.Type | undefined): RenderedScalar => {
    if (style === Scalar.QUOTE_SINGLE) {
      const single = singleQuoted(value);
      if (single !== undefined) return { source: single, expected: value };
    }
    if (style === Scalar.QUOTE_DOUBLE || style === Scalar.QUOTE_SINGLE)
      return { source: doubleQuoted(value), expected: value };
    return { source: isSafePlainString(value, context) ? value : doubleQuoted(value), expected: value };
  };
  if (existing === undefined || typeof existing.value === 'string') return asString(existing?.type);
  if (!/[\r\n]/.test(value) && value === value.trim() && value !== '') {
    const typed = plainValue(value);
    if (typed !== undefined && typeof typed !== 'string' && !(typed instanceof Object)) {
      return { source: value, expected: typed };
    }
  }
  return asString(undefined);
}
