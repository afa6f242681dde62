import { parse } from 'yaml';
import type { ServerRepo } from './github-server.js';

/**
 * The parts of GitHub a release conductor reads and writes that the rest of the test GitHub lacks, kept here
 * (github-server.ts only wires them in):
 * - REST `POST /repos/{o}/{r}/actions/workflows/{file}/dispatches`: refused as GitHub refuses it (404 for a
 *   workflow file that is not on the ref, 422 for a ref that does not exist, a workflow without a
 *   `workflow_dispatch` trigger, an input it does not declare, a required input missing, a value that is not
 *   a string); otherwise 204 and a queued run whose display_title is the workflow's `run-name` with its
 *   `${{ inputs.X }}` filled in (the workflow's name without one), as GitHub shows it;
 * - REST `GET /repos/{o}/{r}/actions/workflows/{file}/runs` (event, branch, status, per_page), newest first;
 * - GraphQL `Repository.pullRequests(headRefName:, states:, first:, orderBy:)` (a closed pull request whose
 *   head is in its base counts as MERGED, as the merge button leaves it) and `Commit.statusCheckRollup`
 *   (check runs and commit statuses of the commit, summed up as GitHub sums them).
 */

export interface WorkflowRunRecord {
  id: number;
  /** The workflow file under .github/workflows. */
  file: string;
  name: string;
  display_title: string;
  event: 'workflow_dispatch';
  head_branch: string;
  head_sha: string;
  status: 'queued' | 'in_progress' | 'completed';
  conclusion: string | null;
  inputs: Record<string, string>;
  created_at: string;
}

interface RepoActions {
  runs: WorkflowRunRecord[];
  /** Pull request number -> when it merged (mergePull's time). */
  mergedAt: Map<number, string>;
}

const store = new WeakMap<ServerRepo, RepoActions>();
let nextRunId = 5_000_000;
/** A clock that only moves forward, one second per event, so run and merge times order as they happened. */
let clock = Date.parse('2026-12-01T00:00:00Z');
const tick = (): string => new Date((clock += 1000)).toISOString().replace(/\.\d+Z$/, 'Z');

export function actionsOf(repo: ServerRepo): RepoActions {
  let a = store.get(repo);
  if (!a) store.set(repo, (a = { runs: [], mergedAt: new Map() }));
  return a;
}

/** The runs of a repository (every workflow), oldest first. */
export function workflowRuns(repo: ServerRepo): WorkflowRunRecord[] {
  return actionsOf(repo).runs;
}

/** What the runner does to a run: start it, or finish it with a conclusion. */
export function setRun(repo: ServerRepo, id: number, status: 'in_progress' | 'completed', conclusion?: string): void {
  const run = actionsOf(repo).runs.find((r) => r.id === id);
  if (!run) throw new Error(`no run ${id} in ${repo.fullName}`);
  run.status = status;
  run.conclusion = status === 'completed' ? (conclusion ?? 'success') : null;
}

/** Record the time a pull request merged (call after mergePull). */
export function markMerged(repo: ServerRepo, number: number): void {
  actionsOf(repo).mergedAt.set(number, tick());
}

export interface ActionsRequest {
  query: URLSearchParams;
  body: Record<string, unknown>;
  need: (level: 'read' | 'write') => void;
  apiUrl: string;
  htmlUrl: string;
}

export type ActionsHandler = (
  repo: ServerRepo,
  params: string[],
  req: ActionsRequest,
) => Promise<{ status: number; body: unknown }>;

const DOCS = 'https://docs.github.com/rest/actions/workflows';
const fail = (status: number, message: string) => ({
  status,
  body: { message, documentation_url: DOCS, status: String(status) },
});

interface WorkflowFile {
  name: string;
  runName: string | undefined;
  dispatch: Record<string, { required?: boolean; default?: unknown }> | undefined;
}

