import { data, Evaluator, Lexer, Parser } from '@actions/expressions';
import { TokenType } from '@actions/expressions/lexer';
import { truthy } from '@actions/expressions/result';
// The parser's own modules, not its index (which loads the whole model converter too).
import { NoOperationTraceWriter } from '@actions/workflow-parser/templates/trace-writer';
import {
  isBasicExpression,
  isBoolean,
  isMapping,
  isNumber,
  isSequence,
  isString,
} from '@actions/workflow-parser/templates/tokens/type-guards';
import { parseWorkflow } from '@actions/workflow-parser/workflows/workflow-parser';
import type { TemplateToken } from '@actions/workflow-parser/templates/tokens/template-token';

/**
 * A workflow file as GitHub reads it, for the local workflow runner: parsed and validated by GitHub's own
 * `@actions/workflow-parser` (a schema error fails the test, as GitHub would refuse the file), and every
 * expression evaluated by GitHub's own `@actions/expressions`.
 *
 * The parser turns each value holding `${{ }}` into one expression (`'a ${{ b }}'` becomes
 * `format('a {0}', b)`); the plain form keeps that as an `Expression`, evaluated when the runner needs it.
 */

export class Expression {
  constructor(readonly expression: string) {}
}

export type Plain = string | number | boolean | null | Expression | Plain[] | { [key: string]: Plain };

/**
 * A block scalar (`|`) holding `${{ }}` becomes `format('<text>', …)`, but the parser keeps each line's
 * indentation inside `<text>` (as it stands in the file); YAML drops the block's indentation, so here too.
 */
function dedentBlockFormat(expression: string): string {
  const m = /^format\('((?:[^']|'')*)'/.exec(expression);
  if (!m) return expression;
  const lines = m[1]!.split('\n');
  const indent = Math.min(...lines.filter((l) => l.trim() !== '').map((l) => /^ */.exec(l)![0].length));
  if (!Number.isFinite(indent) || indent === 0) return expression;
  const text = lines.map((l) => l.slice(Math.min(indent, /^ */.exec(l)![0].length))).join('\n');
  return `format('${text}'${expression.slice(m[0].length)}`;
}

function plain(token: TemplateToken): Plain {
  if (isBasicExpression(token))
    return new Expression(token.blockScalarHeader ? dedentBlockFormat(token.expression) : token.expression);
  if (isString(token)) return token.value;
  if (isBoolean(token)) return token.value;
  if (isNumber(token)) return token.value;
  if (isSequence(token)) {
    const out: Plain[] = [];
    for (let i = 0; i < token.count; i++) out.push(plain(token.get(i)));
    return out;
  }
  if (isMapping(token)) {
    const out: Record<string, Plain> = {};
    for (const { key, value } of token) out[isString(key) ? key.value : String(key)] = plain(value);
    return out;
  }
  return null;
}

/** The workflow, parsed and checked by GitHub's parser; throws with the parser's messages when invalid. */
export function parseWorkflowFile(name: string, content: string): Record<string, Plain> {
  const result = parseWorkflow({ name, content }, new NoOperationTraceWriter());
  const errors = result.context.errors.getErrors();
  if (errors.length > 0 || !result.value)
    throw new Error(`${name} is not a valid workflow:\n${errors.map((e) => e.message).join('\n')}`);
  return plain(result.value) as Record<string, Plain>;
}

export type Context = Record<string, unknown> & { __status?: 'success' | 'failure' };

const STATUS = ['success', 'failure', 'always', 'cancelled'];

function run(expression: string, ctx: Context): { value: data.ExpressionData; usesStatus: boolean } {
  const lexed = new Lexer(expression).lex();
  const usesStatus = lexed.tokens.some(
    (t, i) =>
      t.type === TokenType.IDENTIFIER &&
      STATUS.includes(t.lexeme.toLowerCase()) &&
      lexed.tokens[i + 1]?.type === TokenType.LEFT_PAREN,
  );
  const contexts = Object.keys(ctx).filter((k) => !k.startsWith('__'));
  const expr = new Parser(
    lexed.tokens,
    contexts,
    STATUS.map((name) => ({ name, minArgs: 0, maxArgs: 0 })),
  ).parse();
  const failed = ctx.__status === 'failure';
  const functions = new Map(
    [
      ['success', !failed],
      ['failure', failed],
      ['always', true],
      ['cancelled', false],
    ].map(([name, v]) => [
      name as string,
      { name: name as string, minArgs: 0, maxArgs: 0, call: () => new data.BooleanData(v as boolean) },
    ]),
  );
  const dict = JSON.parse(
    JSON.stringify(Object.fromEntries(contexts.map((k) => [k, ctx[k] ?? {}]))),
    data.reviver,
  ) as data.Dictionary;
  return { value: new Evaluator(expr, dict, functions).evaluate(), usesStatus };
}

/** A value of the workflow as the runner passes it on: a string, expressions evaluated. */
export function interpolate(value: Plain | undefined, ctx: Context): string {
  if (value === undefined || value === null) return '';
  if (value instanceof Expression) return run(value.expression, ctx).value.coerceString();
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** An `if:`: a bare expression or `${{ }}`; missing means success(), and one without a status function
 * implicitly starts with `success() &&`, as on GitHub. */
export function condition(value: Plain | undefined, ctx: Context): boolean {
  if (value === undefined || value === null) return ctx.__status !== 'failure';
  if (typeof value === 'boolean') return value && ctx.__status !== 'failure';
  const expression = value instanceof Expression ? value.expression : String(value);
  const { value: result, usesStatus } = run(expression, ctx);
  if (!usesStatus && ctx.__status === 'failure') return false;
  return truthy(result);
}
