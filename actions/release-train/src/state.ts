import { throwIfAny, UserError } from '@coco-release/core';
import {
  checkGraph,
  ciKey,
  lookupsNeeded,
  planTrain,
  prKey,
  readPins,
  readPinValue,
  refKey,
  workflowKey,
  type CiState,
  type Graph,
  type GraphPin,
  type Plan,
  type PullRequest,
  type TrainState,
  type Workflow,
  type WorkflowRun,
} from '@coco-release/release-graph';
import { formatTag, versionsOf } from '@coco-release/versioning';
import { loadYaml, readScalar } from '@coco-release/yaml-edit';
import semver from 'semver';
import { GraphqlError, type GithubClient } from '../../../src/github/client.js';
import {
  answeredLookups,
  emptyAnswers,
  fetchAll,
  fileKey,
  isEmpty,
  refKey as answerRefKey,
  tagKey,
  type Wanted,
  unanswered,
} from '../../release-status/src/graphql.js';

/**
 * The facts the planner needs, read in a bounded number of requests:
 *   [0. GraphQL: the start's latest release, when no target is given]
 *   1. GraphQL: every pinned file (the start's at the target tag, the others at their default branch), the
 *      heads of the workflows' branches, the target tag, the newest tags of every component of the train;
 *   2. GraphQL: the tags and commits the pins name (release-status' lookups) and, per component that says
 *      which train it shipped with, that pin's file at its newest release tag;
 *   3. GraphQL, only for the steps that could start: their pull requests by head branch and CI on their commits;
 *   4. REST, one per workflow of those steps: its latest workflow_dispatch runs (GraphQL has no such list).
 * Every request is counted.
 */

export interface Read {
  state: TrainState;
  requests: { graphql: number; rest: number };
}

const lit = (s: string): string => JSON.stringify(s);

/** The steps a plan could start or gate on CI: what request 3 and the runs are asked for. */
function candidates(plan: Plan) {
  return plan.steps.filter(
    (s) => s.workflow && (s.state === 'ready' || (s.state === 'waiting' && s.waitingOn === 'ci')),
  );
}

async function graphql<T>(client: GithubClient, query: string, what: string): Promise<T> {
  try {
    return await client.graphql<T>(query);
  } catch (e) {
    if (e instanceof GraphqlError)
      throw new UserError(`GitHub's GraphQL API refused ${what}: ${e.errors.map((x) => x.message).join('; ')}`);
    if (e instanceof UserError) throw e;
    throw new UserError(`reading ${what} from ${client.graphqlUrl}: ${client.explain(e)}`);
  }
}

