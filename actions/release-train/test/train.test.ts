import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { inputsFrom, type ActionContext, type ActionResult } from '../../../src/action.js';
import { annotations, runBundle } from '../../../test/helpers/bundle.js';
import { markMerged, setRun, workflowRuns } from '../../../test/helpers/github-actions-api.js';
import { startGithubServer, type GithubServer, type ServerRepo } from '../../../test/helpers/github-server.js';
import {
  CAA_VERSIONS,
  CAA_VERSIONS_PATH,
  cocoRepos as setup,
  GC,
  PEERPODS,
  PEERPODS_PATH,
  swap,
  TRUSTEE,
  UP,
  type CocoTrain,
} from '../../../test/helpers/coco-train.js';
import { workspace } from '../../../test/helpers/workspace.js';
import { releaseTrain } from '../src/main.js';

/**
 * The conductor in-process against the test GitHub on 127.0.0.1: the six CoCo repositories as bare git
 * repositories holding the real upstream files (pinned SHAs rewritten to commits these repositories have),
 * each release repository with the caller workflow the graph dispatches (workflow_dispatch inputs and the
 * run-name the conductor finds its runs by). The test plays what the dispatched workflows and the person do
 * (tags, the pull request, its merge, CI), and checks what each conductor run reads, plans and dispatches.
 */

const TOKEN = 'ghs_train0token0never0printed';
let server: GithubServer;
let repos: CocoTrain['repos'];
/** The commits Kata 4.0.0 pins. */
let T: string, G: string;
const cocoRepos = (): void => void ({ repos, T, G } = setup(server));

beforeAll(async () => {
  server = await startGithubServer();
});
afterAll(() => server.close());
beforeEach(() => {
  server.reset();
  server.tokens = new Map([[TOKEN, 'admin']]);
});

interface Run {
  result: ActionResult;
  logs: string[];
  requests: string[];
}

async function conduct(inputs: Record<string, string> = {}, extraEnv: Record<string, string> = {}): Promise<Run> {
  // action.yml's defaults (a bundle test checks the generated ones).
  const defaults = { dispatch: 'false', 'fail-on-blocked': 'false' };
  const all: Record<string, string> = { ...defaults, token: TOKEN, target: '4.0.0', ...inputs };
  const logs: string[] = [];
  const ctx: ActionContext = {
    workspace: workspace(),
    env: {
      GITHUB_API_URL: server.apiUrl,
      GITHUB_GRAPHQL_URL: server.graphqlUrl,
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_REPOSITORY: 'confidential-containers/confidential-containers',
      ...extraEnv,
    },
    info: (m) => logs.push(m),
    warning: (m) => logs.push(`warning: ${m}`),
    error: (m) => logs.push(`error: ${m}`),
    secret: () => undefined,
  };
  const before = server.log.length;
  const result = await releaseTrain.run(releaseTrain.readInputs(inputsFrom((n) => all[n] ?? '')), ctx);
  // The read: every request before the first dispatch (after it: the dispatches and their confirmations).
  const after = server.log.slice(before).map((r) => r.route);
  const firstDispatch = after.findIndex((r) => r.includes('/dispatches'));
  const requests = (firstDispatch < 0 ? after : after.slice(0, firstDispatch)).filter((r) => !r.includes('/issues/'));
  return { result, logs, requests };
}

const states = (run: Run): string[] =>
  (JSON.parse(run.result.outputs['plan']!) as { steps: { id: string; state: string; waitingOn?: string }[] }).steps.map(
    (s) => `${s.id} ${s.state}${s.waitingOn ? ` (${s.waitingOn})` : ''}`,
  );

const ci = (repo: ServerRepo, sha: string, conclusion = 'success') =>
  repo.addCheckRun({ sha, name: 'ci', status: 'completed', conclusion });

