import { code, table, text, UserError } from '@coco-release/core';
import {
  BUMPS,
  formatTag,
  nextVersion,
  parseComponents,
  parseTagFormat,
  versionsOf,
  type Bump,
  type NextRequest,
} from '@coco-release/versioning';
import { defineAction, type ActionResult } from '../../../src/action.js';
import { createGit } from '../../../src/git.js';

export interface NextVersionInputs {
  format: ReturnType<typeof parseTagFormat>;
  request: NextRequest;
  remote: string;
}

export const nextVersionAction = defineAction<NextVersionInputs>({
  name: 'next-version',

  readInputs(inputs) {
    const format = parseTagFormat(inputs.string('tag-format') || 'v{version}');
    const request: NextRequest = {};
    const version = inputs.string('version');
    const components = inputs.lines('components');
    if (version) request.version = version.startsWith(format.prefix) ? version.slice(format.prefix.length) : version;
    else if (components.length > 0) request.components = parseComponents(components);
    else request.bump = inputs.choice<Bump>('bump', BUMPS);
    const preid = inputs.string('preid');
    if (preid) request.preid = preid;
    const remote = inputs.string('remote') || 'origin';
    if (remote.startsWith('-')) throw new UserError(`input 'remote' cannot start with '-': '${remote}'`);
    return { format, request, remote };
  },

  async run({ format, request, remote }, ctx): Promise<ActionResult> {
    const git = await createGit(ctx.workspace, ctx.env);
    const listed = await git(['ls-remote', '--tags', '--refs', remote], { allowFailure: true });
    if (listed.code !== 0)
      throw new UserError(
        `cannot list the tags of remote '${remote}': ${listed.stderr.trim() || `exit ${listed.code}`}`,
      );
    const tags = listed.stdout
      .split('\n')
      .map((l) => /^[0-9a-f]{40,64}\trefs\/tags\/(.+)$/.exec(l.trim())?.[1])
      .filter((t): t is string => t !== undefined);
    const versions = versionsOf(format, tags);
    const next = nextVersion(versions, request);
    const tag = formatTag(format, next.version);
    const previous = next.previous === undefined ? '' : formatTag(format, next.previous);
    ctx.info(`next version: ${tag} (${next.reason})`);
    const prerelease = next.version.includes('-');
    const rows = [
      ['next', code(tag)],
      ['previous', previous ? code(previous) : '*(none)*'],
      ['bump', next.bump],
      ['rule', text(next.reason)],
      ['tags read', `${versions.length} in ${code(format.text)} from ${code(remote)}`],
    ];
    return {
      outputs: {
        version: next.version,
        tag,
        previous,
        bump: next.bump,
        reason: next.reason,
        prerelease: String(prerelease),
      },
      summary: `### next-version: ${code(tag)}\n\n${table(['', 'value'], rows)}`,
    };
  },
});
