import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { GithubFile } from '@coco-release/version-parity';
import { real } from '../../../test/helpers/paths.js';
import { defaultDelay, fetchGithubFiles, type ContentsOptions } from '../src/github-contents.js';
import { startContentsServer, type ContentsServer } from './contents-server.js';

const KATA_VERSIONS = real('kata-containers/kata-containers/versions.yaml');
const SHA = '7c6ba40c54ea29b459b4997cff948caaba4e658b';
const kata: GithubFile = {
  kind: 'github',
  owner: 'kata-containers',
  repo: 'kata-containers',
  ref: SHA,
  path: 'versions.yaml',
};
const operator: GithubFile = {
  kind: 'github',
  owner: 'confidential-containers',
  repo: 'operator',
  ref: 'main',
  path: 'install/pre-install-payload/Makefile',
};
const KATA_KEY = `kata-containers/kata-containers@${SHA}:versions.yaml`;
const OPERATOR_KEY = 'confidential-containers/operator@main:install/pre-install-payload/Makefile';
const MAKEFILE = 'NYDUS_SNAPSHOTTER_VERSION = v0.15.2\n';

let server: ContentsServer;
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
  server = await startContentsServer();
});
afterAll(() => server.close());
beforeEach(() => {
  server.reset();
  waits.splice(0);
  server.files.set(KATA_KEY, KATA_VERSIONS);
  server.files.set(OPERATOR_KEY, MAKEFILE);
});

describe('fetching files', () => {
  it('fetches at a ref with the raw media type, the token, and each distinct file once', async () => {
    const result = await fetchGithubFiles([kata, operator, { ...kata }], options());
    expect(result).toEqual(
      new Map([
        [`github:${KATA_KEY}`, { ok: true, text: KATA_VERSIONS }],
        [`github:${OPERATOR_KEY}`, { ok: true, text: MAKEFILE }],
      ]),
    );
    expect(server.requests.map((r) => r.url).sort()).toEqual([
      `/api/v3/repos/confidential-containers/operator/contents/install/pre-install-payload/Makefile?ref=main`,
      `/api/v3/repos/kata-containers/kata-containers/contents/versions.yaml?ref=${SHA}`,
    ]);
    for (const r of server.requests) {
      expect(r.accept).toBe('application/vnd.github.v3.raw');
      expect(r.authorization).toBe('token t0k3n');
    }
  });

  it('decodes the JSON form with base64 content', async () => {
    server.jsonOnly = true;
    expect(await one(kata)).toEqual({ ok: true, text: KATA_VERSIONS });
  });

  it('reads public repositories without a token', async () => {
    expect(await one(operator, { token: '' })).toEqual({ ok: true, text: MAKEFILE });
    expect(server.requests[0]!.authorization).toBeUndefined();
  });

  it('encodes refs and paths', async () => {
    server.files.set('o/r@release/v1.2:dir with space/Make#file', 'X = 1\n');
    const file: GithubFile = {
      kind: 'github',
      owner: 'o',
      repo: 'r',
      ref: 'release/v1.2',
      path: 'dir with space/Make#file',
    };
    expect(await one(file)).toEqual({ ok: true, text: 'X = 1\n' });
    expect(server.requests[0]!.url).toBe(
      '/api/v3/repos/o/r/contents/dir%20with%20space/Make%23file?ref=release%2Fv1.2',
    );
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
    server.script(OPERATOR_KEY, { status: 401, body: { message: 'Bad credentials', status: '401' } });
    expect(await one(operator)).toEqual({
      ok: false,
      message:
        'the token was rejected (HTTP 401: Bad credentials): it is expired, revoked or mistyped; check the token input',
    });
  });

  it('403 without access', async () => {
    server.script(OPERATOR_KEY, { status: 403, body: { message: 'Resource not accessible by integration' } });
    expect(await one(operator)).toEqual({
      ok: false,
      message:
        'access denied (HTTP 403: Resource not accessible by integration): the token needs contents: read on ' +
        'confidential-containers/operator (workflow permissions: contents: read; fine-grained token: Contents ' +
        'read-only on that repository; classic token: the repo scope for a private repository)',
    });
  });

  it('403 rate limit, with the reset time, not retried', async () => {
    const rateLimited = {
      status: 403,
      headers: { 'x-ratelimit-limit': '60', 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '1793000000' },
      body: { message: 'API rate limit exceeded for 203.0.113.7.' },
    };
    server.script(OPERATOR_KEY, rateLimited, rateLimited);
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
    expect(server.requests).toHaveLength(2);
  });

  it('429 secondary rate limit', async () => {
    server.script(OPERATOR_KEY, { status: 429, headers: { 'retry-after': '60' }, body: { message: 'slow down' } });
    expect(await one(operator)).toEqual({
      ok: false,
      message: 'GitHub secondary rate limit (HTTP 429): retry after 60 s; run fewer requests at once',
    });
  });
});

describe('transient failures', () => {
  it('retries a 502 and succeeds', async () => {
    server.script(OPERATOR_KEY, { status: 502, body: { message: 'Server Error' } });
    expect(await one(operator)).toEqual({ ok: true, text: MAKEFILE });
    expect(server.requests).toHaveLength(2);
    expect(waits).toEqual([500]);
  });

  it('honours Retry-After, capped', async () => {
    server.script(
      OPERATOR_KEY,
      { status: 503, headers: { 'retry-after': '2' } },
      { status: 503, headers: { 'retry-after': '3600' } },
    );
    expect(await one(operator)).toEqual({ ok: true, text: MAKEFILE });
    expect(waits).toEqual([2000, 10_000]);
  });

  it('gives up after a bounded number of retries', async () => {
    const down = { status: 503, body: { message: 'Service Unavailable' } };
    server.script(OPERATOR_KEY, down, down, down, down, down);
    expect(await one(operator)).toEqual({
      ok: false,
      message: 'GitHub answered HTTP 503 4 times in a row (Service Unavailable); try again later',
    });
    expect(server.requests).toHaveLength(4);
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

  it('does not retry a 4xx', async () => {
    server.script(OPERATOR_KEY, { status: 422, body: { message: 'No commit found for the ref x' } });
    expect(await one(operator)).toEqual({
      ok: false,
      message: 'GitHub answered HTTP 422: No commit found for the ref x',
    });
    expect(server.requests).toHaveLength(1);
  });
});
