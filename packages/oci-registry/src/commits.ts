import { UserError } from '@coco-release/core';
import { tagProblem } from './reference.js';

/**
 * Candidate commits for "the last built image": the first-parent history of a ref, newest first. Image
 * workflows build the commits that land on the branch (merge commits on main), not the commits inside a
 * merged branch, so the walk follows first parents only.
 */

/** git with argument arrays, provided by the caller (the actions give theirs, src/git.ts). */
export type RunGit = (
  args: string[],
  opts?: { allowFailure?: boolean },
) => Promise<{ code: number; stdout: string; stderr: string }>;

export interface History {
  /** The ref, resolved. */
  head: string;
  /** Newest first, at most the requested number, starting with `head`. */
  commits: string[];
  /** A shallow clone ends early: the history may be longer than what was walked. */
  shallow: boolean;
}

export async function firstParentCommits(git: RunGit, ref: string, max: number): Promise<History> {
  const resolved = await git(['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`], {
    allowFailure: true,
  });
  if (resolved.code !== 0) {
    const inside = await git(['rev-parse', '--is-inside-work-tree'], { allowFailure: true });
    if (inside.code !== 0) {
      throw new UserError(
        'the workspace is not a git checkout: candidates: commits walks its history (check the repository out ' +
          'with actions/checkout and fetch-depth: 0), or list the tags to try in candidates',
      );
    }
    throw new UserError(`input 'ref': '${ref}' is not a commit in this repository`);
  }
  const head = resolved.stdout.trim();
  const list = await git(['rev-list', '--first-parent', `--max-count=${max}`, head]);
  const shallow = await git(['rev-parse', '--is-shallow-repository'], { allowFailure: true });
  return {
    head,
    commits: list.stdout.split('\n').filter((l) => l !== ''),
    shallow: shallow.stdout.trim() === 'true',
  };
}

export const SHA_PLACEHOLDER = '{sha}';

/** Why a tag template cannot work, or undefined. */
export function tagTemplateProblem(template: string): string | undefined {
  if (!template.includes(SHA_PLACEHOLDER)) return `'${template}' does not contain ${SHA_PLACEHOLDER}`;
  const other = /\{[^}]*\}/.exec(template.replaceAll(SHA_PLACEHOLDER, ''));
  if (other) return `'${template}' holds ${other[0]}; the only placeholder is ${SHA_PLACEHOLDER}`;
  const problem = tagProblem(expandTagTemplate(template, 'f'.repeat(40)));
  return problem ? `'${template}' does not make a valid tag: ${problem}` : undefined;
}

export function expandTagTemplate(template: string, sha: string): string {
  return template.replaceAll(SHA_PLACEHOLDER, sha);
}
