import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  buildSchema,
  graphql,
  Kind,
  parse,
  print,
  type DefinitionNode,
  type GraphQLSchema,
  type TypeNode,
} from 'graphql';
import { parseTag, type BareRepo, type GitObjectType, type RefInfo } from './github-git.js';
import { ROOT } from './paths.js';

/**
 * The part of GitHub's GraphQL schema (GitHub's own, @octokit/graphql-schema) that release tooling reads,
 * executed by graphql-js against the
 * server's bare repositories: `repository(owner:, name:)` with `object(expression: "REF:PATH")` (blobs,
 * commits, tags, trees), `ref`, `refs(refPrefix:, first:, after:)` with their targets (an annotated tag's
 * own target too), `defaultBranchRef`, `release(tagName:)`, `latestRelease`, and `rateLimit`. Aliases,
 * fragments, variables and validation are graphql-js's own, so a query GitHub would refuse is refused.
 */

/**
 * The fields the double answers, per type of GitHub's public schema (@octokit/graphql-schema). The schema
 * the double executes is GitHub's, cut to these fields: their types, arguments and nullability are GitHub's,
 * and a query for anything else is refused ("Cannot query field"), never answered with an invented null.
 */
const SERVED: Record<string, string[]> = {
  Query: ['repository', 'rateLimit'],
  RateLimit: ['cost', 'limit', 'remaining', 'used', 'resetAt', 'nodeCount'],
  Node: ['id'],
  RepositoryOwner: ['id', 'login'],
  Organization: ['id', 'login'],
  User: ['id', 'login'],
  Repository: [
    'id',
    'name',
    'nameWithOwner',
    'owner',
    'isPrivate',
    'url',
    'defaultBranchRef',
    'object',
    'ref',
    'refs',
    'release',
    'latestRelease',
    'pullRequests',
  ],
  GitObject: ['id', 'oid', 'abbreviatedOid', 'commitUrl', 'repository'],
  Blob: ['id', 'oid', 'abbreviatedOid', 'commitUrl', 'repository', 'byteSize', 'isBinary', 'isTruncated', 'text'],
  Commit: [
    'id',
    'oid',
    'abbreviatedOid',
    'commitUrl',
    'repository',
    'message',
    'messageHeadline',
    'committedDate',
    'tree',
    'statusCheckRollup',
  ],
  Tree: ['id', 'oid', 'abbreviatedOid', 'commitUrl', 'repository', 'entries'],
  TreeEntry: ['name', 'path', 'type', 'mode', 'oid'],
  Tag: ['id', 'oid', 'abbreviatedOid', 'commitUrl', 'repository', 'name', 'message', 'target', 'tagger'],
  GitActor: ['name', 'email', 'date'],
  Ref: ['id', 'name', 'prefix', 'target', 'repository'],
  RefConnection: ['nodes', 'edges', 'pageInfo', 'totalCount'],
  RefEdge: ['cursor', 'node'],
  PageInfo: ['hasNextPage', 'hasPreviousPage', 'startCursor', 'endCursor'],
  PullRequest: ['id', 'number', 'url', 'state', 'mergedAt', 'headRefName', 'baseRefName'],
  PullRequestConnection: ['nodes', 'totalCount'],
  StatusCheckRollup: ['id', 'state'],
  Release: ['id', 'name', 'tagName', 'isPrerelease', 'isDraft', 'isLatest', 'url', 'createdAt', 'tagCommit'],
};

/**
 * GitHub's schema cut to SERVED (plus the scalars, enums and inputs those fields name), as SDL; cached under
 * node_modules/.cache per schema version, since parsing the whole 1.2 MB schema takes a second or more.
 */
