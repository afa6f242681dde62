import { execFile } from 'node:child_process';
import { copyFileSync, realpathSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { annotations, runBundle } from '../../../test/helpers/bundle.js';
import { KATA, NODE24, real, ROOT } from '../../../test/helpers/paths.js';
import { snapshotTree, tempDir, workspace } from '../../../test/helpers/workspace.js';
import { startGithubServer, type GithubServer } from '../../../test/helpers/github-server.js';
import { runAsBundle } from '../../../test/helpers/in-process.js';
import { checkSnapshotterParity } from '../src/main.js';

/**
 * check-snapshotter-parity against real Kata files and a real contents API on 127.0.0.1. The action's logic
 * runs in this process through the runner protocol (exit code, stdout, GITHUB_OUTPUT, GITHUB_STEP_SUMMARY:
 * runAsBundle); the tests marked "the bundle on Node 24" run the committed dist/check-snapshotter-parity/index.js
 * as the runner does.
 */

const check = (inputs: Record<string, string>, options: { workspace: string; env?: Record<string, string> }) =>
  runAsBundle(checkSnapshotterParity, inputs, options);

const KATA_VERSIONS = real('kata-containers/kata-containers/versions.yaml');
const SELECTOR = '.externals.nydus-snapshotter.version';
/** Shaped like confidential-containers/operator install/pre-install-payload/Makefile, with its real pin. */
const OPERATOR_MAKEFILE = `MK_DIR :=$(dir $(realpath $(firstword $(MAKEFILE_LIST))))

COCO_CONTAINERD_VERSION = 1.6.8.2
NYDUS_SNAPSHOTTER_VERSION = v0.15.2

reqs-image:
\tnydus_snapshotter_version="\${NYDUS_SNAPSHOTTER_VERSION}" \${MK_DIR}/payload.sh
`;
const LOCAL = [
  `kata=kata-containers/versions.yaml#${SELECTOR}`,
  'operator=operator/install/pre-install-payload/Makefile#NYDUS_SNAPSHOTTER_VERSION',
].join('\n');

const localWorkspace = (files: Record<string, string> = {}): string =>
  workspace(
    { 'operator/install/pre-install-payload/Makefile': OPERATOR_MAKEFILE, ...files },
    { 'kata-containers/versions.yaml': join(KATA, 'versions.yaml') },
  );

let server: GithubServer;
beforeAll(async () => {
  server = await startGithubServer();
});
afterAll(() => server.close());
beforeEach(() => server.reset());

describe('local sources', () => {
  it('reports the real drift: Kata v0.15.15 against the operator v0.15.2 (the bundle on Node 24)', async () => {
    const ws = localWorkspace();
    const before = snapshotTree(ws);
    const run = await runBundle('check-snapshotter-parity', { sources: LOCAL }, { workspace: ws });
    expect(run.code).toBe(1);
    expect(annotations(run.stdout)).toEqual([
      "::error::the sources disagree: kata = 'v0.15.15' (kata-containers/versions.yaml#.externals.nydus-snapshotter.version, line 350); " +
        "operator = 'v0.15.2' (operator/install/pre-install-payload/Makefile#NYDUS_SNAPSHOTTER_VERSION, line 4). " +
        "No majority: 'v0.15.15' (1) vs 'v0.15.2' (1).",
    ]);
    expect(run.outputs).toEqual({ match: 'false', versions: '{"kata":"v0.15.15","operator":"v0.15.2"}' });
    expect(run.summary).toBe(
      [
        '### check-snapshotter-parity: ✗ the sources disagree, with no majority (2 different values)',
        '',
        '| label | location | value | match |',
        '| --- | --- | --- | --- |',
        '| kata | `kata-containers/versions.yaml#.externals.nydus-snapshotter.version` line 350 | `v0.15.15` | ✗ |',
        '| operator | `operator/install/pre-install-payload/Makefile#NYDUS_SNAPSHOTTER_VERSION` line 4 | `v0.15.2` | ✗ |',
        '',
        '',
      ].join('\n'),
    );
    expect(run.stdout).toContain('kata: v0.15.15 (kata-containers/versions.yaml:350)\n');
    expect(run.stdout).toContain('operator: v0.15.2 (operator/install/pre-install-payload/Makefile:4)\n');
    expect(snapshotTree(ws)).toEqual(before);
  });

  it('passes when a Makefile, a shell script and a Dockerfile agree with Kata, and names the majority otherwise', async () => {
    const ws = localWorkspace({
      'operator/install/pre-install-payload/Makefile': 'export NYDUS_SNAPSHOTTER_VERSION ?= v0.15.15 # from Kata\n',
      'ci/install_nydus.sh': '#!/bin/bash\nreadonly nydus_snapshotter_version="0.15.15"\n',
      'images/Dockerfile': 'FROM alpine\nARG NYDUS_SNAPSHOTTER_VERSION=v0.15.15\n',
    });
    const sources = [
      LOCAL,
      'script=ci/install_nydus.sh#nydus_snapshotter_version',
      'image=images/Dockerfile#NYDUS_SNAPSHOTTER_VERSION',
    ].join('\n');
    const run = await check({ sources }, { workspace: ws });
    expect(run.code).toBe(0);
    expect(annotations(run.stdout)).toEqual([]);
    expect(run.outputs).toEqual({
      match: 'true',
      versions: '{"kata":"v0.15.15","operator":"v0.15.15","script":"0.15.15","image":"v0.15.15"}',
    });
    expect(run.summary.split('\n').slice(0, 1)).toEqual([
      '### check-snapshotter-parity: ✓ all 4 sources agree on `v0.15.15` = `0.15.15`',
    ]);
    expect(run.summary).toContain('Spellings differ only by a leading `v` or blanks (normalize: true).');

    const exact = await check({ sources, normalize: 'false' }, { workspace: ws });
    expect(exact.code).toBe(1);
    expect(exact.outputs['match']).toBe('false');
    expect(annotations(exact.stdout)[0]).toMatch(/Majority: 'v0\.15\.15' \(3 of 4 sources\); differing: script\.$/);
    expect(exact.summary).toContain(
      '| script | `ci/install_nydus.sh#nydus_snapshotter_version` line 2 | `0.15.15` | ✗ |',
    );
    expect(exact.summary).toContain(
      '| kata | `kata-containers/versions.yaml#.externals.nydus-snapshotter.version` line 350 | `v0.15.15` | ✓ |',
    );
  });

  it('warns instead of failing with fail-on-mismatch: false', async () => {
    const run = await check({ sources: LOCAL, 'fail-on-mismatch': 'false' }, { workspace: localWorkspace() });
    expect(run.code).toBe(0);
    expect(annotations(run.stdout)).toEqual([]);
    expect(annotations(run.stdout, 'warning')).toHaveLength(1);
    expect(annotations(run.stdout, 'warning')[0]).toMatch(/^::warning::the sources disagree: kata = 'v0\.15\.15'/);
    expect(run.outputs['match']).toBe('false');
  });

  it('never loads the HTTP client when every source is local (the bundle on Node 24)', async () => {
    // The bundle alone, without the lazily loaded chunks: a local run must not need them.
    const dir = tempDir('coco-bundle-');
    copyFileSync(join(ROOT, 'dist/check-snapshotter-parity/index.js'), join(dir, 'index.js'));
    copyFileSync(join(ROOT, 'dist/check-snapshotter-parity/package.json'), join(dir, 'package.json'));
    const ws = localWorkspace({
      'operator/install/pre-install-payload/Makefile': 'NYDUS_SNAPSHOTTER_VERSION = v0.15.15\n',
    });
    const { code, stdout } = await new Promise<{ code: number; stdout: string }>((resolve) =>
      execFile(
        NODE24,
        [join(dir, 'index.js')],
        { cwd: ws, env: { PATH: process.env['PATH'] ?? '', GITHUB_WORKSPACE: ws, INPUT_SOURCES: LOCAL } },
        (error, out) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout: out }),
      ),
    );
    expect(stdout).toContain('match=true\n');
    expect(code).toBe(0);
  });
});

