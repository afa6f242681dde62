import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { filesBelow, REPLAY, ROOT } from '../../../test/helpers/paths.js';
import { thrown } from '../../../test/helpers/errors.js';
import { parseManifest, planPhase } from '../src/index.js';

/** Issue 22: what a phase refuses to write, with the example manifest on the real v0.22.0 trees. */
const MANIFEST = parseManifest(
  readFileSync(join(ROOT, 'examples/cloud-api-adaptor/.github/release-pins.yaml'), 'utf8'),
  '.github/release-pins.yaml',
);
const IMAGE = '61b1aba91df646a663e60ab6b55c6a7dc93cd167';
const tree = (dir: string) =>
  new Map(filesBelow(dir, () => true).map((f) => [relative(dir, f), readFileSync(f, 'utf8')]));

function plan(phase: string, step: string, vars: Record<string, string>) {
  const files = tree(join(REPLAY, step, 'before'));
  return planPhase(MANIFEST, phase, {
    vars: new Map(Object.entries(vars)),
    today: '2026-07-27',
    read: (path) => files.get(path),
    now: new Date('2026-07-27T08:56:33Z'),
  });
}

describe('image sites check the tag they write', () => {
  const release = (tag: string) =>
    thrown(() => plan('release', '2-image-pin', { 'image-tag': tag, version: 'v0.22.0' }));

  it('a whole image reference is refused with the tag to give instead, at every image site', () => {
    expect(release(`quay.io/confidential-containers/cloud-api-adaptor:${IMAGE}`).split('\n')).toEqual([
      `.github/release-pins.yaml:16: src/cloud-api-adaptor/install/charts/peerpods/values.yaml .image.tag holds the tag of quay.io/confidential-containers/cloud-api-adaptor, but "quay.io/confidential-containers/cloud-api-adaptor:${IMAGE}" looks like a whole image reference: give the tag alone ("${IMAGE}")`,
      `.github/release-pins.yaml:23: src/cloud-api-adaptor/install/charts/peerpods/providers/libvirt.yaml .image.tag holds the tag of quay.io/confidential-containers/cloud-api-adaptor, but "quay.io/confidential-containers/cloud-api-adaptor:${IMAGE}-dev" looks like a whole image reference: give the tag alone ("${IMAGE}-dev")`,
      `.github/release-pins.yaml:31: src/cloud-providers/Makefile "  tag: \\\\"(?<value>[^"\\\\\\\\]*)\\\\"" holds the tag of quay.io/confidential-containers/cloud-api-adaptor, but "quay.io/confidential-containers/cloud-api-adaptor:${IMAGE}-dev" looks like a whole image reference: give the tag alone ("${IMAGE}-dev")`,
      `.github/release-pins.yaml:38: src/peerpod-ctrl/chart/values.yaml .image.tag holds the tag of quay.io/confidential-containers/peerpod-ctrl, but "quay.io/confidential-containers/cloud-api-adaptor:${IMAGE}" looks like a whole image reference: give the tag alone ("${IMAGE}")`,
      `.github/release-pins.yaml:45: src/webhook/chart/values.yaml .image.tag holds the tag of quay.io/confidential-containers/peer-pods-webhook, but "quay.io/confidential-containers/cloud-api-adaptor:${IMAGE}" looks like a whole image reference: give the tag alone ("${IMAGE}")`,
    ]);
  });

  it('a value outside the OCI tag grammar, and latest in a publishing phase', () => {
    expect(release('bad tag').split('\n')[0]).toBe(
      `.github/release-pins.yaml:16: src/cloud-api-adaptor/install/charts/peerpods/values.yaml .image.tag: "bad tag" is not an image tag (letters, digits, '_', '.', '-'; up to 128, not starting with '.' or '-')`,
    );
    expect(release('$(shell id)-x y').split('\n')[0]).toBe(
      `.github/release-pins.yaml:16: src/cloud-api-adaptor/install/charts/peerpods/values.yaml .image.tag: "$(shell id)-x y" is not an image tag (letters, digits, '_', '.', '-'; up to 128, not starting with '.' or '-')`,
    );
    expect(release('x'.repeat(129)).split('\n')).toHaveLength(5);
    expect(release('latest').split('\n')[0]).toBe(
      '.github/release-pins.yaml:16: src/cloud-api-adaptor/install/charts/peerpods/values.yaml .image.tag: phase release pins quay.io/confidential-containers/cloud-api-adaptor:latest, which moves; give the tag of a built image',
    );
    // 124 characters and '-dev': 128, the longest tag.
    expect(() => plan('release', '2-image-pin', { 'image-tag': 'x'.repeat(124), version: 'v0.22.0' })).not.toThrow();
    // post-release goes back to latest on purpose.
    expect(
      plan('post-release', '4-revert-image-pin', { version: 'v0.22.0', commit: IMAGE, 'release-date': '2026-07-27' })
        .changes[0],
    ).toMatchObject({ new: 'latest' });
  });
});

