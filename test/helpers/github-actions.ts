import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { GithubServer, ServerRepo } from './github-server.js';
import { git } from './git.js';
import { refsState } from './github-git.js';
import { createGithubAppToken } from './third-party.js';
import type { ThirdPartyCall } from './workflow-runner.js';

/**
 * The third-party actions of the release workflows, done here with real git and the test GitHub server's
 * API, as they do them on GitHub:
 * - actions/checkout: fetch the remote's branches and tags and check out the commit under test (detached),
 *   leaving a clean tree;
 * - peter-evans/create-pull-request: commit the changes on `branch` (from the checked-out commit), push it,
 *   and open the pull request through `POST /pulls`, or update the open one (`PATCH`); the same changes
 *   again are operation `none`; afterwards the checkout is back where it was;
 * - actions/setup-go: read `go-version-file`'s `go` line and put a local Go that satisfies it on PATH
 *   (none does: the step fails, as setup-go fails for a version it cannot install).
 */

export interface LocalGo {
  /** The directory holding the `go` binary. */
  bin: string;
  /** Its version, `1.23.5`. */
  version: string;
}

export interface GithubActionsOptions {
  server: GithubServer;
  repo: ServerRepo;
  /** The commit a job checks out (github.sha of the run). */
  sha: () => string;
  go?: LocalGo;
  /** Every call, for assertions. */
  calls?: ThirdPartyCall[];
}

const newer = (a: string, b: string): boolean => {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < 3; i++) if ((pa[i] ?? 0) !== (pb[i] ?? 0)) return (pa[i] ?? 0) > (pb[i] ?? 0);
  return false;
};

