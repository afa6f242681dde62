import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createGithubClient, type GithubClient } from '../../src/github/client.js';
import { git } from '../helpers/git.js';
import { startGithubServer, type GithubServer, type ServerRepo } from '../helpers/github-server.js';
import { real } from '../helpers/paths.js';
import { tempDir } from '../helpers/workspace.js';

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
beforeEach(async () => {
  if (process.env.DUMP) console.log([...new Set(server.responseProblems)].join('\n'));
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
