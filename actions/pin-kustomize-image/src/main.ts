import { changesTable, code, collectErrors, fenced, isChanged, throwIfAny, UserError } from '@coco-release/core';
import {
  checkTemplatesHaveTag,
  parseImageArg,
  parseTagTemplates,
  planPins,
  type ImageArg,
  type MergeMode,
  type PinResult,
  type TagTemplate,
} from '@coco-release/kustomize-image';
import { defineAction, type ActionResult } from '../../../src/action.js';
import { writeEdits } from '../../../src/edits.js';

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
    const { changedFiles, diff } = writeEdits(ctx, plan.pins, {
      dryRun: inputs.dryRun,
      created: '(new entry)',
      notes: plan.excluded.map((x) => `${x}: excluded`),
    });
    return {
      outputs: { 'changed-files': changedFiles, diff },
      summary: summarize(inputs, plan.pins, plan.excluded, diff),
    };
  },
});

function summarize(inputs: PinInputs, pins: PinResult[], excluded: string[], diff: string): string {
  const changed = pins.filter(isChanged);
  const title =
    `### pin-kustomize-image: ${code(inputs.image.text)} (merge: ${inputs.merge})` +
    `${inputs.dryRun ? ', dry run, nothing written' : ''}\n\n`;
  const columns = [
    ['file', 'file'],
    ['image', 'site'],
    ['old → new', 'old → new'],
  ] as const;
  const rows = changesTable(pins, columns, { created: '*(new entry)*', unchanged: true });
  const notes = [
    `${changed.length} of ${pins.length} file(s) ${inputs.dryRun ? 'would change' : 'changed'}.`,
    excluded.length > 0 ? `Excluded: ${excluded.map(code).join(', ')}.` : '',
  ]
    .filter(Boolean)
    .join(' ');
  return `${title}${rows}\n${notes}\n${diff ? `\n${fenced('diff', diff)}` : ''}`;
}
