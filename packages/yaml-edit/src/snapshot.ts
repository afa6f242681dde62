import { isAlias, isMap, isPair, isScalar, isSeq, type Document, type Node } from 'yaml';
import { formatPath } from './path.js';

/**
 * Every leaf of a document as `[concrete path, typed value]`, in document order. Two snapshots that are
 * equal outside the edited paths prove an edit changed nothing else: no key, value, type or order.
 * Aliases stay unresolved (`*name`), so a leaf is compared where its bytes are.
 */
export function snapshotLeaves(doc: Document.Parsed): [string, string][] {
  const out: [string, string][] = [];
  const walk = (node: unknown, path: string): void => {
    if (isMap(node)) {
      if (node.items.length === 0) out.push([path, '{}']);
      for (const item of node.items) {
        if (!isPair(item)) continue;
        const k = item.key;
        const name = isScalar(k) ? (k.value === null ? (k.source ?? '') : String(k.value)) : String(k);
        walk(item.value, path + formatPath([{ kind: 'key', key: name }]));
      }
    } else if (isSeq(node)) {
      if (node.items.length === 0) out.push([path, '[]']);
      node.items.forEach((item, i) => walk(item, `${path}[${i}]`));
    } else if (isAlias(node)) {
      out.push([path, `*${node.source}`]);
    } else if (isScalar(node)) {
      const v = node.value;
      out.push([path, `${v === null ? 'null' : typeof v}:${v instanceof Date ? v.toISOString() : String(v)}`]);
    } else {
      out.push([path, 'null:null']);
    }
  };
  walk(doc.contents as Node | null, '');
  return out;
}
