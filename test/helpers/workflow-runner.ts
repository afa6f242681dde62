import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REGISTRY } from '../../cli/registry.js';
import { parseOutputFile, runBundle } from './bundle.js';
import { runAsBundle } from './in-process.js';
import { ROOT } from './paths.js';
import {
  condition,
  Expression,
  interpolate,
  parseWorkflowFile,
  type Context,
  type Plain,
} from './workflow-expressions.js';
import { tempDir } from './workspace.js';

/**
 * Runs a workflow of this repository locally, job by job and step by step, the way the runner would: the
 * file parsed and validated by GitHub's workflow parser, expressions evaluated by GitHub's evaluator
 * (workflow-expressions.ts), `if:` honoured, the job's `permissions:` made the GITHUB_TOKEN's scopes, `run:` steps
 * executed by bash with their `env:`, this repository's actions run with INPUT_* env through the runner protocol:
 * in this process by default (src/runner.ts runStep, the code the bundles run, so a workflow test costs no Node
 * start-up per step and no rebuild), or from their committed bundles on Node 24 with `bundles: true` (or
 * COCO_WORKFLOW_BUNDLES=1 for every workflow test). Each action keeps its own bundle smoke tests. Third-party actions (checkout,
 * create-pull-request) are handed to `thirdParty`, which the test implements with real git.
 * The workflow file itself drives the test, so a wrong input name or condition in it fails the test.
 */

export const OWN_ACTION = /^confidential-containers\/coco-release-actions\/actions\/([a-z0-9-]+)@/;

export interface StepRecord {
  job: string;
  id: string;
  name: string;
  skipped: boolean;
  outputs: Record<string, string>;
  summary: string;
  stdout: string;
}

export interface ThirdPartyCall {
  uses: string;
  with: Record<string, string>;
  env: Record<string, string>;
  workspace: string;
  /** The job's GITHUB_TOKEN (`github.token`), which actions/checkout persists for later pushes by default. */
  token: string;
  /** Put a directory first on PATH for the job's later steps, as an action does through GITHUB_PATH. */
  addPath(dir: string): void;
}

export interface LocalRunOptions {
  /** workflow_call / workflow_dispatch inputs (strings, as a caller passes them). */
  inputs: Record<string, string>;
  workspace: string;
  github?: Record<string, unknown>;
  secrets?: Record<string, string>;
  /** Configuration variables (`vars`). */
  vars?: Record<string, string>;
  env?: Record<string, string>;
  thirdParty: (call: ThirdPartyCall) => Promise<Record<string, string>>;
  /** Jobs to run (default: all, in `needs` order). */
  jobs?: string[];
  /**
   * Mint the job's GITHUB_TOKEN from its `permissions:` (the workflow's when the job has none); e.g.
   * `server.githubToken`. Without it every job's token is `github.token` (default `ghs_local`).
   */
  githubToken?: (permissions: unknown) => string;
  /** Steps not to execute (recorded as skipped), e.g. `npm test` inside a workflow under test. */
  skip?: (step: { name?: string; run?: string; uses?: string }) => boolean;
  /** Run this repository's actions from dist/ on Node 24, as the runner does, instead of in this process. */
  bundles?: boolean;
}

export interface LocalRunResult {
  steps: StepRecord[];
  jobs: Record<string, { result: 'success' | 'failure' | 'skipped'; outputs: Record<string, string> }>;
}

type Step = {
  id?: string;
  name?: string;
  if?: Plain;
  uses?: string;
  run?: Plain;
  with?: Record<string, Plain>;
  env?: Record<string, Plain>;
  'continue-on-error'?: Plain;
};
type Job = {
  needs?: string | string[];
  if?: Plain;
  permissions?: unknown;
  outputs?: Record<string, Plain>;
  env?: Record<string, Plain>;
  steps: Step[];
};

export interface LoadedWorkflow {
  on: Record<string, { inputs?: Record<string, { default?: unknown; type?: string }> } | null>;
  jobs: Record<string, Job>;
  env?: Record<string, Plain>;
  permissions?: unknown;
}

