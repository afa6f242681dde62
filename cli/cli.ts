import { isStackOverflow, isUserError, formatPositioned, UserError, type SourcePosition } from '@coco-release/core';
import { inputsFrom, type ActionContext } from '../src/action.js';
import { ACTIONS } from '../src/generated/actions.js';
import { logBlock, logLine } from '../src/log-text.js';
import type { CliIO } from './io.js';
import { REGISTRY } from './registry.js';

export type { CliIO } from './io.js';

/**
 * `coco-release <action> --input value …`: the actions outside GitHub, on the same code. Inputs are named
 * as in action.yml; a flag given twice makes a multi-line input (`--set a=1 --set b=2`); a bare flag is
 * `true`. In a terminal it prints what a person reads: the change lines (stderr) and the diff once, or the
 * summary of an action that has no diff; `--summary` and `--outputs` ask for the job summary and the
 * outputs (`name=value`). Run by the runner (GITHUB_ACTIONS=true), it prints both, as a step would.
 */

type Meta = {
  description: string;
  inputs: Record<string, { description: string; required: boolean; default?: string }>;
  outputs: Record<string, { description: string }>;
};

const meta = (name: string): Meta | undefined => (ACTIONS as unknown as Record<string, Meta>)[name];

export function usage(): string {
  const names = Object.keys(ACTIONS);
  const width = Math.max(...names.map((n) => n.length));
  const lines = names.map((n) => `  ${n.padEnd(width)}  ${firstSentence(meta(n)!.description)}`);
  return [
    'Usage: coco-release <action> [--input value ...] [--summary] [--outputs]',
    '       coco-release <action> --help',
    '       coco-release demo',
    '',
    'Actions:',
    ...lines,
    '',
    "Inputs are the action's inputs from action.yml. Repeat a flag for a multi-line input",
    "(--set '.a=1' --set '.b=2'); a flag with no value means true (--dry-run).",
    'Prints the change lines and the diff (or the summary of an action without one); --summary prints the',
    'job summary, --outputs the outputs (name=value), as a workflow step gives them.',
  ].join('\n');
}

function firstSentence(text: string): string {
  const m = /^(.*?[.:])(\s|$)/.exec(text.replace(/\s+/g, ' '));
  return m ? m[1]! : text;
}

export function actionHelp(name: string): string {
  const m = meta(name)!;
  const out = [
    `Usage: coco-release ${name} [--input value ...]`,
    '',
    m.description.replace(/\s+/g, ' '),
    '',
    'Inputs:',
  ];
  for (const [k, v] of Object.entries(m.inputs)) {
    const tags = [
      v.required ? 'required' : undefined,
      v.default !== undefined && v.default !== '' ? `default: ${v.default}` : undefined,
    ].filter(Boolean);
    out.push(`  --${k}${tags.length ? `  (${tags.join(', ')})` : ''}`, `      ${v.description.replace(/\s+/g, ' ')}`);
  }
  out.push('', 'Outputs:');
  for (const [k, v] of Object.entries(m.outputs)) out.push(`  ${k}`, `      ${v.description.replace(/\s+/g, ' ')}`);
  return out.join('\n');
}

/** Parse `--name value`, `--name=value` and bare `--flag`; repeated names join with newlines. */
export function parseFlags(action: string, args: readonly string[]): Map<string, string> {
  const m = meta(action)!;
  const values = new Map<string, string[]>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (!arg.startsWith('--')) throw new UserError(`unexpected argument '${arg}': inputs are given as --name value`);
    const eq = arg.indexOf('=');
    const name = eq === -1 ? arg.slice(2) : arg.slice(2, eq);
    if (!(name in m.inputs)) {
      throw new UserError(`${action} has no input '${name}'; its inputs are: ${Object.keys(m.inputs).join(', ')}`);
    }
    let value: string;
    if (eq !== -1) value = arg.slice(eq + 1);
    else if (i + 1 < args.length && !args[i + 1]!.startsWith('--')) value = args[++i]!;
    else value = 'true';
    values.set(name, [...(values.get(name) ?? []), value]);
  }
  return new Map([...values].map(([k, v]) => [k, v.join('\n')]));
}

