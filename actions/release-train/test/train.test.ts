import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { inputsFrom, type ActionContext, type ActionResult } from '../../../src/action.js';
import { annotations, runBundle } from '../../../test/helpers/bundle.js';
import { workflowRuns } from '../../../test/helpers/github-actions-api.js';
import { startGithubServer, type GithubServer, type ServerRepo } from '../../../test/helpers/github-server.js';
import { cocoRepos as setup, GC, TRUSTEE, type CocoTrain } from '../../../test/helpers/coco-train.js';
import { workspace } from '../../../test/helpers/workspace.js';
import { releaseTrain } from '../src/main.js';

/**
 * The conductor against the test GitHub on 127.0.0.1 (the six CoCo repositories, test/helpers/coco-train.ts):
 * what the whole release does not show, a dispatch whose run is not listed in time and inputs refused before
 * any request, in-process; and the bundle once. The whole release, with its re-runs, the CI stop and the
 * drifted pin, is test/workflows/release-train-e2e.test.ts.
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

const ci = (repo: ServerRepo, sha: string, conclusion = 'success') =>
  repo.addCheckRun({ sha, name: 'ci', status: 'completed', conclusion });

describe('release-train against the test GitHub', () => {
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

  it('refused inputs change nothing: no request is made', async () => {
    await expect(conduct({ versions: 'nope=1.0.0' })).rejects.toThrow(
      "input 'versions' line 1: 'nope' is not a component the train releases (trustee, guest-components, cloud-api-adaptor, charts)",
    );
    await expect(conduct({ target: 'latest' })).rejects.toThrow(
      "input 'target' must be a release such as 4.1.0, got 'latest'",
    );
    expect(server.log).toEqual([]);
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
