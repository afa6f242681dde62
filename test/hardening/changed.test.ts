import { readdirSync, readFileSync, unlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readText, resolveInWorkspace, UserError, writeFilesAtomically } from '@coco-release/core';
import { workspace } from '../helpers/workspace.js';

/**
 * Issue 13, a file changed between read and write: the actions read every file, compute, then write; a file
 * changed on disk in between (another step, an editor, a second run) was silently overwritten. Right before
 * the renames, each file must still be what was read: same size, same modification time, same bytes; else
 * the run fails and writes nothing. The real functions on real files, with the change made between them.
 */

function setUp(files: Record<string, string>) {
  const ws = workspace(files);
  const read = Object.keys(files).map((f) => {
    const target = resolveInWorkspace(f, ws);
    return { target, text: readText(target) };
  });
  return { ws, read };
}

const message = (file: string) =>
  `${file} changed on disk while this run was working on it; no file was written (run again to work on the new content)`;

function attempt(writes: Parameters<typeof writeFilesAtomically>[0]): UserError {
  try {
    writeFilesAtomically(writes);
  } catch (e) {
    if (e instanceof UserError) return e;
    throw e;
  }
  throw new Error('writeFilesAtomically did not fail');
}

describe('a file changed after it was read', () => {
  it('new content: the run fails naming it, and neither file is written', () => {
    const { ws, read } = setUp({ 'a.yaml': 'v: 1\n', 'b.yaml': 'v: 1\n' });
    writeFileSync(join(ws, 'b.yaml'), 'v: 1\nw: someone else\n');
    const e = attempt(read.map((r) => ({ path: r.target.path, content: 'v: 2\n', original: r.text })));
    expect(e.toString()).toBe(`b.yaml: ${message('b.yaml')}`);
    expect(readFileSync(join(ws, 'a.yaml'), 'utf8')).toBe('v: 1\n');
    expect(readFileSync(join(ws, 'b.yaml'), 'utf8')).toBe('v: 1\nw: someone else\n');
    expect(readdirSync(ws).sort()).toEqual(['a.yaml', 'b.yaml']);
  });

  it('same size, other bytes', () => {
    const { ws, read } = setUp({ 'a.yaml': 'v: 1\n' });
    writeFileSync(join(ws, 'a.yaml'), 'v: 9\n');
    const e = attempt([{ path: read[0]!.target.path, content: 'v: 2\n', original: read[0]!.text }]);
    expect(e.message).toBe(message('a.yaml'));
    expect(readFileSync(join(ws, 'a.yaml'), 'utf8')).toBe('v: 9\n');
  });

  it('same bytes written again (a new modification time): someone else is writing it too', () => {
    const { ws, read } = setUp({ 'a.yaml': 'v: 1\n' });
    utimesSync(join(ws, 'a.yaml'), new Date(), new Date(Date.now() + 5000));
    const e = attempt([{ path: read[0]!.target.path, content: 'v: 2\n', original: read[0]!.text }]);
    expect(e.message).toBe(message('a.yaml'));
    expect(readFileSync(join(ws, 'a.yaml'), 'utf8')).toBe('v: 1\n');
  });

  it('deleted', () => {
    const { ws, read } = setUp({ 'a.yaml': 'v: 1\n' });
    const path = read[0]!.target.path;
    writeFileSync(join(ws, 'other'), '');
    unlinkSync(path);
    const e = attempt([{ path, content: 'v: 2\n', original: read[0]!.text }]);
    expect(e.message).toBe('cannot write a.yaml: it does not exist (any more) (ENOENT); no file was changed');
    expect(readdirSync(ws)).toEqual(['other']);
  });

  it('unchanged: written', () => {
    const { ws, read } = setUp({ 'a.yaml': 'v: 1\n' });
    writeFilesAtomically([{ path: read[0]!.target.path, content: 'v: 2\n', original: read[0]!.text }]);
    expect(readFileSync(join(ws, 'a.yaml'), 'utf8')).toBe('v: 2\n');
    expect(readdirSync(ws)).toEqual(['a.yaml']);
  });
});
