import { join } from 'node:path';
import { hashReq, lockedDependency } from '@coco-release/helm-chart';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ADMIN_TOKEN, failures, publishRelease, step } from '../helpers/caa-release.js';
import { git, showFile } from '../helpers/git.js';
import { CALLER_WORKFLOWS, startedWorkflows } from '../helpers/downstream.js';
import { githubActions, mergePull } from '../helpers/github-actions.js';
import { startGithubServer, type GithubServer, type ServerRepo } from '../helpers/github-server.js';
import { real } from '../helpers/paths.js';
import { runWorkflow, type LocalRunResult } from '../helpers/workflow-runner.js';
import { tempDir } from '../helpers/workspace.js';

/**
 * charts-release.yml run step by step by the local workflow runner against the test GitHub server: the
 * charts repository with its real Chart.yaml, Chart.lock and values (released as v0.16.0), Kata Containers
 * with releases 3.22.0 and 3.23.0 (the latest). prepare opens the PR scripts/prepare-release.sh opened by
 * hand; after the merge, release tags v<version> and creates the GitHub release, CI-gated.
 */

const REPO = 'confidential-containers/charts';
const WORKFLOW_TOKEN = 'ghs_charts0workflow';
const PR_TOKEN = 'ghs_charts0app';
const CHART = real('confidential-containers/charts/Chart.yaml');
const LOCK = real('confidential-containers/charts/Chart.lock');
const KATA_DEPLOY = 'oci://ghcr.io/kata-containers/kata-deploy-charts';

let server: GithubServer;
beforeAll(async () => {
  server = await startGithubServer();
});
afterAll(() => server.close());

/** Chart.lock as Helm writes it for kata-deploy `kata` (the digest over Chart.yaml's requirement and the lock). */
function expectedLock(kata: string): string {
  const requirement = {
    ...lockedDependency('kata-deploy', KATA_DEPLOY, kata),
    alias: 'kata-as-coco-runtime',
    condition: 'kata-as-coco-runtime.enabled',
  };
  const digest = hashReq([requirement], [lockedDependency('kata-deploy', KATA_DEPLOY, kata)]);
  return LOCK.replace('version: 3.22.0', `version: ${kata}`).replace(/^digest: .*$/m, `digest: ${digest}`);
}
const withoutGenerated = (text: string) => text.replace(/^generated: .*$/m, 'generated: (time)');
/** The job summary the workflow's own Summary step wrote in `job`. */
const summaryOf = (run: LocalRunResult, job: string): string | undefined =>
  run.steps.find((s) => s.job === job && s.name === 'Summary')?.summary;

