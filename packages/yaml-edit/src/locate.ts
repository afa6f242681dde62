import { UserError } from '@coco-release/core';
import { isAlias, isMap, isPair, isScalar, isSeq, type Node, type Pair, type YAMLMap, type YAMLSeq } from 'yaml';
import { positionOf, type YamlFile } from './document.js';
import { formatPath, type PathSegment, type YamlPath } from './path.js';

/** Where a path leads in a document. */
export type Location =
  | {
      found: true;
      /** The value node; null for a key with no value (`key:`). */
      node: Node | null;
      /** The pair holding the value when the last segment is a key. */
      pair?: Pair;
      /** True when the node is inside a flow collection (`[a, b]`, `{a: b}`): quoting rules differ there. */
      inFlow: boolean;
      /** True when the path went through an alias or a merge key: the bytes belong to another place. */
      shared: boolean;
      /** The same place with selectors replaced by indices: two paths that reach one node share it. */
      concrete: string;
    }
  | {
      found: false;
      /** How many segments matched before the first missing key. */
      depth: number;
      /** The mapping that lacks the key at `depth`. */
      map: YAMLMap;
      inFlow: boolean;
      /** Concrete path of `map`. */
      concrete: string;
    };

export interface LocateOptions {
  /** Follow aliases and merge keys (`<<: *base`): right for reading, wrong for writing. */
  followAliases: boolean;
}

export function describeNode(node: unknown): string {
  if (isMap(node)) return 'a mapping';
  if (isSeq(node)) return 'a sequence';
  if (isScalar(node)) return node.value === null ? 'an empty value' : 'a scalar';
  if (isAlias(node)) return `an alias (*${node.source})`;
  return 'an empty value';
}

/** Does a key node name this path key? Integer keys match their text (`.cloudimg.rhel.9`). */
export function keyMatches(key: unknown, name: string): boolean {
  if (!isScalar(key)) return false;
  if (key.value !== null && String(key.value) === name) return true;
  return key.source === name;
}

function lineOf(f: YamlFile, node: { range?: [number, number, number] | null } | null | undefined): number {
  return node?.range ? positionOf(f, node.range[0]).line : 1;
}

export function locate(f: YamlFile, path: YamlPath, opts: LocateOptions): Location {
  let node: Node | null = (f.doc.contents as Node | null) ?? null;
  let pair: Pair | undefined;
  let inFlow = false;
  let shared = false;
  const concrete: PathSegment[] = [];
  const here = (i: number): string => formatPath(path.slice(0, i + 1));
  const fail = (message: string, at: unknown): never => {
    const range = (at as { range?: [number, number, number] } | null)?.range;
    const pos = range ? positionOf(f, range[0]) : { line: 1, col: 1 };
    throw new UserError(`${formatPath(path)}: ${message}`, { file: f.file, ...pos });
  };

  for (let i = 0; i < path.length; i++) {
    const seg: PathSegment = path[i]!;
    if (isAlias(node)) {
      if (!opts.followAliases)
        fail(`${here(i - 1)} is an alias (*${node.source}); edit the anchored value instead`, node);
      node = (node.resolve(f.doc) as Node | undefined) ?? null;
      shared = true;
    }
    pair = undefined;
    if (seg.kind === 'key') {
      if (!isMap(node)) {
        return fail(`expected a mapping at ${here(i - 1)}, found ${describeNode(node)}`, node);
      }
      const map: YAMLMap = node;
      inFlow ||= Boolean(map.flow);
      const hit = findKey(f, map, seg.key, opts);
      if (!hit) return { found: false, depth: i, map, inFlow, concrete: concretePath(concrete) };
      concrete.push(seg);
      shared ||= hit.viaMerge;
      pair = hit.pair;
      node = (hit.pair.value as Node | null) ?? null;
    } else if (seg.kind === 'index') {
      if (!isSeq(node)) return fail(`expected a sequence at ${here(i - 1)}, found ${describeNode(node)}`, node);
      const seq: YAMLSeq = node;
      inFlow ||= Boolean(seq.flow);
      if (seg.index >= seq.items.length) {
        return fail(
          `index ${seg.index} is out of range: the sequence at line ${lineOf(f, seq)} has ${seq.items.length} items`,
          seq,
        );
      }
      node = (seq.items[seg.index] as Node | null) ?? null;
      concrete.push(seg);
    } else {
      if (!isSeq(node)) return fail(`expected a sequence at ${here(i - 1)}, found ${describeNode(node)}`, node);
      const seq: YAMLSeq = node;
      inFlow ||= Boolean(seq.flow);
      const matches = seq.items.filter((item) => {
        const m = isAlias(item) && opts.followAliases ? item.resolve(f.doc) : item;
        if (!isMap(m)) return false;
        const p = findKey(f, m, seg.key, opts);
        return (
          p !== undefined &&
          isScalar(p.pair.value) &&
          p.pair.value.value !== null &&
          String(p.pair.value.value) === seg.value
        );
      });
      const sel = `${seg.key}=${seg.value}`;
      if (matches.length === 0) {
        return fail(`no item of the sequence at line ${lineOf(f, seq)} has ${sel}`, seq);
      }
      if (matches.length > 1) {
        const lines = matches.map((m) => lineOf(f, m as Node)).join(', ');
        return fail(
          `${matches.length} items of the sequence at line ${lineOf(f, seq)} have ${sel} (lines ${lines}); a selector must match exactly one`,
          seq,
        );
      }
      node = (matches[0] as Node | null) ?? null;
      concrete.push({ kind: 'index', index: seq.items.indexOf(matches[0]!) });
    }
  }
  if (isAlias(node) && opts.followAliases) {
    node = (node.resolve(f.doc) as Node | undefined) ?? null;
    shared = true;
  }
  const at = concretePath(concrete);
  return pair
    ? { found: true, node, pair, inFlow, shared, concrete: at }
    : { found: true, node, inFlow, shared, concrete: at };
}

/** Concrete paths are compared with snapshot paths, where the root is ''. */
function concretePath(segments: PathSegment[]): string {
  return segments.length === 0 ? '' : formatPath(segments);
}

/** A key in a mapping, or (when reading) in the mappings it merges with `<<`. Explicit keys win over merged ones. */
function findKey(
  f: YamlFile,
  map: YAMLMap,
  name: string,
  opts: LocateOptions,
): { pair: Pair; viaMerge: boolean } | undefined {
  for (const item of map.items) if (isPair(item) && keyMatches(item.key, name)) return { pair: item, viaMerge: false };
  if (!opts.followAliases) return undefined;
  for (const item of map.items) {
    if (!isPair(item) || !isScalar(item.key) || item.key.value !== '<<') continue;
    const sources = isSeq(item.value) ? item.value.items : [item.value];
    for (const s of sources) {
      const target = isAlias(s) ? s.resolve(f.doc) : s;
      if (isMap(target)) {
        const hit = findKey(f, target, name, opts);
        if (hit) return { pair: hit.pair, viaMerge: true };
      }
    }
  }
  return undefined;
}
