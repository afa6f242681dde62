import { code, table, UserError } from '@coco-release/core';
import { valid } from 'semver';
import { defineAction, type ActionResult } from '../../../src/action.js';
import { repositoryInput } from '../../../src/github/repository.js';

export interface LatestInputs {
  repository: string;
  /** '' when not given: the request goes unauthenticated (or with GITHUB_TOKEN when set). */
  token: string;
}

export const latestRelease = defineAction<LatestInputs>({
  name: 'latest-release',

  readInputs(inputs) {
    const repository = repositoryInput(inputs.string('repository') || 'kata-containers/kata-containers');
    const token = inputs.string('token');
    return { repository, token: token.includes('${{') ? '' : token };
  },

  async run(inputs, ctx): Promise<ActionResult> {
    const token = inputs.token || ctx.env['GITHUB_TOKEN'] || '';
    if (token) ctx.secret(token);
    const [owner, repo] = inputs.repository.split('/') as [string, string];
    const { createGithubClient } = await import('../../../src/github/client.js');
    const client = await createGithubClient({ token, env: ctx.env, onRetry: (line) => ctx.info(line) });
    let release: { tag_name?: unknown; html_url?: unknown };
    try {
      release = (await client.request<typeof release>('GET /repos/{owner}/{repo}/releases/latest', { owner, repo }))
        .data;
    } catch (e) {
      throw new UserError(
        `reading the latest release of ${inputs.repository}: ${client.explain(e, {
          notFound: `${inputs.repository} has no published release (or does not exist, or the token cannot see it)`,
          forbidden: `the token needs contents: read on ${inputs.repository}`,
        })}`,
      );
    }
    const tag = typeof release.tag_name === 'string' ? release.tag_name : '';
    const version = tag.replace(/^v(?=\d)/, '');
    if (valid(version) !== version)
      throw new UserError(
        `the latest release of ${inputs.repository} is tagged '${tag}', which is not a version (such as 3.21.0 or v0.22.0)`,
      );
    const url = typeof release.html_url === 'string' ? release.html_url : '';
    ctx.info(`latest release of ${inputs.repository}: ${tag} ${url}`);
    return {
      outputs: { tag, version, url },
      summary:
        `### latest-release: ${code(inputs.repository)} ${code(tag)}\n\n` +
        table(
          ['repository', 'tag', 'version', 'release'],
          [[code(inputs.repository), code(tag), code(version), code(url)]],
        ),
    };
  },
});