/** Defaults that are workflow expressions (`${{ github.token }}`) mean nothing outside a workflow. */
function usableDefault(value: string | undefined): string {
  return value === undefined || value.includes('${{') ? '' : value;
}

/**
 * The CLI may itself run in a workflow step, where the runner reads its stdout and stderr for workflow
 * commands: everything it prints goes through logLine (one message, one line) or logBlock (text with
 * deliberate line breaks: help, the summary, multi-line outputs).
 */
export async function runCli(argv: readonly string[], rawIO: CliIO): Promise<number> {
  const io: CliIO = { ...rawIO, out: (t) => rawIO.out(logBlock(t)), err: (t) => rawIO.err(logBlock(t)) };
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    io.out(usage());
    return command === undefined ? 1 : 0;
  }
  if (command === 'demo') {
    // The demo runs its steps through runCli, handed to it: demo.ts never imports this module back.
    const { runDemo } = await import('./demo.js');
    return runDemo(rest, io, runCli);
  }
  const def = REGISTRY[command];
  if (!def) {
    io.err(`coco-release: unknown action '${command}'\n\n${usage()}`);
    return 1;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.out(actionHelp(command));
    return 0;
  }
  const problems: string[] = [];
  const report = (kind: string) => (message: string, pos?: SourcePosition) => {
    const line = logLine(`${kind}: ${pos ? formatPositioned(message, pos) : message}`);
    if (kind === 'error') problems.push(line);
    io.err(line);
  };
  const ctx: ActionContext = {
    workspace: io.env['GITHUB_WORKSPACE'] || io.cwd,
    env: io.env,
    info: (m) => io.err(logLine(m)),
    warning: report('warning'),
    error: report('error'),
    secret: () => undefined,
  };
  // Ours, not the action's: what to print.
  const wantSummary = rest.includes('--summary');
  const wantOutputs = rest.includes('--outputs');
  const runner = io.env['GITHUB_ACTIONS'] === 'true';
  try {
    const flags = parseFlags(
      command,
      rest.filter((a) => a !== '--summary' && a !== '--outputs'),
    );
    const m = meta(command)!;
    const raw = (name: string): string => {
      const v = flags.get(name);
      return v !== undefined && v.trim() !== '' ? v : usableDefault(m.inputs[name]?.default);
    };
    const inputs = def.readInputs(inputsFrom(raw));
    const result = await def.run(inputs, ctx);
    const asked = runner || wantSummary || wantOutputs;
    // A person at a terminal reads the diff once (the summary holds it too), else the summary.
    const diff = asked ? undefined : result.outputs['diff'];
    if (diff !== undefined) {
      if (diff !== '') io.out(diff.replace(/\n$/, ''));
    } else if ((runner || wantSummary || !asked) && result.summary) io.out(result.summary.trimEnd() + '\n');
    for (const [name, value] of Object.entries(runner || wantOutputs ? result.outputs : {})) {
      if (value.includes('\n') && io.multilineOutputs === false) continue;
      io.out(value.includes('\n') ? `${name}<<EOF\n${value.replace(/\n$/, '')}\nEOF` : logLine(`${name}=${value}`));
    }
    if (result.failure !== undefined) {
      io.err(`error: ${result.failure}`);
      return 1;
    }
    return problems.length > 0 ? 1 : 0;
  } catch (e) {
    if (isUserError(e)) {
      // One `error:` line per line of the message (git's own output, several errors at once).
      io.err(`error: ${e.toString()}`.replace(/\r?\n/g, '\nerror: '));
      return 1;
    }
    if (isStackOverflow(e)) {
      io.err(`error: the input is nested too deeply to be processed (${(e as Error).message})`);
      return 1;
    }
    io.err(`coco-release ${command} failed unexpectedly: ${(e as Error)?.stack ?? String(e)}`);
    return 2;
  }
}
