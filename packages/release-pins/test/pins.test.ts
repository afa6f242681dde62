import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UserError } from '@coco-release/core';
import { REPLAY, ROOT } from '../../../test/helpers/paths.js';
import { thrown } from '../../../test/helpers/errors.js';
import { applyEdits, fileChanges } from '@coco-release/core';
import { expand, parseManifest, parseVars, planSites, type ResolvedPin } from '../src/index.js';

const MANIFEST_FILE = '.github/release-pins.yaml';
const MANIFEST = readFileSync(join(ROOT, 'examples/cloud-api-adaptor', MANIFEST_FILE), 'utf8');
const IMAGE = '61b1aba91df646a663e60ab6b55c6a7dc93cd167';

function resolvePins(manifestText: string, phase: string, vars: Record<string, string>): ResolvedPin[] {
  const m = parseManifest(manifestText, MANIFEST_FILE);
  const ctx = { vars: new Map(Object.entries(vars)), today: '2026-07-27' };
  return m.pins
    .filter((p) => p.phases.has(phase))
    .map((pin) => {
      const v = pin.phases.get(phase)!;
      const position = { file: MANIFEST_FILE, line: pin.line };
      const r: ResolvedPin = { pin, value: expand(v.value, { ...ctx, position }) };
      if (v.comment !== undefined) r.comment = expand(v.comment, { ...ctx, position });
      return r;
    });
}

const reader = (dir: string) => (file: string) => ({ display: file, text: readFileSync(join(dir, file), 'utf8') });

describe('pins of the real v0.22.0 release', () => {
  it('release: the image pins of upstream commit 60e2f0da, byte for byte, in all five places', () => {
    const step = join(REPLAY, '2-image-pin');
    const plan = planSites(
      resolvePins(MANIFEST, 'release', { 'image-tag': IMAGE, version: 'v0.22.0' }),
      reader(join(step, 'before')),
      MANIFEST_FILE,
    );
    const meta = JSON.parse(readFileSync(join(step, 'meta.json'), 'utf8')) as { changed: string[] };
    expect(plan.files.map((f) => f.file).sort()).toEqual([...meta.changed].sort());
    for (const f of plan.files) {
      expect(f.after, f.file).toBe(readFileSync(join(step, 'after', f.file), 'utf8'));
      expect(applyEdits(f.before, f.edits)).toBe(f.after);
    }
    expect(fileChanges(plan.files).find((c) => c.file === 'src/cloud-providers/Makefile')).toMatchObject({
      file: 'src/cloud-providers/Makefile',
      site: '"  tag: \\\\"(?<value>[^"\\\\\\\\]*)\\\\""',
      line: 20,
      old: 'latest',
      new: `${IMAGE}-dev`,
    });
    // Re-running on the result changes nothing.
    const again = planSites(
      resolvePins(MANIFEST, 'release', { 'image-tag': IMAGE, version: 'v0.22.0' }),
      reader(join(step, 'after')),
      MANIFEST_FILE,
    );
    expect(again.files).toEqual([]);
    expect(again.unchanged).toHaveLength(5);
  });

  it('post-release: the revert of upstream commit 800a13fe and the CITATION.cff of b6c00988', () => {
    const vars = {
      version: 'v0.22.0',
      commit: '38d0fcf7c7b787cc7fb9831410a910b37bb3be09',
      'release-date': '2026-07-27',
    };
    const revert = planSites(
      resolvePins(MANIFEST, 'post-release', vars),
      reader(join(REPLAY, '4-revert-image-pin/before')),
      MANIFEST_FILE,
    );
    for (const f of revert.files) {
      const expected =
        f.file === 'CITATION.cff' ? join(REPLAY, '6-citation/after') : join(REPLAY, '4-revert-image-pin/after');
      expect(f.after, f.file).toBe(readFileSync(join(expected, f.file), 'utf8'));
    }
    expect(revert.files).toHaveLength(6);
  });
});

