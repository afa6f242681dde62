import { describe, expect, it } from 'vitest';
import type { FileEdit } from '@coco-release/core';
import type { ActionContext } from '../../src/action.js';
import { writeEdits } from '../../src/edits.js';
import { snapshotTree, workspace } from '../helpers/workspace.js';

/** A context that records what the pipeline logs, in order. */
function recording(ws: string): { ctx: ActionContext; log: string[] } {
  const log: string[] = [];
  const ctx: ActionContext = {
    workspace: ws,
    env: {},
    info: (m) => log.push(m),
    warning: (m) => log.push(`warning: ${m}`),
    error: (m) => log.push(`error: ${m}`),
    secret: () => {},
  };
  return { ctx, log };
}

const edit: FileEdit = {
  file: 'k/kustomization.yaml',
  before: 'images:\n- name: a\n',
  after: 'images:\n- name: a\n  newTag: v1\n',
  edits: [{ start: 18, end: 18, text: '  newTag: v1\n' }],
  changes: [{ site: 'a', old: null, new: 'a:v1', line: 2 }],
  unchanged: [{ site: 'b', old: 'b:v1', new: 'b:v1', line: 3 }],
};
const lock: FileEdit = {
  file: 'old.lock',
  before: 'digest: x\n',
  after: null,
  changes: [{ site: 'digest', old: 'x', new: null }],
};
const files = { 'k/kustomization.yaml': 'images:\n- name: a\n', 'old.lock': 'digest: x\n' };

describe('writeEdits: the write path of every action that edits files', () => {
  it('one line per change and per value in place, then the notes, the warnings and what a dry run left', () => {
    const ws = workspace(files);
    const { ctx, log } = recording(ws);
    const run = writeEdits(ctx, [edit, lock], {
      dryRun: true,
      created: '(new entry)',
      notes: ['x: excluded'],
      warnings: ['stale'],
      nothingToChange: 'never shown',
    });
    expect(log).toEqual([
      'k/kustomization.yaml:2: a: (new entry) -> a:v1',
      'k/kustomization.yaml:3: b is already b:v1',
      'old.lock: digest: x -> (removed)',
      'x: excluded',
      'warning: stale',
      'dry run: 2 file(s) were not written',
    ]);
    expect(run.changed).toBe(true);
    expect(run.changedFiles).toBe('["k/kustomization.yaml","old.lock"]');
    expect(snapshotTree(ws)).toEqual(files);
  });

  it('writes, and says so when nothing changes', () => {
    const ws = workspace(files);
    const first = recording(ws);
    expect(writeEdits(first.ctx, [edit, lock], { dryRun: false }).changed).toBe(true);
    expect(first.log.at(-1)).toBe('old.lock: digest: x -> (removed)');
    expect(snapshotTree(ws)).toEqual({ 'k/kustomization.yaml': edit.after });
    const again = recording(ws);
    const none = { ...edit, before: edit.after, edits: [], changes: [], unchanged: edit.changes };
    const run = writeEdits(again.ctx, [none], { dryRun: false, nothingToChange: 'nothing to change' });
    expect(again.log).toEqual(['k/kustomization.yaml:2: a is already a:v1', 'nothing to change']);
    expect([run.changed, run.changedFiles, run.diff]).toEqual([false, '[]', '']);
  });
});
