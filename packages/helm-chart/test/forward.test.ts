import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REAL, REPLAY } from '../../../test/helpers/paths.js';
import { thrown } from '../../../test/helpers/errors.js';
import { editDiff, fileChanges } from '@coco-release/core';
import { planChartBumps } from '../src/index.js';
import { folderReader } from './reader.js';

/** Issue 22: a chart's version only moves forward, follows the release, and is bumped once. */
const CHARTS_REPO = join(REAL, 'confidential-containers/charts');
const CHART_YAML = readFileSync(join(CHARTS_REPO, 'Chart.yaml'), 'utf8');
const CHART_LOCK = readFileSync(join(CHARTS_REPO, 'Chart.lock'), 'utf8');
const CTRL = 'src/peerpod-ctrl/chart';
const BEFORE = join(REPLAY, '3-chart-versions/before');
const NOW = { now: new Date('2025-10-29T17:33:42.138Z'), utcOffsetMinutes: -240 };

describe('versions only move forward', () => {
  it('an exact version below the chart is refused naming its version (the charts repository at 0.16.0)', () => {
    const reader = folderReader(CHARTS_REPO);
    expect(thrown(() => planChartBumps(reader, [{ chart: '.', version: '0.1.0', lock: 'keep' }]))).toBe(
      "Chart.yaml:8: version 0.1.0 is below the chart's current version 0.16.0: a chart never goes backwards (allow-downgrade: true accepts it)",
    );
    const plan = planChartBumps(reader, [{ chart: '.', version: '0.1.0', lock: 'keep', allowDowngrade: true }]);
    expect(fileChanges(plan.files)).toEqual([
      { file: 'Chart.yaml', site: '.version', old: '0.16.0', new: '0.1.0', line: 8 },
    ]);
    // The same version is in place: a re-run writes nothing.
    expect(planChartBumps(reader, [{ chart: '.', version: '0.16.0', lock: 'keep' }]).files).toEqual([]);
  });
});

describe('version: app-bump follows the part app-version changes', () => {
  it('v0.21.1 -> v0.22.0 is a minor (0.3.1 -> 0.4.0), v0.21.1 -> v0.21.2 a patch, -> v1.0.0 a major', () => {
    const reader = folderReader(BEFORE);
    const bumpTo = (appVersion: string) =>
      planChartBumps(reader, [{ chart: CTRL, version: 'app-bump', appVersion }]).charts[0]!.new;
    expect(bumpTo('v0.22.0')).toBe('0.4.0');
    expect(bumpTo('v0.21.2')).toBe('0.3.2');
    expect(bumpTo('v1.0.0')).toBe('1.0.0');
    expect(
      editDiff(planChartBumps(reader, [{ chart: CTRL, version: 'app-bump', appVersion: 'v0.21.2' }]).files[0]!),
    ).toBe(
      [
        `--- a/${CTRL}/Chart.yaml`,
        `+++ b/${CTRL}/Chart.yaml`,
        '@@ -2,8 +2,8 @@',
        ' name: peerpodctrl',
        ' description: Controller for cleaning up dangling peer pod cloud resources',
        ' type: application',
        '-version: 0.3.1',
        '-appVersion: "v0.21.1"',
        '+version: 0.3.2',
        '+appVersion: "v0.21.2"',
        ' ',
        ' keywords:',
        '   - confidential-containers',
        '',
      ].join('\n'),
    );
  });

  it('refuses an app-version that goes back, one that is not SemVer, and app-bump without an app-version', () => {
    const reader = folderReader(BEFORE);
    const err = (appVersion: string | undefined) =>
      thrown(() =>
        planChartBumps(reader, [
          appVersion === undefined
            ? { chart: CTRL, version: 'app-bump' }
            : { chart: CTRL, version: 'app-bump', appVersion },
        ]),
      );
    expect(err('v0.21.0')).toBe(
      `${CTRL}/Chart.yaml:6: version app-bump: app-version v0.21.0 is below the chart's appVersion v0.21.1`,
    );
    expect(err('main')).toBe(
      `${CTRL}/Chart.yaml:6: version app-bump needs SemVer versions on both sides, got appVersion v0.21.1 -> main`,
    );
    expect(err(undefined)).toBe(
      `${CTRL}/Chart.yaml:5: version app-bump follows the app-version, but no app-version is given (or it is {chart-version})`,
    );
  });
});

describe('idempotent bumps', () => {
  it('a chart whose appVersion already equals app-version keeps its version, whatever the bump', () => {
    const reader = folderReader(BEFORE); // charts at 0.3.1, appVersion v0.21.1
    for (const version of ['patch', 'minor', 'major', 'app-bump']) {
      const plan = planChartBumps(reader, [{ chart: CTRL, version, appVersion: 'v0.21.1' }]);
      expect([plan.files, plan.charts[0]!.new], version).toEqual([[], '0.3.1']);
    }
    // Without app-version there is nothing to tell a re-run by: the bump applies.
    expect(planChartBumps(reader, [{ chart: CTRL, version: 'patch' }]).charts[0]!.new).toBe('0.3.2');
  });
});

describe('lock-exclude: a CI-only dependency out of Chart.lock', () => {
  // The charts repository's Chart.yaml with its CI-only 0.0.0-dev kata-deploy entry, as update-dependencies.sh
  // sees it; the lock it commits leaves that entry out (lock and digest).
  const DEV_ENTRY = [
    '  - name: kata-deploy',
    '    alias: kata-as-coco-runtime-for-ci',
    '    version: "0.0.0-dev"',
    '    repository: "oci://ghcr.io/kata-containers/kata-deploy-charts"',
    '    condition: kata-as-coco-runtime-for-ci.enabled',
    '',
  ].join('\n');
  const withDev = CHART_YAML + DEV_ENTRY;

  it("reproduces the repository's Chart.lock byte for byte, and leaves it as it is when it already is", () => {
    const plan = planChartBumps(
      folderReader(CHARTS_REPO, { 'Chart.yaml': withDev, 'Chart.lock': undefined }),
      [{ chart: '.', lockExclude: ['kata-deploy@0.0.0-dev'] }],
      NOW,
    );
    expect(plan.files.map((f) => [f.file, f.after])).toEqual([
      ['Chart.lock', CHART_LOCK.replace('13:33:42.138774225-04:00', '13:33:42.138-04:00')],
    ]);
    const again = planChartBumps(
      folderReader(CHARTS_REPO, { 'Chart.yaml': withDev }),
      [{ chart: '.', lockExclude: ['kata-deploy@0.0.0-dev'] }],
      NOW,
    );
    expect(again.files).toEqual([]);
    // Without the exclusion, the entry is locked and the digest covers it.
    const all = planChartBumps(folderReader(CHARTS_REPO, { 'Chart.yaml': withDev }), [{ chart: '.' }], NOW);
    expect(all.files[0]!.after).toContain(
      '- name: kata-deploy\n  repository: oci://ghcr.io/kata-containers/kata-deploy-charts\n  version: 0.0.0-dev\n',
    );
  });
});
