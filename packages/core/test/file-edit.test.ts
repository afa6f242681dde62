import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { snapshotTree, tempDir, workspace } from '../../../test/helpers/workspace.js';
import { applyFileEdits, changesTable, editDiff, type FileEdit } from '../src/index.js';

/** An edit of `a.yaml` from `v: 1` to `v: 2`, as an editor returns it. */
const bump: FileEdit = {
  file: 'a.yaml',
  before: 'x: 0\nv: 1\n',
  after: 'x: 0\nv: 2\n',
  edits: [{ start: 8, end: 9, text: '2' }],
  changes: [{ site: '.v', old: '1', new: '2', line: 2 }],
};
const lock: FileEdit = {
  file: 'c/Chart.lock',
  before: null,
  after: 'digest: b\n',
  changes: [{ site: 'digest', old: null, new: 'b' }],
};
const gone: FileEdit = {
  file: 'old.lock',
  before: 'digest: a\n',
  after: null,
  changes: [{ site: 'digest', old: 'a', new: null }],
};
const inPlace: FileEdit = {
  file: 'same.yaml',
  before: 'v: 2\n',
  after: 'v: 2\n',
  edits: [],
  changes: [],
  unchanged: [{ site: '.v', old: '2', new: '2', line: 1 }],
};

const files = {
  'a.yaml': 'x: 0\nv: 1\n',
  'c/Chart.yaml': 'name: c\n',
  'old.lock': 'digest: a\n',
  'same.yaml': 'v: 2\n',
};

describe('applyFileEdits: every planned edit reaches the disk one way', () => {
  it('edits, creates and deletes as one; an edit that changes nothing is left out; the diff is every file in order', () => {
    const ws = workspace(files);
    const applied = applyFileEdits([bump, inPlace, lock, gone], { workspace: ws, dryRun: false });
    expect(applied.changed).toBe(true);
    expect(applied.files.map((f) => f.file)).toEqual(['a.yaml', 'c/Chart.lock', 'old.lock']);
    expect(applied.diff).toBe(
      [
        '--- a/a.yaml',
        '+++ b/a.yaml',
        '@@ -1,2 +1,2 @@',
        ' x: 0',
        '-v: 1',
        '+v: 2',
        '--- /dev/null',
        '+++ b/c/Chart.lock',
        '@@ -0,0 +1,1 @@',
        '+digest: b',
        '--- a/old.lock',
        '+++ /dev/null',
        '@@ -1,1 +0,0 @@',
        '-digest: a',
        '',
      ].join('\n'),
    );
    expect(snapshotTree(ws)).toEqual({
      'a.yaml': 'x: 0\nv: 2\n',
      'c/Chart.yaml': 'name: c\n',
      'c/Chart.lock': 'digest: b\n',
      'same.yaml': 'v: 2\n',
    });
  });

  it('a dry run diffs the same and writes nothing', () => {
    const ws = workspace(files);
    const applied = applyFileEdits([bump, lock, gone], { workspace: ws, dryRun: true });
    expect(applied.changed).toBe(true);
    expect(applied.diff).toBe(editDiff(bump) + editDiff(lock) + editDiff(gone));
    expect(snapshotTree(ws)).toEqual(files);
  });

  it('nothing to change: changed is false, the diff empty', () => {
    const ws = workspace(files);
    expect(applyFileEdits([inPlace], { workspace: ws, dryRun: false })).toEqual({
      files: [],
      changed: false,
      diff: '',
    });
  });

  it('a file outside the workspace or in .git is refused before anything is written, in a dry run too', () => {
    const ws = workspace(files);
    const out = tempDir();
    symlinkSync(out, join(ws, 'out'));
    const outside: FileEdit = { ...lock, file: 'out/Chart.lock' };
    for (const dryRun of [false, true]) {
      expect(() => applyFileEdits([bump, outside], { workspace: ws, dryRun })).toThrow(
        /^refusing to create out\/Chart\.lock: it is outside the workspace /,
      );
      expect(() => applyFileEdits([bump, { ...gone, file: '.git/config' }], { workspace: ws, dryRun })).toThrow(
        'refusing to touch .git/config: it is inside .git',
      );
    }
    expect(snapshotTree(ws)).toEqual(files);
    expect(snapshotTree(out)).toEqual({});
  });

  it('refuses a planned edit that breaks the contract (a bug in its editor): nothing is written', () => {
    const ws = workspace(files);
    const cases: [FileEdit[], string][] = [
      [[bump, bump], 'internal error: the planned edit of a.yaml comes twice; nothing was written'],
      [
        [{ ...bump, edits: [{ start: 8, end: 9, text: '3' }] }],
        'internal error: the planned edit of a.yaml does not give its new text from its byte edits; nothing was written',
      ],
      [
        [{ ...bump, changes: [] }],
        'internal error: the planned edit of a.yaml changes the file but names no change; nothing was written',
      ],
      [
        [{ ...gone, before: null }],
        'internal error: the planned edit of old.lock has no text before nor after; nothing was written',
      ],
    ];
    for (const [edits, message] of cases) {
      expect(() => applyFileEdits(edits, { workspace: ws, dryRun: false })).toThrow(message);
    }
    expect(snapshotTree(ws)).toEqual(files);
  });
});

describe('changesTable: one row per change, the columns an action shows', () => {
  it('file:line, site, old and new; a created value and a removed one in words', () => {
    const columns = [
      ['file', 'file:line'],
      ['site', 'site'],
      ['old', 'old'],
      ['new', 'new'],
    ] as const;
    expect(changesTable([bump, lock, gone], columns)).toBe(
      [
        '| file | site | old | new |',
        '| --- | --- | --- | --- |',
        '| `a.yaml:2` | `.v` | `1` | `2` |',
        '| `c/Chart.lock` | `digest` | *(none)* | `b` |',
        '| `old.lock` | `digest` | `a` | *(removed)* |',
        '',
      ].join('\n'),
    );
  });

  it('old → new with the values already in place, and values that could break the table escaped', () => {
    const pipe: FileEdit = {
      ...bump,
      changes: [{ site: 'a|b', old: null, new: 'x`y\nz', line: 2 }],
    };
    const columns = [
      ['file', 'file'],
      ['image', 'site'],
      ['line', 'line'],
      ['old → new', 'old → new'],
    ] as const;
    expect(changesTable([pipe, inPlace], columns, { created: '*(new entry)*', unchanged: true })).toBe(
      [
        '| file | image | line | old → new |',
        '| --- | --- | --- | --- |',
        '| `a.yaml` | `a\\|b` | 2 | *(new entry)* → ``x`y\\nz`` |',
        '| `same.yaml` | `.v` | 1 | `2` (unchanged) |',
        '',
      ].join('\n'),
    );
    expect(changesTable([pipe, inPlace], columns)).not.toContain('unchanged');
  });
});
