import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { editDiff, isChanged } from '@coco-release/core';
import { CAA, OPERATOR } from '../../../test/helpers/paths.js';
import { snapshotTree, workspace } from '../../../test/helpers/workspace.js';
import { parseImageArg, parseTagTemplates, planPins, type MergeMode } from '../src/index.js';

const OVERLAYS = join(CAA, 'src/cloud-api-adaptor/install/overlays');
const OVERLAY_DIR = 'src/cloud-api-adaptor/install/overlays';
const PINNED = 'a5f492482236b9fc4a77088efe6b4c2159ae6a03';
const NEXT = '0d4e8c1b5a2f7e9d3c6b8a0f1e2d3c4b5a6f7e8d';
const TEMPLATES = ['**/libvirt/**=dev-{tag}', '**/docker/**=dev-{tag}'];

/** The one newTag line of each overlay as the fixture has it (pinned to PINNED), by overlay. */
const TAG_LINES: Record<string, { line: number; text: (tag: string) => string; dev: boolean }> = {
  aws: { line: 10, text: (t) => `  newTag: ${t}`, dev: false },
  azure: { line: 10, text: (t) => `  newTag: ${t}`, dev: false },
  byom: { line: 10, text: (t) => `  newTag: ${t}`, dev: false },
  docker: { line: 10, text: (t) => `    newTag: ${t}`, dev: true },
  gcp: { line: 10, text: (t) => `  newTag: ${t}`, dev: false },
  'ibmcloud-powervs': { line: 10, text: (t) => `  newTag: ${t}`, dev: false },
  ibmcloud: { line: 10, text: (t) => `  newTag: ${t}`, dev: false },
  libvirt: { line: 10, text: (t) => `  newTag: ${t}`, dev: true },
};
const ALL = [...Object.keys(TAG_LINES), 'alibabacloud'].sort();

function original(overlay: string): string {
  return readFileSync(join(OVERLAYS, overlay, 'kustomization.yaml'), 'utf8');
}

/** The fixture with its newTag line (checked to be exactly `from`) replaced by `to`. */
function withTagLine(overlay: string, from: string, to: string): string {
  const lines = original(overlay).split('\n');
  const spec = TAG_LINES[overlay]!;
  expect(lines[spec.line - 1]).toBe(from);
  lines[spec.line - 1] = to;
  return lines.join('\n');
}

function overlaysWorkspace(): string {
  return workspace({}, { [OVERLAY_DIR]: OVERLAYS });
}

function run(ws: string, image: string, templates: string[], merge: MergeMode = 'fields') {
  return planPins({
    workspace: ws,
    files: [{ text: `${OVERLAY_DIR}/*`, line: 1 }],
    image: parseImageArg(image),
    templates: parseTagTemplates(templates.map((text, i) => ({ text, line: i + 1 }))),
    exclude: ['**/alibabacloud/**'],
    merge,
  });
}

