import type { FastEntry, FastNode } from './fast-index.js';
import { formatKey, type PathSegment } from './path.js';
import { resolvePlain12 } from './plain-scalar.js';

/**
 * Questions asked of a fast index by path (bump-versions-yaml, check-snapshotter-parity), apart from the
 * index itself so that an action that walks the index on its own (pin-kustomize-image) does not carry the
 * path syntax in its bundle.
 */

/** Does a mapping entry's key name this path key? As in locate.ts: by its text or its YAML 1.2 value. */
function fastKeyMatches(entry: FastEntry, name: string): boolean {
  if (entry.key === name) return true;
  if (entry.keyRaw !== entry.key) return false; // quoted: only the decoded text counts
  const v = resolvePlain12(entry.keyRaw);
  return v !== null && String(v) === name;
}

export interface FastHit {
  node: FastNode;
  /** Selectors replaced by indices, formatted like locate()'s `concrete`. */
  concrete: string;
}

/**
 * Follow a path through the index. Undefined whenever the answer is not a plain success (missing key,
 * no or several selector matches, index out of range, a selector on a non-string value): the full parser
 * then gives the exact error, or the answer.
 */
export function fastLookup(root: FastNode, path: readonly PathSegment[]): FastHit | undefined {
  let node: FastNode = root;
  let concrete = '';
  for (const seg of path) {
    if (seg.kind === 'key') {
      if (node.kind !== 'map') return undefined;
      const hits = node.entries.filter((e) => fastKeyMatches(e, seg.key));
      if (hits.length !== 1) return undefined;
      node = hits[0]!.node;
      concrete += formatKey(hits[0]!.key);
    } else if (seg.kind === 'index') {
      if (node.kind !== 'seq' || seg.index >= node.items.length) return undefined;
      node = node.items[seg.index]!;
      concrete += `[${seg.index}]`;
    } else {
      if (node.kind !== 'seq') return undefined;
      let found = -1;
      for (const [i, item] of node.items.entries()) {
        if (item.kind !== 'map') continue;
        const e = item.entries.filter((x) => fastKeyMatches(x, seg.key));
        if (e.length !== 1) continue;
        const v = e[0]!.node;
        if (v.kind !== 'scalar') continue;
        if (typeof v.value !== 'string') return undefined; // `1.10` vs 1.1: let the full parser decide
        if (v.value !== seg.value) continue;
        if (found !== -1) return undefined;
        found = i;
      }
      if (found === -1) return undefined;
      node = node.items[found]!;
      concrete += `[${found}]`;
    }
  }
  return { node, concrete };
}

/**
 * Every leaf as `[concrete path, value]`, in document order, in snapshotLeaves()'s format for scalars;
 * opaque nodes (block scalars, flow collections) are compared by their bytes.
 */
export function fastLeaves(root: FastNode, source: string): [string, string][] {
  const out: [string, string][] = [];
  const walk = (node: FastNode, path: string): void => {
    switch (node.kind) {
      case 'map':
        if (node.entries.length === 0) out.push([path, '{}']);
        for (const e of node.entries) walk(e.node, path + formatKey(e.key));
        break;
      case 'seq':
        node.items.forEach((item, i) => walk(item, `${path}[${i}]`));
        break;
      case 'scalar':
        out.push([path, `${node.value === null ? 'null' : typeof node.value}:${String(node.value)}`]);
        break;
      case 'empty':
        out.push([path, 'null:null']);
        break;
      case 'opaque':
        out.push([path, `opaque:${source.slice(node.start, node.end)}`]);
        break;
    }
  };
  walk(root, '');
  return out;
}
