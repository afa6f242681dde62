import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { BareRepo, fixtureRepo, type TreeEntry } from './github-git.js';
import { executeGraphql, type GraphqlRepo } from './github-graphql.js';
import { ACTIONS_ROUTES, pullRequestsField, statusCheckRollupField } from './github-actions-api.js';
import { checkRequest, checkResponse, completeResponse } from './github-openapi.js';

/**
 * A small GitHub on 127.0.0.1 for tests: a real HTTP server with a GitHub Enterprise-style `/api/v3` prefix
 * (GraphQL at `/api/graphql`), answering from real state, not canned answers.
 *
 * - Repositories are bare git repositories. Contents, refs, tags, commits and compares are answered by
 *   asking git (one long-lived `cat-file` per repository, for-each-ref when the refs changed, rev-list for
 *   compares: BareRepo.reader), so a tag the code under test pushes
 *   with `git push` (to `repo.path`) is what the API reports, and a tag created through the API is what a
 *   later `git ls-remote` sees.
 * - What git does not hold lives in memory: releases, check runs, commit statuses, pull requests, issues,
 *   branch protection (a locked branch refuses pushes through a pre-receive hook, as GitHub does).
 * - Tokens and access levels (`tokens`), a rate limit that counts down (`rateLimit`), and scripted faults
 *   (`fault`: any status and headers, never answering, a gzip bomb, broken JSON, a dropped connection).
 * - Every request is logged (`log`, `count`).
 */

export type Access = 'read' | 'write' | 'admin';

/** A permission of a fine-grained token, GitHub App or GITHUB_TOKEN, as `permissions:` names it. */
export type Scope =
  | 'actions'
  | 'administration'
  | 'checks'
  | 'contents'
  | 'issues'
  | 'metadata'
  | 'pull-requests'
  | 'statuses'
  | 'workflows';

/**
 * What a token is and may do. `github-token`: the workflow's GITHUB_TOKEN (a GitHub App installation token
 * whose events start no workflow); `app`: another GitHub App's installation token; `pat`: a person's token.
 * Events made with a `pat` or `app` token start workflows.
 */
export interface TokenGrant {
  kind: 'github-token' | 'app' | 'pat';
  permissions: Partial<Record<Scope, 'read' | 'write'>>;
}

/** Something that happened in a repository that could start a workflow (`on: <event>`). */
export interface RepoEvent {
  event: 'push' | 'release' | 'pull_request';
  /** release: created, published; pull_request: opened. */
  action?: string;
  /** push: the full ref (refs/tags/v1.0.0); release: its tag; pull_request: the base branch. */
  ref: string;
  /** Who made it: a token kind, or `person` for a push made outside any workflow. */
  by: TokenGrant['kind'] | 'person';
  /** Events made with the GITHUB_TOKEN start no workflow (except workflow_dispatch/repository_dispatch). */
  startsWorkflows: boolean;
}

export interface LoggedRequest {
  method: string;
  /** As sent, with the prefix and query. */
  url: string;
  /** Decoded path without the `/api/v3` prefix; `/graphql` for GraphQL. */
  path: string;
  /** `METHOD path`, e.g. `GET /repos/o/r/releases/tags/v1.0.0`. */
  route: string;
  query: Record<string, string>;
  authorization: string | undefined;
  accept: string;
  body: unknown;
  /** 0 when no answer was sent (a never-answer fault). */
  status: number;
}

export type Fault =
  | { status: number; headers?: Record<string, string>; body?: unknown }
  /** Accept the request and never answer. */
  | { neverAnswer: true }
  /** HTTP 200, JSON, gzip-encoded: `bytes` of zeros after decompression, sent until the client stops reading. */
  | { gzipBomb: number }
  /** HTTP 200 labelled JSON whose body is cut off. */
  | { brokenJson: true }
  /** Close the connection without an answer. */
  | { hangUp: true }
  /** HTTP 200 and headers at once, then one byte of body every `slowBody` ms, never ending. */
  | { slowBody: number };

export type RequestMatch = string | RegExp | ((r: LoggedRequest) => boolean);

export interface Release {
  id: number;
  tag_name: string;
  target_commitish: string;
  name: string | null;
  body: string | null;
  draft: boolean;
  prerelease: boolean;
  created_at: string;
  published_at: string | null;
  html_url: string;
  url: string;
  /** What the request asked for, for assertions (not part of GitHub's answer). */
  generate_release_notes: boolean;
  /** The request's `make_latest` ('true', 'false', 'legacy'), or undefined when not sent. */
  make_latest: string | undefined;
}

export interface CheckRun {
  id: number;
  head_sha: string;
  name: string;
  status: 'queued' | 'in_progress' | 'completed' | 'waiting' | 'requested' | 'pending';
  conclusion: string | null;
  details_url: string | null;
  html_url: string;
  app: { slug: string };
}

export interface CommitStatus {
  id: number;
  sha: string;
  state: 'error' | 'failure' | 'pending' | 'success';
  context: string;
  description: string | null;
  target_url: string | null;
  created_at: string;
}

export interface Pull {
  number: number;
  state: 'open' | 'closed';
  title: string;
  body: string | null;
  head: string;
  base: string;
  draft: boolean;
}

export interface Issue {
  number: number;
  state: 'open' | 'closed';
  title: string;
  body: string | null;
}

export interface ServerRepo {
  owner: string;
  name: string;
  fullName: string;
  /** The bare repository: a git remote (`git push <path>`), or for BareRepo's commit/tag helpers. */
  path: string;
  git: BareRepo;
  isPrivate: boolean;
  releases: Release[];
  checkRuns: CheckRun[];
  statuses: CommitStatus[];
  pulls: Pull[];
  /** Issues (numbered after the pull requests' numbers, as GitHub shares one sequence). */
  issues: Issue[];
  /**
   * The repository setting "Allow GitHub Actions to create and approve pull requests" (off by default, as
   * in new organizations): off, the GITHUB_TOKEN's `POST /pulls` is refused with 403.
   */
  actionsCanCreatePullRequests: boolean;
  /** Events so far, in order: pushes (through the hooks) and what the API created. */
  events(): RepoEvent[];
  /** Branch -> the protection body as PUT. */
  protections: Map<string, Record<string, unknown>>;
  latestReleaseTag: string | undefined;
  /** Commit files on a branch (default: the default branch); returns the commit id. */
  commit(files: Record<string, string | Buffer | null>, options?: { branch?: string; message?: string }): string;
  /** A tag on a commit (annotated when a message is given). */
  tag(name: string, target: string, options?: { message?: string }): string;
  /** A check run on a commit, as a GitHub App would create it. */
  addCheckRun(run: {
    sha: string;
    name: string;
    status?: CheckRun['status'];
    conclusion?: string | null;
    details_url?: string;
    /** The GitHub App that makes it (its slug): github-actions unless given. */
    app?: string;
  }): CheckRun;
  /** An issue, as a person would open it. */
  addIssue(issue: { title: string; body?: string | null }): Issue;
  /** A commit status, as `POST /repos/{o}/{r}/statuses/{sha}` creates it. */
  addStatus(status: {
    sha: string;
    state: CommitStatus['state'];
    context?: string;
    description?: string;
    target_url?: string;
  }): CommitStatus;
}

