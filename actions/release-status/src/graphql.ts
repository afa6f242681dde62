import { UserError } from '@coco-release/core';
import type { Lookups, lookupsNeeded } from '@coco-release/release-graph';
import { GraphqlError, type GithubClient } from '../../../src/github/client.js';

/**
 * Everything release-status needs from GitHub, asked in ONE GraphQL request: per repository (one alias
 * each), the pinned files (`object(expression: "REF:PATH")`), the commit each holder's ref names, tags
 * (`ref(qualifiedName: "refs/tags/…")`, annotated tags peeled to their commit) and whether commits exist
 * (`object(oid:)`). Strings go into the query as JSON string literals, which GraphQL reads the same way.
 */

export interface Wanted {
  /** `ref` undefined: the default branch (`HEAD`). */
  files: { repository: string; ref: string | undefined; path: string }[];
  /** Which commit (and branch name) each holder's files were read at. */
  refs: { repository: string; ref: string | undefined }[];
  tags: { repository: string; tag: string }[];
  commits: { repository: string; sha: string }[];
  /** Repositories whose newest tags are listed (which release a pinned commit is). */
  tagLists: string[];
}

/** How many of a repository's newest tags are read to name a pinned commit (one page). */
export const TAG_WINDOW = 100;

export type FileAnswer =
  { text: string } | { missing: 'file' | 'ref' | 'directory' | 'binary' | 'truncated'; message: string };

export interface Answers {
  files: Map<string, FileAnswer>;
  /** The ref as shown (the default branch's name, or the ref given) and its commit; null when it does not exist. */
  refs: Map<string, { name: string; commit: string } | null>;
  /** Tag -> commit, null when the repository has no such tag. */
  tags: Map<string, string | null>;
  commits: Map<string, boolean>;
  /** Repository -> its newest tags and their commits. */
  tagLists: Map<string, { name: string; commit: string | null }[]>;
  /** Repositories GitHub does not know (or the token cannot see). */
  missingRepos: string[];
}

export const fileKey = (repository: string, ref: string | undefined, path: string): string =>
  `${repository}\n${ref ?? ''}\n${path}`;
export const refKey = (repository: string, ref: string | undefined): string => `${repository}\n${ref ?? ''}`;
export const tagKey = (repository: string, tag: string): string => `${repository}\n${tag}`;
export const commitKey = tagKey;

export function emptyAnswers(): Answers {
  return {
    files: new Map(),
    refs: new Map(),
    tags: new Map(),
    commits: new Map(),
    tagLists: new Map(),
    missingRepos: [],
  };
}

export function isEmpty(w: Wanted): boolean {
  return w.files.length + w.refs.length + w.tags.length + w.commits.length + w.tagLists.length === 0;
}

/** What the values read need (lookupsNeeded) that the answers do not hold yet: the second request. */
export function unanswered(needs: ReturnType<typeof lookupsNeeded>, answers: Answers): Wanted {
  return {
    files: [],
    refs: [],
    tags: needs.tags.filter((t) => !answers.tags.has(tagKey(t.repository, t.tag))),
    commits: needs.commits.filter((c) => !answers.commits.has(commitKey(c.repository, c.sha))),
    tagLists: needs.tagLists.filter((r) => !answers.tagLists.has(r)),
  };
}

/** checkGraph's lookups, answered from what the requests fetched. */
export function answeredLookups(answers: Answers): Lookups {
  return {
    tagCommit: (repository, tag) => answers.tags.get(tagKey(repository, tag)),
    hasCommit: (repository, sha) => answers.commits.get(commitKey(repository, sha)),
    tagsAt: (repository, sha) => answers.tagLists.get(repository)?.flatMap((t) => (t.commit === sha ? [t.name] : [])),
  };
}

const PEEL =
  '__typename oid ... on Tag { target { __typename oid ... on Tag { target { __typename oid ... on Tag { target { __typename oid } } } } } }';

interface Peeled {
  __typename: string;
  oid: string;
  target?: Peeled;
}

/** An annotated tag (even a tag of a tag) peeled to the commit it names; null when it names no commit. */
function peel(o: Peeled | null | undefined): string | null {
  let at = o;
  for (let i = 0; at && at.__typename === 'Tag' && i < 4; i++) at = at.target;
  return at?.__typename === 'Commit' ? at.oid : null;
}

const lit = (s: string): string => JSON.stringify(s);

type Fetched = (answers: Answers, data: Record<string, unknown>) => void;

