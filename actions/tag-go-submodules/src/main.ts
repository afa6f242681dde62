import { realpathSync } from 'node:fs';
import { changesTable, code, fenced, table, text, throwIfAny, UserError, collectErrors } from '@coco-release/core';
import {
  checkInternalRequires,
  classifyTags,
  conflictErrors,
  createAnnotatedTags,
  deleteTags,
  displayDir,
  goModDirs,
  listGoModsOnDisk,
  listTreePaths,
  loadModules,
  localTags,
  parseLsRemote,
  planCommands,
  planRelease,
  prepareRequires,
  readGoModsAtCommit,
  readGoModsOnDisk,
  selectModules,
  taggerIdentity,
  validateReleaseVersion,
  type ClassifiedTag,
  type Git,
  type ReleasePlan,
  type RequireIssue,
} from '@coco-release/go-modules';
import { defineAction, type ActionContext, type ActionResult } from '../../../src/action.js';
import { writeEdits } from '../../../src/edits.js';
import { repositoryInput, workflowRepository } from '../../../src/github/repository.js';
import { parseRequiredChecks, type GateResult, type RequiredCheck } from '../../../src/github/checks.js';

export interface TagInputs {
  version: string;
  mode: 'tag' | 'plan' | 'prepare';
  modules: { text: string; line: number }[];
  exclude: string[];
  rootTag: boolean;
  ref: string;
  remote: string;
  push: boolean;
  /** Seconds for `git ls-remote` and `git push`. */
  networkTimeout: number;
  /** The CI gate before tags are created (`tag` mode). */
  requireChecks: boolean;
  allowNoChecks: boolean;
  requiredChecks: RequiredCheck[];
  /** '' when not given (the gate then falls back to GITHUB_TOKEN). */
  token: string;
  /** '' when not given (the gate then uses GITHUB_REPOSITORY). */
  repository: string;
  dryRun: boolean;
}

export const tagGoSubmodules = defineAction<TagInputs>({
  name: 'tag-go-submodules',

  readInputs(inputs) {
    const { errors, attempt } = collectErrors();
    const version = attempt(() => validateReleaseVersion(inputs.required('version'))) ?? '';
    const mode = attempt(() => inputs.choice('mode', ['tag', 'plan', 'prepare'] as const)) ?? ('plan' as const);
    const ref = inputs.string('ref') || 'HEAD';
    const remote = inputs.string('remote') || 'origin';
    // Both reach git as arguments: one starting with '-' would be read as an option.
    if (ref.startsWith('-')) errors.push(new UserError(`input 'ref' must name a commit, got '${ref}'`));
    if (remote.startsWith('-') || /\s/.test(remote))
      errors.push(new UserError(`input 'remote' must be the name of a git remote, got '${remote}'`));
    const repository = attempt(() => repositoryInput(inputs.string('repository'))) ?? '';
    const token = inputs.string('token');
    const result: TagInputs = {
      version,
      mode,
      modules: inputs.lines('modules'),
      exclude: inputs.lines('exclude').map((l) => l.text),
      rootTag: attempt(() => inputs.boolean('root-tag')) ?? false,
      ref,
      remote,
      push: attempt(() => inputs.boolean('push')) ?? true,
      networkTimeout: attempt(() => parseSeconds(inputs.string('network-timeout') || '120')) ?? 120,
      requireChecks: attempt(() => inputs.boolean('require-checks')) ?? false,
      allowNoChecks: attempt(() => inputs.boolean('allow-no-checks')) ?? false,
      requiredChecks: parseRequiredChecks(inputs.lines('required-checks')),
      // The CLI sees the action.yml default unevaluated.
      token: token.includes('${{') ? '' : token,
      repository,
      dryRun: attempt(() => inputs.boolean('dry-run')) ?? false,
    };
    throwIfAny(errors);
    return result;
  },

  async run(inputs, ctx): Promise<ActionResult> {
    if (inputs.mode === 'tag') return tagMode(inputs, ctx);
    const root = realpathSync.native(ctx.workspace);
    const dirs = goModDirs(listGoModsOnDisk(root), inputs.exclude);
    const modules = loadModules(readGoModsOnDisk(root, dirs));
    const selected = selectModules(modules, inputs.modules);
    const plan = planRelease({ modules, selected, version: inputs.version, rootTag: inputs.rootTag });
    if (inputs.mode === 'plan') {
      noModules(plan);
      await refuseConflicts(inputs, plan, root, ctx);
      return planMode(inputs, plan, ctx);
    }
    return prepareMode(inputs, plan, ctx);
  },
});

