import { describe, expect, it } from 'vitest';
import { evaluate } from '../helpers/expressions.js';

/** The local workflow runner's expressions behave as GitHub's where our workflows depend on it. */
describe('workflow expressions', () => {
  const ctx = { inputs: { bump: 'patch' }, steps: { k: { outputs: { deps: '' } } } };

  it('&& and || short-circuit: the operand they do not need is not evaluated', () => {
    expect(evaluate("inputs.bump == 'kata' && fromJSON(steps.k.outputs.deps)[0].old || ''", ctx)).toBe('');
    expect(evaluate("inputs.bump != 'kata' && inputs.bump || fromJSON('')", ctx)).toBe('patch');
    expect(() => evaluate("inputs.bump == 'patch' && fromJSON(steps.k.outputs.deps)", ctx)).toThrow(SyntaxError);
  });

  it('format and indexing after a call', () => {
    const deps = JSON.stringify([{ old: '3.22.0', new: '3.23.0' }]);
    expect(evaluate("format('kata-containers={0}..{1}', fromJSON(d)[0].old, fromJSON(d)[0]['new'])", { d: deps })).toBe(
      'kata-containers=3.22.0..3.23.0',
    );
  });
});
