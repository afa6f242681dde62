/**
 * bump-helm-chart through the runner protocol (exit code, stdout, outputs, summary), in this process
 * (runAsBundle); the tests marked "the bundle on Node 24" run dist/bump-helm-chart/index.js as the runner
 * does. Replaying the real
 * v0.22.0 release of cloud-api-adaptor (test/fixtures/release-replay/README.md) and the charts repository's
 * release edits. A replay step copies the step's before/ folder into a workspace, runs the action as the
 * maintainers' commit would have, and compares the whole workspace with after/: byte for byte, except the
 * `generated:` line of Chart.lock, which records when it was written.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { annotations, runBundle } from '../../../test/helpers/bundle.js';
import { NODE24, REAL, REPLAY, ROOT } from '../../../test/helpers/paths.js';
import { runAsBundle } from '../../../test/helpers/in-process.js';
import { snapshotTree, tempDir, workspace } from '../../../test/helpers/workspace.js';
import { bumpHelmChart } from '../src/main.js';

const PEERPODS = 'src/cloud-api-adaptor/install/charts/peerpods';
const CTRL = 'src/peerpod-ctrl/chart';
const WEBHOOK = 'src/webhook/chart';
const CHARTS_REPO = join(REAL, 'confidential-containers/charts');

/** A workspace holding a copy of a replay step's before/ (or after/) folder. */
const replayWorkspace = (step: string, side: 'before' | 'after' = 'before'): string =>
  workspace({}, { '.': join(REPLAY, step, side) });

/** Every file of a tree with Chart.lock's `generated:` line taken out. */
function tree(dir: string): Record<string, string> {
  const files = snapshotTree(dir);
  for (const [path, text] of Object.entries(files)) {
    if (path.endsWith('Chart.lock')) files[path] = text.replace(/^generated: .*\n/m, '');
  }
  return files;
}

const bump = (inputs: Record<string, string>, options: { workspace: string; env?: Record<string, string> }) =>
  runAsBundle(bumpHelmChart, inputs, options);

const GENERATED = /^generated: "\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d*[1-9])?(Z|[+-]\d\d:\d\d)"$/m;