function parseSeconds(text: string): number {
  if (!/^[1-9]\d{0,5}$/.test(text))
    throw new UserError(`input 'network-timeout' must be a whole number of seconds, 1 or more, got '${text}'`);
  return Number(text);
}

/**
 * Plan mode refuses what tag mode would refuse: a tag of the plan that already names another commit, with
 * tag mode's message. Only in a git repository whose top is the workspace and where `ref` resolves (a plan
 * of a plain directory has no tags to compare with); the remote is asked when `push` is on, as tag mode does.
 */
async function refuseConflicts(inputs: TagInputs, plan: ReleasePlan, root: string, ctx: ActionContext): Promise<void> {
  const { createGit } = await import('../../../src/git.js');
  const git: Git = await createGit(root, ctx.env, { networkTimeoutMs: inputs.networkTimeout * 1000 });
  const top = await git(['rev-parse', '--show-toplevel'], { allowFailure: true });
  if (top.code !== 0 || realpathSync.native(top.stdout.trim()) !== root) return;
  const rev = await git(['rev-parse', '--verify', '--quiet', `${inputs.ref}^{commit}`], { allowFailure: true });
  if (rev.code !== 0) return;
  const commit = rev.stdout.trim();
  let remoteTags: Map<string, string> | undefined;
  if (inputs.push) {
    const ls = await git(['ls-remote', '--tags', inputs.remote], { allowFailure: true });
    if (ls.timedOut)
      throw new UserError(
        `git ls-remote --tags ${inputs.remote} got no answer within ${inputs.networkTimeout} s (input 'network-timeout')`,
      );
    if (ls.code !== 0)
      throw new UserError(
        `cannot list the tags of remote '${inputs.remote}': ${ls.stderr.trim() || `exit ${ls.code}`}`,
      );
    remoteTags = parseLsRemote(ls.stdout);
  }
  throwIfAny(conflictErrors(classifyTags(plan, commit, remoteTags, await localTags(git)), commit, inputs.remote));
}

function noModules(plan: ReleasePlan): void {
  if (plan.selected.length === 0 && plan.tags.length === 0)
    throw new UserError('no Go module found: no go.mod below the repository root (after exclude)');
}

function warn(ctx: ActionContext, warnings: readonly RequireIssue[]): void {
  for (const w of warnings) ctx.warning(w.message, w.position);
}

function planMode(inputs: TagInputs, plan: ReleasePlan, ctx: ActionContext): ActionResult {
  noModules(plan);
  const checked = checkInternalRequires(plan, undefined);
  throwIfAny(checked.errors);
  const warnings = [...plan.cycles, ...checked.warnings];
  warn(ctx, warnings);
  const commands = planCommands(plan, inputs.ref, inputs.remote, inputs.push);
  for (const [i, t] of plan.tags.entries())
    ctx.info(`${i + 1}. ${t.tag}${t.dir !== undefined ? `  (${t.modulePath})` : ''}`);
  const rows = plan.tags.map((t, i) => [
    String(i + 1),
    t.dir === undefined ? '*(repository)*' : code(displayDir(t.dir)),
    code(t.tag),
    t.deps.map((d) => code(displayDir(d))).join(', '),
  ]);
  const summary =
    `### tag-go-submodules: plan for ${code(inputs.version)} (nothing changed)\n\n` +
    table(['#', 'module', 'tag', 'requires'], rows) +
    warningsMarkdown(warnings) +
    `\n${fenced('sh', commands.join('\n'))}`;
  return {
    outputs: outputs(plan, [], [], ''),
    summary,
  };
}

function prepareMode(inputs: TagInputs, plan: ReleasePlan, ctx: ActionContext): ActionResult {
  noModules(plan);
  const prepared = prepareRequires(plan.modules, plan.selected, inputs.version);
  const warnings = [...plan.cycles, ...prepared.warnings];
  warn(ctx, warnings);
  const { changed, changedFiles, diff } = writeEdits(ctx, prepared.files, {
    dryRun: inputs.dryRun,
    nothingToChange: `every internal require already names ${inputs.version}: nothing to change`,
  });
  const title = `### tag-go-submodules: prepare ${code(inputs.version)}${inputs.dryRun ? ' (dry run, nothing written)' : ''}\n\n`;
  const columns = [
    ['file', 'file'],
    ['line', 'line'],
    ['require', 'site'],
    ['old', 'old'],
    ['new', 'new'],
  ] as const;
  const summary = !changed
    ? `${title}Nothing to change: every internal require already names ${code(inputs.version)}.\n`
    : `${title}${changesTable(prepared.files, columns)}${warningsMarkdown(warnings)}\n${fenced('diff', diff)}`;
  return {
    outputs: {
      ...outputs(plan, [], [], ''),
      'changed-files': changedFiles,
      diff,
    },
    summary,
  };
}

