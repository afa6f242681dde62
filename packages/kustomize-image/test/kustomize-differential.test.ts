import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { workspace } from '../../../test/helpers/workspace.js';
import { parseImageArg, planPins, splitImage, type ImageArg, type MergeMode } from '../src/index.js';

/**
 * Differential tests: the expected results are kustomize's own, copied from its sources (v5, the
 * kubernetes-sigs/kustomize repository):
 * - kustomize/commands/edit/set/setimage_test.go TestSetImage: `given.args`, `given.infileImages` and
 *   `expected.fileOutput` of every case below (cited by its description, or its args when it has none);
 * - kustomize/commands/edit/set/setimage.go: `parse` and `imageArgParse` (split at the first `=`, then
 *   util.SplitImageName), RunSetImage (`*` is preserveSeparator: the field comes from the file; every other
 *   field of an existing entry is replaced by the argument's, i.e. whole-entry replacement; a name not in the
 *   file is appended; the list is sorted by name) and the command's Example text;
 * - api/internal/image/image.go Split and image_test.go TestSplit: `[[host[:port]/]component/]component
 *   [:tag][@digest]`, the `:` is searched after the first `/` so a registry port is not a tag;
 * - api/types/image.go Image: the fields name, newName, tagSuffix, newTag, digest in that order, each a
 *   separate field (a tag and a digest are both kept).
 *
 * kustomize re-serialises the file (keys sorted alphabetically: `- digest:` first, entries sorted by name);
 * this action does not, so the comparison is on the parsed `images` list, plus exact bytes of our output
 * (fields in api/types/image.go order, everything else untouched). `merge: replace` is kustomize's
 * semantics; `merge: fields` is this action's default and differs only where the cases say so.
 */

const D = 'sha256:24a0c4b4a4c0eb97a1aabb8e29f18e917d05abfe1b7a7c07857230879ce7d3d3';
const HEADER = 'apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\n';

/** kustomize's testutils write `infileImages` joined by "\n", without a final newline; no header. */
async function pinAll(infile: string[] | undefined, args: string[], merge: MergeMode = 'replace'): Promise<string> {
  let text = infile ? infile.join('\n') : HEADER;
  for (const arg of args) {
    const ws = workspace({ 'kustomization.yaml': text });
    const plan = await planPins({ workspace: ws, files: [{ text: '.', line: 1 }], image: parseImageArg(arg), merge });
    text = plan.pins[0]!.after;
  }
  return text;
}

type Entry = Record<string, string>;
/** The images list as kustomize sees it: every value a string, entries by name. */
function imagesOf(text: string): Entry[] {
  const doc = parse(text, { schema: 'failsafe' }) as { images?: Entry[] };
  return [...(doc.images ?? [])].sort((a, b) => (a['name']! < b['name']! ? -1 : 1));
}

interface Case {
  kustomize: string; // the case in setimage_test.go
  args: string[];
  infile?: string[];
  /** kustomize's expected.fileOutput. */
  expected: string[];
  /** Our exact bytes (merge: replace). */
  bytes: string;
}

