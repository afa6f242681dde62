import { spawnSync } from 'node:child_process';
import { cpSync, readdirSync, rmSync, statSync, utimesSync, watch, writeFileSync, type FSWatcher } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBundle } from '../helpers/bundle.js';
import { CAA } from '../helpers/paths.js';
import { snapshotTree, tempDir } from '../helpers/workspace.js';
import { spawnBundle } from './helpers.js';
import { loopRuns } from '../helpers/runs.js';

/**
 * Issue 13, kill and cancel: a multi-file pin (pin-kustomize-image on the 9 real cloud-api-adaptor
 * overlays, 8 of which change), run through its bundle and killed at a random moment. Every file must be
 * wholly old or wholly new after any kill; SIGINT (the runner's cancel) must leave all files old or all
 * new and no temp file; temp files left by kill -9 must go at the next run.
 */

const DIR = 'src/cloud-api-adaptor/install/overlays';
const INPUTS = {
  files: `${DIR}/*`,
  image: 'cloud-api-adaptor=*:0d4e8c1b5a2f7e9d3c6b8a0f1e2d3c4b5a6f7e8d',
  'tag-templates': '**/libvirt/**=dev-{tag}\n**/docker/**=dev-{tag}',
  exclude: '**/alibabacloud/**',
};
// 40 of each in `npm run fuzz`, 4 in `npm test` (test/helpers/runs.ts); KILL_RUNS sets the count.
const RUNS = loopRuns(40, process.env['KILL_RUNS']);
const TEMP = /\.coco-release-\d+-[0-9a-z]+\.tmp$/;

function fresh(): string {
  const ws = tempDir('coco-kill-');
  cpSync(join(CAA, DIR), join(ws, DIR), { recursive: true });
  return ws;
}

/** Every temp file of this tool below `dir`. */
function temps(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (TEMP.test(name) || name.endsWith('.tmp')) out.push(relative(dir, p));
    }
  };
  walk(dir);
  return out;
}

/** Put the original overlays back (new inodes: a killed run may have renamed over them). */
function reset(ws: string): void {
  rmSync(join(ws, DIR), { recursive: true, force: true });
  cpSync(join(CAA, DIR), join(ws, DIR), { recursive: true });
}

async function expectedStates(): Promise<{ old: Record<string, string>; new: Record<string, string> }> {
  const ws = fresh();
  const old = snapshotTree(ws);
  const r = await runBundle('pin-kustomize-image', INPUTS, { workspace: ws });
  expect(r.code, r.stdout + r.stderr).toBe(0);
  const now = snapshotTree(ws);
  expect(Object.keys(now).filter((f) => now[f] !== old[f])).toHaveLength(8);
  return { old, new: now };
}

/**
 * Run the bundle and send `signal` at a random moment: on even runs after a random delay over the whole
 * run, on odd runs a random 0-3 ms after the first temp file appears (seen through inotify), so that the
 * few milliseconds in which files are written are hit as often as the rest of the run.
 */
function runAndSignal(ws: string, signal: NodeJS.Signals, run: number) {
  return new Promise<{ code: number | null; signal: string | null; stderr: string }>((resolve) => {
    const watchers: FSWatcher[] = [];
    const child = spawnBundle('pin-kustomize-image', INPUTS, { workspace: ws });
    let stderr = '';
    child.stdout.resume();
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    let timer: NodeJS.Timeout | undefined;
    if (run % 2 === 0) timer = setTimeout(() => child.kill(signal), Math.random() * 150);
    else {
      const fire = (_: string, name: string | null): void => {
        // Any temp file (this tool's current names or the ones before them).
        if (timer || !name || !name.endsWith('.tmp')) return;
        timer = setTimeout(() => child.kill(signal), Math.random() * 3);
      };
      for (const d of readdirSync(join(ws, DIR))) watchers.push(watch(join(ws, DIR, d), fire));
    }
    child.on('close', (code, sig) => {
      clearTimeout(timer);
      for (const w of watchers) w.close();
      resolve({ code, signal: sig, stderr });
    });
  });
}