async function workflowAt(repo: ServerRepo, ref: string, file: string): Promise<WorkflowFile | undefined> {
  const blob = await repo.git.reader.object(`${ref}:.github/workflows/${file}`);
  if (!blob || blob.type !== 'blob') return undefined;
  const doc = parse(blob.content.toString('utf8')) as {
    name?: string;
    'run-name'?: string;
    on?: unknown;
  } | null;
  const on = doc?.on;
  const triggers: Record<string, unknown> =
    typeof on === 'string'
      ? { [on]: null }
      : Array.isArray(on)
        ? Object.fromEntries(on.map((t: string) => [t, null]))
        : ((on ?? {}) as Record<string, unknown>);
  const dispatch =
    'workflow_dispatch' in triggers
      ? (((triggers['workflow_dispatch'] as { inputs?: Record<string, { required?: boolean }> } | null)?.inputs ??
          {}) as WorkflowFile['dispatch'])
      : undefined;
  return { name: doc?.name ?? `.github/workflows/${file}`, runName: doc?.['run-name'], dispatch };
}

function runObject(repo: ServerRepo, r: WorkflowRunRecord, req: ActionsRequest): Record<string, unknown> {
  return {
    id: r.id,
    name: r.name,
    display_title: r.display_title,
    event: r.event,
    head_branch: r.head_branch,
    head_sha: r.head_sha,
    path: `.github/workflows/${r.file}`,
    status: r.status,
    conclusion: r.conclusion,
    created_at: r.created_at,
    updated_at: r.created_at,
    html_url: `${req.htmlUrl}/actions/runs/${r.id}`,
    url: `${req.apiUrl}/repos/${repo.fullName}/actions/runs/${r.id}`,
  };
}