function servedSdl(): string {
  // The package exports only its JS index; its schema file is read where npm installed it.
  const dir = join(ROOT, 'node_modules', '@octokit', 'graphql-schema');
  const file = join(dir, 'schema.graphql');
  const version = (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string }).version;
  const key = createHash('sha256').update(JSON.stringify(SERVED)).digest('hex').slice(0, 12);
  const cacheDir = join(ROOT, 'node_modules', '.cache', 'coco-github-graphql');
  const cache = join(cacheDir, `${version}-${key}.graphql`);
  if (existsSync(cache)) return readFileSync(cache, 'utf8');
  const doc = parse(readFileSync(file, 'utf8'), { noLocation: true });
  const byName = new Map<string, DefinitionNode & { name: { value: string } }>();
  for (const d of doc.definitions) if ('name' in d && d.name) byName.set(d.name.value, d as never);
  const kept = new Map<string, DefinitionNode>();
  const typeName = (t: TypeNode): string => (t.kind === Kind.NAMED_TYPE ? t.name.value : typeName(t.type));
  const want = (name: string): void => {
    if (kept.has(name) || ['String', 'Int', 'Float', 'Boolean', 'ID'].includes(name)) return;
    const d = byName.get(name);
    if (!d) throw new Error(`GitHub's schema has no type ${name}`);
    if (d.kind === Kind.OBJECT_TYPE_DEFINITION || d.kind === Kind.INTERFACE_TYPE_DEFINITION) {
      const fields = SERVED[name];
      if (!fields) throw new Error(`github-graphql: ${name} is reachable but not in SERVED`);
      const cut = {
        ...d,
        description: undefined,
        // An interface is kept where every field it asks for is served (Query's Node is not).
        interfaces: d.interfaces?.filter((i) => SERVED[i.name.value]?.every((f) => fields.includes(f))),
        fields: d.fields?.filter((f) => fields.includes(f.name.value)).map((f) => ({ ...f, description: undefined })),
      };
      const missing = fields.filter((f) => !cut.fields?.some((x) => x.name.value === f));
      if (missing.length) throw new Error(`GitHub's ${name} has no field ${missing.join(', ')}`);
      kept.set(name, cut as DefinitionNode);
      for (const f of cut.fields ?? []) {
        want(typeName(f.type));
        for (const a of f.arguments ?? []) want(typeName(a.type));
      }
      for (const i of cut.interfaces ?? []) want(i.name.value);
    } else {
      kept.set(name, { ...d, description: undefined } as DefinitionNode);
      if (d.kind === Kind.INPUT_OBJECT_TYPE_DEFINITION) for (const f of d.fields ?? []) want(typeName(f.type));
    }
  };
  for (const name of Object.keys(SERVED)) want(name);
  // Types implementing a served interface (Organization, User for RepositoryOwner) are served too.
  const sdl = print({ kind: Kind.DOCUMENT, definitions: [...kept.values()] });
  mkdirSync(cacheDir, { recursive: true });
  const tmp = `${cache}.${process.pid}`;
  writeFileSync(tmp, sdl);
  renameSync(tmp, cache);
  return sdl;
}

let schema: GraphQLSchema | undefined;

export interface GraphqlRepo {
  owner: string;
  name: string;
  bare: BareRepo;
  isPrivate: boolean;
  htmlUrl: string;
  releases: {
    tag_name: string;
    name: string | null;
    prerelease: boolean;
    draft: boolean;
    html_url: string;
    created_at: string;
  }[];
  latestReleaseTag: string | undefined;
  /** Pull requests and CI (test/helpers/github-actions-api.ts); absent: none. */
  pullRequests?: (args: Record<string, unknown>) => unknown;
  statusCheckRollup?: (oid: string) => unknown;
}

export interface GraphqlWorld {
  /** The repository as the caller may see it, or undefined (missing, or private and no access). */
  repository(owner: string, name: string): GraphqlRepo | undefined;
  rateLimit(): { limit: number; remaining: number; used: number; reset: number };
}

/** GitHub's error shape: `type` beside the message (NOT_FOUND, …). */
class GithubGraphqlError extends Error {
  constructor(
    readonly type: string,
    message: string,
  ) {
    super(message);
  }
}

const BLOB_TEXT_LIMIT = 512 * 1024;

type Loaded = { oid: string; type: GitObjectType; content: Buffer } | undefined;

/**
 * One request's git lookups: objects through the repository's long-lived reader (BareRepo.reader), each
 * name resolved once per request, and each ref prefix listed once, so one answer sees one state of the refs.
 */
class Loader {
  private cache = new Map<string, Promise<Loaded>>();
  private refCache = new Map<string, RefInfo[]>();

  constructor(readonly bare: BareRepo) {}

  object(expression: string): Promise<Loaded> {
    let hit = this.cache.get(expression);
    if (!hit) {
      hit = this.bare.reader.object(expression);
      this.cache.set(expression, hit);
    }
    return hit;
  }

  refs(prefix: string): RefInfo[] {
    let hit = this.refCache.get(prefix);
    if (!hit) {
      hit = this.bare.reader.refs(prefix);
      this.refCache.set(prefix, hit);
    }
    return hit;
  }
}