describe('charts-release.yml: prepare (PR), merge, release (tag and GitHub release)', { timeout: 300_000 }, () => {
  let repo: ServerRepo;
  let work: string;
  let merger: string;
  const head = (): string => repo.git.commitOf('main')!;
  const run = (inputs: Record<string, string>): Promise<LocalRunResult> =>
    runWorkflow('charts-release.yml', {
      inputs,
      workspace: work,
      github: { sha: head(), token: WORKFLOW_TOKEN, repository: REPO, run_id: '77' },
      secrets: { token: PR_TOKEN },
      env: { GITHUB_API_URL: server.apiUrl, GITHUB_REPOSITORY: REPO, GITHUB_RUN_ID: '77' },
      thirdParty: githubActions({ server, repo, sha: head }),
    });

  beforeEach(async () => {
    server.reset();
    server.tokens = new Map([
      [WORKFLOW_TOKEN, 'write'],
      [PR_TOKEN, 'write'],
      [ADMIN_TOKEN, 'admin'],
    ]);
    const kata = server.createRepo('kata-containers/kata-containers', { files: { README: 'kata\n' } });
    for (const tag of ['3.22.0', '3.23.0']) {
      kata.commit({ VERSION: `${tag}\n` }, { message: `release ${tag}` });
      await publishRelease(server, kata, tag, ADMIN_TOKEN);
    }
    const files: Record<string, string> = { 'Chart.yaml': CHART, 'Chart.lock': LOCK };
    for (const f of ['values.yaml', 'values/kata-remote.yaml', 'values/kata-s390x.yaml'])
      files[f] = real(`confidential-containers/charts/${f}`);
    repo = server.createRepo(REPO, { files });
    repo.tag('v0.16.0', head(), { message: 'Release v0.16.0' });
    work = join(tempDir('coco-charts-'), 'work');
    git(tempDir(), 'clone', '-q', repo.path, work);
    merger = join(tempDir('coco-charts-'), 'merger');
    git(tempDir(), 'clone', '-q', repo.path, merger);
  });

  it('prepare pins the latest Kata and bumps the chart in one PR; release tags v0.17.0 and releases it; re-runs change nothing', async () => {
    // 1. prepare: Kata's latest release through the API; Kata 3.22.0 -> 3.23.0 is a minor bump, so the chart
    // takes one (KEP-2264's rule): 0.17.0, Chart.lock regenerated.
    const prepare = await run({ phase: 'prepare' });
    expect(prepare.jobs['prepare']!.result, failures(prepare)).toBe('success');
    expect(prepare.jobs['release']!.result).toBe('skipped');
    expect(step(prepare, 'prepare', 'kata').outputs['tag']).toBe('3.23.0');
    expect(server.count('GET /repos/kata-containers/kata-containers/releases/latest')).toBe(1);
    expect(repo.pulls.map((p) => [p.number, p.title, p.head])).toEqual([
      [1, 'Release 0.17.0', 'release/charts-v0.17.0'],
    ]);
    const branch = 'release/charts-v0.17.0';
    expect(showFile(repo.path, branch, 'Chart.yaml')).toBe(
      CHART.replace('version: "0.16.0"', 'version: "0.17.0"')
        .replace('appVersion: "0.16.0"', 'appVersion: "0.17.0"')
        .replace('version: "3.22.0"', 'version: "3.23.0"'),
    );
    expect(withoutGenerated(showFile(repo.path, branch, 'Chart.lock'))).toBe(withoutGenerated(expectedLock('3.23.0')));
    expect(showFile(repo.path, branch, 'Chart.lock')).not.toBe(LOCK);
    const digest = /^digest: (.*)$/m.exec(expectedLock('3.23.0'))![1]!;
    expect(repo.pulls[0]!.body).toBe(
      [
        "The chart release **0.17.0** (kata-containers 3.22.0..3.23.0 is a minor bump; the bundle's bump is the largest of its components' (KEP-2264): minor (0.16.0 -> 0.17.0)), deploying Kata Containers **3.23.0**, made by the coco-release-actions `charts-release` workflow.",
        '',
        '| chart | name | version |',
        '| --- | --- | --- |',
        '| `.` | `confidential-containers` | `0.16.0` → `0.17.0` |',
        '',
        '| file | site | old | new |',
        '| --- | --- | --- | --- |',
        '| `Chart.yaml` | `.version` | `0.16.0` | `0.17.0` |',
        '| `Chart.yaml` | `.appVersion` | `0.16.0` | `0.17.0` |',
        '| `Chart.yaml` | `.dependencies[alias=kata-as-coco-runtime].version` | `3.22.0` | `3.23.0` |',
        `| \`Chart.lock\` | \`digest\` | \`sha256:f96ee6087d425c69d7000b0cdbc2287e035a457188ea941e8a3357e51deebe7a\` | \`${digest}\` |`,
        '',
        '',
        'After this merges, run the workflow with `phase: release`: it tags `v0.17.0` and creates the GitHub release once CI passed on the merge commit.',
        '',
      ].join('\n'),
    );
    expect(git(work, 'tag', '--points-at', 'HEAD')).toBe('v0.16.0');
    expect(summaryOf(prepare, 'prepare')).toBe(
      '## charts-release: prepare `0.17.0` (kata-deploy `3.23.0`)\n\n' +
        '**Next:** review and merge pull request #1, then run this workflow with `phase: release`.\n',
    );

    // A re-run before the merge makes the same edits: the PR stays as it is.
    const pushed = repo.git.commitOf(`refs/heads/${branch}`);
    const again = await run({ phase: 'prepare' });
    expect(step(again, 'prepare', 'pr').outputs['pull-request-operation']).toBe('none');
    expect(repo.git.commitOf(`refs/heads/${branch}`)).toBe(pushed);

    // 2. Merged, CI green: release tags the merge commit v0.17.0 and creates the release.
    const merged = mergePull(repo, 1, merger);
    repo.addCheckRun({ sha: merged, name: 'e2e-tests (k3s)', conclusion: 'success' });
    repo.addCheckRun({ sha: merged, name: 'helm-validation', conclusion: 'success' });
    const release = await run({ phase: 'release' });
    expect(release.jobs['release']!.result, failures(release)).toBe('success');
    expect(release.jobs['release']!.outputs['version']).toBe('0.17.0');
    expect(repo.git.commitOf('refs/tags/v0.17.0')).toBe(merged);
    expect(repo.releases.map((r) => [r.tag_name, r.prerelease, r.target_commitish])).toEqual([
      ['v0.17.0', false, merged],
    ]);
    expect(step(release, 'release', 'release').summary).toContain('CI gate ✓: all 2 checks passed');
    const next = '**Next:** package and push the chart (`helm package . --dependency-update`, `helm push`).\n';
    expect(summaryOf(release, 'release')).toBe(
      `## charts-release: release \`v0.17.0\`\n\nTagged and released.\n\n${next}`,
    );

    // 3. A re-run of release on the released commit, and of prepare after the merge: nothing changes.
    const posts = server.count(`POST /repos/${REPO}/releases`);
    const rerun = await run({ phase: 'release' });
    expect(rerun.jobs['release']!.result, failures(rerun)).toBe('success');
    expect(step(rerun, 'release', 'release').outputs['created']).toBe('false');
    expect(summaryOf(rerun, 'release')).toBe(
      `## charts-release: release \`v0.17.0\`\n\nAlready released at this commit: nothing changed.\n\n${next}`,
    );
    expect(server.count(`POST /repos/${REPO}/releases`)).toBe(posts);
    const prepared = await run({ phase: 'prepare', 'kata-version': '3.23.0', bump: 'patch' });
    // v0.17.0 is released now: the next prepare is 0.17.1's, with nothing else to change but the version.
    expect(prepared.jobs['prepare']!.outputs['version']).toBe('0.17.1');
    // With the default bump, the same Kata is no bump at all: said clearly, nothing opened.
    const pulls = repo.pulls.length;
    const same = await run({ phase: 'prepare', 'kata-version': '3.23.0' });
    expect(same.jobs['prepare']!.result).toBe('failure');
    expect(step(same, 'prepare', 'next').stdout).toContain(
      '::error::no component changed: kata-containers 3.23.0..3.23.0 is no change; give a bump (patch, minor, major) to release anyway\n',
    );
    expect(repo.pulls.length).toBe(pulls);
  });

  it("prepare where no tag says the chart's version: above Chart.yaml's own (0.16.0 -> 0.17.0), never 0.1.0", async () => {
    expect(repo.git.deleteRef('refs/tags/v0.16.0')).toBe(true);
    const prepare = await run({ phase: 'prepare', 'kata-version': '3.23.0' });
    expect(prepare.jobs['prepare']!.result, failures(prepare)).toBe('success');
    expect(step(prepare, 'prepare', 'next').outputs['reason']).toBe(
      "kata-containers 3.22.0..3.23.0 is a minor bump; the bundle's bump is the largest of its components' (KEP-2264): minor (0.16.0 -> 0.17.0)",
    );
    expect(repo.pulls.map((p) => [p.title, p.head])).toEqual([['Release 0.17.0', 'release/charts-v0.17.0']]);
  });

  it("release with the caller's token or App starts the caller's on: release and on: push: tags workflows; with the GITHUB_TOKEN none, and the summary says so", async () => {
    const PAT = 'github_pat_charts0release';
    server.tokens.set(PAT, { kind: 'pat', permissions: { contents: 'write', checks: 'read', statuses: 'read' } });
    server.registerApp({ id: '99', privateKey: 'CHARTS APP KEY', permissions: { contents: 'write', checks: 'read' } });
    const releaseAt = async (
      version: string,
      inputs: Record<string, string>,
      secrets: Record<string, string>,
    ): Promise<{ run: LocalRunResult; started: string[] }> => {
      const sha = repo.commit(
        { 'Chart.yaml': CHART.replace(/^(version|appVersion): "0\.16\.0"$/gm, `$1: "${version}"`) },
        { message: `Release ${version}` },
      );
      repo.addCheckRun({ sha, name: 'helm-validation', conclusion: 'success' });
      const before = repo.events().length;
      const r = await runWorkflow('charts-release.yml', {
        inputs: { phase: 'release', ...inputs },
        secrets,
        workspace: work,
        github: { sha, repository: REPO, run_id: '77' },
        githubToken: (permissions) => server.githubToken(permissions),
        env: { GITHUB_API_URL: server.apiUrl, GITHUB_REPOSITORY: REPO, GITHUB_RUN_ID: '77' },
        thirdParty: githubActions({ server, repo, sha: () => sha }),
      });
      expect(r.jobs['release']!.result, failures(r)).toBe('success');
      expect(repo.git.commitOf(`refs/tags/v${version}`)).toBe(sha);
      return { run: r, started: startedWorkflows(repo.events().slice(before), CALLER_WORKFLOWS) };
    };
    const started = (v: string) => [
      `build-tag.yml: push refs/tags/v${v}`,
      `release-images.yml: release created v${v}`,
      `publish-packages.yml: release published v${v}`,
    ];

    expect((await releaseAt('0.16.1', {}, { token: PAT })).started).toEqual(started('0.16.1'));
    const app = await releaseAt('0.16.2', { 'app-id': '99' }, { 'app-private-key': 'CHARTS APP KEY' });
    expect(app.started).toEqual(started('0.16.2'));
    const none = await releaseAt('0.16.3', {}, {});
    expect(none.started).toEqual([]);
    expect(step(none.run, 'release', 'writer').summary).toBe(
      '⚠️ GITHUB_TOKEN: the release events (created, published) will not start workflows (on: release); give the token secret or app-id (README, Tokens).\n' +
        '⚠️ GITHUB_TOKEN: the tag push will not start workflows (on: push: tags); give the token secret or app-id (README, Tokens).\n\n',
    );
  });

  it('release refuses v<version> when the tag exists on another commit, and a commit whose CI failed', async () => {
    const prepare = await run({ phase: 'prepare', 'kata-version': '3.22.0', bump: 'minor' });
    expect(prepare.jobs['prepare']!.result, failures(prepare)).toBe('success');
    expect(repo.pulls[0]!.title).toBe('Release 0.17.0');
    const merged = mergePull(repo, 1, merger);

    repo.addCheckRun({ sha: merged, name: 'e2e-tests (k3s)', conclusion: 'failure' });
    const red = await run({ phase: 'release' });
    expect(red.jobs['release']!.result).toBe('failure');
    expect(step(red, 'release', 'release').stdout).toContain(
      `::error::CI gate: 1 of 1 checks on ${merged} in ${REPO} have not passed (e2e-tests (k3s): failure); nothing was created`,
    );
    expect(repo.releases).toEqual([]);
    expect(repo.git.commitOf('refs/tags/v0.17.0')).toBeUndefined();

    // Someone tagged v0.17.0 by hand on the commit before: a release tag is never moved.
    const before = repo.git.commitObject(merged)!.parents[0]!;
    repo.tag('v0.17.0', before);
    repo.addCheckRun({ sha: merged, name: 'e2e-tests (k3s)', conclusion: 'success' });
    const moved = await run({ phase: 'release' });
    expect(moved.jobs['release']!.result).toBe('failure');
    expect(step(moved, 'release', 'release').stdout).toContain(
      `::error::tag v0.17.0 already points to ${before} in ${REPO}, not to ${merged}: a release tag is never moved`,
    );
    expect(repo.releases).toEqual([]);
  });

  it('release refuses a Chart.yaml whose appVersion is not its version, before any API call', async () => {
    repo.commit({ 'Chart.yaml': CHART.replace('appVersion: "0.16.0"', 'appVersion: "0.16.1"') }, { message: 'x' });
    const before = server.log.length;
    const r = await run({ phase: 'release' });
    expect(r.jobs['release']!.result).toBe('failure');
    expect(step(r, 'release', 'version').stdout.trim()).toBe(
      "::error::Chart.yaml's appVersion differs from its version 0.16.0: they are released together (run phase prepare)",
    );
    expect(server.log.slice(before).filter((l) => l.route.includes('/releases'))).toEqual([]);
  });
});