describe('release-train against the test GitHub', () => {
  it('dispatches trustee and guest-components once, in 5 requests; a re-run dispatches nothing', async () => {
    cocoRepos();
    ci(repos.trustee, T);
    ci(repos.gc, G);
    const first = await conduct({ dispatch: 'true' });
    expect(states(first)).toEqual([
      'kata-containers/release done',
      'trustee/release ready',
      'guest-components/release ready',
      'cloud-api-adaptor/prepare waiting (component)',
      'cloud-api-adaptor/release waiting (phase)',
      'cloud-api-adaptor/post-release waiting (phase)',
      'charts/prepare waiting (component)',
      'charts/release waiting (phase)',
    ]);
    expect(first.requests).toEqual([
      'POST /graphql',
      'POST /graphql',
      'POST /graphql',
      `GET /repos/${TRUSTEE}/actions/workflows/coco-release.yml/runs`,
      `GET /repos/${GC}/actions/workflows/coco-release.yml/runs`,
    ]);
    expect(first.result.outputs['dispatched']).toBe('["trustee/release","guest-components/release"]');
    expect(first.result.outputs['requests']).toBe('5');
    const dispatched = [...workflowRuns(repos.trustee), ...workflowRuns(repos.gc)].map((r) => [
      r.display_title,
      r.inputs,
      r.status,
    ]);
    expect(dispatched).toEqual([
      ['subproject-release v0.17.0', { 'kata-version': '4.0.0', version: 'v0.17.0' }, 'queued'],
      ['subproject-release v0.17.0', { 'kata-version': '4.0.0', version: 'v0.17.0' }, 'queued'],
    ]);

    // Any number of re-runs while the runs are queued or running start nothing.
    setRun(repos.trustee, workflowRuns(repos.trustee)[0]!.id, 'in_progress');
    const again = await conduct({ dispatch: 'true' });
    expect(again.result.outputs['dispatched']).toBe('[]');
    expect(states(again).slice(1, 3)).toEqual([
      'trustee/release waiting (run)',
      'guest-components/release waiting (run)',
    ]);
    expect(workflowRuns(repos.trustee).length + workflowRuns(repos.gc).length).toBe(2);

    // The runs tag the commits Kata pins: cloud-api-adaptor's prepare is next, dispatched once.
    repos.trustee.tag('v0.17.0', T);
    setRun(repos.trustee, workflowRuns(repos.trustee)[0]!.id, 'completed', 'success');
    repos.gc.tag('v0.17.0', G);
    setRun(repos.gc, workflowRuns(repos.gc)[0]!.id, 'completed', 'success');
    const third = await conduct({ dispatch: 'true' });
    expect(third.result.outputs['dispatched']).toBe('["cloud-api-adaptor/prepare"]');
    expect(third.requests.length).toBeLessThanOrEqual(5);
    expect(workflowRuns(repos.caa).map((r) => [r.display_title, r.inputs])).toEqual([
      ['peer-pods-release prepare v0.23.0', { phase: 'prepare', version: 'v0.23.0', 'kata-version': '4.0.0' }],
    ]);
  });

  it('each dispatch is confirmed by its run being listed; a run not listed in time is a warning', async () => {
    cocoRepos();
    ci(repos.trustee, T);
    const run = await conduct({ dispatch: 'true' });
    expect(run.logs).toContain(
      `dispatched trustee/release: ${TRUSTEE} coco-release.yml@main (subproject-release v0.17.0): run ${workflowRuns(repos.trustee)[0]!.id}`,
    );
    server.reset();
    server.tokens = new Map([[TOKEN, 'admin']]);
    cocoRepos();
    ci(repos.gc, G);
    // GitHub has not listed the run yet.
    server.fault(
      `GET /repos/${GC}/actions/workflows/coco-release.yml/runs`,
      { status: 200, body: { total_count: 0, workflow_runs: [] } },
      5,
    );
    const late = await conduct({ dispatch: 'true' }, { COCO_RELEASE_DISPATCH_WAIT_MS: '1' });
    expect(late.logs).toContain(
      "warning: guest-components/release: its run is not listed 0 s after the dispatch: the next conductor run may not see it and dispatch it again; check confidential-containers/guest-components's Actions tab",
    );
  });

  it('a failing CI run stops the train at that step, and the summary says why', async () => {
    cocoRepos();
    ci(repos.trustee, T, 'failure');
    ci(repos.gc, G);
    const run = await conduct({ dispatch: 'true' });
    expect(states(run).slice(1, 3)).toEqual(['trustee/release blocked', 'guest-components/release ready']);
    expect(run.result.outputs['dispatched']).toBe('["guest-components/release"]');
    expect(run.result.outputs['blocked']).toBe('["trustee/release"]');
    expect(run.result.summary).toContain(
      `- [ ] **trustee** release: ✗ blocked: CI failed on confidential-containers/trustee ${T.slice(0, 7)}: the train stops here until it passes ([link](https://github.com/confidential-containers/trustee/commit/${T}))`,
    );
    expect(run.logs).toContain(
      `error: trustee/release: blocked: CI failed on confidential-containers/trustee ${T.slice(0, 7)}: the train stops here until it passes`,
    );
  });

  it('the peer-pods release PR: waits for the merge, then dispatches the release run again once CI passed', async () => {
    cocoRepos();
    repos.trustee.tag('v0.17.0', T);
    repos.gc.tag('v0.17.0', G);
    const prepared = repos.caa.commit(
      { [PEERPODS_PATH]: PEERPODS.replace('version: "0.0.0-dev"', 'version: "4.0.0"') },
      { message: 'release: prepare v0.23.0' },
    );
    ci(repos.caa, prepared);
    const first = await conduct({ dispatch: 'true' });
    expect(states(first).slice(3, 5)).toEqual(['cloud-api-adaptor/prepare done', 'cloud-api-adaptor/release ready']);
    const dispatchedRun = workflowRuns(repos.caa)[0]!;
    expect(dispatchedRun.display_title).toBe('peer-pods-release release v0.23.0');
    setRun(repos.caa, dispatchedRun.id, 'completed', 'success');
    // The run opened the release PR: waiting on the person.
    repos.caa.commit({ 'CHANGES.md': 'release pins\n' }, { branch: 'release/peer-pods-v0.23.0-release' });
    repos.caa.pulls.push({
      number: 7,
      state: 'open',
      title: 'release: release v0.23.0',
      body: null,
      head: 'release/peer-pods-v0.23.0-release',
      base: 'main',
      draft: false,
    });
    const waiting = await conduct({ dispatch: 'true' });
    expect(states(waiting)[4]).toBe('cloud-api-adaptor/release waiting (pull-request)');
    expect(waiting.result.outputs['dispatched']).toBe('[]');
    // Merged (the merge commit is the new head): CI pending, then passed.
    const merge = repos.caa.commit({ 'CHANGES.md': 'release pins\n' }, { message: 'Merge pull request #7' });
    repos.caa.pulls[0]!.state = 'closed';
    markMerged(repos.caa, 7);
    repos.caa.addCheckRun({ sha: merge, name: 'ci', status: 'in_progress' });
    const pending = await conduct({ dispatch: 'true' });
    expect(states(pending)[4]).toBe('cloud-api-adaptor/release waiting (ci)');
    repos.caa.checkRuns.at(-1)!.status = 'completed';
    repos.caa.checkRuns.at(-1)!.conclusion = 'success';
    const ready = await conduct({ dispatch: 'true' });
    expect(ready.result.outputs['dispatched']).toBe('["cloud-api-adaptor/release"]');
    expect(workflowRuns(repos.caa).length).toBe(2);
    const after = await conduct({ dispatch: 'true' });
    expect(after.result.outputs['dispatched']).toBe('[]');
    expect(states(after)[4]).toBe('cloud-api-adaptor/release waiting (run)');
  });

  it('a drifted pin blocks cloud-api-adaptor and names the set line; refused inputs change nothing', async () => {
    cocoRepos();
    repos.caa.commit(
      {
        [CAA_VERSIONS_PATH]: swap(CAA_VERSIONS, {
          [UP.trustee]: T,
          [UP.kata]: repos.kata.git.commitOf('refs/tags/4.0.0^{commit}')!,
        }),
      },
      { message: 'an old guest-components' },
    );
    const run = await conduct({ dispatch: 'true' });
    const plan = JSON.parse(run.result.outputs['plan']!) as { steps: { id: string; state: string; fix?: string[] }[] };
    expect(plan.steps[3]).toMatchObject({
      id: 'cloud-api-adaptor/prepare',
      state: 'blocked',
      fix: [
        `confidential-containers/cloud-api-adaptor src/cloud-api-adaptor/versions.yaml: .oci.guest-components.reference=${G}`,
      ],
    });
    await expect(conduct({ versions: 'nope=1.0.0' })).rejects.toThrow(
      "input 'versions' line 1: 'nope' is not a component the train releases (trustee, guest-components, cloud-api-adaptor, charts)",
    );
    await expect(conduct({ target: 'latest' })).rejects.toThrow(
      "input 'target' must be a release such as 4.1.0, got 'latest'",
    );
  });
});

