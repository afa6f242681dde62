import {
  changesTable,
  code,
  collectErrors,
  fenced,
  readText,
  resolveInWorkspace,
  throwIfAny,
  UserError,
} from '@coco-release/core';
import { editYaml, loadYaml, parseAssignment, type ScalarSet, type YamlEditResult } from '@coco-release/yaml-edit';
import { defineAction, type ActionResult } from '../../../src/action.js';
import { writeEdits } from '../../../src/edits.js';

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
    const edit = editYaml(loadYaml(readText(target), target.display), sets, { allowCreate });
    const { changed, diff } = writeEdits(ctx, [edit], {
      dryRun,
      created: '(new)',
      nothingToChange: `${target.display}: nothing to change`,
    });
    return {
      outputs: {
        changed: String(changed),
        changes: JSON.stringify(
          edit.changes.map(({ site, old, new: value, line }) => ({ path: site, old, new: value, line })),
        ),
        diff,
      },
      summary: summarize(edit, diff, dryRun),
    };
  },
});

function summarize(edit: YamlEditResult, diff: string, dryRun: boolean): string {
  const title = `### bump-versions-yaml: ${code(edit.file)}${dryRun ? ' (dry run, nothing written)' : ''}\n\n`;
  const unchanged = edit.unchanged.length;
  if (edit.changes.length === 0)
    return `${title}Nothing to change: every value is already set (${unchanged} checked).\n`;
  const columns = [
    ['path', 'site'],
    ['old', 'old'],
    ['new', 'new'],
    ['line', 'line'],
  ] as const;
  const kept = unchanged > 0 ? `\n${unchanged} value(s) already had the requested value.\n` : '';
  return `${title}${changesTable([edit], columns, { created: '*(new)*' })}${kept}\n${fenced('diff', diff)}`;
}