describe('bump-helm-chart replays the v0.22.0 release of cloud-api-adaptor', () => {
  it('1-kata-deploy-pin: pins kata-deploy to 4.0.0 and creates Chart.lock as helm dependency update did (the bundle on Node 24)', async () => {
    const ws = replayWorkspace('1-kata-deploy-pin');
    const inputs = { charts: PEERPODS, dependencies: 'kata-deploy=4.0.0' };
    const run = await runBundle('bump-helm-chart', inputs, { workspace: ws });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(tree(ws)).toEqual(tree(join(REPLAY, '1-kata-deploy-pin/after')));
    const lock = readFileSync(join(ws, PEERPODS, 'Chart.lock'), 'utf8');
    expect(lock).toMatch(GENERATED);

    expect(run.outputs['changed']).toBe('true');
    expect(JSON.parse(run.outputs['changed-files']!)).toEqual([`${PEERPODS}/Chart.yaml`, `${PEERPODS}/Chart.lock`]);
    expect(JSON.parse(run.outputs['charts']!)).toEqual([
      { chart: PEERPODS, name: 'peerpods', old: '0.3.1', new: '0.3.1' },
    ]);
    expect(run.outputs['diff']).toBe(
      [
        `--- a/${PEERPODS}/Chart.yaml`,
        `+++ b/${PEERPODS}/Chart.yaml`,
        '@@ -21,7 +21,7 @@',
        ' ',
        ' dependencies:',
        '   - name: kata-deploy',
        '-    version: "0.0.0-dev"',
        '+    version: "4.0.0"',
        '     repository: "oci://ghcr.io/kata-containers/kata-deploy-charts"',
        '     condition: kata-deploy.enabled',
        '   - name: peerpodctrl',
        '--- /dev/null',
        `+++ b/${PEERPODS}/Chart.lock`,
        '@@ -0,0 +1,12 @@',
        ...lock
          .split('\n')
          .slice(0, -1)
          .map((l) => `+${l}`),
        '',
      ].join('\n'),
    );
    expect(run.stdout).toContain(
      `${PEERPODS}/Chart.yaml:24: .dependencies[name=kata-deploy].version: 0.0.0-dev -> 4.0.0\n`,
    );
    expect(run.stdout).toContain(
      `${PEERPODS}/Chart.lock: digest: (none) -> sha256:21f90168320c110da2a761d9091b80a6c3c2647ec1743073651eccaf811afe19\n`,
    );
    expect(run.summary).toContain('### bump-helm-chart\n\n| chart | name | version |\n');
    expect(run.summary).toContain(`| \`${PEERPODS}\` | \`peerpods\` | \`0.3.1\` |\n`);
    expect(run.summary).toContain(
      `| \`${PEERPODS}/Chart.yaml\` | \`.dependencies[name=kata-deploy].version\` | \`0.0.0-dev\` | \`4.0.0\` |\n`,
    );
    expect(run.summary).toContain(
      `| \`${PEERPODS}/Chart.lock\` | \`digest\` | *(none)* | \`sha256:21f90168320c110da2a761d9091b80a6c3c2647ec1743073651eccaf811afe19\` |\n`,
    );
    expect(run.summary).toContain('```diff\n--- a/src/cloud-api-adaptor/install/charts/peerpods/Chart.yaml\n');

    // Re-running changes nothing, not even the lock's generated line.
    const written = snapshotTree(ws);
    const again = await bump(inputs, { workspace: ws });
    expect(again.code).toBe(0);
    expect(again.outputs['changed']).toBe('false');
    expect(again.outputs['changed-files']).toBe('[]');
    expect(again.outputs['diff']).toBe('');
    expect(again.stdout).toContain('nothing to change: every chart is already as requested\n');
    expect(again.summary).toContain('Nothing to change: every chart is already as requested.');
    expect(snapshotTree(ws)).toEqual(written);
  });

  it('3-chart-versions: bumps the three charts (minor), sets appVersion and follows the local charts in the lock', async () => {
    const ws = replayWorkspace('3-chart-versions');
    const inputs = { charts: `${PEERPODS}\n${CTRL}\n${WEBHOOK}\n`, version: 'minor', 'app-version': 'v0.22.0' };
    const run = await bump(inputs, { workspace: ws });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(tree(ws)).toEqual(tree(join(REPLAY, '3-chart-versions/after')));
    expect(JSON.parse(run.outputs['charts']!)).toEqual([
      { chart: CTRL, name: 'peerpodctrl', old: '0.3.1', new: '0.4.0' },
      { chart: WEBHOOK, name: 'peerpods-webhook', old: '0.3.1', new: '0.4.0' },
      { chart: PEERPODS, name: 'peerpods', old: '0.3.1', new: '0.4.0' },
    ]);
    // Local charts followed by the lock are not pins of an input line.
    expect(run.outputs['dependencies']).toBe('[]');
    expect(JSON.parse(run.outputs['changed-files']!)).toEqual([
      `${CTRL}/Chart.yaml`,
      `${WEBHOOK}/Chart.yaml`,
      `${PEERPODS}/Chart.yaml`,
      `${PEERPODS}/Chart.lock`,
    ]);
    expect(run.summary).toContain(`| \`${PEERPODS}\` | \`peerpods\` | \`0.3.1\` → \`0.4.0\` |\n`);

    const written = snapshotTree(ws);
    // The same release given as exact versions is what is already there.
    const again = await bump(
      { ...inputs, version: '0.4.0', 'app-version': 'v{chart-version}'.replace('{chart-version}', '0.22.0') },
      { workspace: ws },
    );
    expect(again.code).toBe(0);
    expect(again.outputs['changed']).toBe('false');
    expect(snapshotTree(ws)).toEqual(written);
  });

  it('5-revert-kata-deploy: puts kata-deploy back on 0.0.0-dev and deletes Chart.lock', async () => {
    const ws = replayWorkspace('5-revert-kata-deploy');
    const inputs = { charts: PEERPODS, dependencies: 'kata-deploy=0.0.0-dev', lock: 'remove' };
    const run = await bump(inputs, { workspace: ws });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(snapshotTree(ws)).toEqual(snapshotTree(join(REPLAY, '5-revert-kata-deploy/after')));
    expect(existsSync(join(ws, PEERPODS, 'Chart.lock'))).toBe(false);
    expect(JSON.parse(run.outputs['changed-files']!)).toEqual([`${PEERPODS}/Chart.yaml`, `${PEERPODS}/Chart.lock`]);
    expect(run.outputs['diff']).toContain(
      `--- a/${PEERPODS}/Chart.lock\n+++ /dev/null\n@@ -1,12 +0,0 @@\n-dependencies:\n`,
    );
    expect(run.summary).toContain(
      `| \`${PEERPODS}/Chart.lock\` | \`digest\` | \`sha256:69f57756cd2a199174cc3f63022e88a05e3015648f4b605184ec6f0ed7896324\` | *(removed)* |\n`,
    );

    const again = await bump(inputs, { workspace: ws });
    expect(again.code).toBe(0);
    expect(again.outputs['changed']).toBe('false');
    expect(snapshotTree(ws)).toEqual(snapshotTree(join(REPLAY, '5-revert-kata-deploy/after')));
  });

  it('writes nothing in a dry run but reports every change', async () => {
    const ws = replayWorkspace('3-chart-versions');
    const before = snapshotTree(ws);
    const run = await bump(
      { charts: `${CTRL}\n${WEBHOOK}\n${PEERPODS}`, version: 'minor', 'app-version': 'v0.22.0', 'dry-run': 'true' },
      { workspace: ws },
    );
    expect(run.code).toBe(0);
    expect(snapshotTree(ws)).toEqual(before);
    expect(run.outputs['changed']).toBe('true');
    expect(JSON.parse(run.outputs['changed-files']!)).toHaveLength(4);
    expect(run.outputs['diff']).toContain(
      '-version: 0.3.1\n-appVersion: "v0.21.1"\n+version: 0.4.0\n+appVersion: "v0.22.0"\n',
    );
    expect(run.summary).toContain('### bump-helm-chart (dry run, nothing written)\n');
    expect(run.stdout).toContain('dry run: 4 file(s) were not written\n');
  });
});

