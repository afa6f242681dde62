import { cpSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { annotations, runBundle } from '../../../test/helpers/bundle.js';
import { filesBelow, REPLAY, ROOT } from '../../../test/helpers/paths.js';
import { runAsBundle } from '../../../test/helpers/in-process.js';
import { snapshotTree, workspace } from '../../../test/helpers/workspace.js';
import { applyReleasePins } from '../src/main.js';

/**
 * apply-release-pins through the runner protocol (exit code, stdout, outputs, summary), in this process
 * (runAsBundle); the tests marked "the bundle on Node 24" run dist/apply-release-pins as the runner does. On
 * copies of the real v0.22.0 release files
 * with the manifest a cloud-api-adaptor maintainer would commit: each phase gives upstream's files byte for
 * byte (but Chart.lock's generated time), a re-run changes nothing, and a bad request writes nothing.
 */
const MANIFEST = join(ROOT, 'examples/cloud-api-adaptor/.github/release-pins.yaml');
const IMAGE = '61b1aba91df646a663e60ab6b55c6a7dc93cd167';
/** Kata 4.0.0: its version, its tag's commit, the trustee and guest-components commits it pins. */
const KATA = [
  'kata-version=4.0.0',
  'kata-commit=cf82bb35c80320178bf7570252fe75d6fb263209',
  'trustee-commit=258ea4acb7b9bd865fce5c63a539f2120dba8298',
  'guest-components-commit=dcd55ea16ea4f4bcb87c1420f16af92e9eb15f2f',
].join('\n');

function releaseWorkspace(step: string): string {
  const ws = workspace({}, { '.github/release-pins.yaml': MANIFEST });
  cpSync(join(REPLAY, step, 'before'), ws, { recursive: true });
  return ws;
}

const withoutGenerated = (text: string) => text.replace(/^generated: .*$/m, 'generated: (time)');
function expectTree(ws: string, step: string): void {
  const expected = join(REPLAY, step, 'after');
  const got = Object.fromEntries(
    filesBelow(ws, () => true)
      .map((f) => [relative(ws, f), readFileSync(f, 'utf8')] as const)
      .filter(([path]) => path !== '.github/release-pins.yaml'),
  );
  const want = Object.fromEntries(
    filesBelow(expected, () => true).map((f) => [relative(expected, f), readFileSync(f, 'utf8')]),
  );
  expect(Object.keys(got).sort()).toEqual(Object.keys(want).sort());
  for (const [path, text] of Object.entries(want))
    expect(withoutGenerated(got[path]!), path).toBe(withoutGenerated(text));
}

const run = (ws: string, phase: string, vars: string, extra: Record<string, string> = {}) =>
  runAsBundle(applyReleasePins, { phase, vars, ...extra }, { workspace: ws });

/** The committed bundle on Node 24, as the runner runs it: the smoke tests of dist/apply-release-pins. */
const runOnNode24 = (ws: string, phase: string, vars: string) =>
  runBundle('apply-release-pins', { phase, vars }, { workspace: ws });

describe('the v0.22.0 release, one apply-release-pins run per phase', () => {
  it('prepare: kata-deploy pinned and Chart.lock created; a re-run changes nothing', async () => {
    const ws = releaseWorkspace('1-kata-deploy-pin');
    const r = await run(ws, 'prepare', KATA);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expectTree(ws, '1-kata-deploy-pin');
    expect(JSON.parse(r.outputs['changed-files']!)).toEqual([
      'src/cloud-api-adaptor/install/charts/peerpods/Chart.yaml',
      'src/cloud-api-adaptor/install/charts/peerpods/Chart.lock',
    ]);
    expect(JSON.parse(r.outputs['go']!)).toEqual([
      {
        module: 'src/cloud-api-adaptor',
        require: 'github.com/kata-containers/kata-containers/src/runtime',
        version: '4.0.0',
      },
    ]);
    const before = snapshotTree(ws);
    const again = await run(ws, 'prepare', KATA);
    expect([again.code, again.outputs['changed']]).toEqual([0, 'false']);
    expect(snapshotTree(ws)).toEqual(before);
  });

  it('release: the five image pins, the three charts and the lock; the summary lists each change (the bundle on Node 24)', async () => {
    const ws = releaseWorkspace('2-image-pin');
    const r = await runOnNode24(ws, 'release', `image-tag=${IMAGE}\nversion=v0.22.0\n`);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expectTree(ws, '3-chart-versions');
    expect(JSON.parse(r.outputs['charts']!)).toEqual([
      { chart: 'src/peerpod-ctrl/chart', name: 'peerpodctrl', old: '0.3.1', new: '0.4.0' },
      { chart: 'src/webhook/chart', name: 'peerpods-webhook', old: '0.3.1', new: '0.4.0' },
      { chart: 'src/cloud-api-adaptor/install/charts/peerpods', name: 'peerpods', old: '0.3.1', new: '0.4.0' },
    ]);
    expect(r.summary).toContain(
      `| \`src/peerpod-ctrl/chart/values.yaml:7\` | \`.image.tag\` | \`latest\` | \`${IMAGE}\` |`,
    );
    expect((await run(ws, 'release', `image-tag=${IMAGE}\nversion=v0.22.0\n`)).outputs['changed']).toBe('false');
  });

  it('post-release: pins back to latest, kata-deploy back to 0.0.0-dev without a lock, CITATION.cff', async () => {
    const ws = releaseWorkspace('4-revert-image-pin');
    const vars = 'version=v0.22.0\ncommit=38d0fcf7c7b787cc7fb9831410a910b37bb3be09\nrelease-date=2026-07-27\n';
    const r = await run(ws, 'post-release', vars);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expectTree(ws, '6-citation');
    expect((await run(ws, 'post-release', vars)).outputs['changed']).toBe('false');
  });

  it('dry-run reports the diff and writes nothing', async () => {
    const ws = releaseWorkspace('2-image-pin');
    const before = snapshotTree(ws);
    const r = await run(ws, 'release', `image-tag=${IMAGE}\nversion=v0.22.0\n`, { 'dry-run': 'true' });
    expect(r.code).toBe(0);
    expect(r.outputs['changed']).toBe('true');
    expect(r.outputs['diff']).toContain(`+  tag: "${IMAGE}-dev"`);
    expect(snapshotTree(ws)).toEqual(before);
  });
});

describe('bad requests: one clear error each, nothing written', () => {
  it('a missing variable names the manifest line (the bundle on Node 24)', async () => {
    const ws = releaseWorkspace('2-image-pin');
    const before = snapshotTree(ws);
    const r = await runOnNode24(ws, 'release', 'version=v0.22.0');
    expect(r.code).toBe(1);
    expect(annotations(r.stdout)[0]).toBe(
      "::error file=.github/release-pins.yaml,line=16::.github/release-pins.yaml:16: unknown variable {image-tag}: give it in input 'vars' (given: version)",
    );
    expect(r.stderr).toBe('');
    expect(snapshotTree(ws)).toEqual(before);
  });

  it("an unknown phase lists the manifest's phases", async () => {
    const ws = releaseWorkspace('2-image-pin');
    const r = await run(ws, 'relase', 'version=v0.22.0');
    expect(annotations(r.stdout)).toEqual([
      "::error::phase 'relase' is not in .github/release-pins.yaml: its phases are candidate, post-release, prepare, release",
    ]);
  });

  it('one site that cannot be pinned (its file lost the line) stops every other file', async () => {
    const ws = releaseWorkspace('2-image-pin');
    const makefile = join(ws, 'src/cloud-providers/Makefile');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(makefile, readFileSync(makefile, 'utf8').replace('"  tag: \\"latest\\"", \\', '"  image: x", \\'));
    const before = snapshotTree(ws);
    const r = await run(ws, 'release', `image-tag=${IMAGE}\nversion=v0.22.0\n`);
    expect(r.code).toBe(1);
    expect(annotations(r.stdout)).toEqual([
      '::error file=src/cloud-providers/Makefile::src/cloud-providers/Makefile: .github/release-pins.yaml line 31: pattern "  tag: \\\\"(?<value>[^"\\\\\\\\]*)\\\\"" matches nothing',
    ]);
    expect(snapshotTree(ws)).toEqual(before);
  });

  it('an image-tag that is a whole reference: every image site refused with the tag to give, nothing written', async () => {
    const ws = releaseWorkspace('2-image-pin');
    const before = snapshotTree(ws);
    const r = await run(
      ws,
      'release',
      `image-tag=quay.io/confidential-containers/cloud-api-adaptor:${IMAGE}\nversion=v0.22.0\n`,
    );
    expect(r.code).toBe(1);
    expect(annotations(r.stdout)[0]).toBe(
      `::error file=.github/release-pins.yaml,line=16::.github/release-pins.yaml:16: src/cloud-api-adaptor/install/charts/peerpods/values.yaml .image.tag holds the tag of quay.io/confidential-containers/cloud-api-adaptor, but "quay.io/confidential-containers/cloud-api-adaptor:${IMAGE}" looks like a whole image reference: give the tag alone ("${IMAGE}")`,
    );
    expect(annotations(r.stdout)).toHaveLength(5);
    expect(snapshotTree(ws)).toEqual(before);
  });
});

describe('optional sites and shared anchors (issue 22), through the bundle', () => {
  const manifest = [
    'pins:',
    '  - file: values.yaml',
    '    path: .common.image.tag',
    '    phases: { release: "{version}" }',
    '  - file: providers/docker.yaml',
    '    path: .image.tag',
    '    optional: true',
    '    phases: { release: "{version}" }',
    '',
  ].join('\n');
  const values = 'common: &common\n  image:\n    tag: v1\namd64:\n  <<: *common\ns390x:\n  <<: *common\n';

  it('allow-shared-anchor edits the anchored value and the summary lists its aliases; the optional site is skipped', async () => {
    const ws = workspace({ '.github/release-pins.yaml': manifest, 'values.yaml': values });
    const refused = await run(ws, 'release', 'version=v2');
    expect(refused.code).toBe(1);
    expect(annotations(refused.stdout)).toEqual([
      '::error file=values.yaml,line=3,col=10::values.yaml:3:10: .github/release-pins.yaml line 2: .common.image.tag lies inside a mapping (line 2) that carries the anchor &common, which *common reuses at lines 5, 7; editing it would change that place too (an edit changes exactly one place; allow-shared-anchor: true edits it anyway)',
    ]);
    const r = await run(ws, 'release', 'version=v2', { 'allow-shared-anchor': 'true' });
    expect(r.code, r.stdout).toBe(0);
    expect(readFileSync(join(ws, 'values.yaml'), 'utf8')).toBe(values.replace('tag: v1', 'tag: v2'));
    expect(r.summary).toContain(
      '| optional site skipped |\n| --- |\n| .github/release-pins.yaml line 5: providers/docker.yaml does not exist: optional site .image.tag skipped |\n',
    );
    expect(r.summary).toContain(
      '| shared anchor edited |\n| --- |\n| values.yaml .common.image.tag is inside the anchor \\&common: the edit also changes \\*common at lines 5, 7 |\n',
    );
  });
});
