import { collectErrors, readText, throwIfAny, UserError } from '@coco-release/core';
import { discoverKustomizations } from './discover.js';
import type { MergeMode, PinResult } from './entry.js';
import { KEEP, tagProblem, type ImageArg } from './image-arg.js';
import { loadYaml } from '@coco-release/yaml-edit';
import { planPin } from './pin.js';
import { applyTemplate, templateFor, TAG_PLACEHOLDER, type TagTemplate } from './templates.js';

export interface PinOptions {
  workspace: string;
  files: readonly { text: string; line: number }[];
  image: ImageArg;
  templates?: readonly TagTemplate[];
  exclude?: readonly string[];
  merge?: MergeMode;
}

export interface PinPlan {
  /** One per kustomization found, in order, whether it changes or not; `file` as the workspace shows it. */
  pins: PinResult[];
  excluded: string[];
}

/** A template with `{tag}` needs a tag to fill in: `name@digest` or `name=*:*` gives none. */
export function checkTemplatesHaveTag(image: ImageArg, templates: readonly TagTemplate[]): void {
  const needs = templates.find((t) => t.template.includes(TAG_PLACEHOLDER));
  if (needs && (image.newTag === undefined || image.newTag === KEEP)) {
    throw new UserError(
      `tag-templates line ${needs.line} uses {tag}, but image '${image.text}' sets no tag to put in its place`,
    );
  }
}

/**
 * Find the kustomizations, plan the pin in each and verify it: every problem in every file is collected
 * and thrown together, so either every file can be written or none is.
 */
export function planPins(o: PinOptions): PinPlan {
  const templates = o.templates ?? [];
  checkTemplatesHaveTag(o.image, templates);
  const found = discoverKustomizations(o.files, { workspace: o.workspace, exclude: o.exclude ?? [] });
  const { errors, attempt } = collectErrors();
  errors.push(...found.errors);
  if (errors.length === 0 && found.files.length === 0) {
    errors.push(
      new UserError(
        `no kustomization left to edit: all ${found.excluded.length} found (${found.excluded.join(', ')}) are excluded`,
      ),
    );
  }
  const pins: PinResult[] = [];
  for (const target of found.files) {
    attempt(() => {
      const template = templateFor(target.display, templates);
      let newTag = o.image.newTag;
      if (template && newTag !== undefined && newTag !== KEEP) {
        newTag = applyTemplate(template, newTag);
        const problem = tagProblem(newTag);
        if (problem) throw new UserError(`tag-templates line ${template.line}: ${problem}`, { file: target.display });
      }
      const source = readText(target);
      const req = { name: o.image.name, newName: o.image.newName, newTag, digest: o.image.digest };
      const mode = o.merge ?? 'fields';
      const fileName = target.display.split('/').pop()!;
      pins.push(planPin(loadYaml(source, target.display), req, mode, fileName));
    });
  }
  throwIfAny(errors);
  return { pins, excluded: found.excluded };
}
