import { code, table, text, UserError } from '@coco-release/core';
import type { GithubClient } from './client.js';

/**
 * The CI gate: a release tag only goes on a commit whose CI passed (KEP-2264's rule). It reads every check
 * run and the combined commit status of the commit (all pages). Anything still queued or running, failed,
 * cancelled, timed out or waiting for an action blocks; success, neutral and skipped do not. Evidence is
 * needed too, as any app with `checks: write` can add check runs and skipped/neutral ones show nothing ran:
 * each `required-checks` entry (a name, optionally `app-slug/name`) must be there and have succeeded, or,
 * with none given, at least one check must have succeeded. `allow-no-checks` lets a commit without such
 * evidence through (never one with a failing check).
 */

export interface CheckState {
  kind: 'check run' | 'status';
  name: string;
  /** The GitHub App that made a check run (its slug); a commit status has none. */
  app?: string;
  /** A check run's conclusion, or its status while it has none; a commit status's state. */
  state: string;
  passed: boolean;
  /** Why it is left out of the verdict (a job of the workflow run doing the checking). */
  ignored?: string;
}

/** A check the gate requires: a check run or commit status by name, or a check run of one app. */
export interface RequiredCheck {
  name: string;
  app?: string;
  /** Line in the `required-checks` input, for messages. */
  line: number;
}

export interface GateOptions {
  owner: string;
  repo: string;
  /** Full commit id. */
  sha: string;
  allowNoChecks: boolean;
  /** Each must be there and have succeeded; with none, at least one check must have succeeded. */
  required?: readonly RequiredCheck[];
  /**
   * GITHUB_RUN_ID of the workflow run asking: its own jobs are still running on the commit (a release job
   * on the commit it releases), so they are listed but do not count.
   */
  ignoreRunId?: string;
  /** How the caller lets a commit without checks through, for the message (e.g. "set allow-no-checks: true"). */
  noChecksHint?: string;
}

/** An app slug: lowercase letters, digits and '-' (what GitHub makes of an app's name). */
const APP_SLUG = /^[a-z0-9][a-z0-9-]*$/;

/**
 * The `required-checks` input: one check per line, `name` or `app-slug/name` (a first part that reads as a
 * slug is the app; write `github-actions/a/b` for a GitHub Actions job named `a/b`).
 */
export function parseRequiredChecks(lines: readonly { text: string; line: number }[]): RequiredCheck[] {
  return lines.map(({ text, line }) => {
    const cut = text.indexOf('/');
    const app = cut > 0 ? text.slice(0, cut) : '';
    if (APP_SLUG.test(app) && text.slice(cut + 1).trim() !== '') return { app, name: text.slice(cut + 1).trim(), line };
    return { name: text, line };
  });
}

function requiredName(r: RequiredCheck): string {
  return r.app ? `${r.app}/${r.name}` : r.name;
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
    app?: { slug?: string } | null;
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
    if (r.app?.slug) check.app = r.app.slug;
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
  const target = `${options.sha} in ${options.owner}/${options.repo}`;
  const counted = checks.filter((c) => !c.ignored);
  const failing = counted.filter((c) => !c.passed);
  const required = options.required ?? [];
  const matches = (r: RequiredCheck) =>
    counted.filter((c) => c.name === r.name && (r.app === undefined || c.app === r.app));
  // What the verdict rests on: the checks that block it, else the required ones, else every success.
  const [decided, why] =
    failing.length > 0
      ? [failing, 'blocks']
      : required.length > 0
        ? [counted.filter((c) => required.some((r) => matches(r).includes(c))), 'required']
        : [counted.filter((c) => c.state === 'success'), 'succeeded'];
  const rows = checks.map((c) => [
    code(c.name),
    c.kind,
    c.app ? code(c.app) : '',
    text(c.state),
    c.ignored ? `ignored (${text(c.ignored)})` : c.passed ? '✓' : '✗',
    decided.includes(c) ? why : '',
  ]);
  const listing = checks.length > 0 ? `\n${table(['check', 'kind', 'app', 'state', 'passed', 'decides'], rows)}` : '';
  const verdict = (ok: boolean, message: string, summary: string): GateResult => ({
    ok,
    checks,
    message,
    summary: `${summary}\n${listing}`,
  });
  const named = (list: CheckState[]) => list.map((c) => `${c.name}: ${c.state}`).join(', ');
  if (failing.length > 0) {
    return verdict(
      false,
      `CI gate: ${failing.length} of ${counted.length} checks on ${target} have not passed (${named(failing)})`,
      `CI gate ✗: ${failing.length} of ${counted.length} checks on ${where} have not passed.`,
    );
  }
  const hint = options.noChecksHint ? ` (${options.noChecksHint})` : '';
  if (required.length > 0) {
    const missing = required.filter((r) => matches(r).length === 0);
    const unsucceeded = required.filter((r) => matches(r).some((c) => c.state !== 'success'));
    const problems = [
      ...missing.map((r) => `${requiredName(r)}: not found`),
      ...unsucceeded.map(
        (r) =>
          `${requiredName(r)}: ${matches(r)
            .map((c) => c.state)
            .join(', ')}, not success`,
      ),
    ];
    if (problems.length > 0) {
      return verdict(
        false,
        `CI gate: ${problems.length} of ${required.length} required checks on ${target} did not succeed (${problems.join('; ')})`,
        `CI gate ✗: ${problems.length} of ${required.length} required checks on ${where} did not succeed: ${problems.map(text).join('; ')}.`,
      );
    }
    return verdict(
      true,
      `all ${required.length} required checks succeeded and all ${counted.length} checks passed on ${target}`,
      `CI gate ✓: the ${required.length} required checks succeeded and all ${counted.length} checks passed on ${where}.`,
    );
  }
  if (decided.length === 0) {
    const none = counted.length === 0;
    const what = none
      ? 'no check runs or commit statuses'
      : `no check that succeeded (${counted.length} skipped or neutral)`;
    if (options.allowNoChecks) {
      return verdict(true, `${what} on ${target}; allowed`, `CI gate: ${what} on ${where}; allowed without CI.`);
    }
    return verdict(
      false,
      `CI gate: ${what} on ${target}, so nothing shows that CI passed${hint}`,
      `CI gate ✗: ${what} on ${where}.`,
    );
  }
  return verdict(
    true,
    `all ${counted.length} checks passed on ${target}`,
    `CI gate ✓: all ${counted.length} checks passed on ${where}, ${decided.length} of them succeeded.`,
  );
}

/** Read the checks of a commit and judge them. */
export async function checkGate(client: GithubClient, options: GateOptions): Promise<GateResult> {
  return judgeChecks(await readChecks(client, options), options);
}
