import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  caaRelease,
  exampleManifest,
  failures,
  manifestWithoutGo,
  preparedChart,
  PR_TOKEN,
  remoteTags,
  snapshot,
  step,
  TAGS,
} from '../helpers/caa-release.js';
import { annotations } from '../helpers/bundle.js';
import { showFile } from '../helpers/git.js';
import { startGithubServer, type GithubServer } from '../helpers/github-server.js';
import {
  buildImage,
  cleanRegistryScratch,
  pushImage,
  registryDescribe,
  startRegistry,
  startTokenServer,
  tagDigest,
  TEST_PASSWORD,
  TEST_USER,
  type TestRegistry,
  type TokenServer,
} from '../helpers/registry.js';

/**
 * Issue 17 in the peer-pods workflow, against a real distribution registry with token auth on 127.0.0.1:
 * the release pins the newest commit whose images were built (resolve-image, skipping commits without
 * one), every pinned image is checked before anything is written (verify-images), the run after the merge
 * keeps that image although the merge commit got an image of its own, and promote-image gives the tested
 * image the release tag without rebuilding it.
 */

const IMAGES = ['cloud-api-adaptor', 'peerpod-ctrl', 'peer-pods-webhook'];

let server: GithubServer;
let token: TokenServer;
let reg: TestRegistry;

/** The example manifest with its images on the test registry instead of quay.io. */
const localManifest = (): string =>
  manifestWithoutGo().replaceAll('quay.io/confidential-containers/', `${reg.host}/coco/`);

/** What the image workflow pushes for a commit: the three images, and the libvirt `-dev` one. */
async function buildImagesOf(sha: string): Promise<void> {
  for (const name of IMAGES) await pushImage(reg, `coco/${name}`, sha, buildImage(`${name} ${sha}`));
  await pushImage(reg, 'coco/cloud-api-adaptor', `${sha}-dev`, buildImage(`cloud-api-adaptor dev ${sha}`));
}

