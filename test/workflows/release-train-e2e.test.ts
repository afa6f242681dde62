import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { failures, IMAGE, remoteTags, TAGS } from '../helpers/caa-release.js';
import { runCallerWorkflow } from '../helpers/caller-workflow.js';
import { CAA_VERSIONS_PATH, cocoRelease, PEERPODS_PATH, type CocoRelease } from '../helpers/coco-train.js';
import { git, showFile } from '../helpers/git.js';
import { markMerged, setRun, workflowRuns, type WorkflowRunRecord } from '../helpers/github-actions-api.js';
import { githubActions, mergePull } from '../helpers/github-actions.js';
import { startGithubServer, type GithubServer, type Issue, type ServerRepo } from '../helpers/github-server.js';
import { localThirdParty } from '../helpers/third-party.js';
import { runWorkflow } from '../helpers/workflow-runner.js';
import { tempDir, workspace } from '../helpers/workspace.js';

/**
 * A whole CoCo release on the test GitHub (held to GitHub's REST and GraphQL contracts) with the six
 * repositories, from Kata's 4.0.0 tag to the charts' GitHub release. The conductor is coco-release-train.yml
 * run by the local workflow runner with `dispatch: true`; each dispatch it makes is recorded by the server as
 * a queued run, which the test then runs: the caller workflow the repository holds (test/helpers/coco-train.ts
 * CALLERS) calling our reusable workflow (subproject-release.yml, peer-pods-release.yml, charts-release.yml),
 * with real git and the server's API. The test does what a person does: merge the release pull requests, and
 * CI, which sets its check runs on the merge commits. On the way, a pin drifts (someone sets
 * cloud-api-adaptor's guest-components back) and CI fails once on a release commit: the train stops there,
 * and the dashboard says why and how to fix it.
 */

const CONDUCTOR_TOKEN = 'ghs_conductor0app0token';
const RELEASE_TOKEN = 'ghs_release0app0token';
const WORKFLOW_TOKEN = 'ghs_release0workflow0token';
const HOME = 'confidential-containers/confidential-containers';

let server: GithubServer;
beforeAll(async () => {
  server = await startGithubServer();
});
afterAll(() => server.close());

interface Conducted {
  dispatched: string[];
  /** The state read: every request before the first dispatch, the dashboard's aside. */
  requests: number;
  ms: number;
  done: boolean;
  steps: { id: string; state: string; waitingOn?: string; reason: string; fix?: string[] }[];
}