describe('remote sources through the contents API', () => {
  const KATA_URL = '/api/v3/repos/kata-containers/kata-containers/contents/versions.yaml?ref=main';
  const OPERATOR_URL =
    '/api/v3/repos/confidential-containers/operator/contents/install/pre-install-payload/Makefile?ref=main';
  const KATA_ROUTE = 'GET /repos/kata-containers/kata-containers/contents/versions.yaml';
  const env = (): Record<string, string> => ({ GITHUB_API_URL: server.apiUrl });
  const kataRepo = (versions: string) =>
    server.createRepo('kata-containers/kata-containers', { files: { 'versions.yaml': versions } });
  const operatorRepo = (makefile: string) =>
    server.createRepo('confidential-containers/operator', {
      files: { 'install/pre-install-payload/Makefile': makefile },
    });

  const REMOTE = [
    'kata-containers=github:kata-containers/kata-containers@main:versions.yaml#.externals.nydus-snapshotter.version',
    'operator=github:confidential-containers/operator@main:install/pre-install-payload/Makefile#NYDUS_SNAPSHOTTER_VERSION',
  ].join('\n');

  it('has no default sources: the operator is archived, and Kata alone is no comparison', async () => {
    const run = await check({}, { workspace: workspace(), env: env() });
    expect(run.code).toBe(1);
    expect(annotations(run.stdout)).toEqual([
      "::error::input 'sources' is required: two or more LABEL=LOCATION lines, e.g. kata-containers=github:kata-containers/kata-containers@main:versions.yaml#.externals.nydus-snapshotter.version and your own pin",
    ]);
    expect(server.log).toEqual([]);
  });

  it('compares Kata and the operator on main through the API, and reports v0.15.15 / v0.15.2 (the bundle on Node 24)', async () => {
    kataRepo(KATA_VERSIONS);
    operatorRepo(OPERATOR_MAKEFILE);
    const ws = workspace();
    const run = await runBundle(
      'check-snapshotter-parity',
      { sources: REMOTE, token: 's3cr3t-token' },
      { workspace: ws, env: env() },
    );
    expect(run.code).toBe(1);
    expect(annotations(run.stdout)).toEqual([
      "::error::the sources disagree: kata-containers = 'v0.15.15' " +
        '(github:kata-containers/kata-containers@main:versions.yaml#.externals.nydus-snapshotter.version, line 350); ' +
        "operator = 'v0.15.2' (github:confidential-containers/operator@main:install/pre-install-payload/Makefile#NYDUS_SNAPSHOTTER_VERSION, line 4). " +
        "No majority: 'v0.15.15' (1) vs 'v0.15.2' (1).",
    ]);
    expect(run.outputs).toEqual({ match: 'false', versions: '{"kata-containers":"v0.15.15","operator":"v0.15.2"}' });
    expect(run.stdout.split('\n')[0]).toBe('::add-mask::s3cr3t-token');
    expect(server.log.map((r) => [r.url, r.authorization, r.accept]).sort()).toEqual([
      [OPERATOR_URL, 'token s3cr3t-token', 'application/vnd.github.v3.raw'],
      [KATA_URL, 'token s3cr3t-token', 'application/vnd.github.v3.raw'],
    ]);
    expect(run.summary).toContain(
      '| kata-containers | `github:kata-containers/kata-containers@main:versions.yaml#.externals.nydus-snapshotter.version` line 350 | `v0.15.15` | ✗ |',
    );
  });

  it('fetches at a ref, once per distinct file, with the token from GITHUB_TOKEN outside a workflow', async () => {
    const kata = kataRepo(KATA_VERSIONS);
    const sha = kata.git.commitOf('main')!;
    kata.commit({ 'versions.yaml': 'externals: {}\n' });
    const charts = server.createRepo('confidential-containers/charts', {
      files: { 'values.yaml': 'snapshotter:\n  version: v0.15.15\n' },
    });
    charts.tag('v0.17.0', 'main', { message: 'v0.17.0' });
    charts.commit({ 'values.yaml': 'snapshotter:\n  version: v0.16.0\n' });
    const sources = [
      `kata=github:kata-containers/kata-containers@${sha}:versions.yaml#${SELECTOR}`,
      `kata-nydus=github:kata-containers/kata-containers@${sha}:versions.yaml#.externals.nydus-snapshotter.version`,
      'charts=github:confidential-containers/charts@v0.17.0:values.yaml#.snapshotter.version',
      `local=kata-containers/versions.yaml#${SELECTOR}`,
    ].join('\n');
    const run = await check({ sources }, { workspace: localWorkspace(), env: { ...env(), GITHUB_TOKEN: 'from-env' } });
    expect(run.code).toBe(0);
    expect(run.outputs['match']).toBe('true');
    expect(server.log.map((r) => r.url).sort()).toEqual([
      '/api/v3/repos/confidential-containers/charts/contents/values.yaml?ref=v0.17.0',
      `/api/v3/repos/kata-containers/kata-containers/contents/versions.yaml?ref=${sha}`,
    ]);
    expect(server.log.every((r) => r.authorization === 'token from-env')).toBe(true);
  });

  it('survives a 502 followed by success', async () => {
    kataRepo(KATA_VERSIONS);
    operatorRepo('NYDUS_SNAPSHOTTER_VERSION = v0.15.15\n');
    server.fault((r) => r.url === OPERATOR_URL, { status: 502, body: { message: 'Server Error' } });
    const run = await check({ sources: REMOTE }, { workspace: workspace(), env: env() });
    expect(annotations(run.stdout)).toEqual([]);
    expect(run.code).toBe(0);
    expect(run.outputs).toEqual({ match: 'true', versions: '{"kata-containers":"v0.15.15","operator":"v0.15.15"}' });
    expect(server.log.filter((r) => r.url === OPERATOR_URL).map((r) => r.status)).toEqual([502, 200]);
    // No token anywhere: the literal `${{ github.token }}` default is not sent as a token.
    expect(server.log.every((r) => r.authorization === undefined)).toBe(true);
  });

  it('names the source on 404 and on a 403 rate limit, and changes nothing', async () => {
    kataRepo(KATA_VERSIONS);
    server.fault(KATA_ROUTE, {
      status: 403,
      headers: { 'x-ratelimit-limit': '5000', 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '1793000000' },
      body: { message: 'API rate limit exceeded for installation ID 1.' },
    });
    const ws = workspace({ 'keep.txt': 'x' });
    const before = snapshotTree(ws);
    const run = await check({ sources: REMOTE, token: 't' }, { workspace: ws, env: env() });
    expect(run.code).toBe(1);
    expect(annotations(run.stdout)).toEqual([
      "::error::source 'kata-containers' (github:kata-containers/kata-containers@main:versions.yaml): GitHub API rate limit " +
        'exhausted (HTTP 403, 5000 requests an hour); it resets at 2026-10-26T07:33:20.000Z',
      "::error::source 'operator' (github:confidential-containers/operator@main:install/pre-install-payload/Makefile): not found: " +
        "confidential-containers/operator has no install/pre-install-payload/Makefile at 'main', or the repository is private " +
        'and the token cannot see it (it needs contents: read on confidential-containers/operator)',
    ]);
    expect(run.outputs).toEqual({});
    expect(run.summary).toBe('');
    expect(snapshotTree(ws)).toEqual(before);
  });

  it('refuses a gzip bomb, broken JSON and a server that never answers, each with its own message', async () => {
    kataRepo(KATA_VERSIONS);
    operatorRepo(OPERATOR_MAKEFILE);
    server.fault(KATA_ROUTE, { gzipBomb: 1024 * 1024 * 1024 });
    server.fault((r) => r.url === OPERATOR_URL, { brokenJson: true });
    const ws = workspace({ 'keep.txt': 'x' });
    const before = snapshotTree(ws);
    const run = await check({ sources: REMOTE, token: 't' }, { workspace: ws, env: env() });
    expect(run.code).toBe(1);
    expect(annotations(run.stdout)).toEqual([
      "::error::source 'kata-containers' (github:kata-containers/kata-containers@main:versions.yaml): GitHub's answer " +
        'was refused: the answer is larger than 10 MiB (the limit for one response); stopped reading it',
      "::error::source 'operator' (github:confidential-containers/operator@main:install/pre-install-payload/Makefile): " +
        'GitHub answered with broken JSON: HTTP 200 with a body that is not valid JSON (54 bytes labelled application/json; charset=utf-8)',
    ]);
    expect(snapshotTree(ws)).toEqual(before);

    server.reset({ keepRepos: true });
    server.fault(KATA_ROUTE, { neverAnswer: true }, 2);
    const started = Date.now();
    const hung = await check(
      { sources: REMOTE, token: 't' },
      { workspace: ws, env: { ...env(), COCO_RELEASE_API_TIMEOUT: '0.5', COCO_RELEASE_API_RETRIES: '1' } },
    );
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(annotations(hung.stdout)).toEqual([
      "::error::source 'kata-containers' (github:kata-containers/kata-containers@main:versions.yaml): no answer from " +
        `${server.apiUrl} after 2 attempts: no complete answer within 0.5 s`,
    ]);
    expect(server.count(KATA_ROUTE)).toBe(2);
  });

  it('never echoes credentials from GITHUB_API_URL', async () => {
    const url = server.apiUrl.replace('http://', 'http://robot:hunter22@');
    const run = await check({ sources: REMOTE }, { workspace: workspace(), env: { GITHUB_API_URL: url } });
    expect(run.code).toBe(1);
    expect(annotations(run.stdout)).toEqual([
      `::error::GITHUB_API_URL must not carry credentials (${server.apiUrl.replace('http://', 'http://***@')}): ` +
        "give the token through the step's token input instead",
    ]);
    expect(run.stdout + run.stderr).not.toContain('hunter22');
    expect(server.log).toEqual([]);
  });

  it('positions a selector problem in the remote file', async () => {
    kataRepo(KATA_VERSIONS);
    operatorRepo('NYDUS_SNAPSHOTTER_VERSION = v0.15.2\nNYDUS_SNAPSHOTTER_VERSION = v0.15.3\n');
    const run = await check({ sources: REMOTE }, { workspace: workspace(), env: env() });
    expect(annotations(run.stdout)).toEqual([
      "::error::source 'operator': github:confidential-containers/operator@main:install/pre-install-payload/Makefile:2:29: " +
        "NYDUS_SNAPSHOTTER_VERSION is assigned more than once with different values: 'v0.15.2' (line 1), 'v0.15.3' (line 2)",
    ]);
  });
});

