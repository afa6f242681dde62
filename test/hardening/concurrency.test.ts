import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT } from '../helpers/paths.js';

/**
 * Issue 23, item 7: two runs of one release could overlap, as peer-pods-release.yml's concurrency group
 * used inputs.version: a run with it blank and one with `v0.22.0` were in different groups. Each reusable
 * release workflow's group is keyed only on what every run of the release resolves the same way (the
 * repository, and the phase where there is one, a required input), and never cancels a running release.
 */

const RELEASE_WORKFLOWS = ['peer-pods-release.yml', 'charts-release.yml', 'subproject-release.yml'];

interface Workflow {
  on: { workflow_call: { inputs?: Record<string, { required?: boolean; default?: unknown }> } };
  concurrency?: { group?: string; 'cancel-in-progress'?: boolean };
}

describe('the reusable release workflows exclude each other per repository and phase', () => {
  for (const file of RELEASE_WORKFLOWS) {
    it(`${file}: a group of the repository and the phase, never cancelling a running release`, () => {
      const wf = parse(readFileSync(join(ROOT, '.github/workflows', file), 'utf8')) as Workflow;
      const group = wf.concurrency?.group ?? '';
      expect(wf.concurrency?.['cancel-in-progress']).toBe(false);
      const expressions = [...group.matchAll(/\$\{\{\s*(.*?)\s*\}\}/g)].map((m) => m[1]);
      const inputs = wf.on.workflow_call.inputs ?? {};
      const expected = inputs['phase'] ? ['github.repository', 'inputs.phase'] : ['github.repository'];
      expect(expressions, group).toEqual(expected);
      // The phase must be given on every run: a required input without a default.
      if (inputs['phase']) expect([inputs['phase'].required, inputs['phase'].default]).toEqual([true, undefined]);
    });
  }
});
