import { applyEdits, LineIndex, type TextEdit } from '@coco-release/core';
import { inlineCommentEdit } from './comment-edit.js';
import type { ScalarChange, ScalarSet, YamlEditResult } from './edit.js';
import { buildFastIndex, sameOutside, type FastNode } from './fast-index.js';
import { fastLookup } from './fast-lookup.js';
import { formatPath, parsePath, type PathSegment } from './path.js';
import { renderScalar, type RenderedScalar } from './scalar-style.js';

/**
 * editYaml() for the common case, without a YAML parser: every path names an existing plain or quoted
 * scalar (or an empty value) of a block-style document the fast index understands. Same edits, same
 * quoting, same result, verified the same way (the new text is indexed again: every edited path must
 * read back as intended and every other leaf must be unchanged).
 *
 * Undefined means "not the common case": a path that does not resolve cleanly, a key to create, a block
 * scalar, a document the index gives up on, or a verification that does not hold. The caller then runs
 * the full parser, which either does the edit or reports the exact error. So this path can only ever
 * make things faster, never different.
 */
export function tryFastEdit(source: string, file: string, sets: readonly ScalarSet[]): YamlEditResult | undefined {
  const root = buildFastIndex(source);
  if (!root) return undefined;
  const lines = new LineIndex(source);
  const edits: TextEdit[] = [];
  const planned: {
    set: ScalarSet;
    path: PathSegment[];
    canonical: string;
    node: FastNode;
    rendered: RenderedScalar;
    old: string;
  }[] = [];
  const unchanged: YamlEditResult['unchanged'] = [];
  const seen = new Set<string>();

  for (const set of sets) {
    let path: PathSegment[];
    try {
      path = parsePath(set.path);
    } catch {
      return undefined;
    }
    if (/[\r\n]/.test(set.value)) return undefined;
    const hit = fastLookup(root, path);
    if (!hit || seen.has(hit.concrete)) return undefined;
    seen.add(hit.concrete);
    const canonical = formatPath(path);
    const node: FastNode = hit.node;
    if (node.kind === 'empty') {
      const rendered = renderScalar(set.value, undefined, 'block');
      const comment = set.comment === undefined ? undefined : inlineCommentEdit(source, node.at, set.comment);
      if (comment && !('start' in comment)) return undefined;
      edits.push({ start: node.at, end: node.at, text: ` ${rendered.source}` });
      if (comment) edits.push(comment);
      planned.push({ set, path, canonical, node, rendered, old: '' });
    } else if (node.kind === 'scalar') {
      // Flow collections are opaque to the index, so every scalar it finds is in block context.
      const rendered = renderScalar(set.value, { type: node.type, value: node.value }, 'block');
      const raw = source.slice(node.start, node.end);
      const same = Object.is(node.value, rendered.expected);
      const comment = set.comment === undefined ? undefined : inlineCommentEdit(source, node.end, set.comment);
      if (comment && !('start' in comment)) return undefined;
      if (same && !comment) {
        unchanged.push({ path: canonical, value: set.value, line: lines.line(node.start) });
        continue;
      }
      if (!same) edits.push({ start: node.start, end: node.end, text: rendered.source });
      if (comment) edits.push(comment);
      const old = node.value === null ? '' : typeof node.value === 'string' ? node.value : raw;
      planned.push({ set, path, canonical, node, rendered, old });
    } else {
      return undefined;
    }
  }

  const text = applyEdits(source, edits);
  if (edits.length === 0) return { file, source, text, edits, changes: [], unchanged };
  const after = buildFastIndex(text);
  if (!after) return undefined;
  const newLines = new LineIndex(text);
  const changes: ScalarChange[] = [];
  for (const p of planned) {
    const hit = fastLookup(after, p.path);
    if (!hit || hit.node.kind !== 'scalar' || !Object.is(hit.node.value, p.rendered.expected)) return undefined;
    changes.push({ path: p.canonical, old: p.old, new: p.set.value, line: newLines.line(hit.node.start) });
  }
  if (!sameOutside(root, source, after, text, new Set(planned.map((p) => p.node)))) return undefined;
  return { file, source, text, edits, changes, unchanged };
}
