#!/usr/bin/env node
// Summarise V8 .cpuprofile files (from `npm run bench -- --profile DIR`): mean self time per function and
// per script, over every profile in the given directories. Start-up cost is spread thin, so a table of
// where the milliseconds go beats reading one flame graph.
//   node scripts/cpu-profile-summary.mjs DIR... [--top N]
import { readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';

const args = process.argv.slice(2);
const top = args.includes('--top') ? Number(args[args.indexOf('--top') + 1]) : 25;
const dirs = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--top');

for (const dir of dirs) {
  const files = readdirSync(dir).filter((f) => f.endsWith('.cpuprofile'));
  const byFunction = new Map();
  const byScript = new Map();
  let total = 0;
  for (const f of files) {
    const profile = JSON.parse(readFileSync(join(dir, f), 'utf8'));
    const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
    const self = new Map();
    for (let i = 0; i < profile.samples.length; i++) {
      const us = profile.timeDeltas[i + 1] ?? 0;
      self.set(profile.samples[i], (self.get(profile.samples[i]) ?? 0) + us);
    }
    for (const [id, us] of self) {
      const { callFrame: cf } = nodes.get(id);
      const script = cf.url ? basename(cf.url) : `(${cf.functionName || 'native'})`;
      const fn = `${cf.functionName || '(anonymous)'} ${script}:${cf.lineNumber + 1}`;
      byFunction.set(fn, (byFunction.get(fn) ?? 0) + us);
      byScript.set(script, (byScript.get(script) ?? 0) + us);
      total += us;
    }
  }
  const n = files.length || 1;
  const ms = (us) => (us / n / 1000).toFixed(2).padStart(7);
  console.log(`\n## ${basename(dir)} (${files.length} profiles, mean ${ms(total)} ms sampled)`);
  console.log('\n  by script');
  for (const [k, v] of [...byScript].sort((a, b) => b[1] - a[1]).slice(0, 12)) console.log(`  ${ms(v)} ms  ${k}`);
  console.log('\n  by function (self time)');
  for (const [k, v] of [...byFunction].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`  ${ms(v)} ms  ${k}`);
}