export interface GithubServer {
  /** GITHUB_API_URL: `http://127.0.0.1:PORT/api/v3`. */
  apiUrl: string;
  /** GITHUB_GRAPHQL_URL: `http://127.0.0.1:PORT/api/graphql`. */
  graphqlUrl: string;
  /** GITHUB_SERVER_URL: the web URLs (html_url) start here. */
  htmlUrl: string;
  /** A new repository backed by a new bare git repository, with `files` committed on its default branch. */
  createRepo(
    fullName: string,
    options?: { defaultBranch?: string; private?: boolean; files?: Record<string, string> },
  ): ServerRepo;
  /** Serve an existing bare repository (e.g. the `origin` of a test's working copy). */
  serveRepo(fullName: string, barePath: string, options?: { private?: boolean }): ServerRepo;
  repo(fullName: string): ServerRepo;
  /**
   * Known tokens and their access: an Access level (a classic token, on every scope) or a TokenGrant.
   * Empty: every request, with or without a token, has admin access.
   */
  tokens: Map<string, Access | TokenGrant>;
  /**
   * A GITHUB_TOKEN with a job's `permissions:` (a map, `read-all`, `write-all`, or undefined for the
   * restricted default), registered in `tokens`. It never gets `administration` or `workflows`: a job cannot
   * grant them.
   */
  githubToken(permissions?: unknown): string;
  /** Register a GitHub App (as its owner installs it on every repository here) and return nothing. */
  registerApp(app: { id: string; privateKey: string; permissions: TokenGrant['permissions'] }): void;
  /** An installation token of a registered app (what actions/create-github-app-token mints), or an error. */
  appInstallationToken(id: string, privateKey: string, permissions?: TokenGrant['permissions']): string;
  /**
   * The environment a `git push` with `token` carries to the bare repository's hooks (the workflow-file rule
   * and the event log read it): what actions/checkout's persisted credentials amount to.
   */
  pushEnv(token: string): Record<string, string>;
  /** Counts down with every request; at 0 the API answers 403 with `x-ratelimit-remaining: 0`. */
  rateLimit: { limit: number; remaining: number; reset: number };
  /** Answer the contents API with JSON (base64 content) even when the raw media type is asked (older GHES). */
  contentsJsonOnly: boolean;
  /** The next `times` requests matching `match` get `fault` instead of their answer. */
  fault(match: RequestMatch, fault: Fault, times?: number): void;
  log: LoggedRequest[];
  count(match?: RequestMatch): number;
  /** Compressed bytes the last gzip bomb wrote before the client stopped reading. */
  bombBytesSent: number;
  /**
   * Answers that differ from the operation's documented response schema (`operationId status: path problem`),
   * collected as they are served; tests assert it stays empty, so the double cannot invent or drop fields.
   */
  responseProblems: string[];
  /** Forget every fault, token and logged request, and every repository unless `keepRepos`. */
  reset(options?: { keepRepos?: boolean }): void;
  close(): Promise<void>;
}

const PREFIX = '/api/v3';
/** Nanoseconds since the epoch, zero-padded: the hooks log pushes with `date +%s%N`, ordered alike. */
const EPOCH_NS = BigInt(Date.now()) * 1_000_000n - process.hrtime.bigint();
const hrtimeStamp = (): string => (EPOCH_NS + process.hrtime.bigint()).toString().padStart(20, '0');
const GRAPHQL_PATH = '/api/graphql';
const DOCS = 'https://docs.github.com/rest';
const NOW = (): string => new Date().toISOString().replace(/\.\d+Z$/, 'Z');

class Answer {
  constructor(
    readonly status: number,
    readonly body: unknown,
    readonly headers: Record<string, string> = {},
  ) {}
}

const notFound = (message = 'Not Found'): Answer =>
  new Answer(404, { message, documentation_url: DOCS, status: '404' });
const unprocessable = (message: string, errors?: unknown[]): Answer =>
  new Answer(422, { message, ...(errors ? { errors } : {}), documentation_url: DOCS, status: '422' });

function matches(match: RequestMatch | undefined, r: LoggedRequest): boolean {
  if (match === undefined) return true;
  if (typeof match === 'string') return r.route === match;
  if (match instanceof RegExp) return match.test(r.route);
  return match(r);
}

interface Ctx {
  req: IncomingMessage;
  url: URL;
  entry: LoggedRequest;
  access: Access | 'anonymous';
  /** The token's grant when it has scopes (undefined: a classic token, or no token). */
  grant?: TokenGrant;
  body: Record<string, unknown>;
  headers: Record<string, string>;
  repo?: ServerRepo;
}

type Handler = (ctx: Ctx, repo: ServerRepo, params: string[]) => Answer | Promise<Answer>;

const SCOPES: Scope[] = [
  'actions',
  'administration',
  'checks',
  'contents',
  'issues',
  'metadata',
  'pull-requests',
  'statuses',
  'workflows',
];

/**
 * A job's `permissions:` as the GITHUB_TOKEN gets them: `read-all`/`write-all`, a map, or (undefined) the
 * restricted default (contents and metadata read). `administration` and `workflows` are not permissions a
 * workflow can grant (GitHub refuses the workflow file), so they are never given.
 */
export function jobPermissions(permissions: unknown): TokenGrant['permissions'] {
  const out: TokenGrant['permissions'] = {};
  const grantable = SCOPES.filter((s) => s !== 'administration' && s !== 'workflows');
  if (permissions === undefined || permissions === null) return { contents: 'read', metadata: 'read' };
  if (permissions === 'read-all' || permissions === 'write-all') {
    for (const s of grantable) out[s] = permissions === 'read-all' ? 'read' : 'write';
    return out;
  }
  if (typeof permissions !== 'object') throw new Error(`permissions: ${String(permissions)} is not valid`);
  for (const [key, level] of Object.entries(permissions as Record<string, unknown>)) {
    if (key === 'administration' || key === 'workflows')
      throw new Error(`permissions: '${key}' cannot be granted to the GITHUB_TOKEN`);
    if (level === 'read' || level === 'write') {
      if ((grantable as string[]).includes(key)) out[key as Scope] = level;
    } else if (level !== 'none') throw new Error(`permissions: ${key}: ${String(level)} is not read, write or none`);
  }
  out.metadata = 'read';
  return out;
}