registryDescribe('peer-pods-release.yml with a registry: resolve-image, verify-images, promote-image', () => {
  beforeAll(async () => {
    server = await startGithubServer();
    token = await startTokenServer();
    reg = await startRegistry({ token });
  });
  afterAll(async () => {
    await server?.close();
    await reg?.stop();
    await token?.close();
    cleanRegistryScratch();
  });

  it(
    'pins the newest built image, keeps it after the merge, and promotes it to the release tag',
    { timeout: 300_000 },
    async () => {
      expect(exampleManifest()).toContain('image: quay.io/confidential-containers/cloud-api-adaptor');
      const r = await caaRelease(server, { manifest: localManifest(), files: preparedChart() });
      const secrets = { token: PR_TOKEN, 'registry-username': TEST_USER, 'registry-token': TEST_PASSWORD };
      const run = (inputs: Record<string, string>) =>
        r.run(
          'peer-pods-release.yml',
          { version: 'v0.22.0', image: `${reg.host}/coco/cloud-api-adaptor`, ...inputs },
          secrets,
        );

      // Images were built for the first commit only; a later commit (docs) has none.
      const built = r.head();
      await buildImagesOf(built);
      const docs = r.repo.commit({ 'docs/README.md': 'release notes\n' }, { message: 'docs' });

      const pin = await run({ phase: 'release' });
      expect(pin.jobs['pins']!.result, failures(pin)).toBe('success');
      // The sites hold latest (and latest where the template wants <tag>-dev): no tag keeps the phase in place.
      expect(step(pin, 'pins', 'pinned').outputs['changed']).toBe('true');
      expect(JSON.parse(step(pin, 'pins', 'pinned').outputs['current']!)).toEqual({ 'image-tag': null });
      expect(step(pin, 'pins', 'newest').outputs['commit']).toBe(built);
      expect(JSON.parse(step(pin, 'pins', 'newest').outputs['skipped']!)).toEqual([docs]);
      expect(pin.jobs['pins']!.outputs['image-tag']).toBe(built);
      const branch = 'release/peer-pods-v0.22.0-release';
      const values = 'src/cloud-api-adaptor/install/charts/peerpods/values.yaml';
      expect(showFile(r.repo.path, branch, values)).toBe(
        snapshot('1-kata-deploy-pin', 'after')[values]!.replace('  tag: "latest"\n', `  tag: "${built}"\n`),
      );
      expect(JSON.parse(step(pin, 'pins', 'pins').outputs['images']!).map((i: { digest: string }) => i.digest)).toEqual(
        expect.arrayContaining([expect.stringMatching(/^sha256:[0-9a-f]{64}$/)]),
      );

      // Merged; the image workflow builds the merge commit too. The run after the merge keeps the pinned image.
      const merged = r.merge(1);
      await buildImagesOf(merged);
      r.greenCi(merged);
      const release = await run({ phase: 'release', 'promote-image': 'true' });
      expect(release.jobs['release']!.result, failures(release)).toBe('success');
      // One dry run: the sites agree on the tag, and the phase is in place with it.
      expect(JSON.parse(step(release, 'pins', 'pinned').outputs['current']!)).toEqual({ 'image-tag': built });
      expect(step(release, 'pins', 'pinned').outputs['changed']).toBe('false');
      expect(step(release, 'pins', 'pins').outputs['digest']).toBe(
        await tagDigest(reg, 'coco/cloud-api-adaptor', built),
      );
      expect(step(release, 'pins', 'newest').skipped).toBe(true);
      expect(release.jobs['pins']!.outputs['image-tag']).toBe(built);
      expect(remoteTags(r.repo).sort()).toEqual(TAGS.map((t) => `${t} ${merged}`).sort());
      const tested = await tagDigest(reg, 'coco/cloud-api-adaptor', built);
      expect(await tagDigest(reg, 'coco/cloud-api-adaptor', 'v0.22.0')).toBe(tested);
      expect(r.repo.releases.map((x) => x.tag_name)).toEqual(['v0.22.0']);

      // Again: the release tag already holds that digest, nothing is pushed, tagged or released.
      const again = await run({ phase: 'release', 'promote-image': 'true' });
      expect(again.jobs['release']!.result, failures(again)).toBe('success');
      const promote = again.steps.find((s) => s.name === 'Give the tested image its release tag')!;
      expect(promote.outputs['promoted']).toBe('false');
      expect(step(again, 'release', 'release').outputs['created']).toBe('false');
    },
  );

  it(
    'an image tag that was never built blocks the pins: nothing written, no pull request',
    { timeout: 120_000 },
    async () => {
      const r = await caaRelease(server, { manifest: localManifest(), files: preparedChart() });
      // A commit the image workflow skipped (the fixed commit dates would otherwise repeat the first test's).
      const missing = r.repo.commit({ 'docs/NOTES.md': 'not built\n' }, { message: 'docs only' });
      const result = await r.run(
        'peer-pods-release.yml',
        { phase: 'release', version: 'v0.22.0', 'image-tag': missing },
        { token: PR_TOKEN, 'registry-username': TEST_USER, 'registry-token': TEST_PASSWORD },
      );
      expect(result.jobs['pins']!.result).toBe('failure');
      const pins = step(result, 'pins', 'pins');
      const sites = [
        ['src/cloud-api-adaptor/install/charts/peerpods/values.yaml', 83, '.image.tag', 'cloud-api-adaptor', ''],
        [
          'src/cloud-api-adaptor/install/charts/peerpods/providers/libvirt.yaml',
          10,
          '.image.tag',
          'cloud-api-adaptor',
          '-dev',
        ],
        [
          'src/cloud-providers/Makefile',
          20,
          String.raw`"  tag: \\"(?<value>[^"\\\\]*)\\""`,
          'cloud-api-adaptor',
          '-dev',
        ],
        ['src/peerpod-ctrl/chart/values.yaml', 7, '.image.tag', 'peerpod-ctrl', ''],
        ['src/webhook/chart/values.yaml', 18, '.image.tag', 'peer-pods-webhook', ''],
      ] as const;
      expect(annotations(pins.stdout)).toEqual(
        sites.map(
          ([file, line, site, image, suffix]) =>
            `::error file=${file},line=${line}::${file}:${line}: ${site} would pin ${reg.host}/coco/${image}:${missing}${suffix}, which does not exist in its registry; nothing was written`,
        ),
      );
      expect(pins.stdout).not.toContain(`::add-mask::${TEST_PASSWORD}\n${TEST_PASSWORD}`);
      expect(r.repo.git.refs('refs/heads/').map((b) => b.ref)).toEqual(['refs/heads/main']);
      expect(step(result, 'pins', 'pr').skipped).toBe(true);
      expect(r.repo.pulls).toEqual([]);
    },
  );
});
