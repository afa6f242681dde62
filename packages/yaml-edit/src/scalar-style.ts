import { isPlainSyntax, isSafePlainString, resolvePlain12, type ScalarContext } from './plain-scalar.js';

/**
 * How a new value is written so that it reads back as intended: under YAML 1.2 (the `yaml` package,
 * Helm's sigs.k8s.io/yaml, kustomize's kyaml) *and* YAML 1.1 readers (PyYAML, yq 3, Go's yaml.v2), which
 * read `yes`, `010`, `1_000`, `1:20` or `2026-01-01` as something other than a string.
 * No YAML parser is loaded here: plain-scalar.ts knows what readers make of a plain scalar.
 */

export { isSafePlainString, type ScalarContext };

/** The style and value of the scalar being replaced (a `yaml` Scalar fits; so does the fast index's entry). */
export interface ExistingScalar {
  /** `PLAIN`, `QUOTE_SINGLE`, `QUOTE_DOUBLE`, `BLOCK_LITERAL` or `BLOCK_FOLDED` (the `yaml` package's names). */
  type?: string | undefined;
  value: unknown;
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
  return isPlainSyntax(text, 'block') ? resolvePlain12(text) : undefined;
}

/**
 * Render `value` in the place of `existing` (undefined for a new key).
 * - A string field stays a string, in its quote style: double stays double, single stays single, plain
 *   stays plain unless a reader would take it for something else, then it gets double quotes.
 * - A number, boolean or null field takes the value plain when it still reads as such a type
 *   (`replicas: 3` -> `4`); otherwise the field becomes a string, quoted as needed.
 * - A new key is a string field.
 */
export function renderScalar(
  value: string,
  existing: ExistingScalar | undefined,
  context: ScalarContext,
): RenderedScalar {
  const asString = (style: string | undefined): RenderedScalar => {
    if (style === 'QUOTE_SINGLE') {
      const single = singleQuoted(value);
      if (single !== undefined) return { source: single, expected: value };
    }
    if (style === 'QUOTE_DOUBLE' || style === 'QUOTE_SINGLE') return { source: doubleQuoted(value), expected: value };
    return { source: isSafePlainString(value, context) ? value : doubleQuoted(value), expected: value };
  };
  if (existing === undefined || typeof existing.value === 'string') return asString(existing?.type);
  if (isPlainSyntax(value, context)) {
    const typed = resolvePlain12(value);
    if (typeof typed !== 'string') return { source: value, expected: typed };
  }
  return asString(undefined);
}
