import type { ActionDefinition, ActionResult } from '../../src/action.js';
import { inputsFrom } from '../../src/action.js';
import { inputEnvName, readRunnerInput } from '../../src/runner.js';

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
