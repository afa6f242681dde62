#!/usr/bin/env node
// `npm test`: everything CI checks. The static checks first, two at a time:
//   typecheck, lint, format, check-dist (committed dist/ and generated files match a rebuild), workflow lint;
//   then vitest (unit, property, bundle tests on Node 24), when they all passed.
// Ends with one line `tests: N passed, N failed` (and skipped), the form CI reads, with vitest's own counts.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { summary } from './test-summary.mjs';

const root = join(import.meta.dirname, '..');
const bin = (name) => join(root, 'node_modules', '.bin', name);
const steps = [
  ['typecheck', bin('tsc'), ['--noEmit', '-p', 'tsconfig.test.json']],
  ['lint', bin('eslint'), ['.']],
  ['format', bin('prettier'), ['--check', '--log-level', 'warn', '.']],
  // typecheck has just checked every source (tsconfig.test.json includes tsconfig.json's files).
  ['check-dist', process.execPath, ['scripts/build.mjs', '--check', '--skip-typecheck']],
];
if (existsSync(join(root, 'scripts/lint-workflows.mjs'))) {
  steps.push(['lint-workflows', process.execPath, ['scripts/lint-workflows.mjs']]);
}

/** One step, its output kept and printed whole when it ends, so that two steps at once never interleave. */
function run([name, cmd, args]) {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn(cmd, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    const out = [];
    child.stdout.on('data', (d) => out.push(d));
    child.stderr.on('data', (d) => out.push(d));
    child.on('close', (code) => {
      process.stdout.write(Buffer.concat(out));
      if (code === 0) console.log(`npm test: ${name} ok (${((Date.now() - started) / 1000).toFixed(1)} s)`);
      resolve({ name, ok: code === 0 });
    });
  });
}

// Two at a time: the machine this runs on has two cores, and each step is one busy process; the wall time of
// the static checks halves, their CPU stays the same. Every step runs even when one fails, so that one run
// reports every problem; the tests run only when all passed.
const results = [];
const queue = [...steps];
await Promise.all(
  [0, 1].map(async () => {
    while (queue.length > 0) results.push(await run(queue.shift()));
  }),
);
const failed = results.filter((r) => !r.ok).map((r) => r.name);
if (failed.length > 0) {
  for (const name of failed) console.error(`\nnpm test: step '${name}' failed`);
  console.log(`tests: not run (step '${failed.join("', '")}' failed)`);
  process.exit(1);
}

mkdirSync(join(root, 'tmp'), { recursive: true });
const report = join(root, 'tmp', 'vitest-report.json');
const r = spawnSync(bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`], {
  cwd: root,
  stdio: 'inherit',
});
const json = existsSync(report) ? JSON.parse(readFileSync(report, 'utf8')) : undefined;
const { lines, ok } = summary(json, r.status, root);
for (const line of lines) console.log(line);
process.exit(ok ? 0 : 1);
