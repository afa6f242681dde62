import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { GithubFile } from '@coco-release/version-parity';
import { real } from '../../../test/helpers/paths.js';
import { defaultDelay, fetchGithubFiles, type ContentsOptions } from '../src/github-contents.js';
import { startGithubServer, type GithubServer } from '../../../test/helpers/github-server.js';

const KATA_VERSIONS = real('kata-containers/kata-containers/versions.yaml');
let SHA = '';
let kata: GithubFile;
const operator: GithubFile = {
  kind: 'github',
  owner: 'confidential-containers',
  repo: 'operator',
  ref: 'main',
  path: 'install/pre-install-payload/Makefile',
};
const OPERATOR_ROUTE = 'GET /repos/confidential-containers/operator/contents/install/pre-install-payload/Makefile';
const MAKEFILE = 'NYDUS_SNAPSHOTTER_VERSION = v0.15.2\n';

let server: GithubServer;
const waits: number[] = [];
const options = (extra: Partial<ContentsOptions> = {}): ContentsOptions => ({
  token: 't0k3n',
  baseUrl: server.apiUrl,
  delay: (attempt, retryAfter) => {
    waits.push(defaultDelay(attempt, retryAfter));
    return 1;
  },
  ...extra,
});
const one = async (file: GithubFile, extra: Partial<ContentsOptions> = {}) =>
  [...(await fetchGithubFiles([file], options(extra))).values()][0];

beforeAll(async () => {
  server = await startGithubServer();
  // Kata is read at a commit, the operator at its branch, as the action's sources name them.
  const kataRepo = server.createRepo('kata-containers/kata-containers', { files: { 'versions.yaml': KATA_VERSIONS } });
  SHA = kataRepo.git.commitOf('main')!;
  kataRepo.commit({ 'versions.yaml': 'moved on after the pinned commit\n' });
  kata = { kind: 'github', owner: 'kata-containers', repo: 'kata-containers', ref: SHA, path: 'versions.yaml' };
  server.createRepo('confidential-containers/operator', {
    files: { 'install/pre-install-payload/Makefile': MAKEFILE, 'install/README.md': 'x\n' },
  });
  server.createRepo('o/r', { files: { 'README.md': 'r\n' } });
  server.repo('o/r').commit({ 'dir with space/Make#file': 'X = 1\n' }, { branch: 'release/v1.2' });
});
afterAll(() => server.close());
beforeEach(() => {
  server.reset({ keepRepos: true });
  waits.splice(0);
});

describe('fetching files', () => {
  it('fetches at a ref with the raw media type, the token, and each distinct file once', async () => {
    const result = await fetchGithubFiles([kata, operator, { ...kata }], options());
    expect(result).toEqual(
      new Map([
        [`github:kata-containers/kata-containers@${SHA}:versions.yaml`, { ok: true, text: KATA_VERSIONS }],
        [
          'github:confidential-containers/operator@main:install/pre-install-payload/Makefile',
          { ok: true, text: MAKEFILE },
        ],
      ]),
    );
    expect(server.log.map((r) => r.url).sort()).toEqual([
      `/api/v3/repos/confidential-containers/operator/contents/install/pre-install-payload/Makefile?ref=main`,
      `/api/v3/repos/kata-containers/kata-containers/contents/versions.yaml?ref=${SHA}`,
    ]);
    for (const r of server.log) {
      expect(r.accept).toBe('application/vnd.github.v3.raw');
      expect(r.authorization).toBe('token t0k3n');
    }
  });

  it('decodes the JSON form with base64 content', async () => {
    server.contentsJsonOnly = true;
    expect(await one(kata)).toEqual({ ok: true, text: KATA_VERSIONS });
  });

  it('reads public repositories without a token', async () => {
    expect(await one(operator, { token: '' })).toEqual({ ok: true, text: MAKEFILE });
    expect(server.log[0]!.authorization).toBeUndefined();
  });

  it('encodes refs and paths', async () => {
    const file: GithubFile = {
      kind: 'github',
      owner: 'o',
      repo: 'r',
      ref: 'release/v1.2',
      path: 'dir with space/Make#file',
    };
    expect(await one(file)).toEqual({ ok: true, text: 'X = 1\n' });
    expect(server.log[0]!.url).toBe('/api/v3/repos/o/r/contents/dir%20with%20space/Make%23file?ref=release%2Fv1.2');
  });
});

