import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from './workspace.js';

/** Identity for commits made by tests, so they work without any global git config. */
export const GIT_ENV = {
  GIT_AUTHOR_NAME: 'Release Tester',
  GIT_AUTHOR_EMAIL: 'tester@example.com',
  GIT_COMMITTER_NAME: 'Release Tester',
  GIT_COMMITTER_EMAIL: 'tester@example.com',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
};

export function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8', env: { ...process.env, ...GIT_ENV } }).trim();
}

/** A file's exact bytes at a ref (git() trims its output; file content must not be trimmed). */
export function showFile(repo: string, ref: string, path: string): string {
  return execFileSync('git', ['show', `${ref}:${path}`], {
    cwd: repo,
    encoding: 'utf8',
    env: { ...process.env, ...GIT_ENV },
  });
}

/**
 * A repository with the given files committed on main, cloned from a bare repository that serves as its
 * `origin` remote (the way actions/checkout leaves a workspace).
 */
export function repoWithRemote(files: Record<string, string>): { work: string; remote: string } {
  const remote = join(tempDir('coco-remote-'), 'origin.git');
  git(tempDir(), 'init', '-q', '--bare', '-b', 'main', remote);
  const seed = tempDir('coco-seed-');
  git(seed, 'init', '-q', '-b', 'main');
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(seed, path, '..'), { recursive: true });
    writeFileSync(join(seed, path), content);
  }
  git(seed, 'add', '-A');
  git(seed, 'commit', '-q', '-m', 'initial');
  git(seed, 'remote', 'add', 'origin', remote);
  git(seed, 'push', '-q', 'origin', 'main');
  const work = join(tempDir('coco-work-'), 'repo');
  git(tempDir(), 'clone', '-q', remote, work);
  return { work, remote };
}
