import type { UserError } from '@coco-release/core';
import type { YamlFile } from '@coco-release/yaml-edit';
import { Ajv } from 'ajv';
import schema from '../schema/release-graph.schema.json' with { type: 'json' };
import { schemaErrors } from './schema-errors.js';

/** A graph file against schema/release-graph.schema.json (the file editors use too), every error at its line. */

let validator: ReturnType<Ajv['compile']> | undefined;

export function validateGraph(f: YamlFile, data: unknown): UserError[] {
  validator ??= new Ajv({ allErrors: true, strict: true, strictRequired: false, allowUnionTypes: true }).compile(
    schema,
  );
  return validator(data) ? [] : schemaErrors(f, validator.errors ?? [], 'the graph');
}
