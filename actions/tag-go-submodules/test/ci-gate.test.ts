import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { annotations, runBundle } from '../../../test/helpers/bundle.js';
import { startGithubServer, type GithubServer, type ServerRepo } from '../../../test/helpers/github-server.js';
import { runAsBundle, runInProcess } from '../../../test/helpers/in-process.js';
import { tagGoSubmodules } from '../src/main.js';
import { caaRepo, GIT_ENV, refsOf, tagsOf, type Repo } from './repo.js';

/**
 * tag-go-submodules' CI gate (issue 15, KEP-2264: a tag only goes on a commit whose CI passed), through the
 * runner protocol in this process (runAsBundle), and the committed bundle on Node 24 for the first test: the real cloud-api-adaptor go.mod files in a repository whose remote is a
 * bare repository the test GitHub server serves, with the check runs and commit statuses it keeps.
 */

const REPO = 'confidential-containers/cloud-api-adaptor';
const TOKEN = 'ghs_tagging0token0never0printed';
const INPUTS = {
  version: 'v0.9.0',
  exclude: 'src/cloud-api-adaptor/podvm',
  'root-tag': 'true',
  'require-checks': 'true',
  token: TOKEN,
};
const TAGS = [
  'src/cloud-providers/v0.9.0',
  'src/peerpod-ctrl/v0.9.0',
  'src/cloud-api-adaptor/v0.9.0',
  'src/webhook/v0.9.0',
  'v0.9.0',
];

let server: GithubServer;
let repo: ServerRepo;
let local: Repo;

beforeAll(async () => {
  server = await startGithubServer();
});
afterAll(() => server.close());
beforeEach(() => {
  server.reset();
  server.tokens = new Map([
    [TOKEN, 'write'],
    ['ghs_other', 'read'],
  ]);
  local = caaRepo();
  repo = server.serveRepo(REPO, local.remote);
});

const options = (env: Record<string, string>) => ({
  workspace: local.ws,
  env: { ...GIT_ENV, GITHUB_API_URL: server.apiUrl, GITHUB_REPOSITORY: REPO, GITHUB_RUN_ID: '31', ...env },
});
const run = (inputs: Record<string, string> = {}, env: Record<string, string> = {}) =>
  runAsBundle(tagGoSubmodules, { ...INPUTS, ...inputs }, options(env));
/** The committed bundle on Node 24, as the runner runs it. */
const runDist = (inputs: Record<string, string> = {}, env: Record<string, string> = {}) =>
  runBundle('tag-go-submodules', { ...INPUTS, ...inputs }, options(env));
const gateReads = () => server.count((r) => /\/commits\/[0-9a-f]{40}\/(check-runs|status)$/.test(r.path));

