import { UserError } from '@coco-release/core';

/** OWNER/NAME as GitHub spells a repository. */
const REPOSITORY = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/;

/** The `repository` input, checked when given ('' stays '': the workflow's repository, see below). */
export function repositoryInput(value: string): string {
  if (value !== '' && !REPOSITORY.test(value))
    throw new UserError(`input 'repository' must be OWNER/NAME, got '${value}'`);
  return value;
}

/**
 * The repository a step works on: the `repository` input, else the workflow's own (GITHUB_REPOSITORY).
 * `why` prefixes the message when neither is set (the input that needs it, e.g. `require-checks: `).
 */
export function workflowRepository(input: string, env: Readonly<Record<string, string | undefined>>, why = ''): string {
  const repository = input || env['GITHUB_REPOSITORY']?.trim() || '';
  if (repository === '') throw new UserError(`${why}input 'repository' is empty and GITHUB_REPOSITORY is not set`);
  if (!REPOSITORY.test(repository)) throw new UserError(`GITHUB_REPOSITORY must be OWNER/NAME, got '${repository}'`);
  return repository;
}