/** A workflow of this repository, parsed and validated by GitHub's workflow parser. */
export function loadWorkflow(name: string): LoadedWorkflow {
  const wf = parseWorkflowFile(name, readFileSync(join(ROOT, '.github/workflows', name), 'utf8'));
  // `on: push` and `on: [push]` as the mapping form.
  const on = wf['on'];
  if (typeof on === 'string') wf['on'] = { [on]: null };
  else if (Array.isArray(on)) wf['on'] = Object.fromEntries(on.map((e) => [String(e), null]));
  return wf as unknown as LoadedWorkflow;
}

function bash(
  script: string,
  cwd: string,
  env: Record<string, string>,
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      'bash',
      ['--noprofile', '--norc', '-eo', 'pipefail', '-c', script],
      { cwd, env, timeout: 60_000 },
      (error, stdout, stderr) => {
        resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
      },
    );
  });
}

export async function runWorkflow(file: string, options: LocalRunOptions): Promise<LocalRunResult> {
  const wf = loadWorkflow(file);
  const trigger = wf.on['workflow_call'] ?? wf.on['workflow_dispatch'] ?? {};
  const inputs: Record<string, unknown> = {};
  for (const [name, spec] of Object.entries(trigger.inputs ?? {})) {
    const given = options.inputs[name];
    const value = given ?? (spec.default === undefined ? '' : spec.default);
    inputs[name] = spec.type === 'boolean' ? value === true || value === 'true' : value;
  }
  for (const name of Object.keys(options.inputs)) {
    if (!(name in inputs)) throw new Error(`${file}: no input '${name}' in its workflow_call/workflow_dispatch inputs`);
  }
  const github = {
    sha: '0'.repeat(40),
    ref: 'refs/heads/main',
    repository: 'confidential-containers/cloud-api-adaptor',
    run_id: '1',
    token: 'ghs_local',
    workspace: options.workspace,
    ...options.github,
  };
  const result: LocalRunResult = { steps: [], jobs: {} };
  const order = Object.keys(wf.jobs).filter((j) => !options.jobs || options.jobs.includes(j));
  const done = new Set<string>();
  while (done.size < order.length) {
    const next = order.find(
      (j) => !done.has(j) && [wf.jobs[j]!.needs ?? []].flat().every((n) => done.has(n) || !order.includes(n)),
    );
    if (!next) throw new Error(`${file}: cycle in needs`);
    done.add(next);
    const job = wf.jobs[next]!;
    const needs: Record<string, unknown> = {};
    for (const n of [job.needs ?? []].flat()) needs[n] = result.jobs[n] ?? { result: 'skipped', outputs: {} };
    const anyNeedFailed = Object.values(needs).some((n) => (n as { result: string }).result !== 'success');
    const token = options.githubToken ? options.githubToken(job.permissions ?? wf.permissions) : github.token;
    const base: Context = {
      inputs,
      github: { ...github, token },
      secrets: options.secrets ?? {},
      vars: options.vars ?? {},
      needs,
      env: {},
      __status: anyNeedFailed ? 'failure' : 'success',
    };
    if (!condition(job.if, base)) {
      result.jobs[next] = { result: 'skipped', outputs: {} };
      continue;
    }
    const steps: Record<string, { outputs: Record<string, string>; outcome: string; conclusion: string }> = {};
    const jobEnv: Record<string, string> = {};
    const jobPath: string[] = [];
    const withPath = (env: Record<string, string>): Record<string, string> =>
      jobPath.length === 0 ? env : { ...env, PATH: [...jobPath, env['PATH'] ?? process.env['PATH'] ?? ''].join(':') };
    for (const [k, v] of Object.entries({ ...wf.env, ...job.env })) jobEnv[k] = interpolate(v, { ...base, steps });
    let status: 'success' | 'failure' = 'success';
    for (const [i, step] of job.steps.entries()) {
      const id = step.id ?? `__step${i}`;
      const ctx: Context = { ...base, steps, env: jobEnv, __status: status };
      const record: StepRecord = {
        job: next,
        id,
        // A name with ${{ }} is shown evaluated, as GitHub shows it.
        name:
          step.name !== undefined
            ? interpolate(step.name, ctx)
            : (step.uses ?? (typeof step.run === 'string' ? step.run : '')),
        skipped: false,
        outputs: {},
        summary: '',
        stdout: '',
      };
      result.steps.push(record);
      const runText =
        step.run === undefined
          ? undefined
          : typeof step.run === 'string'
            ? step.run
            : (step.run as Expression).expression;
      if (options.skip?.({ name: record.name, run: runText, uses: step.uses }) || !condition(step.if, ctx)) {
        record.skipped = true;
        steps[id] = { outputs: {}, outcome: 'skipped', conclusion: 'skipped' };
        continue;
      }
      const env: Record<string, string> = { ...jobEnv };
      for (const [k, v] of Object.entries(step.env ?? {})) env[k] = interpolate(v, ctx);
      const withs: Record<string, string> = {};
      for (const [k, v] of Object.entries(step.with ?? {})) withs[k] = interpolate(v, ctx);
      let ok = true;
      if (step.uses && OWN_ACTION.test(step.uses)) {
        const name = OWN_ACTION.exec(step.uses)![1]!;
        const def = REGISTRY[name];
        if (!def) throw new Error(`${file}: no action '${name}' in cli/registry.ts`);
        const stepOptions = { workspace: options.workspace, env: withPath({ ...options.env, ...env }) };
        const run =
          options.bundles || process.env['COCO_WORKFLOW_BUNDLES'] === '1'
            ? await runBundle(name, withs, stepOptions)
            : await runAsBundle(def, withs, stepOptions);
        record.outputs = run.outputs;
        record.summary = run.summary;
        record.stdout = run.stdout + run.stderr;
        ok = run.code === 0;
      } else if (step.uses) {
        try {
          record.outputs = await options.thirdParty({
            uses: step.uses,
            with: withs,
            env,
            workspace: options.workspace,
            token,
            addPath: (dir) => jobPath.unshift(dir),
          });
        } catch (e) {
          // A failing action fails its step (and so the job), as on GitHub.
          record.stdout = `::error::${(e as Error).message}`;
          ok = false;
        }
      } else if (step.run !== undefined) {
        const dir = tempDir('coco-step-');
        const outputFile = join(dir, 'output');
        const summaryFile = join(dir, 'summary');
        writeFileSync(outputFile, '');
        writeFileSync(summaryFile, '');
        const script = interpolate(step.run, ctx);
        const r = await bash(
          script,
          options.workspace,
          withPath({
            PATH: process.env['PATH'] ?? '',
            HOME: process.env['HOME'] ?? dir,
            GITHUB_OUTPUT: outputFile,
            GITHUB_STEP_SUMMARY: summaryFile,
            GITHUB_WORKSPACE: options.workspace,
            ...options.env,
            ...env,
          }),
        );
        record.outputs = parseOutputFile(readFileSync(outputFile, 'utf8'));
        record.summary = readFileSync(summaryFile, 'utf8');
        record.stdout = r.stdout + r.stderr;
        ok = r.code === 0;
      }
      // continue-on-error: the step's outcome is failure, its conclusion success, and the job goes on.
      const tolerated = !ok && interpolate(step['continue-on-error'] ?? false, ctx).trim() === 'true';
      steps[id] = {
        outputs: record.outputs,
        outcome: ok ? 'success' : 'failure',
        conclusion: ok || tolerated ? 'success' : 'failure',
      };
      if (!ok && !tolerated) status = 'failure';
    }
    const outputs: Record<string, string> = {};
    for (const [k, v] of Object.entries(job.outputs ?? {})) outputs[k] = interpolate(v, { ...base, steps });
    result.jobs[next] = { result: status, outputs };
  }
  return result;
}

export { ROOT };