export async function readState(
  client: GithubClient,
  graph: Graph,
  options: { target: string | undefined; versions: Record<string, string> },
): Promise<Read> {
  const requests = { graphql: 0, rest: 0 };
  const train = [...graph.components.values()].filter((c) => c.release);
  const start = train.find((c) => c.release!.startsTrain);
  if (!start) throw new UserError(`${graph.file} has no release train: no component has 'release: starts-train: true'`);

  let target = options.target;
  if (target === undefined) {
    requests.graphql++;
    const data = await graphql<{ r: { latestRelease: { tagName: string } | null } | null }>(
      client,
      `query LatestRelease { r: repository(owner: ${lit(start.owner)}, name: ${lit(start.repo)}) { latestRelease { tagName } } }`,
      `the latest release of ${start.repository}`,
    );
    const tag = data.r?.latestRelease?.tagName;
    const version = tag === undefined ? undefined : versionsOf(start.tagFormat, [tag])[0];
    if (version === undefined)
      throw new UserError(
        `${start.repository} has no latest release${tag !== undefined ? ` named as ${start.tagFormat.text} (${tag})` : ''}: give input 'target'`,
      );
    target = version;
  }
  const targetTag = formatTag(start.tagFormat, target);
  const holderRepo = (pin: GraphPin): string => graph.components.get(pin.holder)!.repository;
  const refOf = (pin: GraphPin): string | undefined => (pin.holder === start.name ? targetTag : pin.ref);

  // Request 1.
  const first: Wanted = {
    files: [],
    refs: [],
    tags: [{ repository: start.repository, tag: targetTag }],
    commits: [],
    tagLists: [],
  };
  const seen = new Set<string>();
  for (const pin of graph.pins) {
    const [repo, ref] = [holderRepo(pin), refOf(pin)];
    if (!seen.has(fileKey(repo, ref, pin.file))) first.files.push({ repository: repo, ref, path: pin.file });
    if (!seen.has(answerRefKey(repo, ref))) first.refs.push({ repository: repo, ref });
    seen.add(fileKey(repo, ref, pin.file)).add(answerRefKey(repo, ref));
  }
  const workflows: Workflow[] = [];
  for (const c of train) {
    const r = c.release!;
    if (!r.startsTrain) {
      workflows.push(r.workflow);
      if (!seen.has(answerRefKey(r.workflow.repository, r.workflow.ref)))
        first.refs.push({ repository: r.workflow.repository, ref: r.workflow.ref });
      seen.add(answerRefKey(r.workflow.repository, r.workflow.ref));
    }
    if (!first.tagLists.includes(c.repository)) first.tagLists.push(c.repository);
    // The component's own version on its default branch (issue 22's `current`), with the pins' files.
    if (!r.startsTrain && r.current !== undefined && !seen.has(fileKey(c.repository, undefined, r.current.file))) {
      first.files.push({ repository: c.repository, ref: undefined, path: r.current.file });
      seen.add(fileKey(c.repository, undefined, r.current.file));
    }
  }
  const answers = emptyAnswers();
  await fetchAll(client, first, answers);
  requests.graphql++;
  const errors: UserError[] = [];
  for (const repo of answers.missingRepos.splice(0))
    errors.push(new UserError(`repository ${repo} not found: it does not exist, or the token cannot read it`));
  throwIfAny(errors);
  const targetCommit = answers.tags.get(tagKey(start.repository, targetTag)) ?? null;

  const reads = readPins(graph.pins, (pin) => {
    const file = answers.files.get(fileKey(holderRepo(pin), refOf(pin), pin.file));
    return file && 'text' in file ? { text: file.text, display: pin.file } : undefined;
  });
  // A pin whose file is missing is reported as unreadable, not dropped: the planner blocks its holder.
  const readIds = new Set(reads.map((r) => r.pin.id));
  for (const pin of graph.pins) {
    if (readIds.has(pin.id)) continue;
    const file = answers.files.get(fileKey(holderRepo(pin), refOf(pin), pin.file));
    const ref = answers.refs.get(answerRefKey(holderRepo(pin), refOf(pin)));
    const error =
      ref === null
        ? `${holderRepo(pin)} has no ${refOf(pin) ?? 'default branch'}`
        : file && 'message' in file
          ? file.message
          : `${pin.file} was not read`;
    reads.push({ pin, ok: false, error, line: undefined });
  }
  reads.sort((a, b) => graph.pins.indexOf(a.pin) - graph.pins.indexOf(b.pin));

  // Request 2: lookups, and the released-with pins at each component's newest release tag.
  const release = new Map([[start.name, target]]);
  const needs = lookupsNeeded(graph, reads, release);
  const second = unanswered(needs, answers);
  const newestTag = new Map<string, string>();
  for (const c of train) {
    const r = c.release!;
    if (r.startsTrain || r.releasedWith === undefined) continue;
    const names = (answers.tagLists.get(c.repository) ?? []).map((t) => t.name);
    const newest = versionsOf(c.tagFormat, names).find((v) => semver.prerelease(v) === null);
    if (newest === undefined) continue;
    const tag = formatTag(c.tagFormat, newest);
    newestTag.set(c.name, tag);
    const pin = graph.pins.find((p) => p.id === r.releasedWith)!;
    second.files.push({ repository: c.repository, ref: `refs/tags/${tag}`, path: pin.file });
  }
  if (!isEmpty(second)) {
    await fetchAll(client, second, answers);
    requests.graphql++;
  }

  const report = checkGraph(graph, reads, answeredLookups(answers), {
    release,
    readAt: (pin) => {
      const r = answers.refs.get(answerRefKey(holderRepo(pin), refOf(pin)));
      return { ref: r?.name ?? refOf(pin) ?? 'HEAD', commit: r?.commit };
    },
  });

  const releasedWith: TrainState['releasedWith'] = {};
  for (const [name, tag] of newestTag) {
    const c = graph.components.get(name)!;
    const r = c.release!;
    if (r.startsTrain) continue;
    const pin = graph.pins.find((p) => p.id === r.releasedWith)!;
    const file = answers.files.get(fileKey(c.repository, `refs/tags/${tag}`, pin.file));
    let version: string | undefined;
    if (file && 'text' in file) {
      try {
        const v = readPinValue(pin, file.text, `${pin.file}@${tag}`);
        version = v.value === pin.development ? undefined : v.value.replace(/^v/, '');
      } catch (e) {
        if (!(e instanceof UserError)) throw e;
      }
    }
    releasedWith[name] = { tag, version };
  }

  const current: NonNullable<TrainState['current']> = {};
  for (const c of train) {
    const r = c.release!;
    if (r.startsTrain || r.current === undefined) continue;
    const file = answers.files.get(fileKey(c.repository, undefined, r.current.file));
    if (!file || !('text' in file)) {
      current[c.name] = { error: file && 'message' in file ? file.message : `${r.current.file} was not read` };
      continue;
    }
    try {
      const f = loadYaml(file.text, r.current.file);
      current[c.name] = { version: readScalar(f, r.current.path).value };
    } catch (e) {
      if (!(e instanceof UserError)) throw e;
      current[c.name] = { error: e.message };
    }
  }

  const tags: TrainState['tags'] = {};
  for (const c of train) tags[c.name] = answers.tagLists.get(c.repository) ?? [];
  const heads: Record<string, string> = {};
  for (const w of workflows) {
    const r = answers.refs.get(answerRefKey(w.repository, w.ref));
    if (r) heads[refKey(w.repository, w.ref)] = r.commit;
  }
  const state: TrainState = {
    target,
    targetCommit,
    report,
    tags,
    releasedWith,
    pullRequests: {},
    runs: {},
    heads,
    ci: {},
    current,
    versions: options.versions,
  };

  // Request 3 and the runs: only for the steps that could start now.
  const plan = planTrain(graph, state);
  const steps = candidates(plan);
  if (steps.length === 0) return { state, requests };
  const pulls = new Map<string, { repository: string; branch: string }>();
  const commits = new Map<string, { repository: string; sha: string }>();
  for (const s of steps) {
    const w = s.workflow!;
    if (s.pullRequest !== undefined)
      pulls.set(prKey(w.repository, s.pullRequest), { repository: w.repository, branch: s.pullRequest });
    const commit = plan.versions[s.component]?.commit;
    const repository = commit !== undefined ? graph.components.get(s.component)!.repository : w.repository;
    const sha = commit ?? heads[refKey(w.repository, w.ref)];
    if (sha !== undefined) commits.set(ciKey(repository, sha), { repository, sha });
  }
  if (pulls.size + commits.size > 0) {
    const third = buildThird([...pulls.values()], [...commits.values()]);
    requests.graphql++;
    const data = await graphql<Record<string, unknown>>(client, third.query, 'the pull requests and CI of the train');
    third.read(data, state);
  }
  for (const w of uniqueWorkflows(steps.map((s) => s.workflow!))) {
    requests.rest++;
    state.runs[workflowKey(w)] = await listRuns(client, w);
  }
  return { state, requests };
}

