import type { ThirdPartyCall } from './workflow-runner.js';
import { git } from './git.js';

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
