import { isMap, isPair, isScalar, isSeq, visit, type Node } from 'yaml';
import { positionOf, type YamlFile } from './document.js';
import { describeNode, keyMatches } from './locate.js';
import type { PathSegment } from './path.js';

/**
 * The one rule for anchors: an edit changes exactly one place. A value that carries an anchor, or lies
 * inside a collection that carries one, is shared with every alias of that anchor (`*base`, and merge
 * keys `<<: *base`), so editing it would also change those places: it is refused. An anchor that no
 * alias uses shares nothing, and a value under it is edited as any other.
 */
export function sharedAnchor(f: YamlFile, concrete: readonly PathSegment[]): string | undefined {
  return sharedAnchorOf(f, concrete)?.message;
}

/** A value an anchor shares: the anchor, the lines of its aliases, and the sentence that says so. */
export interface SharedAnchor {
  anchor: string;
  aliasLines: number[];
  message: string;
}

/** The innermost anchor an edit at `concrete` would change through its aliases, if any. */
export function sharedAnchorOf(f: YamlFile, concrete: readonly PathSegment[]): SharedAnchor | undefined {
  const aliases = aliasLines(f);
  if (aliases.size === 0) return undefined;
  let node: unknown = f.doc.contents;
  const along: Node[] = [];
  for (const seg of concrete) {
    if (isMap(node) || isSeq(node)) along.push(node);
    if (seg.kind === 'key' && isMap(node)) {
      node = node.items.find((p) => isPair(p) && keyMatches(p.key, seg.key))?.value;
    } else if (seg.kind === 'index' && isSeq(node)) {
      node = node.items[seg.index];
    } else return undefined;
  }
  if (isScalar(node)) along.push(node);
  // The innermost anchor is the one to name: it is the closest thing the user can see being shared.
  for (const n of along.reverse()) {
    const anchor = (n as { anchor?: string }).anchor;
    const uses = anchor === undefined ? undefined : aliases.get(anchor);
    if (!anchor || !uses) continue;
    const line = n.range ? positionOf(f, n.range[0]).line : 1;
    const what = n === node ? 'carries' : `lies inside ${describeNode(n)} (line ${line}) that carries`;
    const where = uses.length === 1 ? `line ${uses[0]}` : `lines ${uses.join(', ')}`;
    return {
      anchor,
      aliasLines: uses,
      message: `${what} the anchor &${anchor}, which *${anchor} reuses at ${where}; editing it would change that place too (an edit changes exactly one place; allow-shared-anchor: true edits it anyway)`,
    };
  }
  return undefined;
}

/** Anchor name -> the lines of its aliases; once per file, for every edit of it. */
function aliasLines(f: YamlFile): Map<string, number[]> {
  const cached = aliasesOf.get(f);
  if (cached) return cached;
  const out = new Map<string, number[]>();
  aliasesOf.set(f, out);
  // Every alias starts with `*`: a file without one has none, and a large file is not walked for nothing.
  if (!f.source.includes('*')) return out;
  visit(f.doc, {
    Alias(_, node) {
      const line = node.range ? positionOf(f, node.range[0]).line : 1;
      const lines = out.get(node.source);
      if (lines) lines.push(line);
      else out.set(node.source, [line]);
    },
  });
  return out;
}

const aliasesOf = new WeakMap<YamlFile, Map<string, number[]>>();
