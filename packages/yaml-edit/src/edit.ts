import {
  applyEdits,
  detectEol,
  UserError,
  throwIfAny,
  type Change,
  type InPlaceEdit,
  type TextEdit,
} from '@coco-release/core';
import { sharedAnchorOf } from './anchors.js';
import { commentGap, inlineCommentEdit } from './comment-edit.js';
import { isAlias, isMap, isPair, isScalar, isSeq, Scalar, type Node, type Pair, type YAMLMap } from 'yaml';
import { loadYaml, positionOf, type YamlFile } from './document.js';
import { describeNode, locate } from './locate.js';
import { formatPath, parsePath, type PathSegment } from './path.js';
import { doubleQuoted, isSafePlainString, renderScalar, type RenderedScalar } from './scalar-style.js';
import { snapshotLeaves } from './snapshot.js';

/** One requested assignment: `path` gets `value` (a string; the field's type decides how it is written). */
export interface ScalarSet {
  path: string;
  value: string;
  /** Replace the inline comment after the value (`''` removes it); undefined leaves it alone. */
  comment?: string;
  /** Where the request came from, prefixed to its errors (e.g. `set line 3`). */
  origin?: string;
  /** Edit a value an anchor shares (every alias of it changes too): reported in `shared`, not refused. */
  allowSharedAnchor?: boolean;
}

/**
 * The edit of one YAML file (core's FileEdit): a change per request that changed something, in request order,
 * `site` its canonical path, `old` null for a created key; `unchanged` the requests already satisfied.
 */
export interface YamlEditResult extends InPlaceEdit {
  unchanged: Change[];
  /** Edits of anchored values (allowSharedAnchor): the anchor and every line whose alias the edit reaches. */
  shared: { path: string; anchor: string; aliasLines: number[] }[];
}

export interface EditOptions {
  /** Add missing keys (block mappings only) instead of failing. */
  allowCreate?: boolean;
}

interface Planned {
  set: ScalarSet;
  path: PathSegment[];
  canonical: string;
  concrete: string;
  rendered: RenderedScalar;
  old: string | null;
  created: boolean;
}

/** New keys waiting to be inserted into one existing mapping, nested as they will be written. */
interface CreationTree {
  map: YAMLMap;
  concrete: string;
  children: Map<string, CreationNode>;
}
interface CreationNode {
  leaf?: { rendered: RenderedScalar; comment?: string };
  children: Map<string, CreationNode>;
}

function scalarText(node: Scalar): string {
  return typeof node.value === 'string' ? node.value : (node.source ?? String(node.value));
}

/**
 * Plan and verify scalar edits: locate every path, render every value, build byte-level edits, apply them,
 * re-parse the result and prove that every edited path reads back as intended and every other leaf is
 * unchanged. Any problem with any request throws (all problems at once) and nothing is returned to write.
 */
