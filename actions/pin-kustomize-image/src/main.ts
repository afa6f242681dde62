import { code, fenced, table, throwIfAny, UserError, writeFilesAtomically, collectErrors } from '@coco-release/core';
import {
  checkTemplatesHaveTag,
  formatEntry,
  parseImageArg,
  parseTagTemplates,
  planPins,
  type FilePin,
  type ImageArg,
  type MergeMode,
  type TagTemplate,
} from '@coco-release/kustomize-image';
import { defineAction, type ActionResult } from '../../../src/action.js';

export interface PinInputs {
  files: { text: string; line: number }[];
  image: ImageArg;
  templates: TagTemplate[];
  exclude: string[];
  merge: MergeMode;
  dryRun: boolean;
}

export const pinKustomizeImage = defineAction<PinInputs>({
  name: 'pin-kustomize-image',

  readInputs(inputs) {
    const { errors, attempt } = collectErrors();
    const files = inputs.lines('files');
    if (files.length === 0)
      errors.push(new UserError("input 'files' is required: one file, directory or glob per line"));
    const image = attempt(() => parseImageArg(inputs.required('image')));
    const templates = attempt(() => parseTagTemplates(inputs.lines('tag-templates'))) ?? [];
    const merge = attempt(() => inputs.choice('merge', ['fields', 'replace'] as const));
    const dryRun = attempt(() => inputs.boolean('dry-run'));
    if (image) attempt(() => checkTemplatesHaveTag(image, templates));
    throwIfAny(errors);
    return {
      files,
      image: image!,
      templates,
      exclude: inputs.lines('exclude').map((l) => l.text),
      merge: merge!,
      dryRun: dryRun!,
    };
  },

  async run(inputs, ctx): Promise<ActionResult> {
    const plan = planPins({ workspace: ctx.workspace, ...inputs });
    // Called with nothing to write too: it removes temp files a killed run left beside the files.
    if (!inputs.dryRun) writeFilesAtomically(plan.writes);

    for (const p of plan.pins) {
      const where = `${p.target.display}:${p.line}`;
      if (!p.changed) ctx.info(`${where}: ${inputs.image.name} is already ${formatEntry(p.after)}`);
      else
        ctx.info(
          `${where}: ${inputs.image.name}: ${formatEntry(p.before) || '(new entry)'} -> ${formatEntry(p.after)}`,
        );
    }
    for (const x of plan.excluded) ctx.info(`${x}: excluded`);
    const changed = plan.pins.filter((p) => p.changed);
    if (inputs.dryRun && changed.length > 0) ctx.info(`dry run: ${changed.length} file(s) were not written`);

    const diff = changed.map((p) => p.diff).join('');
    return {
      outputs: { 'changed-files': JSON.stringify(changed.map((p) => p.target.display)), diff },
      summary: summarize(inputs, plan.pins, plan.excluded, diff),
    };
  },
});

function summarize(inputs: PinInputs, pins: FilePin[], excluded: string[], diff: string): string {
  const changed = pins.filter((p) => p.changed);
  const title =
    `### pin-kustomize-image: ${code(inputs.image.text)} (merge: ${inputs.merge})` +
    `${inputs.dryRun ? ', dry run, nothing written' : ''}\n\n`;
  const rows = pins.map((p) => [
    code(p.target.display),
    code(inputs.image.name),
    p.changed
      ? `${p.before ? code(formatEntry(p.before)) : '*(new entry)*'} → ${code(formatEntry(p.after))}`
      : `${code(formatEntry(p.after))} (unchanged)`,
  ]);
  const notes = [
    `${changed.length} of ${pins.length} file(s) ${inputs.dryRun ? 'would change' : 'changed'}.`,
    excluded.length > 0 ? `Excluded: ${excluded.map(code).join(', ')}.` : '',
  ]
    .filter(Boolean)
    .join(' ');
  return `${title}${table(['file', 'image', 'old → new'], rows)}\n${notes}\n${diff ? `\n${fenced('diff', diff)}` : ''}`;
}
