import { condition, interpolate, parseWorkflowFile, type Context, type Plain } from './workflow-expressions.js';
import { runWorkflow, type LocalRunOptions, type LocalRunResult } from './workflow-runner.js';

/**
 * A caller workflow as a repository holds it (`on: workflow_dispatch`, each job a call of one of our reusable
 * workflows), run for one dispatch: the file is parsed and validated by GitHub's parser, the dispatch inputs
 * get the caller's defaults, and every job's `if:`, `with:` and `secrets:` are evaluated by GitHub's
 * evaluator. The local workflow runner runs steps, not job-level `uses:`, so each call runs our reusable
 * workflow (.github/workflows of this repository) with the inputs and secrets the caller passes; the
 * `@ref` the caller names is not fetched: the workflow under test is this checkout's.
 */

export const REUSABLE =
  /^confidential-containers\/coco-release-actions\/\.github\/workflows\/([A-Za-z0-9_.-]+\.ya?ml)@/;

interface CallerJob {
  needs?: string | string[];
  if?: Plain;
  uses?: string;
  with?: Record<string, Plain>;
  secrets?: Record<string, Plain> | 'inherit';
  steps?: unknown;
}

export interface CallerRun {
  conclusion: 'success' | 'failure';
  /** Each called workflow's run, by the caller's job id. */
  calls: Record<string, { workflow: string; inputs: Record<string, string>; run: LocalRunResult }>;
}

export async function runCallerWorkflow(
  name: string,
  text: string,
  options: LocalRunOptions & { secrets: Record<string, string> },
): Promise<CallerRun> {
  const wf = parseWorkflowFile(name, text) as unknown as {
    on: Record<string, { inputs?: Record<string, { default?: Plain; type?: string }> } | null>;
    jobs: Record<string, CallerJob>;
  };
  const declared = wf.on['workflow_dispatch']?.inputs ?? {};
  const inputs: Record<string, unknown> = {};
  for (const [k, spec] of Object.entries(declared)) {
    const v = options.inputs[k] ?? (spec.default === undefined ? '' : interpolate(spec.default, {}));
    inputs[k] = spec.type === 'boolean' ? v === 'true' : v;
  }
  const ctx: Context = {
    inputs,
    github: { event_name: 'workflow_dispatch', ...options.github },
    vars: options.vars ?? {},
    secrets: options.secrets,
    needs: {},
  };
  const out: CallerRun = { conclusion: 'success', calls: {} };
  const done = new Set<string>();
  const ids = Object.keys(wf.jobs);
  while (done.size < ids.length) {
    const id = ids.find((j) => !done.has(j) && [wf.jobs[j]!.needs ?? []].flat().every((n) => done.has(n)));
    if (id === undefined) throw new Error(`${name}: cycle in needs`);
    done.add(id);
    const job = wf.jobs[id]!;
    const workflow = job.uses !== undefined ? REUSABLE.exec(job.uses)?.[1] : undefined;
    if (workflow === undefined)
      throw new Error(`${name}: job '${id}' is not a call of a coco-release-actions reusable workflow`);
    if (!condition(job.if, ctx)) continue;
    const withs: Record<string, string> = {};
    for (const [k, v] of Object.entries(job.with ?? {})) withs[k] = interpolate(v, ctx);
    const secrets: Record<string, string> = {};
    if (job.secrets === 'inherit') Object.assign(secrets, options.secrets);
    else for (const [k, v] of Object.entries(job.secrets ?? {})) secrets[k] = interpolate(v, ctx);
    const run = await runWorkflow(workflow, { ...options, inputs: withs, secrets });
    out.calls[id] = { workflow, inputs: withs, run };
    if (Object.values(run.jobs).some((j) => j.result === 'failure')) out.conclusion = 'failure';
  }
  return out;
}
