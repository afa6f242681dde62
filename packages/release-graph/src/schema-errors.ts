import { UserError } from '@coco-release/core';
import { positionOf, type YamlFile } from '@coco-release/yaml-edit';
import type { ErrorObject } from 'ajv';
import { isMap, isPair, isScalar, isSeq, type Node } from 'yaml';

/**
 * JSON Schema errors (ajv) as one readable sentence each, at the line of the YAML node they concern, as
 * release-pins reports its manifest's.
 */

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

export function schemaErrors(f: YamlFile, errors: readonly ErrorObject[], whole: string): UserError[] {
  const out = new Map<string, UserError>();
  const at = (node: Node | undefined) => ({ file: f.file, ...(node?.range ? positionOf(f, node.range[0]) : {}) });
  for (const e of errors) {
    let node = nodeAt(f, e.instancePath);
    const name = where(e.instancePath, whole);
    const site = /^\/pins\/\d+$/.test(e.instancePath);
    let message: string;
    if (e.keyword === 'additionalProperties') {
      const extra = String(e.params['additionalProperty']);
      node = keyNode(f, e.instancePath, extra);
      message = `${name}: unknown key '${extra}'`;
    } else if (e.keyword === 'required') {
      if (site && ['path', 'variable', 'pattern'].includes(String(e.params['missingProperty']))) continue;
      message = `${name}: '${String(e.params['missingProperty'])}' is required`;
    } else if (site && (e.keyword === 'oneOf' || e.keyword === 'not')) {
      message = `${name}: a pin needs exactly one of 'path', 'variable' or 'pattern'`;
    } else if (e.keyword === 'enum') {
      message = `${name}: expected one of ${(e.params['allowedValues'] as unknown[]).join(', ')}, got '${String(nodeValue(node))}'`;
    } else if (e.keyword === 'type') {
      message = `${name}: expected ${String(e.params['type'])}`;
    } else if (e.keyword === 'propertyNames' || (e.keyword === 'pattern' && e.propertyName !== undefined)) {
      if (e.keyword === 'pattern') continue;
      const bad = String(e.params['propertyName']);
      node = keyNode(f, e.instancePath, bad);
      message = `${name}: '${bad}' is not a component name (lowercase letters, digits, '.', '_' and '-')`;
    } else if (e.keyword === 'pattern') {
      message = `${name}: ${PATTERN_HINTS[name.replace(/\[\d+\]/g, '[]').replace(/^components\.[^.]+\./, 'components.*.')] ?? `must match ${String(e.params['pattern'])}`}, got '${String(nodeValue(node))}'`;
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

const PATTERN_HINTS: Record<string, string> = {
  'components.*.repository': 'expected OWNER/NAME',
  'pins[].file': 'expected a path relative to the repository root',
  'pins[].ref': 'expected a branch, tag or commit name (no blanks, no :, ^, ~, ?, *, [ or \\)',
  'pins[].path': "expected a YAML path starting with '.'",
  'pins[].variable': 'expected a variable name',
};

function nodeValue(node: Node | undefined): unknown {
  return isScalar(node) ? node.value : node === undefined ? '' : node.toString();
}
