import { describe, expect, it } from 'vitest';
import { condition, Expression, interpolate } from '../helpers/workflow-expressions.js';

/**
 * The local workflow runner evaluates with GitHub's own evaluator (@actions/expressions); these are the
 * behaviours our workflows depend on, so a change of that library that breaks them shows here.
 */
const evaluate = (expression: string, ctx: Record<string, unknown>): string =>
  interpolate(new Expression(expression), ctx);

describe('workflow expressions', () => {
  const ctx = { inputs: { bump: 'patch' }, steps: { k: { outputs: { deps: '' } } } };

  it('&& and || short-circuit: the operand they do not need is not evaluated', () => {
    expect(evaluate("inputs.bump == 'kata' && fromJSON(steps.k.outputs.deps)[0].old || ''", ctx)).toBe('');
    expect(evaluate("inputs.bump != 'kata' && inputs.bump || fromJSON('')", ctx)).toBe('patch');
    expect(() => evaluate("inputs.bump == 'patch' && fromJSON(steps.k.outputs.deps)", ctx)).toThrow();
  });

  it('format and indexing after a call', () => {
    const deps = JSON.stringify([{ old: '3.22.0', new: '3.23.0' }]);
    expect(evaluate("format('kata-containers={0}..{1}', fromJSON(d)[0].old, fromJSON(d)[0]['new'])", { d: deps })).toBe(
      'kata-containers=3.22.0..3.23.0',
    );
  });

  it('an if: without a status function is skipped after a failure; failure() and always() run', () => {
    const failed = { ...ctx, __status: 'failure' as const };
    expect(condition("inputs.bump == 'patch'", ctx)).toBe(true);
    expect(condition("inputs.bump == 'patch'", failed)).toBe(false);
    expect(condition("failure() && inputs.bump == 'PATCH'", failed)).toBe(true);
    expect(condition(new Expression('always()'), failed)).toBe(true);
    expect(condition(undefined, failed)).toBe(false);
  });
});
