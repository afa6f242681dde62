import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REAL, REPLAY } from '../../../test/helpers/paths.js';
import { thrown } from '../../../test/helpers/errors.js';
import { editDiff, fileChanges } from '@coco-release/core';
import { planChartBumps, type ChartRequest } from '../src/index.js';
import { folderReader, withoutGenerated } from './reader.js';

const PEERPODS = 'src/cloud-api-adaptor/install/charts/peerpods';
const CTRL = 'src/peerpod-ctrl/chart';
const WEBHOOK = 'src/webhook/chart';
const CHARTS_REPO = join(REAL, 'confidential-containers/charts');
const step = (name: string, side: 'before' | 'after'): string => join(REPLAY, name, side);
const file = (root: string, path: string): string => readFileSync(join(root, path), 'utf8');
const NOW = new Date('2026-07-27T08:56:33.155Z');

describe('planChartBumps on the v0.22.0 release', () => {
  it('processes charts in dependency order whatever the list order, and local dependencies follow', () => {
    const before = step('3-chart-versions', 'before');
    const after = step('3-chart-versions', 'after');
    const plan = planChartBumps(
      folderReader(before),
      [PEERPODS, CTRL, WEBHOOK].map((chart) => ({ chart, version: 'minor', appVersion: 'v0.22.0' })),
      { now: NOW, utcOffsetMinutes: 60 },
    );
    expect(plan.charts.map(({ chart, name, old, new: v }) => ({ chart, name, old, new: v }))).toEqual([
      { chart: CTRL, name: 'peerpodctrl', old: '0.3.1', new: '0.4.0' },
      { chart: WEBHOOK, name: 'peerpods-webhook', old: '0.3.1', new: '0.4.0' },
      { chart: PEERPODS, name: 'peerpods', old: '0.3.1', new: '0.4.0' },
    ]);
    expect(plan.charts[2]!.dependencies).toEqual([
      { name: 'peerpodctrl', key: 'resourceCtrl', old: '0.3.1', new: '0.4.0' },
      { name: 'peerpods-webhook', key: 'webhook', old: '0.3.1', new: '0.4.0' },
    ]);
    expect(plan.files.map((f) => f.file)).toEqual([
      `${CTRL}/Chart.yaml`,
      `${WEBHOOK}/Chart.yaml`,
      `${PEERPODS}/Chart.yaml`,
      `${PEERPODS}/Chart.lock`,
    ]);
    for (const f of plan.files) {
      expect(f.before).toBe(file(before, f.file));
      expect(withoutGenerated(f.after!)).toBe(withoutGenerated(file(after, f.file)));
    }
    expect(plan.files[3]!.after).toContain('\ngenerated: "2026-07-27T09:56:33.155+01:00"\n');
    expect(fileChanges(plan.files)).toEqual([
      { file: `${CTRL}/Chart.yaml`, site: '.version', old: '0.3.1', new: '0.4.0', line: 5 },
      { file: `${CTRL}/Chart.yaml`, site: '.appVersion', old: 'v0.21.1', new: 'v0.22.0', line: 6 },
      { file: `${WEBHOOK}/Chart.yaml`, site: '.version', old: '0.3.1', new: '0.4.0', line: 5 },
      { file: `${WEBHOOK}/Chart.yaml`, site: '.appVersion', old: 'v0.21.1', new: 'v0.22.0', line: 6 },
      { file: `${PEERPODS}/Chart.yaml`, site: '.version', old: '0.3.1', new: '0.4.0', line: 5 },
      { file: `${PEERPODS}/Chart.yaml`, site: '.appVersion', old: 'v0.21.1', new: 'v0.22.0', line: 6 },
      {
        file: `${PEERPODS}/Chart.yaml`,
        site: '.dependencies[alias=resourceCtrl].version',
        old: '0.3.1',
        new: '0.4.0',
        line: 28,
      },
      {
        file: `${PEERPODS}/Chart.yaml`,
        site: '.dependencies[alias=webhook].version',
        old: '0.3.1',
        new: '0.4.0',
        line: 33,
      },
      {
        file: `${PEERPODS}/Chart.lock`,
        site: 'digest',
        old: 'sha256:21f90168320c110da2a761d9091b80a6c3c2647ec1743073651eccaf811afe19',
        new: 'sha256:69f57756cd2a199174cc3f63022e88a05e3015648f4b605184ec6f0ed7896324',
      },
    ]);
    expect(editDiff(plan.files[3]!)).toBe(
      [
        `--- a/${PEERPODS}/Chart.lock`,
        `+++ b/${PEERPODS}/Chart.lock`,
        '@@ -4,9 +4,9 @@',
        '   version: 4.0.0',
        ' - name: peerpodctrl',
        '   repository: file://../../../../peerpod-ctrl/chart',
        '-  version: 0.3.1',
        '+  version: 0.4.0',
        ' - name: peerpods-webhook',
        '   repository: file://../../../../webhook/chart',
        '-  version: 0.3.1',
        '-digest: sha256:21f90168320c110da2a761d9091b80a6c3c2647ec1743073651eccaf811afe19',
        '-generated: "2026-07-21T10:33:48.36132+01:00"',
        '+  version: 0.4.0',
        '+digest: sha256:69f57756cd2a199174cc3f63022e88a05e3015648f4b605184ec6f0ed7896324',
        '+generated: "2026-07-27T09:56:33.155+01:00"',
        '',
      ].join('\n'),
    );
  });

  it('plans nothing on the state it produced: only generated would differ, and that never causes a write', () => {
    const requests: ChartRequest[] = [PEERPODS, CTRL, WEBHOOK].map((chart) => ({
      chart,
      version: '0.4.0',
      appVersion: 'v0.22.0',
    }));
    const plan = planChartBumps(folderReader(step('3-chart-versions', 'after')), requests);
    expect(plan.files).toEqual([]);
    expect(fileChanges(plan.files)).toEqual([]);
  });

  it('a bumped local chart that its parent does not list still moves the parent only when the parent is listed', () => {
    const plan = planChartBumps(folderReader(step('3-chart-versions', 'before')), [{ chart: CTRL, version: 'patch' }]);
    expect(plan.files.map((f) => f.file)).toEqual([`${CTRL}/Chart.yaml`]);
  });

  it('a parent listed alone reads its local charts from the workspace and follows them', () => {
    const before = step('3-chart-versions', 'before');
    const bumped = file(before, `${CTRL}/Chart.yaml`).replace('version: 0.3.1', 'version: 0.3.2');
    const plan = planChartBumps(folderReader(before, { [`${CTRL}/Chart.yaml`]: bumped }), [{ chart: PEERPODS }]);
    expect(plan.charts[0]!.dependencies[0]).toEqual({
      name: 'peerpodctrl',
      key: 'resourceCtrl',
      old: '0.3.1',
      new: '0.3.2',
    });
    expect(plan.files[1]!.after).toContain(
      '- name: peerpodctrl\n  repository: file://../../../../peerpod-ctrl/chart\n  version: 0.3.2\n',
    );
  });

  it('keeps a range on a local chart as written and locks the chart it finds', () => {
    const before = step('3-chart-versions', 'before');
    const ranged = file(before, `${PEERPODS}/Chart.yaml`).replace(
      'version: "0.3.1"\n    repository: "file://../../../../webhook',
      'version: "~0.3"\n    repository: "file://../../../../webhook',
    );
    const reader = folderReader(before, { [`${PEERPODS}/Chart.yaml`]: ranged });
    const plan = planChartBumps(reader, [{ chart: PEERPODS }]);
    expect(plan.files.map((f) => f.file)).toEqual([`${PEERPODS}/Chart.lock`]);
    expect(plan.files[0]!.after).toContain(
      '- name: peerpods-webhook\n  repository: file://../../../../webhook/chart\n  version: 0.3.1\n',
    );
    expect(thrown(() => planChartBumps(reader, [{ chart: PEERPODS }, { chart: WEBHOOK, version: 'minor' }]))).toBe(
      `${PEERPODS}/Chart.yaml:33: dependency webhook: requires ~0.3 but file://../../../../webhook/chart holds version 0.4.0 ` +
        "(helm dependency update would fail: can't get a valid version)",
    );
  });

  it('removes Chart.lock with lock: remove and keeps it, warning when stale, with lock: keep', () => {
    const before = step('5-revert-kata-deploy', 'before');
    const removed = planChartBumps(folderReader(before), [
      { chart: PEERPODS, dependencies: [{ name: 'kata-deploy', version: '0.0.0-dev' }], lock: 'remove' },
    ]);
    expect(removed.files.map((f) => [f.file, f.after])).toEqual([
      [`${PEERPODS}/Chart.yaml`, file(step('5-revert-kata-deploy', 'after'), `${PEERPODS}/Chart.yaml`)],
      [`${PEERPODS}/Chart.lock`, null],
    ]);
    expect(fileChanges(removed.files).at(-1)).toEqual({
      file: `${PEERPODS}/Chart.lock`,
      site: 'digest',
      old: 'sha256:69f57756cd2a199174cc3f63022e88a05e3015648f4b605184ec6f0ed7896324',
      new: null,
    });
    const kept = planChartBumps(folderReader(before), [
      { chart: PEERPODS, dependencies: [{ name: 'kata-deploy', version: '4.0.1' }], lock: 'keep' },
    ]);
    expect(kept.files.map((f) => f.file)).toEqual([`${PEERPODS}/Chart.yaml`]);
    expect(kept.warnings).toEqual([
      `${PEERPODS}/Chart.lock no longer matches ${PEERPODS}/Chart.yaml (helm dependency build will refuse it); lock: update regenerates it`,
    ]);
    // Nothing to remove once it is gone: the post-release state re-run is a no-op.
    const again = planChartBumps(folderReader(step('5-revert-kata-deploy', 'after')), [
      { chart: PEERPODS, dependencies: [{ name: 'kata-deploy', version: '0.0.0-dev' }], lock: 'remove' },
    ]);
    expect(again.files).toEqual([]);
  });
});

