import { describe, expect, it } from 'vitest';
import { annotations, runBundle } from '../../../test/helpers/bundle.js';
import { runAsBundle } from '../../../test/helpers/in-process.js';
import { workspace } from '../../../test/helpers/workspace.js';
import { describePinChanges } from '../src/main.js';

/**
 * The body of bump-coco-deps' pull request (issue 24: it was a `node -e` script in the workflow): the
 * changes as a table, compare links for the known pins, values from the file kept to inline code.
 */

const OLD = '258ea4acb7b9bd865fce5c63a539f2120dba8298';
const NEW = '6b7a7b05b0ac0e8a3e0d53a7ae1a2f6e2a3e8f1c';
const FOOTER = 'Opened by the coco-release-actions `bump-coco-deps` workflow.';

const describeIt = (changes: unknown, extra: Record<string, string> = {}) =>
  runAsBundle(
    describePinChanges,
    { changes: typeof changes === 'string' ? changes : JSON.stringify(changes), file: 'versions.yaml', ...extra },
    { workspace: workspace() },
  );

describe('describe-pin-changes', () => {
  it('a row per change, a compare link between two commits of a known pin (the bundle on Node 24)', async () => {
    const changes = [
      { path: '.externals.coco-trustee.version', old: OLD, new: NEW, line: 12 },
      { path: '.oci.kata-containers.reference', old: '3.20.0', new: '3.21.0', line: 40 },
      { path: '.externals.other.version', old: OLD, new: NEW, line: 50 },
      { path: '.externals.added.version', old: null, new: 'v1', line: 60 },
    ];
    const r = await runBundle(
      'describe-pin-changes',
      { changes: JSON.stringify(changes), file: 'versions.yaml', footer: FOOTER },
      { workspace: workspace() },
    );
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.outputs['body']).toBe(
      [
        'Bumps pins in `versions.yaml`:',
        '',
        '| path | old | new | commits |',
        '| --- | --- | --- | --- |',
        `| \`.externals.coco-trustee.version\` | \`${OLD}\` | \`${NEW}\` | [compare](https://github.com/confidential-containers/trustee/compare/${OLD}...${NEW}) |`,
        '| `.oci.kata-containers.reference` | `3.20.0` | `3.21.0` |  |',
        `| \`.externals.other.version\` | \`${OLD}\` | \`${NEW}\` |  |`,
        '| `.externals.added.version` | *(new)* | `v1` |  |',
        '',
        FOOTER,
      ].join('\n'),
    );
    expect(r.summary).toBe('');
    expect(r.stdout).toBe('4 change(s) of versions.yaml described\n');
  });

  it('a value stays one cell of inline code: pipes, backticks and line breaks', async () => {
    const r = await describeIt([{ path: '.a', old: 'x|y', new: '`z`\n| --- |\n[l](http://e)' }]);
    expect(r.outputs['body']!.split('\n')).toEqual([
      'Bumps pins in `versions.yaml`:',
      '',
      '| path | old | new | commits |',
      '| --- | --- | --- | --- |',
      '| `.a` | `x\\|y` | `` `z`\\n\\| --- \\|\\n[l](http://e) `` |  |',
    ]);
  });

  it('a file name with a line break is shown, not obeyed, in the log', async () => {
    const r = await describeIt([], { file: 'v.yaml\n::error::forged' });
    expect(r.stdout).toBe('0 change(s) of v.yaml\\n::error::forged described\n');
    expect(r.outputs['body']).toBe(
      'Bumps pins in `v.yaml\\n::error::forged`:\n\n| path | old | new | commits |\n| --- | --- | --- | --- |',
    );
  });

  it('refuses changes that are not bump-versions-yaml changes', async () => {
    for (const changes of ['{', '{}', [{ path: '.a', old: 1, new: 'x' }], [{ path: '.a', new: 'x' }]]) {
      const r = await describeIt(changes);
      expect(r.code, JSON.stringify(changes)).toBe(1);
      expect(r.outputs).toEqual({});
      expect(annotations(r.stdout)[0], JSON.stringify(changes)).toMatch(
        /^::error::input 'changes' (is not JSON: |must be a JSON list of \{path, old, new\} \(bump-versions-yaml's changes\)$)/,
      );
    }
  });
});
