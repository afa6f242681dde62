import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, type CliIO } from '../../../src/cli.js';
import { ROOT } from '../../../test/helpers/paths.js';
import { snapshotTree } from '../../../test/helpers/workspace.js';
import { DEFAULT_SOURCES } from '../src/main.js';
import { ACTIONS } from '../../../src/generated/actions.js';
import { startGithubServer, type GithubServer } from '../../../test/helpers/github-server.js';

const EXAMPLES = join(ROOT, 'examples');

function io(env: Record<string, string | undefined> = {}): CliIO & { stdout: string; stderr: string } {
  const r = {
    stdout: '',
    stderr: '',
    env,
    cwd: EXAMPLES,
    out: (t: string) => void (r.stdout += `${t}\n`),
    err: (t: string) => void (r.stderr += `${t}\n`),
  };
  return r;
}

let server: GithubServer;
beforeAll(async () => {
  server = await startGithubServer();
});
afterAll(() => server.close());

describe('coco-release check-snapshotter-parity', () => {
  it('reports the drift between the examples, with repeated --sources flags', async () => {
    const before = snapshotTree(EXAMPLES);
    const cli = io();
    const code = await runCli(
      [
        'check-snapshotter-parity',
        '--sources',
        'kata=kata-containers/versions.yaml#.externals.nydus-snapshotter.version',
        '--sources',
        'operator=operator/install/pre-install-payload/Makefile#NYDUS_SNAPSHOTTER_VERSION',
      ],
      cli,
    );
    expect(code).toBe(1);
    expect(cli.stdout).toBe(
      [
        '### check-snapshotter-parity: ✗ the sources disagree, with no majority (2 different values)',
        '',
        '| label | location | value | match |',
        '| --- | --- | --- | --- |',
        '| kata | `kata-containers/versions.yaml#.externals.nydus-snapshotter.version` line 46 | `v0.15.15` | ✗ |',
        '| operator | `operator/install/pre-install-payload/Makefile#NYDUS_SNAPSHOTTER_VERSION` line 6 | `v0.15.2` | ✗ |',
        '',
        'match=false',
        'versions={"kata":"v0.15.15","operator":"v0.15.2"}',
        '',
      ].join('\n'),
    );
    expect(cli.stderr).toBe(
      [
        'kata: v0.15.15 (kata-containers/versions.yaml:46)',
        'operator: v0.15.2 (operator/install/pre-install-payload/Makefile:6)',
        "error: the sources disagree: kata = 'v0.15.15' (kata-containers/versions.yaml#.externals.nydus-snapshotter.version, line 46); " +
          "operator = 'v0.15.2' (operator/install/pre-install-payload/Makefile#NYDUS_SNAPSHOTTER_VERSION, line 6). " +
          "No majority: 'v0.15.15' (1) vs 'v0.15.2' (1).",
        '',
      ].join('\n'),
    );
    expect(snapshotTree(EXAMPLES)).toEqual(before);
  });

  it('uses the default sources and GITHUB_TOKEN when no token is given', async () => {
    server.reset();
    server.createRepo('kata-containers/kata-containers', {
      files: { 'versions.yaml': 'externals:\n  nydus-snapshotter:\n    version: "v0.15.15"\n' },
    });
    server.createRepo('confidential-containers/operator', {
      files: { 'install/pre-install-payload/Makefile': 'NYDUS_SNAPSHOTTER_VERSION = v0.15.15\n' },
    });
    const cli = io({ GITHUB_API_URL: `${server.apiUrl}/`, GITHUB_TOKEN: 'env-token' });
    expect(await runCli(['check-snapshotter-parity'], cli)).toBe(0);
    expect(cli.stdout).toContain('match=true\n');
    expect(server.log.map((r) => r.authorization)).toEqual(['token env-token', 'token env-token']);
  });

  it('documents its inputs, and the default in action.yml is the one the code falls back to', async () => {
    const cli = io();
    expect(await runCli(['check-snapshotter-parity', '--help'], cli)).toBe(0);
    expect(cli.stdout).toContain(
      '--sources  (default: kata-containers=github:kata-containers/kata-containers@main:versions.yaml',
    );
    expect(cli.stdout).toContain('--fail-on-mismatch  (default: true)');
    expect(ACTIONS['check-snapshotter-parity'].inputs.sources.default).toBe(`${DEFAULT_SOURCES}\n`);
  });

  it('runs in the demo without failing it', async () => {
    const cli = io();
    expect(await runCli(['demo'], cli)).toBe(0);
    expect(cli.stdout).toContain('== 5. Parity: does the operator ship the nydus-snapshotter Kata tests with?');
    expect(cli.stderr).toContain("warning: the sources disagree: kata-containers = 'v0.15.15'");
  });
});
