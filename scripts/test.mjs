#!/usr/bin/env node
// `npm test`: everything CI checks, in the order that fails fastest.
//   typecheck -> lint -> check-dist (committed dist/ and generated files match a rebuild)
//   -> workflow lint -> vitest (unit, property, bundle tests on Node 24)
// Ends with one line `tests: N passed, N failed` (and skipped), the form CI reads, with vitest's own counts.
import { spawnSync } from 'node:child_process';
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

for (const [name, cmd, args] of steps) {
  const started = Date.now();
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) {
    console.error(`\nnpm test: step '${name}' failed`);
    console.log(`tests: not run (step '${name}' failed)`);
    process.exit(1);
  }
  console.log(`npm test: ${name} ok (${((Date.now() - started) / 1000).toFixed(1)} s)`);
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
