import { isMap, isScalar, isSeq, type CST, type Document, type Node, type Pair, type YAMLMap } from 'yaml';

/** The message and position the `yaml` package gives a duplicate key (its DUPLICATE_KEY error). */
export const DUPLICATE_KEY = 'Map keys must be unique';

/**
 * The `yaml` package checks each key against every earlier key of its mapping (`uniqueKeys`, a linear
 * scan per key): O(n²) in a mapping's size, minutes for a 5 MB file. Documents are therefore composed with
 * `uniqueKeys: false` and checked here once, with a Map per mapping: linear. The rule is yaml's own (two
 * scalar keys are equal when their values are `===`, so `1` and `0x1` collide, `.nan` never does; other
 * keys only when they are the same node), the offsets are the ones its composer reports (where the key
 * starts, after its properties, counted as the composer counts them), and the order is the composer's
 * (a block mapping's key is checked before its value is composed, a flow mapping's after).
 * Returns the offsets of the duplicate keys, in that order.
 */
export function duplicateKeyOffsets(doc: Document.Parsed): number[] {
  const found: number[] = [];
  const walk = (node: unknown): void => {
    if (isMap(node)) mapping(node);
    else if (isSeq(node)) for (const item of node.items) walk(item);
  };
  const mapping = (map: YAMLMap): void => {
    const seen = new Map<unknown, true>();
    const starts = keyStarts(map);
    const flow = map.srcToken?.type === 'flow-collection';
    map.items.forEach((pair, i) => {
      walk(pair.key);
      if (flow) walk(pair.value);
      const key = pair.key as Node | null;
      if (isScalar(key) && !(typeof key.value === 'number' && Number.isNaN(key.value))) {
        if (seen.has(key.value)) found.push(starts[i] ?? key.range?.[0] ?? 0);
        else seen.set(key.value, true);
      }
      if (!flow) walk(pair.value);
    });
  };
  walk(doc.contents);
  return found;
}

/** Where the composer says each key of a mapping starts (resolve-block-map.js, resolve-flow-collection.js). */
function keyStarts(map: YAMLMap): (number | undefined)[] {
  const token = map.srcToken as CST.BlockMap | CST.FlowCollection | undefined;
  const pairs = map.items as Pair[];
  if (!token || pairs.length < 2) return [];
  const out: (number | undefined)[] = [];
  if (token.type === 'block-map') {
    let offset = token.offset;
    for (const pair of pairs) {
      const item = pair.srcToken;
      if (!item) return [];
      out.push(endOf(item.start) ?? offset);
      offset = afterPair(pair, item, offset);
    }
    return out;
  }
  let offset = token.offset + token.start.source.length;
  let i = 0;
  for (const item of token.items) {
    const pair = pairs[i];
    const propsEnd = endOf(item.start) ?? offset;
    if (!pair || pair.srcToken !== item) {
      // An empty item (`{a, , b}`) makes no pair; the composer moves past it.
      offset = propsEnd;
      continue;
    }
    out.push(propsEnd);
    offset = afterPair(pair, item, offset);
    i++;
  }
  return out;
}

/** Where the composer's running offset is after a pair: the end of its value, else of its `:` and blanks. */
function afterPair(pair: Pair, item: CST.CollectionItem, offset: number): number {
  const value = pair.value as Node | null | undefined;
  if (value) return value.range?.[2] ?? offset;
  return endOf(item.sep) ?? (pair.key as Node | null)?.range?.[2] ?? offset;
}

function endOf(tokens: readonly CST.SourceToken[] | undefined): number | undefined {
  const last = tokens?.[tokens.length - 1];
  return last ? last.offset + last.source.length : undefined;
}