describe('bad input fails with its message and changes nothing', () => {
  it.each([
    [
      'a malformed source line',
      `kata=kata-containers/versions.yaml#${SELECTOR}\noperator Makefile#X`,
      [
        "::error::sources line 2: expected LABEL=LOCATION with LOCATION [github:OWNER/REPO@REF:]PATH#SELECTOR, got 'operator Makefile#X'",
      ],
    ],
    [
      'a duplicate label',
      `${LOCAL}\nkata=kata-containers/versions.yaml#.externals.coco-trustee.version`,
      ["::error::sources line 3: duplicate label 'kata' (first used on line 1)"],
    ],
    [
      'an unknown github: form',
      `${LOCAL}\ncharts=github:confidential-containers/charts:values.yaml#.x`,
      [
        "::error::sources line 3: unknown github: form 'github:confidential-containers/charts:values.yaml'; expected github:OWNER/REPO@REF:PATH#SELECTOR",
      ],
    ],
    [
      'fewer than two sources',
      `kata=kata-containers/versions.yaml#${SELECTOR}`,
      ["::error::input 'sources' needs at least two sources to compare, got 1 ('kata')"],
    ],
    [
      'a selector that matches nothing',
      `kata=kata-containers/versions.yaml#.externals.nydus-snapshotter.tag\noperator=operator/install/pre-install-payload/Makefile#NYDUS_VERSION`,
      [
        "::error file=kata-containers/versions.yaml,line=348::kata-containers/versions.yaml:348: source 'kata': .externals.nydus-snapshotter.tag: no key 'tag' in the mapping at line 348",
        "::error file=operator/install/pre-install-payload/Makefile::operator/install/pre-install-payload/Makefile: source 'operator': no assignment to NYDUS_VERSION (looked for Makefile assignments NAME = v, NAME := v, NAME ::= v, NAME ?= v, export NAME = v, override NAME = v)",
      ],
    ],
    [
      'a selector that matches a non-scalar',
      `kata=kata-containers/versions.yaml#.externals.nydus-snapshotter\noperator=operator/install/pre-install-payload/Makefile#NYDUS_SNAPSHOTTER_VERSION`,
      [
        "::error file=kata-containers/versions.yaml,line=348,col=5::kata-containers/versions.yaml:348:5: source 'kata': .externals.nydus-snapshotter is a mapping, not a scalar value",
      ],
    ],
    [
      'a missing file',
      `kata=kata/versions.yaml#${SELECTOR}\nop=operator/install/pre-install-payload/Makefile#NYDUS_SNAPSHOTTER_VERSION`,
      ["::error file=kata/versions.yaml::kata/versions.yaml: source 'kata': file not found: kata/versions.yaml"],
    ],
  ])('%s', async (_what, sources, expected) => {
    const ws = localWorkspace();
    const before = snapshotTree(ws);
    const run = await check({ sources }, { workspace: ws, env: { GITHUB_API_URL: server.apiUrl } });
    expect(run.code).toBe(1);
    expect(annotations(run.stdout)).toEqual(expected);
    expect(run.outputs).toEqual({});
    expect(run.summary).toBe('');
    expect(server.log).toEqual([]);
    expect(snapshotTree(ws)).toEqual(before);
  });

  it('refuses a file outside the workspace, even when two sources share it', async () => {
    const ws = localWorkspace();
    const before = snapshotTree(ws);
    const sources = `${LOCAL}\nhost=/etc/passwd#root\nhost2=/etc/passwd#daemon`;
    const run = await check({ sources }, { workspace: ws });
    expect(run.code).toBe(1);
    expect(annotations(run.stdout)).toEqual([
      `::error file=/etc/passwd::/etc/passwd: sources 'host', 'host2': refusing to touch /etc/passwd: it is outside the workspace ${realpathSync(ws)}`,
    ]);
    expect(snapshotTree(ws)).toEqual(before);
  });

  it('refuses a bad boolean', async () => {
    const run = await check({ sources: LOCAL, normalize: 'yes' }, { workspace: localWorkspace() });
    expect(run.code).toBe(1);
    expect(annotations(run.stdout)).toEqual(["::error::input 'normalize' must be true or false, got 'yes'"]);
  });
});
