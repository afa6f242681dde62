import { applyEdits, detectEol, UserError, type TextEdit } from '@coco-release/core';
import { loadYaml, positionOf, renderScalar, snapshotLeaves, type YamlFile } from '@coco-release/yaml-edit';
import {
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  Scalar,
  type Node,
  type Pair,
  type YAMLMap,
  type YAMLSeq,
} from 'yaml';
import {
  desiredEntry,
  formatEntry,
  FIELD_ORDER,
  KINDS,
  KUSTOMIZATION_NAME,
  sameEntry,
  VALUE_FIELDS,
  type ImageEntry,
  type MergeMode,
  type PinRequest,
  type PinResult,
  type ValueField,
} from './entry.js';

export {
  desiredEntry,
  formatEntry,
  FIELD_ORDER,
  type ImageEntry,
  type MergeMode,
  type PinRequest,
  type PinResult,
} from './entry.js';

/**
 * `kustomize edit set image` as byte-level edits of one kustomization file. kustomize decides *what* the
 * `images` entry becomes (kustomize/commands/edit/set/setimage.go RunSetImage); this module decides *how*
 * to write it without kustomize's re-serialisation: only the bytes of changed fields change, a new field
 * goes where api/types/image.go orders it (name, newName, newTag, digest), a new entry is appended in the
 * list's own indentation, a missing `images:` is appended at the end of the file.
 */

/** kustomize reads every field as a string; an empty value (`newTag:`) is ''. */
function scalarString(node: unknown): string | undefined {
  if (node === null || node === undefined) return '';
  if (!isScalar(node)) return undefined;
  if (node.value === null) return '';
  return typeof node.value === 'string' ? node.value : (node.source ?? String(node.value));
}

function pairName(p: Pair): string | undefined {
  return isScalar(p.key) && p.key.value !== null ? String(p.key.value) : undefined;
}

function fieldPairs(map: YAMLMap): Map<string, Pair> {
  const out = new Map<string, Pair>();
  for (const item of map.items) {
    if (!isPair(item)) continue;
    const k = pairName(item);
    if (k !== undefined) out.set(k, item);
  }
  return out;
}

export function readEntry(map: YAMLMap): ImageEntry {
  const pairs = fieldPairs(map);
  const entry: ImageEntry = { name: scalarString(pairs.get('name')?.value) ?? '' };
  for (const f of VALUE_FIELDS) {
    const p = pairs.get(f);
    if (p) {
      const v = scalarString(p.value);
      if (v !== undefined) entry[f] = v;
    }
  }
  return entry;
}

/** Refuse what is not a kustomization: another kind of resource, or YAML that is not a mapping. */
export function checkKustomization(f: YamlFile, fileName: string): YAMLMap | null {
  const root = f.doc.contents as Node | null;
  const at = (node: Node | null | undefined) => {
    const off = node?.range?.[0];
    return { file: f.file, ...(off === undefined ? { line: 1, col: 1 } : positionOf(f, off)) };
  };
  if (root === null || (isScalar(root) && root.value === null)) {
    if (KUSTOMIZATION_NAME.test(fileName)) return null;
    throw new UserError('not a kustomization: the file is empty', at(null));
  }
  if (!isMap(root)) throw new UserError('not a kustomization: the top level is not a mapping', at(root));
  const pairs = fieldPairs(root);
  const kind = pairs.get('kind');
  const kindValue = scalarString(kind?.value);
  if (kind && !KINDS.includes(kindValue ?? '')) {
    throw new UserError(
      `not a kustomization: kind is ${kindValue || '(empty)'}, expected Kustomization or Component`,
      at(kind.value as Node),
    );
  }
  const api = pairs.get('apiVersion');
  const apiValue = scalarString(api?.value) ?? '';
  if (api && !apiValue.startsWith('kustomize.config.k8s.io/')) {
    throw new UserError(
      `not a kustomization: apiVersion is ${apiValue || '(empty)'}, expected kustomize.config.k8s.io/…`,
      at(api.value as Node),
    );
  }
  if (!kind && !api && !KUSTOMIZATION_NAME.test(fileName)) {
    throw new UserError(
      'not a kustomization: no kind: Kustomization and the file is not named kustomization.yaml',
      at(root),
    );
  }
  return root;
}

interface Ctx {
  f: YamlFile;
  src: string;
  eol: string;
  edits: TextEdit[];
  fail(message: string, offset?: number): never;
}

function lineStartOf(src: string, offset: number): number {
  return src.lastIndexOf('\n', offset - 1) + 1;
}

/** The offset just after the line holding `offset - 1` (or `offset` itself when it starts a line). */
function afterLine(src: string, offset: number): number {
  if (offset > 0 && src[offset - 1] === '\n') return offset;
  const nl = src.indexOf('\n', offset);
  return nl < 0 ? src.length : nl + 1;
}

