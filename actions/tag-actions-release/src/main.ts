import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { applyFileEdits, readText, resolveInWorkspace, throwIfAny, UserError, type FileEdit } from '@coco-release/core';
import type { Git } from '@coco-release/go-modules';
import { editYaml, formatPath, loadYaml, toData, type ScalarSet } from '@coco-release/yaml-edit';
import { defineAction, type ActionResult } from '../../../src/action.js';
import { createGit } from '../../../src/git.js';

/**
 * The tag job of this repository's release.yml (issue 24: it was a 49-line bash step). The release commit
 * is made from the tested commit by rewriting YAML values, not lines: only the `uses:` of steps change, and
 * yaml-edit proves every other value of each workflow unchanged.
 */

export interface ReleaseInputs {
  version: string;
  major: string;
  tested: string;
  repository: string;
}

const WORKFLOWS = '.github/workflows';
const BOT = 'github-actions[bot]';
const BOT_EMAIL = '41898282+github-actions[bot]@users.noreply.github.com';
/** How long a push may wait for the remote's answer (ms). */
const PUSH_TIMEOUT_MS = 300_000;

export const tagActionsRelease = defineAction<ReleaseInputs>({
  name: 'tag-actions-release',

  readInputs(inputs) {
    const version = inputs.string('version');
    const tested = inputs.string('tested-commit');
    const repository = inputs.string('repository');
    const major = /^(v[0-9]+)\.[0-9]+\.[0-9]+$/.exec(version)?.[1];
    throwIfAny(
      [
        major ? undefined : `input version must be vX.Y.Z, got '${version}'`,
        /^[0-9a-f]{40}$/.test(tested) ? undefined : `input tested-commit must be a full commit SHA, got '${tested}'`,
        /^[A-Za-z0-9-]+\/[A-Za-z0-9._-]+$/.test(repository)
          ? undefined
          : `input repository must be OWNER/NAME, got '${repository}'`,
      ]
        .filter((p) => p !== undefined)
        .map((p) => new UserError(p)),
    );
    return { version, major: major!, tested, repository };
  },

  async run({ version, major, tested, repository }, ctx): Promise<ActionResult> {
    const plain = await createGit(ctx.workspace, ctx.env);
    const head = (await plain(['rev-parse', 'HEAD'])).stdout.trim();
    if (head !== tested) throw new UserError(`checked out ${head}, but the test job tested ${tested}`);
    // The release commit holds the tested tree and the rewritten uses:, nothing a step before left behind.
    const dirty = (await plain(['status', '--porcelain', '--untracked-files=no'])).stdout.trimEnd();
    if (dirty !== '') throw new UserError(`the checkout differs from the tested commit:\n${dirty}`);

    const rewritten = rewriteOwnUses(ctx.workspace, repository, version);
    for (const f of rewritten) ctx.info(`${f.display}: ${f.count} uses: now at @${version}`);

    // The tested commit's identity and date: a re-run makes the same release commit and tag.
    const date = (await plain(['log', '-1', '--format=%cI', tested])).stdout.trim();
    const git = await createGit(
      ctx.workspace,
      {
        ...ctx.env,
        GIT_AUTHOR_NAME: BOT,
        GIT_COMMITTER_NAME: BOT,
        GIT_AUTHOR_EMAIL: BOT_EMAIL,
        GIT_COMMITTER_EMAIL: BOT_EMAIL,
        GIT_AUTHOR_DATE: date,
        GIT_COMMITTER_DATE: date,
      },
      { networkTimeoutMs: PUSH_TIMEOUT_MS },
    );
    let release = tested;
    if (rewritten.length > 0) {
      const message = `Release ${version}: the workflows call this repository's actions at @${version}`;
      await git(['commit', '-q', '-m', message, '--', ...rewritten.map((f) => f.display)]);
      release = (await git(['rev-parse', 'HEAD'])).stdout.trim();
    }

    const existing = await git(['rev-parse', '-q', '--verify', `refs/tags/${version}^{commit}`], {
      allowFailure: true,
    });
    if (existing.code === 0) {
      const at = existing.stdout.trim();
      if (at !== release)
        throw new UserError(`${version} already exists at ${at}, not at ${release}; a release tag never moves`);
      ctx.info(`${version} already at ${release}`);
    } else await git(['tag', '-a', version, '-m', `coco-release-actions ${version}`, release]);
    await git(['tag', '-f', major, release]);
    await push(git, version, major);
    ctx.info(`pushed ${version} and ${major} at ${release}`);

    return {
      outputs: { commit: release, major },
      summary:
        `Released ${version} at ${release} (tested commit ${tested}); ${major} now points to it.\n\n` +
        `On main, point the workflows' own \`uses:\` at \`@${release}\` (this release, by full SHA).`,
    };
  },
});

/** Both tags or neither: a release tag without its major tag (or the reverse) is half a release. */
async function push(git: Git, version: string, major: string): Promise<void> {
  const r = await git(['push', '--atomic', 'origin', `refs/tags/${version}`, `+refs/tags/${major}`], {
    allowFailure: true,
  });
  if (r.timedOut)
    throw new UserError(
      `git push of ${version} and ${major} to origin had no answer; the remote may still have taken both: run again`,
    );
  if (r.code !== 0)
    throw new UserError(`git push of ${version} and ${major} to origin was refused; origin said:\n${r.stderr.trim()}`);
}

/**
 * Every step's `uses: REPOSITORY/actions/<action>@<ref>` in the workflows set to `@version`, in place; the
 * files that changed, with how many values each.
 */
export function rewriteOwnUses(
  workspace: string,
  repository: string,
  version: string,
): { display: string; count: number }[] {
  const own = new RegExp(`^(${repository.replace(/\./g, '\\.')}/actions/[A-Za-z0-9._-]+)@\\S+$`);
  const names = readdirSync(join(workspace, WORKFLOWS))
    .filter((f) => f.endsWith('.yml') || f.endsWith('.yaml'))
    .sort();
  const out: { display: string; count: number }[] = [];
  const edits: FileEdit[] = [];
  for (const name of names) {
    const target = resolveInWorkspace(`${WORKFLOWS}/${name}`, workspace);
    const source = readText(target);
    const file = loadYaml(source, target.display);
    const sets: ScalarSet[] = [];
    const { jobs } = (toData(file) ?? {}) as { jobs?: Record<string, { steps?: unknown }> };
    for (const [job, spec] of Object.entries(jobs ?? {})) {
      const steps = spec && Array.isArray(spec.steps) ? (spec.steps as { uses?: unknown }[]) : [];
      for (const [i, step] of steps.entries()) {
        const match = typeof step?.uses === 'string' ? own.exec(step.uses) : null;
        if (!match) continue;
        const path = formatPath([
          { kind: 'key', key: 'jobs' },
          { kind: 'key', key: job },
          { kind: 'key', key: 'steps' },
          { kind: 'index', index: i },
          { kind: 'key', key: 'uses' },
        ]);
        sets.push({ path, value: `${match[1]}@${version}` });
      }
    }
    if (sets.length === 0) continue;
    const result = editYaml(file, sets);
    if (result.changes.length === 0) continue;
    edits.push(result);
    out.push({ display: target.display, count: result.changes.length });
  }
  // The one write path of the editing actions: checked, then all files or none.
  applyFileEdits(edits, { workspace, dryRun: false });
  return out;
}
