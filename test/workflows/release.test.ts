import { cpSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { persistToken } from '../helpers/github-actions.js';
import { startGithubServer, type GithubServer } from '../helpers/github-server.js';
import { createGithubAppToken } from '../helpers/third-party.js';
import { git, repoWithRemote, showFile } from '../helpers/git.js';
import { ROOT } from '../helpers/paths.js';
import { runWorkflow, type ThirdPartyCall } from '../helpers/workflow-runner.js';

/**
 * This repository's release.yml, run locally on a copy of its workflows in a repository with a bare
 * remote: the read-only test job (npm ci / npm test are skipped here: they are what npm test itself runs),
 * then the tag job, which makes the release commit with our own `uses:` rewritten to the release, tags it
 * and moves the major tag.
 */
const WORKFLOWS = readdirSync(join(ROOT, '.github/workflows')).filter((f) => f.endsWith('.yml'));
const OWN_USES = /(uses:\s*confidential-containers\/coco-release-actions\/actions\/[a-z0-9-]+)@\S+/g;

let server: GithubServer;
beforeAll(async () => {
  server = await startGithubServer();
});
afterAll(() => server.close());

/**
 * The repository with this one's workflows, its remote served by the test GitHub: its hooks refuse, as
 * GitHub does, a push whose commit changes .github/workflows/ by a token without `workflows`.
 */
function releaseRepo(): { work: string; remote: string } {
  server.reset();
  server.registerApp({ ...APP, permissions: { contents: 'write', workflows: 'write' } });
  const repo = repoWithRemote({ 'README.md': 'coco-release-actions\n' });
  cpSync(join(ROOT, '.github'), join(repo.work, '.github'), { recursive: true });
  git(repo.work, 'add', '-A');
  git(repo.work, 'commit', '-q', '-m', 'workflows');
  git(repo.work, 'push', '-q', 'origin', 'main');
  server.serveRepo('confidential-containers/coco-release-actions', repo.remote);
  return repo;
}

/**
 * actions/checkout as the runner does it: a fresh detached checkout of `ref`, or of the dispatched commit,
 * its token persisted for the pushes; actions/create-github-app-token minting the release App's token.
 */
const checkout = (sha: string) => async (call: ThirdPartyCall) => {
  if (call.uses.startsWith('actions/checkout@')) {
    git(call.workspace, 'checkout', '-q', '--detach', call.with['ref'] || sha);
    expect(git(call.workspace, 'status', '--porcelain')).toBe('');
    if (call.with['persist-credentials'] !== 'false')
      persistToken(server, call.workspace, call.with['token'] || call.token);
  } else if (call.uses.startsWith('actions/create-github-app-token@')) return createGithubAppToken(server, call);
  else if (!call.uses.startsWith('actions/setup-node@')) throw new Error(`no stand-in for ${call.uses}`);
  return {};
};

/** The release App as this repository has it: contents and workflows. */
const APP = { id: '777', privateKey: 'RELEASE APP KEY' };

const run = (
  work: string,
  version: string,
  credentials: { vars?: Record<string, string>; secrets?: Record<string, string> } = {
    vars: { RELEASE_APP_ID: APP.id },
    secrets: { RELEASE_APP_PRIVATE_KEY: APP.privateKey },
  },
) => {
  const sha = git(work, 'rev-parse', 'main');
  return runWorkflow('release.yml', {
    inputs: { version },
    workspace: work,
    github: { sha, ref: 'refs/heads/main' },
    ...credentials,
    githubToken: (permissions) => server.githubToken(permissions),
    thirdParty: checkout(sha),
    skip: (step) => step.run === 'npm ci --no-audit --no-fund' || step.run === 'npm test',
  });
};

/** The release commit's workflows: the tested ones with every own `uses:` at `@version`, nothing else. */
function expectReleaseCommit(remote: string, version: string, tested: string): string {
  const release = git(remote, 'rev-parse', `${version}^{commit}`);
  expect(git(remote, 'rev-parse', `${release}^`)).toBe(tested);
  expect(git(remote, 'cat-file', '-t', version)).toBe('tag');
  for (const f of WORKFLOWS) {
    const before = showFile(remote, tested, `.github/workflows/${f}`);
    const after = showFile(remote, release, `.github/workflows/${f}`);
    expect(after, f).toBe(before.replace(OWN_USES, `$1@${version}`));
    for (const m of after.matchAll(OWN_USES)) expect(m[0].endsWith(`@${version}`), m[0]).toBe(true);
  }
  const calling = WORKFLOWS.filter((f) =>
    new RegExp(OWN_USES.source).test(showFile(remote, tested, `.github/workflows/${f}`)),
  );
  expect(calling).toEqual(
    expect.arrayContaining(['bump-coco-deps.yml', 'peer-pods-release.yml', 'snapshotter-parity.yml']),
  );
  expect(git(remote, 'diff', '--name-only', tested, release).split('\n').sort()).toEqual(
    calling.map((f) => `.github/workflows/${f}`).sort(),
  );
  return release;
}

describe('release.yml, run locally', { timeout: 180_000 }, () => {
  it('tests read-only, then tags a release commit whose workflows call the actions at @vX.Y.Z; a re-run is a no-op', async () => {
    const { work, remote } = releaseRepo();
    const tested = git(work, 'rev-parse', 'HEAD');
    const first = await run(work, 'v1.2.3');
    expect(first.jobs['test']!.result).toBe('success');
    expect(first.jobs['test']!.outputs['commit']).toBe(tested);
    expect(first.jobs['tag']!.result).toBe('success');
    const release = expectReleaseCommit(remote, 'v1.2.3', tested);
    expect(git(remote, 'rev-parse', 'v1^{commit}')).toBe(release);
    // main keeps its SHA pins: the release commit is reachable from the tags only.
    expect(git(remote, 'rev-parse', 'main')).toBe(tested);
    expect(first.steps.at(-1)!.summary).toContain(`Released v1.2.3 at ${release} (tested commit ${tested})`);

    const refs = git(remote, 'for-each-ref', '--format=%(refname) %(objectname)');
    const again = await run(work, 'v1.2.3');
    expect(again.jobs['tag']!.result).toBe('success');
    expect(again.steps.at(-1)!.stdout).toContain(`v1.2.3 already at ${release}`);
    expect(git(remote, 'for-each-ref', '--format=%(refname) %(objectname)')).toBe(refs);

    // The next release moves v1, never v1.2.3.
    git(work, 'checkout', '-q', 'main');
    git(work, 'commit', '-q', '--allow-empty', '-m', 'next');
    git(work, 'push', '-q', 'origin', 'main');
    const next = git(work, 'rev-parse', 'HEAD');
    expect((await run(work, 'v1.2.4')).jobs['tag']!.result).toBe('success');
    const nextRelease = expectReleaseCommit(remote, 'v1.2.4', next);
    expect(git(remote, 'rev-parse', 'v1^{commit}')).toBe(nextRelease);
    expect(git(remote, 'rev-parse', 'v1.2.3^{commit}')).toBe(release);
  });

  it('pushes under the workflow-file rule only with a token that has workflows: none stops first, one without is refused', async () => {
    const { work, remote } = releaseRepo();
    const refs = git(remote, 'for-each-ref', '--format=%(refname) %(objectname)');

    const none = await run(work, 'v1.0.0', {});
    expect(none.jobs['tag']!.result).toBe('failure');
    expect(none.steps.find((s) => s.name === 'A token that may push a workflow change')!.stdout.trim()).toBe(
      '::error::the release commit rewrites .github/workflows/, which GitHub refuses to the GITHUB_TOKEN: set the release App (variable RELEASE_APP_ID, secret RELEASE_APP_PRIVATE_KEY) or a RELEASE_TOKEN secret with contents and workflows write (README, Tokens)',
    );

    // A fine-grained token with contents but not workflows: GitHub (the hook) refuses the tag push.
    server.tokens.set('github_pat_contents_only', { kind: 'pat', permissions: { contents: 'write' } });
    const refused = await run(work, 'v1.0.0', { secrets: { RELEASE_TOKEN: 'github_pat_contents_only' } });
    expect(refused.jobs['tag']!.result).toBe('failure');
    expect(refused.steps.at(-1)!.stdout).toContain(
      'refusing to allow a Personal Access Token to create or update workflow',
    );
    expect(git(remote, 'for-each-ref', '--format=%(refname) %(objectname)')).toBe(refs);

    server.tokens.set('github_pat_release', { kind: 'pat', permissions: { contents: 'write', workflows: 'write' } });
    const done = await run(work, 'v1.0.0', { secrets: { RELEASE_TOKEN: 'github_pat_release' } });
    expect(done.jobs['tag']!.result).toBe('success');
    expectReleaseCommit(remote, 'v1.0.0', git(work, 'rev-parse', 'main'));
  });

  it('refuses to move an existing release tag, and a malformed version before testing anything', async () => {
    const { work, remote } = releaseRepo();
    expect((await run(work, 'v1.0.0')).jobs['tag']!.result).toBe('success');
    const release = git(remote, 'rev-parse', 'v1.0.0^{commit}');
    git(work, 'checkout', '-q', 'main');
    git(work, 'commit', '-q', '--allow-empty', '-m', 'later');
    git(work, 'push', '-q', 'origin', 'main');
    const moved = await run(work, 'v1.0.0');
    expect(moved.jobs['tag']!.result).toBe('failure');
    expect(moved.steps.at(-1)!.stdout).toMatch(
      /::error::v1\.0\.0 already exists at [0-9a-f]{40}, not at [0-9a-f]{40}; a release tag never moves/,
    );
    expect(git(remote, 'rev-parse', 'v1.0.0^{commit}')).toBe(release);

    const bad = await run(work, '1.0.1');
    expect(bad.jobs['test']!.result).toBe('failure');
    expect(bad.jobs['tag']!.result).toBe('skipped');
    expect(bad.steps.find((s) => s.name === 'Check the version')!.stdout).toContain(
      "::error::version must be vX.Y.Z, got '1.0.1'",
    );
  });
});
