import { loadYaml, readScalar, type YamlFile } from '@coco-release/yaml-edit';
import type { Selector } from './sources.js';
import { readVariable, type ValueRead } from './variables.js';

/**
 * The scalar at a YAML path, as written: a plain scalar is taken from its source text, since YAML would
 * read `1.10` as the number 1.1 and `0x1F` as 31, while a pin compares as the text it is. Aliases and merge
 * keys are followed, and a path that leads nowhere or to a collection is explained.
 */
export function readYamlValue(text: string, file: string, path: string): ValueRead {
  const read = readScalar(parsed(text, file), path);
  return { value: read.value, line: read.line, col: read.col };
}

/** Several sources often read one file: it is parsed once. A few files at most per run. */
const cache = new Map<string, YamlFile>();
function parsed(text: string, file: string): YamlFile {
  const key = `${file}\0${text}`;
  let f = cache.get(key);
  if (!f) {
    if (cache.size >= 16) cache.clear();
    f = loadYaml(text, file);
    cache.set(key, f);
  }
  return f;
}

/** The value a selector picks from a file's text; every problem is a UserError positioned in `file`. */
export function readSelector(text: string, file: string, selector: Selector): ValueRead {
  return selector.kind === 'yaml' ? readYamlValue(text, file, selector.path) : readVariable(text, file, selector.name);
}