describe('a publishing phase on a chart that was not prepared', () => {
  it('release before prepare (kata-deploy still 0.0.0-dev) says to run prepare first, and plans nothing', () => {
    // The tree before prepare: kata-deploy at 0.0.0-dev, no Chart.lock.
    const files = tree(join(REPLAY, '1-kata-deploy-pin', 'before'));
    expect(
      thrown(() =>
        planPhase(MANIFEST, 'release', {
          vars: new Map([
            ['image-tag', IMAGE],
            ['version', 'v0.22.0'],
          ]),
          today: '2026-07-27',
          read: (path) => files.get(path),
        }),
      ),
    ).toBe(
      'src/cloud-api-adaptor/install/charts/peerpods/Chart.yaml:24: .github/release-pins.yaml line 89: phase release leaves dependency kata-deploy of src/cloud-api-adaptor/install/charts/peerpods/Chart.yaml at 0.0.0-dev, a development version: run the prepare phase first (it pins the release the chart deploys)',
    );
  });
});

describe('optional sites', () => {
  const manifest = (optional: boolean) =>
    parseManifest(
      [
        'pins:',
        '  - file: src/cloud-api-adaptor/install/charts/peerpods/providers/docker.yaml',
        '    path: .image.tag',
        ...(optional ? ['    optional: true'] : []),
        '    phases: { release: "{image-tag}-dev" }',
        '  - file: src/cloud-api-adaptor/install/charts/peerpods/providers/libvirt.yaml',
        '    path: .image.tag',
        ...(optional ? ['    optional: true'] : []),
        '    phases: { release: "{image-tag}-dev" }',
        '',
      ].join('\n'),
      '.github/release-pins.yaml',
    );
  const files = tree(join(REPLAY, '2-image-pin', 'before'));
  const options = {
    vars: new Map([['image-tag', IMAGE]]),
    today: '2026-07-27',
    read: (path: string) => files.get(path),
  };

  it('a missing file skips its site and says so; a file that exists is pinned as ever', () => {
    const plan = planPhase(manifest(true), 'release', options);
    expect(plan.skipped).toEqual([
      '.github/release-pins.yaml line 2: src/cloud-api-adaptor/install/charts/peerpods/providers/docker.yaml does not exist: optional site .image.tag skipped',
    ]);
    expect(plan.files.map((f) => f.file)).toEqual([
      'src/cloud-api-adaptor/install/charts/peerpods/providers/libvirt.yaml',
    ]);
    expect(plan.files[0]!.after).toBe(
      readFileSync(
        join(REPLAY, '2-image-pin', 'after', 'src/cloud-api-adaptor/install/charts/peerpods/providers/libvirt.yaml'),
        'utf8',
      ),
    );
  });

  it('without optional, a missing file stays an error and nothing is planned', () => {
    expect(thrown(() => planPhase(manifest(false), 'release', options))).toBe(
      '.github/release-pins.yaml:2: .github/release-pins.yaml line 2: file not found: src/cloud-api-adaptor/install/charts/peerpods/providers/docker.yaml',
    );
  });
});

describe('shared anchors by choice', () => {
  // The shape the charts repository and Kata edited: a value under an anchor that `<<: *base` reuses.
  const VALUES = [
    'common: &common',
    '  image:',
    '    tag: v1',
    'amd64:',
    '  <<: *common',
    's390x:',
    '  <<: *common',
    '  arch: s390x',
    '',
  ].join('\n');
  const manifest = (allow: boolean) =>
    parseManifest(
      [
        'pins:',
        '  - file: values.yaml',
        '    path: .common.image.tag',
        ...(allow ? ['    allow-shared-anchor: true'] : []),
        '    phases: { release: "{version}" }',
        '',
      ].join('\n'),
      '.github/release-pins.yaml',
    );
  const options = { vars: new Map([['version', 'v2']]), today: '2026-07-27', read: () => VALUES };

  it('refused without the opt-in, with the aliases named and the way to allow it', () => {
    expect(thrown(() => planPhase(manifest(false), 'release', options))).toBe(
      'values.yaml:3:10: .github/release-pins.yaml line 2: .common.image.tag lies inside a mapping (line 2) that carries the anchor &common, which *common reuses at lines 5, 7; editing it would change that place too (an edit changes exactly one place; allow-shared-anchor: true edits it anyway)',
    );
  });

  it('per pin, or for every pin (the action input): edited, and every alias it reaches listed', () => {
    for (const plan of [
      planPhase(manifest(true), 'release', options),
      planPhase(manifest(false), 'release', { ...options, allowSharedAnchor: true }),
    ]) {
      expect(plan.files.map((f) => f.after)).toEqual([VALUES.replace('tag: v1', 'tag: v2')]);
      expect(plan.shared).toEqual([
        'values.yaml .common.image.tag is inside the anchor &common: the edit also changes *common at lines 5, 7',
      ]);
    }
  });
});
