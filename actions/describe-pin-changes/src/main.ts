import { code, table, UserError } from '@coco-release/core';
import { defineAction, type ActionResult } from '../../../src/action.js';

/** Where each known pin's commits live, to link the compared range. */
export const PIN_REPOSITORIES: Readonly<Record<string, string>> = {
  '.externals.coco-trustee.version': 'confidential-containers/trustee',
  '.externals.coco-guest-components.version': 'confidential-containers/guest-components',
  '.git.kbs.reference': 'confidential-containers/trustee',
  '.oci.guest-components.reference': 'confidential-containers/guest-components',
  '.oci.kata-containers.reference': 'kata-containers/kata-containers',
};

const FULL_SHA = /^[0-9a-f]{40}$/;

export interface PinChange {
  path: string;
  old: string | null;
  new: string;
}

export interface DescribeInputs {
  changes: PinChange[];
  file: string;
  footer: string;
}

const isChange = (c: unknown): c is PinChange => {
  if (!c || typeof c !== 'object') return false;
  const { path, old, new: value } = c as Record<string, unknown>;
  return typeof path === 'string' && (old === null || typeof old === 'string') && typeof value === 'string';
};

/**
 * The body of bump-coco-deps' pull request (issue 24: it was a Node script in the workflow). The values come
 * from the edited file: each is inline code on one line with `|` escaped for the table, and a compare link
 * is made only from two full SHAs, so nothing a value holds becomes Markdown of its own.
 */
export function describeChanges({ changes, file, footer }: DescribeInputs): string {
  const rows = changes.map(({ path, old, new: value }) => {
    const repo = PIN_REPOSITORIES[path];
    const compare =
      repo && old !== null && FULL_SHA.test(old) && FULL_SHA.test(value)
        ? `[compare](https://github.com/${repo}/compare/${old}...${value})`
        : '';
    return [code(path), old === null ? '*(new)*' : code(old), code(value), compare];
  });
  return [
    `Bumps pins in ${code(file)}:`,
    '',
    table(['path', 'old', 'new', 'commits'], rows).trimEnd(),
    ...(footer === '' ? [] : ['', footer]),
  ].join('\n');
}

export const describePinChanges = defineAction<DescribeInputs>({
  name: 'describe-pin-changes',

  readInputs(inputs) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(inputs.required('changes'));
    } catch (e) {
      throw new UserError(`input 'changes' is not JSON: ${(e as Error).message}`);
    }
    if (!Array.isArray(parsed) || !parsed.every(isChange))
      throw new UserError("input 'changes' must be a JSON list of {path, old, new} (bump-versions-yaml's changes)");
    const changes = parsed.map(({ path, old, new: value }) => ({ path, old, new: value }));
    return { changes, file: inputs.required('file'), footer: inputs.string('footer') };
  },

  async run(inputs, ctx): Promise<ActionResult> {
    ctx.info(`${inputs.changes.length} change(s) of ${inputs.file} described`);
    // bump-versions-yaml's summary already shows the changes: the body goes to the pull request alone.
    return { outputs: { body: describeChanges(inputs) }, summary: '' };
  },
});