describe('sites: refusals name the manifest line, and nothing is planned', () => {
  const manifest = (pins: string) => `pins:\n${pins}`;
  const files: Record<string, string> = {
    Makefile: 'VERSION = v1\nA := 1\nA := 2\n',
    'f.txt': 'tag: "x"\ntag: "y"\n',
  };
  const read = (file: string) => {
    if (!(file in files)) throw new UserError(`file not found: ${file}`, { file });
    return { display: file, text: files[file]! };
  };
  const run = (pins: string, vars: Record<string, string> = {}) =>
    planSites(resolvePins(manifest(pins), 'release', vars), read, MANIFEST_FILE);

  it('a variable site is written as plain text', () => {
    const plan = run('  - file: Makefile\n    variable: VERSION\n    phases: { release: "{version}" }\n', {
      version: 'v2',
    });
    expect(plan.files[0]!.after).toBe('VERSION = v2\nA := 1\nA := 2\n');
  });
  it('a pattern that matches twice, or nothing, is refused', () => {
    expect(
      thrown(() => run('  - file: f.txt\n    pattern: \'tag: "(?<value>[^"]*)"\'\n    phases: { release: z }\n')),
    ).toBe(
      'f.txt: .github/release-pins.yaml line 2: pattern tag: "(?<value>[^"]*)" matches 2 times (lines 1, 2); it must match exactly once',
    );
    expect(thrown(() => run("  - file: f.txt\n    pattern: 'nope(?<value>x)'\n    phases: { release: z }\n"))).toBe(
      'f.txt: .github/release-pins.yaml line 2: pattern nope(?<value>x) matches nothing',
    );
  });
  it('a value that would not read back through its pattern is refused', () => {
    files['g.txt'] = 'tag: "x"\n';
    expect(
      thrown(() => run('  - file: g.txt\n    pattern: \'tag: "(?<value>[^"]*)"\'\n    phases: { release: \'a"b\' }\n')),
    ).toBe(
      'g.txt: .github/release-pins.yaml line 2: writing \'a"b\' at tag: "(?<value>[^"]*)" would read back as \'a\'; nothing was written',
    );
  });
  it('an unknown variable names the manifest line', () => {
    expect(
      thrown(() =>
        run('  - file: Makefile\n    variable: VERSION\n    phases: { release: "{versoin}" }\n', { version: 'v2' }),
      ),
    ).toBe(".github/release-pins.yaml:2: unknown variable {versoin}: give it in input 'vars' (given: version)");
  });
  it('parseVars: NAME=VALUE lines', () => {
    expect(
      parseVars([
        { text: 'version=v0.22.0', line: 1 },
        { text: 'image-tag = abc', line: 2 },
      ]),
    ).toEqual(
      new Map([
        ['version', 'v0.22.0'],
        ['image-tag', 'abc'],
      ]),
    );
    expect(thrown(() => parseVars([{ text: 'today=1', line: 1 }]))).toBe(
      "input 'vars' line 1: {today} is built in and cannot be set",
    );
  });
});

describe('manifest validation: the schema, with lines', () => {
  it('reports each problem at its line', () => {
    const text = [
      'pins:',
      '  - file: a.yaml', // no site
      '    phases: { release: x }',
      '  - file: b.yaml',
      '    path: .a',
      '    variable: B', // two sites
      '    phases: { release: x }',
      '  - file: c.yaml',
      '    path: .a',
      '    phase: { release: x }', // typo
      'charts:',
      '  - chart: c',
      '    phases:',
      '      release: { lock: delete }',
      '',
    ].join('\n');
    expect(thrown(() => parseManifest(text, MANIFEST_FILE)).split('\n')).toEqual([
      ".github/release-pins.yaml:2:5: pins[0]: a pin needs exactly one of 'path', 'variable' or 'pattern'",
      ".github/release-pins.yaml:4:5: pins[1]: a pin needs exactly one of 'path', 'variable' or 'pattern'",
      ".github/release-pins.yaml:8:5: pins[2]: 'phases' is required",
      ".github/release-pins.yaml:10:5: pins[2]: unknown key 'phase'",
      ".github/release-pins.yaml:14:24: charts[0].phases.release.lock: expected one of update, remove, keep, got 'delete'",
    ]);
  });
  it('the example manifest is valid and names every phase', () => {
    expect(parseManifest(MANIFEST, MANIFEST_FILE).phases).toEqual(['candidate', 'post-release', 'prepare', 'release']);
  });
});
