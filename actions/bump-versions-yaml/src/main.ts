import {
  code,
  collectErrors,
  fenced,
  readText,
  resolveInWorkspace,
  table,
  throwIfAny,
  unifiedDiff,
  UserError,
  writeFilesAtomically,
} from '@coco-release/core';
import { editYaml, loadYaml, parseAssignment, type ScalarSet } from '@coco-release/yaml-edit';
import { defineAction, type ActionResult } from '../../../src/action.js';

export interface BumpInputs {
  file: string;
  sets: ScalarSet[];
  allowCreate: boolean;
  dryRun: boolean;
}

export const bumpVersionsYaml = defineAction<BumpInputs>({
  name: 'bump-versions-yaml',

  readInputs(inputs) {
    const file = inputs.required('file');
    const lines = inputs.lines('set');
    if (lines.length === 0) throw new UserError("input 'set' is required: one PATH=VALUE per line");
    const { errors, attempt } = collectErrors();
    const sets: ScalarSet[] = [];
    for (const { text, line } of lines) attempt(() => sets.push(parseAssignment(text, `set line ${line}`)));
    throwIfAny(errors);
    return { file, sets, allowCreate: inputs.boolean('allow-create'), dryRun: inputs.boolean('dry-run') };
  },

  async run({ file, sets, allowCreate, dryRun }, ctx): Promise<ActionResult> {
    const target = resolveInWorkspace(file, ctx.workspace);
    const source = readText(target);
    const result = editYaml(loadYaml(source, target.display), sets, { allowCreate });
    const changed = result.changes.length > 0;
    const diff = unifiedDiff(target.display, source, result.edits);
    // Called with nothing to write too: it removes temp files a killed run left beside the file.
    if (!dryRun) writeFilesAtomically(changed ? [{ path: target.path, content: result.text, original: source }] : []);

    for (const c of result.changes) {
      ctx.info(`${target.display}:${c.line}: ${c.path}: ${c.old ?? '(new)'} -> ${c.new}`);
    }
    for (const u of result.unchanged) ctx.info(`${target.display}:${u.line}: ${u.path} is already ${u.value}`);
    if (!changed) ctx.info(`${target.display}: nothing to change`);
    else if (dryRun) ctx.info(`dry run: ${target.display} was not written`);

    return {
      outputs: {
        changed: String(changed),
        changes: JSON.stringify(
          result.changes.map(({ path, old, new: value, line }) => ({ path, old, new: value, line })),
        ),
        diff,
      },
      summary: summarize(target.display, result.changes, result.unchanged.length, diff, dryRun),
    };
  },
});

function summarize(
  file: string,
  changes: { path: string; old: string | null; new: string; line: number }[],
  unchanged: number,
  diff: string,
  dryRun: boolean,
): string {
  const title = `### bump-versions-yaml: ${code(file)}${dryRun ? ' (dry run, nothing written)' : ''}\n\n`;
  if (changes.length === 0) return `${title}Nothing to change: every value is already set (${unchanged} checked).\n`;
  const rows = changes.map((c) => [
    code(c.path),
    c.old === null ? '*(new)*' : code(c.old),
    code(c.new),
    String(c.line),
  ]);
  const kept = unchanged > 0 ? `\n${unchanged} value(s) already had the requested value.\n` : '';
  return `${title}${table(['path', 'old', 'new', 'line'], rows)}${kept}\n${fenced('diff', diff)}`;
}
