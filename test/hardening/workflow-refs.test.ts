import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT } from '../helpers/paths.js';
import { OWN_ACTION } from '../helpers/workflow-runner.js';

/**
 * Issue 13, movable refs: the reusable workflows called this repository's actions at @v1, so a caller who
 * pinned a workflow by SHA still ran whatever v1 pointed to. On main they now name the previous release by
 * full commit SHA (the release workflow rewrites them to @vX.Y.Z in the commit it tags: see
 * test/workflows/release.test.ts). And release.yml ran npm ci / npm test in the job holding the write token.
 */

const DIR = join(ROOT, '.github/workflows');
const FILES = readdirSync(DIR).filter((f) => f.endsWith('.yml'));
/** Every `uses:` of this repository's actions or reusable workflows: [file, line, ref]. */
const OWN = FILES.flatMap((f) =>
  readFileSync(join(DIR, f), 'utf8')
    .split('\n')
    .map((line, i) => ({
      f,
      line: i + 1,
      m: /^\s*(?:-\s+)?uses:\s*confidential-containers\/coco-release-actions\/(\S+)@(\S+)/.exec(line),
    }))
    .filter((x) => x.m)
    .map((x) => ({ file: x.f, line: x.line, target: x.m![1]!, ref: x.m![2]! })),
);

describe("this repository's own actions in its workflows", () => {
  it('are called each by a full commit SHA: never @v1, a branch or any other movable ref', () => {
    expect(OWN.length).toBeGreaterThanOrEqual(7);
    for (const u of OWN) {
      expect(u.ref, `${u.file}:${u.line}`).toMatch(/^[0-9a-f]{40}$/);
      expect(u.ref).not.toMatch(/^(v\d+(\.\d+)?|main|master)$/);
    }
  });

  it('all at the same commit, one that holds each of those actions', () => {
    const shas = new Set(OWN.map((u) => u.ref));
    expect(shas.size).toBe(1);
    const sha = [...shas][0]!;
    const has = spawnSync('git', ['cat-file', '-e', `${sha}^{commit}`], { cwd: ROOT });
    if (has.status !== 0) {
      console.warn(`skipped: commit ${sha} is not in this clone (a shallow checkout?)`);
      return;
    }
    for (const u of OWN) {
      const file = `${sha}:${u.target}/action.yml`;
      expect(spawnSync('git', ['cat-file', '-e', file], { cwd: ROOT }).status, file).toBe(0);
    }
  });

  it('the local workflow runner resolves such a ref to the local bundle', () => {
    for (const u of OWN) {
      const uses = `confidential-containers/coco-release-actions/${u.target}@${u.ref}`;
      expect(OWN_ACTION.exec(uses)?.[1], uses).toBe(u.target.replace(/^actions\//, ''));
    }
  });
});

describe('release.yml', () => {
  type Step = { uses?: string; run?: string; with?: Record<string, unknown> };
  type Job = { needs?: string; permissions?: Record<string, string>; steps: Step[] };
  const wf = parse(readFileSync(join(DIR, 'release.yml'), 'utf8')) as { jobs: Record<string, Job> };

  it('builds and tests in a job that can write nothing and keeps no credentials', () => {
    const test = wf.jobs['test']!;
    expect(test.permissions).toEqual({ contents: 'read' });
    const checkout = test.steps.find((s) => s.uses?.startsWith('actions/checkout@'))!;
    expect(checkout.with?.['persist-credentials']).toBe(false);
    expect(test.steps.map((s) => s.run).filter(Boolean)).toEqual(
      expect.arrayContaining(['npm ci --no-audit --no-fund', 'npm test']),
    );
  });

  it('tags in a separate job, after the tests, running none of the repository’s code', () => {
    const tag = wf.jobs['tag']!;
    expect(tag.needs).toBe('test');
    // Its GITHUB_TOKEN writes nothing: the push (a workflow change) needs the release App's or RELEASE_TOKEN.
    expect(tag.permissions).toEqual({ contents: 'read' });
    expect(tag.steps.find((s) => s.uses?.startsWith('actions/checkout@'))!.with?.['ref']).toBe(
      '${{ needs.test.outputs.commit }}',
    );
    // tag-actions-release runs as the committed bundle of an earlier commit pinned by full SHA (the previous
    // release on main), never the tested commit's code: the checkout is data it reads, as for checkout.
    for (const s of tag.steps) {
      expect(s.uses ?? '', 'only actions/checkout, create-github-app-token and a pinned tag-actions-release').toMatch(
        /^((actions\/checkout|actions\/create-github-app-token|confidential-containers\/coco-release-actions\/actions\/tag-actions-release)@[0-9a-f]{40})?$/,
      );
      expect(s.run ?? '').not.toMatch(/\b(npm|npx|node|yarn|make)\b/);
    }
    expect(Object.keys(wf.jobs).sort()).toEqual(['tag', 'test']);
  });
});
