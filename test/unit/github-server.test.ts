import { execFileSync, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createGithubClient, type GithubClient } from '../../src/github/client.js';
import { git, GIT_ENV } from '../helpers/git.js';
import { startGithubServer, type GithubServer, type ServerRepo } from '../helpers/github-server.js';
import { real } from '../helpers/paths.js';
import { tempDir } from '../helpers/workspace.js';
import { persistToken } from '../helpers/github-actions.js';

/**
 * The test GitHub itself: its answers come from git and from its own state, through the project's client
 * (Octokit), so what the actions' tests rely on is checked once here.
 */

let server: GithubServer;
let client: GithubClient;
let repo: ServerRepo;
let first: string;
let second: string;
const KATA_VERSIONS = real('kata-containers/kata-containers/versions.yaml');

beforeAll(async () => {
  server = await startGithubServer();
});
afterAll(() => server.close());
// Every answer the double served in a test is one GitHub's description allows (github-openapi.ts).
afterEach(() => {
  expect(server.responseProblems).toEqual([]);
});
beforeEach(async () => {
  server.reset();
  repo = server.createRepo('kata-containers/kata-containers', { files: { 'versions.yaml': KATA_VERSIONS } });
  first = repo.git.commitOf('main')!;
  second = repo.commit({ 'tools/osbuilder/VERSION': '3.19.0\n' }, { message: 'release: Kata 3.19.0' });
  client = await createGithubClient({ token: 'admin-token', env: { GITHUB_API_URL: server.apiUrl } });
});

const get = async <T>(route: string, params: Record<string, unknown> = {}): Promise<T> =>
  (await client.request<T>(route, { owner: 'kata-containers', repo: 'kata-containers', ...params })).data;
const status = async (p: Promise<unknown>): Promise<number> =>
  p.then(
    () => 200,
    (e: { status: number }) => e.status,
  );

/** A clone of the server's repository, as a workflow's checkout would have. */
const clone = (): string => {
  const work = `${tempDir('coco-clone-')}/kata`;
  git(tempDir(), 'clone', '-q', repo.path, work);
  return work;
};