const CASES: Case[] = [
  {
    kustomize: '[image1=my-image1:my-tag]',
    args: ['image1=my-image1:my-tag'],
    expected: ['images:', '- name: image1', '  newName: my-image1', '  newTag: my-tag'],
    bytes: HEADER + 'images:\n- name: image1\n  newName: my-image1\n  newTag: my-tag\n',
  },
  {
    kustomize: '[image1=my-image1:1234] (a numeric tag is written quoted so it stays a string)',
    args: ['image1=my-image1:1234'],
    expected: ['images:', '- name: image1', '  newName: my-image1', '  newTag: "1234"'],
    bytes: HEADER + 'images:\n- name: image1\n  newName: my-image1\n  newTag: "1234"\n',
  },
  {
    kustomize: '[image1=my-image1:3.2e2]',
    args: ['image1=my-image1:3.2e2'],
    expected: ['images:', '- name: image1', '  newName: my-image1', '  newTag: "3.2e2"'],
    bytes: HEADER + 'images:\n- name: image1\n  newName: my-image1\n  newTag: "3.2e2"\n',
  },
  {
    kustomize: '[image1=my-image1@sha256:…]',
    args: [`image1=my-image1@${D}`],
    expected: ['images:', `- digest: ${D}`, '  name: image1', '  newName: my-image1'],
    bytes: HEADER + `images:\n- name: image1\n  newName: my-image1\n  digest: ${D}\n`,
  },
  {
    kustomize: '[image1:my-tag]',
    args: ['image1:my-tag'],
    expected: ['images:', '- name: image1', '  newTag: my-tag'],
    bytes: HEADER + 'images:\n- name: image1\n  newTag: my-tag\n',
  },
  {
    kustomize: '[image1@sha256:…]',
    args: [`image1@${D}`],
    expected: ['images:', `- digest: ${D}`, '  name: image1'],
    bytes: HEADER + `images:\n- name: image1\n  digest: ${D}\n`,
  },
  {
    kustomize: '[my-image1:my-tag@sha256:…] (tag and digest are separate fields)',
    args: [`my-image1:my-tag@${D}`],
    expected: ['images:', `- digest: ${D}`, '  name: my-image1', '  newTag: my-tag'],
    bytes: HEADER + `images:\n- name: my-image1\n  newTag: my-tag\n  digest: ${D}\n`,
  },
  {
    kustomize: '[image1=my-image1:my-tag@sha256:…]',
    args: [`image1=my-image1:my-tag@${D}`],
    expected: ['images:', `- digest: ${D}`, '  name: image1', '  newName: my-image1', '  newTag: my-tag'],
    bytes: HEADER + `images:\n- name: image1\n  newName: my-image1\n  newTag: my-tag\n  digest: ${D}\n`,
  },
  {
    kustomize: '<image>=<image> (a registry port is not a tag)',
    args: ['ngnix=localhost:5000/my-project/ngnix'],
    expected: ['images:', '- name: ngnix', '  newName: localhost:5000/my-project/ngnix'],
    bytes: HEADER + 'images:\n- name: ngnix\n  newName: localhost:5000/my-project/ngnix\n',
  },
  {
    kustomize: '[ngnix=localhost:5000/my-project/ngnix:dev-01]',
    args: ['ngnix=localhost:5000/my-project/ngnix:dev-01'],
    expected: ['images:', '- name: ngnix', '  newName: localhost:5000/my-project/ngnix', '  newTag: dev-01'],
    bytes: HEADER + 'images:\n- name: ngnix\n  newName: localhost:5000/my-project/ngnix\n  newTag: dev-01\n',
  },
  {
    kustomize: 'override file',
    args: ['image1=foo.bar.foo:8800/foo/image1:foo-bar'],
    infile: [
      'images:',
      '- name: image1',
      '  newName: my-image1',
      '  newTag: my-tag',
      '- name: image2',
      '  newName: my-image2',
      '  newTag: my-tag2',
    ],
    expected: [
      'images:',
      '- name: image1',
      '  newName: foo.bar.foo:8800/foo/image1',
      '  newTag: foo-bar',
      '- name: image2',
      '  newName: my-image2',
      '  newTag: my-tag2',
    ],
    bytes:
      'images:\n- name: image1\n  newName: foo.bar.foo:8800/foo/image1\n  newTag: foo-bar\n- name: image2\n  newName: my-image2\n  newTag: my-tag2',
  },
  {
    kustomize: 'override file with patch (the patch body is not matched)',
    args: ['image1=foo.bar.foo:8800/foo/image1:foo-bar'],
    infile: [
      'images:',
      '- name: image1',
      '  newName: my-image1',
      '  newTag: my-tag',
      '- name: image2',
      '  newName: my-image2',
      '  newTag: my-tag2',
      'patchesJson6902:',
      '- patch: |-',
      '    - op: remove',
      '      path: /spec/selector',
      '  target:',
      '    kind: Service',
      '    name: foo',
      '    version: v1',
    ],
    expected: [
      'images:',
      '- name: image1',
      '  newName: foo.bar.foo:8800/foo/image1',
      '  newTag: foo-bar',
      '- name: image2',
      '  newName: my-image2',
      '  newTag: my-tag2',
    ],
    bytes:
      'images:\n- name: image1\n  newName: foo.bar.foo:8800/foo/image1\n  newTag: foo-bar\n- name: image2\n  newName: my-image2\n  newTag: my-tag2\npatchesJson6902:\n- patch: |-\n    - op: remove\n      path: /spec/selector\n  target:\n    kind: Service\n    name: foo\n    version: v1',
  },
  {
    kustomize: 'override new tag and new name with just a new tag',
    args: ['image1:v1'],
    infile: ['images:', '- name: image1', '  newTag: my-tag'],
    expected: ['images:', '- name: image1', '  newTag: v1'],
    bytes: 'images:\n- name: image1\n  newTag: v1',
  },
  {
    kustomize: 'multiple args with multiple overrides',
    args: ['image1=foo.bar.foo:8800/foo/image1:foo-bar', `image2=my-image2@${D}`, 'image3:my-tag'],
    infile: [
      'images:',
      '- name: image1',
      '  newName: my-image1',
      '  newTag: my-tag1',
      '- name: image2',
      '  newName: my-image2',
      '  newTag: my-tag2',
      '- name: image3',
      '  newTag: my-tag',
    ],
    expected: [
      'images:',
      '- name: image1',
      '  newName: foo.bar.foo:8800/foo/image1',
      '  newTag: foo-bar',
      `- digest: ${D}`,
      '  name: image2',
      '  newName: my-image2',
      '- name: image3',
      '  newTag: my-tag',
    ],
    bytes: `images:\n- name: image1\n  newName: foo.bar.foo:8800/foo/image1\n  newTag: foo-bar\n- name: image2\n  newName: my-image2\n  digest: ${D}\n- name: image3\n  newTag: my-tag`,
  },
  {
    kustomize: 'override new tag but keep new name',
    args: ['image1=*:v1'],
    infile: ['images:', '- name: image1', '  newName: foo.bar.foo:8800/foo/image1', '  newTag: my-tag'],
    expected: ['images:', '- name: image1', '  newName: foo.bar.foo:8800/foo/image1', '  newTag: v1'],
    bytes: 'images:\n- name: image1\n  newName: foo.bar.foo:8800/foo/image1\n  newTag: v1',
  },
  {
    kustomize: 'override new name but keep new tag',
    args: ['image1=my-image1:*'],
    infile: ['images:', '- name: image1', '  newName: foo.bar.foo:8800/foo/image1', '  newTag: my-tag'],
    expected: ['images:', '- name: image1', '  newName: my-image1', '  newTag: my-tag'],
    bytes: 'images:\n- name: image1\n  newName: my-image1\n  newTag: my-tag',
  },
  {
    kustomize: 'keep new name and new tag (rare case)',
    args: ['image1=*:*'],
    infile: ['images:', '- name: image1', '  newName: my-image1', '  newTag: my-tag'],
    expected: ['images:', '- name: image1', '  newName: my-image1', '  newTag: my-tag'],
    bytes: 'images:\n- name: image1\n  newName: my-image1\n  newTag: my-tag',
  },
  {
    kustomize: 'do not set asterisk as new name for existing image',
    args: ['image1=*:v1'],
    infile: ['images:', '- name: image1', '  newTag: my-tag'],
    expected: ['images:', '- name: image1', '  newTag: v1'],
    bytes: 'images:\n- name: image1\n  newTag: v1',
  },
  {
    kustomize: 'do not set asterisk as new name',
    args: ['image1=*:v1'],
    expected: ['images:', '- name: image1', '  newTag: v1'],
    bytes: HEADER + 'images:\n- name: image1\n  newTag: v1\n',
  },
  {
    kustomize: 'do not set asterisk as new tag',
    args: ['image1=my-image1:*'],
    expected: ['images:', '- name: image1', '  newName: my-image1'],
    bytes: HEADER + 'images:\n- name: image1\n  newName: my-image1\n',
  },
  {
    kustomize: 'keep new name and update digest',
    args: [`image2=*@${D}`],
    infile: ['images:', '- name: image2', '  newName: my-image2', '  digest: sha256:abcdef12345'],
    expected: ['images:', `- digest: ${D}`, '  name: image2', '  newName: my-image2'],
    bytes: `images:\n- name: image2\n  newName: my-image2\n  digest: ${D}`,
  },
  {
    kustomize: 'keep new name, remove tag, and set digest',
    args: [`image2=*@${D}`],
    infile: ['images:', '- name: image2', '  newName: my-image2', '  newTag: my-tag'],
    expected: ['images:', `- digest: ${D}`, '  name: image2', '  newName: my-image2'],
    bytes: `images:\n- name: image2\n  newName: my-image2\n  digest: ${D}\n`,
  },
  {
    kustomize: 'update new name and keep the digest (kustomize-ordered input: digest first)',
    args: ['image2=my-image2@*'],
    infile: ['images:', `- digest: ${D}`, '  name: image2', '  newName: foo.bar.foo:8800/foo/image1'],
    expected: ['images:', `- digest: ${D}`, '  name: image2', '  newName: my-image2'],
    bytes: `images:\n- digest: ${D}\n  name: image2\n  newName: my-image2`,
  },
  {
    kustomize: 'Example: set image postgres=eu.gcr.io/my-project/postgres:latest my-app=my-registry/my-app@sha256:…',
    args: ['postgres=eu.gcr.io/my-project/postgres:latest', `my-app=my-registry/my-app@${D}`],
    expected: [
      'images:',
      `- digest: ${D}`,
      '  name: my-app',
      '  newName: my-registry/my-app',
      '- name: postgres',
      '  newName: eu.gcr.io/my-project/postgres',
      '  newTag: latest',
    ],
    bytes:
      HEADER +
      `images:\n- name: postgres\n  newName: eu.gcr.io/my-project/postgres\n  newTag: latest\n- name: my-app\n  newName: my-registry/my-app\n  digest: ${D}\n`,
  },
  {
    kustomize: 'Example: set image node:8.15.0 mysql=mariadb alpine@sha256:…',
    args: ['node:8.15.0', 'mysql=mariadb', `alpine@${D}`],
    expected: [
      'images:',
      `- digest: ${D}`,
      '  name: alpine',
      '- name: mysql',
      '  newName: mariadb',
      '- name: node',
      '  newTag: 8.15.0',
    ],
    bytes:
      HEADER +
      `images:\n- name: node\n  newTag: 8.15.0\n- name: mysql\n  newName: mariadb\n- name: alpine\n  digest: ${D}\n`,
  },
];

