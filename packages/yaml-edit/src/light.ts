import { LineIndex } from '@coco-release/core';
import type { EditOptions, ScalarSet, YamlEditResult } from './edit.js';
import { tryFastEdit } from './fast-edit.js';
import { buildFastIndex } from './fast-index.js';
import { fastLookup } from './fast-lookup.js';
import { parsePath } from './path.js';
import type { ScalarRead } from './read.js';

/**
 * The entry point for actions that read or edit one YAML file and want to start fast: it does not load
 * the `yaml` package unless the file or the request needs it (see fast-edit.ts). Results are the same
 * as editYaml()/readScalar() on the parsed document, errors included.
 */
export { parseAssignment } from './assignment.js';
export { parsePath, formatPath, type PathSegment } from './path.js';
export { buildFastIndex, sameOutside, type FastNode, type FastMap, type FastEntry } from './fast-index.js';
export { fastLookup, fastLeaves } from './fast-lookup.js';
export { renderScalar, type RenderedScalar } from './scalar-style.js';
export type { EditOptions, ScalarChange, ScalarSet, YamlEditResult } from './edit.js';
export type { ScalarRead } from './read.js';

export async function editYamlSource(
  source: string,
  file: string,
  sets: readonly ScalarSet[],
  options: EditOptions = {},
): Promise<YamlEditResult> {
  // Creating keys needs the parser; a missing key makes the fast path decline, so options only matter there.
  const fast = tryFastEdit(source, file, sets);
  if (fast) return fast;
  const { editYaml, loadYaml } = await import('./full.js');
  return editYaml(loadYaml(source, file), sets, options);
}

export async function readScalarSource(source: string, file: string, pathText: string): Promise<ScalarRead> {
  const root = buildFastIndex(source);
  if (root) {
    let path;
    try {
      path = parsePath(pathText);
    } catch {
      path = undefined;
    }
    const hit = path && fastLookup(root, path);
    if (hit && hit.node.kind === 'scalar' && hit.node.value !== null) {
      const { line, col } = new LineIndex(source).position(hit.node.start);
      const v = hit.node.value;
      return { value: typeof v === 'string' ? v : source.slice(hit.node.start, hit.node.end), line, col };
    }
  }
  const { loadYaml, readScalar } = await import('./full.js');
  return readScalar(loadYaml(source, file), pathText);
}
