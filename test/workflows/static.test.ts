import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT } from '../helpers/paths.js';
import { OWN_ACTION } from '../helpers/workflow-runner.js';

/**
 * Static checks on every workflow: the hardening rules (least privilege, no expressions in scripts,
 * SHA-pinned third-party actions, timeouts, concurrency) and that every call to one of our actions passes
 * only inputs that action declares, including all of its required ones.
 */
type Step = { uses?: string; run?: string; with?: Record<string, unknown> };
type Job = { permissions?: unknown; 'timeout-minutes'?: number; steps?: Step[]; uses?: string };
type Workflow = {
  permissions?: Record<string, string>;
  concurrency?: unknown;
  jobs: Record<string, Job>;
  on: Record<string, unknown>;
};

const DIR = join(ROOT, '.github/workflows');
const FILES = readdirSync(DIR).filter((f) => f.endsWith('.yml'));

function actionInputs(name: string): Record<string, { required?: boolean; default?: unknown }> {
  const file = join(ROOT, 'actions', name, 'action.yml');
  expect(existsSync(file), `actions/${name}/action.yml exists`).toBe(true);
  return (parse(readFileSync(file, 'utf8')) as { inputs: Record<string, { required?: boolean }> }).inputs;
}

it('lints the expected workflows', () => {
  expect(FILES.sort()).toEqual([
    'bump-coco-deps.yml',
    'charts-release.yml',
    'ci.yml',
    'coco-release-train.yml',
    'peer-pods-release.yml',
    'release.yml',
    'snapshotter-parity.yml',
    'subproject-release.yml',
  ]);
});

describe.each(FILES)('%s', (file) => {
  const text = readFileSync(join(DIR, file), 'utf8');
  const wf = parse(text) as Workflow;
  const steps = Object.values(wf.jobs).flatMap((j) => j.steps ?? []);

  it('grants only contents: read at the top; jobs elevate their own permissions', () => {
    expect(wf.permissions).toEqual({ contents: 'read' });
    for (const [name, job] of Object.entries(wf.jobs)) {
      if (job.permissions !== undefined) expect(job.permissions, `${name}.permissions`).toBeTypeOf('object');
      if (JSON.stringify(job.permissions ?? {}).includes('write')) {
        expect(
          [
            'bump-coco-deps.yml',
            'charts-release.yml',
            'coco-release-train.yml',
            'peer-pods-release.yml',
            'release.yml',
            'subproject-release.yml',
          ],
          `${file} ${name} writes`,
        ).toContain(file);
      }
    }
  });

  it('grants checks: read and statuses: read only to the jobs whose CI gate reads them, and only read', () => {
    for (const [name, job] of Object.entries(wf.jobs)) {
      const perms = (job.permissions ?? {}) as Record<string, string>;
      const gated = (job.steps ?? []).some(
        (s) =>
          /\/actions\/github-release@/.test(s.uses ?? '') ||
          (/\/actions\/tag-go-submodules@/.test(s.uses ?? '') && s.with?.['require-checks'] !== undefined),
      );
      if (gated) expect([perms['checks'], perms['statuses']], `${file} ${name}`).toEqual(['read', 'read']);
      else expect([perms['checks'], perms['statuses']], `${file} ${name}`).toEqual([undefined, undefined]);
    }
  });

  it('sets a timeout on every job', () => {
    for (const [name, job] of Object.entries(wf.jobs)) expect(job['timeout-minutes'], name).toBeGreaterThan(0);
  });

  it('never puts an expression inside a run: script (inputs go through env:)', () => {
    for (const step of steps) if (step.run) expect(step.run).not.toContain('${{');
  });

  it('pins every third-party action by full commit SHA, with its version in a comment', () => {
    const lines = text.split('\n').filter((l) => /^\s*(-\s+)?uses:/.test(l));
    for (const line of lines) {
      const uses = line.replace(/^\s*(-\s+)?uses:\s*/, '');
      if (OWN_ACTION.test(uses) || uses.startsWith('./')) continue;
      expect(uses, line).toMatch(/^[\w.-]+\/[\w./-]+@[0-9a-f]{40} # v\d+(\.\d+)*$/);
    }
  });

  it("calls this repository's actions by full commit SHA (test/hardening/workflow-refs.test.ts) with inputs they declare", () => {
    for (const step of steps) {
      if (!step.uses || !OWN_ACTION.test(step.uses)) continue;
      expect(step.uses, step.uses).toMatch(/@[0-9a-f]{40}$/);
      const name = OWN_ACTION.exec(step.uses)![1]!;
      const inputs = actionInputs(name);
      for (const key of Object.keys(step.with ?? {}))
        expect(Object.keys(inputs), `${name} input ${key}`).toContain(key);
      for (const [key, spec] of Object.entries(inputs)) {
        if (spec.required) expect(Object.keys(step.with ?? {}), `${name} requires ${key}`).toContain(key);
      }
    }
  });

  it('uses concurrency so two runs of one release never race', () => {
    if (file !== 'ci.yml') expect(wf.concurrency).toBeDefined();
    // Issue 23: keyed on the phase, not inputs.version (blank in one run, given in another): see
    // test/hardening/concurrency.test.ts.
    if (file === 'peer-pods-release.yml') expect(JSON.stringify(wf.concurrency)).toContain('inputs.phase');
  });
});
