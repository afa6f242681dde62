import { applyEdits, LineIndex, sortEdits, type TextEdit } from './text-edit.js';

/** One changed region, in whole lines: old lines `[oldStart, oldStart + removed.length)` became `added`. */
interface Piece {
  oldStart: number; // 0-based line
  removed: string[];
  added: string[];
}

const CONTEXT = 3;

/** A line without its line break (and the CR of a CRLF). */
function bare(line: string): string {
  return line.endsWith('\r') ? line.slice(0, -1) : line;
}

function splitLines(text: string): string[] {
  const lines = text.split('\n');
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return text.includes('\r') ? lines.map(bare) : lines;
}

/**
 * A unified diff (`git diff` style, 3 lines of context) built from the edits themselves rather than by
 * comparing texts: O(size of the file) however large it is, and it shows exactly the lines we touched.
 */
export function unifiedDiff(file: string, source: string, edits: readonly TextEdit[]): string {
  if (edits.length === 0) return '';
  if (edits.length === 1) {
    const one = oneLineDiff(file, source, edits[0]!);
    if (one !== undefined) return one;
  }
  const index = new LineIndex(source);
  // Old lines are read one at a time, and only for context: splitting the whole file would make a one-line
  // pin pay for every line of every file it touches. Line n (0-based) as splitLines() would give it.
  const oldLineCount = source === '' ? 0 : index.lineCount - (source.endsWith('\n') ? 1 : 0);
  const oldLine = (n: number): string => {
    let end = n + 1 < index.lineCount ? index.lineStart(n + 2) - 1 : source.length;
    if (source[end - 1] === '\r') end--;
    return source.slice(index.lineStart(n + 1), end);
  };

  // Group edits by the whole lines they touch: [first, end) in 0-based lines. A pure insertion at the start
  // of a line touches no old line (an empty range), so it shows as added lines only.
  const groups: { first: number; end: number; edits: TextEdit[] }[] = [];
  for (const e of sortEdits(edits)) {
    const first = index.line(e.start) - 1;
    const insertion =
      e.start === e.end &&
      (e.start === 0 || source[e.start - 1] === '\n') &&
      e.start < source.length &&
      e.text.endsWith('\n');
    const end = insertion ? first : index.line(Math.max(e.start, e.end - 1));
    const g = groups[groups.length - 1];
    // Adjacent groups merge, so consecutive changed lines show as one block (`--++`), as git does.
    if (g && first <= g.end) {
      g.end = Math.max(g.end, end);
      g.edits.push(e);
    } else groups.push({ first, end, edits: [e] });
  }

  const pieces: Piece[] = groups.map((g) => {
    const segStart = index.lineStart(g.first + 1);
    const segEnd = g.end < index.lineCount ? index.lineStart(g.end + 1) : source.length;
    const segment = source.slice(segStart, segEnd);
    const shifted = g.edits.map((e) => ({ start: e.start - segStart, end: e.end - segStart, text: e.text }));
    return {
      oldStart: g.first,
      removed: splitLines(segment),
      added: splitLines(applyEdits(segment, shifted)),
    };
  });

  const out = [`--- a/${file}`, `+++ b/${file}`];
  let delta = 0; // new line number minus old line number before the current hunk
  let i = 0;
  while (i < pieces.length) {
    let j = i;
    while (j + 1 < pieces.length) {
      const cur = pieces[j]!;
      const next = pieces[j + 1]!;
      if (next.oldStart - (cur.oldStart + cur.removed.length) > 2 * CONTEXT) break;
      j++;
    }
    const firstPiece = pieces[i]!;
    const lastPiece = pieces[j]!;
    const hunkStart = Math.max(0, firstPiece.oldStart - CONTEXT);
    const hunkEnd = Math.min(oldLineCount, lastPiece.oldStart + lastPiece.removed.length + CONTEXT);
    const body: string[] = [];
    let oldCount = 0;
    let newCount = 0;
    let line = hunkStart;
    let hunkDelta = 0;
    for (let k = i; k <= j; k++) {
      const p = pieces[k]!;
      for (; line < p.oldStart; line++, oldCount++, newCount++) body.push(` ${oldLine(line)}`);
      for (const r of p.removed) body.push(`-${r}`);
      for (const a of p.added) body.push(`+${a}`);
      oldCount += p.removed.length;
      newCount += p.added.length;
      hunkDelta += p.added.length - p.removed.length;
      line = p.oldStart + p.removed.length;
    }
    for (; line < hunkEnd; line++, oldCount++, newCount++) body.push(` ${oldLine(line)}`);
    const oldRange = `${oldCount === 0 ? hunkStart : hunkStart + 1},${oldCount}`;
    const newFirst = hunkStart + delta;
    const newRange = `${newCount === 0 ? newFirst : newFirst + 1},${newCount}`;
    out.push(`@@ -${oldRange} +${newRange} @@`, ...body);
    delta += hunkDelta;
    i = j + 1;
  }
  return out.join('\n') + '\n';
}

