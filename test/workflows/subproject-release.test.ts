import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { failures, step } from '../helpers/caa-release.js';
import { git } from '../helpers/git.js';
import { CALLER_WORKFLOWS, startedWorkflows } from '../helpers/downstream.js';
import { githubActions } from '../helpers/github-actions.js';
import { startGithubServer, type GithubServer, type ServerRepo } from '../helpers/github-server.js';
import { real } from '../helpers/paths.js';
import { runWorkflow, type LocalRunResult } from '../helpers/workflow-runner.js';
import { tempDir } from '../helpers/workspace.js';

/**
 * subproject-release.yml run step by step against the test GitHub server: trustee, released as v0.10.0
 * earlier, then two more commits; Kata's release pins the middle one. The workflow tags and releases that
 * commit (not the branch head), CI-gated, and a re-run changes nothing.
 */

const REPO = 'confidential-containers/trustee';
const TOKEN = 'ghs_trustee0workflow';

let server: GithubServer;
beforeAll(async () => {
  server = await startGithubServer();
});
afterAll(() => server.close());

describe('subproject-release.yml: the commit Kata shipped, tagged and released', { timeout: 300_000 }, () => {
  let repo: ServerRepo;
  let work: string;
  let shipped: string;
  const run = (inputs: Record<string, string>): Promise<LocalRunResult> =>
    runWorkflow('subproject-release.yml', {
      inputs,
      workspace: work,
      github: { sha: repo.git.commitOf('main')!, token: TOKEN, repository: REPO, run_id: '9' },
      env: { GITHUB_API_URL: server.apiUrl, GITHUB_REPOSITORY: REPO, GITHUB_RUN_ID: '9' },
      thirdParty: githubActions({ server, repo, sha: () => repo.git.commitOf('main')! }),
    });

  beforeEach(() => {
    server.reset();
    server.tokens = new Map([[TOKEN, 'write']]);
    repo = server.createRepo(REPO, {
      files: {
        'deployment/helm-chart/Chart.yaml': real('confidential-containers/trustee/deployment/helm-chart/Chart.yaml'),
      },
    });
    repo.tag('v0.10.0', repo.git.commitOf('main')!, { message: 'v0.10.0' });
    shipped = repo.commit({ 'kbs/src/lib.rs': '// the KBS Kata 4.0.0 ships\n' }, { message: 'kbs: attestation fix' });
    repo.commit({ 'kbs/src/lib.rs': '// after the Kata release\n' }, { message: 'kbs: later work' });
    work = join(tempDir('coco-trustee-'), 'work');
    git(tempDir(), 'clone', '-q', repo.path, work);
  });

  it('tags v0.11.0 at the pinned commit with a GitHub release; a re-run changes nothing', async () => {
    repo.addCheckRun({ sha: shipped, name: 'kbs-build', conclusion: 'success' });
    const first = await run({ commit: shipped, 'kata-version': '4.0.0' });
    expect(first.jobs['release']!.result, failures(first)).toBe('success');
    expect(first.jobs['release']!.outputs['tag']).toBe('v0.11.0');
    expect(repo.git.commitOf('refs/tags/v0.11.0')).toBe(shipped);
    expect(repo.releases.map((r) => [r.tag_name, r.target_commitish, r.prerelease])).toEqual([
      ['v0.11.0', shipped, false],
    ]);
    expect(repo.releases[0]!.body).toMatch(/^The commit Kata Containers 4\.0\.0 ships\.\n\n## What's Changed/);
    expect(step(first, 'release', 'next').outputs['reason']).toBe('0.10.0 + minor');

    const posts = server.count(`POST /repos/${REPO}/releases`);
    const again = await run({ commit: shipped, 'kata-version': '4.0.0' });
    expect(again.jobs['release']!.result, failures(again)).toBe('success');
    expect(step(again, 'release', 'existing').outputs['tag']).toBe('v0.11.0');
    expect(step(again, 'release', 'next').skipped).toBe(true);
    expect(step(again, 'release', 'release').outputs['created']).toBe('false');
    expect(server.count(`POST /repos/${REPO}/releases`)).toBe(posts);
  });

  it('releases nothing on a commit whose CI failed, or that is not in the repository', async () => {
    repo.addCheckRun({ sha: shipped, name: 'kbs-build', conclusion: 'failure' });
    const red = await run({ commit: shipped });
    expect(red.jobs['release']!.result).toBe('failure');
    expect(step(red, 'release', 'release').stdout).toContain(
      `::error::CI gate: 1 of 1 checks on ${shipped} in ${REPO} have not passed (kbs-build: failure); nothing was created`,
    );
    expect(repo.releases).toEqual([]);
    expect(repo.git.refs('refs/tags/').map((t) => t.ref)).toEqual(['refs/tags/v0.10.0']);

    const missing = 'a'.repeat(40);
    const gone = await run({ commit: missing });
    expect(step(gone, 'release', 'commit').stdout.trim()).toBe(
      `::error::commit ${missing} is not in this repository: is it the pin of this subproject?`,
    );
    expect(step(gone, 'release', 'release').skipped).toBe(true);
  });

  it('finds the commit itself from the Kata release (release-status at kata-containers=4.0.0)', async () => {
    // The CoCo graph's other repositories, so that release-status can read it whole: Kata 4.0.0 pins the
    // shipped trustee commit; main has moved on since.
    const kata = server.createRepo('kata-containers/kata-containers', { files: { 'README.md': '# Kata\n' } });
    const versions = (trustee: string) =>
      real('kata-containers/kata-containers/versions.yaml').replace(
        '258ea4acb7b9bd865fce5c63a539f2120dba8298',
        trustee,
      );
    kata.tag('4.0.0', kata.commit({ 'versions.yaml': versions(shipped) }, { message: 'release: 4.0.0' }), {
      message: 'Kata Containers 4.0.0',
    });
    kata.commit({ 'versions.yaml': versions(repo.git.commitOf('main')!) }, { message: 'versions: bump trustee' });
    server.createRepo('confidential-containers/guest-components', { files: { 'README.md': 'gc\n' } });
    server.createRepo('containerd/nydus-snapshotter', { files: { 'README.md': 'nydus\n' } });
    server.createRepo('confidential-containers/cloud-api-adaptor', {
      files: {
        'src/cloud-api-adaptor/versions.yaml': real(
          'confidential-containers/cloud-api-adaptor/src/cloud-api-adaptor/versions.yaml',
        ),
        'src/cloud-api-adaptor/install/charts/peerpods/Chart.yaml': real(
          'confidential-containers/cloud-api-adaptor/src/cloud-api-adaptor/install/charts/peerpods/Chart.yaml',
        ),
      },
    });
    server.createRepo('confidential-containers/charts', {
      files: { 'Chart.yaml': real('confidential-containers/charts/Chart.yaml') },
    });
    repo.addCheckRun({ sha: shipped, name: 'kbs-build', conclusion: 'success' });

    const r = await run({ 'kata-version': '4.0.0', component: 'trustee' });
    expect(r.jobs['release']!.result, failures(r)).toBe('success');
    expect(step(r, 'release', 'commit').outputs['commit']).toBe(shipped);
    expect(repo.git.commitOf('refs/tags/v0.11.0')).toBe(shipped);

    const neither = await run({ 'kata-version': '4.0.0' });
    expect(neither.steps.find((s) => s.name === 'Check the inputs')!.stdout.trim()).toBe(
      '::error::give kata-version and component (the commit that Kata release pins), or commit',
    );
  });

  it("with the caller's token or App, the release and its tag start the caller's on: release and on: push: tags workflows; with the GITHUB_TOKEN none start and the summary says so", async () => {
    const PAT = 'github_pat_trustee0release';
    server.tokens.set(PAT, { kind: 'pat', permissions: { contents: 'write', checks: 'read', statuses: 'read' } });
    server.registerApp({ id: '4242', privateKey: 'APP KEY', permissions: { contents: 'write', checks: 'read' } });
    repo.addCheckRun({ sha: shipped, name: 'kbs-build', conclusion: 'success' });
    const later = repo.git.commitOf('main')!;
    repo.addCheckRun({ sha: later, name: 'kbs-build', conclusion: 'success' });
    const release = async (
      inputs: Record<string, string>,
      secrets: Record<string, string>,
    ): Promise<{ run: LocalRunResult; started: string[] }> => {
      const before = repo.events().length;
      const r = await runWorkflow('subproject-release.yml', {
        inputs,
        secrets,
        workspace: work,
        github: { sha: later, repository: REPO, run_id: '9' },
        githubToken: (permissions) => server.githubToken(permissions),
        env: { GITHUB_API_URL: server.apiUrl, GITHUB_REPOSITORY: REPO, GITHUB_RUN_ID: '9' },
        thirdParty: githubActions({ server, repo, sha: () => later }),
      });
      expect(r.jobs['release']!.result, failures(r)).toBe('success');
      return { run: r, started: startedWorkflows(repo.events().slice(before), CALLER_WORKFLOWS) };
    };

    const withPat = await release({ commit: shipped, version: 'v0.11.0' }, { token: PAT });
    expect(withPat.started).toEqual([
      'build-tag.yml: push refs/tags/v0.11.0',
      'release-images.yml: release created v0.11.0',
      'publish-packages.yml: release published v0.11.0',
    ]);
    expect(step(withPat.run, 'release', 'writer').summary).toBe('');

    const withApp = await release(
      { commit: later, version: 'v0.12.0', 'app-id': '4242' },
      { 'app-private-key': 'APP KEY' },
    );
    expect(withApp.started).toEqual([
      'build-tag.yml: push refs/tags/v0.12.0',
      'release-images.yml: release created v0.12.0',
      'publish-packages.yml: release published v0.12.0',
    ]);
    expect(step(withApp.run, 'release', 'writer').outputs['token']).toBe('app');

    const third = repo.commit({ 'kbs/src/lib.rs': '// v0.13\n' }, { message: 'kbs: more' });
    repo.addCheckRun({ sha: third, name: 'kbs-build', conclusion: 'success' });
    git(work, 'fetch', '-q', 'origin');
    const withGithubToken = await release({ commit: third, version: 'v0.13.0' }, {});
    expect(repo.git.commitOf('refs/tags/v0.13.0')).toBe(third);
    expect(withGithubToken.started).toEqual([]);
    expect(step(withGithubToken.run, 'release', 'writer').summary).toBe(
      '⚠️ GITHUB_TOKEN: the release events (created, published) will not start workflows (on: release); give the token secret or app-id (README, Tokens).\n' +
        '⚠️ GITHUB_TOKEN: the tag push will not start workflows (on: push: tags); give the token secret or app-id (README, Tokens).\n\n',
    );
  });

  it('refuses an input that is not a commit SHA before anything else', async () => {
    const r = await run({ commit: 'main' });
    expect(r.steps.find((s) => s.name === 'Check the inputs')!.stdout.trim()).toBe(
      "::error::input commit must be a full commit SHA, got 'main'",
    );
    expect(server.log).toEqual([]);
  });
});
