import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fsErrorReason, hasGitSegment, resolveInWorkspace, resolveNewInWorkspace } from '@coco-release/core';
import { readChartFile } from '@coco-release/helm-chart';
import { parseGraph } from '@coco-release/release-graph';
import { parseManifest } from '@coco-release/release-pins';
import { isStringUnder11 } from '@coco-release/yaml-edit';
import { applyReleasePins } from '../../actions/apply-release-pins/src/main.js';
import { bumpHelmChart } from '../../actions/bump-helm-chart/src/main.js';
import { thrown } from '../helpers/errors.js';
import { runInProcess } from '../helpers/in-process.js';
import { snapshotTree, tempDir, workspace } from '../helpers/workspace.js';
import { spawnBundle } from './helpers.js';

/**
 * Issue 23: the integrity of a release under hostile input. A manifest wrote .git/config (core.fsmonitor
 * runs a command at the next `git status`), pattern regexes ran for minutes, a billion-laughs manifest gave
 * a stack trace, and a few messages named the wrong reason.
 */

const MANIFEST = '.github/release-pins.yaml';
const GIT_REFUSAL = (file: string) =>
  `${file}: refusing to touch ${file}: it is inside .git, git's own data (config, hooks), which no release action reads or writes`;

/** A checked-out repository (real git) with a manifest; returns the workspace. */
function checkout(manifest: string, files: Record<string, string> = {}): string {
  const ws = workspace({ [MANIFEST]: manifest, ...files });
  execFileSync('git', ['init', '-q', ws]);
  return ws;
}

const pin = (file: string, site: string, value = 'true') =>
  `pins:\n  - file: ${file}\n    ${site}\n    phases: { release: ${JSON.stringify(value)} }\n`;

describe('1. no action reads or writes a path with a .git segment', () => {
  it('a pattern pin on .git/config is refused and the config is left as it was', async () => {
    const ws = checkout(pin('.git/config', `pattern: 'bare = (?<value>false)'`));
    const before = readFileSync(join(ws, '.git/config'), 'utf8');
    const r = await runInProcess(applyReleasePins, { phase: 'release' }, { workspace: ws });
    expect(r.error).toBe(GIT_REFUSAL('.git/config'));
    expect(readFileSync(join(ws, '.git/config'), 'utf8')).toBe(before);
  });

  it('also through a symlink into .git, a gitfile, another case and an absolute path; .github stays allowed', async () => {
    const ws = checkout(pin('cfg', `pattern: 'bare = (?<value>false)'`), {
      'sub/.git': 'gitdir: ../.git\n',
      '.github/values.yaml': 'tag: v1\n',
    });
    symlinkSync(join(ws, '.git/config'), join(ws, 'cfg'));
    const before = snapshotTree(ws);
    const config = readFileSync(join(ws, '.git/config'), 'utf8');
    const viaLink = await runInProcess(applyReleasePins, { phase: 'release' }, { workspace: ws });
    expect(viaLink.error).toBe(GIT_REFUSAL('cfg'));
    expect(thrown(() => resolveInWorkspace('sub/.git', ws))).toBe(GIT_REFUSAL('sub/.git'));
    expect(thrown(() => resolveInWorkspace('.GIT/HEAD', ws))).toBe(GIT_REFUSAL('.GIT/HEAD'));
    expect(thrown(() => resolveInWorkspace(join(ws, '.git/HEAD'), ws))).toBe(GIT_REFUSAL(join(ws, '.git/HEAD')));
    expect(thrown(() => resolveNewInWorkspace('.git/hooks/pre-commit', ws))).toBe(GIT_REFUSAL('.git/hooks/pre-commit'));
    expect(thrown(() => resolveNewInWorkspace('sub/x/../.git', ws))).toBe(GIT_REFUSAL('sub/x/../.git'));
    expect(resolveInWorkspace('.github/values.yaml', ws).display).toBe('.github/values.yaml');
    expect([hasGitSegment('.gitignore'), hasGitSegment('a/.github/b'), hasGitSegment('a\\.git\\b')]).toEqual([
      false,
      false,
      true,
    ]);
    expect(snapshotTree(ws)).toEqual(before);
    expect(readFileSync(join(ws, '.git/config'), 'utf8')).toBe(config);
  });

  it('a chart in .git is refused before anything is read or created there', async () => {
    const ws = checkout('pins: []\n');
    mkdirSync(join(ws, '.git/chart'));
    writeFileSync(join(ws, '.git/chart/Chart.yaml'), 'apiVersion: v2\nname: c\nversion: 0.1.0\n');
    const r = await runInProcess(bumpHelmChart, { charts: '.git/chart', version: 'patch' }, { workspace: ws });
    expect(r.error).toBe(GIT_REFUSAL('.git/chart/Chart.yaml'));
    expect(readFileSync(join(ws, '.git/chart/Chart.yaml'), 'utf8')).toBe('apiVersion: v2\nname: c\nversion: 0.1.0\n');
  });
});

