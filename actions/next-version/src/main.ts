import { code, table, text, UserError } from '@coco-release/core';
import {
  BUMPS,
  candidateOf,
  formatTag,
  nextVersion,
  parseComponents,
  parseTagFormat,
  versionOfTag,
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
  /** `candidate-of`: the release whose next candidate (`X.Y.Z-<preid>.N`) is wanted. */
  candidate?: { release: string; preid: string };
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
    const candidateOfInput = inputs.string('candidate-of');
    if (candidateOfInput) {
      if (version || components.length > 0)
        throw new UserError("give candidate-of alone: it computes the version, as 'version' and 'components' do");
      const release = candidateOfInput.startsWith(format.prefix)
        ? candidateOfInput.slice(format.prefix.length)
        : candidateOfInput;
      return { format, request, candidate: { release, preid: preid || 'alpha' }, remote };
    }
    return { format, request, remote };
  },

  async run({ format, request, candidate, remote }, ctx): Promise<ActionResult> {
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
    let found: ReturnType<typeof candidateOf> | undefined;
    if (candidate !== undefined) {
      const tagged = new Map<string, string>();
      for (const [t, commit] of commits) {
        const v = versionOfTag(format, t);
        if (v !== undefined) tagged.set(v, commit);
      }
      const head = await git(['rev-parse', '--verify', '--quiet', 'HEAD^{commit}'], { allowFailure: true });
      const at = head.code === 0 ? head.stdout.trim() : undefined;
      found = candidateOf(tagged, candidate.release, candidate.preid, at);
      // A new candidate is checked as an exact version: not tagged yet, and above every release it follows.
      request.version = found.version;
      if (!found.exists) {
        const reached = await reachableTags(git, commits);
        if (reached !== undefined) request.reachable = versionsOf(format, reached);
      }
    }
    const checked = found?.exists ? undefined : nextVersion(versions, request);
    const next =
      found === undefined
        ? checked!
        : {
            version: found.version,
            previous: checked?.previous ?? versions[0],
            bump: 'candidate',
            reason: found.reason,
          };
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
        ...(found === undefined ? {} : { exists: String(found.exists) }),
      },
      summary: `### next-version: ${code(tag)}\n\n${table(['', 'value'], rows)}`,
    };
  },
});
