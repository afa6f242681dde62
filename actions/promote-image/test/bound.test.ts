import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import { runInProcess } from '../../../test/helpers/in-process.js';
import {
  buildImage,
  cleanRegistryScratch,
  pushImage,
  registryDescribe,
  startFaultProxy,
  startRegistry,
  tagDigest,
  type FaultProxy,
  type TestRegistry,
} from '../../../test/helpers/registry.js';
import { workspace } from '../../../test/helpers/workspace.js';
import { promoteImage } from '../src/main.js';

/**
 * Issue 23, item 3: the promotion is bound to what was verified. The candidate is given by digest (a tag
 * can be rebuilt after the verification), and the release tag is read back after it is written: when
 * another promotion wrote it at the same time, the run whose image it does not hold fails. In this process,
 * against a real distribution registry on 127.0.0.1 behind a proxy that plays the other promotion.
 */

let reg: TestRegistry;
let proxy: FaultProxy;
const SHA = 'e0ef1b5a1e4a3d6dbb7c4d4d8f8d3a8f2a0b5c71';
const verified = buildImage('the candidate that was verified');
const rebuilt = buildImage('a rebuild of the same commit, after the verification');
const other = buildImage('what a concurrent promotion puts');
let n = 0;

registryDescribe('promote-image is bound to the verified digest', () => {
  beforeAll(async () => {
    reg = await startRegistry();
    proxy = await startFaultProxy(reg.url);
    await pushImage(reg, 'coco/cloud-api-adaptor', SHA, verified);
  }, 60_000);
  beforeEach(() => {
    delete proxy.fault;
    proxy.log.length = 0;
  });
  afterAll(async () => {
    await proxy?.close();
    await reg?.stop();
    cleanRegistryScratch();
  });

  const image = () => `${proxy.host}/coco/cloud-api-adaptor`;
  const promote = (from: string, to: string) =>
    runInProcess(promoteImage, { image: image(), from, to }, { workspace: workspace() });

  it('by digest: the verified image gets the release tag even when its candidate tag was rebuilt since', async () => {
    const to = `v0.${++n}.0`;
    await pushImage(reg, 'coco/cloud-api-adaptor', SHA, rebuilt);
    const r = await promote(`${image()}@${verified.digest}`, to);
    expect(r.error).toBeUndefined();
    expect(r.result?.outputs['digest']).toBe(verified.digest);
    expect(await tagDigest(reg, 'coco/cloud-api-adaptor', to)).toBe(verified.digest);
    await pushImage(reg, 'coco/cloud-api-adaptor', SHA, verified);
  });

  it('the release tag is read back: another promotion that wrote it at the same time fails this one', async () => {
    const to = `v0.${++n}.0`;
    let puts = 0;
    // The other promotion's PUT lands right after ours, before we read the tag back.
    proxy.fault = async (req) => {
      if (req.method === 'HEAD' && req.url?.endsWith(`/manifests/${to}`) && puts > 0) {
        await pushImage(reg, 'coco/cloud-api-adaptor', to, other);
      }
      if (req.method === 'PUT' && req.url?.endsWith(`/manifests/${to}`)) puts++;
      return false;
    };
    const r = await promote(`${image()}@${verified.digest}`, to);
    expect(r.error).toBe(
      `${image()}:${to} was written with ${verified.digest} (${image()}@${verified.digest}), but reading it back gives ` +
        `${other.digest}: something else wrote the release tag at the same time. Find out which image it should name before anyone pulls it`,
    );
    expect(puts).toBe(1);
  });

  it('a release tag that already holds another digest is refused before anything is written', async () => {
    const to = `v0.${++n}.0`;
    await pushImage(reg, 'coco/cloud-api-adaptor', to, other);
    const r = await promote(`${image()}@${verified.digest}`, to);
    expect(r.error).toMatch(/^refusing to move [^ ]+: it already holds sha256:[0-9a-f]{64}, and /);
    expect(proxy.log.filter((l) => l.method === 'PUT')).toEqual([]);
    expect(await tagDigest(reg, 'coco/cloud-api-adaptor', to)).toBe(other.digest);
  });
});