/**
 * The usual case, a value replaced within one line (a pin, a bump), found with a few native searches
 * instead of a table of every line: the same bytes as the general path below, which handles the rest.
 */
function oneLineDiff(file: string, source: string, e: TextEdit): string | undefined {
  if (e.start >= e.end || e.text.includes('\n') || e.text.includes('\r')) return undefined;
  const nl = source.indexOf('\n', e.start);
  if (nl !== -1 && nl < e.end) return undefined; // the edit spans lines
  const lineStart = e.start === 0 ? 0 : source.lastIndexOf('\n', e.start - 1) + 1;
  const lineEnd = nl === -1 ? source.length : nl;
  const changed = source.slice(lineStart, e.start) + e.text + source.slice(e.end, lineEnd);
  // A last line without a line break that the edit empties is no line at all: the general path says so.
  if (nl === -1 && changed === '') return undefined;
  const line = lineStart === 0 ? 0 : source.slice(0, lineStart).split('\n').length - 1; // 0-based
  const before: string[] = [];
  for (let end = lineStart - 1; before.length < CONTEXT && end >= 0;) {
    const start = end === 0 ? 0 : source.lastIndexOf('\n', end - 1) + 1;
    before.unshift(` ${bare(source.slice(start, end))}`);
    end = start - 1;
  }
  const after: string[] = [];
  for (let pos = lineEnd + 1; after.length < CONTEXT && pos < source.length;) {
    const next = source.indexOf('\n', pos);
    const end = next === -1 ? source.length : next;
    after.push(` ${bare(source.slice(pos, end))}`);
    pos = end + 1;
  }
  const first = line - before.length + 1;
  const count = before.length + 1 + after.length;
  return (
    [
      `--- a/${file}`,
      `+++ b/${file}`,
      `@@ -${first},${count} +${first},${count} @@`,
      ...before,
      `-${bare(source.slice(lineStart, lineEnd))}`,
      `+${bare(changed)}`,
      ...after,
    ].join('\n') + '\n'
  );
}

/**
 * Edits that turn `before` into `after` line by line (a longest common subsequence of lines), so that a
 * regenerated Chart.lock diffs as the lines that changed rather than as a whole new file. Lock files have a
 * dozen lines; the quadratic table is nothing.
 */
export function lineEdits(before: string, after: string): TextEdit[] {
  const a = splitKeep(before);
  const b = splitKeep(after);
  const n = a.length;
  const m = b.length;
  const lcs: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--)
      lcs[i]![j] = a[i] === b[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
  const edits: TextEdit[] = [];
  let offset = 0;
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && a[i] === b[j]) {
      offset += a[i]!.length;
      i++;
      j++;
      continue;
    }
    const start = offset;
    let text = '';
    while ((i < n || j < m) && !(i < n && j < m && a[i] === b[j])) {
      if (j < m && (i === n || lcs[i]![j + 1]! >= lcs[i + 1]![j]!)) text += b[j++];
      else offset += a[i++]!.length;
    }
    edits.push({ start, end: offset, text });
  }
  return edits;
}

/** Lines with their line breaks, so that joining them gives the text back. */
function splitKeep(text: string): string[] {
  return text === '' ? [] : (text.match(/[^\n]*\n|[^\n]+$/g) ?? []);
}

/** A git-style diff of a whole file's change, with /dev/null for a file created or deleted. */
export function fileDiff(file: string, before: string | null, after: string | null): string {
  const diff = unifiedDiff(file, before ?? '', lineEdits(before ?? '', after ?? ''));
  if (diff === '') return '';
  if (before === null) return diff.replace(`--- a/${file}\n`, '--- /dev/null\n');
  if (after === null) return diff.replace(`+++ b/${file}\n`, '+++ /dev/null\n');
  return diff;
}