describe('errors name what is wrong and which scope is missing', () => {
  it('404', async () => {
    expect(await one({ ...operator, ref: 'v0.9.0' })).toEqual({
      ok: false,
      message:
        "not found: confidential-containers/operator has no install/pre-install-payload/Makefile at 'v0.9.0', or the " +
        'repository is private and the token cannot see it (it needs contents: read on confidential-containers/operator)',
    });
  });

  it('a directory', async () => {
    expect(await one({ ...operator, path: 'install' })).toEqual({
      ok: false,
      message: "install is a directory at 'main', not a file",
    });
  });

  it('401', async () => {
    server.tokens = new Map([['another-token', 'read']]);
    expect(await one(operator)).toEqual({
      ok: false,
      message:
        'the token was rejected (HTTP 401: Bad credentials): it is expired, revoked or mistyped; check the token input',
    });
  });

  it('403 without access', async () => {
    server.fault(OPERATOR_ROUTE, { status: 403, body: { message: 'Resource not accessible by integration' } });
    expect(await one(operator)).toEqual({
      ok: false,
      message:
        'access denied (HTTP 403: Resource not accessible by integration): the token needs contents: read on ' +
        'confidential-containers/operator (workflow permissions: contents: read; fine-grained token: Contents ' +
        'read-only on that repository; classic token: the repo scope for a private repository)',
    });
  });

  it('403 rate limit, with the reset time, not retried', async () => {
    server.rateLimit = { limit: 60, remaining: 0, reset: 1793000000 };
    expect(await one(operator, { token: '' })).toEqual({
      ok: false,
      message:
        'GitHub API rate limit exhausted (HTTP 403, 60 requests an hour); it resets at 2026-10-26T07:33:20.000Z; ' +
        'no token was given and unauthenticated requests get 60 an hour: set the token input',
    });
    expect(await one(operator)).toEqual({
      ok: false,
      message: 'GitHub API rate limit exhausted (HTTP 403, 60 requests an hour); it resets at 2026-10-26T07:33:20.000Z',
    });
    expect(server.log.map((r) => r.status)).toEqual([403, 403]);
  });

  it('429 secondary rate limit', async () => {
    server.fault(OPERATOR_ROUTE, { status: 429, headers: { 'retry-after': '60' }, body: { message: 'slow down' } });
    expect(await one(operator)).toEqual({
      ok: false,
      message: 'GitHub secondary rate limit (HTTP 429): retry after 60 s; run fewer requests at once',
    });
  });
});

describe('transient failures', () => {
  it('retries a 502 and succeeds', async () => {
    server.fault(OPERATOR_ROUTE, { status: 502, body: { message: 'Server Error' } });
    expect(await one(operator)).toEqual({ ok: true, text: MAKEFILE });
    expect(server.log).toHaveLength(2);
    expect(waits).toEqual([500]);
  });

  it('honours Retry-After, capped', async () => {
    server.fault(OPERATOR_ROUTE, { status: 503, headers: { 'retry-after': '2' } });
    server.fault(OPERATOR_ROUTE, { status: 503, headers: { 'retry-after': '3600' } });
    expect(await one(operator)).toEqual({ ok: true, text: MAKEFILE });
    expect(waits).toEqual([2000, 10_000]);
  });

  it('gives up after a bounded number of retries', async () => {
    const down = { status: 503, body: { message: 'Service Unavailable' } };
    server.fault(OPERATOR_ROUTE, down, 5);
    expect(await one(operator)).toEqual({
      ok: false,
      message: 'GitHub answered HTTP 503 4 times in a row (Service Unavailable); try again later',
    });
    expect(server.log).toHaveLength(4);
    expect(waits).toEqual([500, 1000, 2000]);
  });

  it('retries when nothing answers, then says so', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise((resolve) => closed.close(resolve));
    const result = await one(operator, { baseUrl: `http://127.0.0.1:${port}`, retries: 1 });
    expect(result).toEqual({
      ok: false,
      message: `no answer from http://127.0.0.1:${port} after 2 attempts: connect ECONNREFUSED 127.0.0.1:${port}`,
    });
  });

  it('each retry is announced: the request, why, and in how long (onRetry)', async () => {
    server.fault(OPERATOR_ROUTE, { status: 503, headers: { 'retry-after': '2' } });
    server.fault(OPERATOR_ROUTE, { status: 502, body: { message: 'Server Error' } });
    const lines: string[] = [];
    const delay = (attempt: number, retryAfter: number | undefined): number => defaultDelay(attempt, retryAfter) / 1000;
    expect(await one(operator, { delay, onRetry: (line) => lines.push(line) })).toEqual({ ok: true, text: MAKEFILE });
    const url = `${server.apiUrl}/repos/confidential-containers/operator/contents/install/pre-install-payload/Makefile?ref=main`;
    expect(lines).toEqual([
      `GET ${url} answered HTTP 503: retry 1 of 3 in 0.002 s (Retry-After)`,
      `GET ${url} answered HTTP 502: retry 2 of 3 in 0.001 s`,
    ]);

    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise((resolve) => closed.close(resolve));
    lines.length = 0;
    await one(operator, { baseUrl: `http://127.0.0.1:${port}`, retries: 1, onRetry: (line) => lines.push(line) });
    expect(lines).toEqual([
      `GET http://127.0.0.1:${port}/repos/confidential-containers/operator/contents/install/pre-install-payload/Makefile?ref=main ` +
        `got no answer (connect ECONNREFUSED 127.0.0.1:${port}): retry 1 of 1 in 0.001 s`,
    ]);
  });

  it('does not retry a 4xx', async () => {
    server.fault(OPERATOR_ROUTE, { status: 422, body: { message: 'No commit found for the ref x' } });
    expect(await one(operator)).toEqual({
      ok: false,
      message: 'GitHub answered HTTP 422: No commit found for the ref x',
    });
    expect(server.log).toHaveLength(1);
  });
});

