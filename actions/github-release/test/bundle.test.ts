import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { annotations, runBundle, type BundleRun } from '../../../test/helpers/bundle.js';
import { git } from '../../../test/helpers/git.js';
import { startGithubServer, type GithubServer, type ServerRepo } from '../../../test/helpers/github-server.js';
import { runAsBundle } from '../../../test/helpers/in-process.js';
import { real } from '../../../test/helpers/paths.js';
import { tempDir, workspace } from '../../../test/helpers/workspace.js';
import { githubRelease } from '../src/main.js';

/**
 * github-release against the test GitHub on 127.0.0.1: a bare git repository holding real cloud-api-adaptor
 * files, with releases, check runs and commit statuses kept by the server. The action's logic runs in this
 * process through the runner protocol (exit code, stdout, GITHUB_OUTPUT, GITHUB_STEP_SUMMARY: runAsBundle);
 * the tests marked "the bundle on Node 24" run the committed dist/github-release/index.js as the runner does.
 */

const REPO = 'confidential-containers/cloud-api-adaptor';
const TOKEN = 'ghs_release0token0never0printed';
const READ_TOKEN = 'ghs_read0only0token';
const RUN_ID = '8765';

let server: GithubServer;
let repo: ServerRepo;
/** The release commit (main's head) and the one before it. */
let head: string;
let before: string;

beforeAll(async () => {
  server = await startGithubServer();
});
afterAll(() => server.close());
beforeEach(() => {
  server.reset();
  server.tokens = new Map([
    [TOKEN, 'write'],
    [READ_TOKEN, 'read'],
  ]);
  repo = server.createRepo(REPO, {
    files: {
      'CITATION.cff': real('confidential-containers/cloud-api-adaptor/CITATION.cff'),
      'src/cloud-api-adaptor/versions.yaml': real(
        'confidential-containers/cloud-api-adaptor/src/cloud-api-adaptor/versions.yaml',
      ),
    },
  });
  before = repo.git.commitOf('main')!;
  head = repo.commit({ 'src/cloud-api-adaptor/VERSION': 'v0.22.0\n' }, { message: 'Release v0.22.0' });
});

const env = (extra: Record<string, string> = {}): Record<string, string> => ({
  GITHUB_API_URL: server.apiUrl,
  GITHUB_REPOSITORY: REPO,
  GITHUB_SHA: head,
  GITHUB_RUN_ID: RUN_ID,
  ...extra,
});

const release = (inputs: Record<string, string>, extra: Record<string, string> = {}): Promise<BundleRun> =>
  runAsBundle(githubRelease, { token: TOKEN, ...inputs }, { workspace: workspace(), env: env(extra) });

/** The same step through the committed bundle, on Node 24: the smoke tests of the bundle. */
const releaseOnNode24 = (inputs: Record<string, string>): Promise<BundleRun> =>
  runBundle('github-release', { token: TOKEN, ...inputs }, { workspace: workspace(), env: env() });

/** CI on the release commit as GitHub shows it: two check runs, a skipped one, a commit status. */
const greenCi = (sha = head): void => {
  repo.addCheckRun({ sha, name: 'e2e (libvirt)', conclusion: 'success' });
  repo.addCheckRun({ sha, name: 'golangci-lint', conclusion: 'success' });
  repo.addCheckRun({ sha, name: 'docs only', conclusion: 'skipped' });
  repo.addStatus({ sha, state: 'success', context: 'tide' });
};

const posts = (): number => server.count('POST /repos/confidential-containers/cloud-api-adaptor/releases');
const tagged = (tag: string): string | undefined => repo.git.commitOf(`refs/tags/${tag}`);
const short = (sha: string): string => sha.slice(0, 7);

/** Nothing was created: no release request, no release, no tag. */
const nothingCreated = (tag: string): void => {
  expect(posts()).toBe(0);
  expect(repo.releases).toEqual([]);
  expect(tagged(tag)).toBeUndefined();
};

/** The token reaches the log only inside the runner's mask command. */
const tokenNeverPrinted = (run: BundleRun): void => {
  const lines = `${run.stdout}\n${run.stderr}`.split('\n').filter((l) => l.includes(TOKEN));
  expect(lines).toEqual([`::add-mask::${TOKEN}`]);
  expect(run.summary).not.toContain(TOKEN);
  expect(JSON.stringify(run.outputs)).not.toContain(TOKEN);
};

