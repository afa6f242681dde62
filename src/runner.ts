import { appendFileSync, writeSync } from 'node:fs';
import { EOL } from 'node:os';
import {
  capSummary,
  isStackOverflow,
  isUserError,
  onUndoableWork,
  removeTempFiles,
  type SourcePosition,
} from '@coco-release/core';
import { inputsFrom, type ActionContext, type ActionDefinition } from './action.js';
import { INPUT_DEFAULTS } from './generated/defaults.js';
import { logBlock, logLine } from './log-text.js';

/**
 * The GitHub Actions runner protocol, written out instead of loading @actions/core: inputs from `INPUT_*`,
 * outputs and the job summary appended to the files named by GITHUB_OUTPUT and GITHUB_STEP_SUMMARY,
 * annotations as `::error file=…::` workflow commands. @actions/core 3 pulls in its HTTP client (for OIDC)
 * at load time, which more than doubles the start-up of a bundle; test/unit/runner-protocol.test.ts checks this
 * module's bytes against @actions/core's own.
 */

// String patterns, not /x/g: every global regex is compiled to machine code on its first use, and these run
// once or twice per step.
function escapeData(s: string): string {
  return s.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
}

function escapeProperty(s: string): string {
  return escapeData(s).replaceAll(':', '%3A').replaceAll(',', '%2C');
}

/** `::name key=value,…::message`, escaped exactly as @actions/core does. */
export function workflowCommand(
  name: string,
  properties: Record<string, string | number | undefined>,
  message: string,
): string {
  const props = Object.entries(properties)
    .filter(([, v]) => v !== undefined && v !== '')
    .map(([k, v]) => `${k}=${escapeProperty(String(v))}`)
    .join(',');
  return `::${name}${props ? ` ${props}` : ''}::${escapeData(message)}`;
}

export function annotation(kind: 'error' | 'warning' | 'notice', message: string, pos: SourcePosition = {}): string {
  return workflowCommand(kind, { file: pos.file, line: pos.line, col: pos.col }, message);
}

/** 128 random bits in UUID form. Math.random, not node:crypto: loading crypto costs more start-up time than a
 * whole small run, and the delimiter needs no secrecy: a value that contains it is refused below. */
function randomId(): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(Math.random() * 16).toString(16)).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** One `name<<delimiter` record for GITHUB_OUTPUT, as @actions/core writes it. */
export function outputRecord(name: string, value: string): string {
  const delimiter = `ghadelimiter_${randomId()}`;
  // As @actions/core: a name or value holding the delimiter could smuggle in other outputs.
  if (name.includes(delimiter) || value.includes(delimiter)) throw new Error('output value contains the delimiter');
  return `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`;
}

export function inputEnvName(name: string): string {
  return `INPUT_${name.replaceAll(' ', '_').toUpperCase()}`;
}

/** Inputs come from the environment; an empty one takes the action's own default (the root action has none). */
export function readRunnerInput(actionName: string, env: Readonly<Record<string, string | undefined>>) {
  const defaults = INPUT_DEFAULTS[actionName];
  return (name: string): string => {
    const value = env[inputEnvName(name)] ?? '';
    if (value.trim() !== '') return value;
    // An expression default (`${{ github.token }}`) is the runner's to evaluate; unevaluated it means nothing.
    const fallback = defaults?.[name] ?? '';
    return fallback.includes('${{') ? '' : fallback;
  };
}

/** Set once stdout or stderr is closed (EPIPE): from then on nothing more is written to it. */
const closed = new Set<number>();

/**
 * Write to stdout (fd 1) directly: the first touch of `process.stdout` builds a stream object, which costs
 * a small action a fifth of its run time. Partial writes and a full non-blocking pipe (EAGAIN) are retried;
 * a closed pipe (EPIPE) ends the writing quietly, and the step's exit code still says how the action went.
 */
export function writeStdout(text: string, fd = 1): void {
  if (closed.has(fd)) return;
  let buf = Buffer.from(text, 'utf8');
  while (buf.length > 0) {
    try {
      buf = buf.subarray(writeSync(fd, buf));
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EPIPE') {
        closed.add(fd);
        return;
      }
      if (code !== 'EAGAIN') throw e;
    }
  }
}

