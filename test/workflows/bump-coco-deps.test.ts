import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { git, repoWithRemote, showFile } from '../helpers/git.js';
import { real } from '../helpers/paths.js';
import { localThirdParty } from '../helpers/third-party.js';
import { runWorkflow } from '../helpers/workflow-runner.js';

const TRUSTEE = '6b7a7b05b0ac0e8a3e0d53a7ae1a2f6e2a3e8f1c';
const GC = '9f1e0c2d4b6a8c0e2f4a6b8d0c2e4f6a8b0d2c4e';
const KATA = real('kata-containers/kata-containers/versions.yaml');

describe('bump-coco-deps.yml, run locally step by step', () => {
  it('pins trustee and guest-components in Kata and opens one PR; a re-run changes nothing', async () => {
    const { work, remote } = repoWithRemote({ 'versions.yaml': KATA });
    const pulls = new Map<string, { title: string; body: string; head: string }>();
    const inputs = { 'trustee-sha': TRUSTEE, 'guest-components-sha': GC };
    const run = await runWorkflow('bump-coco-deps.yml', {
      inputs,
      workspace: work,
      thirdParty: localThirdParty(pulls),
    });
    expect(run.jobs['bump']).toEqual({
      result: 'success',
      outputs: { changed: 'true', 'pull-request-url': 'https://github.com/example/repo/pull/1' },
    });

    const branch = 'coco-release/bump-coco-deps';
    const pinned = showFile(remote, branch, 'versions.yaml');
    expect(pinned).toBe(
      KATA.replace('    version: "258ea4acb7b9bd865fce5c63a539f2120dba8298"\n', `    version: "${TRUSTEE}"\n`).replace(
        '    version: "304c21f29e26dbbb968783e41109f3b6d630e872"\n',
        `    version: "${GC}"\n`,
      ),
    );
    expect(git(remote, 'log', '-1', '--format=%B', branch)).toBe(
      'versions: bump CoCo dependencies\n\nSigned-off-by: Release Tester <tester@example.com>',
    );
    const pr = pulls.get(branch)!;
    expect(pr.body).toBe(
      [
        'Bumps pins in `versions.yaml`:',
        '',
        '| path | old | new | commits |',
        '| --- | --- | --- | --- |',
        `| \`.externals.coco-trustee.version\` | \`258ea4acb7b9bd865fce5c63a539f2120dba8298\` | \`${TRUSTEE}\` | [compare](https://github.com/confidential-containers/trustee/compare/258ea4acb7b9bd865fce5c63a539f2120dba8298...${TRUSTEE}) |`,
        `| \`.externals.coco-guest-components.version\` | \`304c21f29e26dbbb968783e41109f3b6d630e872\` | \`${GC}\` | [compare](https://github.com/confidential-containers/guest-components/compare/304c21f29e26dbbb968783e41109f3b6d630e872...${GC}) |`,
        '',
        'Opened by the coco-release-actions `bump-coco-deps` workflow.',
      ].join('\n'),
    );

    // The PR merged: the re-run finds nothing to change and opens nothing.
    git(remote, 'update-ref', 'refs/heads/main', pr.head);
    git(work, 'pull', '-q', 'origin', 'main');
    const headBefore = git(remote, 'rev-parse', branch);
    const again = await runWorkflow('bump-coco-deps.yml', {
      inputs,
      workspace: work,
      thirdParty: localThirdParty(pulls),
    });
    expect(again.jobs['bump']!.outputs['changed']).toBe('false');
    expect(again.steps.find((s) => s.id === 'pr')!.skipped).toBe(true);
    expect(git(remote, 'rev-parse', branch)).toBe(headBefore);
    expect(git(work, 'status', '--porcelain')).toBe('');
  });

  it('opens no PR in a dry run and writes nothing', async () => {
    const { work } = repoWithRemote({ 'versions.yaml': KATA });
    const pulls = new Map();
    const run = await runWorkflow('bump-coco-deps.yml', {
      inputs: { 'trustee-sha': TRUSTEE, 'dry-run': 'true' },
      workspace: work,
      thirdParty: localThirdParty(pulls),
    });
    expect(run.jobs['bump']!.outputs['changed']).toBe('true');
    expect(pulls.size).toBe(0);
    expect(readFileSync(join(work, 'versions.yaml'), 'utf8')).toBe(KATA);
  });

  it('refuses a SHA that is not 40 hex characters before touching anything', async () => {
    const { work } = repoWithRemote({ 'versions.yaml': KATA });
    const run = await runWorkflow('bump-coco-deps.yml', {
      inputs: { 'trustee-sha': 'v0.15.0; rm -rf /' },
      workspace: work,
      thirdParty: localThirdParty(new Map()),
    });
    expect(run.jobs['bump']!.result).toBe('failure');
    expect(run.steps.find((s) => s.id === 'check')!.stdout).toContain(
      "::error::input trustee-sha must be a full 40-character commit SHA, got 'v0.15.0; rm -rf /'",
    );
    expect(readFileSync(join(work, 'versions.yaml'), 'utf8')).toBe(KATA);
  });
});
