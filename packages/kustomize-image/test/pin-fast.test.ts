import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadYaml } from '@coco-release/yaml-edit';
import { REAL } from '../../../test/helpers/paths.js';
import { rng } from '../../../test/helpers/random.js';
import { parseImageArg } from '../src/image-arg.js';
import { fastPlanPin } from '../src/pin-fast.js';
import { planPin, type MergeMode } from '../src/pin.js';
import { realKustomizations } from '../../../test/helpers/paths.js';

const FILES = realKustomizations().map((f) => ({ name: relative(REAL, f), text: readFileSync(f, 'utf8') }));

const NAMES = ['cloud-api-adaptor', 'quay.io/kata-containers/kata-deploy', 'kbs', 'controller', 'unknown'];
const NEW_NAMES = [undefined, '*', 'quay.io/x/y', '192.168.122.1:5000/cloud-api-adaptor'];
const TAGS = [undefined, '*', 'latest', 'v1.2.3', 'dev-a5f492482236b9fc4a77088efe6b4c2159ae6a03', '1234', '3.10'];
const DIGESTS = [undefined, '*', `sha256:${'ab'.repeat(32)}`];

describe('fast pin planner vs planPin on every real kustomization', () => {
  it('agrees on random image arguments in both merge modes, and takes the release pins', () => {
    const r = rng(1234);
    let fast = 0;
    let releasePins = 0;
    for (let run = 0; run < 3000; run++) {
      const file = r.pick(FILES);
      let arg = r.pick(NAMES);
      const newName = r.pick(NEW_NAMES);
      const tag = r.pick(TAGS);
      const digest = r.pick(DIGESTS);
      if (newName) arg += `=${newName}`;
      if (tag) arg += `:${tag}`;
      if (digest) arg += `@${digest}`;
      if (arg === r.pick(NAMES) && !newName && !tag && !digest) continue;
      let image;
      try {
        image = parseImageArg(arg);
      } catch {
        continue;
      }
      const mode: MergeMode = r.bool() ? 'fields' : 'replace';
      const req = { name: image.name, newName: image.newName, newTag: image.newTag, digest: image.digest };
      const quick = fastPlanPin(file.text, file.name, req, mode, 'kustomization.yaml');
      let full;
      try {
        full = planPin(loadYaml(file.text, file.name), req, mode, 'kustomization.yaml');
      } catch {
        expect(quick, `${file.name} ${arg} ${mode}: fast accepted what planPin refuses`).toBeUndefined();
        continue;
      }
      if (!quick) continue;
      fast++;
      expect(quick, `${file.name} ${arg} ${mode}`).toEqual(full);
      if (newName === '*' && tag && tag !== '*') releasePins++;
    }
    // Most random arguments add or remove a field or entry (planPin's job); enough must take the fast path.
    expect(fast).toBeGreaterThan(40);
    expect(releasePins).toBeGreaterThan(5);
  });

  it('takes the release pin and the revert of every real overlay that has the image', () => {
    for (const f of FILES.filter((x) => x.name.includes('/overlays/') && !x.name.includes('alibabacloud'))) {
      for (const tag of ['0123456789abcdef0123456789abcdef01234567', 'latest']) {
        const req = { name: 'cloud-api-adaptor', newName: '*', newTag: tag };
        const quick = fastPlanPin(f.text, f.name, req, 'fields', 'kustomization.yaml');
        expect(quick, f.name).toEqual(planPin(loadYaml(f.text, f.name), req, 'fields', 'kustomization.yaml'));
      }
    }
  });
});
