import { execFileSync } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { copiedRepoPair } from '../../../test/helpers/git.js';
import { CAA } from '../../../test/helpers/paths.js';
import { workspace } from '../../../test/helpers/workspace.js';

/**
 * Real git for the tests: repositories in temp dirs with a bare repository on disk as `origin`. No global
 * or system git config leaks in (this machine has a user.name), so the action's own identity rules show.
 */
export const GIT_ENV: Record<string, string> = {
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_TERMINAL_PROMPT: '0',
};

const COMMIT_ENV = {
  GIT_AUTHOR_NAME: 'Test Author',
  GIT_AUTHOR_EMAIL: 'author@example.com',
  GIT_COMMITTER_NAME: 'Test Author',
  GIT_COMMITTER_EMAIL: 'author@example.com',
};

export function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, {
    cwd,
    env: { PATH: process.env['PATH'] ?? '/usr/bin:/bin', HOME: cwd, ...GIT_ENV, ...COMMIT_ENV },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

export function commitAll(ws: string, message: string): string {
  git(ws, 'add', '-A');
  git(ws, 'commit', '-q', '-m', message);
  return git(ws, 'rev-parse', 'HEAD').trim();
}

export interface Repo {
  ws: string;
  remote: string;
  commit: string;
}

/**
 * A repository with the given files, one commit on main, pushed to a bare `origin`. Built once per content
 * in this process and copied from then on (copiedRepoPair).
 */
export function repoWith(files: Record<string, string>, copies: Record<string, string> = {}): Repo {
  const made = copiedRepoPair(`tag-go-submodules ${JSON.stringify([files, copies])}`, (at) => {
    const work = join(at, 'ws');
    const remote = join(at, 'remote.git');
    cpSync(workspace(files, copies), work, { recursive: true });
    mkdirSync(remote);
    git(remote, 'init', '-q', '--bare', '-b', 'main');
    git(work, 'init', '-q', '-b', 'main');
    const commit = commitAll(work, 'initial');
    git(work, 'remote', 'add', 'origin', remote);
    git(work, 'push', '-q', 'origin', 'main');
    return { work, remote, commit };
  });
  return { ws: made.work, remote: made.remote, commit: made.commit };
}

export const CAA_MODULES = [
  'cloud-providers',
  'peerpod-ctrl',
  'cloud-api-adaptor',
  'webhook',
  'cloud-api-adaptor/podvm',
];

/** The real cloud-api-adaptor module layout: the fixture go.mod files at their places, a Go file in each. */
export function caaRepo(): Repo {
  const copies: Record<string, string> = {};
  const files: Record<string, string> = { 'README.md': '# cloud-api-adaptor\n' };
  for (const m of CAA_MODULES) {
    copies[`src/${m}/go.mod`] = join(CAA, 'src', m, 'go.mod');
    if (!m.endsWith('podvm')) files[`src/${m}/main.go`] = `package ${m.replace(/.*\//, '').replace(/-/g, '')}\n`;
  }
  return repoWith(files, copies);
}

/** tag name -> peeled commit on a repository or remote (`git ls-remote --tags`). */
export function tagsOf(repoOrRemote: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of git(repoOrRemote, 'ls-remote', '--tags', '.').split('\n')) {
    const m = /^([0-9a-f]{40})\trefs\/tags\/(.+?)(\^\{\})?$/.exec(line);
    if (m && (m[3] || !(m[2]! in out))) out[m[2]!] = m[1]!;
  }
  return out;
}

/** Raw ref listing (tag objects included): equal before and after proves nothing moved. */
export function refsOf(repo: string): string {
  return git(repo, 'for-each-ref', '--format=%(refname) %(objectname)');
}

export function writeHook(remote: string, name: string, script: string): void {
  const path = join(remote, 'hooks', name);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, script);
  chmodSync(path, 0o755);
}
