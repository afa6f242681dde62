import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ActionDefinition, ActionResult } from '../../src/action.js';
import { inputsFrom } from '../../src/action.js';
import { inputEnvName, readRunnerInput, runStep } from '../../src/runner.js';
import { parseOutputFile, type BundleRun } from './bundle.js';
import { tempDir } from './workspace.js';

/** What an action did when run in this process: its result, or the error it threw, and the lines it logged. */
export interface InProcessRun {
  result?: ActionResult;
  /** `String(error)`: `file:line:col: message` for a UserError. */
  error?: string;
  /** Every error of a UserErrors, one string each. */
  errors: string[];
  log: string[];
}

/**
 * Run an action's definition in this process, with its inputs as the runner gives them (action.yml's
 * defaults for those not given): its logic is tested without a bundle, so without a rebuild.
 */
export async function runInProcess<I>(
  def: ActionDefinition<I>,
  inputs: Record<string, string>,
  options: { workspace: string; env?: Record<string, string> },
): Promise<InProcessRun> {
  const env: Record<string, string> = {
    PATH: process.env['PATH'] ?? '/usr/bin:/bin',
    HOME: process.env['HOME'] ?? options.workspace,
    ...options.env,
  };
  for (const [k, v] of Object.entries(inputs)) env[inputEnvName(k)] = v;
  const log: string[] = [];
  const ctx = {
    workspace: options.workspace,
    env,
    info: (m: string) => log.push(m),
    warning: (m: string) => log.push(`warning: ${m}`),
    error: (m: string) => log.push(`error: ${m}`),
    secret: () => {},
  };
  try {
    const result = await def.run(def.readInputs(inputsFrom(readRunnerInput(def.name, env))), ctx);
    return { result, errors: [], log };
  } catch (e) {
    const many = e && typeof e === 'object' && 'errors' in e && Array.isArray(e.errors) ? e.errors : [e];
    return { error: String(e), errors: many.map(String), log };
  }
}

/**
 * Run an action's definition in this process as the runner would run its bundle, and give back what
 * runBundle gives: exit code, stdout (info lines, `::add-mask::`, `::error …::` annotations), stderr (the
 * stack of an unexpected error), outputs and summary, written and parsed through the same files and the
 * same code as a bundle (src/runner.ts runStep), with stdout and stderr collected instead of written to
 * the process, so a test of an action's logic needs no process and no rebuild; the bundles keep their own
 * smoke tests.
 */
export async function runAsBundle<I>(
  def: ActionDefinition<I>,
  inputs: Record<string, string>,
  options: { workspace: string; env?: Record<string, string> },
): Promise<BundleRun> {
  const dir = tempDir('coco-runner-');
  const outputFile = join(dir, 'output');
  const summaryFile = join(dir, 'summary');
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  const env: Record<string, string> = {
    PATH: process.env['PATH'] ?? '/usr/bin:/bin',
    HOME: process.env['HOME'] ?? dir,
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    RUNNER_TEMP: dir,
    ...options.env,
  };
  for (const [name, value] of Object.entries(inputs)) env[inputEnvName(name)] = value;
  let stdout = '';
  let stderr = '';
  // The time zone belongs to the process, not to ctx.env: a TZ given for the step applies while it runs.
  const zone = process.env['TZ'];
  if (options.env?.['TZ'] !== undefined) process.env['TZ'] = options.env['TZ'];
  let code: number;
  try {
    code = await runStep(def, env, (text, fd) => {
      if (fd === 1) stdout += text;
      else stderr += text;
    });
  } finally {
    if (zone === undefined) delete process.env['TZ'];
    else process.env['TZ'] = zone;
  }
  return {
    code,
    stdout,
    stderr,
    outputs: parseOutputFile(readFileSync(outputFile, 'utf8')),
    summary: readFileSync(summaryFile, 'utf8'),
  };
}
