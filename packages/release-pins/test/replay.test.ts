import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { filesBelow, REPLAY, ROOT } from '../../../test/helpers/paths.js';
import { editDiff } from '@coco-release/core';
import { thrown } from '../../../test/helpers/errors.js';
import { parseManifest, planPhase } from '../src/index.js';

/**
 * The real v0.22.0 release of cloud-api-adaptor (test/fixtures/release-replay), one phase at a time, from
 * the manifest a maintainer would commit (examples/cloud-api-adaptor/.github/release-pins.yaml): each
 * phase turns upstream's `before` tree into upstream's `after` tree byte for byte, but for the time Helm
 * wrote into Chart.lock's `generated:` line.
 */
const MANIFEST = parseManifest(
  readFileSync(join(ROOT, 'examples/cloud-api-adaptor/.github/release-pins.yaml'), 'utf8'),
  '.github/release-pins.yaml',
);
const IMAGE = '61b1aba91df646a663e60ab6b55c6a7dc93cd167';
/**
 * The prepare phase's variables for Kata 4.0.0: its tag's commit, and the trustee and guest-components
 * commits its versions.yaml pins, as cloud-api-adaptor's versions.yaml already held them before v0.22.0.
 */
const KATA_400 = {
  'kata-version': '4.0.0',
  'kata-commit': 'cf82bb35c80320178bf7570252fe75d6fb263209',
  'trustee-commit': '258ea4acb7b9bd865fce5c63a539f2120dba8298',
  'guest-components-commit': 'dcd55ea16ea4f4bcb87c1420f16af92e9eb15f2f',
};

function tree(dir: string): Map<string, string> {
  return new Map(filesBelow(dir, () => true).map((f) => [relative(dir, f), readFileSync(f, 'utf8')]));
}

const withoutGenerated = (text: string) => text.replace(/^generated: .*$/m, 'generated: (time)');

function replay(phase: string, from: string, to: string, vars: Record<string, string>) {
  const files = tree(join(REPLAY, from, 'before'));
  const options = {
    vars: new Map(Object.entries(vars)),
    today: '2026-07-27',
    read: (path: string) => files.get(path),
    now: new Date('2026-07-27T08:56:33.155923Z'),
    utcOffsetMinutes: 60,
  };
  const plan = planPhase(MANIFEST, phase, options);
  const after = new Map(files);
  for (const f of plan.files) {
    expect(f.before).toBe(files.get(f.file) ?? null);
    if (f.after === null) after.delete(f.file);
    else after.set(f.file, f.after);
  }
  const expected = tree(join(REPLAY, to, 'after'));
  expect([...after.keys()].sort()).toEqual([...expected.keys()].sort());
  for (const [path, text] of expected) expect(withoutGenerated(after.get(path)!), path).toBe(withoutGenerated(text));
  // Re-running the phase on its own result changes nothing.
  const again = planPhase(MANIFEST, phase, { ...options, read: (path: string) => after.get(path) });
  expect(again.files).toEqual([]);
  return plan;
}

