import { applyFileEdits, type AppliedEdits, type Change, type FileEdit } from '@coco-release/core';
import type { ActionContext } from './action.js';

export interface WriteEditsOptions {
  dryRun: boolean;
  /** How a log line shows a value that was not there before (default `(none)`). */
  created?: string;
  /** Lines logged after the changes (optional sites skipped, files excluded), in order. */
  notes?: readonly string[];
  /** Warnings logged after the notes. */
  warnings?: readonly string[];
  /** The line logged when no file changes. */
  nothingToChange?: string;
}

/**
 * The write path of every action that edits files: the planned edits of its editors checked, diffed and
 * written all or none (or not, in a dry run) by applyFileEdits, then one log line per change and per value
 * already in place, the action's notes and warnings, and what was (not) written.
 */
export function writeEdits(
  ctx: ActionContext,
  edits: readonly FileEdit[],
  options: WriteEditsOptions,
): AppliedEdits & { changedFiles: string } {
  const applied = applyFileEdits(edits, { workspace: ctx.workspace, dryRun: options.dryRun });
  const created = options.created ?? '(none)';
  const where = (file: string, c: Change): string => (c.line === undefined ? file : `${file}:${c.line}`);
  for (const e of edits) {
    for (const c of e.changes)
      ctx.info(`${where(e.file, c)}: ${c.site}: ${c.old ?? created} -> ${c.new ?? '(removed)'}`);
    for (const c of e.unchanged ?? []) ctx.info(`${where(e.file, c)}: ${c.site} is already ${c.new}`);
  }
  for (const note of options.notes ?? []) ctx.info(note);
  for (const warning of options.warnings ?? []) ctx.warning(warning);
  if (!applied.changed) {
    if (options.nothingToChange !== undefined) ctx.info(options.nothingToChange);
  } else if (options.dryRun) ctx.info(`dry run: ${applied.files.length} file(s) were not written`);
  return { ...applied, changedFiles: JSON.stringify(applied.files.map((f) => f.file)) };
}