describe('kustomize edit set image, case by case (merge: replace is kustomize)', () => {
  it.each(CASES.map((c) => [c.kustomize, c] as const))('%s', async (_name, c) => {
    const got = await pinAll(c.infile, c.args, 'replace');
    expect(imagesOf(got)).toEqual(imagesOf(c.expected.join('\n')));
    expect(got).toBe(c.bytes);
    // Idempotent: the same arguments again change nothing.
    expect(await pinAll(got.split('\n'), c.args, 'replace')).toBe(got);
  });
});

describe('merge: fields differs from kustomize only by keeping what the argument does not mention', () => {
  it('name:tag keeps an existing newName (kustomize, "override new tag and new name with just a new tag", drops it)', async () => {
    const infile = ['images:', '- name: image1', '  newName: my-image1', '  newTag: my-tag'];
    expect(await pinAll(infile, ['image1:v1'], 'replace')).toBe('images:\n- name: image1\n  newTag: v1');
    expect(await pinAll(infile, ['image1:v1'], 'fields')).toBe(
      'images:\n- name: image1\n  newName: my-image1\n  newTag: v1',
    );
  });

  it('a tag without a digest removes an existing digest only with merge: replace', async () => {
    const infile = ['images:', '- name: image1', '  newTag: old # pinned', `  digest: ${D}`];
    expect(await pinAll(infile, ['image1:v2'], 'fields')).toBe(
      `images:\n- name: image1\n  newTag: v2 # pinned\n  digest: ${D}`,
    );
    expect(await pinAll(infile, ['image1:v2'], 'replace')).toBe('images:\n- name: image1\n  newTag: v2 # pinned\n');
  });

  it('a digest without a tag keeps the tag with merge: fields ("keep new name, remove tag, and set digest" is replace)', async () => {
    const infile = ['images:', '- name: image2', '  newName: my-image2', '  newTag: my-tag'];
    expect(await pinAll(infile, [`image2=*@${D}`], 'fields')).toBe(
      `images:\n- name: image2\n  newName: my-image2\n  newTag: my-tag\n  digest: ${D}`,
    );
  });

  it('a new entry is the same in both modes', async () => {
    for (const c of CASES.filter((x) => !x.infile)) {
      expect(await pinAll(undefined, c.args, 'fields'), c.kustomize).toBe(c.bytes);
    }
  });

  it('tagSuffix is dropped by replace (RunSetImage builds a new Image without it) and kept by fields', async () => {
    const infile = ['images:', '- name: a', '  tagSuffix: -fips', '  newTag: v1'];
    expect(await pinAll(infile, ['a:v2'], 'replace')).toBe('images:\n- name: a\n  newTag: v2');
    expect(await pinAll(infile, ['a:v2'], 'fields')).toBe('images:\n- name: a\n  tagSuffix: -fips\n  newTag: v2');
  });
});