function nodeStart(n: unknown): number {
  return (n as Node).range![0];
}

function pairEnd(p: Pair): number {
  const v = p.value as Node | null;
  return v?.range ? v.range[1] : (p.key as Node).range![1];
}

/** Insert whole lines at `at`; at the end of a file without a final newline, start with one instead. */
function insertLines(c: Ctx, at: number, lines: string[]): void {
  const block = lines.map((l) => l + c.eol).join('');
  if (at === c.src.length && c.src.length > 0 && !c.src.endsWith('\n')) {
    c.edits.push({ start: at, end: at, text: c.eol + block.slice(0, -c.eol.length) });
  } else c.edits.push({ start: at, end: at, text: block });
}

function renderValue(value: string, existing: Scalar | undefined, inFlow: boolean): string {
  const keep = existing && typeof existing.value === 'string' ? existing : undefined;
  return renderScalar(value, keep, inFlow ? 'flow' : 'block').source;
}

function entryLines(entry: ImageEntry, dashCol: number, keyOffset: number): string[] {
  const pad = ' '.repeat(dashCol);
  const keyPad = ' '.repeat(dashCol + keyOffset);
  const lines = [`${pad}-${' '.repeat(keyOffset - 1)}name: ${renderValue(entry.name, undefined, false)}`];
  for (const f of VALUE_FIELDS) {
    const v = entry[f];
    if (v !== undefined) lines.push(`${keyPad}${f}: ${renderValue(v, undefined, false)}`);
  }
  return lines;
}

/** Column of the `-` that starts a block sequence item, or undefined when the item is not on a dash line. */
function dashColumn(src: string, itemStart: number): number | undefined {
  const ls = lineStartOf(src, itemStart);
  const before = src.slice(ls, itemStart);
  const m = /^( *)-( +)$/.exec(before) ?? /^( *)-( +)(?:- +)*$/.exec(before);
  return m ? m[1]!.length : undefined;
}

/**
 * How this file indents block sequences under a key: 0 for `key:\n- item` (kustomize's own style), 2 for
 * `key:\n  - item`. Read from the file's first top-level block sequence.
 */
function sequenceIndent(c: Ctx, root: YAMLMap | null): number {
  for (const item of root?.items ?? []) {
    if (!isPair(item) || !isSeq(item.value) || item.value.flow || item.value.items.length === 0) continue;
    const first = item.value.items[0] as Node | null;
    if (!first?.range) continue;
    const col = dashColumn(c.src, first.range[0]);
    const keyCol = positionOf(c.f, nodeStart(item.key)).col - 1;
    if (col !== undefined) return Math.max(0, col - keyCol);
  }
  return 0;
}