export function editYaml(f: YamlFile, sets: readonly ScalarSet[], options: EditOptions = {}): YamlEditResult {
  const errors: UserError[] = [];
  const edits: TextEdit[] = [];
  const planned: Planned[] = [];
  const unchanged: Change[] = [];
  const shared: YamlEditResult['shared'] = [];
  const creations = new Map<YAMLMap, CreationTree>();
  const seen = new Map<string, ScalarSet>();
  const eol = detectEol(f.source);
  const prefix = (s: ScalarSet): string => (s.origin ? `${s.origin}: ` : '');
  const fail = (s: ScalarSet, message: string, offset?: number): void => {
    const pos = offset === undefined ? {} : positionOf(f, offset);
    errors.push(new UserError(`${prefix(s)}${message}`, { file: f.file, ...pos }));
  };

  for (const set of sets) {
    let path: PathSegment[];
    try {
      path = parsePath(set.path);
    } catch (e) {
      errors.push(new UserError(`${prefix(set)}${(e as Error).message}`, { file: f.file }));
      continue;
    }
    const canonical = formatPath(path);
    if (/[\r\n]/.test(set.value)) {
      fail(set, `${canonical}: a value must be a single line`);
      continue;
    }
    let loc;
    try {
      loc = locate(f, path, { followAliases: false });
    } catch (e) {
      if (!(e instanceof UserError)) throw e;
      errors.push(new UserError(`${prefix(set)}${e.message}`, e.position));
      continue;
    }

    if (!loc.found) {
      const missing = path[loc.depth] as PathSegment & { kind: 'key' };
      const mapLine = loc.map.range ? positionOf(f, loc.map.range[0]).line : 1;
      if (!options.allowCreate) {
        fail(
          set,
          `${canonical}: no key '${missing.key}' in the mapping at line ${mapLine} (set allow-create to add it)`,
          loc.map.range?.[0],
        );
        continue;
      }
      const rest = path.slice(loc.depth);
      if (rest.some((s) => s.kind !== 'key')) {
        fail(
          set,
          `${canonical}: cannot create ${formatPath(rest)}: only mapping keys can be created, not sequence items`,
          loc.map.range?.[0],
        );
        continue;
      }
      if (loc.inFlow || loc.map.flow) {
        fail(
          set,
          `${canonical}: cannot add a key to the flow mapping at line ${mapLine}; only block mappings can grow`,
          loc.map.range?.[0],
        );
        continue;
      }
      const concrete = loc.concrete + formatPath(rest);
      if (!claim(seen, concrete, set, errors, f, canonical)) continue;
      const rendered = renderScalar(set.value, undefined, 'block');
      const conflict = addCreation(
        creations,
        loc.map,
        loc.concrete,
        rest as { kind: 'key'; key: string }[],
        rendered,
        set.comment,
      );
      if (conflict) {
        fail(set, `${canonical}: conflicts with another created key (${conflict})`);
        continue;
      }
      planned.push({ set, path, canonical, concrete, rendered, old: null, created: true });
      continue;
    }

    const node = loc.node;
    const at: number | undefined = node?.range?.[0] ?? (loc.pair?.key as Node | undefined)?.range?.[0];
    if (isAlias(node)) {
      fail(set, `${canonical} is an alias (*${node.source}); edit the anchored value instead`, at);
      continue;
    }
    if (node !== null && !isScalar(node)) {
      fail(set, `${canonical} is ${describeNode(node)}, not a scalar value; give the path of a value inside it`, at);
      continue;
    }
    const scalar = node as Scalar | null;
    if (scalar && (scalar.type === Scalar.BLOCK_LITERAL || scalar.type === Scalar.BLOCK_FOLDED)) {
      fail(set, `${canonical} is a block scalar (| or >); only plain and quoted values can be set`, at);
      continue;
    }
    if (scalar?.tag) {
      fail(set, `${canonical} has an explicit tag (${scalar.tag}); refusing to guess how to write it`, at);
      continue;
    }
    const anchored = sharedAnchorOf(f, parsePath(loc.concrete || '.'));
    if (anchored && !set.allowSharedAnchor) {
      fail(set, `${canonical} ${anchored.message}`, at);
      continue;
    }
    if (anchored) shared.push({ path: canonical, anchor: anchored.anchor, aliasLines: anchored.aliasLines });
    if (!claim(seen, loc.concrete, set, errors, f, canonical)) continue;
    if (!scalar || !scalar.range) {
      fail(set, `${canonical} has no value to replace`, at);
      continue;
    }
    const empty = scalar.source === '' && scalar.range[0] === scalar.range[1];
    let [start, end] = scalar.range;
    if (empty) {
      const spot = emptyValueSpot(f, loc.pair, parentSeqItem(f, parsePath(loc.concrete || '.')));
      if (spot === undefined) {
        fail(set, `${canonical} is an empty value with no key or item indicator to write after`, start);
        continue;
      }
      [start, end] = spot;
    }
    const oldText = scalarText(scalar);
    const rendered = renderScalar(set.value, empty ? undefined : scalar, loc.inFlow ? 'flow' : 'block');
    const sameValue = !empty && Object.is(scalar.value, rendered.expected);
    const commentEdit =
      set.comment === undefined ? undefined : inlineCommentEdit(f.source, end, set.comment, commentGap(f.source));
    if (commentEdit instanceof UserError) {
      fail(set, `${canonical}: ${commentEdit.message}`, start);
      continue;
    }
    if (sameValue && !commentEdit) {
      unchanged.push({ site: canonical, old: set.value, new: set.value, line: positionOf(f, start).line });
      continue;
    }
    if (!sameValue) edits.push({ start, end, text: empty ? ` ${rendered.source}` : rendered.source });
    if (commentEdit) edits.push(commentEdit);
    planned.push({
      set,
      path,
      canonical,
      concrete: loc.concrete,
      rendered,
      old: scalar.value === null ? '' : oldText,
      created: false,
    });
  }
  throwIfAny(errors);

  for (const tree of creations.values()) edits.push(creationEdit(f, tree, eol));

  const after = applyEdits(f.source, edits);
  const changes = verify(f, after, planned);
  return { file: f.file, before: f.source, after, edits, changes, unchanged, shared };
}

