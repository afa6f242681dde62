import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { annotations, runBundle } from '../../../test/helpers/bundle.js';
import { CAA, KATA, real, REPLAY } from '../../../test/helpers/paths.js';
import { runAsBundle } from '../../../test/helpers/in-process.js';
import { snapshotTree, tempDir, workspace } from '../../../test/helpers/workspace.js';
import { bumpVersionsYaml } from '../src/main.js';

const TRUSTEE = '6b7a7b05b0ac0e8a3e0d53a7ae1a2f6e2a3e8f1c';
const GC = '9f1e0c2d4b6a8c0e2f4a6b8d0c2e4f6a8b0d2c4e';
const KATA_SHA = '0d4e8c1b5a2f7e9d3c6b8a0f1e2d3c4b5a6f7e8d';

const kataVersions = real('kata-containers/kata-containers/versions.yaml');
const caaVersions = real('confidential-containers/cloud-api-adaptor/src/cloud-api-adaptor/versions.yaml');

/**
 * bump-versions-yaml through the runner protocol (exit code, stdout, outputs, summary), in this process
 * (runAsBundle); the tests marked "the bundle on Node 24", and the root action's, run dist/ as the runner does.
 */
const bump = (inputs: Record<string, string>, options: { workspace: string; env?: Record<string, string> }) =>
  runAsBundle(bumpVersionsYaml, inputs, options);

/** Replace exactly one occurrence of a line: the expected bytes are the original with these lines swapped. */
function swapLine(text: string, from: string, to: string): string {
  const at = text.indexOf(`${from}\n`);
  expect(at).toBeGreaterThanOrEqual(0);
  expect(text.indexOf(`${from}\n`, at + 1)).toBe(-1);
  return text.slice(0, at) + `${to}\n` + text.slice(at + from.length + 1);
}

describe('bump-versions-yaml on the real Kata versions.yaml', () => {
  it('pins trustee and guest-components byte-exactly, then re-runs as a no-op (the bundle on Node 24)', async () => {
    const ws = workspace({}, { 'versions.yaml': join(KATA, 'versions.yaml') });
    const inputs = {
      file: 'versions.yaml',
      set: `.externals.coco-trustee.version=${TRUSTEE}\n.externals.coco-guest-components.version=${GC}\n`,
    };
    const run = await runBundle('bump-versions-yaml', inputs, { workspace: ws });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);

    let expected = swapLine(
      kataVersions,
      '    version: "258ea4acb7b9bd865fce5c63a539f2120dba8298"',
      `    version: "${TRUSTEE}"`,
    );
    expected = swapLine(expected, '    version: "304c21f29e26dbbb968783e41109f3b6d630e872"', `    version: "${GC}"`);
    expect(readFileSync(join(ws, 'versions.yaml'), 'utf8')).toBe(expected);

    expect(run.outputs['changed']).toBe('true');
    expect(JSON.parse(run.outputs['changes']!)).toEqual([
      {
        path: '.externals.coco-trustee.version',
        old: '258ea4acb7b9bd865fce5c63a539f2120dba8298',
        new: TRUSTEE,
        line: 299,
      },
      {
        path: '.externals.coco-guest-components.version',
        old: '304c21f29e26dbbb968783e41109f3b6d630e872',
        new: GC,
        line: 282,
      },
    ]);
    expect(run.outputs['diff']).toBe(
      [
        '--- a/versions.yaml',
        '+++ b/versions.yaml',
        '@@ -279,7 +279,7 @@',
        '   coco-guest-components:',
        '     description: "Provides attested key unwrapping for image decryption"',
        '     url: "https://github.com/confidential-containers/guest-components/"',
        '-    version: "304c21f29e26dbbb968783e41109f3b6d630e872"',
        `+    version: "${GC}"`,
        '     # Guest Ubuntu release qualifier published by coco-extension-image.yml',
        '     # (tags are "<version>-<variant>", e.g. "<sha>-ubuntu26.04"). The',
        '     # extension ships no libc, so this must match the guest rootfs ABI.',
        '@@ -296,7 +296,7 @@',
        '   coco-trustee:',
        '     description: "Provides attestation and secret delivery components"',
        '     url: "https://github.com/confidential-containers/trustee"',
        '-    version: "258ea4acb7b9bd865fce5c63a539f2120dba8298"',
        `+    version: "${TRUSTEE}"`,
        '     toolchain: "1.90.0"',
        '     # Helm chart deploys three separate images; tags match version.',
        '     images:',
        '',
      ].join('\n'),
    );
    expect(run.summary).toContain('### bump-versions-yaml: `versions.yaml`\n');
    expect(run.summary).toContain(
      `| \`.externals.coco-trustee.version\` | \`258ea4acb7b9bd865fce5c63a539f2120dba8298\` | \`${TRUSTEE}\` | 299 |`,
    );
    expect(run.summary).toContain('```diff\n--- a/versions.yaml\n');

    const again = await runBundle('bump-versions-yaml', inputs, { workspace: ws });
    expect(again.code).toBe(0);
    expect(again.outputs['changed']).toBe('false');
    expect(again.outputs['changes']).toBe('[]');
    expect(again.outputs['diff']).toBe('');
    expect(readFileSync(join(ws, 'versions.yaml'), 'utf8')).toBe(expected);
    expect(again.summary).toContain('Nothing to change: every value is already set (2 checked).');
  });

  it('writes nothing in a dry run but reports the change', async () => {
    const ws = workspace({}, { 'versions.yaml': join(KATA, 'versions.yaml') });
    const run = await bump(
      { file: 'versions.yaml', set: '.externals.nydus-snapshotter.version=v0.15.16', 'dry-run': 'true' },
      { workspace: ws },
    );
    expect(run.code).toBe(0);
    expect(run.outputs['changed']).toBe('true');
    expect(run.outputs['diff']).toContain('-    version: "v0.15.15"\n+    version: "v0.15.16"');
    expect(run.summary).toContain('(dry run, nothing written)');
    expect(readFileSync(join(ws, 'versions.yaml'), 'utf8')).toBe(kataVersions);
  });
});