describe('hostile and broken servers', () => {
  it('stops reading a gzip bomb at the size limit, in bounded memory, and does not retry it', async () => {
    // 1 GiB of zeros, gzip-compressed to about 1 MB: the answer that expanded to 5.3 GiB before the cap.
    server.fault(OPERATOR_ROUTE, { gzipBomb: 1024 * 1024 * 1024 });
    const rss = process.memoryUsage().rss;
    const started = Date.now();
    expect(await one(operator)).toEqual({
      ok: false,
      message:
        "GitHub's answer was refused: the answer is larger than 10 MiB (the limit for one response); stopped reading it",
    });
    expect(process.memoryUsage().rss - rss).toBeLessThan(200 * 1024 * 1024);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(server.log).toHaveLength(1);
  });

  it('applies a smaller limit when asked', async () => {
    expect(await one(operator, { maxBytes: 16 })).toEqual({
      ok: false,
      message:
        "GitHub's answer was refused: the answer is larger than 16 bytes (the limit for one response); stopped reading it",
    });
    expect(await one(operator, { maxBytes: MAKEFILE.length })).toEqual({ ok: true, text: MAKEFILE });
  });

  it('reports broken JSON as broken JSON', async () => {
    server.fault(OPERATOR_ROUTE, { brokenJson: true });
    expect(await one(operator)).toEqual({
      ok: false,
      message:
        'GitHub answered with broken JSON: HTTP 200 with a body that is not valid JSON ' +
        '(54 bytes labelled application/json; charset=utf-8)',
    });
    expect(server.log).toHaveLength(1);
  });

  it('gives up on a server that accepts and never answers, within the timeout and retries', async () => {
    server.fault(OPERATOR_ROUTE, { neverAnswer: true }, 2);
    const started = Date.now();
    expect(await one(operator, { timeoutMs: 300, retries: 1 })).toEqual({
      ok: false,
      message: `no answer from ${server.apiUrl} after 2 attempts: no complete answer within 0.3 s`,
    });
    const elapsed = Date.now() - started;
    expect(elapsed).toBeGreaterThanOrEqual(600);
    expect(elapsed).toBeLessThan(5_000);
    expect(server.log.map((r) => r.status)).toEqual([0, 0]);
  });

  it('never shows the token, even when the server echoes it', async () => {
    server.fault(OPERATOR_ROUTE, { status: 400, body: { message: 'token t0k3n is not welcome here' } });
    expect(await one(operator)).toEqual({
      ok: false,
      message: 'GitHub answered HTTP 400: token *** is not welcome here',
    });
  });

  it('refuses an API URL carrying credentials without echoing them', async () => {
    await expect(
      fetchGithubFiles([operator], options({ baseUrl: 'http://robot:hunter22@127.0.0.1:9/api/v3' })),
    ).rejects.toThrow(
      "GITHUB_API_URL must not carry credentials (http://***@127.0.0.1:9/api/v3): give the token through the step's token input instead",
    );
    expect(server.log).toHaveLength(0);
  });
});