/** Edit an existing entry in place: set, insert (in kustomize's field order) and remove fields. */
function editEntry(c: Ctx, map: YAMLMap, inFlow: boolean, after: ImageEntry): void {
  const pairs = fieldPairs(map);
  const items = map.items.filter(isPair);
  const removed = new Set<Pair>();
  const inserts: ValueField[] = [];
  for (const f of VALUE_FIELDS) {
    const pair = pairs.get(f);
    const want = after[f];
    if (pair && want === undefined) removed.add(pair);
    else if (!pair && want !== undefined) inserts.push(f);
    else if (pair && want !== undefined && scalarString(pair.value) !== want) {
      const node = pair.value as Node | null;
      if (
        node !== null &&
        (!isScalar(node) || node.type === Scalar.BLOCK_LITERAL || node.type === Scalar.BLOCK_FOLDED)
      ) {
        c.fail(`${f} of the entry for ${after.name} is not a plain or quoted value`, nodeStart(node));
      }
      const scalar = node as Scalar | null;
      if (!scalar?.range) {
        c.fail(`${f} of the entry for ${after.name} has no value to replace`, nodeStart(pair.key));
      }
      const [start, end] = scalar.range;
      const text = renderValue(want, scalar.value === null ? undefined : scalar, inFlow);
      const spaced = start === end && !/\s/.test(c.src[start - 1] ?? '') ? ` ${text}` : text;
      c.edits.push({ start, end, text: spaced });
    }
  }
  if ((removed.size > 0 || inserts.length > 0) && (inFlow || map.flow)) {
    c.fail(
      `the entry for ${after.name} is a flow mapping ({…}); write it in block style to add or remove fields`,
      map.range?.[0],
    );
  }

  // Removals: a field on a line of its own loses that line (with its inline comment). A field on the
  // item's `- ` line hands that place to the next kept field.
  const kept = items.filter((p) => !removed.has(p));
  for (let i = 0; i < items.length; i++) {
    const p = items[i]!;
    if (!removed.has(p)) continue;
    if (i === 0) {
      const next = kept[0]!;
      const start = nodeStart(p.key);
      const end = nodeStart(next.key);
      const gap = c.src.slice(start, end).split('\n').slice(1);
      if (gap.some((line) => line.trim().startsWith('#'))) {
        c.fail(
          `cannot remove ${pairName(p)} from the entry for ${after.name}: a comment sits between it and ${pairName(next)}`,
          start,
        );
      }
      c.edits.push({ start, end, text: '' });
      while (i + 1 < items.length && removed.has(items[i + 1]!)) i++;
      continue;
    }
    const ls = lineStartOf(c.src, nodeStart(p.key));
    if (c.src.slice(ls, nodeStart(p.key)).trim() !== '') {
      c.fail(`cannot remove ${pairName(p)}: it shares its line with other content`, nodeStart(p.key));
    }
    c.edits.push({ start: ls, end: afterLine(c.src, pairEnd(p)), text: '' });
  }

  // Insertions: after the kept field that precedes the new one in kustomize's order, in that order.
  if (inserts.length === 0) return;
  const keyCol = positionOf(c.f, nodeStart(items[0]!.key)).col - 1;
  for (const f of inserts) {
    const rank = FIELD_ORDER.indexOf(f);
    let anchor: Pair | undefined;
    for (const p of kept) {
      const r = FIELD_ORDER.indexOf(pairName(p) as (typeof FIELD_ORDER)[number]);
      if (r >= 0 && r < rank && (!anchor || r >= FIELD_ORDER.indexOf(pairName(anchor) as never))) anchor = p;
    }
    anchor ??= pairs.get('name')!;
    const at = afterLine(c.src, pairEnd(anchor));
    insertLines(c, at, [`${' '.repeat(keyCol)}${f}: ${renderValue(after[f]!, undefined, false)}`]);
  }
}

/**
 * Plan the pin of one image in one kustomization: returns the new text and the edits, verified by parsing
 * the new text again (the entry reads back as kustomize would have written it, nothing else changed).
 */
export function planPin(f: YamlFile, req: PinRequest, mode: MergeMode, fileName = 'kustomization.yaml'): PinResult {
  const root = checkKustomization(f, fileName);
  const src = f.source;
  const c: Ctx = {
    f,
    src,
    eol: detectEol(src),
    edits: [],
    fail(message, offset) {
      throw new UserError(message, { file: f.file, ...(offset === undefined ? {} : positionOf(f, offset)) });
    },
  };

  const imagesPair = root ? fieldPairs(root).get('images') : undefined;
  const images = (imagesPair?.value as Node | null | undefined) ?? null;
  let seq: YAMLSeq | null = null;
  if (images !== null && !(isScalar(images) && images.value === null)) {
    if (!isSeq(images))
      c.fail(`images must be a list, found ${isMap(images) ? 'a mapping' : 'a scalar'}`, nodeStart(images));
    seq = images;
  }

  let match: { map: YAMLMap; index: number } | undefined;
  if (seq) {
    const hits: { map: YAMLMap; index: number }[] = [];
    seq.items.forEach((item, index) => {
      if (isAlias(item))
        c.fail(`images item ${index} is an alias (*${item.source}); refusing to guess what it names`, nodeStart(item));
      if (isMap(item) && readEntry(item).name === req.name) hits.push({ map: item, index });
    });
    if (hits.length > 1) {
      const lines = hits.map((h) => positionOf(f, nodeStart(h.map)).line).join(', ');
      c.fail(
        `${hits.length} images entries are named ${req.name} (lines ${lines}); kustomize would keep only one`,
        nodeStart(seq),
      );
    }
    match = hits[0];
  }

  const before = match ? readEntry(match.map) : null;
  const after = desiredEntry(before, req, mode);
  let created: PinResult['created'];

  if (match) {
    if (!sameEntry(before!, after)) editEntry(c, match.map, Boolean(seq!.flow), after);
  } else if (seq && seq.items.length > 0) {
    if (seq.flow) {
      c.fail(`images is a flow list ([…]); write it in block style to add an entry for ${req.name}`, nodeStart(seq));
    }
    created = 'entry';
    const last = seq.items[seq.items.length - 1] as Node;
    const dashCol = dashColumn(src, nodeStart(last));
    if (dashCol === undefined) c.fail('cannot tell how the images list is indented', nodeStart(last));
    const lastPairs = isMap(last) ? last.items.filter(isPair) : [];
    const keyOffset = lastPairs.length > 0 ? positionOf(f, nodeStart(lastPairs[0]!.key)).col - 1 - dashCol : 2;
    const end = lastPairs.length > 0 ? pairEnd(lastPairs[lastPairs.length - 1]!) : last.range![1];
    insertLines(c, afterLine(src, end), entryLines(after, dashCol, keyOffset));
  } else if (imagesPair) {
    // `images:` with no value, `images: ~` or `images: []`: the value becomes a block list.
    created = 'entry';
    if (root!.flow) c.fail('the kustomization is a flow mapping ({…}); cannot add images to it', nodeStart(root));
    const keyCol = positionOf(f, nodeStart(imagesPair.key)).col - 1;
    const value = images as Node | null;
    if (value?.range && value.range[1] > value.range[0]) {
      let start = value.range[0];
      while (start > 0 && src[start - 1] === ' ') start--;
      c.edits.push({ start, end: value.range[1], text: '' });
    }
    insertLines(c, afterLine(src, pairEnd(imagesPair)), entryLines(after, keyCol + sequenceIndent(c, root), 2));
  } else {
    created = 'images';
    if (root?.flow) c.fail('the kustomization is a flow mapping ({…}); cannot add images to it', nodeStart(root));
    const lines = ['images:', ...entryLines(after, sequenceIndent(c, root), 2)];
    // Keep the file's rhythm: sections separated by blank lines get one before images: too.
    const spaced = root !== null && usesBlankLines(src, root) && !/\n\s*\n$/.test(src) && src.length > 0;
    insertLines(c, src.length, spaced ? ['', ...lines] : lines);
  }

  const text = applyEdits(src, c.edits);
  // Nothing to write needs no proof: the entry was read from this very parse and equals the wanted one.
  const line =
    c.edits.length === 0 && match
      ? positionOf(f, nodeStart(match.map)).line
      : verify(f, text, req.name, after, match?.index, created);
  const change = { site: req.name, old: before ? formatEntry(before) : null, new: formatEntry(after), line };
  return {
    file: f.file,
    before: src,
    after: text,
    edits: c.edits,
    changes: text === src ? [] : [change],
    unchanged: text === src ? [change] : [],
    entry: { before, after },
    ...(created ? { created } : {}),
  };
}