function gitObject(repo: GraphqlRepo, loader: Loader, found: Loaded): Record<string, unknown> | null {
  if (!found) return null;
  const { oid, type, content } = found;
  const common = {
    id: Buffer.from(`${repo.owner}/${repo.name}:${oid}`).toString('base64'),
    oid,
    abbreviatedOid: oid.slice(0, 7),
    commitUrl: `${repo.htmlUrl}/commit/${oid}`,
    repository: () => repository(repo, loader),
  };
  const byOid = async (id: string) => gitObject(repo, loader, await loader.object(id));
  switch (type) {
    case 'blob':
      return {
        __typename: 'Blob',
        ...common,
        byteSize: content.byteLength,
        isBinary: content.includes(0),
        isTruncated: content.byteLength > BLOB_TEXT_LIMIT,
        text: content.includes(0) ? null : content.subarray(0, BLOB_TEXT_LIMIT).toString('utf8'),
      };
    case 'commit': {
      const text = content.toString('utf8');
      const split = text.indexOf('\n\n');
      const headers = text.slice(0, split).split('\n');
      const message = text.slice(split + 2).replace(/\n$/, '');
      const committer = headers.find((l) => l.startsWith('committer ')) ?? '';
      return {
        __typename: 'Commit',
        ...common,
        message,
        messageHeadline: message.split('\n')[0],
        committedDate: new Date(Number(/ (\d+) [+-]\d{4}$/.exec(committer)?.[1] ?? 0) * 1000).toISOString(),
        tree: () => byOid(headers.find((l) => l.startsWith('tree '))!.slice(5)),
        statusCheckRollup: () => repo.statusCheckRollup?.(oid) ?? null,
      };
    }
    case 'tree':
      return {
        __typename: 'Tree',
        ...common,
        entries: async () =>
          (await repo.bare.reader.tree(oid)).map((e) => ({
            name: e.path,
            path: e.path,
            type: e.type,
            mode: parseInt(e.mode, 8),
            oid: e.oid,
          })),
      };
    case 'tag': {
      const tag = parseTag(oid, content);
      return {
        __typename: 'Tag',
        ...common,
        name: tag.tag,
        message: tag.message.replace(/\n$/, ''),
        tagger: () => {
          const m = /^(.*) <(.*)> (\d+) ([+-]\d{4})$/.exec(tag.tagger);
          return m ? { name: m[1], email: m[2], date: new Date(Number(m[3]) * 1000).toISOString() } : null;
        },
        target: () => byOid(tag.object),
      };
    }
  }
}

function ref(
  repo: GraphqlRepo,
  loader: Loader,
  qualified: string,
  oid: string,
  prefix: string,
): Record<string, unknown> {
  return {
    id: Buffer.from(`${repo.owner}/${repo.name}:${qualified}`).toString('base64'),
    name: qualified.slice(prefix.length),
    prefix,
    target: async () => gitObject(repo, loader, await loader.object(oid)),
    repository: () => repository(repo, loader),
  };
}

function release(
  repo: GraphqlRepo,
  loader: Loader,
  r: GraphqlRepo['releases'][number] | undefined,
): Record<string, unknown> | null {
  if (!r) return null;
  return {
    id: Buffer.from(`release:${repo.owner}/${repo.name}:${r.tag_name}`).toString('base64'),
    name: r.name,
    tagName: r.tag_name,
    isPrerelease: r.prerelease,
    isDraft: r.draft,
    isLatest: r.tag_name === repo.latestReleaseTag,
    url: r.html_url,
    createdAt: r.created_at,
    tagCommit: async () => gitObject(repo, loader, await loader.object(`refs/tags/${r.tag_name}^{commit}`)),
  };
}

