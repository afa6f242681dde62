import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { annotations, runBundle } from '../../../test/helpers/bundle.js';
import {
  buildImage,
  cleanRegistryScratch,
  pushImage,
  registryDescribe,
  startRegistry,
  tagDigest,
  type TestRegistry,
} from '../../../test/helpers/registry.js';
import { runAsBundle } from '../../../test/helpers/in-process.js';
import { snapshotTree, workspace } from '../../../test/helpers/workspace.js';
import { applyReleasePins } from '../src/main.js';

/**
 * verify-images and pin-by-digest against a real distribution registry on 127.0.0.1: the release can no
 * longer pin an image that does not exist, and can pin exactly the tested content.
 */
const SHA = '61b1aba91df646a663e60ab6b55c6a7dc93cd167';
let reg: TestRegistry;

registryDescribe('apply-release-pins with verify-images, against a real registry', () => {
  beforeAll(async () => {
    reg = await startRegistry();
    await pushImage(reg, 'coco/cloud-api-adaptor', SHA, buildImage('caa'));
    await pushImage(reg, 'coco/cloud-api-adaptor', `${SHA}-dev`, buildImage('caa dev'));
  }, 60_000);
  afterAll(async () => {
    await reg?.stop();
    cleanRegistryScratch();
  });

  const setup = () => {
    const image = `${reg.host}/coco/cloud-api-adaptor`;
    const manifest = [
      'pins:',
      '  - file: values.yaml',
      '    path: .image.tag',
      `    image: ${image}`,
      '    digest: true',
      '    phases: { release: "{image-tag}" }',
      '  - file: providers/libvirt.yaml',
      '    path: .image.tag',
      `    image: ${image}`,
      '    phases: { release: "{image-tag}-dev" }',
      '',
    ].join('\n');
    return workspace({
      '.github/release-pins.yaml': manifest,
      'values.yaml': 'image:\n  name: caa\n  tag: "latest"\n',
      'providers/libvirt.yaml': 'image:\n  tag: "latest"\n',
    });
  };

  it('pins when every tag exists, and reports the digests', async () => {
    const ws = setup();
    const r = await runBundle(
      'apply-release-pins',
      { phase: 'release', vars: `image-tag=${SHA}`, 'verify-images': 'true' },
      { workspace: ws },
    );
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(readFileSync(join(ws, 'values.yaml'), 'utf8')).toBe(`image:\n  name: caa\n  tag: "${SHA}"\n`);
    const images = JSON.parse(r.outputs['images']!) as { tag: string; digest: string }[];
    expect(images.map((i) => [i.tag, i.digest])).toEqual([
      [SHA, await tagDigest(reg, 'coco/cloud-api-adaptor', SHA)],
      [`${SHA}-dev`, await tagDigest(reg, 'coco/cloud-api-adaptor', `${SHA}-dev`)],
    ]);
  });

  it('digest-of: the digest verified for the image to promote; an image no pin names fails the step', async () => {
    const ws = setup();
    const image = `${reg.host}/coco/cloud-api-adaptor`;
    const inputs = { phase: 'release', vars: `image-tag=${SHA}`, 'dry-run': 'true' };
    const r = await runAsBundle(applyReleasePins, { ...inputs, 'digest-of': `${image}:${SHA}` }, { workspace: ws });
    expect(r.code, r.stdout).toBe(0);
    expect(r.outputs['digest']).toBe(await tagDigest(reg, 'coco/cloud-api-adaptor', SHA));
    const other = `${reg.host}/coco/peerpod-ctrl:${SHA}`;
    const none = await runAsBundle(applyReleasePins, { ...inputs, 'digest-of': other }, { workspace: ws });
    expect(none.code).toBe(1);
    expect(annotations(none.stdout)).toEqual([
      `::error::digest-of: no pin of the manifest names the verified image "${other}" (give the manifest pin its image:)`,
    ]);
  });

  it('refuses a tag that was never built, naming the site, and writes nothing', async () => {
    const ws = setup();
    const before = snapshotTree(ws);
    const missing = '0000000000000000000000000000000000000000';
    const r = await runBundle(
      'apply-release-pins',
      { phase: 'release', vars: `image-tag=${missing}`, 'verify-images': 'true' },
      { workspace: ws },
    );
    expect(r.code).toBe(1);
    expect(annotations(r.stdout)).toEqual([
      `::error file=values.yaml,line=3::values.yaml:3: .image.tag would pin ${reg.host}/coco/cloud-api-adaptor:${missing}, which does not exist in its registry; nothing was written`,
      `::error file=providers/libvirt.yaml,line=2::providers/libvirt.yaml:2: .image.tag would pin ${reg.host}/coco/cloud-api-adaptor:${missing}-dev, which does not exist in its registry; nothing was written`,
    ]);
    expect(snapshotTree(ws)).toEqual(before);
  });

  it('pin-by-digest writes tag@sha256 where the site allows it, and a re-run changes nothing', async () => {
    const ws = setup();
    const inputs = { phase: 'release', vars: `image-tag=${SHA}`, 'pin-by-digest': 'true' };
    const r = await runBundle('apply-release-pins', inputs, { workspace: ws });
    expect(r.code, r.stdout + r.stderr).toBe(0);
    const digest = await tagDigest(reg, 'coco/cloud-api-adaptor', SHA);
    expect(readFileSync(join(ws, 'values.yaml'), 'utf8')).toBe(`image:\n  name: caa\n  tag: "${SHA}@${digest}"\n`);
    expect(readFileSync(join(ws, 'providers/libvirt.yaml'), 'utf8')).toBe(`image:\n  tag: "${SHA}-dev"\n`);
    // Issue 23: the images output holds each verified tag with its digest, pin-by-digest or not.
    const images = JSON.parse(r.outputs['images']!) as { tag: string; digest: string | null }[];
    expect(images.map((i) => [i.tag, i.digest])).toEqual([
      [SHA, digest],
      [`${SHA}-dev`, await tagDigest(reg, 'coco/cloud-api-adaptor', `${SHA}-dev`)],
    ]);
    const again = await runBundle('apply-release-pins', inputs, { workspace: ws });
    expect(again.outputs['changed']).toBe('false');
  });
});
