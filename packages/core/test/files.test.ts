import { chmodSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../../test/helpers/workspace.js';
import { resolveInWorkspace, writeFilesAtomically } from '../src/index.js';
import { thrown } from '../../../test/helpers/errors.js';

describe('resolveInWorkspace', () => {
  it('resolves relative paths and shows them relative to the workspace', () => {
    const ws = tempDir();
    mkdirSync(join(ws, 'src'));
    writeFileSync(join(ws, 'src/versions.yaml'), 'a: 1\n');
    expect(resolveInWorkspace('src/versions.yaml', ws).display).toBe('src/versions.yaml');
    expect(resolveInWorkspace(join(ws, 'src/versions.yaml'), ws).display).toBe('src/versions.yaml');
  });

  it('refuses files outside the workspace, also through symlinks', () => {
    const ws = tempDir();
    const outside = tempDir();
    writeFileSync(join(outside, 'secret.yaml'), 'a: 1\n');
    symlinkSync(join(outside, 'secret.yaml'), join(ws, 'link.yaml'));
    expect(thrown(() => resolveInWorkspace('../x/secret.yaml', ws))).toBe(
      '../x/secret.yaml: file not found: ../x/secret.yaml',
    );
    expect(thrown(() => resolveInWorkspace(join(outside, 'secret.yaml'), ws))).toMatch(
      /: refusing to touch .*secret\.yaml: it is outside the workspace /,
    );
    expect(thrown(() => resolveInWorkspace('link.yaml', ws))).toMatch(
      /^link\.yaml: refusing to touch link\.yaml: it is outside the workspace /,
    );
    expect(thrown(() => resolveInWorkspace('missing.yaml', ws))).toBe('missing.yaml: file not found: missing.yaml');
  });
});

describe('writeFilesAtomically', () => {
  it('replaces every file, keeps its mode and leaves no temp file', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a'), 'old a');
    writeFileSync(join(dir, 'b'), 'old b');
    chmodSync(join(dir, 'b'), 0o600);
    writeFilesAtomically([
      { path: join(dir, 'a'), content: 'new a', original: 'old a' },
      { path: join(dir, 'b'), content: 'new b', original: 'old b' },
    ]);
    expect(readFileSync(join(dir, 'a'), 'utf8')).toBe('new a');
    expect(readFileSync(join(dir, 'b'), 'utf8')).toBe('new b');
    expect(statSync(join(dir, 'b')).mode & 0o777).toBe(0o600);
    expect(readdirSync(dir).sort()).toEqual(['a', 'b']);
  });

  it('writes nothing when one file cannot be written', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a'), 'old a');
    mkdirSync(join(dir, 'ro'));
    writeFileSync(join(dir, 'ro/b'), 'old b');
    chmodSync(join(dir, 'ro'), 0o500);
    if (process.getuid?.() === 0) {
      // root ignores directory permissions: make the second write fail another way (its directory vanished).
      chmodSync(join(dir, 'ro'), 0o700);
    }
    const missing = join(dir, 'gone/b');
    expect(() =>
      writeFilesAtomically([
        { path: join(dir, 'a'), content: 'new a', original: 'old a' },
        { path: process.getuid?.() === 0 ? missing : join(dir, 'ro/b'), content: 'new b', original: 'old b' },
      ]),
    ).toThrow();
    chmodSync(join(dir, 'ro'), 0o700);
    expect(readFileSync(join(dir, 'a'), 'utf8')).toBe('old a');
    expect(readdirSync(dir).sort()).toEqual(['a', 'ro']);
  });
});