/**
 * The runner cancels a step with SIGINT, then SIGTERM. File writes are synchronous, so a signal is handled
 * only between them: when it comes, remove any temp file still ours, say so, and exit (128 + the signal's
 * number, as a shell reports it). Without a handler Node would die at once, possibly in the middle of the
 * renames that replace several files. The handlers go in only when the first file is about to be written
 * or the first git started (onUndoableWork): before that a signal kills the step at once, even in the middle
 * of a long synchronous computation, during which no JavaScript handler could run.
 */
export function exitOnSignals(): void {
  onUndoableWork(() => {
    const signals = { SIGHUP: 129, SIGINT: 130, SIGTERM: 143 } as const;
    for (const [name, code] of Object.entries(signals)) {
      process.once(name, () => {
        removeTempFiles();
        writeStdout(`cancelled by ${name}${EOL}`, 2);
        process.exit(code);
      });
    }
  });
}

/** Where a step's text goes: 1 for stdout, 2 for stderr. A bundle writes to the process; tests collect it. */
export type StepWriter = (text: string, fd: 1 | 2) => void;

/**
 * Run an action as a step under the runner protocol: outputs and summary to their files, everything else
 * written through `write`. Never throws; returns the step's exit code.
 */
export async function runStep<I>(
  def: ActionDefinition<I>,
  env: NodeJS.ProcessEnv,
  write: StepWriter = writeStdout,
): Promise<0 | 1> {
  // Every line printed here is either an escaped workflow command or passed through logLine/logBlock.
  const out = (line: string): void => write(line + EOL, 1);
  let code: 0 | 1 = 0;
  const ctx: ActionContext = {
    workspace: env['GITHUB_WORKSPACE'] || process.cwd(),
    env,
    info: (m) => out(logLine(m)),
    warning: (m, pos) => out(annotation('warning', m, pos)),
    error: (m, pos) => out(annotation('error', m, pos)),
    secret: (v) => {
      if (v) out(workflowCommand('add-mask', {}, v));
    },
  };
  try {
    const inputs = def.readInputs(inputsFrom(readRunnerInput(def.name, env)));
    const result = await def.run(inputs, ctx);
    const outputFile = env['GITHUB_OUTPUT'];
    for (const [name, value] of Object.entries(result.outputs)) {
      if (outputFile) appendFileSync(outputFile, outputRecord(name, value), 'utf8');
      else out(logBlock(`${name}=${value}`));
    }
    const summaryFile = env['GITHUB_STEP_SUMMARY'];
    if (summaryFile && result.summary) appendFileSync(summaryFile, capSummary(result.summary + EOL), 'utf8');
    if (result.failure !== undefined) {
      out(annotation('error', result.failure));
      code = 1;
    }
  } catch (e) {
    code = 1;
    if (isUserError(e)) {
      const errors = 'errors' in e && Array.isArray(e.errors) ? (e.errors as (typeof e)[]) : [e];
      for (const err of errors) out(annotation('error', err.toString(), err.position));
    } else if (isStackOverflow(e)) {
      // Recursion on the input that no check caught first: the input's fault, not a bug to report.
      out(annotation('error', `${def.name}: the input is nested too deeply to be processed (${(e as Error).message})`));
    } else {
      // A bug in this project, not a user mistake: keep the stack so it can be reported.
      out(annotation('error', `${def.name} failed unexpectedly: ${(e as Error)?.message ?? String(e)}`));
      write(logBlock(`${(e as Error)?.stack ?? String(e)}`) + EOL, 2);
    }
  }
  return code;
}

/** Run an action as a step: never throws; a failure sets process.exitCode = 1. */
export async function runOnRunner<I>(def: ActionDefinition<I>, env: NodeJS.ProcessEnv = process.env): Promise<void> {
  if ((await runStep(def, env)) !== 0) process.exitCode = 1;
}

/**
 * An action bundle's entry point: run the step, then exit at once. Everything a step writes (stdout, the
 * output and summary files) is written synchronously, so nothing is lost, and exiting skips tearing down
 * the heap at the end of every run. Called without top-level await, so the bundle needs none of webpack's
 * async-module machinery.
 */
export function runAsStep<I>(def: ActionDefinition<I>): void {
  exitOnSignals();
  runOnRunner(def).then(
    () => process.exit(),
    (e: unknown) => {
      // runOnRunner reports every error itself; this is only a last resort.
      writeStdout(logBlock(`${(e as Error)?.stack ?? String(e)}`) + EOL, 2);
      process.exit(1);
    },
  );
}
