/**
 * What a plain (unquoted) scalar means to YAML readers, without loading a YAML parser: the YAML 1.2 core
 * schema (the `yaml` package, sigs.k8s.io/yaml, kyaml) and the YAML 1.1 types (PyYAML, yq 3, Go's yaml.v2).
 * The patterns are the `yaml` package's own (schema/core, schema/yaml-1.1), so both readings match it;
 * test/unit/plain-scalar.test.ts checks them against the parser on thousands of strings.
 */

const NULL = /^(?:~|[Nn]ull|NULL)?$/;
const BOOL_12 = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const TRUE_12 = /^(?:[Tt]rue|TRUE)$/;
const OCT_12 = /^0o[0-7]+$/;
const INT_12 = /^[-+]?[0-9]+$/;
const HEX_12 = /^0x[0-9a-fA-F]+$/;
const EXP_12 = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
const FLOAT_12 = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;
const SPECIAL_FLOAT = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;

/** YAML 1.1 resolves these to something other than a string. */
const NOT_STRING_11: readonly RegExp[] = [
  NULL,
  /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON|N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
  /^[-+]?0b[0-1_]+$/,
  /^[-+]?0[0-7_]+$/,
  /^[-+]?[0-9][0-9_]*$/,
  /^[-+]?0x[0-9a-fA-F_]+$/,
  /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
  /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
  /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?$/,
  SPECIAL_FLOAT,
  /^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:(?:t|T|[ \t]+)[0-9]{1,2}:[0-9]{1,2}:[0-9]{1,2}(?:\.[0-9]+)?(?:[ \t]*(?:Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$/,
  // `<<` is the merge key and `=` the "value" type: PyYAML refuses to construct `=` at all.
  /^(?:<<|=)$/,
];

/**
 * First characters a non-string can start with: `~`, `null`, `true`, `false` and numbers under 1.2; 1.1 adds
 * `yes`/`no`/`on`/`off`/`y`/`n`, floats with no digit before the exponent (`E1`), `<<` and `=`. Anything
 * else is a string without asking the patterns, which matters at start-up: each pattern is compiled on its
 * first use, and most plain scalars are words.
 */
const MAY_TYPE_12 = '~nNtTfF0123456789+-.';
const MAY_TYPE_11 = '~nNtTfFyYoOeE0123456789+-.<=';

/** The value a YAML 1.2 core-schema reader makes of a plain scalar. */
export function resolvePlain12(text: string): string | number | boolean | null {
  if (text !== '' && !MAY_TYPE_12.includes(text[0]!)) return text;
  if (NULL.test(text)) return null;
  if (BOOL_12.test(text)) return TRUE_12.test(text);
  if (OCT_12.test(text)) return parseInt(text.slice(2), 8);
  if (INT_12.test(text)) return Number(text);
  if (HEX_12.test(text)) return parseInt(text.slice(2), 16);
  if (EXP_12.test(text) || FLOAT_12.test(text)) return Number(text);
  if (SPECIAL_FLOAT.test(text)) {
    if (/nan/i.test(text)) return NaN;
    return text.startsWith('-') ? -Infinity : Infinity;
  }
  return text;
}

export function isStringUnder11(text: string): boolean {
  if (text !== '' && !MAY_TYPE_11.includes(text[0]!)) return true;
  return !NOT_STRING_11.some((re) => re.test(text));
}

export type ScalarContext = 'block' | 'flow';

const CONTROL = /[\u0000-\u001f\u007f\u0085\u2028\u2029\ufeff]/;
const INDICATOR_START = /^[[\]{},#&*!|>'"%@`]/;

/**
 * Can `text` stand as a plain scalar here at all (before asking what it means)? Conservative: anything
 * that might end the scalar early, start a comment, or read as an indicator is refused, and gets quotes.
 */
export function isPlainSyntax(text: string, context: ScalarContext): boolean {
  if (text === '' || text !== text.trim() || CONTROL.test(text) || text.includes('\t')) return false;
  if (INDICATOR_START.test(text)) return false;
  if (/^[-?:]/.test(text) && (text.length < 2 || /[\s,[\]{}]/.test(text[1]!))) return false;
  if (text.startsWith('---') || text.startsWith('...')) return false;
  if (text.includes(': ') || text.endsWith(':') || text.includes(' #')) return false;
  if (context === 'flow' && /[,[\]{}]/.test(text)) return false;
  return true;
}

/** A plain scalar is safe when every reader, 1.1 or 1.2, gets back exactly this string. */
export function isSafePlainString(text: string, context: ScalarContext): boolean {
  return isPlainSyntax(text, context) && typeof resolvePlain12(text) === 'string' && isStringUnder11(text);
}
