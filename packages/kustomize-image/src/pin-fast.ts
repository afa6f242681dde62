import { applyEdits, type TextEdit } from '@coco-release/core';
import { buildFastIndex, renderScalar, sameOutside, type FastMap, type FastNode } from '@coco-release/yaml-edit/fast';
import {
  desiredEntry,
  KINDS,
  KUSTOMIZATION_NAME,
  sameEntry,
  VALUE_FIELDS,
  type ImageEntry,
  type MergeMode,
  type PinRequest,
  type PinResult,
} from './entry.js';

/**
 * planPin() for the release case, without a YAML parser: a block-style kustomization whose `images:` has
 * exactly one entry for the image, and a pin that only changes the values of fields the entry already has
 * (a new tag, a new name, a revert to `latest`). Same decisions (desiredEntry), same quoting, same bytes,
 * verified the same way by indexing the new text again.
 *
 * Undefined for everything else (a field or entry to add or remove, a file that is not obviously a
 * kustomization, a document the fast index gives up on, a verification that does not hold): planPin()
 * then does the work, or reports the exact error. This path only makes the common case faster.
 */
export function fastPlanPin(
  source: string,
  file: string,
  req: PinRequest,
  mode: MergeMode,
  fileName: string,
): PinResult | undefined {
  const root = buildFastIndex(source);
  const found = root && findEntry(source, root, req.name, fileName);
  if (!found) return undefined;
  const { map, before } = found;
  const after = desiredEntry(before, req, mode);
  const fields = (e: ImageEntry): string => VALUE_FIELDS.filter((f) => e[f] !== undefined).join(',');
  if (fields(before) !== fields(after)) return undefined;

  const edits: TextEdit[] = [];
  for (const f of VALUE_FIELDS) {
    const want = after[f];
    if (want === undefined || want === before[f]) continue;
    const node = map.entries.find((e) => e.key === f)!.node;
    if (node.kind !== 'scalar') return undefined;
    const keep = typeof node.value === 'string' ? { type: node.type, value: node.value } : undefined;
    edits.push({ start: node.start, end: node.end, text: renderScalar(want, keep, 'block').source });
  }
  const text = applyEdits(source, edits);
  const result = (line: number): PinResult => ({
    file,
    source,
    text,
    edits,
    changed: text !== source,
    before,
    after,
    line,
  });
  if (edits.length === 0) return result(map.entries[0]!.line);

  // Verify: the new text indexes to the same document but for this entry, which reads back as `after`.
  const next = buildFastIndex(text);
  const again = next && findEntry(text, next, req.name, fileName);
  if (!again || again.index !== found.index || !sameEntry(again.before, after)) return undefined;
  if (!sameOutside(root, source, next, text, new Set([found.map]))) return undefined;
  return result(again.map.entries[0]!.line);
}

/** kustomize reads every field as a string: an empty value is '', a plain number its text. */
function fieldString(source: string, node: FastNode): string | undefined {
  if (node.kind === 'empty') return '';
  if (node.kind !== 'scalar') return undefined;
  if (node.value === null) return '';
  return typeof node.value === 'string' ? node.value : source.slice(node.start, node.end);
}

/** The one entry for `name` in a plainly valid kustomization, or undefined for anything less clear. */
function findEntry(
  source: string,
  root: FastNode,
  name: string,
  fileName: string,
): { map: FastMap; index: number; before: ImageEntry } | undefined {
  if (root.kind !== 'map') return undefined;
  const field = (m: FastMap, key: string): FastNode | undefined => m.entries.find((e) => e.key === key)?.node;
  const kind = field(root, 'kind');
  const api = field(root, 'apiVersion');
  if (kind && !KINDS.includes(fieldString(source, kind) ?? '')) return undefined;
  if (api && !(fieldString(source, api) ?? '').startsWith('kustomize.config.k8s.io/')) return undefined;
  if (!kind && !api && !KUSTOMIZATION_NAME.test(fileName)) return undefined;
  const images = field(root, 'images');
  if (images?.kind !== 'seq') return undefined;
  let hit: { map: FastMap; index: number; before: ImageEntry } | undefined;
  for (const [index, item] of images.items.entries()) {
    if (item.kind !== 'map') continue;
    const nameNode = field(item, 'name');
    const entryName = nameNode ? fieldString(source, nameNode) : '';
    if (entryName !== name) continue;
    if (hit) return undefined; // two entries: planPin explains
    const before: ImageEntry = { name };
    for (const f of VALUE_FIELDS) {
      const node = field(item, f);
      if (!node) continue;
      const v = fieldString(source, node);
      if (v === undefined) return undefined;
      before[f] = v;
    }
    hit = { map: item, index, before };
  }
  return hit;
}