describe('git-backed REST answers', () => {
  it('serves contents at a ref, raw or as base64 JSON, and directories as listings', async () => {
    const raw = await get<string>('GET /repos/{owner}/{repo}/contents/{path}', {
      path: 'versions.yaml',
      ref: first,
      mediaType: { format: 'raw' },
    });
    expect(Buffer.from(raw as unknown as ArrayBuffer).toString('utf8')).toBe(KATA_VERSIONS);
    const json = await get<{ content: string; sha: string }>('GET /repos/{owner}/{repo}/contents/{path}', {
      path: 'tools/osbuilder/VERSION',
    });
    expect(Buffer.from(json.content, 'base64').toString('utf8')).toBe('3.19.0\n');
    expect(json.sha).toBe(git(repo.path, 'rev-parse', 'main:tools/osbuilder/VERSION'));
    const dir = await get<{ type: string; path: string }[]>('GET /repos/{owner}/{repo}/contents/{path}', {
      path: 'tools',
    });
    expect(dir.map((e) => [e.type, e.path])).toEqual([['dir', 'tools/osbuilder']]);
    await expect(
      get('GET /repos/{owner}/{repo}/contents/{path}', { path: 'tools/osbuilder/VERSION', ref: first }),
    ).rejects.toMatchObject({ status: 404 });
    await expect(
      get('GET /repos/{owner}/{repo}/contents/{path}', { path: 'versions.yaml', ref: 'v9.9.9' }),
    ).rejects.toMatchObject({ status: 404, message: expect.stringContaining('No commit found for the ref v9.9.9') });
  });

  it('sees a tag pushed with git, and git sees a tag created through the API', async () => {
    const work = clone();
    git(work, 'tag', '-a', '3.18.0', '-m', 'Kata 3.18.0', first);
    git(work, 'push', '-q', 'origin', '3.18.0');
    const ref = await get<{ object: { type: string; sha: string } }>('GET /repos/{owner}/{repo}/git/ref/{ref}', {
      ref: 'tags/3.18.0',
    });
    expect(ref.object.type).toBe('tag');
    const tag = await get<{ tag: string; object: { type: string; sha: string } }>(
      'GET /repos/{owner}/{repo}/git/tags/{tag_sha}',
      { tag_sha: ref.object.sha },
    );
    expect(tag).toMatchObject({ tag: '3.18.0', object: { type: 'commit', sha: first } });

    await get('POST /repos/{owner}/{repo}/git/refs', { ref: 'refs/tags/3.19.0', sha: second });
    expect(git(work, 'ls-remote', 'origin', 'refs/tags/*')).toBe(
      `${ref.object.sha}\trefs/tags/3.18.0\n${first}\trefs/tags/3.18.0^{}\n${second}\trefs/tags/3.19.0`,
    );
    expect(await status(get('POST /repos/{owner}/{repo}/git/refs', { ref: 'refs/tags/3.19.0', sha: first }))).toBe(422);
    const tags = await get<{ name: string; commit: { sha: string } }[]>('GET /repos/{owner}/{repo}/tags');
    expect(tags.map((t) => [t.name, t.commit.sha])).toEqual([
      ['3.19.0', second],
      ['3.18.0', first],
    ]);
    const compare = await get<{ status: string; ahead_by: number }>('GET /repos/{owner}/{repo}/compare/{basehead}', {
      basehead: '3.18.0...main',
    });
    expect(compare).toMatchObject({ status: 'ahead', ahead_by: 1 });
  });

  it('keeps releases: create (tagging the target), by tag, latest, pages with Link, and refuses a duplicate', async () => {
    for (const [tag, prerelease] of [
      ['3.18.0', false],
      ['3.19.0-rc0', true],
    ] as const) {
      await get('POST /repos/{owner}/{repo}/releases', { tag_name: tag, target_commitish: 'main', prerelease });
    }
    expect(repo.git.commitOf('refs/tags/3.19.0-rc0')).toBe(second);
    expect((await get<{ tag_name: string }>('GET /repos/{owner}/{repo}/releases/latest')).tag_name).toBe('3.18.0');
    const byTag = await get<{ prerelease: boolean }>('GET /repos/{owner}/{repo}/releases/tags/{tag}', {
      tag: '3.19.0-rc0',
    });
    expect(byTag.prerelease).toBe(true);
    const all = await client.paginate<{ tag_name: string }, { tag_name: string }[]>(
      'GET /repos/{owner}/{repo}/releases',
      { owner: 'kata-containers', repo: 'kata-containers', per_page: 1 },
      (page) => page,
    );
    expect(all.map((r) => r.tag_name)).toEqual(['3.19.0-rc0', '3.18.0']);
    expect(server.count('GET /repos/kata-containers/kata-containers/releases')).toBe(2);
    await expect(get('POST /repos/{owner}/{repo}/releases', { tag_name: '3.18.0' })).rejects.toMatchObject({
      status: 422,
      response: { data: { errors: [{ resource: 'Release', code: 'already_exists', field: 'tag_name' }] } },
    });
  });

  it('keeps check runs (latest per name) and combined statuses per commit', async () => {
    await get('POST /repos/{owner}/{repo}/check-runs', { name: 'build', head_sha: second, status: 'in_progress' });
    await get('POST /repos/{owner}/{repo}/check-runs', { name: 'build', head_sha: second, conclusion: 'success' });
    await get('POST /repos/{owner}/{repo}/statuses/{sha}', { sha: second, state: 'pending', context: 'ci' });
    const runs = await get<{ total_count: number; check_runs: { status: string; conclusion: string }[] }>(
      'GET /repos/{owner}/{repo}/commits/{ref}/check-runs',
      { ref: 'main' },
    );
    expect(runs).toMatchObject({ total_count: 1, check_runs: [{ status: 'completed', conclusion: 'success' }] });
    expect(
      (await get<{ state: string }>('GET /repos/{owner}/{repo}/commits/{ref}/status', { ref: 'main' })).state,
    ).toBe('pending');
    await get('POST /repos/{owner}/{repo}/statuses/{sha}', { sha: second, state: 'success', context: 'ci' });
    expect(
      (await get<{ state: string }>('GET /repos/{owner}/{repo}/commits/{ref}/status', { ref: 'main' })).state,
    ).toBe('success');
    expect((await get<{ state: string }>('GET /repos/{owner}/{repo}/commits/{ref}/status', { ref: first })).state).toBe(
      'pending',
    );
    expect(await status(get('GET /repos/{owner}/{repo}/commits/{ref}/check-runs', { ref: 'nope' }))).toBe(422);
  });

  it('keeps pull requests: create, list by head, update, and one open PR per head', async () => {
    const work = clone();
    git(work, 'checkout', '-q', '-b', 'bump-3.19');
    git(work, 'commit', '-q', '--allow-empty', '-m', 'bump');
    git(work, 'push', '-q', 'origin', 'bump-3.19');
    const created = await get<{ number: number; head: { sha: string } }>('POST /repos/{owner}/{repo}/pulls', {
      title: 'Bump to 3.19',
      head: 'bump-3.19',
      base: 'main',
    });
    expect(created.head.sha).toBe(git(work, 'rev-parse', 'HEAD'));
    expect(
      await status(get('POST /repos/{owner}/{repo}/pulls', { title: 'again', head: 'bump-3.19', base: 'main' })),
    ).toBe(422);
    await get('PATCH /repos/{owner}/{repo}/pulls/{pull_number}', { pull_number: created.number, body: 'table' });
    const open = await get<{ number: number; body: string }[]>('GET /repos/{owner}/{repo}/pulls', {
      head: 'kata-containers:bump-3.19',
    });
    expect(open.map((p) => [p.number, p.body])).toEqual([[1, 'table']]);
    expect(await get<unknown[]>('GET /repos/{owner}/{repo}/pulls', { head: 'kata-containers:other' })).toEqual([]);
  });

  it("locks a branch with branch protection's lock_branch: git push is refused until it is lifted", async () => {
    const route = 'PUT /repos/{owner}/{repo}/branches/{branch}/protection';
    expect(await status(get(route, { branch: 'main', lock_branch: true }))).toBe(422);
    const body = {
      required_status_checks: null,
      enforce_admins: null,
      required_pull_request_reviews: null,
      restrictions: null,
    };
    const set = await get<{ lock_branch: { enabled: boolean } }>(route, { branch: 'main', ...body, lock_branch: true });
    expect(set.lock_branch).toEqual({ enabled: true });
    expect(
      (
        await get<{ lock_branch: { enabled: boolean } }>('GET /repos/{owner}/{repo}/branches/{branch}/protection', {
          branch: 'main',
        })
      ).lock_branch,
    ).toEqual({ enabled: true });
    const work = clone();
    git(work, 'commit', '-q', '--allow-empty', '-m', 'during the freeze');
    expect(() => git(work, 'push', '-q', 'origin', 'main')).toThrow(/locked branch/);
    await get('DELETE /repos/{owner}/{repo}/branches/{branch}/protection', { branch: 'main' });
    git(work, 'push', '-q', 'origin', 'main');
    expect(repo.git.commitOf('main')).toBe(git(work, 'rev-parse', 'HEAD'));
    expect(await status(get('GET /repos/{owner}/{repo}/branches/{branch}/protection', { branch: 'main' }))).toBe(404);
  });

  it('answers with access levels: unknown tokens 401, read tokens 403 on writes, private repositories 404', async () => {
    server.tokens = new Map([['reader', 'read']]);
    const reader = await createGithubClient({ token: 'reader', env: { GITHUB_API_URL: server.apiUrl } });
    const anonymous = await createGithubClient({ token: '', env: { GITHUB_API_URL: server.apiUrl } });
    const params = { owner: 'kata-containers', repo: 'kata-containers' };
    expect(await status(client.request('GET /repos/{owner}/{repo}', params))).toBe(401);
    expect(await status(reader.request('GET /repos/{owner}/{repo}', params))).toBe(200);
    expect(await status(anonymous.request('GET /repos/{owner}/{repo}', params))).toBe(200);
    expect(await status(reader.request('POST /repos/{owner}/{repo}/releases', { ...params, tag_name: 'x' }))).toBe(403);
    server.createRepo('confidential-containers/private', { private: true, files: { a: 'b' } });
    expect(
      await status(
        anonymous.request('GET /repos/{owner}/{repo}', { owner: 'confidential-containers', repo: 'private' }),
      ),
    ).toBe(404);
  });
});

