import type { UserError } from '@coco-release/core';
import { schemaErrors, type YamlFile } from '@coco-release/yaml-edit';
// schema/release-graph.schema.json (the file editors use too), compiled by ajv at build time (scripts/build.mjs).
import { validate } from './generated/validate-graph.js';

const HINTS: Record<string, string> = {
  'components.*.repository': 'expected OWNER/NAME',
  'pins[].file': 'expected a path relative to the repository root',
  'pins[].ref': 'expected a branch, tag or commit name (no blanks, no :, ^, ~, ?, *, [ or \\)',
  'pins[].path': "expected a YAML path starting with '.'",
  'pins[].variable': 'expected a variable name',
};

/** A graph file against its schema, every error at its line. */
export function validateGraph(f: YamlFile, data: unknown): UserError[] {
  if (validate(data)) return [];
  return schemaErrors(f, validate.errors ?? [], {
    whole: 'the graph',
    hints: HINTS,
    exclusive: { at: /^\/pins\/\d+$/, keys: ['path', 'variable', 'pattern'], what: 'a pin' },
    keyNames: "a component name (lowercase letters, digits, '.', '_' and '-')",
  });
}