/** Two requests may not reach the same value (directly or through different selectors). */
function claim(
  seen: Map<string, ScalarSet>,
  concrete: string,
  set: ScalarSet,
  errors: UserError[],
  f: YamlFile,
  canonical: string,
): boolean {
  const earlier = seen.get(concrete);
  if (earlier) {
    const who = earlier.origin ? ` (${earlier.origin})` : '';
    errors.push(
      new UserError(
        `${set.origin ? `${set.origin}: ` : ''}${canonical} is set twice: an earlier request${who} already sets ${concrete}`,
        { file: f.file },
      ),
    );
    return false;
  }
  seen.set(concrete, set);
  return true;
}

function addCreation(
  creations: Map<YAMLMap, CreationTree>,
  map: YAMLMap,
  concrete: string,
  keys: { key: string }[],
  rendered: RenderedScalar,
  comment: string | undefined,
): string | undefined {
  let tree = creations.get(map);
  if (!tree) creations.set(map, (tree = { map, concrete, children: new Map() }));
  let level = tree.children;
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i]!.key;
    let node = level.get(k);
    if (!node) level.set(k, (node = { children: new Map() }));
    const last = i === keys.length - 1;
    if (last && (node.leaf || node.children.size > 0))
      return `${concrete}${formatPath(keys.slice(0, i + 1).map((x) => ({ kind: 'key', key: x.key })))} is both a value and a mapping`;
    if (!last && node.leaf)
      return `${concrete}${formatPath(keys.slice(0, i + 1).map((x) => ({ kind: 'key', key: x.key })))} is both a value and a mapping`;
    if (last) node.leaf = comment === undefined ? { rendered } : { rendered, comment };
    level = node.children;
  }
  return undefined;
}

function renderKey(key: string): string {
  return key !== '<<' && isSafePlainString(key, 'block') && !key.includes(': ') ? key : doubleQuoted(key);
}

/** Indentation step of the document: how far its first nested block mapping is indented. */
function indentStep(f: YamlFile): number {
  const root = f.doc.contents;
  if (!isMap(root)) return 2;
  for (const item of root.items) {
    if (!isPair(item) || !isMap(item.value) || item.value.flow || item.value.items.length === 0) continue;
    const inner = (item.value.items[0]!.key as Node).range?.[0];
    const outer = (item.key as Node).range?.[0];
    if (inner === undefined || outer === undefined) continue;
    const step = positionOf(f, inner).col - positionOf(f, outer).col;
    if (step > 0) return step;
  }
  return 2;
}

/** All keys created in one mapping, written as one block after its last entry, in its indentation. */
function creationEdit(f: YamlFile, tree: CreationTree, eol: string): TextEdit {
  const { map } = tree;
  const last = map.items[map.items.length - 1];
  if (!last || !isPair(last))
    throw new UserError(`cannot add keys to the empty mapping at ${tree.concrete || '.'}`, { file: f.file });
  const firstKey = (map.items[0] as { key: Node }).key;
  const indent = positionOf(f, firstKey.range![0]).col - 1;
  const step = indentStep(f);
  const lines: string[] = [];
  const write = (children: Map<string, CreationNode>, depth: number): void => {
    for (const [key, node] of children) {
      const pad = ' '.repeat(indent + depth * step);
      if (node.leaf) {
        const comment = node.leaf.comment ? ` # ${node.leaf.comment}` : '';
        lines.push(`${pad}${renderKey(key)}: ${node.leaf.rendered.source}${comment}`);
      } else {
        lines.push(`${pad}${renderKey(key)}:`);
        write(node.children, depth + 1);
      }
    }
  };
  write(tree.children, 0);
  const lastNode = ((last.value as Node | null) ?? (last.key as Node)) as Node;
  let at = lastNode.range![1];
  const src = f.source;
  if (src[at - 1] !== '\n') {
    const nl = src.indexOf('\n', at);
    at = nl === -1 ? src.length : nl + 1;
  }
  const block = lines.map((l) => l + eol).join('');
  return at === src.length && !src.endsWith('\n')
    ? { start: at, end: at, text: eol + block.slice(0, -eol.length) }
    : { start: at, end: at, text: block };
}