describe('planChartBumps with a Chart.lock Helm cannot read', () => {
  const reader = folderReader(CHARTS_REPO, { 'Chart.lock': 'dependencies: [\n' });
  it('refuses to update it, keeps it with a warning, and removes it', () => {
    expect(thrown(() => planChartBumps(reader, [{ chart: '.' }]))).toMatch(
      /^Chart\.lock:1: not a Chart\.lock Helm could read: /,
    );
    const kept = planChartBumps(reader, [{ chart: '.', lock: 'keep' }]);
    expect(kept.files).toEqual([]);
    expect(kept.warnings).toEqual([
      expect.stringMatching(/^Chart\.lock is kept, but Helm cannot read it: not a Chart\.lock/),
    ]);
    expect(planChartBumps(reader, [{ chart: '.', lock: 'remove' }]).files.map((f) => [f.file, f.after])).toEqual([
      ['Chart.lock', null],
    ]);
  });
});

describe('planChartBumps on the charts repository', () => {
  it('bumps version and appVersion together and pins kata-deploy by name or by alias', () => {
    const source = file(CHARTS_REPO, 'Chart.yaml');
    for (const name of ['kata-deploy', 'kata-as-coco-runtime']) {
      const plan = planChartBumps(
        folderReader(CHARTS_REPO),
        [{ chart: '.', version: 'minor', appVersion: '{chart-version}', dependencies: [{ name, version: '3.23.0' }] }],
        { now: new Date('2025-11-20T16:00:00Z'), utcOffsetMinutes: 0 },
      );
      expect(plan.files.map((f) => f.file)).toEqual(['Chart.yaml', 'Chart.lock']);
      expect(plan.files[0]!.after).toBe(
        source
          .replace('version: "0.16.0"', 'version: "0.17.0"')
          .replace('appVersion: "0.16.0"', 'appVersion: "0.17.0"')
          .replace('version: "3.22.0"', 'version: "3.23.0"'),
      );
      expect(plan.files[1]!.after).toMatch(
        /^dependencies:\n- name: kata-deploy\n {2}repository: oci:\/\/ghcr\.io\/kata-containers\/kata-deploy-charts\n {2}version: 3\.23\.0\ndigest: sha256:[0-9a-f]{64}\ngenerated: "2025-11-20T16:00:00Z"\n$/,
      );
      expect(plan.charts).toEqual([
        {
          chart: '.',
          name: 'confidential-containers',
          old: '0.16.0',
          new: '0.17.0',
          dependencies: [
            { name: 'kata-deploy', key: 'kata-as-coco-runtime', old: '3.22.0', new: '3.23.0', pinnedBy: name },
          ],
        },
      ]);
    }
  });

  it('adds appVersion at the end of the file when the chart has none', () => {
    const source = file(CHARTS_REPO, 'Chart.yaml').replace('appVersion: "0.16.0"\n', '');
    const plan = planChartBumps(folderReader(CHARTS_REPO, { 'Chart.yaml': source }), [
      { chart: '.', appVersion: 'v{chart-version}', lock: 'keep' },
    ]);
    expect(plan.files[0]!.after).toBe(`${source}appVersion: v0.16.0\n`);
    expect(fileChanges(plan.files)).toEqual([
      { file: 'Chart.yaml', site: '.appVersion', old: null, new: 'v0.16.0', line: 20 },
    ]);
  });
});

