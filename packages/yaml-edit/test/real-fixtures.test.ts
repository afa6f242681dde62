import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isScalar, parse, Scalar } from 'yaml';
import { REAL } from '../../../test/helpers/paths.js';
import { rng, TRICKY_VALUES } from '../../../test/helpers/random.js';
import { editYaml, loadYaml, locate, parsePath, snapshotLeaves } from '../src/index.js';
import { realYamlFiles } from '../../../test/helpers/paths.js';
import { loopRuns } from '../../../test/helpers/runs.js';

const FILES = realYamlFiles();
// A fuzz loop: a tenth of its edits in `npm test`, all 200 in `npm run fuzz` (test/helpers/runs.ts).
const EDITS_PER_FILE = loopRuns(200, process.env['PROPERTY_RUNS']);

/** Set `path` (concrete: keys and indices) in a plain JS tree. */
function setIn(tree: unknown, path: (string | number)[], value: unknown): void {
  let node = tree as Record<string | number, unknown>;
  for (const seg of path.slice(0, -1)) node = node[seg] as Record<string | number, unknown>;
  node[path[path.length - 1]!] = value;
}

function concreteSegments(path: string): (string | number)[] {
  return parsePath(path).map((s) => (s.kind === 'index' ? s.index : s.kind === 'key' ? s.key : s.value));
}

describe.each(FILES.map((f) => [relative(REAL, f), f]))('%s', (name, file) => {
  const source = readFileSync(file, 'utf8');
  const yf = loadYaml(source, name);

  it('round-trips byte for byte when nothing is edited', () => {
    const result = editYaml(yf, []);
    expect(result.after).toBe(source);
    expect(result.edits).toEqual([]);
  });

  it(`changes only the edited bytes over ${EDITS_PER_FILE} random scalar edits`, () => {
    // Candidates: string scalars written plain or quoted (block scalars are refused by design).
    const leaves = snapshotLeaves(yf.doc)
      .filter(([, v]) => v.startsWith('string:'))
      .map(([p]) => p)
      .filter((p) => {
        const loc = locate(yf, parsePath(p), { followAliases: false });
        return (
          loc.found &&
          isScalar(loc.node) &&
          loc.node.type !== Scalar.BLOCK_LITERAL &&
          loc.node.type !== Scalar.BLOCK_FOLDED
        );
      });
    if (leaves.length === 0) return;
    const original = parse(source) as unknown;
    const original11 = parse(source, { version: '1.1' }) as unknown;
    const r = rng(name.length * 7919 + 17);
    for (let run = 0; run < EDITS_PER_FILE; run++) {
      const count = 1 + r.int(3);
      const chosen = [...new Set(Array.from({ length: count }, () => r.pick(leaves)))];
      const values = chosen.map(() => (r.bool(0.7) ? r.pick(TRICKY_VALUES) : `v${r.int(1000)}.${r.int(100)}`));
      const sets = chosen.map((path, i) => ({ path, value: values[i]! }));
      const result = editYaml(yf, sets);

      // Only the bytes of the edited scalars changed: every edit spans exactly one chosen node's source.
      const spans = chosen.map((p) => {
        const loc = locate(yf, parsePath(p), { followAliases: false });
        const node = (loc.found ? loc.node : null) as Scalar;
        return `${node.range![0]}-${node.range![1]}`;
      });
      for (const e of result.edits) expect(spans).toContain(`${e.start}-${e.end}`);

      // The document re-reads (YAML 1.2) with exactly those values changed, all of them strings.
      const expected = structuredClone(original);
      chosen.forEach((p, i) => setIn(expected, concreteSegments(p), values[i]));
      expect(parse(result.after)).toEqual(expected);

      // YAML 1.1 readers (PyYAML, yaml.v2) read each edited value as the same string, or, only where the
      // old value was a date to them (CITATION.cff's plain date-released), as a date again.
      const at = (tree: unknown, p: string): unknown => {
        let node = tree as Record<string | number, unknown>;
        for (const seg of concreteSegments(p)) node = node[seg] as Record<string | number, unknown>;
        return node;
      };
      const v11 = parse(result.after, { version: '1.1' }) as unknown;
      chosen.forEach((p, i) => {
        const now = at(v11, p);
        if (now instanceof Date) expect(at(original11, p)).toBeInstanceOf(Date);
        else expect(now).toBe(values[i]);
      });
    }
  });
});

it('covers every YAML fixture', () => {
  expect(FILES.length).toBeGreaterThanOrEqual(40);
});
