import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isScalar, parse, parseDocument, Scalar, visit } from 'yaml';
import { UserError } from '@coco-release/core';
import { editYaml, loadYaml, locate, parsePath, snapshotLeaves, type ScalarSet } from '@coco-release/yaml-edit';
import { rng, TRICKY_VALUES } from '../helpers/random.js';
import { realYamlFiles } from '../helpers/paths.js';
import { loopRuns } from '../helpers/runs.js';

/**
 * Fuzzing the YAML core: documents derived from the real fixtures with random comments, quoting styles,
 * CRLF line endings, anchors and aliases, then random edits (of any node, with any value). Every edit must
 * either change exactly the bytes of the edited scalars, re-reading as intended, or fail with a UserError
 * that names the file; never crash, never write something else. 2000 cases in `npm run fuzz`, 200 in
 * `npm test` (test/helpers/runs.ts), fixed seed FUZZ_SEED (default 20261121).
 */
const RUNS = loopRuns(2000);
const SEED = Number(process.env['FUZZ_SEED'] ?? 20261121);

const SOURCES = realYamlFiles().map((f) => readFileSync(f, 'utf8'));

type R = ReturnType<typeof rng>;

/** Mutate a real document into another valid one: restyle scalars, add comments, anchors, CRLF. */
function mutate(source: string, r: R): string {
  const doc = parseDocument(source, { keepSourceTokens: true });
  const edits: { start: number; end: number; text: string }[] = [];
  const anchors: string[] = [];
  visit(doc, {
    Scalar(key, node) {
      if (
        key !== 'value' ||
        typeof node.value !== 'string' ||
        !node.range ||
        node.type === Scalar.BLOCK_FOLDED ||
        node.type === Scalar.BLOCK_LITERAL
      )
        return;
      if (node.value.includes('\n') || /[\u0000-\u001f]/.test(node.value)) return;
      const roll = r.next();
      if (roll < 0.1)
        edits.push({ start: node.range[0], end: node.range[1], text: `'${node.value.replace(/'/g, "''")}'` });
      else if (roll < 0.2) edits.push({ start: node.range[0], end: node.range[1], text: JSON.stringify(node.value) });
      else if (roll < 0.25 && !node.anchor) {
        const name = `a${anchors.length}`;
        anchors.push(name);
        edits.push({ start: node.range[0], end: node.range[0], text: `&${name} ` });
      }
    },
  });
  let text = source;
  for (const e of edits.sort((a, b) => b.start - a.start)) text = text.slice(0, e.start) + e.text + text.slice(e.end);
  // Comments after random lines (only kept when the document still means the same).
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (r.bool(0.05) && lines[i]!.trim() !== '') {
      const candidate = [...lines];
      candidate[i] = `${lines[i]} # fuzz ${i}`;
      try {
        if (JSON.stringify(parse(candidate.join('\n'))) === JSON.stringify(parse(lines.join('\n'))))
          lines[i] = candidate[i]!;
      } catch {
        // not a place for a comment
      }
    }
  }
  text = lines.join('\n');
  if (anchors.length > 0 && /^[a-zA-Z]/m.test(text) && parseDocument(text).contents?.constructor.name === 'YAMLMap') {
    const sep = text.endsWith('\n') ? '' : '\n';
    text += `${sep}fuzz-aliases:\n${anchors.map((a) => `  ${a}: *${a}\n`).join('')}`;
  }
  if (r.bool(0.3)) text = text.replace(/\n/g, '\r\n');
  return text;
}

function randomValue(r: R): string {
  const roll = r.next();
  if (roll < 0.6) return r.pick(TRICKY_VALUES);
  if (roll < 0.7) return 'line1\nline2';
  if (roll < 0.75) return `ctl\u0001char`;
  return Array.from({ length: r.int(12) }, () => String.fromCharCode(32 + r.int(95))).join('');
}

describe('YAML core fuzz', () => {
  it(`${RUNS} random documents and edits: exact edit or clear error`, { timeout: 600_000 }, () => {
    const r = rng(SEED);
    let applied = 0;
    let refused = 0;
    for (let run = 0; run < RUNS; run++) {
      const source = mutate(r.pick(SOURCES), r);
      let f;
      try {
        f = loadYaml(source, 'fuzz.yaml');
      } catch (e) {
        expect(e, `run ${run}: loading a mutated document`).toBeInstanceOf(UserError);
        continue;
      }
      const leaves = snapshotLeaves(f.doc)
        .map(([p]) => p)
        .filter((p) => p !== '');
      if (leaves.length === 0) continue;
      const chosen = [...new Set(Array.from({ length: 1 + r.int(3) }, () => r.pick(leaves)))];
      const sets: ScalarSet[] = chosen.map((path) => {
        const s: ScalarSet = { path, value: randomValue(r) };
        if (r.bool(0.15)) s.comment = r.bool(0.8) ? `c${run}` : '';
        return s;
      });
      let result;
      try {
        result = editYaml(f, sets);
      } catch (e) {
        if (!(e instanceof UserError))
          throw new Error(
            `run ${run}: not a user error: ${(e as Error).stack}\n--- document ---\n${source}\n--- sets ---\n${JSON.stringify(sets)}`,
            { cause: e },
          );
        expect(String(e)).toMatch(/^fuzz\.yaml(:\d+:\d+)?: /);
        refused++;
        continue;
      }
      applied++;
      // Only the edited scalars' bytes (and their inline comments, on the same line) changed.
      const spans = chosen.map((p) => {
        const loc = locate(f, parsePath(p), { followAliases: false });
        const node = loc.found && isScalar(loc.node) ? loc.node : undefined;
        if (node?.range && node.source === '' && node.range[0] === node.range[1] && loc.found && loc.pair) {
          // An empty value is written right after its key's colon.
          const at = source.indexOf(':', (loc.pair.key as Scalar).range![1]) + 1;
          return [at, at] as const;
        }
        return node?.range;
      });
      for (const e of result.edits) {
        const inside = spans.some(
          (s) =>
            s &&
            ((e.start === s[0] && e.end === s[1]) || (e.start >= s[1] && !source.slice(s[1], e.start).includes('\n'))),
        );
        expect(inside, `run ${run}: edit ${JSON.stringify(e)} outside the edited values`).toBe(true);
      }
      // And the document re-reads with exactly those values changed.
      const expected = parse(source) as Record<string, unknown>;
      const after = parse(result.after) as Record<string, unknown>;
      const set = (tree: unknown, path: string, value: unknown): void => {
        const segs = parsePath(path).map((s) => (s.kind === 'index' ? s.index : s.kind === 'key' ? s.key : ''));
        let node = tree as Record<string | number, unknown>;
        for (const seg of segs.slice(0, -1)) node = node[seg] as Record<string | number, unknown>;
        node[segs[segs.length - 1]!] = value;
      };
      for (const s of sets) {
        let node = after as unknown;
        for (const seg of parsePath(s.path))
          node = (node as Record<string | number, unknown>)[
            seg.kind === 'index' ? seg.index : (seg as { key: string }).key
          ];
        set(expected, s.path, node);
        if (typeof node === 'string') expect(node).toBe(s.value);
      }
      expect(after).toEqual(expected);
    }
    // The fuzzer must exercise both outcomes to mean anything.
    expect(applied).toBeGreaterThan(RUNS / 4);
    expect(refused).toBeGreaterThan(RUNS / 20);
  });
});