describe('creating the release', () => {
  it('creates v0.22.0 at the workflow commit with generated notes after the body, on green CI (the bundle on Node 24)', async () => {
    greenCi();
    // This job's own check run is still in progress on the commit it releases: listed, not counted.
    repo.addCheckRun({
      sha: head,
      name: 'release',
      status: 'in_progress',
      details_url: `${server.htmlUrl}/${REPO}/actions/runs/${RUN_ID}/job/42`,
    });
    const run = await releaseOnNode24({ tag: 'v0.22.0', body: 'Peer pods for Kata 3.19.' });
    expect(annotations(run.stdout)).toEqual([]);
    expect(run.code).toBe(0);
    const [created] = repo.releases;
    const url = `${server.htmlUrl}/${REPO}/releases/tag/v0.22.0`;
    expect(run.outputs).toEqual({ url, id: String(created!.id), created: 'true' });
    expect(created).toMatchObject({
      tag_name: 'v0.22.0',
      target_commitish: head,
      prerelease: false,
      draft: false,
      generate_release_notes: true,
      name: 'v0.22.0',
      body:
        'Peer pods for Kata 3.19.\n\n' +
        "## What's Changed\n" +
        `* initial (${short(before)})\n` +
        `* Release v0.22.0 (${short(head)})\n\n` +
        `**Full Changelog**: ${server.htmlUrl}/${REPO}/commits/v0.22.0`,
    });
    // GitHub created the tag at the commit: git sees it.
    expect(tagged('v0.22.0')).toBe(head);
    expect(git(repo.path, 'ls-remote', repo.path, 'refs/tags/v0.22.0')).toBe(`${head}\trefs/tags/v0.22.0`);
    expect(run.summary).toBe(
      [
        '### github-release: ✓ created `v0.22.0`',
        '',
        '| repository | tag | commit | pre-release | release |',
        '| --- | --- | --- | --- | --- |',
        `| \`${REPO}\` | \`v0.22.0\` | \`${head}\` | no | \`${url}\` |`,
        '',
        `CI gate ✓: all 4 checks passed on \`${head.slice(0, 12)}\` in \`${REPO}\`, 3 of them succeeded.`,
        '',
        '| check | kind | app | state | passed | decides |',
        '| --- | --- | --- | --- | --- | --- |',
        '| `release` | check run | `github-actions` | in\\_progress | ignored (this workflow run) |  |',
        '| `docs only` | check run | `github-actions` | skipped | ✓ |  |',
        '| `golangci-lint` | check run | `github-actions` | success | ✓ | succeeded |',
        '| `e2e (libvirt)` | check run | `github-actions` | success | ✓ | succeeded |',
        '| `tide` | status |  | success | ✓ | succeeded |',
        '',
        '',
      ].join('\n'),
    );
    expect(run.stdout).toContain(`created the release v0.22.0 at ${head}: ${url}\n`);
    tokenNeverPrinted(run);
  });

  it('a re-run finds the release and changes nothing', async () => {
    greenCi();
    const first = await release({ tag: 'v0.22.0' });
    expect(first.outputs['created']).toBe('true');
    const state = JSON.stringify(repo.releases);
    const again = await release({ tag: 'v0.22.0' });
    expect(annotations(again.stdout)).toEqual([]);
    expect(again.code).toBe(0);
    expect(again.outputs).toEqual({ ...first.outputs, created: 'false' });
    expect(again.summary.split('\n')[0]).toBe('### github-release: ✓ already released `v0.22.0`');
    expect(posts()).toBe(1);
    expect(JSON.stringify(repo.releases)).toBe(state);
    tokenNeverPrinted(again);
  });

  it('makes a pre-release of v0.23.0-alpha.1, and it does not become the latest release', async () => {
    greenCi();
    await release({ tag: 'v0.22.0' });
    const next = repo.commit({ 'src/cloud-api-adaptor/VERSION': 'v0.23.0-alpha.1\n' }, { message: 'Start v0.23' });
    greenCi(next);
    const run = await release({ tag: 'v0.23.0-alpha.1', commit: 'main' });
    expect(annotations(run.stdout)).toEqual([]);
    expect(run.outputs['created']).toBe('true');
    expect(repo.releases[1]).toMatchObject({ tag_name: 'v0.23.0-alpha.1', prerelease: true, target_commitish: next });
    expect(repo.releases[1]!.body).toBe(
      `## What's Changed\n* Start v0.23 (${short(next)})\n\n` +
        `**Full Changelog**: ${server.htmlUrl}/${REPO}/compare/v0.22.0...v0.23.0-alpha.1`,
    );
    expect(repo.latestReleaseTag).toBe('v0.22.0');
    expect(run.summary).toContain(`| \`v0.23.0-alpha.1\` | \`${next}\` | yes |`);
  });

  it('make_latest: true only for the highest release; a patch of an older line and a pre-release are not Latest', async () => {
    greenCi();
    await release({ tag: 'v0.22.0' });
    const newer = repo.commit({ 'src/cloud-api-adaptor/VERSION': 'v0.23.0\n' }, { message: 'v0.23.0' });
    greenCi(newer);
    await release({ tag: 'v0.23.0', commit: newer });
    const patch = repo.commit({ 'src/cloud-api-adaptor/VERSION': 'v0.22.1\n' }, { message: 'v0.22.1' });
    greenCi(patch);
    const run = await release({ tag: 'v0.22.1', commit: patch });
    expect(run.outputs['created']).toBe('true');
    const alpha = repo.commit({ 'src/cloud-api-adaptor/VERSION': 'v0.24.0-alpha.0\n' }, { message: 'alpha' });
    greenCi(alpha);
    await release({ tag: 'v0.24.0-alpha.0', commit: alpha });
    expect(repo.releases.map((r) => [r.tag_name, r.make_latest])).toEqual([
      ['v0.22.0', 'true'],
      ['v0.23.0', 'true'],
      ['v0.22.1', 'false'],
      ['v0.24.0-alpha.0', 'false'],
    ]);
    expect(repo.latestReleaseTag).toBe('v0.23.0');
  });

  it('releases the commit an existing tag names (pushed with git), not the workflow commit', async () => {
    const work = `${tempDir('coco-clone-')}/caa`;
    git(tempDir(), 'clone', '-q', repo.path, work);
    git(work, 'tag', '-a', 'v0.22.0', '-m', 'v0.22.0', before);
    git(work, 'push', '-q', 'origin', 'v0.22.0');
    greenCi(before);
    const run = await release({ tag: 'v0.22.0' });
    expect(annotations(run.stdout)).toEqual([]);
    expect(run.outputs['created']).toBe('true');
    expect(repo.releases[0]!.target_commitish).toBe(before);
    expect(tagged('v0.22.0')).toBe(before);
  });

  it('dry-run reads everything and runs the gate, and creates nothing', async () => {
    greenCi();
    const run = await release({ tag: 'v0.22.0', 'dry-run': 'true' });
    expect(annotations(run.stdout)).toEqual([]);
    expect(run.code).toBe(0);
    expect(run.outputs).toEqual({ url: '', id: '', created: 'false' });
    expect(run.summary.split('\n')[0]).toBe('### github-release: dry run: would create `v0.22.0`');
    expect(run.summary).toContain('CI gate ✓: all 4 checks passed');
    expect(run.stdout).toContain(`dry run: would create the release v0.22.0 at ${head}\n`);
    nothingCreated('v0.22.0');
  });
});

