import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { judgeChecks, type CheckState } from '../../src/github/checks.js';
import { createGithubClient } from '../../src/github/client.js';
import { apiEndpoints } from '../../src/github/endpoints.js';
import { apiLimitsFromEnv, parseRetryAfter } from '../../src/github/fetch.js';
import { startGithubServer, type GithubServer } from '../helpers/github-server.js';

/** src/github: where the API is, the limits, and the client's own rules, against the test GitHub. */

describe('endpoints', () => {
  it('derives the GraphQL URL from the REST one, on github.com and on GitHub Enterprise Server', () => {
    expect(apiEndpoints({})).toEqual({
      apiUrl: 'https://api.github.com',
      graphqlUrl: 'https://api.github.com/graphql',
    });
    expect(apiEndpoints({ GITHUB_API_URL: 'https://ghe.example.com/api/v3/' })).toEqual({
      apiUrl: 'https://ghe.example.com/api/v3',
      graphqlUrl: 'https://ghe.example.com/api/graphql',
    });
    expect(
      apiEndpoints({
        GITHUB_API_URL: 'https://ghe.example.com/api/v3',
        GITHUB_GRAPHQL_URL: 'https://gql.example.com/q',
      }),
    ).toEqual({ apiUrl: 'https://ghe.example.com/api/v3', graphqlUrl: 'https://gql.example.com/q' });
  });

  it.each([
    [
      { GITHUB_API_URL: 'https://x-access-token:ghs_secret@ghe.example.com/api/v3' },
      "GITHUB_API_URL must not carry credentials (https://***@ghe.example.com/api/v3): give the token through the step's token input instead",
    ],
    [
      { GITHUB_GRAPHQL_URL: 'https://user@api.github.com/graphql' },
      "GITHUB_GRAPHQL_URL must not carry credentials (https://***@api.github.com/graphql): give the token through the step's token input instead",
    ],
    [{ GITHUB_API_URL: 'api.github.com' }, "GITHUB_API_URL is not a URL: 'api.github.com'"],
    [{ GITHUB_API_URL: 'file:///etc/passwd' }, "GITHUB_API_URL must be an http(s) URL, got 'file:///etc/passwd'"],
  ])('refuses %j', (env, message) => {
    expect(() => apiEndpoints(env)).toThrow(message);
  });
});

describe('limits', () => {
  it('reads bounds from the environment, and refuses nonsense', () => {
    expect(
      apiLimitsFromEnv({
        COCO_RELEASE_API_TIMEOUT: '2.5',
        COCO_RELEASE_API_RETRIES: '0',
        COCO_RELEASE_API_MAX_RETRY_DELAY: '1',
        COCO_RELEASE_API_MAX_BYTES: '1024',
      }),
    ).toEqual({ timeoutMs: 2500, retries: 0, maxDelayMs: 1000, maxBytes: 1024 });
    expect(apiLimitsFromEnv({})).toEqual({
      timeoutMs: 30_000,
      retries: 3,
      maxDelayMs: 10_000,
      maxBytes: 10 * 1024 * 1024,
    });
    expect(() => apiLimitsFromEnv({ COCO_RELEASE_API_RETRIES: '1.5' })).toThrow(
      "COCO_RELEASE_API_RETRIES must be a whole number, got '1.5'",
    );
    expect(() => apiLimitsFromEnv({ COCO_RELEASE_API_TIMEOUT: '-1' })).toThrow(
      "COCO_RELEASE_API_TIMEOUT must be a number of seconds, got '-1'",
    );
    expect(() => apiLimitsFromEnv({ COCO_RELEASE_API_TIMEOUT: '0' })).toThrow(
      'COCO_RELEASE_API_TIMEOUT must be more than 0 seconds',
    );
  });

  it('reads Retry-After as seconds or as an HTTP date', () => {
    const now = Date.parse('2026-10-26T07:33:00Z');
    expect(parseRetryAfter('7', now)).toBe(7);
    expect(parseRetryAfter('Mon, 26 Oct 2026 07:33:20 GMT', now)).toBe(20);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter(null, now)).toBeUndefined();
  });
});

