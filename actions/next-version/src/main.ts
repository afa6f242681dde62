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
import type { Git } from '@coco-release/go-modules';

export interface NextVersionInputs {
  format: ReturnType<typeof parseTagFormat>;
  request: NextRequest;
  remote: string;
}

/**
 * The tags whose commits HEAD reaches (the line being released), or undefined when that cannot be told:
 * no repository, or a shallow one whose history stops short of the tags.
 */
async function reachableTags(git: Git, commits: ReadonlyMap<string, string>): Promise<string[] | undefined> {
  const shallow = await git(['rev-parse', '--is-shallow-repository'], { allowFailure: true });
  if (shallow.code !== 0 || shallow.stdout.trim() !== 'false') return undefined;
  const history = await git(['rev-list', 'HEAD'], { allowFailure: true });
  if (history.code !== 0) return undefined;
  const reached = new Set(history.stdout.split('\n'));
  return [...commits].filter(([, commit]) => reached.has(commit)).map(([tag]) => tag);
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
    const current = inputs.string('current');
    if (current) request.current = current.startsWith(format.prefix) ? current.slice(format.prefix.length) : current;
    if (inputs.boolean('allow-downgrade')) request.allowDowngrade = true;
    const remote = inputs.string('remote') || 'origin';
    if (remote.startsWith('-')) throw new UserError(`input 'remote' cannot start with '-': '${remote}'`);
    return { format, request, remote };
  },

  async run({ format, request, remote }, ctx): Promise<ActionResult> {
    const git = await createGit(ctx.workspace, ctx.env);
    // Without --refs: an annotated tag's `^{}` line names its commit, for reachability.
    const listed = await git(['ls-remote', '--tags', remote], { allowFailure: true });
    if (listed.code !== 0)
      throw new UserError(
        `cannot list the tags of remote '${remote}': ${listed.stderr.trim() || `exit ${listed.code}`}`,
      );
    const commits = new Map<string, string>();
    for (const l of listed.stdout.split('\n')) {
      const m = /^([0-9a-f]{40,64})\trefs\/tags\/(.+?)(\^\{\})?$/.exec(l.trim());
      if (m && (m[3] !== undefined || !commits.has(m[2]!))) commits.set(m[2]!, m[1]!);
    }
    const tags = [...commits.keys()];
    const versions = versionsOf(format, tags);
    if (request.bump === 'patch' || request.version !== undefined) {
      const reached = await reachableTags(git, commits);
      if (reached !== undefined) request.reachable = versionsOf(format, reached);
    }
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
