import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NODE24, ROOT } from '../helpers/paths.js';
import { snapshotTree, workspace } from '../helpers/workspace.js';

/** Run the committed CLI bundle on Node 24. */
function cli(args: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      NODE24,
      [join(ROOT, 'dist/cli/index.js'), ...args],
      { cwd, env: { PATH: process.env['PATH'] ?? '' } },
      (error, stdout, stderr) => {
        resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
      },
    );
  });
}

describe('coco-release CLI', () => {
  it('lists the actions', async () => {
    const run = await cli(['--help'], ROOT);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Usage: coco-release <action> [--input value ...]');
    expect(run.stdout).toMatch(/\n {2}bump-versions-yaml +Set scalar values in one YAML file/);
  });

  it("prints an action's help from its action.yml", async () => {
    const run = await cli(['bump-versions-yaml', '--help'], ROOT);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('  --file  (required)\n      YAML file to edit, relative to the workspace.');
    expect(run.stdout).toContain('  --dry-run  (default: false)\n');
    expect(run.stdout).toContain('Outputs:\n  changed\n');
  });

  it('runs an action with repeated flags and prints the summary and outputs', async () => {
    const ws = workspace({ 'versions.yaml': 'oci:\n  kata:\n    reference: abc # v4.0.0\n  pause:\n    tag: "3.9"\n' });
    const run = await cli(
      [
        'bump-versions-yaml',
        '--file',
        'versions.yaml',
        '--set',
        '.oci.kata.reference=def # v4.1.0',
        '--set=.oci.pause.tag=3.10',
      ],
      ws,
    );
    expect(run.stderr).toBe(
      'versions.yaml:3: .oci.kata.reference: abc -> def\nversions.yaml:5: .oci.pause.tag: 3.9 -> 3.10\n',
    );
    expect(run.code).toBe(0);
    expect(readFileSync(join(ws, 'versions.yaml'), 'utf8')).toBe(
      'oci:\n  kata:\n    reference: def # v4.1.0\n  pause:\n    tag: "3.10"\n',
    );
    // In a terminal: the change lines (above) and the diff, once; no summary, no outputs.
    expect(run.stdout).toBe(
      [
        '--- a/versions.yaml',
        '+++ b/versions.yaml',
        '@@ -1,5 +1,5 @@',
        ' oci:',
        '   kata:',
        '-    reference: abc # v4.0.0',
        '+    reference: def # v4.1.0',
        '   pause:',
        '-    tag: "3.9"',
        '+    tag: "3.10"',
        '',
      ].join('\n'),
    );
  });

  it('--summary and --outputs print the job summary and the outputs; run by the runner it prints both', async () => {
    const source = 'oci:\n  pause:\n    tag: "3.9"\n';
    const args = ['bump-versions-yaml', '--file', 'versions.yaml', '--set', '.oci.pause.tag=3.10', '--dry-run'];
    const asked = await cli([...args, '--summary', '--outputs'], workspace({ 'versions.yaml': source }));
    expect(asked.code).toBe(0);
    expect(asked.stdout).toContain('| `.oci.pause.tag` | `3.9` | `3.10` | 3 |');
    expect(asked.stdout).toContain('\nchanged=true\n');
    // The diff is in the summary and in the outputs: a terminal without flags shows it once.
    expect(asked.stdout.split('--- a/versions.yaml').length - 1).toBe(2);
    const summaryOnly = await cli([...args, '--summary'], workspace({ 'versions.yaml': source }));
    expect(summaryOnly.stdout).not.toContain('changed=');
    const outputsOnly = await cli([...args, '--outputs'], workspace({ 'versions.yaml': source }));
    expect(outputsOnly.stdout.startsWith('changed=true\n')).toBe(true);
    const ws = workspace({ 'versions.yaml': source });
    const runner = await new Promise<{ stdout: string }>((resolve) =>
      execFile(
        NODE24,
        [join(ROOT, 'dist/cli/index.js'), ...args],
        { cwd: ws, env: { PATH: process.env['PATH'] ?? '', GITHUB_ACTIONS: 'true' } },
        (_e, stdout) => resolve({ stdout }),
      ),
    );
    expect(runner.stdout).toContain('| `.oci.pause.tag` | `3.9` | `3.10` | 3 |');
    expect(runner.stdout).toContain('\nchanged=true\n');
  });

  it('fails clearly on an unknown input or action, changing nothing', async () => {
    const ws = workspace({ 'v.yaml': 'a: 1\n' });
    const before = snapshotTree(ws);
    const bad = await cli(['bump-versions-yaml', '--file', 'v.yaml', '--sett', '.a=2'], ws);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toBe(
      "error: bump-versions-yaml has no input 'sett'; its inputs are: file, set, allow-create, dry-run\n",
    );
    const unknown = await cli(['bump'], ws);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/^coco-release: unknown action 'bump'\n/);
    const missing = await cli(['bump-versions-yaml', '--file', 'v.yaml', '--set', '.b=2'], ws);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toBe(
      "error: v.yaml:1:1: set line 1: .b: no key 'b' in the mapping at line 1 (set allow-create to add it)\n",
    );
    expect(snapshotTree(ws)).toEqual(before);
  });

  it('runs the demo (npm start) without touching examples/', async () => {
    const before = snapshotTree(join(ROOT, 'examples'));
    const run = await cli(['demo'], ROOT);
    expect(run.stderr).not.toContain('error');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('coco-release demo: a CoCo release bump');
    expect(run.stdout).toContain('+    reference: 0d4e8c1b5a2f7e9d3c6b8a0f1e2d3c4b5a6f7e8d # v4.1.0');
    expect(snapshotTree(join(ROOT, 'examples'))).toEqual(before);
  });
});
