import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, type CliIO } from '../../../cli/cli.js';
import { ROOT } from '../../../test/helpers/paths.js';
import { snapshotTree, workspace } from '../../../test/helpers/workspace.js';
import { KATA_SNAPSHOTTER } from '../src/main.js';
import { ACTIONS } from '../../../src/generated/actions.js';
import { startGithubServer, type GithubServer } from '../../../test/helpers/github-server.js';

const EXAMPLES = join(ROOT, 'examples');
/** The archived operator's pre-install-payload Makefile, with its real drifted pin. */
const OPERATOR_MAKEFILE = `MK_DIR :=$(dir $(realpath $(firstword $(MAKEFILE_LIST))))

# Versions of the artifacts the pre-install payload ships (shaped like confidential-containers/operator).
COCO_CONTAINERD_VERSION = 1.6.8.2
OFFICIAL_CONTAINERD_VERSION = 1.7.7
NYDUS_SNAPSHOTTER_VERSION = v0.15.2

reqs-image:
\tregistry="\${REGISTRY}" \\
\tnydus_snapshotter_version="\${NYDUS_SNAPSHOTTER_VERSION}" \\
\t\${MK_DIR}/payload.sh
`;
/** Kata's example versions.yaml and the operator's Makefile, side by side. */
const drifted = (): string =>
  workspace(
    { 'operator/install/pre-install-payload/Makefile': OPERATOR_MAKEFILE },
    { 'kata-containers/versions.yaml': join(EXAMPLES, 'kata-containers/versions.yaml') },
  );

function io(env: Record<string, string | undefined> = {}, cwd = EXAMPLES): CliIO & { stdout: string; stderr: string } {
  const r = {
    stdout: '',
    stderr: '',
    env,
    cwd,
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
  it('reports the drift between two files, with repeated --sources flags', async () => {
    const ws = drifted();
    const before = snapshotTree(ws);
    const cli = io({}, ws);
    const code = await runCli(
      [
        'check-snapshotter-parity',
        '--summary',
        '--outputs',
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
    expect(snapshotTree(ws)).toEqual(before);
  });

  it('reads remote sources with GITHUB_TOKEN when no token is given', async () => {
    server.reset();
    server.createRepo('kata-containers/kata-containers', {
      files: { 'versions.yaml': 'externals:\n  nydus-snapshotter:\n    version: "v0.15.15"\n' },
    });
    server.createRepo('confidential-containers/operator', {
      files: { 'install/pre-install-payload/Makefile': 'NYDUS_SNAPSHOTTER_VERSION = v0.15.15\n' },
    });
    const cli = io({ GITHUB_API_URL: `${server.apiUrl}/`, GITHUB_TOKEN: 'env-token' });
    const sources = [
      KATA_SNAPSHOTTER,
      'operator=github:confidential-containers/operator@main:install/pre-install-payload/Makefile#NYDUS_SNAPSHOTTER_VERSION',
    ];
    expect(
      await runCli(['check-snapshotter-parity', '--outputs', ...sources.flatMap((s) => ['--sources', s])], cli),
    ).toBe(0);
    expect(cli.stdout).toContain('match=true\n');
    expect(server.log.map((r) => r.authorization)).toEqual(['token env-token', 'token env-token']);
  });

  it('documents its inputs: sources is required, with no default', async () => {
    const cli = io();
    expect(await runCli(['check-snapshotter-parity', '--help'], cli)).toBe(0);
    expect(cli.stdout).toContain('--sources  (required)');
    expect(cli.stdout).toContain('--fail-on-mismatch  (default: true)');
    expect(ACTIONS['check-snapshotter-parity'].inputs.sources).not.toHaveProperty('default');
  });
});