export function buildQuery(w: Wanted): { query: string; fetched: Fetched; aliases: Map<string, string> } {
  const repos = new Map<string, { alias: string; fields: string[] }>();
  const repo = (name: string) => {
    let r = repos.get(name);
    if (!r) repos.set(name, (r = { alias: `r${repos.size}`, fields: [] }));
    return r;
  };
  const readers: ((answers: Answers, data: Record<string, unknown>) => void)[] = [];
  const field = (repository: string, text: (alias: string) => string, read: (value: unknown, a: Answers) => void) => {
    const r = repo(repository);
    const alias = `a${r.fields.length}`;
    r.fields.push(`${alias}: ${text(alias)}`);
    readers.push((answers, data) => {
      const node = data[r.alias] as Record<string, unknown> | null | undefined;
      if (node) read(node[alias], answers);
    });
  };

  for (const f of w.files) {
    field(
      f.repository,
      () =>
        `object(expression: ${lit(`${f.ref ?? 'HEAD'}:${f.path}`)}) { __typename ... on Blob { text isBinary isTruncated } }`,
      (v, a) => {
        const o = v as {
          __typename: string;
          text: string | null;
          isBinary: boolean | null;
          isTruncated: boolean;
        } | null;
        const key = fileKey(f.repository, f.ref, f.path);
        const ref = f.ref ?? 'the default branch';
        if (!o) a.files.set(key, { missing: 'file', message: `${f.repository} has no file ${f.path} on ${ref}` });
        else if (o.__typename === 'Tree')
          a.files.set(key, {
            missing: 'directory',
            message: `${f.path} is a directory in ${f.repository}, not a file`,
          });
        else if (o.__typename !== 'Blob')
          a.files.set(key, { missing: 'file', message: `${f.path} in ${f.repository} is not a file` });
        else if (o.isTruncated)
          a.files.set(key, {
            missing: 'truncated',
            message: `${f.repository} ${f.path} is too large for the GraphQL API to return whole`,
          });
        else if (o.text === null || o.isBinary)
          a.files.set(key, { missing: 'binary', message: `${f.repository} ${f.path} is a binary file, not text` });
        else a.files.set(key, { text: o.text });
      },
    );
  }
  for (const r of w.refs) {
    field(
      r.repository,
      () =>
        r.ref === undefined
          ? `defaultBranchRef { name target { ${PEEL} } }`
          : `object(expression: ${lit(r.ref)}) { ${PEEL} }`,
      (v, a) => {
        if (r.ref === undefined) {
          const d = v as { name: string; target: Peeled | null } | null;
          const commit = peel(d?.target);
          a.refs.set(refKey(r.repository, r.ref), d && commit ? { name: d.name, commit } : null);
        } else {
          const commit = peel(v as Peeled | null);
          a.refs.set(refKey(r.repository, r.ref), commit ? { name: r.ref, commit } : null);
        }
      },
    );
  }
  for (const t of w.tags) {
    field(
      t.repository,
      () => `ref(qualifiedName: ${lit(`refs/tags/${t.tag}`)}) { target { ${PEEL} } }`,
      (v, a) => a.tags.set(tagKey(t.repository, t.tag), peel((v as { target: Peeled | null } | null)?.target)),
    );
  }
  for (const c of w.commits) {
    field(
      c.repository,
      () => `object(oid: ${lit(c.sha)}) { __typename }`,
      (v, a) =>
        a.commits.set(commitKey(c.repository, c.sha), (v as { __typename: string } | null)?.__typename === 'Commit'),
    );
  }

  for (const repository of w.tagLists) {
    field(
      repository,
      () =>
        `refs(refPrefix: "refs/tags/", last: ${TAG_WINDOW}, orderBy: { field: TAG_COMMIT_DATE, direction: ASC }) { nodes { name target { ${PEEL} } } }`,
      (v, a) =>
        a.tagLists.set(
          repository,
          ((v as { nodes: ({ name: string; target: Peeled | null } | null)[] } | null)?.nodes ?? [])
            .filter((n) => n !== null)
            .map((n) => ({ name: n.name, commit: peel(n.target) })),
        ),
    );
  }

  const parts = [...repos].map(([name, r]) => {
    const [owner, repoName] = name.split('/') as [string, string];
    return `  ${r.alias}: repository(owner: ${lit(owner)}, name: ${lit(repoName)}) {\n    ${r.fields.join('\n    ')}\n  }`;
  });
  const aliases = new Map([...repos].map(([name, r]) => [r.alias, name]));
  return {
    query: `query ReleaseStatus {\n${parts.join('\n')}\n}`,
    aliases,
    fetched: (answers, data) => {
      for (const [alias, name] of aliases)
        if (data[alias] === null || data[alias] === undefined) answers.missingRepos.push(name);
      for (const read of readers) read(answers, data);
    },
  };
}

/** One GraphQL request for everything wanted, merged into `answers`. */
export async function fetchAll(client: GithubClient, w: Wanted, answers: Answers): Promise<void> {
  const { query, fetched, aliases } = buildQuery(w);
  let data: Record<string, unknown>;
  try {
    data = await client.graphql<Record<string, unknown>>(query);
  } catch (e) {
    if (!(e instanceof GraphqlError)) {
      if (e instanceof UserError) throw e;
      throw new UserError(
        `reading the release graph from ${client.graphqlUrl}: ${client.explain(e, {
          forbidden: 'the token needs contents: read on every repository of the graph',
        })}`,
      );
    }
    const limited = e.errors.find((x) => x.type === 'RATE_LIMITED');
    if (limited)
      throw new UserError(
        `GitHub's GraphQL rate limit is exhausted (${limited.message}); it resets within the hour: run again later`,
      );
    // A repository GitHub does not know answers NOT_FOUND at its alias, and null there; the rest still answers.
    const other = e.errors.filter(
      (x) => !(x.type === 'NOT_FOUND' && x.path?.length === 1 && aliases.has(String(x.path[0]))),
    );
    if (other.length > 0)
      throw new UserError(`GitHub's GraphQL API refused the query: ${other.map((x) => x.message).join('; ')}`);
    data = (e.data ?? {}) as Record<string, unknown>;
  }
  fetched(answers, data ?? {});
}
