import { throwIfAny, UserError } from '@coco-release/core';
import { globToRegExp, matchesGlob } from './glob.js';
import { tagProblem } from './image-arg.js';

/** One `GLOB=TEMPLATE` line of tag-templates: files matching GLOB get TEMPLATE with `{tag}` filled in. */
export interface TagTemplate {
  glob: string;
  template: string;
  line: number;
  re: RegExp;
}

export const TAG_PLACEHOLDER = '{tag}';

export function parseTagTemplates(lines: readonly { text: string; line: number }[]): TagTemplate[] {
  const errors: UserError[] = [];
  const out: TagTemplate[] = [];
  for (const { text, line } of lines) {
    const eq = text.lastIndexOf('=');
    const glob = eq < 0 ? '' : text.slice(0, eq).trim();
    const template = eq < 0 ? '' : text.slice(eq + 1).trim();
    if (glob === '' || template === '') {
      errors.push(
        new UserError(
          `tag-templates line ${line}: expected GLOB=TEMPLATE (e.g. **/libvirt/**=dev-{tag}), got '${text}'`,
        ),
      );
      continue;
    }
    // The template must make a valid tag for any valid tag put in its place.
    const problem = tagProblem(template.split(TAG_PLACEHOLDER).join('x'));
    if (problem) {
      errors.push(new UserError(`tag-templates line ${line}: '${template}' cannot make a valid tag: ${problem}`));
      continue;
    }
    out.push({ glob, template, line, re: globToRegExp(glob) });
  }
  throwIfAny(errors);
  return out;
}

/** The first template whose glob matches the workspace-relative path, if any. */
export function templateFor(path: string, templates: readonly TagTemplate[]): TagTemplate | undefined {
  return templates.find((t) => matchesGlob(path, t.re));
}

export function applyTemplate(t: TagTemplate, tag: string): string {
  return t.template.split(TAG_PLACEHOLDER).join(tag);
}