describe('bump-versions-yaml on the real cloud-api-adaptor versions.yaml', () => {
  const schema = JSON.parse(readFileSync(join(CAA, 'src/cloud-api-adaptor/versions.schema.json'), 'utf8')) as object;
  const validate = (text: string): unknown => {
    const ajv = new Ajv.default({ allErrors: true, strict: false });
    addFormats.default(ajv);
    const ok = ajv.validate(schema, parse(text));
    return ok ? true : ajv.errors;
  };

  it('updates the Kata reference with its inline comment and the KBS reference, keeping the schema valid', async () => {
    expect(validate(caaVersions)).toBe(true);
    const ws = workspace({ 'src/cloud-api-adaptor/versions.yaml': caaVersions });
    const run = await bump(
      {
        file: 'src/cloud-api-adaptor/versions.yaml',
        set: [
          `.oci.kata-containers.reference=${KATA_SHA} # v4.1.0`,
          `.git.kbs.reference=${TRUSTEE}`,
          '.tools.golang=1.26',
          '.oci.pause.tag=3.10',
        ].join('\n'),
      },
      { workspace: ws },
    );
    expect(run.stdout).not.toContain('::error');
    expect(run.code).toBe(0);
    let expected = swapLine(
      caaVersions,
      '    reference: cf82bb35c80320178bf7570252fe75d6fb263209 # v4.0.0',
      `    reference: ${KATA_SHA} # v4.1.0`,
    );
    expected = swapLine(
      expected,
      '    reference: 258ea4acb7b9bd865fce5c63a539f2120dba8298',
      `    reference: ${TRUSTEE}`,
    );
    // 1.26 and 3.10 would read back as numbers (and break the schema): they are quoted.
    expected = swapLine(expected, '  golang: 1.25.13', '  golang: "1.26"');
    expected = swapLine(expected, '    tag: "3.9"', '    tag: "3.10"');
    const after = readFileSync(join(ws, 'src/cloud-api-adaptor/versions.yaml'), 'utf8');
    expect(after).toBe(expected);
    expect(validate(after)).toBe(true);
  });
});

describe('bad input fails with one clear message and changes nothing', () => {
  const list = 'images:\n- name: kbs\n  newTag: v1\n- name: kbs\n  newTag: v2\n';
  const cases: [string, Record<string, string>, string[]][] = [
    [
      'a missing path',
      { file: 'versions.yaml', set: '.externals.coco-trustee.nope=1' },
      [
        "::error file=versions.yaml,line=297,col=5::versions.yaml:297:5: set line 1: .externals.coco-trustee.nope: no key 'nope' in the mapping at line 297 (set allow-create to add it)",
      ],
    ],
    [
      'a selector matching no item',
      { file: 'list.yaml', set: '.images[name=as].newTag=v3' },
      [
        '::error file=list.yaml,line=2,col=1::list.yaml:2:1: set line 1: .images[name=as].newTag: no item of the sequence at line 2 has name=as',
      ],
    ],
    [
      'a selector matching two items',
      { file: 'list.yaml', set: '.images[name=kbs].newTag=v3' },
      [
        '::error file=list.yaml,line=2,col=1::list.yaml:2:1: set line 1: .images[name=kbs].newTag: 2 items of the sequence at line 2 have name=kbs (lines 2, 4); a selector must match exactly one',
      ],
    ],
    [
      'a target that is a mapping',
      { file: 'versions.yaml', set: '.externals.coco-trustee=abc' },
      [
        '::error file=versions.yaml,line=297,col=5::versions.yaml:297:5: set line 1: .externals.coco-trustee is a mapping, not a scalar value; give the path of a value inside it',
      ],
    ],
    [
      'invalid YAML',
      { file: 'broken.yaml', set: '.a=1' },
      ['::error file=broken.yaml,line=2,col=1::broken.yaml:2:1: invalid YAML: Tabs are not allowed as indentation'],
    ],
    [
      'a missing file',
      { file: 'nope.yaml', set: '.a=1' },
      ['::error file=nope.yaml::nope.yaml: file not found: nope.yaml'],
    ],
    [
      'a malformed set line (every bad line is reported)',
      { file: 'versions.yaml', set: '.externals.coco-trustee.version=abc\nno-equals-sign\n=x' },
      [
        "::error::set line 2: expected PATH=VALUE, got 'no-equals-sign'",
        "::error::set line 3: expected PATH=VALUE, got '=x'",
      ],
    ],
    ['an empty set', { file: 'versions.yaml', set: '' }, ["::error::input 'set' is required: one PATH=VALUE per line"]],
    [
      'a bad boolean',
      { file: 'versions.yaml', set: '.a=1', 'dry-run': 'yes' },
      ["::error::input 'dry-run' must be true or false, got 'yes'"],
    ],
  ];

  it.each(cases)('%s', async (_name, inputs, messages) => {
    const ws = workspace(
      { 'list.yaml': list, 'broken.yaml': 'a:\n\t- x\n' },
      { 'versions.yaml': join(KATA, 'versions.yaml') },
    );
    const before = snapshotTree(ws);
    const run = await bump(inputs, { workspace: ws });
    expect(run.code).toBe(1);
    expect(annotations(run.stdout)).toEqual(messages);
    expect(run.stderr).toBe('');
    expect(run.outputs).toEqual({});
    expect(snapshotTree(ws)).toEqual(before);
  });

  it('refuses a file outside the workspace', async () => {
    const outside = tempDir();
    const ws = workspace({ 'a.yaml': 'a: 1\n' });
    const target = join(outside, 'secret.yaml');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(target, 'a: 1\n');
    const run = await bump({ file: target, set: '.a=2' }, { workspace: ws });
    expect(run.code).toBe(1);
    expect(annotations(run.stdout)).toEqual([
      `::error file=${target.replace(/:/g, '%3A')}::${target}: refusing to touch ${target}: it is outside the workspace ${ws}`,
    ]);
    expect(readFileSync(target, 'utf8')).toBe('a: 1\n');
  });
});

