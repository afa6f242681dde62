import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { isSafePlainString, renderScalar } from '@coco-release/yaml-edit';
import { rng, TRICKY_VALUES } from '../helpers/random.js';
import { loopRuns } from '../helpers/runs.js';

/**
 * scalar-style.ts decides quoting. Whatever it calls a safe plain string must read back as that exact
 * string under YAML 1.2 and 1.1, in block and flow context; whatever it writes must read back, under each
 * reader, as the type the old value had under that reader.
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
const SAMPLES = [...TRICKY_VALUES, ...randomStrings(loopRuns(1000), 99)];

describe('plain scalars against the yaml parser', () => {
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

  /** The type a reader gives a `k: <source>` value: the JS type, with dates and integers told apart. */
  function typeOf(source: string, version: '1.1' | '1.2'): string {
    const v = parseDocument(`k: ${source}\n`, { version }).get('k');
    if (v instanceof Date) return 'timestamp';
    if (typeof v === 'number') return Number.isInteger(v) && !/[.eE]/.test(source) ? 'int' : 'float';
    return v === null ? 'null' : typeof v;
  }
  const existing = (source: string) => {
    const node = parseDocument(`k: ${source}\n`, { keepSourceTokens: true }).contents as {
      items: { value: { type?: string; value: unknown; source?: string } }[];
    };
    return node.items[0]!.value;
  };

  it("keeps each reader's type: a 1.1 date stays a plain date, a string stays a string, an int an int", () => {
    const cases: [old: string, value: string, written: string][] = [
      ['2026-05-29', '2026-07-27', '2026-07-27'], // CITATION.cff's date-released: a timestamp to 1.1 readers
      ['v0.21.0', '3.10', '"3.10"'],
      ['v0.21.0', '2026-07-27', '"2026-07-27"'],
      ['v0.21.0', 'yes', '"yes"'],
      ['v0.21.0', 'v0.22.0', 'v0.22.0'],
      ['"0.21.0"', '0.22.0', '"0.22.0"'],
      ["'x'", "it's", "'it''s'"],
      ['3', '4', '4'],
      ['3', '1.5', '1.5'],
      ['3', 'abc', 'abc'],
      ['3', '0o7', '"0o7"'],
      ['true', 'false', 'false'],
      ['yes', 'no', 'no'],
      ['~', 'v1', 'v1'],
    ];
    for (const [old, value, written] of cases) {
      const rendered = renderScalar(value, existing(old), 'block');
      expect(rendered.source, `${old} -> ${value}`).toBe(written);
      const sameType = written === value;
      if (sameType && old !== '~' && old !== '3') {
        for (const version of ['1.1', '1.2'] as const)
          expect(typeOf(written, version), `${old} -> ${value} under ${version}`).toBe(typeOf(old, version));
      }
    }
  });
});
