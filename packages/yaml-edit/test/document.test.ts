import { describe, expect, it } from 'vitest';
import { Composer, LineCounter, Parser } from 'yaml';
import { UserError } from '@coco-release/core';
import { loadYaml } from '../src/index.js';
import { rng } from '../../../test/helpers/random.js';
import { loopRuns } from '../../../test/helpers/runs.js';

/** 2000 cases in `npm run fuzz`, 200 in `npm test` (test/helpers/runs.ts). */
const RUNS = loopRuns(2000);
const SEED = Number(process.env['FUZZ_SEED'] ?? 20261121);

describe('loadYaml', () => {
  it('does not read the environment once per token (the parse of a large file would pay for it)', () => {
    const env = process.env;
    let reads = 0;
    process.env = new Proxy(env, {
      get(target, key, receiver) {
        if (key === 'LOG_TOKENS') reads++;
        return Reflect.get(target, key, receiver) as unknown;
      },
    });
    try {
      const f = loadYaml('images:\n' + '  - name: a\n    tag: v1\n'.repeat(200), 'x.yaml');
      expect((f.doc.toJS() as { images: unknown[] }).images).toHaveLength(200);
    } finally {
      process.env = env;
    }
    expect(reads).toBe(0);
    expect(process.env).toBe(env);
  });
});

/**
 * What loadYaml reported when the `yaml` package checked duplicate keys itself (uniqueKeys, O(n²)): the
 * first error of the document, and all of them.
 */
function quadratic(source: string): { first: string; all: string[] } {
  const lines = new LineCounter();
  const tokens = [...new Parser(lines.addNewLine).parse(source)];
  const docs = [...new Composer({ keepSourceTokens: true }).compose(tokens)];
  const all = (docs[0]?.errors ?? []).map((err) => {
    const { line, col } = lines.linePos(err.pos[0]);
    return `${err.message.split('\n')[0]} (${line}:${col})`;
  });
  return { first: all[0] ?? 'ok', all };
}
const quadraticReference = (source: string): string => quadratic(source).first;
const DUPLICATE = /^Map keys must be unique/;

function outcome(source: string): string {
  try {
    loadYaml(source, 'x.yaml');
    return 'ok';
  } catch (e) {
    if (!(e instanceof UserError)) throw e;
    expect(e.position?.file).toBe('x.yaml');
    return `${e.message.replace(/^invalid YAML: /, '')} (${e.position?.line}:${e.position?.col})`;
  }
}

describe('loadYaml: duplicate keys, found in linear time', () => {
  it.each([
    ['a: 1\na: 2\n', 'Map keys must be unique (2:1)'],
    [': 1\n: 2\n', 'Map keys must be unique (2:1)'],
    ['? a\n? a\n', 'Map keys must be unique (2:3)'],
    ['{a: 1, a: 2}\n', 'Map keys must be unique (1:8)'],
    ['{ a: 1, "a": 2}\n', 'Map keys must be unique (1:9)'],
    ['&x a: 1\n!!str a: 2\n', 'Map keys must be unique (2:7)'],
    ['1: a\n0x1: b\n', 'Map keys must be unique (2:1)'],
    ['~: 1\nnull: 2\n', 'Map keys must be unique (2:1)'],
    // The composer counts from the end of the previous value: the empty value of `b:` ends on line 2.
    ['a:\nb:\na:\n', 'Map keys must be unique (2:3)'],
    ['x:\n  k: 1\n  k: 2\n', 'Map keys must be unique (3:3)'],
    ['- a: 1\n  a: 2\n', 'Map keys must be unique (2:3)'],
    // A flow mapping's key is checked after its value: the inner duplicate comes first.
    ['{a: {b: 1, b: 2}, a: 1}\n', 'Map keys must be unique (1:12)'],
    ['{a, a}\n', 'Map keys must be unique (1:5)'],
    ['{? a, ? a}\n', 'Map keys must be unique (1:9)'],
    ['{ : 1, : 2}\n', 'Map keys must be unique (1:8)'],
    ['{a: 1, , a: 2}\n', quadraticReference('{a: 1, , a: 2}\n')],
    // Not duplicates for yaml: NaN is not === NaN, and collection keys compare as nodes.
    ['.nan: a\n.nan: b\n', 'ok'],
    ['? [a]\n: 1\n? [a]\n: 2\n', 'ok'],
    ['a: 1\nb: 2\n"c": 3\n', 'ok'],
    // Another error at the same place is reported first, as before.
    ['a: 1\nb: [\na: 2\n', quadraticReference('a: 1\nb: [\na: 2\n')],
  ])('%j: %s', (source, expected) => {
    expect(outcome(source)).toBe(expected);
    expect(outcome(source)).toBe(quadraticReference(source));
  });

  it('reports what the quadratic check reported, on random documents full of duplicates', () => {
    const r = rng(SEED);
    const keys = ['a', '"a"', "'a'", 'b', '1', '0x1', '1.0', '~', 'null', '', '.nan', '? a', '&k a', '!!str a', '[a]'];
    const values = [
      '',
      '1',
      '{a: 1, a: 2}',
      '{a, b, a}',
      '[a: 1, a: 2]',
      '{ : 1, : 2}',
      '&v x',
      '{a: {b: 1, b: 2}, a: 1}',
    ];
    let same = 0;
    for (let run = 0; run < RUNS; run++) {
      const lines: string[] = [];
      for (let i = r.int(8) + 1; i > 0; i--) {
        const indent = ' '.repeat(r.pick([0, 0, 0, 2, 2, 4]));
        const dash = r.bool(0.15) ? '- ' : '';
        const key = r.pick(keys);
        const comment = r.bool(0.1) ? ' # c' : '';
        lines.push(
          key.startsWith('?')
            ? `${indent}${dash}${key}${comment}`
            : `${indent}${dash}${key}: ${r.pick(values)}${comment}`,
        );
      }
      const source = lines.join(r.bool(0.2) ? '\r\n' : '\n') + '\n';
      const want = quadratic(source);
      const got = outcome(source);
      if (want.all.every((e) => DUPLICATE.test(e))) {
        expect(got, JSON.stringify(source)).toBe(want.first);
        if (want.all.length > 0) same++;
      } else {
        // Another error as well: the first of those, or a duplicate key earlier in the file (the composer
        // reports some errors, such as a mapping's trailing comment, only when the mapping ends).
        const other = want.all.find((e) => !DUPLICATE.test(e));
        const dup = want.all.find((e) => DUPLICATE.test(e));
        expect([other, ...(dup ? [dup] : [])], JSON.stringify(source)).toContain(got);
      }
    }
    // The generator is useful: many documents whose only errors are duplicate keys.
    expect(same).toBeGreaterThan(RUNS / 10);
  });
});
