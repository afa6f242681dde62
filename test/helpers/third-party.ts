import type { GithubServer, Scope, TokenGrant } from './github-server.js';
import type { ThirdPartyCall } from './workflow-runner.js';
import { git } from './git.js';

/**
 * actions/create-github-app-token: mint an installation token of the GitHub App `app-id` with its
 * `private-key`, narrowed to the `permission-<name>` inputs when any is given, as the action does through
 * `POST /app/installations/{id}/access_tokens`. The server knows the app (GithubServer.registerApp); a wrong
 * key or an app not installed fails the step. Outputs: token, installation-id, app-slug.
 */
export function createGithubAppToken(server: GithubServer, call: ThirdPartyCall): Record<string, string> {
  const id = call.with['app-id'] ?? '';
  const key = call.with['private-key'] ?? '';
  if (id === '') throw new Error('Input required and not supplied: app-id');
  if (key === '') throw new Error('Input required and not supplied: private-key');
  const asked: TokenGrant['permissions'] = {};
  for (const [name, value] of Object.entries(call.with)) {
    if (!name.startsWith('permission-') || value === '') continue;
    if (value !== 'read' && value !== 'write') throw new Error(`${name}: '${value}' is not read or write`);
    asked[name.slice('permission-'.length) as Scope] = value;
  }
  const token = server.appInstallationToken(id, key, Object.keys(asked).length ? asked : undefined);
  return { token, 'installation-id': `${id}00`, 'app-slug': `app-${id}` };
}

/**
 * Local stand-ins for the two third-party actions our workflows use, doing with real git what they do on
 * GitHub: actions/checkout (the workspace is already a clone of the remote) and
 * peter-evans/create-pull-request (commit the changed files to `branch`, push it to the remote; a pull
 * request is recorded in `pulls`, keyed by branch, so re-runs update rather than duplicate it).
 */
export function localThirdParty(pulls: Map<string, { title: string; body: string; head: string }>) {
  return async (call: ThirdPartyCall): Promise<Record<string, string>> => {
    // The workspace is already a clone of the remote, and the machine already has Node.
    if (call.uses.startsWith('actions/checkout@') || call.uses.startsWith('actions/setup-node@')) return {};
    if (call.uses.startsWith('peter-evans/create-pull-request@')) {
      const ws = call.workspace;
      const branch = call.with['branch']!;
      if (git(ws, 'status', '--porcelain') === '') return { 'pull-request-operation': 'none' };
      const base = git(ws, 'rev-parse', 'HEAD');
      git(ws, 'checkout', '-q', '-B', branch);
      git(ws, 'add', '-A');
      git(ws, 'commit', '-q', ...(call.with['signoff'] === 'true' ? ['-s'] : []), '-m', call.with['commit-message']!);
      git(ws, 'push', '-q', '--force', 'origin', branch);
      const head = git(ws, 'rev-parse', 'HEAD');
      git(ws, 'checkout', '-q', base);
      const operation = pulls.has(branch) ? 'updated' : 'created';
      pulls.set(branch, { title: call.with['title']!, body: call.with['body'] ?? '', head });
      return {
        'pull-request-number': String([...pulls.keys()].indexOf(branch) + 1),
        'pull-request-operation': operation,
        'pull-request-url': `https://github.com/example/repo/pull/${[...pulls.keys()].indexOf(branch) + 1}`,
        'pull-request-head-sha': head,
      };
    }
    throw new Error(`no local stand-in for ${call.uses}`);
  };
}