async function tagMode(inputs: TagInputs, ctx: ActionContext): Promise<ActionResult> {
  const { createGit, GitError } = await import('../../../src/git.js');
  const root = realpathSync.native(ctx.workspace);
  const git: Git = await createGit(root, ctx.env, { networkTimeoutMs: inputs.networkTimeout * 1000 });
  const noAnswer = `got no answer within ${inputs.networkTimeout} s (input 'network-timeout')`;

  const top = await git(['rev-parse', '--show-toplevel'], { allowFailure: true });
  if (top.code !== 0) throw new UserError(`not a git repository: ${ctx.workspace} (check the repository out first)`);
  if (realpathSync.native(top.stdout.trim()) !== root)
    throw new UserError(
      `the workspace ${ctx.workspace} is inside the git repository ${top.stdout.trim()}, not at its top: tag names are relative to the repository root`,
    );
  const rev = await git(['rev-parse', '--verify', '--quiet', `${inputs.ref}^{commit}`], { allowFailure: true });
  if (rev.code !== 0) throw new UserError(`ref '${inputs.ref}' does not resolve to a commit in ${ctx.workspace}`);
  const commit = rev.stdout.trim();
  if (inputs.push) {
    const remotes = (await git(['remote'])).stdout.split('\n').filter(Boolean);
    if (!remotes.includes(inputs.remote))
      throw new UserError(
        `remote '${inputs.remote}' is not configured in ${ctx.workspace} (remotes: ${remotes.join(', ') || 'none'})`,
      );
  }

  // The go.mod files of the commit being tagged, not of the working tree: that is what the tags publish.
  const dirs = goModDirs(await listTreePaths(git, commit), inputs.exclude);
  const modules = loadModules(await readGoModsAtCommit(git, commit, dirs));
  const selected = selectModules(modules, inputs.modules);
  const plan = planRelease({ modules, selected, version: inputs.version, rootTag: inputs.rootTag });
  noModules(plan);

  let remoteTags: Map<string, string> | undefined;
  if (inputs.push) {
    const ls = await git(['ls-remote', '--tags', inputs.remote], { allowFailure: true });
    if (ls.timedOut)
      throw new UserError(`git ls-remote --tags ${inputs.remote} ${noAnswer}; no tag was created or pushed`);
    if (ls.code !== 0)
      throw new UserError(
        `cannot list the tags of remote '${inputs.remote}': ${ls.stderr.trim() || `exit ${ls.code}`}`,
      );
    remoteTags = parseLsRemote(ls.stdout);
  }
  const local = await localTags(git);
  const tags = classifyTags(plan, commit, remoteTags, local);
  const checked = checkInternalRequires(plan, new Set((remoteTags ?? local).keys()));
  throwIfAny([...conflictErrors(tags, commit, inputs.remote), ...checked.errors]);
  const warnings = [...plan.cycles, ...checked.warnings];
  warn(ctx, warnings);

  const toCreate = tags.filter((t) => t.status === 'create');
  const toPush = tags.filter((t) => t.status === 'create' || t.status === 'push');
  // Only a run that would create or push a tag needs CI's word: a re-run whose tags all exist changes nothing.
  let gate: GateResult | undefined;
  if (inputs.requireChecks && toPush.length > 0) {
    gate = await ciGate(inputs, commit, ctx);
    ctx.info(gate.message);
    if (!gate.ok) {
      const created = toPush.map((t) => t.tag);
      return {
        outputs: outputs(
          plan,
          [],
          tags.filter((t) => t.status === 'skip').map((t) => t.tag),
          commit,
        ),
        summary:
          `### tag-go-submodules: ✗ ${code(inputs.version)} not tagged: CI has not passed on ${code(commit.slice(0, 12))}\n\n` +
          `No tag was created or pushed (${created.length} would have been).\n\n${gate.summary}`,
        failure: `${gate.message}; no tag was created or pushed`,
      };
    }
  }
  if (!inputs.dryRun) {
    const who = await taggerIdentity(git, ctx.env);
    const created = await createAnnotatedTags(git, toCreate, commit, who);
    if (inputs.push && toPush.length > 0) {
      const refspecs = toPush.map((t) => `refs/tags/${t.tag}:refs/tags/${t.tag}`);
      const pushed = await git(['push', '--atomic', inputs.remote, ...refspecs], { allowFailure: true });
      if (pushed.code !== 0) {
        try {
          await deleteTags(git, created);
        } catch (e) {
          if (!(e instanceof GitError)) throw e;
          ctx.error(`could not delete the local tags this run created: ${e.detail}`);
        }
        if (pushed.timedOut)
          throw new UserError(
            `git push --atomic to '${inputs.remote}' ${noAnswer}; the local tags this run created were deleted. The remote may still have taken the push (all tags or none): run again, and tags already there at this commit are skipped`,
          );
        throw new UserError(
          `git push --atomic to '${inputs.remote}' was rejected; no tag was pushed and the local tags this run created were deleted. ${inputs.remote} said:\n${pushed.stderr.trim()}`,
        );
      }
    }
  }

  for (const [i, t] of tags.entries()) ctx.info(`${i + 1}. ${t.tag} ${statusText(t, inputs)}`);
  const created = toPush.map((t) => t.tag);
  const skipped = tags.filter((t) => t.status === 'skip').map((t) => t.tag);
  const summary = tagSummary(inputs, tags, commit, warnings);
  return { outputs: outputs(plan, created, skipped, commit), summary: gate ? `${summary}\n${gate.summary}` : summary };
}