/** A raw request with a token, as a workflow's script or action would send it. */
async function raw(
  token: string,
  method: string,
  path: string,
  body?: unknown,
): Promise<{ status: number; data: { message?: string } & Record<string, unknown> }> {
  const r = await fetch(`${server.apiUrl}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await r.text();
  return { status: r.status, data: text ? JSON.parse(text) : undefined };
}

describe("GitHub's contract (OpenAPI description) and platform rules", () => {
  const KATA = '/repos/kata-containers/kata-containers';

  it("refuses freeze-branch's former body: checks[].app_id null is not an integer (422)", async () => {
    const put = await raw('t', 'PUT', `${KATA}/branches/main/protection`, {
      required_status_checks: { strict: true, checks: [{ context: 'e2e (libvirt)', app_id: null }] },
      enforce_admins: true,
      required_pull_request_reviews: null,
      restrictions: null,
      lock_branch: true,
    });
    expect(put.status).toBe(422);
    expect(put.data.message).toContain("For 'properties/app_id', nil is not an integer.");
    expect(repo.protections.size).toBe(0);
  });

  it('refuses contexts and checks together, as GitHub does (one or the other)', async () => {
    const put = await raw('t', 'PUT', `${KATA}/branches/main/protection`, {
      required_status_checks: { strict: true, contexts: ['ci'], checks: [{ context: 'ci' }] },
      enforce_admins: null,
      required_pull_request_reviews: null,
      restrictions: null,
    });
    expect(put.status).toBe(422);
    expect(put.data.message).toContain('"checks" is not a permitted key.');
  });

  it('refuses a release with a field the schema does not list (422), and creates nothing', async () => {
    const post = await raw('t', 'POST', `${KATA}/releases`, { tag_name: '3.19.0', latest: true });
    expect(post).toEqual({
      status: 422,
      data: {
        message: 'Invalid request.\n\n"latest" is not a permitted key.',
        documentation_url: 'https://docs.github.com/rest',
        status: '422',
      },
    });
    const wrongType = await raw('t', 'POST', `${KATA}/releases`, { tag_name: '3.19.0', make_latest: true });
    expect(wrongType.data.message).toBe("Invalid request.\n\nFor 'properties/make_latest', true is not a string.");
    expect(repo.releases).toEqual([]);
    expect(repo.git.commitOf('refs/tags/3.19.0')).toBeUndefined();
  });

  it('answers 404 for a route GitHub does not have, and 422 for a parameter of the wrong type', async () => {
    expect((await raw('t', 'GET', `${KATA}/releases/newest`)).status).toBe(404);
    expect((await raw('t', 'POST', `${KATA}/tags`, {})).status).toBe(404);
    const page = await raw('t', 'GET', `${KATA}/releases?per_page=many`);
    expect(page.status).toBe(422);
    expect(page.data.message).toBe('Invalid request.\n\nFor \'per_page\', "many" is not an integer.');
  });

  it('the GITHUB_TOKEN has the job permissions: 403 outside them, never administration or workflows', async () => {
    const token = server.githubToken({ contents: 'write', 'pull-requests': 'read' });
    const release = await raw(token, 'POST', `${KATA}/releases`, { tag_name: '3.19.0' });
    expect(release.status).toBe(201);
    const admin = await raw(token, 'GET', `${KATA}/branches/main/protection`);
    expect(admin).toMatchObject({ status: 403, data: { message: 'Resource not accessible by integration' } });
    const issue = await raw(token, 'PATCH', `${KATA}/issues/1`, { body: 'x' });
    expect(issue.status).toBe(403);
    const readOnly = server.githubToken(undefined);
    expect((await raw(readOnly, 'POST', `${KATA}/releases`, { tag_name: '3.20.0' })).status).toBe(403);
    expect((await raw(readOnly, 'GET', `${KATA}/releases`)).status).toBe(200);
    expect(() => server.githubToken({ administration: 'write' })).toThrow(
      "permissions: 'administration' cannot be granted to the GITHUB_TOKEN",
    );
    expect(() => server.githubToken({ workflows: 'write' })).toThrow(
      "permissions: 'workflows' cannot be granted to the GITHUB_TOKEN",
    );
    expect(() => server.githubToken('write-all')).not.toThrow();
  });

  it('a pull request by the GITHUB_TOKEN needs the repository setting allowing GitHub Actions to create them', async () => {
    const work = clone();
    git(work, 'checkout', '-q', '-b', 'bump');
    git(work, 'commit', '-q', '--allow-empty', '-m', 'bump');
    git(work, 'push', '-q', 'origin', 'bump');
    const token = server.githubToken({ contents: 'write', 'pull-requests': 'write' });
    const refused = await raw(token, 'POST', `${KATA}/pulls`, { title: 'bump', head: 'bump', base: 'main' });
    expect(refused).toMatchObject({
      status: 403,
      data: { message: 'GitHub Actions is not permitted to create or approve pull requests.' },
    });
    repo.actionsCanCreatePullRequests = true;
    expect((await raw(token, 'POST', `${KATA}/pulls`, { title: 'bump', head: 'bump', base: 'main' })).status).toBe(201);
  });

  it('events made with the GITHUB_TOKEN start no workflow; with an App or personal token they do', async () => {
    const gh = server.githubToken({ contents: 'write' });
    server.registerApp({ id: '123', privateKey: 'KEY', permissions: { contents: 'write' } });
    const app = server.appInstallationToken('123', 'KEY');
    expect(() => server.appInstallationToken('123', 'OTHER')).toThrow(/private key does not match/);
    expect(() => server.appInstallationToken('123', 'KEY', { administration: 'write' })).toThrow(/not granted/);
    await raw(gh, 'POST', `${KATA}/releases`, { tag_name: '3.19.0', target_commitish: second });
    await raw(app, 'POST', `${KATA}/releases`, { tag_name: '3.20.0', target_commitish: second });
    const work = clone();
    git(work, 'tag', '3.21.0', second);
    git(work, 'push', '-q', 'origin', '3.21.0');
    expect(repo.events()).toEqual([
      { event: 'push', ref: 'refs/tags/3.19.0', by: 'github-token', startsWorkflows: false },
      { event: 'release', action: 'created', ref: '3.19.0', by: 'github-token', startsWorkflows: false },
      { event: 'release', action: 'published', ref: '3.19.0', by: 'github-token', startsWorkflows: false },
      { event: 'push', ref: 'refs/tags/3.20.0', by: 'app', startsWorkflows: true },
      { event: 'release', action: 'created', ref: '3.20.0', by: 'app', startsWorkflows: true },
      { event: 'release', action: 'published', ref: '3.20.0', by: 'app', startsWorkflows: true },
      { event: 'push', ref: 'refs/tags/3.21.0', by: 'person', startsWorkflows: true },
    ]);
  });

  it('refuses a push by the GITHUB_TOKEN whose commit changes .github/workflows against every branch tip', async () => {
    repo.commit({ '.github/workflows/ci.yml': 'on: push\n' }, { message: 'ci' });
    const work = clone();
    const token = server.githubToken({ contents: 'write' });
    persistToken(server, work, token);
    git(work, 'commit', '-q', '--allow-empty', '-m', 'no workflow change');
    git(work, 'tag', 'v1.0.0');
    git(work, 'push', '-q', 'origin', 'v1.0.0');
    writeFileSync(join(work, '.github/workflows/ci.yml'), 'on: [push, pull_request]\n');
    git(work, 'commit', '-q', '-am', 'change the workflow');
    git(work, 'tag', 'v1.0.1');
    const push = spawnSync('git', ['push', '-q', 'origin', 'v1.0.1'], { cwd: work, encoding: 'utf8' });
    expect(push.status).not.toBe(0);
    expect(push.stderr).toContain(
      'refusing to allow a GitHub App to create or update workflow `.github/workflows/ci.yml` without `workflows` permission',
    );
    expect(repo.git.commitOf('refs/tags/v1.0.1')).toBeUndefined();
    // An App token granted workflows may; so may a person.
    server.registerApp({ id: '7', privateKey: 'K', permissions: { contents: 'write', workflows: 'write' } });
    persistToken(server, work, server.appInstallationToken('7', 'K'));
    git(work, 'push', '-q', 'origin', 'v1.0.1');
    expect(repo.git.commitOf('refs/tags/v1.0.1')).toBe(git(work, 'rev-parse', 'HEAD'));
  });
});

describe('GraphQL', () => {
  const QUERY = `query($tags: String!) {
    kata: repository(owner: "kata-containers", name: "kata-containers") {
      versions: object(expression: "main:versions.yaml") { ... on Blob { text } }
      atFirst: object(expression: "${'FIRST'}:tools/osbuilder/VERSION") { ... on Blob { text } }
      refs(refPrefix: $tags, first: 100) {
        totalCount
        nodes { name target { oid ... on Tag { target { oid } } } }
      }
    }
    missing: repository(owner: "kata-containers", name: "nope") { name }
  }`;

  it('answers aliased file and tag queries from git in one request, and NOT_FOUND per missing repository', async () => {
    const work = clone();
    git(work, 'tag', '-a', '3.18.0', '-m', 'Kata 3.18.0', first);
    git(work, 'tag', '3.19.0', second);
    git(work, 'push', '-q', 'origin', '--tags');
    const annotated = git(work, 'rev-parse', '3.18.0');
    const answer = await client
      .graphql(QUERY.replace('FIRST', first), { tags: 'refs/tags/' })
      .catch((e: { data: unknown; errors: unknown }) => ({ data: e.data, errors: e.errors }));
    expect(answer).toEqual({
      data: {
        kata: {
          versions: { text: KATA_VERSIONS },
          atFirst: null,
          refs: {
            totalCount: 2,
            nodes: [
              { name: '3.18.0', target: { oid: annotated, target: { oid: first } } },
              { name: '3.19.0', target: { oid: second } },
            ],
          },
        },
        missing: null,
      },
      errors: [
        {
          type: 'NOT_FOUND',
          message: "Could not resolve to a Repository with the name 'kata-containers/nope'.",
          path: ['missing'],
          locations: [{ line: 10, column: 5 }],
        },
      ],
    });
    expect(server.count('POST /graphql')).toBe(1);
    expect(server.log[0]!.url).toBe('/api/graphql');
  });

  it("orders refs by TAG_COMMIT_DATE as GitHub documents it: an annotated tag's tagger date, a lightweight tag's commit date", async () => {
    const work = clone();
    const at = (date: string, ...args: string[]) =>
      execFileSync('git', args, {
        cwd: work,
        env: { ...process.env, ...GIT_ENV, GIT_COMMITTER_DATE: date, GIT_AUTHOR_DATE: date },
      });
    at('2026-03-01T00:00:00Z', 'commit', '-q', '--allow-empty', '-m', 'march');
    at('2026-03-01T00:00:00Z', 'tag', 'zeta');
    // Tagged in May, on the January commit: its date is May's.
    at('2026-05-01T00:00:00Z', 'tag', '-a', 'alpha', '-m', 'alpha', first);
    at('2026-06-01T00:00:00Z', 'tag', 'mid', second);
    git(work, 'push', '-q', 'origin', '--tags');
    const names = async (order: string): Promise<string[]> =>
      (
        await client.graphql<{ repository: { refs: { nodes: { name: string }[] } } }>(
          `{ repository(owner: "kata-containers", name: "kata-containers") { refs(refPrefix: "refs/tags/", last: 2${order}) { nodes { name } } } }`,
        )
      ).repository.refs.nodes.map((n) => n.name);
    expect(await names(', orderBy: { field: TAG_COMMIT_DATE, direction: ASC }')).toEqual(['zeta', 'alpha']);
    expect(await names(', orderBy: { field: TAG_COMMIT_DATE, direction: DESC }')).toEqual(['zeta', 'mid']);
    expect(await names('')).toEqual(['mid', 'zeta']);
  });

  it('refuses what GitHub refuses: unknown fields, unbounded connections, no token', async () => {
    await expect(client.graphql('{ repository(owner: "a", name: "b") { nonsense } }')).rejects.toMatchObject({
      errors: [{ message: 'Cannot query field "nonsense" on type "Repository".' }],
    });
    await expect(
      client.graphql(
        '{ repository(owner: "kata-containers", name: "kata-containers") { refs(refPrefix: "refs/tags/") { totalCount } } }',
      ),
    ).rejects.toMatchObject({ errors: [{ type: 'MISSING_PAGINATION_BOUNDARIES' }] });
    const anonymous = await createGithubClient({ token: '', env: { GITHUB_API_URL: server.apiUrl } });
    await expect(anonymous.graphql('{ rateLimit { remaining } }')).rejects.toMatchObject({ status: 401 });
  });
});

describe('faults and the request log', () => {
  it('serves scripted faults in order, then the real answer, and counts requests', async () => {
    const route = 'GET /repos/kata-containers/kata-containers';
    server.fault(route, { status: 418, body: { message: 'teapot' } });
    server.fault(route, { hangUp: true });
    const noRetry = await createGithubClient({
      token: 't',
      env: { GITHUB_API_URL: server.apiUrl },
      limits: { retries: 0 },
    });
    const params = { owner: 'kata-containers', repo: 'kata-containers' };
    expect(await status(noRetry.request('GET /repos/{owner}/{repo}', params))).toBe(418);
    expect(await status(noRetry.request('GET /repos/{owner}/{repo}', params))).toBe(500);
    expect(await status(noRetry.request('GET /repos/{owner}/{repo}', params))).toBe(200);
    expect(server.count(route)).toBe(3);
    expect(server.log.map((r) => r.status)).toEqual([418, 0, 200]);
  });
});
