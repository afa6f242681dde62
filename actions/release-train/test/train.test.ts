import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { inputsFrom, type ActionContext, type ActionResult } from '../../../src/action.js';
import { markMerged, setRun, workflowRuns } from '../../../test/helpers/github-actions-api.js';
import { startGithubServer, type GithubServer, type ServerRepo } from '../../../test/helpers/github-server.js';
import { real } from '../../../test/helpers/paths.js';
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
const KATA = 'kata-containers/kata-containers';
const CAA = 'confidential-containers/cloud-api-adaptor';
const CHARTS = 'confidential-containers/charts';
const TRUSTEE = 'confidential-containers/trustee';
const GC = 'confidential-containers/guest-components';
const NYDUS = 'containerd/nydus-snapshotter';

const KATA_VERSIONS = real('kata-containers/kata-containers/versions.yaml');
const CAA_VERSIONS_PATH = 'src/cloud-api-adaptor/versions.yaml';
const CAA_VERSIONS = real(`confidential-containers/cloud-api-adaptor/${CAA_VERSIONS_PATH}`);
const PEERPODS_PATH = 'src/cloud-api-adaptor/install/charts/peerpods/Chart.yaml';
const PEERPODS = real(`confidential-containers/cloud-api-adaptor/${PEERPODS_PATH}`);
const CHARTS_CHART = real('confidential-containers/charts/Chart.yaml');
const UP = {
  trustee: '258ea4acb7b9bd865fce5c63a539f2120dba8298',
  gcKata: '304c21f29e26dbbb968783e41109f3b6d630e872',
  gcCaa: 'dcd55ea16ea4f4bcb87c1420f16af92e9eb15f2f',
  kata: 'cf82bb35c80320178bf7570252fe75d6fb263209',
};

const swap = (text: string, pairs: Record<string, string>): string => {
  let out = text;
  for (const [from, to] of Object.entries(pairs)) {
    if (!out.includes(from)) throw new Error(`fixture lacks ${from}`);
    out = out.replaceAll(from, to);
  }
  return out;
};

/** The caller workflows of the train (README: the whole CoCo release), as each repository holds them. */
export const CALLERS = {
  subproject: `name: coco-release
run-name: subproject-release \${{ inputs.version }}
on:
  workflow_dispatch:
    inputs:
      kata-version: { type: string, required: true }
      version: { type: string, required: true }
`,
  peerPods: `name: release
run-name: peer-pods-release \${{ inputs.phase }} \${{ inputs.version }}
on:
  workflow_dispatch:
    inputs:
      phase: { type: choice, options: [prepare, candidate, release, post-release], required: true }
      version: { type: string, required: true }
      kata-version: { type: string, default: '' }
`,
  charts: `name: release
run-name: charts-release \${{ inputs.phase }} \${{ inputs.kata-version }}
on:
  workflow_dispatch:
    inputs:
      phase: { type: choice, options: [prepare, release], required: true }
      bump: { type: choice, options: [kata, patch, minor, major], default: kata }
      kata-version: { type: string, default: '' }
`,
};

let server: GithubServer;
let repos: Record<'kata' | 'caa' | 'charts' | 'trustee' | 'gc' | 'nydus', ServerRepo>;
/** The commits Kata 4.0.0 pins. */
let T: string, G: string;

beforeAll(async () => {
  server = await startGithubServer();
});
afterAll(() => server.close());
beforeEach(() => {
  server.reset();
  server.tokens = new Map([[TOKEN, 'admin']]);
});

/** Kata 4.0.0 is out; trustee and guest-components have v0.16.0; cloud-api-adaptor v0.22.0 and the charts
 * v0.16.0 shipped Kata 3.22.0. Every pin agrees. */
function cocoRepos(): void {
  const make = (name: string, files: Record<string, string>): ServerRepo => server.createRepo(name, { files });
  repos = {
    trustee: make(TRUSTEE, { 'README.md': '# Trustee\n', '.github/workflows/coco-release.yml': CALLERS.subproject }),
    gc: make(GC, { 'README.md': '# Guest components\n', '.github/workflows/coco-release.yml': CALLERS.subproject }),
    nydus: make(NYDUS, { 'README.md': '# Nydus snapshotter\n' }),
    kata: make(KATA, { 'README.md': '# Kata Containers\n' }),
    caa: make(CAA, { 'README.md': '# cloud-api-adaptor\n', '.github/workflows/release.yml': CALLERS.peerPods }),
    charts: make(CHARTS, { 'README.md': '# charts\n', '.github/workflows/release.yaml': CALLERS.charts }),
  };
  repos.trustee.tag('v0.16.0', repos.trustee.commit({ VERSION: '0.16.0\n' }, { message: 'v0.16.0' }));
  T = repos.trustee.commit({ 'kbs/src/main.rs': 'fn main() {}\n' }, { message: 'kbs: after v0.16.0' });
  repos.gc.tag('v0.16.0', repos.gc.commit({ VERSION: '0.16.0\n' }, { message: 'v0.16.0' }));
  G = repos.gc.commit({ 'src/lib.rs': '\n' }, { message: 'after v0.16.0' });
  repos.nydus.tag('v0.15.15', repos.nydus.commit({ VERSION: 'v0.15.15\n' }, { message: 'v0.15.15' }));
  const k3220 = repos.kata.commit(
    { 'versions.yaml': swap(KATA_VERSIONS, { [UP.trustee]: T, [UP.gcKata]: G }) },
    { message: '3.22.0' },
  );
  repos.kata.tag('3.22.0', k3220, { message: 'Kata Containers 3.22.0' });
  const k400 = repos.kata.commit({ VERSION: '4.0.0\n' }, { message: 'release: 4.0.0' });
  repos.kata.tag('4.0.0', k400, { message: 'Kata Containers 4.0.0' });
  const caa0220 = repos.caa.commit(
    {
      [CAA_VERSIONS_PATH]: swap(CAA_VERSIONS, { [UP.trustee]: T, [UP.gcCaa]: G, [UP.kata]: k400 }),
      [PEERPODS_PATH]: PEERPODS.replace('version: "0.0.0-dev"', 'version: "3.22.0"'),
    },
    { message: 'release: v0.22.0' },
  );
  repos.caa.tag('v0.22.0', caa0220);
  repos.caa.commit({ [PEERPODS_PATH]: PEERPODS }, { message: 'post-release v0.22.0' });
  repos.charts.tag('v0.16.0', repos.charts.commit({ 'Chart.yaml': CHARTS_CHART }, { message: 'v0.16.0' }));
}

interface Run {
  result: ActionResult;
  logs: string[];
  requests: string[];
}

async function conduct(inputs: Record<string, string> = {}): Promise<Run> {
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
    },
    info: (m) => logs.push(m),
    warning: (m) => logs.push(`warning: ${m}`),
    error: (m) => logs.push(`error: ${m}`),
    secret: () => undefined,
  };
  const before = server.log.length;
  const result = await releaseTrain.run(releaseTrain.readInputs(inputsFrom((n) => all[n] ?? '')), ctx);
  const requests = server.log
    .slice(before)
    .map((r) => r.route)
    .filter((r) => !r.includes('/dispatches') && !r.includes('/issues/'));
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