describe('2. a pattern that can backtrack exponentially is refused when the manifest is read', () => {
  const refused = (why: string) =>
    `${MANIFEST}:3: pattern refused: ${why}, with which a match can take exponential time; write it without (one quantifier per repeated part, no backreference)`;
  const manifest = (pattern: string) =>
    `pins:\n  - file: v.txt\n    pattern: ${JSON.stringify(pattern)}\n    phases: { release: "1" }\n`;

  it('nested quantifiers, alternatives in a repeated part and backreferences, each at its manifest line', () => {
    expect(thrown(() => parseManifest(manifest('(?<value>(a+)+)b'), MANIFEST))).toBe(
      refused('the repeated part a+ inside the repeated part (a+)+'),
    );
    expect(thrown(() => parseManifest(manifest('x(?<value>(?:a|a)*)'), MANIFEST))).toBe(
      refused('the alternatives (?:a|a) inside the repeated part (?:a|a)*'),
    );
    expect(thrown(() => parseManifest(manifest('(?<value>(a{1,3}){2,})'), MANIFEST))).toBe(
      refused('the repeated part a{1,3} inside the repeated part (a{1,3}){2,}'),
    );
    expect(thrown(() => parseManifest(manifest('(?<q>")(?<value>[^"]*)\\k<q>'), MANIFEST))).toBe(
      refused('the backreference \\k<q>'),
    );
    expect(thrown(() => parseManifest(manifest('(?=(a*)*)(?<value>a)'), MANIFEST))).toBe(
      refused('the repeated part a* inside the repeated part (a*)*'),
    );
  });

  it('the patterns a manifest uses still load: one quantifier per repeated part', () => {
    for (const p of [
      '"  tag: \\"(?<value>[^"\\\\]*)\\""',
      '^VERSION=(?<value>v?\\d+\\.\\d+\\.\\d+)$',
      '(?<value>(?:ab)?c+)',
    ])
      expect(parseManifest(manifest(p), MANIFEST).pins[0]!.label).toBe(p);
  });
});

describe("2. the runner's cancel stops a step during long synchronous work", () => {
  it('SIGTERM in the middle of a slow (polynomial, allowed) pattern match ends the step at once; nothing written', async () => {
    // Three adjacent \s* on 3000 blanks: allowed (nothing nested), and a match that would run for hours.
    const ws = workspace({
      [MANIFEST]: pin('v.txt', `pattern: '\\s*\\s*\\s*(?<value>y)'`, 'z'),
      'v.txt': `${' '.repeat(3000)}\n`,
    });
    const before = snapshotTree(ws);
    const child = spawnBundle('apply-release-pins', { phase: 'release' }, { workspace: ws });
    child.stdout.resume();
    child.stderr.resume();
    const closed = new Promise<{ signal: string | null; at: number }>((resolve) =>
      child.on('close', (_code, signal) => resolve({ signal, at: Date.now() })),
    );
    await new Promise((r) => setTimeout(r, 1500)); // the bundle has started and is matching
    const sent = Date.now();
    child.kill('SIGTERM');
    const killer = setTimeout(() => child.kill('SIGKILL'), 5000);
    const end = await closed;
    clearTimeout(killer);
    expect(end.signal).toBe('SIGTERM');
    expect(end.at - sent).toBeLessThan(1000);
    expect(snapshotTree(ws)).toEqual(before);
  });
});