async function api<T>(
  server: GithubServer,
  token: string,
  method: string,
  path: string,
  body?: unknown,
): Promise<{ status: number; data: T }> {
  const r = await fetch(`${server.apiUrl}${path}`, {
    method,
    headers: {
      authorization: `Bearer ${token}`,
      accept: 'application/vnd.github+json',
      ...(body ? { 'content-type': 'application/json' } : {}),
    },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await r.text();
  return { status: r.status, data: (text ? JSON.parse(text) : undefined) as T };
}

export function githubActions(options: GithubActionsOptions) {
  const { server, repo } = options;
  // Per workspace: the refs (the server's, the workspace's) and config after its last fetch, and the config
  // after the token was last persisted. Unchanged since, doing it again would change nothing.
  const fetched = new Map<string, string>();
  const persisted = new Map<string, string>();
  const config = (ws: string): string => readFileSync(join(ws, '.git', 'config'), 'latin1');
  const fetchState = (ws: string): string =>
    [refsState(repo.git.path), refsState(join(ws, '.git')), config(ws)].join('\0\0');
  return async (call: ThirdPartyCall): Promise<Record<string, string>> => {
    options.calls?.push(call);
    const ws = call.workspace;
    if (call.uses.startsWith('actions/checkout@')) {
      if (fetched.get(ws) !== fetchState(ws)) {
        git(
          ws,
          'fetch',
          '-q',
          '--force',
          '--prune',
          '--prune-tags',
          '--tags',
          'origin',
          '+refs/heads/*:refs/remotes/origin/*',
        );
        fetched.set(ws, fetchState(ws));
      }
      git(ws, 'checkout', '-q', '--force', '--detach', call.with['ref'] || options.sha());
      git(ws, 'clean', '-q', '-fdx');
      // actions/checkout persists its token (default: the job's GITHUB_TOKEN) for later pushes; here that is
      // what the server's hooks learn about the pusher (its kind and the workflows permission).
      if (call.with['persist-credentials'] !== 'false') {
        const token = call.with['token'] || call.token;
        const state = () => `${receivePack(server, token)}\0${config(ws)}`;
        if (persisted.get(ws) !== state()) {
          persistToken(server, ws, token);
          persisted.set(ws, state());
        }
      } else spawnSync('git', ['config', '--unset-all', 'remote.origin.receivepack'], { cwd: ws });
      return {};
    }
    if (call.uses.startsWith('actions/setup-go@')) {
      const file = call.with['go-version-file'] ?? '';
      if (!file || !existsSync(join(ws, file))) throw new Error(`setup-go: go-version-file '${file}' does not exist`);
      const wanted = /^go\s+(\d+\.\d+(?:\.\d+)?)\s*$/m.exec(readFileSync(join(ws, file), 'utf8'))?.[1];
      if (!wanted) throw new Error(`setup-go: no go line in ${file}`);
      if (!options.go) throw new Error('setup-go: no local Go given to the test');
      if (newer(wanted, options.go.version))
        throw new Error(`setup-go: ${file} asks for go ${wanted}; the local Go is ${options.go.version}`);
      call.addPath(options.go.bin);
      return { 'go-version': options.go.version };
    }
    if (call.uses.startsWith('peter-evans/create-pull-request@')) {
      const branch = call.with['branch']!;
      const token = call.with['token']!;
      if (git(ws, 'status', '--porcelain') === '') return { 'pull-request-operation': 'none' };
      const base = git(ws, 'rev-parse', 'HEAD');
      const baseBranch = call.with['base'] || repo.git.defaultBranch();
      git(ws, 'checkout', '-q', '-B', branch);
      git(ws, 'add', '-A');
      git(ws, 'commit', '-q', ...(call.with['signoff'] === 'true' ? ['-s'] : []), '-m', call.with['commit-message']!);
      const tree = git(ws, 'rev-parse', 'HEAD^{tree}');
      const existing = repo.git.commitOf(`refs/heads/${branch}`);
      const same = existing !== undefined && repo.git.text(['rev-parse', `${existing}^{tree}`])?.trim() === tree;
      if (!same)
        git(
          ws,
          '-c',
          `remote.origin.receivepack=${receivePack(server, token)}`,
          'push',
          '-q',
          '--force',
          'origin',
          `HEAD:refs/heads/${branch}`,
        );
      const head = same ? existing! : git(ws, 'rev-parse', 'HEAD');
      git(ws, 'checkout', '-q', '--detach', base);
      git(ws, 'branch', '-q', '-D', branch);

      type PullData = { number: number; html_url: string };
      const open = await api<PullData[]>(
        server,
        token,
        'GET',
        `/repos/${repo.fullName}/pulls?state=open&head=${encodeURIComponent(`${repo.owner}:${branch}`)}`,
      );
      let pull: PullData;
      let operation: string;
      if (open.data.length > 0) {
        const patched = await api<PullData>(
          server,
          token,
          'PATCH',
          `/repos/${repo.fullName}/pulls/${open.data[0]!.number}`,
          {
            title: call.with['title'],
            body: call.with['body'] ?? '',
          },
        );
        if (patched.status !== 200) throw new Error(`create-pull-request: PATCH answered ${patched.status}`);
        pull = patched.data;
        operation = same ? 'none' : 'updated';
      } else {
        const created = await api<PullData>(server, token, 'POST', `/repos/${repo.fullName}/pulls`, {
          title: call.with['title'],
          body: call.with['body'] ?? '',
          head: branch,
          base: baseBranch,
        });
        if (created.status !== 201)
          throw new Error(
            `create-pull-request: POST /pulls answered ${created.status}: ${JSON.stringify(created.data)}`,
          );
        pull = created.data;
        operation = 'created';
      }
      return {
        'pull-request-number': String(pull.number),
        'pull-request-url': pull.html_url,
        'pull-request-operation': operation,
        'pull-request-head-sha': head,
        'pull-request-branch': branch,
      };
    }
    if (call.uses.startsWith('actions/create-github-app-token@')) return createGithubAppToken(server, call);
    throw new Error(`no local stand-in for ${call.uses}`);
  };
}

/** The receive-pack command that carries a token's identity to the server's hooks (GithubServer.pushEnv). */
export function receivePack(server: GithubServer, token: string): string {
  const env = Object.entries(server.pushEnv(token)).map(([k, v]) => `${k}=${v}`);
  return `env ${env.join(' ')} git-receive-pack`;
}

/** What actions/checkout's persisted credentials amount to: later pushes to origin are made with `token`. */
export function persistToken(server: GithubServer, clone: string, token: string): void {
  git(clone, 'config', 'remote.origin.receivepack', receivePack(server, token));
}

/**
 * Merge a pull request as GitHub's merge button does (a merge commit on the base branch, pushed through the
 * server's hooks, so a locked branch refuses it) and close it. Returns the merge commit.
 */
export function mergePull(repo: ServerRepo, number: number, clone: string): string {
  const pull = repo.pulls.find((p) => p.number === number);
  if (!pull || pull.state !== 'open') throw new Error(`no open pull request #${number}`);
  git(
    clone,
    'fetch',
    '-q',
    'origin',
    `+refs/heads/${pull.base}:refs/remotes/origin/${pull.base}`,
    `+refs/heads/${pull.head}:refs/remotes/origin/${pull.head}`,
  );
  // The merge commit without a checkout (merge-tree fails on a conflict, as the button is then disabled).
  const tree = git(clone, 'merge-tree', '--write-tree', `origin/${pull.base}`, `origin/${pull.head}`);
  const merge = git(
    clone,
    'commit-tree',
    tree,
    '-p',
    `origin/${pull.base}`,
    '-p',
    `origin/${pull.head}`,
    '-m',
    `Merge pull request #${number} from ${repo.owner}/${pull.head}`,
  );
  git(clone, 'push', '-q', 'origin', `${merge}:refs/heads/${pull.base}`);
  pull.state = 'closed';
  return merge;
}
