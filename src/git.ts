import type { Git } from '@coco-release/go-modules';

/**
 * git through @actions/exec with argument arrays (never a shell), silent, in `cwd`. A non-zero exit throws
 * with git's own message unless the caller allows failure. GIT_TERMINAL_PROMPT=0: a missing credential fails
 * instead of waiting for a password nobody will type. Credentials are whatever the repository is configured
 * with (actions/checkout's persisted token works as-is). @actions/exec loads only when git is first needed.
 */
export async function createGit(cwd: string, env: Readonly<Record<string, string | undefined>>): Promise<Git> {
  const { getExecOutput } = await import('@actions/exec');
  const gitEnv: Record<string, string> = {};
  for (const [k, v] of Object.entries(env)) if (v !== undefined) gitEnv[k] = v;
  gitEnv['GIT_TERMINAL_PROMPT'] = '0';
  return async (args, opts = {}) => {
    const res = await getExecOutput('git', args, {
      cwd: opts.cwd ?? cwd,
      env: gitEnv,
      silent: true,
      ignoreReturnCode: true,
      ...(opts.input !== undefined ? { input: Buffer.from(opts.input, 'utf8') } : {}),
    });
    if (res.exitCode !== 0 && !opts.allowFailure) {
      throw new GitError(args, res.exitCode, res.stderr.trim() || res.stdout.trim());
    }
    return { code: res.exitCode, stdout: res.stdout, stderr: res.stderr };
  };
}

export class GitError extends Error {
  constructor(
    readonly args: readonly string[],
    readonly code: number,
    readonly detail: string,
  ) {
    super(`git ${args[0]} failed (exit ${code}): ${detail}`);
  }
}