describe('bump-helm-chart on the charts repository', () => {
  it('releases: version and appVersion together, kata-deploy pinned (by its alias), Chart.lock regenerated', async () => {
    const ws = workspace({}, { '.': CHARTS_REPO });
    const source = readFileSync(join(CHARTS_REPO, 'Chart.yaml'), 'utf8');
    const run = await bump(
      { charts: '.', version: 'minor', 'app-version': '{chart-version}', dependencies: 'kata-as-coco-runtime=3.23.0' },
      { workspace: ws },
    );
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(readFileSync(join(ws, 'Chart.yaml'), 'utf8')).toBe(
      source
        .replace('\nversion: "0.16.0"\n', '\nversion: "0.17.0"\n')
        .replace('\nappVersion: "0.16.0"\n', '\nappVersion: "0.17.0"\n')
        .replace('    version: "3.22.0"\n', '    version: "3.23.0"\n'),
    );
    const lock = readFileSync(join(ws, 'Chart.lock'), 'utf8');
    // The bytes Helm's HashReq hashes: json.Marshal([requirements, locked]) with Dependency's field order.
    const repo = 'oci://ghcr.io/kata-containers/kata-deploy-charts';
    const hashed =
      `[[{"name":"kata-deploy","version":"3.23.0","repository":"${repo}","condition":"kata-as-coco-runtime.enabled",` +
      `"alias":"kata-as-coco-runtime"}],[{"name":"kata-deploy","version":"3.23.0","repository":"${repo}"}]]`;
    const digest = `sha256:${createHash('sha256').update(hashed).digest('hex')}`;
    expect(lock.replace(GENERATED, '')).toBe(
      `dependencies:\n- name: kata-deploy\n  repository: ${repo}\n  version: 3.23.0\ndigest: ${digest}\n\n`,
    );
    expect(JSON.parse(run.outputs['charts']!)).toEqual([
      { chart: '.', name: 'confidential-containers', old: '0.16.0', new: '0.17.0' },
    ]);
    // What the Kata bump was, for next-version's components (charts-release.yml's `bump: kata`).
    expect(JSON.parse(run.outputs['dependencies']!)).toEqual([
      { chart: '.', dependency: 'kata-as-coco-runtime', old: '3.22.0', new: '3.23.0' },
    ]);
    expect(snapshotTree(ws)['values.yaml']).toBe(readFileSync(join(CHARTS_REPO, 'values.yaml'), 'latin1'));

    // Back to the kata-deploy of the last release: the lock returns to the upstream bytes (but generated).
    const back = await bump({ charts: '.', dependencies: 'kata-deploy=3.22.0' }, { workspace: ws });
    expect(back.code).toBe(0);
    expect(readFileSync(join(ws, 'Chart.lock'), 'utf8').replace(GENERATED, '')).toBe(
      readFileSync(join(CHARTS_REPO, 'Chart.lock'), 'utf8').replace(GENERATED, ''),
    );

    const removed = await bump({ charts: '.', lock: 'remove' }, { workspace: ws });
    expect(removed.code).toBe(0);
    expect(JSON.parse(removed.outputs['changed-files']!)).toEqual(['Chart.lock']);
    expect(existsSync(join(ws, 'Chart.lock'))).toBe(false);
  });
});

