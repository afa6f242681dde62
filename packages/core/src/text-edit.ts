/** A replacement of the bytes `[start, end)` of a text by `text`: the unit every byte-exact edit is made of. */
export interface TextEdit {
  start: number;
  end: number;
  text: string;
}

/**
 * Apply non-overlapping edits. Overlap is a bug in the caller (two edits of the same bytes), so it throws.
 * Edits at the same insertion point (start === end) keep their given order.
 */
export function applyEdits(source: string, edits: readonly TextEdit[]): string {
  if (edits.length === 1) return source.slice(0, edits[0]!.start) + edits[0]!.text + source.slice(edits[0]!.end);
  const sorted = sortEdits(edits);
  let out = '';
  let pos = 0;
  for (const e of sorted) {
    if (e.start < pos) throw new Error(`overlapping edits at offset ${e.start}`);
    out += source.slice(pos, e.start) + e.text;
    pos = e.end;
  }
  return out + source.slice(pos);
}

export function sortEdits(edits: readonly TextEdit[]): TextEdit[] {
  if (edits.length < 2) return [...edits];
  return edits
    .map((e, i) => ({ e, i }))
    .sort((a, b) => a.e.start - b.e.start || a.e.end - b.e.end || a.i - b.i)
    .map((x) => x.e);
}

/** The line ending a file already uses: new lines we add must match it (CRLF files stay CRLF). */
export function detectEol(source: string): '\n' | '\r\n' {
  const i = source.indexOf('\n');
  return i > 0 && source[i - 1] === '\r' ? '\r\n' : '\n';
}

/** Offset -> 1-based line and column, by binary search over line starts. */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(source: string) {
    for (let i = source.indexOf('\n'); i !== -1; i = source.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }

  position(offset: number): { line: number; col: number } {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.starts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, col: offset - (this.starts[lo] ?? 0) + 1 };
  }

  line(offset: number): number {
    return this.position(offset).line;
  }

  lineStart(line: number): number {
    return this.starts[line - 1] ?? 0;
  }

  get lineCount(): number {
    return this.starts.length;
  }
}
