import { UserError } from '@coco-release/core';

/**
 * SOURCE_DATE_EPOCH (reproducible-builds.org): the time to record instead of now, in seconds since 1970.
 * Chart.lock's `generated` is the one clock reading our edits write; a workflow sets this to the edited
 * commit's time so that a re-run on the same commit writes the same bytes (and updates no pull request).
 */
export function sourceDate(env: Readonly<Record<string, string | undefined>>): Date | undefined {
  const raw = env['SOURCE_DATE_EPOCH']?.trim();
  if (raw === undefined || raw === '') return undefined;
  if (!/^\d{1,12}$/.test(raw))
    throw new UserError(`SOURCE_DATE_EPOCH must be a whole number of seconds since 1970, got '${raw}'`);
  return new Date(Number(raw) * 1000);
}