describe('bump-helm-chart refuses bad input and writes nothing', () => {
  it('a range on an OCI repository when the lock must be written', async () => {
    const ws = replayWorkspace('1-kata-deploy-pin');
    const before = snapshotTree(ws);
    const run = await bump({ charts: PEERPODS, version: 'patch', dependencies: 'kata-deploy=~4.0' }, { workspace: ws });
    expect(run.code).toBe(1);
    expect(annotations(run.stdout)).toEqual([
      `::error file=${PEERPODS}/Chart.yaml,line=24::${PEERPODS}/Chart.yaml:24: dependency kata-deploy: requires ~4.0 from ` +
        "oci://ghcr.io/kata-containers/kata-deploy-charts: a range needs the repository's index to resolve; " +
        'pin an exact version (dependencies: kata-deploy=X.Y.Z) or use lock: keep',
    ]);
    expect(run.stderr).not.toContain('    at ');
    expect(snapshotTree(ws)).toEqual(before);
  });

  it('bad inputs, all reported at once (the bundle on Node 24)', async () => {
    const ws = replayWorkspace('1-kata-deploy-pin');
    const before = snapshotTree(ws);
    const run = await runBundle(
      'bump-helm-chart',
      { charts: PEERPODS, dependencies: 'kata-deploy\nkata-deploy=4.0.0\nkata-deploy=4.0.1', lock: 'refresh' },
      { workspace: ws },
    );
    expect(run.code).toBe(1);
    expect(annotations(run.stdout)).toEqual([
      '::error::dependencies line 1: expected NAME=VERSION (e.g. kata-deploy=4.0.0), got "kata-deploy"',
      '::error::dependencies line 3: kata-deploy is already set on line 2',
      "::error::input 'lock' must be one of update, remove, keep, got 'refresh'",
    ]);
    expect(snapshotTree(ws)).toEqual(before);
  });

  it('a version that is not SemVer 2', async () => {
    const ws = replayWorkspace('1-kata-deploy-pin');
    const before = snapshotTree(ws);
    const run = await bump({ charts: PEERPODS, version: 'v0.22.0' }, { workspace: ws });
    expect(run.code).toBe(1);
    expect(annotations(run.stdout)).toEqual([
      `::error::input 'version': expected major, minor, patch, app-bump or a SemVer 2 version such as 0.4.0 (without the leading v), got "v0.22.0"`,
    ]);
    expect(snapshotTree(ws)).toEqual(before);
  });

  it('a dependency no listed chart has: nothing of the charts that planned well is written', async () => {
    const ws = replayWorkspace('3-chart-versions');
    const before = snapshotTree(ws);
    const run = await bump(
      { charts: `${CTRL}\n${WEBHOOK}`, version: 'minor', dependencies: 'kata-deploy=4.0.0' },
      { workspace: ws },
    );
    expect(run.code).toBe(1);
    expect(annotations(run.stdout)).toEqual([
      '::error::dependencies line 1: no listed chart has a dependency named or aliased kata-deploy',
    ]);
    expect(snapshotTree(ws)).toEqual(before);
  });

  it('a Chart.lock that is a symlink out of the workspace', async () => {
    const ws = replayWorkspace('2-image-pin');
    const outside = tempDir();
    writeFileSync(join(outside, 'Chart.lock'), readFileSync(join(ws, PEERPODS, 'Chart.lock')));
    unlinkSync(join(ws, PEERPODS, 'Chart.lock'));
    symlinkSync(join(outside, 'Chart.lock'), join(ws, PEERPODS, 'Chart.lock'));
    const run = await bump({ charts: PEERPODS, version: 'patch' }, { workspace: ws });
    expect(run.code).toBe(1);
    expect(annotations(run.stdout)[0]).toMatch(
      new RegExp(
        `^::error file=${PEERPODS}/Chart.lock::.*refusing to touch ${PEERPODS}/Chart.lock: it is outside the workspace `,
      ),
    );
    expect(readFileSync(join(ws, PEERPODS, 'Chart.yaml'), 'utf8')).toBe(
      readFileSync(join(REPLAY, '2-image-pin/before', PEERPODS, 'Chart.yaml'), 'utf8'),
    );
  });
});

describe('bump-helm-chart through the CLI', () => {
  it('runs the same code: coco-release bump-helm-chart --charts … --dependencies …', async () => {
    const ws = replayWorkspace('1-kata-deploy-pin');
    const run = await new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
      execFile(
        NODE24,
        [
          join(ROOT, 'dist/cli/index.js'),
          'bump-helm-chart',
          '--outputs',
          '--charts',
          PEERPODS,
          '--dependencies',
          'kata-deploy=4.0.0',
        ],
        { cwd: ws, env: { PATH: process.env['PATH'] ?? '' } },
        (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
      );
    });
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(
      `${PEERPODS}/Chart.yaml:24: .dependencies[name=kata-deploy].version: 0.0.0-dev -> 4.0.0\n`,
    );
    expect(run.stdout.startsWith('changed=true\n')).toBe(true);
    expect(tree(ws)).toEqual(tree(join(REPLAY, '1-kata-deploy-pin/after')));
  });
});

