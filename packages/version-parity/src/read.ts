import { loadYaml, locate, parsePath, readScalar } from '@coco-release/yaml-edit';
import { isScalar } from 'yaml';
import type { Selector } from './sources.js';
import { readVariable, type ValueRead } from './variables.js';

/**
 * The scalar at a YAML path, as written. readScalar follows aliases and merge keys and explains what is
 * wrong when the path leads nowhere or to a collection; a plain scalar is then taken from its source text,
 * since YAML would read `1.10` as the number 1.1 and `0x1F` as 31, while a pin compares as the text it is.
 */
export function readYamlValue(text: string, file: string, path: string): ValueRead {
  const f = loadYaml(text, file);
  const read = readScalar(f, path);
  const loc = locate(f, parsePath(path), { followAliases: true });
  if (loc.found && isScalar(loc.node) && loc.node.type === 'PLAIN' && typeof loc.node.source === 'string') {
    return { value: loc.node.source, line: read.line, col: read.col };
  }
  return { value: read.value, line: read.line, col: read.col };
}

/** The value a selector picks from a file's text; every problem is a UserError positioned in `file`. */
export function readSelector(text: string, file: string, selector: Selector): ValueRead {
  return selector.kind === 'yaml' ? readYamlValue(text, file, selector.path) : readVariable(text, file, selector.name);
}