describe('the image argument, parsed as kustomize parses it', () => {
  // api/internal/image/image_test.go TestSplit, every case.
  it.each([
    ['nginx', { name: 'nginx' }],
    ['nginx:1.2.3', { name: 'nginx', tag: '1.2.3' }],
    ['nginx@sha256:12345', { name: 'nginx', digest: 'sha256:12345' }],
    ['nginx:1.2.3@sha256:12345', { name: 'nginx', tag: '1.2.3', digest: 'sha256:12345' }],
    ['docker.io/nginx:1.2.3', { name: 'docker.io/nginx', tag: '1.2.3' }],
    ['foo.com:443/nginx:1.2.3', { name: 'foo.com:443/nginx', tag: '1.2.3' }],
    ['foo.com:443/nginx:1.2.3@sha256:12345', { name: 'foo.com:443/nginx', tag: '1.2.3', digest: 'sha256:12345' }],
    ['192.168.122.1:5000/cloud-api-adaptor', { name: '192.168.122.1:5000/cloud-api-adaptor' }],
  ])('Split(%s)', async (ref, want) => {
    expect(splitImage(ref)).toEqual(want);
  });

  const arg = (name: string, rest: Partial<ImageArg> = {}) => ({ name, ...rest });
  it.each<[string, Partial<ImageArg>]>([
    ['name=newName:tag', arg('name', { newName: 'newName', newTag: 'tag' })],
    ['name=newName', arg('name', { newName: 'newName' })],
    ['name:tag', arg('name', { newTag: 'tag' })],
    [`name@${D}`, arg('name', { digest: D })],
    [`name=newName@${D}`, arg('name', { newName: 'newName', digest: D })],
    [`name=newName:tag@${D}`, arg('name', { newName: 'newName', newTag: 'tag', digest: D })],
    [`name:tag@${D}`, arg('name', { newTag: 'tag', digest: D })],
    ['name=*:tag', arg('name', { newName: '*', newTag: 'tag' })],
    ['name=newName:*', arg('name', { newName: 'newName', newTag: '*' })],
    ['name=*@*', arg('name', { newName: '*', digest: '*' })],
    ['name=192.168.122.1:5000/x', arg('name', { newName: '192.168.122.1:5000/x' })],
    ['name=192.168.122.1:5000/x:v1', arg('name', { newName: '192.168.122.1:5000/x', newTag: 'v1' })],
    ['192.168.122.1:5000/x:v1', arg('192.168.122.1:5000/x', { newTag: 'v1' })],
    ['cloud-api-adaptor=*:latest', arg('cloud-api-adaptor', { newName: '*', newTag: 'latest' })],
    [
      'quay.io/kata-containers/kata-deploy=quay.io/kata-containers/kata-deploy-ci:kata-containers-latest',
      arg('quay.io/kata-containers/kata-deploy', {
        newName: 'quay.io/kata-containers/kata-deploy-ci',
        newTag: 'kata-containers-latest',
      }),
    ],
  ])('%s', (text, want) => {
    expect(parseImageArg(text)).toEqual({ text, ...want });
  });
});
