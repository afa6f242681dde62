import { loadYaml, readScalar } from '@coco-release/yaml-edit';
import type { Selector } from './sources.js';
import { readVariable, type ValueRead } from './variables.js';

/**
 * The scalar at a YAML path, as written: a plain scalar is taken from its source text, since YAML would
 * read `1.10` as the number 1.1 and `0x1F` as 31, while a pin compares as the text it is. Aliases and merge
 * keys are followed, and a path that leads nowhere or to a collection is explained.
 */
export function readYamlValue(text: string, file: string, path: string): ValueRead {
  const read = readScalar(loadYaml(text, file), path);
  return { value: read.value, line: read.line, col: read.col };
}

/** The value a selector picks from a file's text; every problem is a UserError positioned in `file`. */
export function readSelector(text: string, file: string, selector: Selector): ValueRead {
  return selector.kind === 'yaml' ? readYamlValue(text, file, selector.path) : readVariable(text, file, selector.name);
}
