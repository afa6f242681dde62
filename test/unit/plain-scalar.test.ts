import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { isPlainSyntax, isSafePlainString, resolvePlain12 } from '@coco-release/yaml-edit';
import { rng, TRICKY_VALUES } from '../helpers/random.js';

/**
 * plain-scalar.ts decides quoting without a YAML parser. Here the `yaml` package is the oracle: whatever
 * the resolver calls a safe plain string must read back as that exact string under YAML 1.2 and 1.1, in
 * block and flow context; and its YAML 1.2 value must be the parser's.
 */
function readBack(text: string, context: 'block' | 'flow', version: '1.1' | '1.2'): unknown {
  const doc = parseDocument(context === 'flow' ? `[${text}]\n` : `k: ${text}\n`, { version });
  if (doc.errors.length > 0 || doc.warnings.length > 0) return Symbol('error');
  try {
    const js = doc.toJS() as unknown;
    if (context === 'flow') return Array.isArray(js) && js.length === 1 ? js[0] : Symbol('shape');
    return js !== null && typeof js === 'object' && Object.keys(js).length === 1
      ? (js as Record<string, unknown>)['k']
      : Symbol('shape');
  } catch {
    return Symbol('error');
  }
}

const ALPHABET = 'ab1029.-_:?#,[]{}&*!|>\'"%@`~=< +xoeEtT/yYnNfFO';
function randomStrings(count: number, seed: number): string[] {
  const r = rng(seed);
  return Array.from({ length: count }, () =>
    Array.from({ length: 1 + r.int(7) }, () => ALPHABET[r.int(ALPHABET.length)]).join(''),
  );
}
const SAMPLES = [...TRICKY_VALUES, ...randomStrings(Number(process.env['FUZZ_RUNS'] ?? 4000) * 2, 99)];

describe('plain scalar resolver against the yaml parser', () => {
  it('never calls a string safe that a 1.1 or 1.2 reader would read differently', () => {
    let safe = 0;
    for (const s of SAMPLES) {
      for (const context of ['block', 'flow'] as const) {
        if (!isSafePlainString(s, context)) continue;
        safe++;
        expect(readBack(s, context, '1.2'), `${JSON.stringify(s)} ${context} 1.2`).toBe(s);
        expect(readBack(s, context, '1.1'), `${JSON.stringify(s)} ${context} 1.1`).toBe(s);
      }
    }
    expect(safe).toBeGreaterThan(SAMPLES.length / 10);
  });

  it('reads plain scalars as the YAML 1.2 core schema does', () => {
    for (const s of SAMPLES.filter((x) => isPlainSyntax(x, 'block'))) {
      const parsed = readBack(s, 'block', '1.2');
      if (typeof parsed === 'symbol' || parsed instanceof Date) continue;
      expect(
        Object.is(resolvePlain12(s), parsed) || (typeof parsed === 'string' && resolvePlain12(s) === parsed),
        JSON.stringify(s),
      ).toBe(true);
    }
  });

  it('keeps common release values plain', () => {
    for (const v of [
      'v0.15.2',
      '1.10.0',
      'v1.2.3-rc1',
      'dev-a5f49248',
      '258ea4acb7b9bd865fce5c63a539f2120dba8298',
      'quay.io/kata-containers/kata-deploy',
      'registry.k8s.io/pause',
      'latest',
      '99.0.202507200957',
      'ubuntu26.04',
    ]) {
      expect(isSafePlainString(v, 'block'), v).toBe(true);
    }
    for (const v of ['1.26', '3.10', 'yes', 'on', '010', '1e3', '2026-01-01', '=', '<<', 'a: b', '# x', '']) {
      expect(isSafePlainString(v, 'block'), v).toBe(false);
    }
  });
});