describe('tag-go-submodules require-checks', () => {
  it('the bundle on Node 24: tags a commit whose checks and statuses all passed, listing them in the summary', async () => {
    repo.addCheckRun({ sha: local.commit, name: 'e2e (libvirt)', conclusion: 'success' });
    repo.addCheckRun({ sha: local.commit, name: 'docs', conclusion: 'skipped' });
    repo.addStatus({ sha: local.commit, state: 'success', context: 'tide' });
    // This workflow run's own job is still running on the commit: listed, not counted.
    repo.addCheckRun({
      sha: local.commit,
      name: 'release',
      status: 'in_progress',
      details_url: `${server.htmlUrl}/${REPO}/actions/runs/31/job/1`,
    });
    const r = await runDist();
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(JSON.parse(r.outputs['created']!)).toEqual(TAGS);
    expect(tagsOf(local.remote)).toEqual(Object.fromEntries(TAGS.map((t) => [t, local.commit])));
    expect(r.stdout).toContain(`all 3 checks passed on ${local.commit} in ${REPO}\n`);
    expect(r.summary).toContain(
      `CI gate ✓: all 3 checks passed on \`${local.commit.slice(0, 12)}\` in \`${REPO}\`, 2 of them succeeded.\n\n` +
        '| check | kind | app | state | passed | decides |\n| --- | --- | --- | --- | --- | --- |\n' +
        '| `release` | check run | `github-actions` | in\\_progress | ignored (this workflow run) |  |\n',
    );
    expect(`${r.stdout}\n${r.stderr}`.split('\n').filter((l) => l.includes(TOKEN))).toEqual([`::add-mask::${TOKEN}`]);
    const reads = server.log.filter((l) => /check-runs|status$/.test(l.path));
    expect(new Set(reads.map((l) => l.authorization))).toEqual(new Set([`token ${TOKEN}`]));

    // A re-run has nothing to create: it asks CI nothing and changes nothing.
    const before = gateReads();
    const again = await runDist();
    expect(again.code).toBe(0);
    expect(JSON.parse(again.outputs['skipped']!)).toEqual(TAGS);
    expect(gateReads()).toBe(before);
  });

  it('a failing check creates no tag, locally or on the remote, and names the check', async () => {
    repo.addCheckRun({ sha: local.commit, name: 'e2e (libvirt)', conclusion: 'success' });
    repo.addCheckRun({ sha: local.commit, name: 'e2e (azure)', conclusion: 'timed_out' });
    repo.addStatus({ sha: local.commit, state: 'pending', context: 'tide' });
    const before = { local: refsOf(local.ws), remote: refsOf(local.remote) };
    const r = await run();
    expect(r.code).toBe(1);
    expect(annotations(r.stdout)).toEqual([
      `::error::CI gate: 2 of 3 checks on ${local.commit} in ${REPO} have not passed (e2e (azure): timed_out, tide: pending); no tag was created or pushed`,
    ]);
    expect(r.summary).toContain(
      `### tag-go-submodules: ✗ \`v0.9.0\` not tagged: CI has not passed on \`${local.commit.slice(0, 12)}\`\n\nNo tag was created or pushed (5 would have been).`,
    );
    expect(r.summary).toContain(
      '| check | kind | app | state | passed | decides |\n| --- | --- | --- | --- | --- | --- |\n' +
        '| `e2e (azure)` | check run | `github-actions` | timed\\_out | ✗ | blocks |\n' +
        '| `e2e (libvirt)` | check run | `github-actions` | success | ✓ |  |\n' +
        '| `tide` | status |  | pending | ✗ | blocks |\n',
    );
    expect(r.outputs['created']).toBe('[]');
    expect({ local: refsOf(local.ws), remote: refsOf(local.remote) }).toEqual(before);
  });

  it('no checks at all blocks the tags unless allow-no-checks', async () => {
    const r = await run();
    expect(annotations(r.stdout)).toEqual([
      `::error::CI gate: no check runs or commit statuses on ${local.commit} in ${REPO}, so nothing shows that CI passed (set allow-no-checks: true to tag it anyway); no tag was created or pushed`,
    ]);
    expect(tagsOf(local.remote)).toEqual({});
    const allowed = await run({ 'allow-no-checks': 'true' });
    expect(allowed.code, allowed.stdout).toBe(0);
    expect(Object.keys(tagsOf(local.remote)).sort()).toEqual([...TAGS].sort());
  });

  // Issue 23, item 4: evidence that CI ran, in this process (no bundle).
  const inProcess = (inputs: Record<string, string>) =>
    runInProcess(
      tagGoSubmodules,
      { ...INPUTS, mode: 'tag', ...inputs },
      {
        workspace: local.ws,
        env: { ...GIT_ENV, GITHUB_API_URL: server.apiUrl, GITHUB_REPOSITORY: REPO, GITHUB_RUN_ID: '31' },
      },
    );

  it('required-checks: the success of another app under the required name does not count; no tag', async () => {
    repo.addCheckRun({ sha: local.commit, name: 'e2e (libvirt)', conclusion: 'success', app: 'dco-bot' });
    const before = { local: refsOf(local.ws), remote: refsOf(local.remote) };
    const r = await inProcess({ 'required-checks': 'github-actions/e2e (libvirt)' });
    expect(r.result?.failure).toBe(
      `CI gate: 1 of 1 required checks on ${local.commit} in ${REPO} did not succeed (github-actions/e2e (libvirt): not found); no tag was created or pushed`,
    );
    expect({ local: refsOf(local.ws), remote: refsOf(local.remote) }).toEqual(before);
    const ok = await inProcess({ 'required-checks': 'dco-bot/e2e (libvirt)' });
    expect(ok.result?.failure).toBeUndefined();
    expect(Object.keys(tagsOf(local.remote)).sort()).toEqual([...TAGS].sort());
  });

  it('only skipped and neutral checks are no evidence: no tag unless allow-no-checks', async () => {
    repo.addCheckRun({ sha: local.commit, name: 'docs', conclusion: 'skipped' });
    repo.addCheckRun({ sha: local.commit, name: 'lint', conclusion: 'neutral' });
    const r = await inProcess({});
    expect(r.result?.failure).toBe(
      `CI gate: no check that succeeded (2 skipped or neutral) on ${local.commit} in ${REPO}, so nothing shows that CI passed (set allow-no-checks: true to tag it anyway); no tag was created or pushed`,
    );
    expect(tagsOf(local.remote)).toEqual({});
    const allowed = await inProcess({ 'allow-no-checks': 'true' });
    expect(allowed.result?.failure).toBeUndefined();
    expect(Object.keys(tagsOf(local.remote)).sort()).toEqual([...TAGS].sort());
  });

  it('dry-run runs the gate too; without require-checks no API request is made', async () => {
    const dry = await run({ 'dry-run': 'true' });
    expect(dry.code).toBe(1);
    expect(gateReads()).toBe(2);
    const off = await run({ 'require-checks': 'false', 'dry-run': 'true' });
    expect(off.code).toBe(0);
    expect(server.log).toHaveLength(2);
  });

  it('clear errors: a token without access, no token, a bad repository', async () => {
    const denied = await run({ token: 'ghs_unknown' });
    expect(annotations(denied.stdout)).toEqual([
      `::error::reading the checks of ${local.commit} in ${REPO}: the token was rejected (HTTP 401: Bad credentials): it is expired, revoked or mistyped; check the token input`,
    ]);
    const none = await run({ token: '' });
    expect(annotations(none.stdout)).toEqual([
      "::error::require-checks: input 'token' is empty and GITHUB_TOKEN is not set: the CI gate reads checks through the API",
    ]);
    const bad = await run({ repository: 'not a repo' });
    expect(annotations(bad.stdout)).toEqual(["::error::input 'repository' must be OWNER/NAME, got 'not a repo'"]);
    expect(tagsOf(local.remote)).toEqual({});
  });
});