describe('issue 22: never backwards, app-bump, once a release, lock-exclude (through the bundle)', () => {
  it('an exact version below the chart fails naming its version and writes nothing; allow-downgrade writes it', async () => {
    const ws = workspace({}, { '.': CHARTS_REPO });
    const before = snapshotTree(ws);
    const run = await bump({ charts: '.', version: '0.1.0', lock: 'keep' }, { workspace: ws });
    expect(run.code).toBe(1);
    expect(annotations(run.stdout)).toEqual([
      "::error file=Chart.yaml,line=8::Chart.yaml:8: version 0.1.0 is below the chart's current version 0.16.0: a chart never goes backwards (allow-downgrade: true accepts it)",
    ]);
    expect(snapshotTree(ws)).toEqual(before);
    const down = await bump(
      { charts: '.', version: '0.1.0', lock: 'keep', 'allow-downgrade': 'true' },
      { workspace: ws },
    );
    expect(down.code, down.stdout).toBe(0);
    expect(readFileSync(join(ws, 'Chart.yaml'), 'utf8')).toBe(
      readFileSync(join(CHARTS_REPO, 'Chart.yaml'), 'utf8').replace('version: "0.16.0"', 'version: "0.1.0"'),
    );
  });

  it('app-bump: appVersion v0.21.1 -> v0.21.2 is a patch (0.3.1 -> 0.3.2); a re-run bumps nothing again', async () => {
    const ws = replayWorkspace('3-chart-versions');
    const inputs = { charts: `${CTRL}\n${WEBHOOK}\n${PEERPODS}`, version: 'app-bump', 'app-version': 'v0.21.2' };
    const run = await bump(inputs, { workspace: ws });
    expect(run.code, run.stdout).toBe(0);
    expect(JSON.parse(run.outputs['charts']!)).toEqual([
      { chart: CTRL, name: 'peerpodctrl', old: '0.3.1', new: '0.3.2' },
      { chart: WEBHOOK, name: 'peerpods-webhook', old: '0.3.1', new: '0.3.2' },
      { chart: PEERPODS, name: 'peerpods', old: '0.3.1', new: '0.3.2' },
    ]);
    const after = snapshotTree(ws);
    for (const version of ['app-bump', 'patch', 'minor']) {
      const again = await bump({ ...inputs, version }, { workspace: ws });
      expect([again.code, again.outputs['changed']], version).toEqual([0, 'false']);
    }
    expect(snapshotTree(ws)).toEqual(after);
  });

  it("lock-exclude: the charts repository's Chart.lock without its CI-only 0.0.0-dev entry", async () => {
    const ws = workspace({}, { '.': CHARTS_REPO });
    const chart = readFileSync(join(CHARTS_REPO, 'Chart.yaml'), 'utf8');
    writeFileSync(
      join(ws, 'Chart.yaml'),
      chart +
        '  - name: kata-deploy\n    alias: kata-as-coco-runtime-for-ci\n    version: "0.0.0-dev"\n' +
        '    repository: "oci://ghcr.io/kata-containers/kata-deploy-charts"\n    condition: kata-as-coco-runtime-for-ci.enabled\n',
    );
    unlinkSync(join(ws, 'Chart.lock'));
    const run = await bump(
      { charts: '.', 'lock-exclude': 'kata-deploy@0.0.0-dev' },
      // The real lock's generated time, in its zone (Go's nanoseconds become milliseconds).
      { workspace: ws, env: { SOURCE_DATE_EPOCH: '1761759222', TZ: 'America/New_York' } },
    );
    expect(run.code, run.stdout).toBe(0);
    expect(readFileSync(join(ws, 'Chart.lock'), 'utf8')).toBe(
      readFileSync(join(CHARTS_REPO, 'Chart.lock'), 'utf8').replace(
        'generated: "2025-10-29T13:33:42.138774225-04:00"',
        'generated: "2025-10-29T13:33:42-04:00"',
      ),
    );
    const bad = await bump({ charts: '.', 'lock-exclude': 'kata-deploy' }, { workspace: ws });
    expect(annotations(bad.stdout)).toEqual([
      '::error::lock-exclude line 1: expected NAME@VERSION (kata-deploy@0.0.0-dev), got "kata-deploy"',
    ]);
  });
});