export async function startGithubServer(): Promise<GithubServer> {
  const root = mkdtempSync(join(tmpdir(), 'coco-github-'));
  const repos = new Map<string, ServerRepo>();
  const faults: { match: RequestMatch; fault: Fault; left: number }[] = [];
  const log: LoggedRequest[] = [];
  const responseProblems: string[] = [];
  const hanging = new Set<ServerResponse>();
  let nextId = 1000;
  let origin = '';
  const apps = new Map<string, { privateKey: string; permissions: TokenGrant['permissions'] }>();
  let tokenSerial = 0;
  const state = {
    tokens: new Map<string, Access | TokenGrant>(),
    rateLimit: { limit: 5000, remaining: 5000, reset: Math.floor(Date.now() / 1000) + 3600 },
    contentsJsonOnly: false,
    bombBytesSent: 0,
  };
  const api = (): string => `${origin}${PREFIX}`;
  const html = (repo: ServerRepo): string => `${origin}/${repo.fullName}`;

  // Events the API made (releases, tags, pull requests), per repository; pushes are logged by the hooks.
  const apiEvents = new Map<ServerRepo, (RepoEvent & { at: string })[]>();
  const byOf = (ctx: Ctx): RepoEvent['by'] => ctx.grant?.kind ?? (ctx.access === 'anonymous' ? 'person' : 'pat');
  const record = (ctx: Ctx, repo: ServerRepo, e: Omit<RepoEvent, 'by' | 'startsWorkflows'>): void => {
    const by = byOf(ctx);
    const list = apiEvents.get(repo) ?? [];
    list.push({ ...e, by, startsWorkflows: by !== 'github-token', at: hrtimeStamp() });
    apiEvents.set(repo, list);
  };

  const makeRepo = (fullName: string, git: BareRepo, isPrivate: boolean): ServerRepo => {
    const [owner, name] = fullName.split('/') as [string, string];
    if (!owner || !name || fullName.split('/').length !== 2) throw new Error(`not OWNER/NAME: ${fullName}`);
    const repo: ServerRepo = {
      owner,
      name,
      fullName,
      path: git.path,
      git,
      isPrivate,
      releases: [],
      checkRuns: [],
      statuses: [],
      pulls: [],
      issues: [],
      protections: new Map(),
      actionsCanCreatePullRequests: false,
      events: () =>
        [...(apiEvents.get(repo) ?? []), ...git.pushEvents()]
          .sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0))
          .map(({ at: _, ...e }) => e),
      latestReleaseTag: undefined,
      commit: (files, options) => git.commit(files, options),
      tag: (tagName, target, options) => git.tag(tagName, target, options),
      addCheckRun: (run) => {
        const id = nextId++;
        const conclusion = run.conclusion ?? null;
        const created: CheckRun = {
          id,
          head_sha: run.sha,
          name: run.name,
          status: run.status ?? (conclusion ? 'completed' : 'queued'),
          conclusion,
          details_url: run.details_url ?? null,
          html_url: `${html(repo)}/runs/${id}`,
          app: { slug: run.app ?? 'github-actions' },
        };
        repo.checkRuns.push(created);
        return created;
      },
      addIssue: (i) => {
        const created: Issue = {
          number: repo.pulls.length + repo.issues.length + 1,
          state: 'open',
          title: i.title,
          body: i.body ?? null,
        };
        repo.issues.push(created);
        return created;
      },
      addStatus: (s) => {
        const created: CommitStatus = {
          id: nextId++,
          sha: s.sha,
          state: s.state,
          context: s.context ?? 'default',
          description: s.description ?? null,
          target_url: s.target_url ?? null,
          created_at: NOW(),
        };
        repo.statuses.push(created);
        return created;
      },
    };
    repos.set(fullName.toLowerCase(), repo);
    return repo;
  };

  // ---- answers built from state ----

  const refObject = async (repo: ServerRepo, ref: string, oid: string): Promise<Record<string, unknown>> => {
    const type = await repo.git.reader.typeOf(oid);
    return {
      ref,
      node_id: Buffer.from(`${repo.fullName}:${ref}`).toString('base64'),
      url: `${api()}/repos/${repo.fullName}/git/${ref}`,
      object: {
        type,
        sha: oid,
        url: `${api()}/repos/${repo.fullName}/git/${type === 'tag' ? 'tags' : 'commits'}/${oid}`,
      },
    };
  };

  const person = (line: string): Record<string, string> => {
    const m = /^(.*) <(.*)> (\d+) ([+-]\d{4})$/.exec(line);
    return m
      ? { name: m[1]!, email: m[2]!, date: new Date(Number(m[3]) * 1000).toISOString().replace(/\.\d+Z$/, 'Z') }
      : { name: line, email: '', date: '' };
  };

  const commitObject = async (repo: ServerRepo, sha: string): Promise<Record<string, unknown>> => {
    const c = (await repo.git.reader.commitObject(sha))!;
    return {
      sha,
      node_id: Buffer.from(`${repo.fullName}:${sha}`).toString('base64'),
      url: `${api()}/repos/${repo.fullName}/commits/${sha}`,
      html_url: `${html(repo)}/commit/${sha}`,
      commit: {
        message: c.message.replace(/\n$/, ''),
        tree: { sha: c.tree },
        author: person(c.author),
        committer: person(c.committer),
      },
      parents: c.parents.map((p) => ({ sha: p, url: `${api()}/repos/${repo.fullName}/commits/${p}` })),
    };
  };

  const releaseObject = (repo: ServerRepo, r: Release): Record<string, unknown> => {
    const { generate_release_notes: _notes, make_latest: _latest, ...shown } = r;
    return releaseAnswer(repo, shown);
  };
  const releaseAnswer = (repo: ServerRepo, r: Omit<Release, 'generate_release_notes' | 'make_latest'>) => ({
    ...r,
    node_id: Buffer.from(`release:${r.id}`).toString('base64'),
    assets_url: `${r.url}/assets`,
    upload_url: `${r.url}/assets{?name,label}`,
    tarball_url: `${api()}/repos/${repo.fullName}/tarball/${r.tag_name}`,
    zipball_url: `${api()}/repos/${repo.fullName}/zipball/${r.tag_name}`,
    author: { login: 'release-bot', type: 'Bot' },
    assets: [],
  });

  const issueObject = (repo: ServerRepo, i: Issue): Record<string, unknown> => ({
    id: 200_000 + i.number,
    number: i.number,
    state: i.state,
    title: i.title,
    body: i.body,
    url: `${api()}/repos/${repo.fullName}/issues/${i.number}`,
    html_url: `${html(repo)}/issues/${i.number}`,
    user: { login: 'release-manager' },
  });

  const pullObject = async (repo: ServerRepo, p: Pull): Promise<Record<string, unknown>> => {
    const sha = async (branch: string) => (await repo.git.reader.commitOf(`refs/heads/${branch}`)) ?? null;
    return {
      id: 100_000 + p.number,
      number: p.number,
      state: p.state,
      title: p.title,
      body: p.body,
      draft: p.draft,
      merged: false,
      url: `${api()}/repos/${repo.fullName}/pulls/${p.number}`,
      html_url: `${html(repo)}/pull/${p.number}`,
      user: { login: 'release-bot' },
      head: {
        ref: p.head,
        sha: await sha(p.head),
        label: `${repo.owner}:${p.head}`,
        repo: { full_name: repo.fullName },
      },
      base: {
        ref: p.base,
        sha: await sha(p.base),
        label: `${repo.owner}:${p.base}`,
        repo: { full_name: repo.fullName },
      },
    };
  };

  const protectionObject = (repo: ServerRepo, branch: string, p: Record<string, unknown>): Record<string, unknown> => {
    const url = `${api()}/repos/${repo.fullName}/branches/${branch}/protection`;
    const enabled = (key: string): { enabled: boolean } => ({ enabled: p[key] === true });
    // GitHub answers both forms: `contexts` (names) and `checks`, with `app_id: null` for "any app".
    const statusChecks = (given: unknown): Record<string, unknown> => {
      const c = given as { strict: boolean; contexts?: string[]; checks?: { context: string; app_id?: number }[] };
      const checks: { context: string; app_id?: number }[] =
        c.checks ?? (c.contexts ?? []).map((context) => ({ context }));
      return {
        url: `${url}/required_status_checks`,
        strict: c.strict,
        contexts: checks.map((x) => x.context),
        contexts_url: `${url}/required_status_checks/contexts`,
        checks: checks.map((x) => ({ context: x.context, app_id: x.app_id ?? null })),
      };
    };
    return {
      url,
      ...(p['required_status_checks'] ? { required_status_checks: statusChecks(p['required_status_checks']) } : {}),
      ...(p['required_pull_request_reviews']
        ? {
            required_pull_request_reviews: {
              url: `${url}/required_pull_request_reviews`,
              ...(p['required_pull_request_reviews'] as object),
            },
          }
        : {}),
      ...(p['restrictions'] ? { restrictions: { url: `${url}/restrictions`, ...(p['restrictions'] as object) } } : {}),
      enforce_admins: { url: `${url}/enforce_admins`, enabled: p['enforce_admins'] === true },
      required_linear_history: enabled('required_linear_history'),
      allow_force_pushes: enabled('allow_force_pushes'),
      allow_deletions: enabled('allow_deletions'),
      block_creations: enabled('block_creations'),
      required_conversation_resolution: enabled('required_conversation_resolution'),
      lock_branch: enabled('lock_branch'),
      allow_fork_syncing: enabled('allow_fork_syncing'),
    };
  };

  /** One page of a list, with GitHub's Link header. */
  const paginate = <T>(ctx: Ctx, items: T[]): T[] => {
    const perPage = Math.min(100, Math.max(1, Number(ctx.url.searchParams.get('per_page')) || 30));
    const page = Math.max(1, Number(ctx.url.searchParams.get('page')) || 1);
    const last = Math.max(1, Math.ceil(items.length / perPage));
    const link = (n: number, rel: string): string => {
      const u = new URL(ctx.url.href);
      u.searchParams.set('page', String(n));
      return `<${origin}${u.pathname}${u.search}>; rel="${rel}"`;
    };
    const links: string[] = [];
    if (page < last) links.push(link(page + 1, 'next'), link(last, 'last'));
    if (page > 1) links.push(link(1, 'first'), link(page - 1, 'prev'));
    if (links.length) ctx.headers['link'] = links.join(', ');
    return items.slice((page - 1) * perPage, page * perPage);
  };

  const needCommit = async (repo: ServerRepo, ref: string): Promise<string> => {
    const sha = await repo.git.reader.commitOf(ref);
    if (!sha) throw unprocessable(`No commit found for SHA: ${ref}`);
    return sha;
  };

  /** The permission a repository route needs, as GitHub's fine-grained permissions name it. */
  const scopeOf = (path: string): Scope => {
    const rest = path.replace(/^\/repos\/[^/]+\/[^/]+/, '');
    if (rest === '') return 'metadata';
    if (/^\/branches\/.+\/protection/.test(rest)) return 'administration';
    if (rest.startsWith('/pulls')) return 'pull-requests';
    if (rest.startsWith('/issues')) return 'issues';
    if (rest.startsWith('/actions')) return 'actions'; // workflow runs and dispatches
    if (/^\/check-runs|\/check-runs$/.test(rest)) return 'checks';
    if (/^\/statuses\/|\/status$/.test(rest)) return 'statuses';
    return 'contents';
  };

  const forbidden = (): Answer =>
    new Answer(403, {
      message: 'Resource not accessible by integration',
      documentation_url: DOCS,
      status: '403',
    });

  const need = (ctx: Ctx, level: Access): void => {
    if (ctx.grant) {
      // Anyone may read a public repository; every token reads its metadata.
      const scope = scopeOf(ctx.entry.path);
      const has = scope === 'metadata' ? 'read' : ctx.grant.permissions[scope];
      if (has === 'write' || (has === 'read' && level === 'read')) return;
      if (level === 'read' && ctx.repo && !ctx.repo.isPrivate && scope !== 'administration') return;
      throw forbidden();
    }
    const order = ['anonymous', 'read', 'write', 'admin'];
    if (order.indexOf(ctx.access) >= order.indexOf(level)) return;
    // Anyone may read a public repository.
    if (level === 'read' && ctx.repo && !ctx.repo.isPrivate) return;
    if (ctx.access === 'anonymous')
      throw new Answer(401, { message: 'Requires authentication', documentation_url: DOCS, status: '401' });
    throw new Answer(403, {
      message: 'Resource not accessible by integration',
      documentation_url: DOCS,
      status: '403',
    });
  };

  const latestPerKey = <T extends { id: number }>(items: T[], key: (t: T) => string): T[] => {
    const seen = new Map<string, T>();
    for (const item of [...items].sort((a, b) => b.id - a.id)) if (!seen.has(key(item))) seen.set(key(item), item);
    return [...seen.values()];
  };

  const contentEntry = (repo: ServerRepo, ref: string, e: TreeEntry): Record<string, unknown> => {
    const type =
      e.mode === '120000' ? 'symlink' : e.type === 'tree' ? 'dir' : e.type === 'commit' ? 'submodule' : 'file';
    return {
      type,
      name: e.path.slice(e.path.lastIndexOf('/') + 1),
      path: e.path,
      sha: e.oid,
      size: e.size ?? 0,
      url: `${api()}/repos/${repo.fullName}/contents/${e.path}?ref=${encodeURIComponent(ref)}`,
      html_url: `${html(repo)}/blob/${ref}/${e.path}`,
      download_url: type === 'file' ? `${origin}/raw/${repo.fullName}/${ref}/${e.path}` : null,
    };
  };

  const generateNotes = async (repo: ServerRepo, tag: string, target: string): Promise<string> => {
    // The previous release: the newest one whose tag is an ancestor of this one, as GitHub picks it.
    let previous: { tag: string; commit: string } | undefined;
    for (const r of [...repo.releases].sort((a, b) => b.id - a.id)) {
      const commit = await repo.git.reader.commitOf(`refs/tags/${r.tag_name}`);
      if (r.tag_name !== tag && commit !== undefined && repo.git.isAncestor(commit, target)) {
        previous = { tag: r.tag_name, commit };
        break;
      }
    }
    const commits = repo.git.commitsBetween(previous?.commit, target);
    const lines = await Promise.all(
      commits.map(async (sha) => {
        const subject = (await repo.git.reader.commitObject(sha))!.message.split('\n')[0];
        return `* ${subject} (${sha.slice(0, 7)})`;
      }),
    );
    const changelog = previous
      ? `**Full Changelog**: ${html(repo)}/compare/${previous.tag}...${tag}`
      : `**Full Changelog**: ${html(repo)}/commits/${tag}`;
    return `## What's Changed\n${lines.join('\n')}\n\n${changelog}`;
  };

  // ---- routes: /repos/{owner}/{repo}/... ----
  const routes: [string, RegExp, Handler][] = [
    [
      'GET',
      /^$/,
      async (ctx, repo) => {
        need(ctx, 'read');
        return new Answer(200, {
          id: 1,
          name: repo.name,
          full_name: repo.fullName,
          owner: { login: repo.owner },
          private: repo.isPrivate,
          default_branch: repo.git.defaultBranch(),
          html_url: html(repo),
          url: `${api()}/repos/${repo.fullName}`,
        });
      },
    ],
    [
      'GET',
      /^\/contents(?:\/(.*))?$/,
      async (ctx, repo, [path = '']) => {
        need(ctx, 'read');
        const ref = ctx.url.searchParams.get('ref') || repo.git.defaultBranch();
        const commit = await repo.git.reader.commitOf(ref);
        if (!commit) return notFound(`No commit found for the ref ${ref}`);
        const clean = path.replace(/\/+$/, '');
        const entry = await repo.git.reader.entry(commit, clean);
        if (!entry) return notFound();
        if (entry.type === 'tree')
          return new Answer(
            200,
            (await repo.git.reader.list(commit, clean)).map((e) => contentEntry(repo, ref, e)),
          );
        const described = contentEntry(repo, ref, entry);
        if (entry.type === 'commit') return new Answer(200, { ...described, submodule_git_url: '' });
        const bytes = (await repo.git.reader.object(entry.oid))!.content;
        if (entry.mode === '120000') return new Answer(200, { ...described, target: bytes.toString('utf8') });
        const accept = ctx.entry.accept;
        if (/raw/.test(accept) && !state.contentsJsonOnly) {
          return new Answer(200, bytes, {
            'content-type': 'application/vnd.github.raw',
            'x-github-media-type': 'github.v3; param=raw',
          });
        }
        return new Answer(200, {
          ...described,
          encoding: 'base64',
          content: bytes.toString('base64').replace(/.{60}/g, '$&\n'),
        });
      },
    ],
    [
      'GET',
      /^\/git\/ref\/(.+)$/,
      async (ctx, repo, [ref]) => {
        need(ctx, 'read');
        const full = `refs/${ref}`;
        const hit = repo.git.reader.refs(full).find((r) => r.ref === full);
        return hit ? new Answer(200, await refObject(repo, full, hit.oid)) : notFound();
      },
    ],
    [
      'GET',
      /^\/git\/matching-refs\/(.*)$/,
      async (ctx, repo, [ref = '']) => {
        need(ctx, 'read');
        const prefix = `refs/${ref}`;
        return new Answer(
          200,
          await Promise.all(
            paginate(
              ctx,
              repo.git.reader.refs('refs/').filter((r) => r.ref.startsWith(prefix)),
            ).map((r) => refObject(repo, r.ref, r.oid)),
          ),
        );
      },
    ],
    [
      'POST',
      /^\/git\/refs$/,
      async (ctx, repo) => {
        need(ctx, 'write');
        const ref = String(ctx.body['ref'] ?? '');
        const sha = String(ctx.body['sha'] ?? '');
        if (!/^refs\/[^/]+\/.+/.test(ref))
          return unprocessable("Reference name must start with 'refs/' and have at least two slashes.");
        if (repo.git.run(['check-ref-format', ref]) === undefined)
          return unprocessable(`${ref} is not a valid ref name.`);
        if (!/^[0-9a-f]{40}$/.test(sha) || !(await repo.git.reader.typeOf(sha)))
          return unprocessable('Object does not exist');
        if (!repo.git.updateRef(ref, sha, '0'.repeat(40))) return unprocessable('Reference already exists');
        record(ctx, repo, { event: 'push', ref });
        return new Answer(201, await refObject(repo, ref, sha));
      },
    ],
    [
      'PATCH',
      /^\/git\/refs\/(.+)$/,
      async (ctx, repo, [ref]) => {
        need(ctx, 'write');
        const full = `refs/${ref}`;
        const old = await repo.git.reader.objectOf(full);
        const sha = String(ctx.body['sha'] ?? '');
        if (!old || !repo.git.reader.refs(full).some((r) => r.ref === full))
          return unprocessable('Reference does not exist');
        if (!(await repo.git.reader.typeOf(sha))) return unprocessable('Object does not exist');
        if (ctx.body['force'] !== true && !repo.git.isAncestor(old, sha))
          return unprocessable('Update is not a fast forward');
        repo.git.updateRef(full, sha, old);
        return new Answer(200, await refObject(repo, full, sha));
      },
    ],
    [
      'DELETE',
      /^\/git\/refs\/(.+)$/,
      async (ctx, repo, [ref]) => {
        need(ctx, 'write');
        const full = `refs/${ref}`;
        if (!repo.git.reader.refs(full).some((r) => r.ref === full)) return unprocessable('Reference does not exist');
        repo.git.deleteRef(full);
        return new Answer(204, undefined);
      },
    ],
    [
      'GET',
      /^\/git\/tags\/([0-9a-f]{40})$/,
      async (ctx, repo, [sha]) => {
        need(ctx, 'read');
        const t = await repo.git.reader.tagObject(sha!);
        if (!t) return notFound();
        return new Answer(200, {
          sha: t.oid,
          node_id: Buffer.from(`tag:${t.oid}`).toString('base64'),
          url: `${api()}/repos/${repo.fullName}/git/tags/${t.oid}`,
          tag: t.tag,
          message: t.message,
          tagger: person(t.tagger),
          object: {
            type: t.type,
            sha: t.object,
            url: `${api()}/repos/${repo.fullName}/git/${t.type === 'tag' ? 'tags' : 'commits'}/${t.object}`,
          },
        });
      },
    ],
    [
      'GET',
      /^\/git\/commits\/([0-9a-f]{40})$/,
      async (ctx, repo, [sha]) => {
        need(ctx, 'read');
        const c = await repo.git.reader.commitObject(sha!);
        if (!c) return notFound();
        return new Answer(200, {
          sha,
          tree: { sha: c.tree },
          parents: c.parents.map((p) => ({ sha: p })),
          message: c.message.replace(/\n$/, ''),
          author: person(c.author),
          committer: person(c.committer),
        });
      },
    ],
    [
      'GET',
      /^\/tags$/,
      async (ctx, repo) => {
        need(ctx, 'read');
        const tags = repo.git.reader
          .refs('refs/tags/')
          .reverse()
          .filter((t) => t.commit !== undefined);
        return new Answer(
          200,
          paginate(ctx, tags).map((t) => {
            const name = t.ref.slice('refs/tags/'.length);
            return {
              name,
              commit: { sha: t.commit, url: `${api()}/repos/${repo.fullName}/commits/${t.commit}` },
              zipball_url: `${api()}/repos/${repo.fullName}/zipball/refs/tags/${name}`,
              tarball_url: `${api()}/repos/${repo.fullName}/tarball/refs/tags/${name}`,
            };
          }),
        );
      },
    ],
    [
      'GET',
      /^\/branches\/(.+?)\/protection$/,
      async (ctx, repo, [branch]) => {
        need(ctx, 'admin');
        if (!(await repo.git.reader.commitOf(`refs/heads/${branch}`))) return notFound('Branch not found');
        const p = repo.protections.get(branch!);
        return p ? new Answer(200, protectionObject(repo, branch!, p)) : notFound('Branch not protected');
      },
    ],
    [
      'PUT',
      /^\/branches\/(.+?)\/protection$/,
      async (ctx, repo, [branch]) => {
        need(ctx, 'admin');
        if (!(await repo.git.reader.commitOf(`refs/heads/${branch}`))) return notFound('Branch not found');
        for (const key of [
          'required_status_checks',
          'enforce_admins',
          'required_pull_request_reviews',
          'restrictions',
        ]) {
          if (!(key in ctx.body)) return unprocessable(`Invalid request.\n\n"${key}" wasn't supplied.`);
        }
        repo.protections.set(branch!, ctx.body);
        repo.git.setLockedBranches([...repo.protections].filter(([, p]) => p['lock_branch'] === true).map(([b]) => b));
        return new Answer(200, protectionObject(repo, branch!, ctx.body));
      },
    ],
    [
      'DELETE',
      /^\/branches\/(.+?)\/protection$/,
      async (ctx, repo, [branch]) => {
        need(ctx, 'admin');
        if (!repo.protections.delete(branch!)) return notFound('Branch not protected');
        repo.git.setLockedBranches([...repo.protections].filter(([, p]) => p['lock_branch'] === true).map(([b]) => b));
        return new Answer(204, undefined);
      },
    ],
    [
      'GET',
      /^\/branches\/(.+)$/,
      async (ctx, repo, [branch]) => {
        need(ctx, 'read');
        const sha = await repo.git.reader.commitOf(`refs/heads/${branch}`);
        if (!sha) return notFound('Branch not found');
        return new Answer(200, {
          name: branch,
          commit: await commitObject(repo, sha),
          protected: repo.protections.has(branch!),
        });
      },
    ],
    [
      'GET',
      /^\/commits\/(.+)\/check-runs$/,
      async (ctx, repo, [ref]) => {
        need(ctx, 'read');
        const sha = await needCommit(repo, ref!);
        let runs = repo.checkRuns.filter((r) => r.head_sha === sha);
        if (ctx.url.searchParams.get('filter') !== 'all') runs = latestPerKey(runs, (r) => r.name);
        const name = ctx.url.searchParams.get('check_name');
        if (name) runs = runs.filter((r) => r.name === name);
        runs.sort((a, b) => b.id - a.id);
        return new Answer(200, { total_count: runs.length, check_runs: paginate(ctx, runs) });
      },
    ],
    [
      'GET',
      /^\/commits\/(.+)\/status$/,
      async (ctx, repo, [ref]) => {
        need(ctx, 'read');
        const sha = await needCommit(repo, ref!);
        const latest = latestPerKey(
          repo.statuses.filter((s) => s.sha === sha),
          (s) => s.context,
        );
        const states = latest.map((s) => s.state);
        const combined = states.some((s) => s === 'error' || s === 'failure')
          ? 'failure'
          : states.length === 0 || states.includes('pending')
            ? 'pending'
            : 'success';
        return new Answer(200, {
          state: combined,
          statuses: paginate(ctx, latest),
          sha,
          total_count: latest.length,
          repository: { full_name: repo.fullName },
          commit_url: `${api()}/repos/${repo.fullName}/commits/${sha}`,
          url: `${api()}/repos/${repo.fullName}/commits/${sha}/status`,
        });
      },
    ],
    [
      'GET',
      /^\/commits\/(.+)$/,
      async (ctx, repo, [ref]) => {
        need(ctx, 'read');
        return new Answer(200, await commitObject(repo, await needCommit(repo, ref!)));
      },
    ],
    [
      'POST',
      /^\/check-runs$/,
      async (ctx, repo) => {
        need(ctx, 'write');
        const sha = String(ctx.body['head_sha'] ?? '');
        if (!ctx.body['name'] || !(await repo.git.reader.commitOf(sha)))
          return unprocessable('Validation Failed', [{ resource: 'CheckRun', code: 'invalid', field: 'head_sha' }]);
        const run = repo.addCheckRun({
          sha: (await repo.git.reader.commitOf(sha))!,
          name: String(ctx.body['name']),
          status: ctx.body['status'] as CheckRun['status'] | undefined,
          conclusion: (ctx.body['conclusion'] as string | undefined) ?? null,
          details_url: ctx.body['details_url'] as string | undefined,
        });
        return new Answer(201, run);
      },
    ],
    [
      'POST',
      /^\/statuses\/([0-9a-f]{40})$/,
      async (ctx, repo, [sha]) => {
        need(ctx, 'write');
        const stateValue = String(ctx.body['state'] ?? '');
        if (!['error', 'failure', 'pending', 'success'].includes(stateValue)) {
          return unprocessable('Validation Failed', [
            { resource: 'Status', code: 'custom', field: 'state', message: `state is not included in the list` },
          ]);
        }
        if (!(await repo.git.reader.commitOf(sha!))) return unprocessable(`No commit found for SHA: ${sha}`);
        const s = repo.addStatus({
          sha: sha!,
          state: stateValue as CommitStatus['state'],
          context: ctx.body['context'] as string | undefined,
          description: ctx.body['description'] as string | undefined,
          target_url: ctx.body['target_url'] as string | undefined,
        });
        return new Answer(201, s);
      },
    ],
    [
      'GET',
      /^\/compare\/(.+?)\.\.\.(.+)$/,
      async (ctx, repo, [baseRef, headRef]) => {
        need(ctx, 'read');
        const base = await repo.git.reader.commitOf(baseRef!);
        const head = await repo.git.reader.commitOf(headRef!);
        if (!base || !head) return notFound();
        const ahead = repo.git.commitsBetween(base, head);
        const behind = repo.git.commitsBetween(head, base);
        const status =
          ahead.length === 0 && behind.length === 0
            ? 'identical'
            : behind.length === 0
              ? 'ahead'
              : ahead.length === 0
                ? 'behind'
                : 'diverged';
        return new Answer(200, {
          status,
          ahead_by: ahead.length,
          behind_by: behind.length,
          total_commits: ahead.length,
          base_commit: await commitObject(repo, base),
          merge_base_commit: await commitObject(repo, repo.git.mergeBase(base, head)!),
          commits: await Promise.all(paginate(ctx, ahead).map((c) => commitObject(repo, c))),
          html_url: `${html(repo)}/compare/${baseRef}...${headRef}`,
        });
      },
    ],
    [
      'GET',
      /^\/releases$/,
      async (ctx, repo) => {
        need(ctx, 'read');
        const visible = [...repo.releases].sort((a, b) => b.id - a.id);
        return new Answer(
          200,
          paginate(ctx, visible).map((r) => releaseObject(repo, r)),
        );
      },
    ],
    [
      'GET',
      /^\/releases\/latest$/,
      async (ctx, repo) => {
        need(ctx, 'read');
        const r = repo.releases.find((x) => x.tag_name === repo.latestReleaseTag);
        return r ? new Answer(200, releaseObject(repo, r)) : notFound();
      },
    ],
    [
      'GET',
      /^\/releases\/tags\/(.+)$/,
      async (ctx, repo, [tag]) => {
        need(ctx, 'read');
        const r = repo.releases.find((x) => x.tag_name === tag && !x.draft);
        return r ? new Answer(200, releaseObject(repo, r)) : notFound();
      },
    ],
    [
      'GET',
      /^\/releases\/(\d+)$/,
      async (ctx, repo, [id]) => {
        need(ctx, 'read');
        const r = repo.releases.find((x) => x.id === Number(id));
        return r ? new Answer(200, releaseObject(repo, r)) : notFound();
      },
    ],
    [
      'POST',
      /^\/releases$/,
      async (ctx, repo) => {
        need(ctx, 'write');
        const b = ctx.body;
        const tag = typeof b['tag_name'] === 'string' ? b['tag_name'] : '';
        if (tag === '')
          return unprocessable('Validation Failed', [
            { resource: 'Release', code: 'missing_field', field: 'tag_name' },
          ]);
        if (repo.releases.some((r) => r.tag_name === tag)) {
          return unprocessable('Validation Failed', [
            { resource: 'Release', code: 'already_exists', field: 'tag_name' },
          ]);
        }
        if (repo.git.run(['check-ref-format', `refs/tags/${tag}`]) === undefined) {
          return unprocessable('Validation Failed', [{ resource: 'Release', code: 'invalid', field: 'tag_name' }]);
        }
        const target =
          typeof b['target_commitish'] === 'string' && b['target_commitish'] !== ''
            ? b['target_commitish']
            : repo.git.defaultBranch();
        const existing = await repo.git.reader.commitOf(`refs/tags/${tag}`);
        const targetCommit = existing ?? (await repo.git.reader.commitOf(target));
        if (!targetCommit)
          return unprocessable('Validation Failed', [
            { resource: 'Release', code: 'invalid', field: 'target_commitish' },
          ]);
        const draft = b['draft'] === true;
        const generate = b['generate_release_notes'] === true;
        const given = typeof b['body'] === 'string' ? b['body'] : null;
        const notes = generate ? await generateNotes(repo, tag, targetCommit) : null;
        const id = nextId++;
        // As GitHub does: publishing a release for a tag that does not exist creates the tag at the target.
        if (!existing && !draft) {
          repo.git.updateRef(`refs/tags/${tag}`, targetCommit, '0'.repeat(40));
          record(ctx, repo, { event: 'push', ref: `refs/tags/${tag}` });
        }
        const release: Release = {
          id,
          tag_name: tag,
          target_commitish: target,
          name: typeof b['name'] === 'string' ? b['name'] : generate ? tag : null,
          body: notes !== null ? (given ? `${given}\n\n${notes}` : notes) : given,
          draft,
          prerelease: b['prerelease'] === true,
          created_at: NOW(),
          published_at: draft ? null : NOW(),
          html_url: `${html(repo)}/releases/tag/${tag}`,
          url: `${api()}/repos/${repo.fullName}/releases/${id}`,
          generate_release_notes: generate,
          make_latest: typeof b['make_latest'] === 'string' ? b['make_latest'] : undefined,
        };
        repo.releases.push(release);
        record(ctx, repo, { event: 'release', action: 'created', ref: tag });
        if (!draft) record(ctx, repo, { event: 'release', action: 'published', ref: tag });
        if (!draft && !release.prerelease && b['make_latest'] !== 'false') repo.latestReleaseTag = tag;
        return new Answer(201, releaseObject(repo, release));
      },
    ],
    [
      'GET',
      /^\/pulls$/,
      async (ctx, repo) => {
        need(ctx, 'read');
        const q = ctx.url.searchParams;
        const wanted = q.get('state') ?? 'open';
        const head = q.get('head');
        const base = q.get('base');
        const list = [...repo.pulls]
          .sort((a, b) => b.number - a.number)
          .filter((p) => wanted === 'all' || p.state === wanted)
          .filter((p) => !head || head === `${repo.owner}:${p.head}` || head === p.head)
          .filter((p) => !base || p.base === base);
        return new Answer(200, await Promise.all(paginate(ctx, list).map((p) => pullObject(repo, p))));
      },
    ],
    [
      'GET',
      /^\/pulls\/(\d+)$/,
      async (ctx, repo, [n]) => {
        need(ctx, 'read');
        const p = repo.pulls.find((x) => x.number === Number(n));
        return p ? new Answer(200, await pullObject(repo, p)) : notFound();
      },
    ],
    [
      'POST',
      /^\/pulls$/,
      async (ctx, repo) => {
        need(ctx, 'write');
        if (ctx.grant?.kind === 'github-token' && !repo.actionsCanCreatePullRequests)
          return new Answer(403, {
            message: 'GitHub Actions is not permitted to create or approve pull requests.',
            documentation_url: `${DOCS}/pulls/pulls#create-a-pull-request`,
            status: '403',
          });
        const b = ctx.body;
        const head = String(b['head'] ?? '').replace(new RegExp(`^${repo.owner}:`), '');
        const base = String(b['base'] ?? '');
        if (typeof b['title'] !== 'string' || b['title'] === '') {
          return unprocessable('Validation Failed', [
            { resource: 'PullRequest', code: 'missing_field', field: 'title' },
          ]);
        }
        const headSha = await repo.git.reader.commitOf(`refs/heads/${head}`);
        const baseSha = await repo.git.reader.commitOf(`refs/heads/${base}`);
        if (!headSha)
          return unprocessable('Validation Failed', [{ resource: 'PullRequest', code: 'invalid', field: 'head' }]);
        if (!baseSha)
          return unprocessable('Validation Failed', [{ resource: 'PullRequest', code: 'invalid', field: 'base' }]);
        if (repo.pulls.some((p) => p.state === 'open' && p.head === head && p.base === base)) {
          return unprocessable('Validation Failed', [
            {
              resource: 'PullRequest',
              code: 'custom',
              message: `A pull request already exists for ${repo.owner}:${head}.`,
            },
          ]);
        }
        if (repo.git.isAncestor(headSha, baseSha)) {
          return unprocessable('Validation Failed', [
            { resource: 'PullRequest', code: 'custom', message: `No commits between ${base} and ${head}` },
          ]);
        }
        const pull: Pull = {
          number: repo.pulls.length + repo.issues.length + 1,
          state: 'open',
          title: b['title'],
          body: typeof b['body'] === 'string' ? b['body'] : null,
          head,
          base,
          draft: b['draft'] === true,
        };
        repo.pulls.push(pull);
        record(ctx, repo, { event: 'pull_request', action: 'opened', ref: base });
        return new Answer(201, await pullObject(repo, pull));
      },
    ],
    [
      'GET',
      /^\/issues\/(\d+)$/,
      async (ctx, repo, [n]) => {
        need(ctx, 'read');
        const i = repo.issues.find((x) => x.number === Number(n));
        return i ? new Answer(200, issueObject(repo, i)) : notFound();
      },
    ],
    [
      'PATCH',
      /^\/issues\/(\d+)$/,
      async (ctx, repo, [n]) => {
        need(ctx, 'write');
        const i = repo.issues.find((x) => x.number === Number(n));
        if (!i) return notFound();
        const b = ctx.body;
        if (typeof b['title'] === 'string') i.title = b['title'];
        if (typeof b['body'] === 'string' || b['body'] === null) i.body = b['body'] as string | null;
        if (b['state'] === 'open' || b['state'] === 'closed') i.state = b['state'];
        return new Answer(200, issueObject(repo, i));
      },
    ],
    [
      'PATCH',
      /^\/pulls\/(\d+)$/,
      async (ctx, repo, [n]) => {
        need(ctx, 'write');
        const p = repo.pulls.find((x) => x.number === Number(n));
        if (!p) return notFound();
        const b = ctx.body;
        if (typeof b['title'] === 'string') p.title = b['title'];
        if (typeof b['body'] === 'string') p.body = b['body'];
        if (b['state'] === 'open' || b['state'] === 'closed') p.state = b['state'];
        if (typeof b['base'] === 'string') {
          if (!(await repo.git.reader.commitOf(`refs/heads/${b['base']}`)))
            return unprocessable('Validation Failed', [{ resource: 'PullRequest', code: 'invalid', field: 'base' }]);
          p.base = b['base'];
        }
        return new Answer(200, await pullObject(repo, p));
      },
    ],
  ];

  // Workflow runs and dispatches: test/helpers/github-actions-api.ts.
  for (const [method, pattern, handler] of ACTIONS_ROUTES)
    routes.push([
      method,
      pattern,
      async (ctx, repo, params) => {
        const r = await handler(repo, params, {
          query: ctx.url.searchParams,
          body: ctx.body,
          need: (level) => need(ctx, level),
          apiUrl: api(),
          htmlUrl: html(repo),
        });
        return new Answer(r.status, r.body);
      },
    ]);

  const route = async (ctx: Ctx): Promise<Answer> => {
    const path = ctx.entry.path;
    if (path === '/rate_limit' && ctx.req.method === 'GET') {
      const r = state.rateLimit;
      const core = { limit: r.limit, remaining: r.remaining, reset: r.reset, used: r.limit - r.remaining };
      return new Answer(200, { resources: { core, graphql: core }, rate: core });
    }
    const m = /^\/repos\/([^/]+)\/([^/]+)(\/.*)?$/.exec(path);
    if (!m) return notFound();
    const repo = repos.get(`${m[1]}/${m[2]}`.toLowerCase());
    if (!repo || (repo.isPrivate && ctx.access === 'anonymous')) return notFound();
    ctx.repo = repo;
    // GitHub's contract first: an undocumented route is 404, a parameter or body its schema refuses is 422.
    const problem = checkRequest(ctx.req.method ?? 'GET', path, ctx.entry.query, ctx.entry.body);
    if (problem) return new Answer(problem.status, problem.body);
    const rest = m[3] ?? '';
    let known = false;
    for (const [method, pattern, handler] of routes) {
      const hit = pattern.exec(rest);
      if (!hit) continue;
      known = true;
      if (method !== ctx.req.method) continue;
      return await handler(ctx, repo, hit.slice(1) as string[]);
    }
    return known ? new Answer(404, { message: 'Not Found', documentation_url: DOCS }) : notFound();
  };

  // ---- HTTP ----

  // REST handlers run one at a time, as when they were synchronous: a handler that checks and then writes
  // (a release for a tag, a ref that must not exist) is not interleaved with another while it awaits git.
  let turn: Promise<unknown> = Promise.resolve();
  const oneAtATime = <T>(work: () => Promise<T>): Promise<T> => {
    const mine = turn.then(work, work);
    turn = mine.catch(() => undefined);
    return mine;
  };

  const BOMB_MEMBER = gzipSync(Buffer.alloc(1024 * 1024), { level: 9 });

  const send = (res: ServerResponse, entry: LoggedRequest, a: Answer, extra: Record<string, string>): void => {
    entry.status = a.status;
    const isBytes = Buffer.isBuffer(a.body);
    const body = a.body === undefined ? '' : isBytes || typeof a.body === 'string' ? a.body : JSON.stringify(a.body);
    res.writeHead(a.status, {
      'content-type': 'application/json; charset=utf-8',
      'x-github-media-type': 'github.v3; format=json',
      ...extra,
      ...a.headers,
    });
    res.end(a.status === 204 ? undefined : body);
  };

  const applyFault = (res: ServerResponse, entry: LoggedRequest, f: Fault, extra: Record<string, string>): void => {
    if ('neverAnswer' in f) {
      hanging.add(res);
      res.on('close', () => hanging.delete(res));
      return;
    }
    if ('slowBody' in f) {
      entry.status = 200;
      res.writeHead(200, { ...extra, 'content-type': 'application/json; charset=utf-8' });
      res.write('[');
      const timer = setInterval(() => res.write(' '), f.slowBody);
      res.on('close', () => clearInterval(timer));
      hanging.add(res);
      return;
    }
    if ('hangUp' in f) {
      res.socket?.destroy();
      return;
    }
    if ('brokenJson' in f) {
      entry.status = 200;
      res.writeHead(200, { ...extra, 'content-type': 'application/json; charset=utf-8' });
      res.end('{"type":"file","encoding":"base64","content":"ZXh0ZXJu');
      return;
    }
    if ('gzipBomb' in f) {
      entry.status = 200;
      res.writeHead(200, { ...extra, 'content-type': 'application/json; charset=utf-8', 'content-encoding': 'gzip' });
      let offered = 0;
      state.bombBytesSent = 0;
      const pump = (): void => {
        while (offered < f.gzipBomb && !res.destroyed) {
          offered += 1024 * 1024;
          state.bombBytesSent += BOMB_MEMBER.length;
          if (!res.write(BOMB_MEMBER)) {
            res.once('drain', pump);
            return;
          }
        }
        if (!res.destroyed) res.end();
      };
      res.on('error', () => undefined);
      pump();
      return;
    }
    send(res, entry, new Answer(f.status, f.body ?? '', f.headers ?? {}), extra);
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const isGraphql = url.pathname === GRAPHQL_PATH;
    const path = isGraphql
      ? '/graphql'
      : url.pathname.startsWith(`${PREFIX}/`) || url.pathname === PREFIX
        ? url.pathname.slice(PREFIX.length).split('/').map(decodeURIComponent).join('/')
        : url.pathname;
    let parsed: unknown = undefined;
    let badJson = false;
    if (raw !== '') {
      try {
        parsed = JSON.parse(raw);
      } catch {
        badJson = true;
      }
    }
    const entry: LoggedRequest = {
      method: req.method ?? 'GET',
      url: req.url ?? '',
      path,
      route: `${req.method} ${path}`,
      query: Object.fromEntries(url.searchParams),
      authorization: req.headers['authorization'],
      accept: String(req.headers['accept'] ?? ''),
      body: parsed ?? (raw === '' ? undefined : raw),
      status: 0,
    };
    log.push(entry);

    const rl = state.rateLimit;
    const limitHeaders = (): Record<string, string> => ({
      'x-ratelimit-limit': String(rl.limit),
      'x-ratelimit-remaining': String(rl.remaining),
      'x-ratelimit-reset': String(rl.reset),
      'x-ratelimit-used': String(rl.limit - rl.remaining),
      'x-ratelimit-resource': isGraphql ? 'graphql' : 'core',
    });

    const scripted = faults.find((f) => f.left > 0 && matches(f.match, entry));
    if (scripted) {
      scripted.left--;
      return applyFault(res, entry, scripted.fault, limitHeaders());
    }
    if (rl.remaining <= 0) {
      return send(
        res,
        entry,
        new Answer(403, { message: 'API rate limit exceeded for installation.', documentation_url: DOCS }),
        limitHeaders(),
      );
    }
    rl.remaining--;

    const auth = /^(?:token|bearer)\s+(.+)$/i.exec(entry.authorization ?? '')?.[1];
    let access: Ctx['access'] = 'anonymous';
    let grant: TokenGrant | undefined;
    if (state.tokens.size === 0) access = 'admin';
    else if (auth !== undefined) {
      const known = state.tokens.get(auth);
      if (!known)
        return send(
          res,
          entry,
          new Answer(401, { message: 'Bad credentials', documentation_url: DOCS, status: '401' }),
          limitHeaders(),
        );
      if (typeof known === 'string') access = known;
      else {
        grant = known;
        access = 'read';
      }
    }
    if (badJson)
      return send(
        res,
        entry,
        new Answer(400, { message: 'Problems parsing JSON', documentation_url: DOCS }),
        limitHeaders(),
      );

    const ctx: Ctx = {
      req,
      url,
      entry,
      access,
      grant,
      body: (parsed ?? {}) as Record<string, unknown>,
      headers: {},
    };
    let answer: Answer;
    try {
      if (isGraphql) {
        if (req.method !== 'POST') answer = notFound();
        // GitHub's GraphQL API wants a token even for public data.
        else if (auth === undefined)
          answer = new Answer(401, {
            message: 'This endpoint requires you to be authenticated.',
            documentation_url: DOCS,
          });
        else {
          const body = ctx.body as { query?: unknown; variables?: Record<string, unknown>; operationName?: string };
          if (typeof body.query !== 'string')
            answer = new Answer(200, {
              errors: [{ message: 'A query attribute must be specified and must be a string.' }],
            });
          else {
            const result = await executeGraphql(
              {
                repository: (owner, name) => {
                  const repo = repos.get(`${owner}/${name}`.toLowerCase());
                  if (!repo) return undefined;
                  const view: GraphqlRepo = {
                    owner: repo.owner,
                    name: repo.name,
                    bare: repo.git,
                    isPrivate: repo.isPrivate,
                    htmlUrl: html(repo),
                    releases: repo.releases,
                    latestReleaseTag: repo.latestReleaseTag,
                    pullRequests: (args) => pullRequestsField(repo, html(repo), args),
                    statusCheckRollup: (oid) => statusCheckRollupField(repo, oid),
                  };
                  return view;
                },
                rateLimit: () => ({
                  limit: rl.limit,
                  remaining: rl.remaining,
                  used: rl.limit - rl.remaining,
                  reset: rl.reset,
                }),
              },
              body.query,
              body.variables,
              body.operationName,
            );
            answer = new Answer(200, result);
          }
        }
      } else {
        answer = await oneAtATime(() => route(ctx));
      }
    } catch (e) {
      if (!(e instanceof Answer)) throw e;
      answer = e;
    }
    if (!isGraphql && answer.status < 300 && answer.body !== undefined) {
      answer = new Answer(
        answer.status,
        completeResponse(entry.method, path, answer.status, answer.body),
        answer.headers,
      );
      responseProblems.push(...checkResponse(entry.method, path, answer.status, answer.body));
    }
    send(res, entry, answer, { ...limitHeaders(), ...ctx.headers });
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((e: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ message: `test server bug: ${(e as Error)?.stack ?? String(e)}` }));
    });
  });
  // Idle connections stay open longer than any client keeps them (undici: 4 s), so the client always closes
  // first: with Node's 5 s, a client whose timers ran late on a loaded machine reused a socket the server
  // had just closed, and the request failed with "fetch failed".
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  origin = `http://127.0.0.1:${port}`;

  const self: GithubServer = {
    apiUrl: `${origin}${PREFIX}`,
    graphqlUrl: `${origin}${GRAPHQL_PATH}`,
    htmlUrl: origin,
    createRepo(fullName, options = {}) {
      if (repos.has(fullName.toLowerCase())) throw new Error(`${fullName} exists`);
      const path = join(root, `${fullName.replace('/', '__')}.git`);
      const branch = options.defaultBranch ?? 'main';
      // The same files give the same repository: built once, copied after (fixtureRepo).
      const git = options.files
        ? fixtureRepo(path, [{ files: options.files, message: 'initial' }], branch).git
        : BareRepo.init(path, branch);
      return makeRepo(fullName, git, options.private ?? false);
    },
    serveRepo(fullName, barePath, options = {}) {
      const git = new BareRepo(barePath);
      git.installHook();
      return makeRepo(fullName, git, options.private ?? false);
    },
    repo(fullName) {
      const r = repos.get(fullName.toLowerCase());
      if (!r) throw new Error(`no repository ${fullName}`);
      return r;
    },
    get tokens() {
      return state.tokens;
    },
    githubToken(permissions) {
      const token = `ghs_github_token_${++tokenSerial}`;
      state.tokens.set(token, { kind: 'github-token', permissions: jobPermissions(permissions) });
      return token;
    },
    registerApp(app) {
      apps.set(app.id, { privateKey: app.privateKey, permissions: app.permissions });
    },
    appInstallationToken(id, privateKey, permissions) {
      const app = apps.get(id);
      if (!app) throw new Error(`Not Found: no GitHub App ${id} is installed here`);
      if (app.privateKey !== privateKey)
        throw new Error('A JSON web token could not be decoded: the private key does not match the app');
      // A token can be narrowed to fewer permissions than the app has, never widened.
      const granted: TokenGrant['permissions'] = {};
      for (const [scope, level] of Object.entries(permissions ?? app.permissions) as [Scope, 'read' | 'write'][]) {
        const has = app.permissions[scope];
        if (!has || (has === 'read' && level === 'write'))
          throw new Error(`The permissions requested are not granted to this installation (${scope}: ${level})`);
        granted[scope] = level;
      }
      const token = `ghs_app_${id}_${++tokenSerial}`;
      state.tokens.set(token, { kind: 'app', permissions: granted });
      return token;
    },
    pushEnv(token) {
      const known = state.tokens.get(token);
      if (known === undefined || typeof known === 'string')
        return {
          COCO_PUSH_AS: 'pat',
          COCO_PUSH_WORKFLOWS: known === undefined && state.tokens.size > 0 ? 'none' : 'write',
        };
      return {
        COCO_PUSH_AS: known.kind,
        COCO_PUSH_WORKFLOWS: known.permissions.workflows === 'write' ? 'write' : 'none',
      };
    },
    set tokens(v) {
      state.tokens = v;
    },
    get rateLimit() {
      return state.rateLimit;
    },
    set rateLimit(v) {
      state.rateLimit = v;
    },
    get contentsJsonOnly() {
      return state.contentsJsonOnly;
    },
    set contentsJsonOnly(v) {
      state.contentsJsonOnly = v;
    },
    get bombBytesSent() {
      return state.bombBytesSent;
    },
    fault(match, fault, times = 1) {
      faults.push({ match, fault, left: times });
    },
    log,
    responseProblems,
    count: (match) => log.filter((r) => matches(match, r)).length,
    reset(options = {}) {
      if (!options.keepRepos) {
        for (const r of repos.values()) {
          r.git.close();
          if (r.path.startsWith(root)) rmSync(r.path, { recursive: true, force: true });
        }
        repos.clear();
      }
      faults.splice(0);
      log.splice(0);
      responseProblems.splice(0);
      state.tokens = new Map();
      apps.clear();
      apiEvents.clear();
      state.rateLimit = { limit: 5000, remaining: 5000, reset: Math.floor(Date.now() / 1000) + 3600 };
      state.contentsJsonOnly = false;
      state.bombBytesSent = 0;
      for (const res of hanging) res.destroy();
      hanging.clear();
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const res of hanging) res.destroy();
        for (const r of repos.values()) r.git.close();
        server.closeAllConnections();
        server.close(() => {
          rmSync(root, { recursive: true, force: true });
          resolve();
        });
      }),
  };
  return self;
}
