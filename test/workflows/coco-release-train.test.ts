import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cocoRepos } from '../helpers/coco-train.js';
import { startGithubServer, type GithubServer } from '../helpers/github-server.js';
import { createGithubAppToken, localThirdParty } from '../helpers/third-party.js';
import { runWorkflow } from '../helpers/workflow-runner.js';
import { workspace } from '../helpers/workspace.js';

/**
 * coco-release-train.yml as the coordinating repository's scheduled caller runs it, with the caller's GitHub
 * App: the installation token minted in the run reads the six CoCo repositories, dispatches and writes the
 * dashboard. The whole release through this workflow is release-train-e2e.test.ts.
 */

const HOME = 'confidential-containers/confidential-containers';

let server: GithubServer;
beforeAll(async () => {
  server = await startGithubServer();
});
afterAll(() => server.close());

describe('coco-release-train.yml, run locally', { timeout: 300_000 }, () => {
  it("with the caller's GitHub App: the installation token minted in the run reads and dispatches", async () => {
    server.reset();
    server.registerApp({
      id: '4242',
      privateKey: 'APP KEY',
      permissions: { actions: 'write', contents: 'read', issues: 'write', 'pull-requests': 'read', checks: 'read' },
    });
    const { repos, T, G } = cocoRepos(server);
    repos.trustee.addCheckRun({ sha: T, name: 'ci', status: 'completed', conclusion: 'success' });
    repos.gc.addCheckRun({ sha: G, name: 'ci', status: 'completed', conclusion: 'success' });
    const home = server.createRepo(HOME, { files: { 'README.md': '# CoCo\n' } });
    const issue = home.addIssue({ title: 'Release 4.0.0', body: 'Checklist\n' });
    const local = localThirdParty(new Map());
    const r = await runWorkflow('coco-release-train.yml', {
      inputs: { target: '4.0.0', dispatch: 'true', 'tracking-issue': String(issue.number), 'app-id': '4242' },
      workspace: workspace(),
      github: { event_name: 'schedule', repository: HOME, token: 'ghs_local' },
      secrets: { 'app-private-key': 'APP KEY' },
      env: {
        GITHUB_API_URL: server.apiUrl,
        GITHUB_GRAPHQL_URL: server.graphqlUrl,
        GITHUB_SERVER_URL: 'https://github.com',
        GITHUB_REPOSITORY: HOME,
      },
      thirdParty: async (call) =>
        call.uses.startsWith('actions/create-github-app-token@') ? createGithubAppToken(server, call) : local(call),
    });
    expect(r.jobs['train']!.result, JSON.stringify(r.steps.map((x) => [x.name, x.stdout]))).toBe('success');
    expect(r.jobs['train']!.outputs['dispatched']).toBe('["trustee/release","guest-components/release"]');
    expect(issue.body).toContain('<!-- release-train:start -->');
  });
});