describe('the bundle (dist/release-train/index.js on Node 24)', () => {
  it('plans, dispatches, and keeps the tracking issue as a dashboard; a re-run changes nothing', async () => {
    cocoRepos();
    ci(repos.trustee, T);
    ci(repos.gc, G);
    const home = server.createRepo('confidential-containers/confidential-containers', {
      files: { 'README.md': '# CoCo\n' },
    });
    const issue = home.addIssue({ title: 'Release 4.0.0', body: '- [ ] announce\n' });
    const env = {
      GITHUB_API_URL: server.apiUrl,
      GITHUB_GRAPHQL_URL: server.graphqlUrl,
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_REPOSITORY: 'confidential-containers/confidential-containers',
    };
    const inputs = { token: TOKEN, target: '4.0.0', dispatch: 'true', 'update-issue': String(issue.number) };
    const run = await runBundle('release-train', inputs, { workspace: workspace(), env });
    expect(annotations(run.stdout)).toEqual([]);
    expect(run.code).toBe(0);
    expect(run.outputs['dispatched']).toBe('["trustee/release","guest-components/release"]');
    expect(run.outputs['requests']).toBe('5');
    expect(run.outputs['issue-updated']).toBe('true');
    expect(run.summary).toContain(
      '- [ ] **trustee** release: ▶ ready: dispatch coco-release.yml on confidential-containers/trustee',
    );
    expect(run.summary).toContain(
      '- dispatched trustee/release: confidential-containers/trustee coco-release.yml@main (subproject-release v0.17.0)',
    );
    expect(issue.body).toMatch(
      /^- \[ \] announce\n\n<!-- release-train:start -->\n### release-train: kata-containers `4.0.0` \(1 done, 2 ready, 5 waiting of 8 steps\)\n/,
    );
    expect(`${run.stdout}\n${run.stderr}`.split('\n').filter((l) => l.includes(TOKEN))).toEqual([
      `::add-mask::${TOKEN}`,
    ]);

    const again = await runBundle('release-train', inputs, { workspace: workspace(), env });
    expect(again.code).toBe(0);
    expect(again.outputs['dispatched']).toBe('[]');
    expect(again.outputs['issue-updated']).toBe('true');
    const third = await runBundle('release-train', inputs, { workspace: workspace(), env });
    expect(third.outputs['dispatched']).toBe('[]');
    expect(third.outputs['issue-updated']).toBe('false');
    expect(workflowRuns(repos.trustee).length + workflowRuns(repos.gc).length).toBe(2);
  });
});