describe('cloud-api-adaptor v0.22.0, replayed from the manifest', () => {
  it('prepare (kata-version=4.0.0) = upstream 6a8a61a9: kata-deploy pinned, Chart.lock created', () => {
    const plan = replay('prepare', '1-kata-deploy-pin', '1-kata-deploy-pin', KATA_400);
    expect(
      plan.files.map((f) => [f.file, f.before === null ? 'created' : f.after === null ? 'deleted' : 'edited']),
    ).toEqual([
      ['src/cloud-api-adaptor/install/charts/peerpods/Chart.yaml', 'edited'],
      ['src/cloud-api-adaptor/install/charts/peerpods/Chart.lock', 'created'],
    ]);
    expect(plan.go).toEqual([
      {
        module: 'src/cloud-api-adaptor',
        require: 'github.com/kata-containers/kata-containers/src/runtime',
        version: '4.0.0',
        line: 97,
      },
    ]);
  });

  it('release (image-tag, version=v0.22.0) = upstream 60e2f0da + 60be2d48: five image pins, three charts, the lock', () => {
    const plan = replay('release', '2-image-pin', '3-chart-versions', { 'image-tag': IMAGE, version: 'v0.22.0' });
    expect(plan.charts.map((c) => [c.chart, c.old, c.new])).toEqual([
      ['src/peerpod-ctrl/chart', '0.3.1', '0.4.0'],
      ['src/webhook/chart', '0.3.1', '0.4.0'],
      ['src/cloud-api-adaptor/install/charts/peerpods', '0.3.1', '0.4.0'],
    ]);
    expect(plan.images.map((i) => `${i.image}:${i.tag} (${i.file}:${i.line})`)).toEqual([
      `quay.io/confidential-containers/cloud-api-adaptor:${IMAGE} (src/cloud-api-adaptor/install/charts/peerpods/values.yaml:83)`,
      `quay.io/confidential-containers/cloud-api-adaptor:${IMAGE}-dev (src/cloud-api-adaptor/install/charts/peerpods/providers/libvirt.yaml:10)`,
      `quay.io/confidential-containers/cloud-api-adaptor:${IMAGE}-dev (src/cloud-providers/Makefile:20)`,
      `quay.io/confidential-containers/peerpod-ctrl:${IMAGE} (src/peerpod-ctrl/chart/values.yaml:7)`,
      `quay.io/confidential-containers/peer-pods-webhook:${IMAGE} (src/webhook/chart/values.yaml:18)`,
    ]);
  });

  it('post-release (version, commit, release-date) = upstream 800a13fe + cd841dbc + b6c00988', () => {
    const plan = replay('post-release', '4-revert-image-pin', '6-citation', {
      version: 'v0.22.0',
      commit: '38d0fcf7c7b787cc7fb9831410a910b37bb3be09',
      'release-date': '2026-07-27',
    });
    expect(plan.files.find((f) => f.file.endsWith('Chart.lock'))?.after).toBeNull();
  });

  it("the lock is upstream's, and its generated line Helm's RFC 3339 time in the given zone", () => {
    const files = tree(join(REPLAY, '1-kata-deploy-pin/before'));
    const plan = planPhase(MANIFEST, 'prepare', {
      vars: new Map(Object.entries(KATA_400)),
      today: '2026-07-21',
      read: (path) => files.get(path),
      now: new Date('2026-07-21T09:33:48.361Z'),
      utcOffsetMinutes: 60,
    });
    const lock = plan.files.find((f) => f.file.endsWith('Chart.lock'))!.after!;
    const upstream = join(REPLAY, '1-kata-deploy-pin/after/src/cloud-api-adaptor/install/charts/peerpods/Chart.lock');
    expect(existsSync(upstream)).toBe(true);
    // Go writes nanoseconds (48.36132); a JavaScript clock has milliseconds.
    expect(lock).toBe(readFileSync(upstream, 'utf8').replace('48.36132+01:00', '48.361+01:00'));
  });
});

/**
 * A patch release with the same manifest: upstream's v0.21.1 took the charts 0.3.0 -> 0.3.1 (appVersion
 * v0.21.0 -> v0.21.1). The v0.21.x files are not among the fixtures, so the state before it is built from the
 * v0.22.0 replay's (whose charts are at 0.3.1, v0.21.1, as v0.21.1 left them): versions and appVersions
 * back to 0.3.0 and v0.21.0, the local dependencies and Chart.lock entries with them. Chart.lock's digest
 * is left as it was: the phase rewrites the lock and compares only what it writes.
 */