function uniqueWorkflows(ws: Workflow[]): Workflow[] {
  const out = new Map<string, Workflow>();
  for (const w of ws) out.set(workflowKey(w), w);
  return [...out.values()];
}

/** GitHub's rollup of check runs and commit statuses, in the planner's words. */
function ciState(rollup: string | undefined): CiState {
  if (rollup === 'SUCCESS') return 'success';
  if (rollup === 'PENDING' || rollup === 'EXPECTED') return 'pending';
  if (rollup === 'FAILURE' || rollup === 'ERROR') return 'failure';
  return 'none';
}

function buildThird(
  pulls: { repository: string; branch: string }[],
  commits: { repository: string; sha: string }[],
): { query: string; read: (data: Record<string, unknown>, state: TrainState) => void } {
  const byRepo = new Map<string, string[]>();
  const readers: ((data: Record<string, unknown>, state: TrainState) => void)[] = [];
  const field = (repository: string, text: string, read: (v: unknown, state: TrainState) => void) => {
    const fields = byRepo.get(repository) ?? [];
    if (!byRepo.has(repository)) byRepo.set(repository, fields);
    const alias = `a${fields.length}`;
    fields.push(`${alias}: ${text}`);
    const repoAlias = `r${[...byRepo.keys()].indexOf(repository)}`;
    readers.push((data, state) => {
      const node = data[repoAlias] as Record<string, unknown> | null | undefined;
      if (node) read(node[alias], state);
    });
  };
  for (const p of pulls) {
    field(
      p.repository,
      `pullRequests(headRefName: ${lit(p.branch)}, first: 1, orderBy: { field: CREATED_AT, direction: DESC }) { nodes { number url state mergedAt } }`,
      (v, state) => {
        const node = (
          v as { nodes: ({ number: number; url: string; state: string; mergedAt: string | null } | null)[] } | null
        )?.nodes?.[0];
        if (!node) return;
        const pr: PullRequest = {
          number: node.number,
          url: node.url,
          state: node.state === 'MERGED' ? 'merged' : node.state === 'OPEN' ? 'open' : 'closed',
          ...(node.mergedAt ? { mergedAt: node.mergedAt } : {}),
        };
        state.pullRequests[prKey(p.repository, p.branch)] = pr;
      },
    );
  }
  for (const c of commits) {
    field(c.repository, `object(oid: ${lit(c.sha)}) { ... on Commit { statusCheckRollup { state } } }`, (v, state) => {
      const rollup = (v as { statusCheckRollup: { state: string } | null } | null)?.statusCheckRollup?.state;
      state.ci[ciKey(c.repository, c.sha)] = ciState(rollup);
    });
  }
  const parts = [...byRepo].map(([name, fields], i) => {
    const [owner, repo] = name.split('/') as [string, string];
    return `  r${i}: repository(owner: ${lit(owner)}, name: ${lit(repo)}) {\n    ${fields.join('\n    ')}\n  }`;
  });
  return {
    query: `query ReleaseTrain {\n${parts.join('\n')}\n}`,
    read: (data, state) => {
      for (const r of readers) r(data ?? {}, state);
    },
  };
}