describe('refusing to move a tag or a release', () => {
  it('fails when the release exists at another commit', async () => {
    greenCi(before);
    await release({ tag: 'v0.22.0' }, { GITHUB_SHA: before });
    greenCi();
    const state = JSON.stringify(repo.releases);
    const run = await release({ tag: 'v0.22.0', commit: head });
    expect(run.code).toBe(1);
    expect(annotations(run.stdout)).toEqual([
      `::error::tag v0.22.0 already points to ${before} in ${REPO}, not to ${head}: a release tag is never moved. ` +
        'Release the commit the tag names (leave commit empty), or a new version',
    ]);
    expect(posts()).toBe(1);
    expect(JSON.stringify(repo.releases)).toBe(state);
    expect(tagged('v0.22.0')).toBe(before);
    tokenNeverPrinted(run);
  });

  it('fails when only the tag exists, at another commit, and creates nothing', async () => {
    const work = `${tempDir('coco-clone-')}/caa`;
    git(tempDir(), 'clone', '-q', repo.path, work);
    git(work, 'tag', 'v0.22.0', before);
    git(work, 'push', '-q', 'origin', 'v0.22.0');
    greenCi();
    const run = await release({ tag: 'v0.22.0', commit: head });
    expect(run.code).toBe(1);
    expect(annotations(run.stdout)).toEqual([
      `::error::tag v0.22.0 already points to ${before} in ${REPO}, not to ${head}: a release tag is never moved. ` +
        'Release the commit the tag names (leave commit empty), or a new version',
    ]);
    expect(posts()).toBe(0);
    expect(repo.releases).toEqual([]);
    expect(tagged('v0.22.0')).toBe(before);
  });
});