/** Each file compared with its old and new content: 'old', 'new', 'same' (the pin leaves it) or 'torn'. */
function classify(ws: string, states: { old: Record<string, string>; new: Record<string, string> }) {
  const now = snapshotTree(ws);
  const files = Object.keys(states.old);
  expect(
    Object.keys(now)
      .filter((f) => !TEMP.test(f))
      .sort(),
  ).toEqual(files.sort());
  return files.map((f) =>
    states.old[f] === states.new[f] && now[f] === states.old[f]
      ? 'same'
      : now[f] === states.new[f]
        ? 'new'
        : now[f] === states.old[f]
          ? 'old'
          : 'torn',
  );
}

describe(`a multi-file pin killed at random moments (${RUNS} runs each)`, () => {
  it('kill -9: every file is wholly old or wholly new; the next run converges and leaves no temp file', async () => {
    const states = await expectedStates();
    const ws = fresh();
    const tally = { allOld: 0, allNew: 0, mixed: 0, withTemps: 0 };
    for (let i = 0; i < RUNS; i++) {
      reset(ws);
      await runAndSignal(ws, 'SIGKILL', i);
      const kinds = classify(ws, states);
      expect(kinds, `run ${i}`).not.toContain('torn');
      if (!kinds.includes('new')) tally.allOld++;
      else if (!kinds.includes('old')) tally.allNew++;
      else tally.mixed++;
      if (temps(ws).length > 0) tally.withTemps++;
      // The next run finishes the pin and removes what the killed one left.
      const again = await runBundle('pin-kustomize-image', INPUTS, { workspace: ws });
      expect(again.code, again.stdout + again.stderr).toBe(0);
      expect(snapshotTree(ws)).toEqual(states.new);
      expect(temps(ws)).toEqual([]);
    }
    console.log(`kill -9 x${RUNS}:`, tally);
  }, 120_000);

  it('SIGINT: all files old or all new, no temp file, every time', async () => {
    const states = await expectedStates();
    const ws = fresh();
    const tally = { allOld: 0, allNew: 0, cancelled: 0 };
    for (let i = 0; i < RUNS; i++) {
      reset(ws);
      const r = await runAndSignal(ws, 'SIGINT', i);
      const now = snapshotTree(ws);
      const state = JSON.stringify(now) === JSON.stringify(states.old) ? 'old' : 'new';
      expect(now, `run ${i}`).toEqual(state === 'old' ? states.old : states.new);
      expect(temps(ws), `run ${i}`).toEqual([]);
      if (state === 'old') tally.allOld++;
      else tally.allNew++;
      if (r.code === 130) {
        tally.cancelled++;
        expect(r.stderr).toContain('cancelled by SIGINT\n');
      }
    }
    console.log(`SIGINT x${RUNS}:`, tally);
  }, 120_000);
});

describe('temp files a killed run left behind', () => {
  it('are removed by the next run beside the files it reads, even when nothing changes; others are kept', async () => {
    const states = await expectedStates();
    const ws = fresh();
    for (const [f, content] of Object.entries(states.new)) writeFileSync(join(ws, f), content);
    // A process that has exited: its id is free (unless reused, which the age rule covers).
    const gone = spawnSync('true').pid!;
    const aws = join(ws, DIR, 'aws');
    const dead = join(aws, `.kustomization.yaml.coco-release-${gone}-1abc.tmp`);
    const ancient = join(aws, `.kustomization.yaml.coco-release-${process.pid}-2abc.tmp`);
    const running = join(aws, `.kustomization.yaml.coco-release-${process.pid}-3abc.tmp`);
    const foreign = join(aws, '.kustomization.yaml.swp.tmp');
    for (const p of [dead, ancient, running, foreign]) writeFileSync(p, 'partial');
    utimesSync(ancient, new Date(Date.now() - 3600_000), new Date(Date.now() - 3600_000));

    const dry = await runBundle('pin-kustomize-image', { ...INPUTS, 'dry-run': 'true' }, { workspace: ws });
    expect(dry.code).toBe(0);
    expect(temps(ws).sort()).toHaveLength(4);

    const r = await runBundle('pin-kustomize-image', INPUTS, { workspace: ws });
    expect(r.code).toBe(0);
    expect(r.outputs['changed-files']).toBe('[]');
    // The test process is alive and its temp file is recent: that could be a run in progress.
    expect(temps(ws).sort()).toEqual([running, foreign].map((p) => relative(ws, p)).sort());
  });
});
