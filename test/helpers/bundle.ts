import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { NODE24, ROOT } from './paths.js';
import { tempDir } from './workspace.js';

export interface BundleRun {
  code: number;
  stdout: string;
  stderr: string;
  /** Parsed from the GITHUB_OUTPUT file. */
  outputs: Record<string, string>;
  /** Contents of the GITHUB_STEP_SUMMARY file. */
  summary: string;
}

/** Parse a GITHUB_OUTPUT file (`name<<delimiter` records and `name=value` lines) as the runner does. */
export function parseOutputFile(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name, delimiter] = heredoc;
      const value: string[] = [];
      for (i++; i < lines.length && lines[i] !== delimiter; i++) value.push(lines[i]!);
      out[name!] = value.join('\n');
    } else if (line.includes('=')) {
      out[line.slice(0, line.indexOf('='))] = line.slice(line.indexOf('=') + 1);
    }
  }
  return out;
}

/**
 * Run a committed bundle the way the GitHub runner does: Node 24, inputs as `INPUT_<NAME>` (uppercased,
 * hyphens kept), GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files, the workspace as GITHUB_WORKSPACE and cwd.
 * `bundle` is an action name, or '' for the root action (dist/index.js).
 */
export function runBundle(
  bundle: string,
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
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  const entry = join(ROOT, 'dist', bundle, 'index.js');
  return new Promise((resolve) => {
    execFile(
      NODE24,
      [entry],
      { cwd: options.workspace, env, timeout: 60_000, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        resolve({
          code,
          stdout,
          stderr,
          outputs: parseOutputFile(readFileSync(outputFile, 'utf8')),
          summary: readFileSync(summaryFile, 'utf8'),
        });
      },
    );
  });
}

/** The `::error …::message` lines of a run, decoded. */
export function annotations(stdout: string, kind: 'error' | 'warning' = 'error'): string[] {
  return stdout
    .split('\n')
    .filter((l) => l.startsWith(`::${kind}`))
    .map((l) => l.replace(/%0A/g, '\n').replace(/%0D/g, '\r').replace(/%25/g, '%'));
}