describe('a whole CoCo release, the dispatched workflows played by the test', () => {
  it('from the Kata tag to the charts release: every step dispatched once, the person only merges', async () => {
    cocoRepos();
    ci(repos.trustee, T);
    ci(repos.gc, G);
    const CHARTS_CHART = repos.charts.git.object('main:Chart.yaml')!.content.toString('utf8');
    let merges = 0;
    /** A release PR as peter-evans/create-pull-request opens it: the files on its branch. */
    const openPull = (repo: ServerRepo, branch: string, files: Record<string, string>): void => {
      repo.commit(files, { branch, message: branch });
      repo.pulls.push({
        number: repo.pulls.length + 1,
        state: 'open',
        title: branch,
        body: null,
        head: branch,
        base: 'main',
        draft: false,
      });
    };
    /** What the person does: merge every open release PR; CI passes on the merge commit. */
    const mergeAll = (): void => {
      for (const repo of [repos.caa, repos.charts]) {
        for (const p of repo.pulls.filter((x) => x.state === 'open')) {
          const files: Record<string, string> = p.head.startsWith('release/charts')
            ? { 'Chart.yaml': repo.git.object(`refs/heads/${p.head}:Chart.yaml`)!.content.toString('utf8') }
            : { [PEERPODS_PATH]: repo.git.object(`refs/heads/${p.head}:${PEERPODS_PATH}`)!.content.toString('utf8') };
          const merge = repo.commit(files, { message: `Merge pull request #${p.number}` });
          p.state = 'closed';
          markMerged(repo, p.number);
          ci(repo, merge);
          merges++;
        }
      }
    };
    const peerpods = (kataDeploy: string) => PEERPODS.replace('version: "0.0.0-dev"', `version: "${kataDeploy}"`);
    /** The dispatched workflows' effects, as the reusable workflows have them. */
    const play = (repo: ServerRepo): void => {
      for (const run of workflowRuns(repo).filter((r) => r.status === 'queued')) {
        const t = run.display_title;
        const caaHead = () => repos.caa.git.commitOf('refs/heads/main')!;
        if (t === 'subproject-release v0.17.0') repo.tag('v0.17.0', repo === repos.trustee ? T : G);
        else if (t === 'peer-pods-release prepare v0.23.0')
          openPull(repo, 'release/peer-pods-v0.23.0-prepare', { [PEERPODS_PATH]: peerpods('4.0.0') });
        else if (t === 'peer-pods-release release v0.23.0') {
          // First run: the release pins in a PR; after its merge: the tags and the release.
          if (!repo.pulls.some((p) => p.head === 'release/peer-pods-v0.23.0-release'))
            openPull(repo, 'release/peer-pods-v0.23.0-release', { [PEERPODS_PATH]: peerpods('4.0.0') + '# v0.23.0\n' });
          else repo.tag('v0.23.0', caaHead());
        } else if (t === 'peer-pods-release post-release v0.23.0')
          openPull(repo, 'release/peer-pods-v0.23.0-post-release', { [PEERPODS_PATH]: PEERPODS });
        else if (t === 'charts-release prepare 4.0.0')
          openPull(repo, 'release/charts-v0.17.0', {
            'Chart.yaml': CHARTS_CHART.replace('version: "3.22.0"', 'version: "4.0.0"'),
          });
        else if (t === 'charts-release release 4.0.0') repo.tag('v0.17.0', repo.git.commitOf('refs/heads/main')!);
        else throw new Error(`unexpected run '${t}'`);
        setRun(repo, run.id, 'completed', 'success');
      }
    };
    const all = [repos.trustee, repos.gc, repos.caa, repos.charts];
    const perRun: { requests: number; ms: number; dispatched: string[] }[] = [];
    for (let i = 0; i < 20; i++) {
      const started = Date.now();
      const run = await conduct({ dispatch: 'true' });
      perRun.push({
        requests: Number(run.result.outputs['requests']),
        ms: Date.now() - started,
        dispatched: JSON.parse(run.result.outputs['dispatched']!) as string[],
      });
      expect(run.result.outputs['blocked']).toBe('[]');
      if (run.result.outputs['done'] === 'true') break;
      all.forEach(play);
      mergeAll();
    }
    expect(perRun.map((r) => r.dispatched)).toEqual([
      ['trustee/release', 'guest-components/release'],
      ['cloud-api-adaptor/prepare'],
      ['cloud-api-adaptor/release'],
      ['cloud-api-adaptor/release'],
      ['cloud-api-adaptor/post-release', 'charts/prepare'],
      ['charts/release'],
      [],
    ]);
    expect(merges).toBe(4);
    expect(Math.max(...perRun.map((r) => r.requests))).toBeLessThanOrEqual(5);
    // Every step started exactly once (the release phase twice: before and after its PR).
    expect(all.flatMap(workflowRuns).map((r) => r.display_title)).toEqual([
      'subproject-release v0.17.0',
      'subproject-release v0.17.0',
      'peer-pods-release prepare v0.23.0',
      'peer-pods-release release v0.23.0',
      'peer-pods-release release v0.23.0',
      'peer-pods-release post-release v0.23.0',
      'charts-release prepare 4.0.0',
      'charts-release release 4.0.0',
    ]);
    console.info(
      `whole release: ${perRun.length} conductor runs, ${merges} merges, requests per run ${perRun.map((r) => r.requests).join(' ')}, ms per run ${perRun.map((r) => r.ms).join(' ')}`,
    );
  });
});
