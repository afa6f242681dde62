import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { annotations, runBundle } from '../../../test/helpers/bundle.js';
import { CAA } from '../../../test/helpers/paths.js';
import { runAsBundle } from '../../../test/helpers/in-process.js';
import { snapshotTree, workspace } from '../../../test/helpers/workspace.js';
import { pinKustomizeImage } from '../src/main.js';

/**
 * pin-kustomize-image through the runner protocol (exit code, stdout, outputs, summary), in this process
 * (runAsBundle); the tests marked "the bundle on Node 24", and the root action's, run dist/ as the runner does.
 */
const pin = (inputs: Record<string, string>, options: { workspace: string }) =>
  runAsBundle(pinKustomizeImage, inputs, options);

const DIR = 'src/cloud-api-adaptor/install/overlays';
const OVERLAYS = join(CAA, DIR);
const PINNED = 'a5f492482236b9fc4a77088efe6b4c2159ae6a03';
const NEXT = '0d4e8c1b5a2f7e9d3c6b8a0f1e2d3c4b5a6f7e8d';
const RELEASE = {
  files: `${DIR}/*\n`,
  image: `cloud-api-adaptor=*:${NEXT}`,
  'tag-templates': '**/libvirt/**=dev-{tag}\n**/docker/**=dev-{tag}\n',
  exclude: '**/alibabacloud/**',
};
const PINNED_8 = ['aws', 'azure', 'byom', 'docker', 'gcp', 'ibmcloud', 'ibmcloud-powervs', 'libvirt'];

const overlays = () => workspace({}, { [DIR]: OVERLAYS });
const file = (o: string) => `${DIR}/${o}/kustomization.yaml`;

describe('pin-kustomize-image', () => {
  it('pins the release image in 8 overlays, writes them, and a re-run changes nothing (the bundle on Node 24)', async () => {
    const ws = overlays();
    const before = snapshotTree(ws);
    const run = await runBundle('pin-kustomize-image', RELEASE, { workspace: ws });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(JSON.parse(run.outputs['changed-files']!)).toEqual(PINNED_8.map(file));
    const after = snapshotTree(ws);
    for (const o of PINNED_8) {
      const dev = o === 'docker' || o === 'libvirt' ? 'dev-' : '';
      expect(after[file(o)]).toBe(before[file(o)]!.replace(`newTag: ${dev}${PINNED}`, `newTag: ${dev}${NEXT}`));
    }
    expect(after[file('alibabacloud')]).toBe(before[file('alibabacloud')]);
    expect(run.outputs['diff']).toContain(`-  newTag: dev-${PINNED}\n+  newTag: dev-${NEXT}\n`);
    expect(run.summary).toContain('| file | image | old → new |');
    expect(run.summary).toContain(
      `| \`${file('gcp')}\` | \`cloud-api-adaptor\` | \`192.168.122.1:5000/cloud-api-adaptor:${PINNED}\` → \`192.168.122.1:5000/cloud-api-adaptor:${NEXT}\` |`,
    );
    expect(run.summary).toContain(`8 of 8 file(s) changed. Excluded: \`${file('alibabacloud')}\`.`);

    const again = await runBundle('pin-kustomize-image', RELEASE, { workspace: ws });
    expect(again.code).toBe(0);
    expect(again.outputs['changed-files']).toBe('[]');
    expect(again.outputs['diff']).toBe('');
    expect(snapshotTree(ws)).toEqual(after);
    expect(again.stdout).toContain(
      `${file('libvirt')}:8: cloud-api-adaptor is already quay.io/confidential-containers/cloud-api-adaptor:dev-${NEXT}`,
    );
  });

  it('dry-run reports the same outputs and writes nothing', async () => {
    const ws = overlays();
    const before = snapshotTree(ws);
    const run = await pin({ ...RELEASE, 'dry-run': 'true' }, { workspace: ws });
    expect(run.code).toBe(0);
    expect(JSON.parse(run.outputs['changed-files']!)).toHaveLength(8);
    expect(run.summary).toContain('dry run, nothing written');
    expect(run.summary).toContain('8 of 8 file(s) would change.');
    expect(snapshotTree(ws)).toEqual(before);
  });

  it('the root action runs it by name', async () => {
    const ws = overlays();
    const run = await runBundle('', { action: 'pin-kustomize-image', ...RELEASE, merge: 'replace' }, { workspace: ws });
    expect(run.code).toBe(0);
    expect(JSON.parse(run.outputs['changed-files']!)).toEqual(PINNED_8.map(file));
  });
});