/** The CI gate on the commit to tag, through the GitHub API (src/github/checks.ts). */
async function ciGate(inputs: TagInputs, commit: string, ctx: ActionContext): Promise<GateResult> {
  const repository = workflowRepository(inputs.repository, ctx.env, 'require-checks: ');
  const token = inputs.token || ctx.env['GITHUB_TOKEN'] || '';
  if (token === '')
    throw new UserError(
      "require-checks: input 'token' is empty and GITHUB_TOKEN is not set: the CI gate reads checks through the API",
    );
  ctx.secret(token);
  const [owner, repo] = repository.split('/') as [string, string];
  const { createGithubClient } = await import('../../../src/github/client.js');
  const { checkGate } = await import('../../../src/github/checks.js');
  const client = await createGithubClient({ token, env: ctx.env, onRetry: (line) => ctx.info(line) });
  return checkGate(client, {
    owner,
    repo,
    sha: commit,
    allowNoChecks: inputs.allowNoChecks,
    required: inputs.requiredChecks,
    ignoreRunId: ctx.env['GITHUB_RUN_ID'],
    noChecksHint: 'set allow-no-checks: true to tag it anyway',
  });
}

function statusText(t: ClassifiedTag, inputs: TagInputs): string {
  if (t.status === 'skip') return 'skipped (already at the commit)';
  const verb = t.status === 'push' ? 'pushed (existing local tag)' : inputs.push ? 'created' : 'created locally';
  return inputs.dryRun ? `would be ${verb}` : verb;
}

function tagSummary(
  inputs: TagInputs,
  tags: readonly ClassifiedTag[],
  commit: string,
  warnings: readonly RequireIssue[],
): string {
  const title = `### tag-go-submodules: ${code(inputs.version)} at ${code(commit.slice(0, 12))}${inputs.dryRun ? ' (dry run, nothing created)' : ''}\n\n`;
  const rows = tags.map((t, i) => [
    String(i + 1),
    t.dir === undefined ? '*(repository)*' : code(displayDir(t.dir)),
    code(t.tag),
    code(commit.slice(0, 12)),
    statusText(t, inputs),
  ]);
  return title + table(['#', 'module', 'tag', 'commit', 'status'], rows) + warningsMarkdown(warnings);
}

function warningsMarkdown(warnings: readonly RequireIssue[]): string {
  if (warnings.length === 0) return '';
  return `\n**Warnings**\n\n${warnings.map((w) => `- ${code(`${w.position.file}:${w.position.line}`)}: ${text(w.message)}`).join('\n')}\n`;
}

function outputs(plan: ReleasePlan, created: string[], skipped: string[], commit: string): Record<string, string> {
  return {
    tags: JSON.stringify(plan.tags.map((t) => t.tag)),
    created: JSON.stringify(created),
    skipped: JSON.stringify(skipped),
    commit,
    'changed-files': '[]',
    diff: '',
  };
}