describe('the CI gate', () => {
  it('fails on a failing check run with a table of every check, and creates nothing (the bundle on Node 24)', async () => {
    greenCi();
    repo.addCheckRun({ sha: head, name: 'e2e (azure)', conclusion: 'failure' });
    const run = await releaseOnNode24({ tag: 'v0.22.0' });
    expect(run.code).toBe(1);
    expect(annotations(run.stdout)).toEqual([
      `::error::CI gate: 1 of 5 checks on ${head} in ${REPO} have not passed (e2e (azure): failure); nothing was created`,
    ]);
    expect(run.outputs).toEqual({ url: '', id: '', created: 'false' });
    expect(run.summary).toBe(
      [
        '### github-release: ✗ not released: CI has not passed `v0.22.0`',
        '',
        '| repository | tag | commit | pre-release | release |',
        '| --- | --- | --- | --- | --- |',
        `| \`${REPO}\` | \`v0.22.0\` | \`${head}\` | no |  |`,
        '',
        `CI gate ✗: 1 of 5 checks on \`${head.slice(0, 12)}\` in \`${REPO}\` have not passed.`,
        '',
        '| check | kind | app | state | passed | decides |',
        '| --- | --- | --- | --- | --- | --- |',
        '| `e2e (azure)` | check run | `github-actions` | failure | ✗ | blocks |',
        '| `docs only` | check run | `github-actions` | skipped | ✓ |  |',
        '| `golangci-lint` | check run | `github-actions` | success | ✓ |  |',
        '| `e2e (libvirt)` | check run | `github-actions` | success | ✓ |  |',
        '| `tide` | status |  | success | ✓ |  |',
        '',
        '',
      ].join('\n'),
    );
    nothingCreated('v0.22.0');
    tokenNeverPrinted(run);
  });

  it('fails while checks are pending or queued', async () => {
    repo.addCheckRun({ sha: head, name: 'e2e (libvirt)', status: 'queued' });
    repo.addStatus({ sha: head, state: 'pending', context: 'tide' });
    const run = await release({ tag: 'v0.22.0' });
    expect(run.code).toBe(1);
    expect(annotations(run.stdout)).toEqual([
      `::error::CI gate: 2 of 2 checks on ${head} in ${REPO} have not passed (e2e (libvirt): queued, tide: pending); nothing was created`,
    ]);
    nothingCreated('v0.22.0');
  });

  it('judges the latest run of each check: a re-run that passed clears an earlier failure', async () => {
    repo.addCheckRun({ sha: head, name: 'e2e (libvirt)', conclusion: 'failure' });
    repo.addStatus({ sha: head, state: 'error', context: 'tide' });
    repo.addCheckRun({ sha: head, name: 'e2e (libvirt)', conclusion: 'success' });
    repo.addStatus({ sha: head, state: 'success', context: 'tide' });
    const run = await release({ tag: 'v0.22.0', 'dry-run': 'true' });
    expect(annotations(run.stdout)).toEqual([]);
    expect(run.stdout).toContain(`all 2 checks passed on ${head} in ${REPO}\n`);
  });

  it('reads every page of check runs', async () => {
    for (let i = 0; i < 120; i++) repo.addCheckRun({ sha: head, name: `unit (${i})`, conclusion: 'success' });
    repo.addStatus({ sha: head, state: 'success', context: 'tide' });
    // The oldest check run is the last one GitHub lists: on the second page.
    repo.checkRuns.unshift({ ...repo.checkRuns[0]!, id: 1, name: 'conformance', conclusion: 'timed_out' });
    const run = await release({ tag: 'v0.22.0' });
    expect(run.code).toBe(1);
    expect(annotations(run.stdout)).toEqual([
      `::error::CI gate: 1 of 122 checks on ${head} in ${REPO} have not passed (conformance: timed_out); nothing was created`,
    ]);
    expect(server.count(/\/check-runs$/)).toBe(2);
    nothingCreated('v0.22.0');
  });

  it('fails on a commit without any check, unless allow-no-checks', async () => {
    const run = await release({ tag: 'v0.22.0' });
    expect(run.code).toBe(1);
    expect(annotations(run.stdout)).toEqual([
      `::error::CI gate: no check runs or commit statuses on ${head} in ${REPO}, so nothing shows that CI passed ` +
        '(set allow-no-checks: true to release it anyway); nothing was created',
    ]);
    expect(run.summary).toContain(`CI gate ✗: no check runs or commit statuses on \`${head.slice(0, 12)}\``);
    nothingCreated('v0.22.0');

    const allowed = await release({ tag: 'v0.22.0', 'allow-no-checks': 'true' });
    expect(annotations(allowed.stdout)).toEqual([]);
    expect(allowed.outputs['created']).toBe('true');
  });

  it('require-checks: false does not read the checks at all', async () => {
    repo.addCheckRun({ sha: head, name: 'e2e (libvirt)', conclusion: 'failure' });
    const run = await release({ tag: 'v0.22.0', 'require-checks': 'false' });
    expect(annotations(run.stdout)).toEqual([]);
    expect(run.outputs['created']).toBe('true');
    expect(server.count(/check-runs|\/status$/)).toBe(0);
    expect(run.summary).not.toContain('CI gate');
  });
});