describe('the 9 real cloud-api-adaptor overlays', () => {
  it('are all there', async () => {
    const ws = overlaysWorkspace();
    expect(Object.keys(snapshotTree(join(ws, OVERLAY_DIR)))).toEqual(ALL.map((o) => `${o}/kustomization.yaml`));
  });

  it('pin a new commit: exactly the newTag line of the 8 CoCo overlays, dev- for libvirt and docker, alibabacloud untouched', async () => {
    const ws = overlaysWorkspace();
    const plan = await run(ws, `cloud-api-adaptor=*:${NEXT}`, TEMPLATES);
    expect(plan.excluded).toEqual([`${OVERLAY_DIR}/alibabacloud/kustomization.yaml`]);
    expect(plan.pins.map((p) => p.file)).toEqual(
      Object.keys(TAG_LINES)
        .sort()
        .map((o) => `${OVERLAY_DIR}/${o}/kustomization.yaml`),
    );
    for (const pin of plan.pins) {
      const overlay = pin.file.split('/').at(-2)!;
      const spec = TAG_LINES[overlay]!;
      const prefix = spec.dev ? 'dev-' : '';
      expect(pin.after, overlay).toBe(withTagLine(overlay, spec.text(prefix + PINNED), spec.text(prefix + NEXT)));
      expect(pin.edits, overlay).toHaveLength(1);
      expect(pin.entry.before?.newTag).toBe(prefix + PINNED);
      expect(pin.entry.after).toEqual({
        name: 'cloud-api-adaptor',
        newName:
          overlay === 'gcp'
            ? '192.168.122.1:5000/cloud-api-adaptor'
            : 'quay.io/confidential-containers/cloud-api-adaptor',
        newTag: prefix + NEXT,
      });
      expect(pin.changes[0]!.line).toBe(8);
    }
    // gcp: the registry with a port is a newName, not a tag; only the tag changes.
    const gcp = plan.pins.find((p) => p.file.includes('/gcp/'))!;
    expect(editDiff(gcp)).toBe(
      [
        `--- a/${OVERLAY_DIR}/gcp/kustomization.yaml`,
        `+++ b/${OVERLAY_DIR}/gcp/kustomization.yaml`,
        '@@ -7,7 +7,7 @@',
        ' images:',
        ' - name: cloud-api-adaptor',
        '   newName: 192.168.122.1:5000/cloud-api-adaptor # change image if needed',
        `-  newTag: ${PINNED}`,
        `+  newTag: ${NEXT}`,
        ' ',
        ' generatorOptions:',
        '   disableNameSuffixHash: true',
        '',
      ].join('\n'),
    );
    // docker: `bases:` and an indented list.
    const docker = plan.pins.find((p) => p.file.includes('/docker/'))!;
    expect(editDiff(docker)).toContain(`-    newTag: dev-${PINNED}\n+    newTag: dev-${NEXT}\n`);
    expect(docker.after.startsWith(original('docker').slice(0, 60))).toBe(true);
  });

  it('pinning back to the fixture commit with the same templates restores the original bytes exactly', async () => {
    const ws = overlaysWorkspace();
    const plan = await run(ws, `cloud-api-adaptor=*:${NEXT}`, TEMPLATES);
    for (const p of plan.pins) {
      // Apply the first pin to a second workspace, then pin back.
      expect(isChanged(p)).toBe(true);
    }
    const ws2 = workspace(
      Object.fromEntries([
        ...plan.pins.map((p) => [p.file, p.after]),
        [`${OVERLAY_DIR}/alibabacloud/kustomization.yaml`, original('alibabacloud')],
      ]),
    );
    const back = await run(ws2, `cloud-api-adaptor=*:${PINNED}`, TEMPLATES);
    for (const p of back.pins) {
      const overlay = p.file.split('/').at(-2)!;
      expect(p.after, overlay).toBe(original(overlay));
    }
  });

  it('a re-run at the fixture pin changes nothing', async () => {
    const ws = overlaysWorkspace();
    const plan = await run(ws, `cloud-api-adaptor=*:${PINNED}`, TEMPLATES);
    expect(plan.pins.every((p) => !isChanged(p) && p.edits.length === 0 && editDiff(p) === '')).toBe(true);
    expect(plan.pins.filter(isChanged)).toEqual([]);
  });

  it('the post-release revert (*:latest, no templates) changes exactly one line per overlay', async () => {
    const ws = overlaysWorkspace();
    const plan = await run(ws, 'cloud-api-adaptor=*:latest', []);
    expect(plan.pins).toHaveLength(8);
    for (const pin of plan.pins) {
      const overlay = pin.file.split('/').at(-2)!;
      const spec = TAG_LINES[overlay]!;
      const old = spec.text((spec.dev ? 'dev-' : '') + PINNED);
      expect(pin.after, overlay).toBe(withTagLine(overlay, old, spec.text('latest')));
      const changed = editDiff(pin)
        .split('\n')
        .filter((l) => /^[-+][^-+]/.test(l));
      expect(changed, overlay).toEqual([`-${old}`, `+${spec.text('latest')}`]);
    }
  });

  it('merge: replace keeps newName when the argument says * for it', async () => {
    const ws = overlaysWorkspace();
    const plan = await run(ws, `cloud-api-adaptor=*:${NEXT}`, TEMPLATES, 'replace');
    for (const pin of plan.pins) {
      const overlay = pin.file.split('/').at(-2)!;
      const spec = TAG_LINES[overlay]!;
      const prefix = spec.dev ? 'dev-' : '';
      expect(pin.after).toBe(withTagLine(overlay, spec.text(prefix + PINNED), spec.text(prefix + NEXT)));
    }
  });
});