describe('the root action', () => {
  it('runs the action named by the `action` input', async () => {
    const ws = workspace({ 'v.yaml': 'a: "1"\n' });
    const run = await runBundle('', { action: 'bump-versions-yaml', file: 'v.yaml', set: '.a=2' }, { workspace: ws });
    expect(run.code).toBe(0);
    expect(run.outputs['changed']).toBe('true');
    expect(readFileSync(join(ws, 'v.yaml'), 'utf8')).toBe('a: "2"\n');
  });

  it('names the valid actions when `action` is wrong', async () => {
    const ws = workspace({});
    const run = await runBundle('', { action: 'bump' }, { workspace: ws });
    expect(run.code).toBe(1);
    expect(annotations(run.stdout)[0]).toMatch(
      /^::error::input 'action' must be one of (?:[a-z-]+, )*bump-versions-yaml, .*, got 'bump'$/,
    );
  });
});

describe('issue 12 reproductions', () => {
  it("replays upstream's CITATION.cff commit (b6c00988) byte for byte: the date stays a plain date", async () => {
    const step = join(REPLAY, '6-citation');
    const ws = workspace({}, { 'CITATION.cff': join(step, 'before/CITATION.cff') });
    const inputs = {
      file: 'CITATION.cff',
      set: '.version=0.22.0\n.date-released=2026-07-27\n.commit=38d0fcf7c7b787cc7fb9831410a910b37bb3be09\n',
    };
    const r = await bump(inputs, { workspace: ws });
    expect(r.code, r.stdout).toBe(0);
    expect(readFileSync(join(ws, 'CITATION.cff'), 'utf8')).toBe(readFileSync(join(step, 'after/CITATION.cff'), 'utf8'));
    const again = await bump(inputs, { workspace: ws });
    expect(again.outputs['changed']).toBe('false');
  });

  it("refuses invalid YAML with the parser's message and writes nothing", async () => {
    for (const [text, message] of [
      ['version: 1.0.0\nlist: ]\n', 'f.yaml:2:7: invalid YAML: Unexpected flow-seq-end token in YAML stream: "]"'],
      [
        'version: 1.0.0\nc: [-, -]\n',
        'f.yaml:2:5: invalid YAML: Implicit keys of flow sequence pairs need to be on a single line',
      ],
    ] as const) {
      const ws = workspace({ 'f.yaml': text });
      const before = snapshotTree(ws);
      const r = await bump({ file: 'f.yaml', set: '.version=2.0.0' }, { workspace: ws });
      expect(r.code).toBe(1);
      expect(annotations(r.stdout)).toEqual([
        `::error file=f.yaml,line=${message.split(':')[1]},col=${message.split(':')[2]}::${message}`,
      ]);
      expect(r.stderr).toBe('');
      expect(snapshotTree(ws)).toEqual(before);
    }
  });

  it('an empty value with an anchor is filled after the anchor, not an internal error', async () => {
    const ws = workspace({ 'f.yaml': 'a: 1\nb: &b\nc: 2\n' });
    const r = await bump({ file: 'f.yaml', set: '.b=x' }, { workspace: ws });
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(readFileSync(join(ws, 'f.yaml'), 'utf8')).toBe('a: 1\nb: &b x\nc: 2\n');
  });
});
