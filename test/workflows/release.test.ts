import { cpSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { git, repoWithRemote } from '../helpers/git.js';
import { ROOT } from '../helpers/paths.js';
import { localThirdParty } from '../helpers/third-party.js';
import { runWorkflow } from '../helpers/workflow-runner.js';

/**
 * This repository's release.yml, run locally on a copy of its workflows in a repository with a bare
 * remote: the tagging step (npm ci / npm test are skipped here; they are what npm test itself runs).
 */
function releaseRepo(): { work: string; remote: string } {
  const files: Record<string, string> = { 'README.md': 'coco-release-actions\n' };
  const repo = repoWithRemote(files);
  cpSync(join(ROOT, '.github'), join(repo.work, '.github'), { recursive: true });
  git(repo.work, 'add', '-A');
  git(repo.work, 'commit', '-q', '-m', 'workflows');
  git(repo.work, 'push', '-q', 'origin', 'main');
  return repo;
}

const run = (work: string, version: string) =>
  runWorkflow('release.yml', {
    inputs: { version },
    workspace: work,
    thirdParty: localThirdParty(new Map()),
    skip: (step) => step.run === 'npm ci --no-audit --no-fund' || step.run === 'npm test',
  });

describe('release.yml, run locally', () => {
  it('tags vX.Y.Z, moves vX, and a re-run is a no-op', async () => {
    expect(readdirSync(join(ROOT, '.github/workflows'))).toContain('release.yml');
    const { work, remote } = releaseRepo();
    const head = git(work, 'rev-parse', 'HEAD');
    const first = await run(work, 'v1.2.3');
    expect(first.jobs['release']!.result).toBe('success');
    expect(git(remote, 'rev-parse', 'v1.2.3^{commit}')).toBe(head);
    expect(git(remote, 'rev-parse', 'v1^{commit}')).toBe(head);
    expect(git(remote, 'cat-file', '-t', 'v1.2.3')).toBe('tag');

    const again = await run(work, 'v1.2.3');
    expect(again.jobs['release']!.result).toBe('success');
    expect(git(remote, 'rev-parse', 'v1.2.3^{commit}')).toBe(head);

    // The next release moves v1, never v1.2.3.
    git(work, 'commit', '-q', '--allow-empty', '-m', 'next');
    git(work, 'push', '-q', 'origin', 'main');
    const next = git(work, 'rev-parse', 'HEAD');
    expect((await run(work, 'v1.2.4')).jobs['release']!.result).toBe('success');
    expect(git(remote, 'rev-parse', 'v1^{commit}')).toBe(next);
    expect(git(remote, 'rev-parse', 'v1.2.3^{commit}')).toBe(head);
  });

  it('refuses to move an existing release tag and a malformed version', async () => {
    const { work, remote } = releaseRepo();
    const head = git(work, 'rev-parse', 'HEAD');
    expect((await run(work, 'v1.0.0')).jobs['release']!.result).toBe('success');
    git(work, 'commit', '-q', '--allow-empty', '-m', 'later');
    const moved = await run(work, 'v1.0.0');
    expect(moved.jobs['release']!.result).toBe('failure');
    expect(moved.steps.at(-1)!.stdout).toContain('::error::v1.0.0 already exists at');
    expect(git(remote, 'rev-parse', 'v1.0.0^{commit}')).toBe(head);
    const bad = await run(work, '1.0.1');
    expect(bad.jobs['release']!.result).toBe('failure');
    expect(bad.steps.at(-1)!.stdout).toContain("::error::version must be vX.Y.Z, got '1.0.1'");
  });
});
