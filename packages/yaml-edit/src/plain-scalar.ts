/**
 * What a plain (unquoted) scalar means to YAML readers, without loading a YAML parser: the YAML 1.2 core
 * schema (the `yaml` package, sigs.k8s.io/yaml, kyaml) and the YAML 1.1 types (PyYAML, yq 3, Go's yaml.v2).
 * The patterns are the `yaml` package's own (schema/core, schema/yaml-1.1), so both readings match it;
 * test/unit/plain-scalar.test.ts checks them against the parser on thousands of strings.
 */

/**
 * The YAML 1.2 core schema's plain-scalar types as one pattern, compiled once instead of a pattern per type.
 * Alternatives are tried in order and the first that matches the whole text wins, as the schema's tests
 * are: null, true, false, octal, integer, hexadecimal, float (with or without exponent), ±.inf, .nan.
 */
const CORE_12 =
  /^(?:(~|[Nn]ull|NULL|)|([Tt]rue|TRUE)|([Ff]alse|FALSE)|0o([0-7]+)|([-+]?[0-9]+)|0x([0-9a-fA-F]+)|([-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+|[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*))|([-+]?\.(?:inf|Inf|INF))|(\.nan|\.NaN|\.NAN))$/;

/** YAML 1.1 resolves these to something other than a string: one pattern, the alternatives being its types. */
const NOT_STRING_11 = new RegExp(
  `^(?:${[
    '~|[Nn]ull|NULL|',
    'Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON|N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF',
    '[-+]?0b[0-1_]+',
    '[-+]?0[0-7_]+',
    '[-+]?[0-9][0-9_]*',
    '[-+]?0x[0-9a-fA-F_]+',
    '[-+]?(?:[0-9][0-9_]*)?(?:\\.[0-9_]*)?[eE][-+]?[0-9]+',
    '[-+]?(?:[0-9][0-9_]*)?\\.[0-9_]*',
    '[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\\.[0-9_]*)?',
    '[-+]?\\.(?:inf|Inf|INF)|\\.nan|\\.NaN|\\.NAN',
    // `<<` is the merge key and `=` the "value" type: PyYAML refuses to construct `=` at all.
    '<<|=',
  ].join('|')})$`,
);
/** The 1.1 timestamp: apart, because its counted repetitions make it as costly to compile as all the rest. */
const TIMESTAMP_11 =
  /^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:(?:t|T|[ \t]+)[0-9]{1,2}:[0-9]{1,2}:[0-9]{1,2}(?:\.[0-9]+)?(?:[ \t]*(?:Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$/;

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
  const m = CORE_12.exec(text);
  if (m === null) return text;
  if (m[1] !== undefined) return null;
  if (m[2] !== undefined) return true;
  if (m[3] !== undefined) return false;
  if (m[4] !== undefined) return parseInt(m[4], 8);
  if (m[6] !== undefined) return parseInt(m[6], 16);
  if (m[8] !== undefined) return text.startsWith('-') ? -Infinity : Infinity;
  if (m[9] !== undefined) return NaN;
  return Number(text); // an integer or a float
}

export function isStringUnder11(text: string): boolean {
  if (text !== '' && !MAY_TYPE_11.includes(text[0]!)) return true;
  return !NOT_STRING_11.test(text) && !(text[4] === '-' && TIMESTAMP_11.test(text));
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

/** Answers already given: a release writes one new value into many files, and a pattern's second use
 * compiles it to machine code, which costs more than all the answers. Bounded, for long-lived callers. */
const safePlain = new Map<string, boolean>();

/** A plain scalar is safe when every reader, 1.1 or 1.2, gets back exactly this string. */
export function isSafePlainString(text: string, context: ScalarContext): boolean {
  const key = `${context}:${text}`;
  let safe = safePlain.get(key);
  if (safe === undefined) {
    safe = isPlainSyntax(text, context) && typeof resolvePlain12(text) === 'string' && isStringUnder11(text);
    if (safePlain.size >= 256) safePlain.clear();
    safePlain.set(key, safe);
  }
  return safe;
}
