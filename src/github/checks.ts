import { code, table, UserError } from '@coco-release/core';
import type { GithubClient } from './client.js';

/**
 * The CI gate: a release tag only goes on a commit whose CI passed (KEP-2264's rule). It reads every check
 * run and the combined commit status of the commit (all pages) and passes only when each one succeeded.
 * Success, neutral and skipped count as passed; anything still queued or running, failed, cancelled, timed
 * out or waiting for an action counts as not. No checks at all is not a pass unless the caller allows it.
 */

export interface CheckState {
  kind: 'check run' | 'status';
  name: string;
  /** A check run's conclusion, or its status while it has none; a commit status's state. */
  state: string;
  passed: boolean;
  /** Why it is left out of the verdict (a job of the workflow run doing the checking). */
  ignored?: string;
}

export interface GateOptions {
  owner: string;
  repo: string;
  /** Full commit id. */
  sha: string;
  allowNoChecks: boolean;
  /**
   * GITHUB_RUN_ID of the workflow run asking: its own jobs are still running on the commit (a release job
   * on the commit it releases), so they are listed but do not count.
   */
  ignoreRunId?: string;
  /** How the caller lets a commit without checks through, for the message (e.g. "set allow-no-checks: true"). */
  noChecksHint?: string;
}

export interface GateResult {
  ok: boolean;
  checks: CheckState[];
  /** One line: why the gate passed or not. */
  message: string;
  /** Markdown: the verdict and a table of every check with its state. */
  summary: string;
}

const PASSED = new Set(['success', 'neutral', 'skipped']);

interface CheckRunPage {
  total_count: number;
  check_runs: {
    name: string;
    status: string;
    conclusion: string | null;
    details_url: string | null;
    html_url: string | null;
  }[];
}

interface StatusPage {
  state: string;
  statuses: { context: string; state: string }[];
}

export async function readChecks(client: GithubClient, options: GateOptions): Promise<CheckState[]> {
  const { owner, repo, sha } = options;
  const context = {
    forbidden: `the token needs checks: read and statuses: read on ${owner}/${repo}`,
    notFound: `not found: ${owner}/${repo} does not exist, or the token cannot see it (it needs checks: read and statuses: read)`,
  };
  const runsOf = (p: CheckRunPage) => p.check_runs;
  const statusesOf = (p: StatusPage) => p.statuses;
  let runs: CheckRunPage['check_runs'];
  let statuses: StatusPage['statuses'];
  try {
    [runs, statuses] = await Promise.all([
      client.paginate('GET /repos/{owner}/{repo}/commits/{ref}/check-runs', { owner, repo, ref: sha }, runsOf),
      client.paginate('GET /repos/{owner}/{repo}/commits/{ref}/status', { owner, repo, ref: sha }, statusesOf),
    ]);
  } catch (e) {
    if (e instanceof UserError) throw e;
    throw new UserError(`reading the checks of ${sha} in ${owner}/${repo}: ${client.explain(e, context)}`);
  }
  const ownRun = options.ignoreRunId ? `/actions/runs/${options.ignoreRunId}/` : undefined;
  const out: CheckState[] = runs.map((r) => {
    const state = r.status === 'completed' ? (r.conclusion ?? 'completed') : r.status;
    const check: CheckState = { kind: 'check run', name: r.name, state, passed: PASSED.has(state) };
    if (ownRun && `${r.details_url ?? ''} ${r.html_url ?? ''}`.includes(ownRun)) {
      check.ignored = 'this workflow run';
    }
    return check;
  });
  for (const s of statuses)
    out.push({ kind: 'status', name: s.context, state: s.state, passed: s.state === 'success' });
  return out;
}

export function judgeChecks(checks: CheckState[], options: GateOptions): GateResult {
  const where = `${code(options.sha.slice(0, 12))} in ${code(`${options.owner}/${options.repo}`)}`;
  const counted = checks.filter((c) => !c.ignored);
  const failing = counted.filter((c) => !c.passed);
  const rows = checks.map((c) => [
    c.name,
    c.kind,
    c.state,
    c.ignored ? `ignored (${c.ignored})` : c.passed ? '✓' : '✗',
  ]);
  const listing = checks.length > 0 ? `\n${table(['check', 'kind', 'state', 'passed'], rows)}` : '';
  const target = `${options.sha} in ${options.owner}/${options.repo}`;
  if (counted.length === 0) {
    if (options.allowNoChecks) {
      return {
        ok: true,
        checks,
        message: `no checks on ${target}; allowed`,
        summary: `CI gate: no checks on ${where}; allowed without CI.\n${listing}`,
      };
    }
    const hint = options.noChecksHint ? ` (${options.noChecksHint})` : '';
    return {
      ok: false,
      checks,
      message: `CI gate: no check runs or commit statuses on ${target}, so nothing shows that CI passed${hint}`,
      summary: `CI gate ✗: no check runs or commit statuses on ${where}.\n${listing}`,
    };
  }
  if (failing.length === 0) {
    return {
      ok: true,
      checks,
      message: `all ${counted.length} checks passed on ${target}`,
      summary: `CI gate ✓: all ${counted.length} checks passed on ${where}.\n${listing}`,
    };
  }
  const named = failing.map((c) => `${c.name}: ${c.state}`).join(', ');
  return {
    ok: false,
    checks,
    message: `CI gate: ${failing.length} of ${counted.length} checks on ${target} have not passed (${named})`,
    summary: `CI gate ✗: ${failing.length} of ${counted.length} checks on ${where} have not passed.\n${listing}`,
  };
}

/** Read the checks of a commit and judge them. */
export async function checkGate(client: GithubClient, options: GateOptions): Promise<GateResult> {
  return judgeChecks(await readChecks(client, options), options);
}
