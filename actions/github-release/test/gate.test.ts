import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { runInProcess } from '../../../test/helpers/in-process.js';
import { startGithubServer, type GithubServer, type ServerRepo } from '../../../test/helpers/github-server.js';
import { tempDir } from '../../../test/helpers/workspace.js';
import { githubRelease } from '../src/main.js';

/**
 * Issue 23, the CI gate needs evidence that CI ran (items 4 and 5): skipped and neutral check runs alone
 * passed it, and so did one success from any app with `checks: write`; a check run's name reached the job
 * summary as Markdown. In this process, against the GitHub double on 127.0.0.1.
 */

const REPO = 'confidential-containers/cloud-api-adaptor';
const TOKEN = 'ghs_release0token0never0printed';
let server: GithubServer;
let repo: ServerRepo;
let head: string;

beforeAll(async () => {
  server = await startGithubServer();
});
afterAll(() => server.close());
beforeEach(() => {
  server.reset();
  server.tokens = new Map([[TOKEN, 'write']]);
  repo = server.createRepo(REPO, { files: { 'README.md': 'cloud-api-adaptor\n' } });
  head = repo.commit({ 'src/cloud-api-adaptor/VERSION': 'v0.22.0\n' }, { message: 'Release v0.22.0' });
});

const release = (inputs: Record<string, string> = {}) =>
  runInProcess(
    githubRelease,
    { tag: 'v0.22.0', token: TOKEN, ...inputs },
    {
      workspace: tempDir(),
      env: { GITHUB_API_URL: server.apiUrl, GITHUB_REPOSITORY: REPO, GITHUB_SHA: head, GITHUB_RUN_ID: '31' },
    },
  );
const failure = (r: Awaited<ReturnType<typeof release>>) => r.result?.failure ?? r.error;

describe('4. the CI gate wants evidence that CI ran', () => {
  it('only skipped and neutral checks: not released, unless allow-no-checks', async () => {
    repo.addCheckRun({ sha: head, name: 'docs only', conclusion: 'skipped' });
    repo.addCheckRun({ sha: head, name: 'lint', conclusion: 'neutral' });
    const r = await release();
    expect(failure(r)).toBe(
      `CI gate: no check that succeeded (2 skipped or neutral) on ${head} in ${REPO}, so nothing shows that CI passed (set allow-no-checks: true to release it anyway); nothing was created`,
    );
    expect(repo.releases).toEqual([]);
    const allowed = await release({ 'allow-no-checks': 'true' });
    expect(allowed.result?.outputs['created']).toBe('true');
  });

  it('required-checks: a success of another app under the same name does not count', async () => {
    repo.addCheckRun({ sha: head, name: 'e2e (libvirt)', conclusion: 'success', app: 'dco-bot' });
    repo.addStatus({ sha: head, state: 'success', context: 'tide' });
    const r = await release({ 'required-checks': 'github-actions/e2e (libvirt)\ntide' });
    expect(failure(r)).toBe(
      `CI gate: 1 of 2 required checks on ${head} in ${REPO} did not succeed (github-actions/e2e (libvirt): not found); nothing was created`,
    );
    expect(repo.releases).toEqual([]);

    // The newer run of the name (GitHub lists the latest run of each check) is GitHub Actions' own.
    repo.addCheckRun({ sha: head, name: 'e2e (libvirt)', conclusion: 'success' });
    const ok = await release({ 'required-checks': 'github-actions/e2e (libvirt)\ntide' });
    expect(ok.result?.outputs['created']).toBe('true');
    expect(ok.log).toContain(`all 2 required checks succeeded and all 2 checks passed on ${head} in ${REPO}`);
    expect(ok.result?.summary.split('\n').slice(6)).toEqual([
      `CI gate ✓: the 2 required checks succeeded and all 2 checks passed on \`${head.slice(0, 12)}\` in \`${REPO}\`.`,
      '',
      '| check | kind | app | state | passed | decides |',
      '| --- | --- | --- | --- | --- | --- |',
      '| `e2e (libvirt)` | check run | `github-actions` | success | ✓ | required |',
      '| `tide` | status |  | success | ✓ | required |',
      '',
    ]);
  });

  it('a required check that was skipped has not succeeded', async () => {
    repo.addCheckRun({ sha: head, name: 'e2e (libvirt)', conclusion: 'skipped' });
    repo.addCheckRun({ sha: head, name: 'unit', conclusion: 'success' });
    const r = await release({ 'required-checks': 'e2e (libvirt)', 'dry-run': 'true' });
    expect(failure(r)).toBe(
      `CI gate: 1 of 1 required checks on ${head} in ${REPO} did not succeed (e2e (libvirt): skipped, not success); nothing was created`,
    );
  });

  it('with none required, the checks that succeeded decide, and are marked', async () => {
    repo.addCheckRun({ sha: head, name: 'unit', conclusion: 'success' });
    repo.addCheckRun({ sha: head, name: 'docs only', conclusion: 'skipped' });
    const r = await release({ 'dry-run': 'true' });
    expect(r.result?.failure).toBeUndefined();
    expect(r.result?.summary).toContain(
      `CI gate ✓: all 2 checks passed on \`${head.slice(0, 12)}\` in \`${REPO}\`, 1 of them succeeded.\n\n` +
        '| check | kind | app | state | passed | decides |\n| --- | --- | --- | --- | --- | --- |\n' +
        '| `docs only` | check run | `github-actions` | skipped | ✓ |  |\n' +
        '| `unit` | check run | `github-actions` | success | ✓ | succeeded |\n',
    );
  });
});

describe('5. a check run name is text in the summary', () => {
  it('no image, link or HTML from a hostile name', async () => {
    const name = '![x](http://e.x/p.png) [l](http://e.x) <img src=x> | *b*';
    repo.addCheckRun({ sha: head, name, conclusion: 'failure' });
    const r = await release();
    expect(r.result?.summary).toContain(
      '| `![x](http://e.x/p.png) [l](http://e.x) <img src=x> \\| *b*` | check run | `github-actions` | failure | ✗ | blocks |\n',
    );
  });
});
