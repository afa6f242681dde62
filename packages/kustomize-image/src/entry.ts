import { KEEP } from './image-arg.js';
import type { Change, InPlaceEdit } from '@coco-release/core';

/** The model of one `images:` entry and what kustomize makes of it: no YAML here (see pin.ts, pin-fast.ts). */

export type MergeMode = 'fields' | 'replace';

/** The fields of api/types/image.go Image this action reads and writes, in its declaration order. */
export const FIELD_ORDER = ['name', 'newName', 'tagSuffix', 'newTag', 'digest'] as const;
export type ValueField = 'newName' | 'newTag' | 'digest' | 'tagSuffix';
export const VALUE_FIELDS: readonly ValueField[] = ['newName', 'tagSuffix', 'newTag', 'digest'];

export interface ImageEntry {
  name: string;
  newName?: string;
  tagSuffix?: string;
  newTag?: string;
  digest?: string;
}

/** What to set. undefined: not given; `*`: keep the file's value (kustomize's preserveSeparator). */
export interface PinRequest {
  name: string;
  newName?: string;
  newTag?: string;
  digest?: string;
}

/**
 * The pin of one image in one kustomization (core's FileEdit): one change, or one value already in place,
 * whose `site` is the image's name, `old` and `new` the entry as formatEntry shows it (`old` null for a new
 * entry), and `line` the entry's `- ` line in the new text.
 */
export interface PinResult extends InPlaceEdit {
  unchanged: Change[];
  /** The entry before (null when the file had none for this name) and after. */
  entry: { before: ImageEntry | null; after: ImageEntry };
  /** What had to be created: the whole `images:` field, or one entry in it. */
  created?: 'images' | 'entry';
}

/**
 * The entry kustomize would write. `replace` is RunSetImage: the argument replaces the entry, `*` fields
 * come from the file, everything else (tagSuffix included: replaceNewName & co. do not copy it) is dropped.
 * `fields` changes only what the argument gives and keeps the rest.
 */
export function desiredEntry(before: ImageEntry | null, req: PinRequest, mode: MergeMode): ImageEntry {
  const out: ImageEntry = { name: req.name };
  for (const f of VALUE_FIELDS) {
    const want = f === 'tagSuffix' ? undefined : req[f];
    const had = before?.[f];
    const value = want === KEEP ? had : want !== undefined ? want : mode === 'fields' ? had : undefined;
    if (value !== undefined) out[f] = value;
  }
  return out;
}

/** An image reference for people: `newName:newTag@digest`, the name when there is no newName. */
export function formatEntry(e: ImageEntry | null): string {
  if (!e) return '';
  let ref = e.newName || e.name;
  if (e.newTag) ref += `:${e.newTag}`;
  else if (e.tagSuffix) ref += ` (tag suffix ${e.tagSuffix})`;
  if (e.digest) ref += `@${e.digest}`;
  return ref;
}

export function sameEntry(a: ImageEntry, b: ImageEntry): boolean {
  return FIELD_ORDER.every((f) => a[f] === b[f]);
}

export const KINDS = ['Kustomization', 'Component'];

/** File names kustomize reads without a `kind:`. */
export const KUSTOMIZATION_NAME = /^(kustomization\.ya?ml|Kustomization)$/;