function usesBlankLines(src: string, root: YAMLMap): boolean {
  return root.items.slice(1).some((item) => {
    const ls = lineStartOf(src, nodeStart((item as Pair).key));
    return ls >= 2 && src[ls - 1] === '\n' && /\n\r?\n$/.test(src.slice(Math.max(0, ls - 3), ls));
  });
}

/** Re-parse the new text: the entry must read back as intended and every other value must be unchanged. */
function verify(
  f: YamlFile,
  text: string,
  name: string,
  want: ImageEntry,
  oldIndex: number | undefined,
  created: PinResult['created'],
): number {
  const broken = (why: string): never => {
    throw new Error(`internal error: pinning ${name} in ${f.file} ${why}; nothing was written`);
  };
  let next: YamlFile;
  try {
    next = loadYaml(text, f.file);
  } catch (e) {
    return broken(`produced unparsable YAML (${(e as Error).message})`);
  }
  const root = next.doc.contents;
  const seq = isMap(root) ? fieldPairs(root).get('images')?.value : undefined;
  if (!isSeq(seq)) return broken('left no images list');
  const hits = seq.items
    .map((item, i) => ({ item, i }))
    .filter(({ item }) => isMap(item) && readEntry(item).name === name);
  if (hits.length !== 1) return broken(`left ${hits.length} entries for it`);
  const { item, i } = hits[0]!;
  const got = readEntry(item as YAMLMap);
  if (!sameEntry(got, want)) return broken(`would read back as ${JSON.stringify(got)}, not ${JSON.stringify(want)}`);
  if (oldIndex !== undefined && oldIndex !== i) return broken('moved the entry');

  const skip = created === 'images' ? '.images' : `.images[${i}]`;
  const outside = ([p]: [string, string]): boolean =>
    !(p === skip || p.startsWith(`${skip}.`) || p.startsWith(`${skip}[`)) &&
    !(created && p === '.images') &&
    // A document with no content had one null leaf at its root: the new images list replaces it.
    !(created === 'images' && p === '');
  const a = snapshotLeaves(f.doc).filter(outside);
  const b = snapshotLeaves(next.doc).filter(outside);
  for (let k = 0; k < Math.max(a.length, b.length); k++) {
    if (a[k]?.[0] !== b[k]?.[0] || a[k]?.[1] !== b[k]?.[1]) {
      broken(`would also change ${(a[k] ?? b[k])![0] || '.'} (${a[k]?.[1]} -> ${b[k]?.[1]})`);
    }
  }
  return positionOf(next, nodeStart(item)).line;
}
