import { expect } from 'vitest';
import { buildFastIndex } from '../../packages/yaml-edit/src/fast-index.js';
import { fastLeaves } from '../../packages/yaml-edit/src/fast-lookup.js';
import { loadYaml, snapshotLeaves } from '@coco-release/yaml-edit';

/**
 * Where the fast index does not give up, it must see the same document as the `yaml` parser: the same
 * leaves, in the same order, with the same values. Returns false when it gave up.
 */
export function agree(source: string, label: string): boolean {
  const fast = buildFastIndex(source);
  if (!fast) return false;
  const full = snapshotLeaves(loadYaml(source, label).doc);
  const mine = fastLeaves(fast, source);
  // Opaque nodes (block scalars, flow collections) are bytes to the index: compare everything else.
  const opaque = mine.filter(([, v]) => v.startsWith('opaque:')).map(([p]) => p);
  const inside = (p: string): boolean => opaque.some((o) => p === o || p.startsWith(`${o}.`) || p.startsWith(`${o}[`));
  expect(
    mine.filter(([p]) => !inside(p)),
    label,
  ).toEqual(full.filter(([p]) => !inside(p)));
  // And every opaque path is a real node there.
  for (const o of opaque)
    expect(
      full.some(([p]) => p === o || inside(p)),
      `${label} ${o}`,
    ).toBe(true);
  return true;
}
