import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT } from '../helpers/paths.js';

/**
 * Issue 24: a workflow composes actions, and the actions hold the logic, where a unit test reaches it. A
 * `run:` step only glues (a few lines: an output from inputs, a summary line); a script in the workflow
 * (`node -e`, a long bash block) is logic no test reaches and a reader has to run in their head.
 */

const DIR = join(ROOT, '.github/workflows');
const MAX_RUN_LINES = 10;
interface RunStep {
  file: string;
  job: string;
  step: string;
  run: string;
}

function runSteps(): RunStep[] {
  const out: RunStep[] = [];
  for (const file of readdirSync(DIR).filter((f) => f.endsWith('.yml') || f.endsWith('.yaml'))) {
    const wf = parse(readFileSync(join(DIR, file), 'utf8')) as {
      jobs?: Record<string, { steps?: { name?: string; id?: string; run?: string }[] }>;
    };
    for (const [job, spec] of Object.entries(wf.jobs ?? {}))
      for (const [i, s] of (spec.steps ?? []).entries())
        if (typeof s.run === 'string') out.push({ file, job, step: s.name ?? s.id ?? `#${i + 1}`, run: s.run });
  }
  return out;
}

/** The lines of a step's script, as the file shows them (a block scalar's final line break ends the last). */
const scriptLines = (run: string): number => run.replace(/\n+$/, '').split('\n').length;

/** A Node script inline: `node -e`, `--eval`, `-p`, `--print` (also as `node24 -e` or with options first). */
const inlineNode = (run: string): boolean =>
  /\bnode[0-9]*\b(?:\s+--?[\w-]+(?:=\S+)?)*?\s+(?:-e|--eval|-p|--print)\b/.test(run);

describe('the workflows glue actions together', () => {
  const steps = runSteps();

  it(`no run: step holds more than ${MAX_RUN_LINES} lines`, () => {
    expect(steps.length).toBeGreaterThan(10);
    const long = steps.filter((s) => scriptLines(s.run) > MAX_RUN_LINES).map((s) => `${s.file} ${s.job} "${s.step}"`);
    expect(long).toEqual([]);
  });

  it('no run: step is a Node script (node -e)', () => {
    expect(steps.filter((s) => inlineNode(s.run)).map((s) => `${s.file} ${s.job} "${s.step}"`)).toEqual([]);
  });

  it('the checks see what they look for', () => {
    expect(scriptLines('a\nb\n')).toBe(2);
    expect(scriptLines('one line')).toBe(1);
    expect(scriptLines(Array.from({ length: 11 }, (_, i) => `echo ${i}`).join('\n') + '\n')).toBe(11);
    for (const run of ["node -e 'x'", 'tag=$(node -e "1")', 'node --eval x', 'node --no-warnings -e x', 'node -p 1'])
      expect(inlineNode(run), run).toBe(true);
    for (const run of ['node scripts/build.mjs', 'echo node-e', 'npm exec -- node x.js', 'nodejs-e'])
      expect(inlineNode(run), run).toBe(false);
  });
});
