import { describe, expect, it } from 'vitest';
import { capSummary, code, escapeCell, fenced, table, text } from '@coco-release/core';
import { runBundle } from '../helpers/bundle.js';
import { git, repoWithRemote } from '../helpers/git.js';
import { real } from '../helpers/paths.js';
import { localThirdParty } from '../helpers/third-party.js';
import { workspace } from '../helpers/workspace.js';
import { runWorkflow } from '../helpers/workflow-runner.js';
import { injectedCommands } from './helpers.js';

/**
 * Issue 13, job summaries and pull request bodies: Markdown ends a line at a lone `\r` as well as at `\n`,
 * so a value holding either broke the table row it sat in (and could add Markdown of its own); labels went
 * in unescaped; the summary had no size limit, and the runner shows none of a summary above 1 MiB.
 */

const HOSTILE = 'a|b`c\rd\n::warning::x';

describe('the Markdown builders', () => {
  it('keep every value on its table row: CRLF, LF and a lone CR', () => {
    expect(table(['v'], [['1\r2'], ['3\n4'], ['5\r\n6'], ['7|8']])).toBe(
      '| v |\n| --- |\n| 1<br>2 |\n| 3<br>4 |\n| 5<br>6 |\n| 7\\|8 |\n',
    );
    expect(escapeCell('x\ry')).toBe('x<br>y');
  });

  it('code() shows line breaks as \\r and \\n and fences backticks', () => {
    expect(code(HOSTILE)).toBe('``a|b`c\\rd\\n::warning::x``');
    expect(table(['old'], [[code(HOSTILE)]]).split('\n')[2]).toBe('| ``a\\|b`c\\rd\\n::warning::x`` |');
  });

  it('text() shows plain text as it is: no link, image, HTML or emphasis starts inside it', () => {
    expect(text('![p](http://e.x/p.png)<b>*x*</b> & _y_ ~z~ `c` \\')).toBe(
      '\\!\\[p\\](http://e.x/p.png)\\<b\\>\\*x\\*\\</b\\> \\& \\_y\\_ \\~z\\~ \\`c\\` \\\\',
    );
    expect(text('one\rtwo\nthree')).toBe('one\\rtwo\\nthree');
  });

  it('capSummary keeps whole lines, closes a fence the cut left open, and says what was cut', () => {
    const body = Array.from({ length: 100 }, (_, i) => `+line ${i}`).join('\n');
    const summary = `### title\n\n${fenced('diff', body)}`;
    const capped = capSummary(summary, 400);
    expect(Buffer.byteLength(capped)).toBeLessThanOrEqual(400);
    const cut = capped.indexOf('```\n\n**Summary truncated**');
    expect(cut).toBeGreaterThan(0);
    const shown = capped.slice(0, cut);
    expect(summary.startsWith(shown)).toBe(true);
    expect(shown.endsWith('\n')).toBe(true);
    expect(capped.slice(cut)).toBe(
      `\`\`\`\n\n**Summary truncated**: the first ${Buffer.byteLength(shown)} of ${Buffer.byteLength(summary)} bytes are shown (a step's job summary is limited to 400 bytes).\n`,
    );
    expect(capSummary(summary, 100_000)).toBe(summary);
  });
});

describe('the actions’ summaries', () => {
  it('bump-versions-yaml: an old value with |, a backtick, a lone CR and a LF stays in its cell', async () => {
    const ws = workspace({ 'versions.yaml': `pin: ${JSON.stringify(HOSTILE)}\n` });
    const r = await runBundle('bump-versions-yaml', { file: 'versions.yaml', set: '.pin=v2' }, { workspace: ws });
    expect(r.code).toBe(0);
    expect(r.summary).toContain(
      '| path | old | new | line |\n| --- | --- | --- | --- |\n| `.pin` | ``a\\|b`c\\rd\\n::warning::x`` | `v2` | 1 |\n',
    );
    expect(r.summary).not.toContain('\r');
  });

  it('check-snapshotter-parity: a label is shown as text, not Markdown', async () => {
    const ws = workspace({ 'a.yaml': 'v: v1\n', 'b.yaml': 'v: v1\n' });
    const label = '![p](http://e.x/p.png)<b>x</b>';
    const r = await runBundle(
      'check-snapshotter-parity',
      { sources: `${label}=a.yaml#.v\nb=b.yaml#.v` },
      { workspace: ws },
    );
    expect(r.code).toBe(0);
    expect(r.summary).toContain('| \\!\\[p\\](http://e.x/p.png)\\<b\\>x\\</b\\> | `a.yaml#.v` line 1 | `v1` | ✓ |\n');
  });

  it('a 3 MB summary is cut to the runner’s 1 MiB with a visible line', async () => {
    const big = 'x'.repeat(3 * 1024 * 1024);
    const ws = workspace({ 'values.yaml': `image:\n  tag: ${big}\n` });
    const r = await runBundle('bump-versions-yaml', { file: 'values.yaml', set: '.image.tag=v1' }, { workspace: ws });
    expect(r.code).toBe(0);
    expect(r.outputs['changed']).toBe('true');
    expect(Buffer.byteLength(r.summary)).toBeLessThanOrEqual(1024 * 1024);
    expect(r.summary).toMatch(
      /^### bump-versions-yaml: `values\.yaml`\n\n\| path \| old \| new \| line \|\n\| --- \| --- \| --- \| --- \|\n\n\*\*Summary truncated\*\*: the first 93 of 6291676 bytes are shown \(a step's job summary is limited to 1048576 bytes\)\.\n$/,
    );
  });
});

describe('bump-coco-deps.yml: the pull request body', () => {
  it('escapes the old value read from versions.yaml', async () => {
    const kata = real('kata-containers/kata-containers/versions.yaml').replace(
      '    version: "258ea4acb7b9bd865fce5c63a539f2120dba8298"\n',
      `    version: ${JSON.stringify(HOSTILE)}\n`,
    );
    const { work } = repoWithRemote({ 'versions.yaml': kata });
    const pulls = new Map<string, { title: string; body: string; head: string }>();
    const trustee = '6b7a7b05b0ac0e8a3e0d53a7ae1a2f6e2a3e8f1c';
    const run = await runWorkflow('bump-coco-deps.yml', {
      inputs: { 'trustee-sha': trustee },
      workspace: work,
      thirdParty: localThirdParty(pulls),
    });
    expect(run.jobs['bump']!.result).toBe('success');
    const body = pulls.get('coco-release/bump-coco-deps')!.body;
    expect(body).toBe(
      [
        'Bumps pins in `versions.yaml`:',
        '',
        '| path | old | new | commits |',
        '| --- | --- | --- | --- |',
        `| \`.externals.coco-trustee.version\` | \`\`a\\|b\`c\\rd\\n::warning::x\`\` | \`${trustee}\` |  |`,
        '',
        'Opened by the coco-release-actions `bump-coco-deps` workflow.',
      ].join('\n'),
    );
    for (const step of run.steps) expect(injectedCommands(step.stdout), step.name).toEqual([]);
    expect(git(work, 'status', '--porcelain')).toBe('');
  });
});