/** Re-parse the edited text and prove the edit did exactly what was asked; otherwise refuse (a bug, not a user error). */
function verify(f: YamlFile, text: string, planned: readonly Planned[]): Change[] {
  let after: YamlFile;
  try {
    after = loadYaml(text, f.file);
  } catch (e) {
    throw new Error(
      `internal error: the edit of ${f.file} produced unparsable YAML (${(e as Error).message}); nothing was written`,
      { cause: e },
    );
  }
  const changes: Change[] = [];
  for (const p of planned) {
    // By the concrete path (indices, not selectors): an edit may change the very value a selector matched.
    const loc = locate(after, parsePath(p.concrete), { followAliases: false });
    const node = loc.found ? loc.node : null;
    if (!isScalar(node) || !Object.is(node.value, p.rendered.expected)) {
      throw new Error(
        `internal error: ${p.canonical} in ${f.file} would read back as ${isScalar(node) ? JSON.stringify(node.value) : describeNode(node)}, not ${JSON.stringify(p.rendered.expected)}; nothing was written`,
      );
    }
    changes.push({ site: p.canonical, old: p.old, new: p.set.value, line: positionOf(after, node.range![0]).line });
  }
  const edited = new Set(planned.filter((p) => !p.created).map((p) => p.concrete));
  const created = planned.filter((p) => p.created).map((p) => p.concrete);
  const keep =
    (isNew: boolean) =>
    ([path]: [string, string]): boolean =>
      !edited.has(path) &&
      !(isNew && created.some((c) => path === c || c.startsWith(path + '.') || path.startsWith(c + '.')));
  const before = snapshotLeaves(f.doc).filter(keep(false));
  const now = snapshotLeaves(after.doc).filter(keep(true));
  const n = Math.max(before.length, now.length);
  for (let i = 0; i < n; i++) {
    const b = before[i];
    const a = now[i];
    if (!b || !a || b[0] !== a[0] || b[1] !== a[1]) {
      throw new Error(
        `internal error: editing ${f.file} would also change ${(b ?? a)![0] || '.'} (${b?.[1]} -> ${a?.[1]}); nothing was written`,
      );
    }
  }
  return changes;
}

/** The block sequence and item index an index path ends in, for an empty item (`- ` with nothing after). */
function parentSeqItem(f: YamlFile, concrete: PathSegment[]): { seq: Node; index: number } | undefined {
  const last = concrete[concrete.length - 1];
  if (last?.kind !== 'index') return undefined;
  const loc = locate(f, concrete.slice(0, -1), { followAliases: false });
  return loc.found && isSeq(loc.node) ? { seq: loc.node, index: last.index } : undefined;
}

/**
 * Where a value goes in place of an empty one (`key:`, `key: &anchor`, `- `), which has no bytes of its own
 * (the parser may even place it after a comment on the next line): after the indicator and any anchor or
 * tag that follows it. Trailing blanks up to the end of the line are replaced, so none is left behind.
 */
function emptyValueSpot(
  f: YamlFile,
  pair: Pair | undefined,
  item: { seq: Node; index: number } | undefined,
): [number, number] | undefined {
  const src = f.source;
  let at: number;
  if (pair) {
    const keyEnd = (pair.key as Node | undefined)?.range?.[1];
    const colon = keyEnd === undefined ? -1 : src.indexOf(':', keyEnd);
    if (colon === -1) return undefined;
    at = colon + 1;
  } else if (item) {
    const token = (item.seq as { srcToken?: { items?: { start: { type: string; offset: number }[] }[] } }).srcToken;
    const dash = token?.items?.[item.index]?.start.find((t) => t.type === 'seq-item-ind');
    if (!dash) return undefined;
    at = dash.offset + 1;
  } else return undefined;
  const blanks = /[ \t]*/y;
  const property = /[&!][^\s,[\]{}]*/y;
  for (;;) {
    blanks.lastIndex = at;
    blanks.exec(src);
    property.lastIndex = blanks.lastIndex;
    if (!property.exec(src)) break;
    at = property.lastIndex;
  }
  blanks.lastIndex = at;
  blanks.exec(src);
  const next = src[blanks.lastIndex];
  const atEol = next === undefined || next === '\n' || next === '\r';
  return [at, atEol ? blanks.lastIndex : at];
}
