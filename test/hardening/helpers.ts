import { execFile, spawn } from 'node:child_process';
import { join } from 'node:path';
import { NODE24, ROOT } from '../helpers/paths.js';

/**
 * What the GitHub runner makes of a step's output: it reads stdout and stderr line by line, a line ending
 * at `\n`, `\r\n` or a lone `\r` (.NET's ReadLine), and runs as a workflow command every line that starts
 * with `::` after leading blanks (actions/runner ActionCommand.TryParseV2), and every line holding `##[`
 * anywhere (the legacy form, ActionCommand.TryParse).
 */
export function runnerLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

/** The lines the runner would execute as commands. */
export function commandLines(text: string): string[] {
  return runnerLines(text).filter((l) => /^[\s\u0085]*::/.test(l) || l.includes('##['));
}

/** The two payloads of issue 13: a value that starts a new line and runs a command. */
export const VECTORS = ['\n::warning::x', '\r::error::x'] as const;

/** Lines the payload would run: a command line that starts with the injected `::warning::x` / `::error::x`. */
export function injectedCommands(text: string): string[] {
  return commandLines(text).filter((l) => /^[\s\u0085]*::(warning|error)::x/.test(l) || l.includes('##['));
}

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** The committed CLI bundle on Node 24. */
export function cli(args: string[], cwd: string, env: Record<string, string> = {}): Promise<CliRun> {
  return new Promise((resolve) => {
    execFile(
      NODE24,
      [join(ROOT, 'dist/cli/index.js'), ...args],
      { cwd, env: { PATH: process.env['PATH'] ?? '', ...env }, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
      },
    );
  });
}

/** Spawn a bundle as the runner would, returning the child so a test can signal it. */
export function spawnBundle(
  name: string,
  inputs: Record<string, string>,
  options: { workspace: string; env?: Record<string, string>; uid?: number; gid?: number },
) {
  const env: Record<string, string> = {
    PATH: process.env['PATH'] ?? '/usr/bin:/bin',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: options.workspace,
    ...options.env,
  };
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.replace(/ /g, '_').toUpperCase()}`] = v;
  return spawn(NODE24, [join(ROOT, 'dist', name, 'index.js')], {
    cwd: options.workspace,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
    ...(options.uid !== undefined ? { uid: options.uid, gid: options.gid ?? options.uid } : {}),
  });
}

/** Run a bundle to its end (optionally as another user) and collect what it printed. */
export function runAs(
  name: string,
  inputs: Record<string, string>,
  options: { workspace: string; env?: Record<string, string>; uid?: number; gid?: number },
): Promise<CliRun> {
  return new Promise((resolve) => {
    const child = spawnBundle(name, inputs, options);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
    child.on('close', (code) => resolve({ code: code ?? 1, stdout, stderr }));
  });
}