describe('a patch release (v0.21.1) with the same manifest', () => {
  const START = tree(join(REPLAY, '2-image-pin', 'before'));
  const back = (text: string) =>
    text
      .replace(/^version: 0\.3\.1$/m, 'version: 0.3.0')
      .replace('appVersion: "v0.21.1"', 'appVersion: "v0.21.0"')
      .replaceAll('version: "0.3.1"', 'version: "0.3.0"')
      .replaceAll('  version: 0.3.1\n', '  version: 0.3.0\n');
  const before = new Map(
    [...START].map(([path, text]) => [path, /Chart\.(yaml|lock)$/.test(path) ? back(text) : text]),
  );

  it('release (version=v0.21.1): the charts take a patch, 0.3.0 -> 0.3.1, and the lock follows', () => {
    for (const [path, text] of before)
      if (/Chart\.(yaml|lock)$/.test(path)) expect(text, path).not.toBe(START.get(path));
    const options = {
      vars: new Map([
        ['image-tag', IMAGE],
        ['version', 'v0.21.1'],
      ]),
      today: '2026-06-30',
      read: (path: string) => before.get(path),
      now: new Date('2026-07-21T09:33:48.361Z'),
      utcOffsetMinutes: 60,
    };
    const plan = planPhase(MANIFEST, 'release', options);
    expect(plan.charts.map((c) => [c.chart, c.old, c.new])).toEqual([
      ['src/peerpod-ctrl/chart', '0.3.0', '0.3.1'],
      ['src/webhook/chart', '0.3.0', '0.3.1'],
      ['src/cloud-api-adaptor/install/charts/peerpods', '0.3.0', '0.3.1'],
    ]);
    const after = new Map(before);
    for (const f of plan.files) after.set(f.file, f.after!);
    // The charts as v0.21.1 left them upstream (the v0.22.0 replay's starting point), the lock included; the
    // image pins as the release pins them.
    const pinned = tree(join(REPLAY, '3-chart-versions', 'before'));
    for (const [path, text] of after) {
      const expected = /Chart\.(yaml|lock)$/.test(path) ? START.get(path)! : pinned.get(path)!;
      expect(withoutGenerated(text), path).toBe(withoutGenerated(expected));
    }
    const again = planPhase(MANIFEST, 'release', { ...options, read: (path: string) => after.get(path) });
    expect(again.files).toEqual([]);
  });
});

describe('prepare: versions.yaml follows the Kata release, as docs/Release-Process.md asks', () => {
  // Kata's main at 7c6ba40c (test/fixtures/real) as if released as 4.1.0: its versions.yaml pins trustee
  // 258ea4ac (as 4.0.0 did) and guest-components 304c21f2.
  it('a new Kata release: its commit with the `# vX.Y.Z` comment, and the trustee and guest-components commits it pins', () => {
    const files = tree(join(REPLAY, '1-kata-deploy-pin', 'before'));
    const plan = planPhase(MANIFEST, 'prepare', {
      vars: new Map(
        Object.entries({
          'kata-version': '4.1.0',
          'kata-commit': '7c6ba40c54ea29b459b4997cff948caaba4e658b',
          'trustee-commit': '258ea4acb7b9bd865fce5c63a539f2120dba8298',
          'guest-components-commit': '304c21f29e26dbbb968783e41109f3b6d630e872',
        }),
      ),
      today: '2026-08-21',
      read: (path) => files.get(path),
      now: new Date('2026-08-21T09:00:00Z'),
      utcOffsetMinutes: 0,
    });
    expect(editDiff(plan.files.find((f) => f.file === 'src/cloud-api-adaptor/versions.yaml')!)).toBe(
      [
        '--- a/src/cloud-api-adaptor/versions.yaml',
        '+++ b/src/cloud-api-adaptor/versions.yaml',
        '@@ -58,7 +58,7 @@',
        '     tag: "3.9"',
        '   kata-containers:',
        '     registry: ghcr.io/kata-containers/cached-artefacts',
        '-    reference: cf82bb35c80320178bf7570252fe75d6fb263209 # v4.0.0',
        '+    reference: 7c6ba40c54ea29b459b4997cff948caaba4e658b # v4.1.0',
        '   guest-components:',
        '     registry: ghcr.io/confidential-containers/guest-components',
        '-    reference: dcd55ea16ea4f4bcb87c1420f16af92e9eb15f2f',
        '+    reference: 304c21f29e26dbbb968783e41109f3b6d630e872',
        '',
      ].join('\n'),
    );
  });

  it('without the Kata commits the phase fails naming the variable, and nothing is planned', () => {
    const files = tree(join(REPLAY, '1-kata-deploy-pin', 'before'));
    expect(
      thrown(() =>
        planPhase(MANIFEST, 'prepare', {
          vars: new Map([['kata-version', '4.0.0']]),
          today: '2026-07-21',
          read: (path) => files.get(path),
        }),
      ).split('\n'),
    ).toEqual([
      ".github/release-pins.yaml:54: unknown variable {kata-commit}: give it in input 'vars' (given: kata-version)",
      ".github/release-pins.yaml:58: unknown variable {trustee-commit}: give it in input 'vars' (given: kata-version)",
      ".github/release-pins.yaml:62: unknown variable {guest-components-commit}: give it in input 'vars' (given: kata-version)",
    ]);
  });
});
