import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rng } from '../../../test/helpers/random.js';
import { loopRuns } from '../../../test/helpers/runs.js';
import { real } from '../../../test/helpers/paths.js';
import { tempDir } from '../../../test/helpers/workspace.js';
import { applyEdits, unifiedDiff, type TextEdit } from '../src/index.js';

/** git's own unified diff of two texts, with its header lines normalised to ours. */
function gitDiff(file: string, before: string, after: string): string {
  const dir = tempDir();
  writeFileSync(join(dir, 'a'), before);
  writeFileSync(join(dir, 'b'), after);
  let out = '';
  try {
    execFileSync('git', ['diff', '--no-index', '--no-color', '-U3', 'a', 'b'], { cwd: dir, encoding: 'utf8' });
  } catch (e) {
    out = (e as { stdout: string }).stdout;
  }
  const body = out.split('\n').slice(4).join('\n');
  return `--- a/${file}\n+++ b/${file}\n${body}`.replace(/ @@ .*$/gm, ' @@');
}

describe('unifiedDiff', () => {
  it('is empty when nothing changed', () => {
    expect(unifiedDiff('f', 'a\n', [])).toBe('');
  });

  it('matches git diff for random line-local edits of a real file', () => {
    const source = real('kata-containers/kata-containers/versions.yaml');
    const lines = source.split('\n');
    const starts: number[] = [];
    let offset = 0;
    for (const l of lines) {
      starts.push(offset);
      offset += l.length + 1;
    }
    const r = rng(42);
    // A git process per run: a tenth of the loop in `npm test`, all of it in `npm run fuzz`.
    for (let run = 0; run < loopRuns(60); run++) {
      // Replace the tail of a few random lines, sometimes inserting a whole new line before one.
      const picked = [...new Set(Array.from({ length: 1 + r.int(4) }, () => r.int(lines.length - 1)))].sort(
        (a, b) => a - b,
      );
      const edits: TextEdit[] = picked.map((i) => {
        const line = lines[i]!;
        const cut = r.int(line.length + 1);
        if (r.bool(0.2)) return { start: starts[i]!, end: starts[i]!, text: `inserted ${run}\n` };
        return { start: starts[i]! + cut, end: starts[i]! + line.length, text: `edited-${run}-${i}` };
      });
      const after = applyEdits(source, edits);
      if (after === source) continue;
      expect(unifiedDiff('versions.yaml', source, edits)).toBe(gitDiff('versions.yaml', source, after));
    }
  });

  it('groups edits of adjacent lines as git does', () => {
    const source = 'a\nb\nc\nd\n';
    const edits = [
      { start: 2, end: 3, text: 'B' },
      { start: 4, end: 5, text: 'C' },
    ];
    expect(unifiedDiff('f', source, edits)).toBe(gitDiff('f', source, applyEdits(source, edits)));
    expect(unifiedDiff('f', source, edits)).toBe('--- a/f\n+++ b/f\n@@ -1,4 +1,4 @@\n a\n-b\n-c\n+B\n+C\n d\n');
  });

  it('shows an insertion at the end of a file without a trailing newline', () => {
    const diff = unifiedDiff('f', 'a: 1', [{ start: 4, end: 4, text: '\nb: 2' }]);
    expect(diff).toBe('--- a/f\n+++ b/f\n@@ -1,1 +1,2 @@\n-a: 1\n+a: 1\n+b: 2\n');
  });

  it('reads context lines without their CR, up to a last line with no newline', () => {
    const diff = unifiedDiff('f', 'a: 1\r\nb: 2\r\nc: 3\r\nd: 4', [{ start: 9, end: 10, text: '9' }]);
    expect(diff).toBe('--- a/f\n+++ b/f\n@@ -1,4 +1,4 @@\n a: 1\n-b: 2\n+b: 9\n c: 3\n d: 4\n');
  });
});
