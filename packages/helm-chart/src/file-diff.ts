import { unifiedDiff, type TextEdit } from '@coco-release/core';

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