describe('planChartBumps on a chart that keeps a subchart in charts/', () => {
  const parent = 'apiVersion: v2\nname: parent\nversion: 1.0.0\ndependencies:\n  - name: sub\n    version: "~1.0"\n';
  it('locks it with an empty repository and the requirement as written, as resolver.go does', () => {
    const reader = folderReader('/nonexistent', {
      'parent/Chart.yaml': parent,
      'parent/charts/sub/Chart.yaml': 'apiVersion: v2\nname: sub\nversion: 1.0.3\n',
    });
    const plan = planChartBumps(reader, [{ chart: 'parent' }], { now: NOW, utcOffsetMinutes: 0 });
    expect(plan.files.map((f) => [f.file, f.before])).toEqual([['parent/Chart.lock', null]]);
    expect(plan.files[0]!.after).toMatch(
      /^dependencies:\n- name: sub\n {2}repository: ""\n {2}version: ~1\.0\ndigest: sha256:[0-9a-f]{64}\ngenerated: "2026-07-27T08:56:33\.155Z"\n$/,
    );
    expect(
      thrown(() =>
        planChartBumps(folderReader('/nonexistent', { 'parent/Chart.yaml': parent }), [{ chart: 'parent' }]),
      ),
    ).toBe(
      'parent/Chart.yaml:6: dependency sub: no repository and no chart in parent/charts/sub (Helm: directory not found)',
    );
  });
});