function repository(repo: GraphqlRepo, loader: Loader): Record<string, unknown> {
  return {
    id: Buffer.from(`${repo.owner}/${repo.name}`).toString('base64'),
    name: repo.name,
    nameWithOwner: `${repo.owner}/${repo.name}`,
    owner: { __typename: 'Organization', id: Buffer.from(`owner:${repo.owner}`).toString('base64'), login: repo.owner },
    isPrivate: repo.isPrivate,
    url: repo.htmlUrl,
    defaultBranchRef: () => {
      const branch = repo.bare.defaultBranch();
      const hit = loader.refs(`refs/heads/${branch}`).find((r) => r.ref === `refs/heads/${branch}`);
      return hit ? ref(repo, loader, hit.ref, hit.oid, 'refs/heads/') : null;
    },
    object: async ({ expression, oid }: { expression?: string; oid?: string }) =>
      gitObject(repo, loader, await loader.object(expression ?? oid ?? '')),
    ref: ({ qualifiedName }: { qualifiedName: string }) => {
      const q = qualifiedName.startsWith('refs/') ? qualifiedName : `refs/heads/${qualifiedName}`;
      const hit = loader.refs(q).find((r) => r.ref === q);
      return hit ? ref(repo, loader, q, hit.oid, q.slice(0, q.lastIndexOf('/') + 1)) : null;
    },
    refs: (args: {
      refPrefix: string;
      first?: number;
      after?: string;
      last?: number;
      query?: string;
      direction?: string;
      orderBy?: { field: 'TAG_COMMIT_DATE' | 'ALPHABETICAL'; direction: 'ASC' | 'DESC' };
    }) => {
      if (args.first === undefined && args.last === undefined) {
        throw new GithubGraphqlError(
          'MISSING_PAGINATION_BOUNDARIES',
          'You must provide a `first` or `last` value to properly paginate the `refs` connection.',
        );
      }
      const count = args.first ?? args.last!;
      if (count > 100) {
        throw new GithubGraphqlError(
          'EXCESSIVE_PAGINATION',
          `Requesting ${count} records on the \`refs\` connection exceeds the \`${args.first !== undefined ? 'first' : 'last'}\` limit of 100 records.`,
        );
      }
      if (!args.refPrefix.endsWith('/')) {
        throw new GithubGraphqlError('UNPROCESSABLE', `refPrefix must end with '/', got '${args.refPrefix}'`);
      }
      let all = loader
        .refs(args.refPrefix)
        .filter((r) => !args.query || r.ref.slice(args.refPrefix.length).includes(args.query));
      // orderBy as GitHub documents it: TAG_COMMIT_DATE is an annotated tag's tagger date, a lightweight
      // tag's commit date (git's creatordate); ALPHABETICAL (and no orderBy) by name.
      if (args.orderBy?.field === 'TAG_COMMIT_DATE') {
        const dates = repo.bare.reader.creatorDates();
        all = [...all].sort((a, b) => (dates.get(a.ref) ?? 0) - (dates.get(b.ref) ?? 0) || (a.ref < b.ref ? -1 : 1));
      }
      const descending = (args.orderBy?.direction ?? args.direction) === 'DESC';
      if (descending) all = [...all].reverse();
      const start = args.after ? Number(Buffer.from(args.after, 'base64').toString('utf8').split(':')[1]) + 1 : 0;
      const page = args.first !== undefined ? all.slice(start, start + count) : all.slice(-count);
      const offset = args.first !== undefined ? start : Math.max(0, all.length - count);
      const cursor = (i: number): string => Buffer.from(`cursor:${offset + i}`).toString('base64');
      const nodes = page.map((r) => ref(repo, loader, r.ref, r.oid, args.refPrefix));
      return {
        nodes,
        edges: nodes.map((node, i) => ({ cursor: cursor(i), node })),
        totalCount: all.length,
        pageInfo: {
          hasNextPage: offset + page.length < all.length,
          hasPreviousPage: offset > 0,
          startCursor: page.length ? cursor(0) : null,
          endCursor: page.length ? cursor(page.length - 1) : null,
        },
      };
    },
    release: ({ tagName }: { tagName: string }) =>
      release(
        repo,
        loader,
        repo.releases.find((r) => r.tag_name === tagName),
      ),
    pullRequests: (args: Record<string, unknown>) => repo.pullRequests?.(args) ?? { nodes: [], totalCount: 0 },
    latestRelease: () =>
      release(
        repo,
        loader,
        repo.releases.find((r) => r.tag_name === repo.latestReleaseTag),
      ),
  };
}

export interface GraphqlAnswer {
  data?: unknown;
  errors?: { type?: string; message: string; path?: readonly (string | number)[]; locations?: unknown }[];
}

export async function executeGraphql(
  world: GraphqlWorld,
  query: string,
  variables: Record<string, unknown> | undefined,
  operationName?: string,
): Promise<GraphqlAnswer> {
  schema ??= buildSchema(servedSdl(), { assumeValidSDL: true });
  const loaders = new Map<string, Loader>();
  const result = await graphql({
    schema,
    source: query,
    variableValues: variables,
    operationName,
    rootValue: {
      repository: ({ owner, name }: { owner: string; name: string }) => {
        const repo = world.repository(owner, name);
        if (!repo) {
          throw new GithubGraphqlError(
            'NOT_FOUND',
            `Could not resolve to a Repository with the name '${owner}/${name}'.`,
          );
        }
        let loader = loaders.get(repo.bare.path);
        if (!loader) loaders.set(repo.bare.path, (loader = new Loader(repo.bare)));
        return repository(repo, loader);
      },
      rateLimit: () => {
        const r = world.rateLimit();
        return { cost: 1, ...r, resetAt: new Date(r.reset * 1000).toISOString() };
      },
    },
  });
  const answer: GraphqlAnswer = {};
  if (result.data !== undefined) answer.data = result.data;
  if (result.errors?.length) {
    answer.errors = result.errors.map((e) => ({
      ...(e.originalError instanceof GithubGraphqlError ? { type: e.originalError.type } : {}),
      message: e.message,
      ...(e.path ? { path: e.path } : {}),
      ...(e.locations ? { locations: e.locations } : {}),
    }));
  }
  return answer;
}
