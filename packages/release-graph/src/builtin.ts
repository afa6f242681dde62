import { readFileSync } from 'node:fs';
import { parseGraph, type Graph } from './graph.js';

/** Where the built-in graph is named in messages and reports. */
export const BUILTIN_GRAPH_NAME = 'coco.yaml';

/**
 * The built-in CoCo graph (graphs/coco.yaml). Read beside this module: the bundler copies the file next to
 * each bundle that uses it, so the graph stays one YAML file that people read and edit.
 */
export function builtinGraphText(): string {
  return readFileSync(new URL('../graphs/coco.yaml', import.meta.url), 'utf8');
}

export function builtinGraph(): Promise<Graph> {
  return parseGraph(builtinGraphText(), BUILTIN_GRAPH_NAME, { builtin: true });
}