describe('planChartBumps refuses, naming the file and line', () => {
  const reader = folderReader(step('3-chart-versions', 'before'));

  it('a range on a remote repository when Chart.lock must be written', () => {
    const plan = (lock: 'update' | 'keep') =>
      planChartBumps(reader, [{ chart: PEERPODS, dependencies: [{ name: 'kata-deploy', version: '~4.0' }], lock }]);
    expect(thrown(() => plan('update'))).toBe(
      `${PEERPODS}/Chart.yaml:24: dependency kata-deploy: requires ~4.0 from oci://ghcr.io/kata-containers/kata-deploy-charts: ` +
        "a range needs the repository's index to resolve; pin an exact version (dependencies: kata-deploy=X.Y.Z) or use lock: keep",
    );
    expect(plan('keep').files.map((f) => f.file)).toEqual([`${PEERPODS}/Chart.yaml`]);
  });

  it('a dependency that is not there, or that a name alone cannot tell apart', () => {
    expect(
      thrown(() =>
        planChartBumps(reader, [
          { chart: PEERPODS, dependencies: [{ name: 'kata', version: '4.0.0', origin: 'dependencies line 1' }] },
        ]),
      ),
    ).toBe(
      `${PEERPODS}/Chart.yaml:22: dependencies line 1: no dependency named or aliased kata in peerpods ` +
        '(it has kata-deploy, peerpodctrl (alias resourceCtrl), peerpods-webhook (alias webhook))',
    );
    const twice =
      file(CHARTS_REPO, 'Chart.yaml') +
      '  - name: kata-deploy\n    alias: kata-2\n    version: "3.22.0"\n    repository: "oci://ghcr.io/kata-containers/kata-deploy-charts"\n';
    expect(
      thrown(() =>
        planChartBumps(folderReader(CHARTS_REPO, { 'Chart.yaml': twice }), [
          { chart: '.', dependencies: [{ name: 'kata-deploy', version: '4.0.0' }] },
        ]),
      ),
    ).toBe('Chart.yaml:15: kata-deploy names 2 dependencies (kata-as-coco-runtime, kata-2); give the alias');
  });

  it('a local dependency pinned away from its chart', () => {
    expect(
      thrown(() =>
        planChartBumps(reader, [{ chart: PEERPODS, dependencies: [{ name: 'webhook', version: '0.5.0' }] }]),
      ),
    ).toBe(
      `${PEERPODS}/Chart.yaml:33: dependency webhook comes from file://../../../../webhook/chart, whose chart is at 0.3.1: ` +
        "it cannot be pinned to 0.5.0 (its version follows that chart's)",
    );
  });

  it('versions that are not SemVer 2, and unknown placeholders', () => {
    expect(thrown(() => planChartBumps(reader, [{ chart: CTRL, version: 'v0.4.0' }]))).toBe(
      'version "v0.4.0" is neither major, minor, patch, app-bump nor a SemVer 2 version (without the leading v: 0.4.0)',
    );
    const odd = file(step('3-chart-versions', 'before'), `${CTRL}/Chart.yaml`).replace(
      'version: 0.3.1',
      'version: "0.3"',
    );
    expect(
      thrown(() =>
        planChartBumps(folderReader(step('3-chart-versions', 'before'), { [`${CTRL}/Chart.yaml`]: odd }), [
          { chart: CTRL, version: 'minor' },
        ]),
      ),
    ).toBe(`${CTRL}/Chart.yaml:5: cannot bump version 0.3: it is not a SemVer 2 version (X.Y.Z)`);
    expect(thrown(() => planChartBumps(reader, [{ chart: CTRL, appVersion: 'v{version}' }]))).toBe(
      'app-version: unknown placeholder {version} (only {chart-version} is known)',
    );
  });

  it('charts that are not there, outside the workspace, listed twice or in a cycle; every problem at once', () => {
    expect(
      thrown(() =>
        planChartBumps(reader, [
          { chart: 'src/nothing' },
          { chart: '../x', origin: 'charts line 2' },
          { chart: `${CTRL}/` },
          { chart: CTRL },
        ]),
      ),
    ).toBe(
      [
        "src/nothing: no Chart.yaml in this directory (give the chart's directory)",
        'charts line 2: refusing ../x: it is outside the workspace',
        `chart ${CTRL} is listed twice`,
      ].join('\n'),
    );
    const loop =
      file(step('3-chart-versions', 'before'), `${CTRL}/Chart.yaml`) +
      'dependencies:\n  - name: peerpods\n    version: "0.3.1"\n    repository: "file://../../cloud-api-adaptor/install/charts/peerpods"\n';
    expect(
      thrown(() =>
        planChartBumps(folderReader(step('3-chart-versions', 'before'), { [`${CTRL}/Chart.yaml`]: loop }), [
          { chart: PEERPODS },
          { chart: CTRL },
        ]),
      ),
    ).toBe(`the listed charts depend on each other through file:// in a cycle: ${PEERPODS}, ${CTRL}`);
    const escape =
      file(step('3-chart-versions', 'before'), `${CTRL}/Chart.yaml`) +
      'dependencies:\n  - name: x\n    version: "1.0.0"\n    repository: "file://../../../../elsewhere"\n';
    expect(
      thrown(() =>
        planChartBumps(folderReader(step('3-chart-versions', 'before'), { [`${CTRL}/Chart.yaml`]: escape }), [
          { chart: CTRL },
        ]),
      ),
    ).toBe(`${CTRL}/Chart.yaml:22: dependency x: file://../../../../elsewhere points outside the workspace`);
  });
});