describe('API errors say what to do', () => {
  it('401: an unknown token', async () => {
    const run = await release({ tag: 'v0.22.0', token: 'ghs_revoked0token' });
    expect(run.code).toBe(1);
    expect(annotations(run.stdout)).toEqual([
      `::error::reading ${REPO}: the token was rejected (HTTP 401: Bad credentials): it is expired, revoked or ` +
        'mistyped; check the token input',
    ]);
    nothingCreated('v0.22.0');
  });

  it('403: a token that may read but not write', async () => {
    greenCi();
    const run = await release({ tag: 'v0.22.0', token: READ_TOKEN });
    expect(run.code).toBe(1);
    expect(annotations(run.stdout)).toEqual([
      `::error::creating the release v0.22.0 of ${REPO}: access denied (HTTP 403: Resource not accessible by ` +
        `integration): the token needs contents: write on ${REPO} to create a release and its tag (workflow ` +
        'permissions: contents: write; fine-grained token: Contents read and write)',
    ]);
    expect(repo.releases).toEqual([]);
    expect(tagged('v0.22.0')).toBeUndefined();
  });

  it('403: the rate limit, with its reset time', async () => {
    server.rateLimit = { limit: 1000, remaining: 0, reset: 1793000000 };
    const run = await release({ tag: 'v0.22.0' });
    expect(annotations(run.stdout)).toEqual([
      `::error::reading ${REPO}: GitHub API rate limit exhausted (HTTP 403, 1000 requests an hour); it resets at ` +
        '2026-10-26T07:33:20.000Z',
    ]);
  });

  it('404: a repository that does not exist or that the token cannot see', async () => {
    const run = await release({ tag: 'v0.22.0', repository: 'confidential-containers/cloud-api-adapter' });
    expect(run.code).toBe(1);
    expect(annotations(run.stdout)).toEqual([
      '::error::reading confidential-containers/cloud-api-adapter: not found: confidential-containers/cloud-api-adapter ' +
        'does not exist, or the token cannot see it (it needs contents: read on confidential-containers/cloud-api-adapter)',
    ]);
  });

  it('422: a commit the repository does not have', async () => {
    const run = await release({ tag: 'v0.22.0', commit: 'release-0.22' });
    expect(annotations(run.stdout)).toEqual([`::error::input 'commit': ${REPO} has no commit 'release-0.22'`]);
    expect(server.log.find((r) => r.path.endsWith('/commits/release-0.22'))?.status).toBe(422);
    nothingCreated('v0.22.0');
  });

  it('422: GitHub refuses the release itself; its words are kept and the token is never shown', async () => {
    greenCi();
    server.fault('POST /repos/confidential-containers/cloud-api-adaptor/releases', {
      status: 422,
      body: {
        message: 'Validation Failed',
        errors: [{ resource: 'Release', code: 'custom', field: 'body', message: `body rejected for ${TOKEN}` }],
      },
    });
    const run = await release({ tag: 'v0.22.0' });
    expect(run.code).toBe(1);
    expect(annotations(run.stdout)).toEqual([
      `::error::creating the release v0.22.0 of ${REPO}: GitHub refused the request (HTTP 422: Validation Failed: ` +
        `body rejected for ***): GitHub would not create the release v0.22.0 at ${head}`,
    ]);
    tokenNeverPrinted(run);
  });

  it('a release created meanwhile at the same commit counts as done', async () => {
    greenCi();
    // Another run creates the release between this run's reads (which saw none) and its create.
    const id = 4242;
    repo.tag('v0.22.0', head);
    repo.releases.push({
      id,
      tag_name: 'v0.22.0',
      target_commitish: 'main',
      name: 'v0.22.0',
      body: '',
      draft: false,
      prerelease: false,
      created_at: '2026-07-27T10:00:00Z',
      published_at: '2026-07-27T10:00:00Z',
      html_url: `${server.htmlUrl}/${REPO}/releases/tag/v0.22.0`,
      url: `${server.apiUrl}/repos/${REPO}/releases/${id}`,
      generate_release_notes: true,
      make_latest: undefined,
    });
    const notYet = { status: 404, body: { message: 'Not Found' } };
    server.fault(`GET /repos/${REPO}/releases/tags/v0.22.0`, notYet);
    server.fault(`GET /repos/${REPO}/git/ref/tags/v0.22.0`, notYet);
    const run = await release({ tag: 'v0.22.0' });
    expect(annotations(run.stdout)).toEqual([]);
    expect(run.outputs).toEqual({
      url: `${server.htmlUrl}/${REPO}/releases/tag/v0.22.0`,
      id: '4242',
      created: 'false',
    });
    expect(server.log.find((r) => r.method === 'POST')?.status).toBe(422);
    expect(repo.releases).toHaveLength(1);
  });
});