const SAMPLES = join(OPERATOR, 'config/samples/ccruntime');
const SAMPLE_NAMES = ['default', 'peer-pods', 's390x'];
const CI_IMAGE = 'quay.io/kata-containers/kata-deploy=quay.io/kata-containers/kata-deploy-ci:kata-containers-latest';

function sample(name: string): string {
  return readFileSync(join(SAMPLES, name, 'kustomization.yaml'), 'utf8');
}

function pinSamples(ws: string, image: string, merge: MergeMode) {
  return planPins({
    workspace: ws,
    files: [{ text: 'config/samples/ccruntime/*', line: 1 }],
    image: parseImageArg(image),
    merge,
  });
}

describe('the real operator samples (config/samples/ccruntime)', () => {
  it('post-release revert to the CI image adds the newName line inside the entry and changes the tag', async () => {
    const ws = workspace({}, { 'config/samples/ccruntime': SAMPLES });
    const plan = await pinSamples(ws, CI_IMAGE, 'fields');
    // base/ has a kustomization without images for kata-deploy: kustomize would add the entry there too.
    expect(plan.pins.map((p) => p.file)).toEqual(
      ['base', ...SAMPLE_NAMES].map((n) => `config/samples/ccruntime/${n}/kustomization.yaml`),
    );
    for (const name of SAMPLE_NAMES) {
      const pin = plan.pins.find((p) => p.file.includes(`/${name}/`))!;
      const src = sample(name);
      const from = '- name: quay.io/kata-containers/kata-deploy\n  newTag: 3.23.0\n';
      const to =
        '- name: quay.io/kata-containers/kata-deploy\n' +
        '  newName: quay.io/kata-containers/kata-deploy-ci\n' +
        '  newTag: kata-containers-latest\n';
      expect(src.split(from)).toHaveLength(2);
      expect(pin.after, name).toBe(src.replace(from, to));
      // The JSON6902 patch body, full of `- name:` and `value:` lines, is byte-identical.
      const patch = (t: string) => t.slice(t.indexOf('patches:'));
      expect(patch(pin.after)).toBe(patch(src));
    }
  });

  it('pinning again with merge: replace removes newName and restores the release bytes, as the operator release did', async () => {
    const ws = workspace({}, { 'config/samples/ccruntime': SAMPLES });
    const reverted = await pinSamples(ws, CI_IMAGE, 'fields');
    const ws2 = workspace(Object.fromEntries(reverted.pins.map((p) => [p.file, p.after])));
    const release = await pinSamples(ws2, 'quay.io/kata-containers/kata-deploy:3.23.0', 'replace');
    for (const name of SAMPLE_NAMES) {
      const pin = release.pins.find((p) => p.file.includes(`/${name}/`))!;
      expect(pin.after, name).toBe(sample(name));
      expect(pin.entry.before?.newName).toBe('quay.io/kata-containers/kata-deploy-ci');
      expect(pin.entry.after).toEqual({ name: 'quay.io/kata-containers/kata-deploy', newTag: '3.23.0' });
    }
  });

  it('with merge: fields the same argument keeps newName (only the tag is given)', async () => {
    const ws = workspace({}, { 'config/samples/ccruntime': SAMPLES });
    const reverted = await pinSamples(ws, CI_IMAGE, 'fields');
    const ws2 = workspace(Object.fromEntries(reverted.pins.map((p) => [p.file, p.after])));
    const release = await pinSamples(ws2, 'quay.io/kata-containers/kata-deploy:3.23.0', 'fields');
    const pin = release.pins.find((p) => p.file.includes('/default/'))!;
    expect(pin.entry.after).toEqual({
      name: 'quay.io/kata-containers/kata-deploy',
      newName: 'quay.io/kata-containers/kata-deploy-ci',
      newTag: '3.23.0',
    });
  });
});