interface RunsPage {
  workflow_runs: {
    id: number;
    display_title: string;
    status: string | null;
    conclusion: string | null;
    html_url: string;
    created_at: string;
  }[];
}

/** The newest workflow_dispatch runs of a workflow on its branch: one page is enough for one release. */
export async function listRuns(client: GithubClient, w: Workflow): Promise<WorkflowRun[]> {
  const [owner, repo] = w.repository.split('/') as [string, string];
  try {
    const { data } = await client.request<RunsPage>('GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs', {
      owner,
      repo,
      workflow_id: w.file,
      event: 'workflow_dispatch',
      branch: w.ref,
      per_page: 50,
    });
    return data.workflow_runs.map((r) => ({
      id: r.id,
      title: r.display_title,
      status: r.status ?? 'queued',
      conclusion: r.conclusion,
      url: r.html_url,
      createdAt: r.created_at,
    }));
  } catch (e) {
    throw new UserError(
      `listing the runs of ${w.repository} .github/workflows/${w.file}: ${client.explain(e, {
        notFound: `${w.repository} has no workflow ${w.file} (or the token cannot see it)`,
        forbidden: `the token needs actions: read on ${w.repository}`,
      })}`,
    );
  }
}

/** Start a step: POST …/actions/workflows/{file}/dispatches (204, no body: GitHub says nothing of the run). */
export async function dispatch(client: GithubClient, w: Workflow, inputs: Record<string, string>): Promise<void> {
  const [owner, repo] = w.repository.split('/') as [string, string];
  try {
    await client.request('POST /repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches', {
      owner,
      repo,
      workflow_id: w.file,
      ref: w.ref,
      inputs,
    });
  } catch (e) {
    throw new UserError(
      `dispatching ${w.repository} .github/workflows/${w.file} on ${w.ref}: ${client.explain(e, {
        notFound: `${w.repository} has no workflow ${w.file} with a workflow_dispatch trigger (or the token cannot see it)`,
        forbidden: `the token needs actions: write on ${w.repository}`,
      })}`,
    );
  }
}

/**
 * GitHub answers a dispatch with 204 and creates the run a moment later. Until the run is listed, a
 * conductor run would see the step as ready again: wait until a run of this title that was not there before
 * is listed (conductor runs are serialized by the workflow's concurrency group, so the next one sees it).
 * Returns the requests made and whether the run appeared in time.
 */
export async function confirmDispatch(
  client: GithubClient,
  w: Workflow,
  runName: string,
  before: readonly WorkflowRun[],
  options: { waitMs: number; intervalMs: number },
): Promise<{ requests: number; run: WorkflowRun | undefined }> {
  const known = new Set(before.map((r) => r.id));
  const deadline = Date.now() + options.waitMs;
  let requests = 0;
  for (;;) {
    requests++;
    const run = (await listRuns(client, w)).find((r) => r.title === runName && !known.has(r.id));
    if (run || Date.now() + options.intervalMs > deadline) return { requests, run };
    await new Promise((resolve) => setTimeout(resolve, options.intervalMs));
  }
}
