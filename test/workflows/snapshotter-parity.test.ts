import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGithubServer, type GithubServer } from '../helpers/github-server.js';
import { repoWithRemote } from '../helpers/git.js';
import { real } from '../helpers/paths.js';
import { localThirdParty } from '../helpers/third-party.js';
import { runWorkflow } from '../helpers/workflow-runner.js';

/**
 * snapshotter-parity.yml as a caller's scheduled workflow runs it, with the caller's sources read from
 * GitHub: here the git-backed GitHub test server on 127.0.0.1 (GITHUB_API_URL).
 */
const SOURCES = [
  'kata-containers=github:kata-containers/kata-containers@main:versions.yaml#.externals.nydus-snapshotter.version',
  'operator=github:confidential-containers/operator@main:install/pre-install-payload/Makefile#NYDUS_SNAPSHOTTER_VERSION',
].join('\n');
const KATA = real('kata-containers/kata-containers/versions.yaml');
const OPERATOR_MAKEFILE = (version: string): string =>
  `# install/pre-install-payload/Makefile (operator)\nCONTAINERD_VERSION = 1.7.7\nNYDUS_SNAPSHOTTER_VERSION = ${version}\n`;

let server: GithubServer;
beforeAll(async () => {
  server = await startGithubServer();
});
afterAll(async () => {
  await server.close();
});

describe('snapshotter-parity.yml, run locally', () => {
  const run = async (operatorVersion: string) => {
    server.reset();
    server.createRepo('kata-containers/kata-containers', { files: { 'versions.yaml': KATA } });
    server.createRepo('confidential-containers/operator', {
      files: { 'install/pre-install-payload/Makefile': OPERATOR_MAKEFILE(operatorVersion) },
    });
    const { work } = repoWithRemote({ 'README.md': 'caller\n' });
    return runWorkflow('snapshotter-parity.yml', {
      inputs: { sources: SOURCES, 'fail-on-mismatch': 'true' },
      workspace: work,
      github: { event_name: 'schedule' },
      env: { GITHUB_API_URL: server.apiUrl },
      thirdParty: localThirdParty(new Map()),
    });
  };

  it('fails the scheduled run on the real drift, naming both pins', async () => {
    const result = await run('v0.15.2');
    expect(result.jobs['parity']!.result).toBe('failure');
    expect(result.jobs['parity']!.outputs['match']).toBe('false');
    const step = result.steps.find((s) => s.id === 'check')!;
    expect(JSON.parse(step.outputs['versions']!)).toEqual({ 'kata-containers': 'v0.15.15', operator: 'v0.15.2' });
    expect(step.stdout).toMatch(/::error::.*v0\.15\.15.*v0\.15\.2/);
    expect(step.summary).toContain('| `v0.15.15` | ✗ |');
    expect(server.log.map((r) => r.url).sort()).toEqual([
      '/api/v3/repos/confidential-containers/operator/contents/install/pre-install-payload/Makefile?ref=main',
      '/api/v3/repos/kata-containers/kata-containers/contents/versions.yaml?ref=main',
    ]);
  });

  it('passes when the operator follows Kata', async () => {
    const result = await run('v0.15.15');
    expect(result.jobs['parity']).toEqual({
      result: 'success',
      outputs: { match: 'true', versions: '{"kata-containers":"v0.15.15","operator":"v0.15.15"}' },
    });
  });
});