export const ACTIONS_ROUTES: [string, RegExp, ActionsHandler][] = [
  [
    'POST',
    /^\/actions\/workflows\/([^/]+)\/dispatches$/,
    async (repo, [file], req) => {
      req.need('write');
      const ref = req.body['ref'];
      if (typeof ref !== 'string' || ref === '') return fail(422, 'Invalid request.\n\n"ref" wasn\'t supplied.');
      const branch = ref.replace(/^refs\/heads\//, '');
      const sha =
        (await repo.git.reader.commitOf(`refs/heads/${branch}`)) ??
        (await repo.git.reader.commitOf(`refs/tags/${branch}`));
      if (!sha) return fail(422, `No ref found for: ${ref}`);
      const wf = await workflowAt(repo, sha, decodeURIComponent(file!));
      if (!wf) return fail(404, 'Not Found');
      if (!wf.dispatch) return fail(422, "Workflow does not have 'workflow_dispatch' trigger");
      const inputs = (req.body['inputs'] ?? {}) as Record<string, unknown>;
      if (typeof inputs !== 'object' || Array.isArray(inputs))
        return fail(422, "Invalid request.\n\nFor 'properties/inputs', is not an object.");
      const unexpected = Object.keys(inputs).filter((k) => !(k in wf.dispatch!));
      if (unexpected.length) return fail(422, `Unexpected inputs provided: ${JSON.stringify(unexpected)}`);
      for (const [k, v] of Object.entries(inputs))
        if (typeof v !== 'string')
          return fail(422, `Invalid request.\n\nFor 'properties/${k}', ${JSON.stringify(v)} is not a string.`);
      for (const [k, spec] of Object.entries(wf.dispatch))
        if (spec?.required && (inputs[k] === undefined || inputs[k] === '') && spec.default === undefined)
          return fail(422, `Required input '${k}' not provided`);
      const values: Record<string, string> = {};
      for (const [k, spec] of Object.entries(wf.dispatch))
        values[k] = (inputs[k] as string | undefined) ?? (spec?.default === undefined ? '' : String(spec.default));
      const title =
        wf.runName === undefined
          ? wf.name
          : wf.runName.replace(/\$\{\{\s*inputs\.([A-Za-z_][A-Za-z0-9_-]*)\s*\}\}/g, (_, k: string) => values[k] ?? '');
      actionsOf(repo).runs.push({
        id: nextRunId++,
        file: decodeURIComponent(file!),
        name: wf.name,
        display_title: title,
        event: 'workflow_dispatch',
        head_branch: branch,
        head_sha: sha,
        status: 'queued',
        conclusion: null,
        inputs: values,
        created_at: tick(),
      });
      return { status: 204, body: undefined };
    },
  ],
  [
    'GET',
    /^\/actions\/workflows\/([^/]+)\/runs$/,
    async (repo, [file], req) => {
      req.need('read');
      const name = decodeURIComponent(file!);
      const head = await repo.git.reader.commitOf(`refs/heads/${repo.git.defaultBranch()}`);
      if (!actionsOf(repo).runs.some((r) => r.file === name) && (!head || !(await workflowAt(repo, head, name))))
        return fail(404, 'Not Found');
      const q = req.query;
      const runs = [...actionsOf(repo).runs]
        .filter((r) => r.file === name)
        .filter((r) => !q.get('event') || r.event === q.get('event'))
        .filter((r) => !q.get('branch') || r.head_branch === q.get('branch'))
        .filter((r) => !q.get('status') || r.status === q.get('status') || r.conclusion === q.get('status'))
        .sort((a, b) => b.id - a.id);
      const perPage = Math.min(100, Math.max(1, Number(q.get('per_page')) || 30));
      return {
        status: 200,
        body: { total_count: runs.length, workflow_runs: runs.slice(0, perPage).map((r) => runObject(repo, r, req)) },
      };
    },
  ],
];

export async function pullRequestsField(
  repo: ServerRepo,
  htmlUrl: string,
  args: {
    headRefName?: string;
    baseRefName?: string;
    states?: string[];
    first?: number;
    last?: number;
    orderBy?: { direction: string };
  },
): Promise<{ nodes: unknown[]; totalCount: number }> {
  if (args.first === undefined && args.last === undefined)
    throw new Error('You must provide a `first` or `last` value to properly paginate the `pullRequests` connection.');
  const merged = async (p: ServerRepo['pulls'][number]): Promise<boolean> => {
    if (p.state !== 'closed') return false;
    if (actionsOf(repo).mergedAt.has(p.number)) return true;
    const head = await repo.git.reader.commitOf(`refs/heads/${p.head}`);
    const base = await repo.git.reader.commitOf(`refs/heads/${p.base}`);
    return !!head && !!base && repo.git.isAncestor(head, base);
  };
  const all = await Promise.all(
    repo.pulls.map(async (p) => ({
      number: p.number,
      url: `${htmlUrl}/pull/${p.number}`,
      state: p.state === 'open' ? 'OPEN' : (await merged(p)) ? 'MERGED' : 'CLOSED',
      mergedAt: actionsOf(repo).mergedAt.get(p.number) ?? null,
      headRefName: p.head,
      baseRefName: p.base,
    })),
  );
  let list = all
    .filter((p) => args.headRefName === undefined || p.headRefName === args.headRefName)
    .filter((p) => args.baseRefName === undefined || p.baseRefName === args.baseRefName)
    .filter((p) => !args.states || args.states.includes(p.state));
  list.sort((a, b) => a.number - b.number);
  if (args.orderBy?.direction === 'DESC') list = list.reverse();
  const nodes = args.first !== undefined ? list.slice(0, args.first) : list.slice(-args.last!);
  return { nodes, totalCount: list.length };
}

/** GitHub's rollup: failing if any check or status failed, pending while any is not done, success when all passed. */
export function statusCheckRollupField(repo: ServerRepo, oid: string): { state: string } | null {
  const runs = repo.checkRuns.filter((r) => r.head_sha === oid);
  const latest = new Map<string, (typeof repo.statuses)[number]>();
  for (const s of [...repo.statuses].sort((a, b) => a.id - b.id)) if (s.sha === oid) latest.set(s.context, s);
  const states = [
    ...runs.map((r) =>
      r.status !== 'completed'
        ? 'PENDING'
        : ['success', 'neutral', 'skipped'].includes(r.conclusion ?? '')
          ? 'SUCCESS'
          : 'FAILURE',
    ),
    ...[...latest.values()].map((s) =>
      s.state === 'success' ? 'SUCCESS' : s.state === 'pending' ? 'PENDING' : 'FAILURE',
    ),
  ];
  if (states.length === 0) return null;
  if (states.includes('FAILURE')) return { state: 'FAILURE' };
  if (states.includes('PENDING')) return { state: 'PENDING' };
  return { state: 'SUCCESS' };
}
