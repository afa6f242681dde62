import { code, table, UserError } from '@coco-release/core';
import { defineAction, type ActionResult } from '../../../src/action.js';
import { repositoryInput, workflowRepository } from '../../../src/github/repository.js';

export interface FreezeInputs {
  lock: boolean;
  /** '' for the default branch. */
  branch: string;
  /** '' for GITHUB_REPOSITORY. */
  repository: string;
  token: string;
  dryRun: boolean;
}

export const freezeBranch = defineAction<FreezeInputs>({
  name: 'freeze-branch',

  readInputs(inputs) {
    const branch = inputs.string('branch');
    // A branch name as git allows it, without anything a URL path would reinterpret.
    if (branch !== '' && (!/^[A-Za-z0-9._/-]+$/.test(branch) || branch.startsWith('-') || branch.includes('..')))
      throw new UserError(`input 'branch' must be a branch name such as main, got '${branch}'`);
    const repository = repositoryInput(inputs.string('repository'));
    const token = inputs.string('token');
    if (token === '')
      throw new UserError(
        "input 'token' is empty: freezing a branch needs a token that administers the repository (an admin token secret)",
      );
    return {
      lock: inputs.boolean('lock'),
      branch,
      repository,
      token,
      dryRun: inputs.boolean('dry-run'),
    };
  },

  async run(inputs, ctx): Promise<ActionResult> {
    const repository = workflowRepository(inputs.repository, ctx.env);
    ctx.secret(inputs.token);
    const [owner, repo] = repository.split('/') as [string, string];
    const { createGithubClient } = await import('../../../src/github/client.js');
    const { setBranchLock } = await import('../../../src/github/protection.js');
    const client = await createGithubClient({ token: inputs.token, env: ctx.env, onRetry: (line) => ctx.info(line) });

    let branch = inputs.branch;
    if (branch === '') {
      try {
        const r = await client.request<{ default_branch: string }>('GET /repos/{owner}/{repo}', { owner, repo });
        branch = r.data.default_branch;
      } catch (e) {
        throw new UserError(
          `reading ${repository}: ${client.explain(e, { forbidden: `the token needs to administer ${repository}` })}`,
        );
      }
    }
    const result = await setBranchLock(client, { owner, repo, branch }, inputs.lock, inputs.dryRun);
    const state = result.locked ? '🔒 frozen (read-only)' : '🔓 open';
    const did = !result.changed
      ? `already ${result.locked ? 'locked' : 'unlocked'}: nothing to do`
      : inputs.dryRun
        ? `dry run: would have ${result.action}`
        : result.action;
    ctx.info(`${repository} ${branch}: ${did}`);
    const title = `### freeze-branch: ${code(branch)} is ${state}${inputs.dryRun && result.changed ? ' (dry run, nothing changed)' : ''}\n\n`;
    const summary =
      title +
      table(
        ['repository', 'branch', 'before', 'after', 'what this step did'],
        [
          [
            code(repository),
            code(branch),
            result.wasLocked ? 'locked' : 'unlocked',
            result.locked ? 'locked' : 'unlocked',
            did,
          ],
        ],
      );
    return {
      outputs: { locked: String(result.locked), changed: String(result.changed), branch },
      summary,
    };
  },
});
