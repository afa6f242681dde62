import { UserError } from '@coco-release/core';
import type { ErrorObject } from 'ajv';
import { positionOf, type YamlFile } from './document.js';
import { isMap, isPair, isScalar, isSeq, type Node } from 'yaml';

/**
 * JSON Schema errors (ajv's, from a validator compiled at build time) on a YAML file, as one readable
 * sentence each at the line of the YAML node they concern: the release-pins manifest and the release graph
 * report their problems this way.
 */

export interface SchemaErrorOptions {
  /** What the file is, for an error about all of it (`the manifest`). */
  whole: string;
  /** A better sentence than "must match PATTERN" for a field (`pins[].file`, `components.*.repository`). */
  hints?: Readonly<Record<string, string>>;
  /** Entries that need exactly one of some keys (a pin: path, variable or pattern), as one sentence. */
  exclusive?: { at: RegExp; keys: readonly string[]; what: string };
  /** What a map key (`propertyNames`) must look like. */
  keyNames?: string;
}

/** The YAML node a JSON pointer (`/pins/0/kind`) points at. */
export function nodeAt(f: YamlFile, pointer: string): Node | undefined {
  let node = f.doc.contents as Node | null;
  for (const raw of pointer.split('/').slice(1)) {
    const key = raw.replaceAll('~1', '/').replaceAll('~0', '~');
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === key);
      node = (pair?.value as Node | null) ?? (pair?.key as Node | null) ?? null;
    } else if (isSeq(node)) node = (node.items[Number(key)] as Node | null) ?? null;
    else return node ?? undefined;
    if (!node) return undefined;
  }
  return node ?? undefined;
}

function keyNode(f: YamlFile, pointer: string, key: string): Node | undefined {
  const parent = nodeAt(f, pointer);
  if (!isMap(parent)) return parent;
  const pair = parent.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === key);
  return (pair?.key as Node | undefined) ?? parent;
}

/** `/pins/3/kind` as `pins[3].kind`. */
function where(pointer: string, whole: string): string {
  if (pointer === '') return whole;
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replaceAll('~1', '/').replaceAll('~0', '~'))
    .map((s, i) => (/^\d+$/.test(s) ? `[${s}]` : i === 0 ? s : `.${s}`))
    .join('');
}

export function schemaErrors(f: YamlFile, errors: readonly ErrorObject[], o: SchemaErrorOptions): UserError[] {
  const out = new Map<string, UserError>();
  const at = (node: Node | undefined) => ({ file: f.file, ...(node?.range ? positionOf(f, node.range[0]) : {}) });
  for (const e of errors) {
    let node = nodeAt(f, e.instancePath);
    const name = where(e.instancePath, o.whole);
    const site = o.exclusive !== undefined && o.exclusive.at.test(e.instancePath);
    let message: string;
    if (e.keyword === 'additionalProperties') {
      const extra = String(e.params['additionalProperty']);
      node = keyNode(f, e.instancePath, extra);
      message = `${name}: unknown key '${extra}'`;
    } else if (e.keyword === 'required') {
      if (site && o.exclusive!.keys.includes(String(e.params['missingProperty']))) continue;
      message = `${name}: '${String(e.params['missingProperty'])}' is required`;
    } else if (site && (e.keyword === 'oneOf' || e.keyword === 'not')) {
      const keys = o.exclusive!.keys.map((k) => `'${k}'`);
      message = `${name}: ${o.exclusive!.what} needs exactly one of ${keys.slice(0, -1).join(', ')} or ${keys.at(-1)}`;
    } else if (e.keyword === 'enum') {
      message = `${name}: expected one of ${(e.params['allowedValues'] as unknown[]).join(', ')}, got '${String(nodeValue(node))}'`;
    } else if (e.keyword === 'type') {
      message = `${name}: expected ${String(e.params['type'])}`;
    } else if (e.keyword === 'propertyNames' || (e.keyword === 'pattern' && e.propertyName !== undefined)) {
      if (e.keyword === 'pattern') continue;
      const bad = String(e.params['propertyName']);
      node = keyNode(f, e.instancePath, bad);
      message = `${name}: '${bad}' is not ${o.keyNames ?? 'a valid name'}`;
    } else if (e.keyword === 'pattern') {
      const hint =
        o.hints?.[name.replace(/\[\d+\]/g, '[]').replace(/^(\w+)\.[^.[]+\./, '$1.*.')] ??
        (e.params['pattern'] === '\\S' ? 'must not be empty' : `must match ${String(e.params['pattern'])}`);
      message = `${name}: ${hint}, got '${String(nodeValue(node))}'`;
    } else if (e.keyword === 'minLength' || e.keyword === 'minProperties') {
      message = `${name}: must not be empty`;
    } else {
      message = `${name}: ${e.message ?? e.keyword}`;
    }
    const err = new UserError(message, at(node));
    out.set(err.toString(), err);
  }
  return [...out.values()];
}

function nodeValue(node: Node | undefined): unknown {
  return isScalar(node) ? node.value : node === undefined ? '' : node.toString();
}
