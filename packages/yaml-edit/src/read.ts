import { UserError } from '@coco-release/core';
import { isScalar } from 'yaml';
import { positionOf, type YamlFile } from './document.js';
import { describeNode, locate } from './locate.js';
import { formatPath, parsePath } from './path.js';

/** A scalar read from a YAML file, with where it was found. */
export interface ScalarRead {
  value: string;
  line: number;
  col: number;
}

/** Read the scalar at `path`, following aliases and merge keys; anything but a scalar is a UserError. */
export function readScalar(f: YamlFile, pathText: string): ScalarRead {
  const path = parsePath(pathText);
  const canonical = formatPath(path);
  const loc = locate(f, path, { followAliases: true });
  if (!loc.found) {
    const missing = path[loc.depth];
    const line = loc.map.range ? positionOf(f, loc.map.range[0]).line : 1;
    const key = missing?.kind === 'key' ? missing.key : '';
    throw new UserError(`${canonical}: no key '${key}' in the mapping at line ${line}`, { file: f.file, line });
  }
  const node = loc.node;
  if (!isScalar(node) || node.value === null) {
    const at = node?.range ? positionOf(f, node.range[0]) : { line: 1, col: 1 };
    throw new UserError(`${canonical} is ${describeNode(node)}, not a scalar value`, { file: f.file, ...at });
  }
  const { line, col } = positionOf(f, node.range![0]);
  // A plain number or date is returned as written (`1.10`, not the 1.1 a reader makes of it): callers
  // compare versions as text.
  const v = node.value;
  return { value: typeof v === 'string' ? v : (node.source ?? String(v)), line, col };
}
