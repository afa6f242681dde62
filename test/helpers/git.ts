import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { processCacheDir } from './github-git.js';
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

const pairs = new Map<string, { work: string; remote: string }>();

/**
 * A working repository and its bare `origin`, made by `build` (in the empty directory it is given) the
 * first time this process asks for `key`, and copied from then on, the copy's origin set to its own remote:
 * one git process. What else `build` returns (a commit id) comes back with each copy.
 */
export function copiedRepoPair<T extends { work: string; remote: string }>(key: string, build: (at: string) => T): T {
  let first = pairs.get(key) as T | undefined;
  if (!first) {
    const at = join(processCacheDir(), `repo-pair-${pairs.size}`);
    mkdirSync(at, { recursive: true });
    first = build(at);
    pairs.set(key, first);
  }
  const remote = join(tempDir('coco-remote-'), basename(first.remote));
  const work = join(tempDir('coco-work-'), basename(first.work));
  cpSync(first.remote, remote, { recursive: true });
  // Timestamps kept: the index's stat data still matches, so git needs not re-read every file.
  cpSync(first.work, work, { recursive: true, preserveTimestamps: true });
  git(work, 'remote', 'set-url', 'origin', remote);
  return { ...first, work, remote };
}

/**
 * A repository with the given files committed on main, cloned from a bare repository that serves as its
 * `origin` remote (the way actions/checkout leaves a workspace). Built once per content (copiedRepoPair).
 */
export function repoWithRemote(files: Record<string, string>): { work: string; remote: string } {
  return copiedRepoPair(`repoWithRemote ${JSON.stringify(files)}`, (at) => {
    const remote = join(at, 'origin.git');
    git(at, 'init', '-q', '--bare', '-b', 'main', remote);
    const seed = join(at, 'seed');
    git(at, 'init', '-q', '-b', 'main', seed);
    for (const [path, content] of Object.entries(files)) {
      mkdirSync(join(seed, path, '..'), { recursive: true });
      writeFileSync(join(seed, path), content);
    }
    git(seed, 'add', '-A');
    git(seed, 'commit', '-q', '-m', 'initial');
    git(seed, 'remote', 'add', 'origin', remote);
    git(seed, 'push', '-q', 'origin', 'main');
    const work = join(at, 'repo');
    git(at, 'clone', '-q', remote, work);
    return { work, remote };
  });
}
