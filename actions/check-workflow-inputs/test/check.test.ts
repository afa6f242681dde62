import { describe, expect, it } from 'vitest';
import { annotations, runBundle } from '../../../test/helpers/bundle.js';
import { runAsBundle } from '../../../test/helpers/in-process.js';
import { workspace } from '../../../test/helpers/workspace.js';
import { checkWorkflowInputs } from '../src/main.js';

/**
 * The input checks of the reusable workflows (issue 24: they were bash in each workflow), with the words
 * the workflows' users already know; every problem at once.
 */

const check = (workflow: string, inputs: Record<string, unknown>) =>
  runAsBundle(checkWorkflowInputs, { workflow, inputs: JSON.stringify(inputs) }, { workspace: workspace() });

const PEER_PODS = {
  phase: 'release',
  version: 'v0.22.0',
  manifest: '.github/release-pins.yaml',
  'image-tag': '',
  'kata-version': '',
  commit: '',
  'release-date': '',
  'verify-images': true,
};

describe('check-workflow-inputs', () => {
  it('peer-pods-release: good inputs pass, and nothing is written to the summary (the bundle on Node 24)', async () => {
    const r = await runBundle(
      'check-workflow-inputs',
      { workflow: 'peer-pods-release', inputs: JSON.stringify(PEER_PODS) },
      { workspace: workspace() },
    );
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.summary).toBe('');
    expect(r.outputs['checked']).toBe(
      '["commit","image-tag","kata-version","manifest","phase","release-date","verify-images","version"]',
    );
    for (const good of [
      { phase: 'candidate', 'image-tag': 'abc_1.2-dev', 'kata-version': '4.0.0-rc1' },
      { phase: 'post-release', commit: 'a'.repeat(40), 'release-date': '2026-07-27' },
      { phase: 'prepare', version: 'v0.0.0' },
    ])
      expect((await check('peer-pods-release', { ...PEER_PODS, ...good })).code, JSON.stringify(good)).toBe(0);
  });

  it('peer-pods-release: each refusal in its own words, all at once', async () => {
    const r = await check('peer-pods-release', {
      phase: 'final',
      version: '0.23.0',
      'image-tag': 'a b',
      'kata-version': 'latest',
      commit: 'main',
      'release-date': '27 July',
    });
    expect(r.code).toBe(1);
    expect(annotations(r.stdout)).toEqual([
      "::error::input phase must be prepare, candidate, release or post-release, got 'final'",
      "::error::input version must be vX.Y.Z (a candidate gets its -alpha.N itself), got '0.23.0'",
      "::error::input image-tag must be an image tag, got 'a b'",
      "::error::input kata-version must be a Kata release such as 4.0.0, got 'latest'",
      "::error::input commit must be a full commit SHA, got 'main'",
      "::error::input release-date must be YYYY-MM-DD, got '27 July'",
    ]);
    expect(r.outputs).toEqual({});
    for (const version of ['v01.2.3', 'v1.2', 'v1.2.3-alpha.1', ''])
      expect((await check('peer-pods-release', { ...PEER_PODS, version })).stdout, version).toContain(
        `input version must be vX.Y.Z`,
      );
    expect((await check('peer-pods-release', { ...PEER_PODS, 'image-tag': '.x' })).code).toBe(1);
    expect((await check('peer-pods-release', { ...PEER_PODS, 'image-tag': 'x'.repeat(129) })).code).toBe(1);
  });

  it('charts-release', async () => {
    const good = { phase: 'prepare', bump: 'kata', 'kata-version': '', 'kata-dependency': 'kata-deploy' };
    expect((await check('charts-release', good)).code).toBe(0);
    const r = await check('charts-release', { ...good, bump: 'huge', 'kata-version': 'v3', 'kata-dependency': '' });
    expect(annotations(r.stdout)).toEqual([
      "::error::input bump must be kata, patch, minor or major, got 'huge'",
      "::error::input kata-version must be a Kata release such as 3.22.0, got 'v3'",
      "::error::input kata-dependency must be a dependency name, got ''",
    ]);
  });

  it('subproject-release: the commit given, or the Kata release and the component that say which', async () => {
    const good = { component: 'trustee', 'kata-version': '4.0.0', commit: '', bump: 'minor', version: '' };
    const ok = { ...good, 'tag-format': 'v{version}' };
    expect((await check('subproject-release', ok)).code).toBe(0);
    expect((await check('subproject-release', { ...ok, component: '', commit: 'f'.repeat(40) })).code).toBe(0);
    expect((await check('subproject-release', { ...ok, version: '0.17.0', 'tag-format': 'kbs/{version}' })).code).toBe(
      0,
    );
    const neither = await check('subproject-release', { ...ok, component: '' });
    expect(annotations(neither.stdout)).toEqual([
      '::error::give kata-version and component (the commit that Kata release pins), or commit',
    ]);
    const r = await check('subproject-release', {
      ...ok,
      component: 'kbs',
      'kata-version': '4',
      bump: 'kata',
      version: 'v1',
      'tag-format': '{version}-{version}',
    });
    expect(annotations(r.stdout)).toEqual([
      "::error::input component must be trustee or guest-components, got 'kbs'",
      "::error::input kata-version must be a Kata release such as 4.0.0, got '4'",
      "::error::input bump must be major, minor or patch, got 'kata'",
      "::error::input version must be X.Y.Z or vX.Y.Z, got 'v1'",
      "::error::input tag-format must hold {version} once, with letters, digits, . _ / - around it, got '{version}-{version}'",
    ]);
    const commit = await check('subproject-release', { ...ok, commit: 'main' });
    expect(annotations(commit.stdout)).toEqual(["::error::input commit must be a full commit SHA, got 'main'"]);
  });

  it('bump-coco-deps: each commit, when given, a full SHA', async () => {
    const good = { file: 'versions.yaml', set: '', 'trustee-sha': 'a'.repeat(40), 'guest-components-sha': '' };
    expect((await check('bump-coco-deps', good)).code).toBe(0);
    const r = await check('bump-coco-deps', {
      ...good,
      'trustee-sha': 'v0.15.0; rm -rf /',
      'guest-components-sha': 'A'.repeat(40),
    });
    expect(annotations(r.stdout)).toEqual([
      "::error::input trustee-sha must be a full 40-character commit SHA, got 'v0.15.0; rm -rf /'",
      `::error::input guest-components-sha must be a full 40-character commit SHA, got '${'A'.repeat(40)}'`,
    ]);
  });

  it('a value with a line break cannot start a workflow command', async () => {
    const r = await check('peer-pods-release', { ...PEER_PODS, 'image-tag': 'x\n::error::forged' });
    expect(r.stdout).toBe("::error::input image-tag must be an image tag, got 'x%0A::error::forged'\n");
  });

  it('refuses an unknown workflow and inputs that are not a JSON object', async () => {
    expect(annotations((await check('release', {})).stdout)).toEqual([
      "::error::input 'workflow' must be one of peer-pods-release, charts-release, subproject-release, bump-coco-deps, got 'release'",
    ]);
    const notJson = await runAsBundle(
      checkWorkflowInputs,
      { workflow: 'charts-release', inputs: '[1]' },
      { workspace: workspace() },
    );
    expect(annotations(notJson.stdout)).toEqual([
      "::error::input 'inputs' must be a JSON object (the expression toJSON(inputs))",
    ]);
  });
});