describe('6. a billion-laughs document is a one-line error naming the file', () => {
  const laughs = (): string => {
    const lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i < 10; i++) {
      const prev = String.fromCharCode(96 + i);
      const name = String.fromCharCode(97 + i);
      lines.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(',')}]`);
    }
    return `${lines.join('\n')}\n`;
  };
  const ERROR = (file: string) =>
    `${file}: invalid YAML: its aliases expand too much to be read (more than 100 copies of one anchor's value, as in a "billion laughs" document)`;

  it('in a release-pins manifest, read by apply-release-pins', async () => {
    expect(thrown(() => parseManifest(laughs(), MANIFEST))).toBe(ERROR(MANIFEST));
    const ws = workspace({ [MANIFEST]: laughs() });
    const r = await runInProcess(applyReleasePins, { phase: 'release' }, { workspace: ws });
    expect(r.error).toBe(ERROR(MANIFEST));
  });

  it('in a release graph', async () => {
    await expect(parseGraph(laughs(), 'graph.yaml')).rejects.toThrow(ERROR('graph.yaml').slice('graph.yaml: '.length));
    const e = await parseGraph(laughs(), 'graph.yaml').catch((err: unknown) => String(err));
    expect(e).toBe(ERROR('graph.yaml'));
  });
});

describe('8. small things', () => {
  it("'.' is the workspace itself, not outside it", () => {
    const ws = tempDir();
    expect(thrown(() => resolveInWorkspace('.', ws))).toBe('.: not a file: . (it is the workspace directory)');
    expect(thrown(() => resolveInWorkspace(ws, ws))).toBe(`${ws}: not a file: ${ws} (it is the workspace directory)`);
  });

  it('a dependency named __proto__ is a string under YAML 1.1, as Helm reads it', () => {
    expect([isStringUnder11('__proto__'), isStringUnder11('constructor'), isStringUnder11('<<')]).toEqual([
      true,
      true,
      false,
    ]);
    const chart = readChartFile(
      'apiVersion: v2\nname: c\nversion: 0.1.0\ndependencies:\n  - name: __proto__\n    version: 1.0.0\n',
      'Chart.yaml',
    );
    expect(chart.dependencies?.map((d) => d.key)).toEqual(['__proto__']);
  });

  it('an existing absolute path outside the workspace is refused as such, not "file not found"', async () => {
    const outside = tempDir();
    writeFileSync(join(outside, 'v.txt'), 'VERSION=1\n');
    const file = join(outside, 'v.txt');
    const ws = workspace({ [MANIFEST]: pin(file, `variable: VERSION`, '2') });
    const r = await runInProcess(applyReleasePins, { phase: 'release' }, { workspace: ws });
    expect(r.error).toMatch(/^[^\n]*: refusing to touch [^\n]*v\.txt: it is outside the workspace [^\n]*$/);
    expect(readFileSync(file, 'utf8')).toBe('VERSION=1\n');
  });

  it('EDQUOT, which libuv has no name for, reads as "disk quota exceeded"', () => {
    // The error exactly as Node builds it for errno 122 (util.getSystemErrorName(-122) has no name for it).
    const e = Object.assign(new Error('Unknown system error -122: Unknown system error -122, write'), {
      errno: -122,
      code: 'Unknown system error -122',
      syscall: 'write',
    });
    expect(fsErrorReason(e)).toBe('disk quota exceeded (EDQUOT)');
    expect(fsErrorReason(Object.assign(new Error('x'), { errno: -28, code: 'ENOSPC' }))).toBe(
      'no space left on the device (ENOSPC)',
    );
  });
});