describe('bad input fails with one clear message per problem and writes nothing', () => {
  const cases: [string, Record<string, string>, string[], (ws: string) => void][] = [
    [
      'invalid tag',
      { ...RELEASE, image: 'cloud-api-adaptor=*:v1.0+build' },
      [
        "::error::image 'cloud-api-adaptor=*:v1.0+build': invalid tag 'v1.0+build': a tag may contain only letters, digits, '.', '_' and '-'",
      ],
      () => undefined,
    ],
    [
      'invalid digest',
      { ...RELEASE, image: 'cloud-api-adaptor@sha256:abc123', 'tag-templates': '' },
      [
        "::error::image 'cloud-api-adaptor@sha256:abc123': invalid digest 'sha256:abc123': expected sha256: followed by 64 lowercase hex digits",
      ],
      () => undefined,
    ],
    [
      'a glob that selects no kustomization',
      { ...RELEASE, files: `${DIR}/*\nsrc/peerpod-ctrl/**/overlays/*` },
      ["::error::files line 2: 'src/peerpod-ctrl/**/overlays/*' matches no kustomization file"],
      () => undefined,
    ],
    [
      'a file that is not a kustomization',
      { ...RELEASE, files: `${DIR}/*\n${DIR}/aws/patch.yaml` },
      [
        `::error file=${DIR}/aws/patch.yaml,line=2,col=7::${DIR}/aws/patch.yaml:2:7: not a kustomization: kind is Deployment, expected Kustomization or Component`,
      ],
      (ws) => writeFileSync(join(ws, DIR, 'aws/patch.yaml'), 'apiVersion: apps/v1\nkind: Deployment\n'),
    ],
    [
      'broken YAML in one of nine files',
      RELEASE,
      [`::error file=${file('gcp')},line=9,col=1::${file('gcp')}:9:1: invalid YAML: Sequence item without - indicator`],
      (ws) => {
        const p = join(ws, file('gcp'));
        writeFileSync(p, readFileSync(p, 'utf8').replace('  newName: 192', ' newName: 192'));
      },
    ],
    [
      'two problems at once',
      { ...RELEASE, merge: 'merge', 'dry-run': 'maybe' },
      [
        "::error::input 'merge' must be one of fields, replace, got 'merge'",
        "::error::input 'dry-run' must be true or false, got 'maybe'",
      ],
      () => undefined,
    ],
  ];

  it.each(cases)('%s', async (_name, inputs, errors, spoil) => {
    const ws = overlays();
    spoil(ws);
    const before = snapshotTree(ws);
    const run = await pin(inputs, { workspace: ws });
    expect(run.code).toBe(1);
    expect(annotations(run.stdout)).toEqual(errors);
    expect(run.stderr).toBe('');
    expect(run.outputs).toEqual({});
    expect(snapshotTree(ws)).toEqual(before);
  });
});

describe('invalid YAML in one overlay', () => {
  it("`resources: [-]` is refused with the parser's message, and no overlay is written (the bundle on Node 24)", async () => {
    const ws = overlays();
    writeFileSync(join(ws, file('aws')), 'resources: [-]\nimages:\n- name: cloud-api-adaptor\n  newTag: latest\n');
    const before = snapshotTree(ws);
    const run = await runBundle('pin-kustomize-image', RELEASE, { workspace: ws });
    expect(run.code).toBe(1);
    expect(annotations(run.stdout)).toEqual([
      `::error file=${file('aws')},line=1,col=13::${file('aws')}:1:13: invalid YAML: Block collections are not allowed within flow collections`,
    ]);
    expect(snapshotTree(ws)).toEqual(before);
  });
});