describe('the client against the test GitHub', () => {
  let server: GithubServer;
  beforeAll(async () => {
    server = await startGithubServer();
  });
  afterAll(() => server.close());
  beforeEach(() => {
    server.reset();
    server.createRepo('o/r', { files: { 'README.md': 'r\n' } });
  });
  const quick = { delay: () => 1 };

  it('sends GraphQL to GITHUB_GRAPHQL_URL, and retries a query after a 502', async () => {
    const client = await createGithubClient({
      token: 't',
      env: { GITHUB_API_URL: server.apiUrl, GITHUB_GRAPHQL_URL: server.graphqlUrl },
      limits: quick,
    });
    server.fault('POST /graphql', { status: 502, body: { message: 'Server Error' } });
    expect(await client.graphql('{ repository(owner: "o", name: "r") { nameWithOwner } }')).toEqual({
      repository: { nameWithOwner: 'o/r' },
    });
    expect(server.log.map((r) => [r.url, r.status])).toEqual([
      ['/api/graphql', 502],
      ['/api/graphql', 200],
    ]);

    const elsewhere = await createGithubClient({
      token: 't',
      env: { GITHUB_API_URL: server.apiUrl, GITHUB_GRAPHQL_URL: `${server.htmlUrl}/gql` },
    });
    const failed = await elsewhere.graphql('{ rateLimit { remaining } }').catch((e: unknown) => e);
    expect(server.log.at(-1)!.url).toBe('/gql');
    expect(elsewhere.explain(failed)).toBe('not found (HTTP 404: Not Found)');
  });

  it('explains GraphQL errors', async () => {
    const client = await createGithubClient({ token: 't', env: { GITHUB_API_URL: server.apiUrl } });
    const failed = await client.graphql('{ repository(owner: "o", name: "gone") { name } }').catch((e: unknown) => e);
    expect(client.explain(failed)).toBe(
      "GitHub's GraphQL API answered with errors: Could not resolve to a Repository with the name 'o/gone'.",
    );
  });

  it('does not repeat a POST that may have been carried out', async () => {
    const client = await createGithubClient({ token: 't', env: { GITHUB_API_URL: server.apiUrl }, limits: quick });
    server.fault('POST /repos/o/r/releases', { status: 502, body: { message: 'Server Error' } });
    const failed = await client
      .request('POST /repos/{owner}/{repo}/releases', { owner: 'o', repo: 'r', tag_name: 'v1.0.0' })
      .catch((e: unknown) => e);
    expect(client.explain(failed)).toBe('GitHub answered HTTP 502 (Server Error); try again later');
    expect(server.count('POST /repos/o/r/releases')).toBe(1);
  });

  it('follows pages only inside the API: the token never goes to another host', async () => {
    const client = await createGithubClient({ token: 't', env: { GITHUB_API_URL: server.apiUrl } });
    server.fault('GET /repos/o/r/releases', {
      status: 200,
      headers: { link: '<http://127.0.0.2:9/steal?page=2>; rel="next"' },
      body: [],
    });
    await expect(
      client.paginate('GET /repos/{owner}/{repo}/releases', { owner: 'o', repo: 'r' }, (p: unknown[]) => p),
    ).rejects.toThrow(
      `GitHub's next page for GET /repos/{owner}/{repo}/releases is outside ${server.apiUrl}: not followed`,
    );
  });

  it('bounds a body that trickles in slowly by the same timeout', async () => {
    const client = await createGithubClient({
      token: 't',
      env: { GITHUB_API_URL: server.apiUrl },
      limits: { timeoutMs: 300, retries: 0 },
    });
    server.fault('GET /repos/o/r', { slowBody: 50 });
    const started = Date.now();
    const failed = await client
      .request('GET /repos/{owner}/{repo}', { owner: 'o', repo: 'r' })
      .catch((e: unknown) => e);
    expect(client.explain(failed)).toBe(
      `no answer from ${server.apiUrl} after 1 attempt: no complete answer within 0.3 s`,
    );
    expect(Date.now() - started).toBeLessThan(3000);
  });
});

describe('the CI gate', () => {
  const options = { owner: 'o', repo: 'r', sha: 'a'.repeat(40), allowNoChecks: false };
  const check = (state: string, kind: CheckState['kind'] = 'check run'): CheckState => ({
    kind,
    name: state,
    state,
    passed: kind === 'status' ? state === 'success' : ['success', 'neutral', 'skipped'].includes(state),
  });

  it.each(['success', 'neutral', 'skipped'])('a check run that ended %s passes beside a success', (state) => {
    expect(judgeChecks([check('success'), check(state)], options).ok).toBe(true);
  });

  // Issue 23: skipped and neutral show that nothing ran; alone they are no evidence that CI passed.
  it.each(['neutral', 'skipped'])(
    'a check run that ended %s alone does not pass, unless no checks are allowed',
    (state) => {
      expect(judgeChecks([check(state)], options).message).toBe(
        `CI gate: no check that succeeded (1 skipped or neutral) on ${'a'.repeat(40)} in o/r, so nothing shows that CI passed`,
      );
      expect(judgeChecks([check(state)], { ...options, allowNoChecks: true }).ok).toBe(true);
    },
  );

  it.each(['failure', 'cancelled', 'timed_out', 'action_required', 'stale', 'queued', 'in_progress', 'pending'])(
    'a check run in state %s blocks',
    (state) => {
      const result = judgeChecks([check('success'), check(state)], options);
      expect(result.ok).toBe(false);
      expect(result.message).toBe(
        `CI gate: 1 of 2 checks on ${'a'.repeat(40)} in o/r have not passed (${state}: ${state})`,
      );
    },
  );

  it.each(['error', 'failure', 'pending'])('a commit status %s blocks', (state) => {
    expect(judgeChecks([check(state, 'status')], options).ok).toBe(false);
  });

  it('ignored checks do not count, and nothing left is "no checks"', () => {
    const own: CheckState = { ...check('in_progress'), ignored: 'this workflow run' };
    expect(judgeChecks([own], options)).toMatchObject({
      ok: false,
      message: `CI gate: no check runs or commit statuses on ${'a'.repeat(40)} in o/r, so nothing shows that CI passed`,
    });
    expect(judgeChecks([own], { ...options, allowNoChecks: true }).ok).toBe(true);
  });
});
