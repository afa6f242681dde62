import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NODE24, ROOT } from '../helpers/paths.js';
import { workspace } from '../helpers/workspace.js';

/**
 * Issue 13, the CLI on a closed pipe: `coco-release bump-versions-yaml … | head -5` ended with an unhandled
 * EPIPE stack trace (after the file was written). It must stop writing quietly, and its exit code must be
 * the action's. The output is made larger than a pipe's buffer (64 KiB) so that the pipe really closes
 * while the CLI is still writing.
 */

const KEYS = 3000;
const FILE = Array.from({ length: KEYS }, (_, i) => `key${i}: old-value-${i}\n`).join('');
const SETS = Array.from({ length: KEYS }, (_, i) => `--set .key${i}=new-value-${i}`).join(' ');

function throughHead(ws: string, args: string): { exit: number; stderr: string; shown: string } {
  const script = `set -o pipefail; ${JSON.stringify(NODE24)} ${JSON.stringify(join(ROOT, 'dist/cli/index.js'))} ${args} | head -5`;
  const r = spawnSync('bash', ['-c', script], { cwd: ws, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { exit: r.status ?? -1, stderr: r.stderr, shown: r.stdout };
}

describe('coco-release … | head -5', () => {
  it('a successful run: exit 0, no EPIPE, the file written, five lines shown', () => {
    const ws = workspace({ 'versions.yaml': FILE });
    const r = throughHead(ws, `bump-versions-yaml --summary --file versions.yaml ${SETS}`);
    expect(r.stderr).not.toMatch(/EPIPE|Error| {4}at /);
    expect(r.exit).toBe(0);
    expect(r.shown.split('\n')).toHaveLength(6);
    expect(r.shown.startsWith('### bump-versions-yaml: `versions.yaml`\n')).toBe(true);
    expect(readFileSync(join(ws, 'versions.yaml'), 'utf8')).toBe(FILE.replaceAll('old-value-', 'new-value-'));
  });

  it('a failing run (the sources disagree): the exit code is the action’s (1), not the pipe’s', () => {
    const ws = workspace({ 'versions.yaml': FILE });
    // 1,500 rows of summary: over 64 KiB.
    const sources = Array.from({ length: 1500 }, (_, i) => `--sources s${i}=versions.yaml#.key${i}`).join(' ');
    const r = throughHead(ws, `check-snapshotter-parity ${sources}`);
    expect(r.exit).toBe(1);
    expect(r.stderr).toContain('error: the sources disagree: ');
    expect(r.stderr).not.toMatch(/EPIPE| {4}at /);
    expect(r.shown.startsWith('### check-snapshotter-parity: ✗ the sources disagree')).toBe(true);
  });

  it('--help into a closed pipe', () => {
    const r = throughHead(workspace(), '--help');
    expect(r.exit).toBe(0);
    expect(r.stderr).toBe('');
  });
});