describe('bad input fails before any request', () => {
  it.each([
    [
      'a tag that is not a version',
      { tag: 'release-0.22' },
      "::error::input 'tag' must be a version tag such as v0.22.0 or v0.23.0-alpha.1 (semver with an optional leading v), got 'release-0.22'",
    ],
    [
      'a two-part version',
      { tag: 'v0.22' },
      "::error::input 'tag' must be a version tag such as v0.22.0 or v0.23.0-alpha.1 (semver with an optional leading v), got 'v0.22'",
    ],
    ['no tag', { tag: '' }, "::error::input 'tag' is required"],
    [
      'a malformed repository',
      { tag: 'v0.22.0', repository: 'confidential-containers' },
      "::error::input 'repository' must be OWNER/NAME, got 'confidential-containers'",
    ],
    [
      'a bad boolean',
      { tag: 'v0.22.0', 'require-checks': 'yes' },
      "::error::input 'require-checks' must be true or false, got 'yes'",
    ],
    [
      'no token at all',
      { tag: 'v0.22.0', token: '' },
      "::error::input 'token' is empty and GITHUB_TOKEN is not set: a release needs a token",
    ],
  ])('%s', async (_what, inputs, expected) => {
    const run = await release(inputs);
    expect(run.code).toBe(1);
    expect(annotations(run.stdout)).toEqual([expected]);
    expect(run.outputs).toEqual({});
    expect(server.log).toEqual([]);
  });

  it('refuses credentials in GITHUB_API_URL without echoing them', async () => {
    const run = await release({ tag: 'v0.22.0' }, { GITHUB_API_URL: server.apiUrl.replace('//', '//bot:pa55word@') });
    expect(annotations(run.stdout)).toEqual([
      `::error::GITHUB_API_URL must not carry credentials (${server.apiUrl.replace('//', '//***@')}): give the ` +
        "token through the step's token input instead",
    ]);
    expect(run.stdout + run.stderr).not.toContain('pa55word');
    expect(server.log).toEqual([]);
  });
});
