import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../../test/helpers/workspace.js';
import { writeFilesAtomically } from '../src/index.js';

describe('writeFilesAtomically: replace, create and delete as one', () => {
  it('writes, creates and deletes in one go, keeping modes and leaving no temp file', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'Chart.yaml'), 'version: 0.3.1\n');
    chmodSync(join(dir, 'Chart.yaml'), 0o600);
    writeFileSync(join(dir, 'old.lock'), 'digest: a\n');
    writeFilesAtomically([
      { path: join(dir, 'Chart.yaml'), original: 'version: 0.3.1\n', content: 'version: 0.4.0\n' },
      { path: join(dir, 'Chart.lock'), original: null, content: 'digest: b\n' },
      { path: join(dir, 'old.lock'), original: 'digest: a\n', content: null },
    ]);
    expect(readFileSync(join(dir, 'Chart.yaml'), 'utf8')).toBe('version: 0.4.0\n');
    expect(statSync(join(dir, 'Chart.yaml')).mode & 0o777).toBe(0o600);
    expect(readFileSync(join(dir, 'Chart.lock'), 'utf8')).toBe('digest: b\n');
    expect(readdirSync(dir).sort()).toEqual(['Chart.lock', 'Chart.yaml']);
  });

  it('refuses to create a file that appeared, or to change one that vanished, before touching anything', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a'), 'a');
    writeFileSync(join(dir, 'Chart.lock'), 'someone else');
    expect(() =>
      writeFilesAtomically([
        { path: join(dir, 'a'), original: 'a', content: 'A' },
        { path: join(dir, 'Chart.lock'), original: null, content: 'mine' },
      ]),
    ).toThrow(/Chart\.lock appeared on disk while this run was working on it; no file was written/);
    expect(() => writeFilesAtomically([{ path: join(dir, 'gone'), original: 'x', content: null }])).toThrow(
      /gone changed on disk while this run was working on it; no file was written/,
    );
    expect(readFileSync(join(dir, 'a'), 'utf8')).toBe('a');
    expect(readFileSync(join(dir, 'Chart.lock'), 'utf8')).toBe('someone else');
    expect(readdirSync(dir).sort()).toEqual(['Chart.lock', 'a']);
  });

  it('changes nothing when one target is not what was read (a directory where a file was)', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'b'), 'old b');
    writeFileSync(join(dir, 'd'), 'old d');
    mkdirSync(join(dir, 'c'));
    expect(() =>
      writeFilesAtomically([
        { path: join(dir, 'a'), original: null, content: 'new a' },
        { path: join(dir, 'b'), original: 'old b', content: 'new b' },
        { path: join(dir, 'c'), original: 'old c', content: 'new c' },
        { path: join(dir, 'd'), original: 'old d', content: null },
      ]),
    ).toThrow();
    expect(existsSync(join(dir, 'a'))).toBe(false);
    expect(readFileSync(join(dir, 'b'), 'utf8')).toBe('old b');
    expect(readFileSync(join(dir, 'd'), 'utf8')).toBe('old d');
    expect(readdirSync(dir).sort()).toEqual(['b', 'c', 'd']);
  });
});
