import { describe, expect, it } from 'vitest';
import { candidateOf } from '../src/index.js';

const A = 'a'.repeat(40);
const B = 'b'.repeat(40);
const C = 'c'.repeat(40);

describe('candidateOf: the next vX.Y.Z-alpha.N, or the one already at the commit', () => {
  it('the first candidate of a release is -alpha.1', () => {
    const tagged = new Map([['0.21.0', A]]);
    expect(candidateOf(tagged, 'v0.22.0', 'alpha', C)).toEqual({
      version: '0.22.0-alpha.1',
      exists: false,
      reason: 'the first alpha candidate of 0.22.0',
    });
  });

  it('numbers after the highest tagged candidate, whatever the order of the tags (alpha.10 after alpha.9)', () => {
    const tagged = new Map([
      ['0.22.0-alpha.9', A],
      ['0.22.0-alpha.10', B],
      ['0.22.0-alpha.2', A],
      ['0.22.0-rc.4', A],
      ['0.23.0-alpha.30', A],
      ['0.22.0-alpha.01x', A],
    ]);
    expect(candidateOf(tagged, '0.22.0', 'alpha', C)).toEqual({
      version: '0.22.0-alpha.11',
      exists: false,
      reason: 'the candidate after 0.22.0-alpha.10, the highest tagged',
    });
    expect(candidateOf(tagged, '0.22.0', 'rc', C).version).toBe('0.22.0-rc.5');
  });

  it('a re-run at a commit already tagged as a candidate keeps that candidate', () => {
    const tagged = new Map([
      ['0.22.0-alpha.1', A],
      ['0.22.0-alpha.2', B],
    ]);
    expect(candidateOf(tagged, 'v0.22.0', 'alpha', A)).toEqual({
      version: '0.22.0-alpha.1',
      exists: true,
      reason: '0.22.0-alpha.1 is already tagged at the commit being released: kept',
    });
    expect(candidateOf(tagged, 'v0.22.0', 'alpha', undefined).version).toBe('0.22.0-alpha.3');
  });

  it('refuses a released version, a version that is not X.Y.Z and an identifier that is not one', () => {
    const tagged = new Map([['0.22.0', A]]);
    expect(() => candidateOf(tagged, 'v0.22.0', 'alpha', A)).toThrow(
      '0.22.0 is released already: a candidate comes before its release',
    );
    expect(() => candidateOf(tagged, 'v0.23.0-alpha.1', 'alpha', A)).toThrow(
      "candidate-of: 'v0.23.0-alpha.1' is not a release version X.Y.Z (such as v0.22.0)",
    );
    expect(() => candidateOf(tagged, 'v0.23', 'alpha', A)).toThrow(
      "candidate-of: 'v0.23' is not a release version X.Y.Z (such as v0.22.0)",
    );
    expect(() => candidateOf(tagged, 'v0.23.0', 'al pha', A)).toThrow(
      "preid: 'al pha' is not a pre-release identifier (such as alpha or rc)",
    );
  });
});