describe('the release train, end to end', { timeout: 300_000 }, () => {
  it('from the Kata tag to the charts release: each step dispatched once, the person only merges', async () => {
    server.reset();
    server.tokens = new Map([
      [CONDUCTOR_TOKEN, 'admin'],
      [RELEASE_TOKEN, 'write'],
      [WORKFLOW_TOKEN, 'write'],
    ]);
    const coco: CocoRelease = cocoRelease(server);
    const { repos, T, G, kata400 } = coco;
    const issue: Issue = coco.home.addIssue({ title: 'Release 4.0.0', body: 'The CoCo 4.0.0 release.\n' });
    const ci = (repo: ServerRepo, sha: string, conclusion = 'success') =>
      repo.addCheckRun({ sha, name: 'e2e', status: 'completed', conclusion });
    ci(repos.trustee, T);
    ci(repos.gc, G);

    const conductor: Conducted[] = [];
    const conduct = async (): Promise<Conducted> => {
      const before = server.log.length;
      const started = performance.now();
      const r = await runWorkflow('coco-release-train.yml', {
        inputs: { target: '4.0.0', dispatch: 'true', 'tracking-issue': String(issue.number) },
        workspace: workspace(),
        github: { event_name: 'schedule', repository: HOME, repository_owner: 'confidential-containers' },
        secrets: { token: CONDUCTOR_TOKEN },
        env: {
          GITHUB_API_URL: server.apiUrl,
          GITHUB_GRAPHQL_URL: server.graphqlUrl,
          GITHUB_SERVER_URL: 'https://github.com',
          GITHUB_REPOSITORY: HOME,
        },
        thirdParty: localThirdParty(new Map()),
      });
      const ms = performance.now() - started;
      expect(r.jobs['train']!.result, failures(r)).toBe('success');
      const out = r.steps.find((s) => s.id === 'train')!.outputs;
      const routes = server.log.slice(before).map((l) => l.route);
      const cut = routes.findIndex((x) => x.endsWith('/dispatches'));
      const read = (cut < 0 ? routes : routes.slice(0, cut)).filter((x) => !x.includes('/issues/'));
      expect(read.length).toBe(Number(out['requests']));
      expect(read.length).toBeLessThanOrEqual(5);
      const run: Conducted = {
        dispatched: JSON.parse(out['dispatched']!) as string[],
        requests: read.length,
        ms,
        done: out['done'] === 'true',
        steps: (JSON.parse(out['plan']!) as { steps: Conducted['steps'] }).steps,
      };
      conductor.push(run);
      return run;
    };
    /** A re-run of the conductor at this point starts nothing. */
    let reruns = 0;
    const again = async (): Promise<void> => {
      reruns++;
      expect((await conduct()).dispatched).toEqual([]);
    };
    const state = (run: Conducted, id: string) => run.steps.find((s) => s.id === id)!;

    // The runner: each queued run of a dispatch, run by the caller workflow of its repository.
    const cloneOf = (repo: ServerRepo): string => {
      const dir = join(tempDir('coco-e2e-'), repo.name);
      git(tempDir(), 'clone', '-q', repo.path, dir);
      return dir;
    };
    /** Each repository's runner workspace (actions/checkout fetches into it) and the person's clone. */
    const work = new Map<ServerRepo, string>();
    const mergers = new Map<ServerRepo, string>();
    const kept = (map: Map<ServerRepo, string>, repo: ServerRepo): string => {
      if (!map.has(repo)) map.set(repo, cloneOf(repo));
      return map.get(repo)!;
    };
    const ran: string[] = [];
    const runDispatched = async (repo: ServerRepo, run: WorkflowRunRecord): Promise<void> => {
      setRun(repo, run.id, 'in_progress');
      const text = repo.git.object(`${run.head_sha}:.github/workflows/${run.file}`)!.content.toString('utf8');
      const result = await runCallerWorkflow(run.file, text, {
        inputs: run.inputs,
        workspace: kept(work, repo),
        github: {
          sha: run.head_sha,
          ref: `refs/heads/${run.head_branch}`,
          repository: repo.fullName,
          repository_owner: repo.owner,
          run_id: String(run.id),
          token: WORKFLOW_TOKEN,
        },
        vars: { PEER_PODS_IMAGE_TAG: IMAGE },
        secrets: { COCO_RELEASE_TOKEN: RELEASE_TOKEN },
        env: {
          GITHUB_API_URL: server.apiUrl,
          GITHUB_GRAPHQL_URL: server.graphqlUrl,
          GITHUB_SERVER_URL: server.htmlUrl,
          GITHUB_REPOSITORY: repo.fullName,
          GITHUB_RUN_ID: String(run.id),
        },
        thirdParty: githubActions({ server, repo, sha: () => run.head_sha }),
      });
      const why = Object.values(result.calls)
        .map((c) => failures(c.run))
        .join('\n');
      expect(result.conclusion, `${repo.fullName} ${run.display_title}:\n${why}`).toBe('success');
      setRun(repo, run.id, 'completed', result.conclusion);
      ran.push(`${repo.name}: ${run.display_title}`);
    };
    const releaseRepos = [repos.trustee, repos.gc, repos.caa, repos.charts];
    const runQueued = async (): Promise<void> => {
      for (const repo of releaseRepos)
        for (const run of workflowRuns(repo).filter((r) => r.status === 'queued')) await runDispatched(repo, run);
    };
    // The person: merge every open release pull request (GitHub's merge button); CI runs on the merge commit.
    let merges = 0;
    const mergeOpen = (ciConclusion = 'success'): string[] => {
      const merged: string[] = [];
      for (const repo of releaseRepos)
        for (const p of repo.pulls.filter((x) => x.state === 'open')) {
          const sha = mergePull(repo, p.number, kept(mergers, repo));
          markMerged(repo, p.number);
          ci(repo, sha, ciConclusion);
          merges++;
          merged.push(`${repo.name}#${p.number} ${p.head}`);
        }
      return merged;
    };
    const dashboard = (): string => issue.body ?? '';

    // 1. Kata 4.0.0 is out: trustee and guest-components, tagged at the commits Kata pins.
    expect((await conduct()).dispatched).toEqual(['trustee/release', 'guest-components/release']);
    await again();
    await runQueued();

    // 2. cloud-api-adaptor prepares; its pull request is merged.
    expect((await conduct()).dispatched).toEqual(['cloud-api-adaptor/prepare']);
    await runQueued();
    await again();
    expect(state(conductor.at(-1)!, 'cloud-api-adaptor/prepare')).toMatchObject({
      state: 'waiting',
      waitingOn: 'pull-request',
    });
    expect(mergeOpen()).toEqual(['cloud-api-adaptor#1 release/peer-pods-v0.22.0-prepare']);

    // 3. Someone sets versions.yaml's guest-components back to v0.16.0: the release is blocked, and the
    // dashboard names the `set` line that fixes it; the charts wait; nothing is dispatched.
    const versions = showFile(repos.caa.path, 'main', CAA_VERSIONS_PATH);
    const oldGc = repos.gc.git.commitOf('refs/tags/v0.16.0^{commit}')!;
    repos.caa.commit({ [CAA_VERSIONS_PATH]: versions.replace(G, oldGc) }, { message: 'versions: guest-components' });
    const drifted = await conduct();
    expect(drifted.dispatched).toEqual([]);
    const fix = `confidential-containers/cloud-api-adaptor ${CAA_VERSIONS_PATH}: .oci.guest-components.reference=${G}`;
    expect(state(drifted, 'cloud-api-adaptor/release')).toMatchObject({ state: 'blocked', fix: [fix] });
    expect(state(drifted, 'cloud-api-adaptor/release').reason).toContain('.oci.guest-components.reference');
    expect(state(drifted, 'charts/prepare')).toMatchObject({ state: 'waiting', waitingOn: 'component' });
    expect(state(drifted, 'cloud-api-adaptor/prepare').state).toBe('done');
    expect(dashboard()).toContain(`\n  ${fix}\n`);
    // The person applies the set line.
    repos.caa.commit({ [CAA_VERSIONS_PATH]: versions }, { message: 'versions: guest-components as Kata pins' });

    // 4. The release's first run opens the pins' pull request; merged, but CI fails on the merge commit:
    // the train stops at that step, and the dashboard says why.
    expect((await conduct()).dispatched).toEqual(['cloud-api-adaptor/release']);
    await runQueued();
    expect(mergeOpen('failure')).toEqual(['cloud-api-adaptor#2 release/peer-pods-v0.22.0-release']);
    const red = await conduct();
    const mergeCommit = repos.caa.git.commitOf('main')!;
    expect(red.dispatched).toEqual([]);
    const stop = `CI failed on confidential-containers/cloud-api-adaptor ${mergeCommit.slice(0, 7)}: the train stops here until it passes`;
    expect(state(red, 'cloud-api-adaptor/release')).toMatchObject({ state: 'blocked', reason: stop });
    expect(dashboard()).toContain(`- [ ] **cloud-api-adaptor** release: ✗ blocked: ${stop}`);
    // CI is re-run and passes.
    repos.caa.checkRuns.at(-1)!.conclusion = 'success';

    // 5. The release's second run: the Go module tags and the GitHub release at the merge commit.
    expect((await conduct()).dispatched).toEqual(['cloud-api-adaptor/release']);
    await runQueued();

    // 6. cloud-api-adaptor's post-release and the charts' prepare, in parallel; both merged.
    expect((await conduct()).dispatched).toEqual(['cloud-api-adaptor/post-release', 'charts/prepare']);
    await again();
    await runQueued();
    expect(mergeOpen()).toEqual([
      'cloud-api-adaptor#3 release/peer-pods-v0.22.0-post-release',
      'charts#1 release/charts-v0.17.0',
    ]);

    // 7. The charts' release; then the train is done.
    expect((await conduct()).dispatched).toEqual(['charts/release']);
    await runQueued();
    const last = await conduct();
    expect(last.done).toBe(true);
    expect(last.dispatched).toEqual([]);
    expect(dashboard()).toContain('### release-train: kata-containers `4.0.0` (8 done of 8 steps)\n');

    // Every step ran once, the peer-pods release twice (its pull request, then the tags after the merge).
    expect(ran).toEqual([
      'trustee: subproject-release v0.17.0',
      'guest-components: subproject-release v0.17.0',
      'cloud-api-adaptor: peer-pods-release prepare v0.22.0',
      'cloud-api-adaptor: peer-pods-release release v0.22.0',
      'cloud-api-adaptor: peer-pods-release release v0.22.0',
      'cloud-api-adaptor: peer-pods-release post-release v0.22.0',
      'charts: charts-release prepare 4.0.0',
      'charts: charts-release release 4.0.0',
    ]);
    expect(merges).toBe(4);

    // The end state: tags at the right commits, the GitHub releases, the pins.
    expect(repos.trustee.git.commitOf('refs/tags/v0.17.0^{commit}')).toBe(T);
    expect(repos.gc.git.commitOf('refs/tags/v0.17.0^{commit}')).toBe(G);
    expect(remoteTags(repos.caa).sort()).toEqual(
      [...TAGS.map((t) => `${t} ${mergeCommit}`), `v0.21.0 ${repos.caa.git.commitOf('refs/tags/v0.21.0')}`].sort(),
    );
    const chartsRelease = repos.charts.git.commitOf('refs/tags/v0.17.0^{commit}')!;
    expect(repos.charts.pulls[0]!.state).toBe('closed');
    expect(repos.charts.git.commitObject(chartsRelease)!.message).toBe(
      `Merge pull request #1 from confidential-containers/${repos.charts.pulls[0]!.head}\n`,
    );
    expect(repos.charts.git.commitOf('main')).toBe(chartsRelease);
    for (const [repo, tag] of [
      [repos.trustee, 'v0.17.0'],
      [repos.gc, 'v0.17.0'],
      [repos.caa, 'v0.22.0'],
      [repos.charts, 'v0.17.0'],
    ] as const)
      expect(
        repo.releases.map((r) => [r.tag_name, r.prerelease]),
        repo.fullName,
      ).toEqual([[tag, false]]);
    const chartAt = (ref: string) => showFile(repos.caa.path, ref, PEERPODS_PATH);
    expect(chartAt('v0.22.0')).toMatch(/name: kata-deploy\n {4}version: "4\.0\.0"/);
    expect(chartAt('main')).toMatch(/name: kata-deploy\n {4}version: "0\.0\.0-dev"/);
    const caaVersions = showFile(repos.caa.path, 'v0.22.0', CAA_VERSIONS_PATH);
    for (const pin of [`reference: ${T}`, `reference: ${G}`, `reference: ${kata400} # v4.0.0`])
      expect(caaVersions).toContain(pin);
    const charts = showFile(repos.charts.path, 'v0.17.0', 'Chart.yaml');
    expect(charts).toMatch(/^version: "0\.17\.0"$/m);
    expect(charts).toMatch(/^appVersion: "0\.17\.0"$/m);
    expect(charts).toMatch(/name: kata-deploy\n(?: {4}.*\n)*? {4}version: "4\.0\.0"/);
    expect(server.responseProblems).toEqual([]);

    const moving = conductor.filter((c) => c.dispatched.length > 0 || c.done).length;
    const wall = conductor.map((c) => c.ms).sort((a, b) => a - b);
    console.log(
      `release train e2e: ${conductor.length} conductor runs (${moving} that started steps or found the release done, ` +
        `${conductor.length - moving - reruns} stopped by the drift and the failed CI, ${reruns} re-runs that started nothing), ` +
        `${merges} human merges, state read per conductor run ${conductor.map((c) => c.requests).join(' ')} API requests, ` +
        `one conductor run ${Math.round(wall[Math.floor(wall.length / 2)]!)} ms wall (median)`,
    );
    expect([moving, conductor.length - moving - reruns, reruns]).toEqual([7, 2, 3]);
  });
});
