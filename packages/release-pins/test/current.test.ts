import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPLAY, ROOT } from '../../../test/helpers/paths.js';
import { matchTemplate, parseManifest, readCurrent, valueFromSites } from '../src/index.js';

/**
 * What the sites of a phase hold now, read back through their templates (issue 24): "is this phase in
 * place, and with which image tag" without a probe value.
 */

const MANIFEST_FILE = '.github/release-pins.yaml';
const MANIFEST = parseManifest(
  readFileSync(join(ROOT, 'examples/cloud-api-adaptor', MANIFEST_FILE), 'utf8'),
  MANIFEST_FILE,
);
const IMAGE = '61b1aba91df646a663e60ab6b55c6a7dc93cd167';

const reader =
  (dir: string, over: Record<string, string> = {}) =>
  (file: string): string | undefined =>
    over[file] ?? (existsSync(join(dir, file)) ? readFileSync(join(dir, file), 'utf8') : undefined);

describe('matchTemplate', () => {
  it('gives each {NAME} the text standing in its place', () => {
    expect(matchTemplate('{image-tag}', 'abc')).toEqual(new Map([['image-tag', 'abc']]));
    expect(matchTemplate('{image-tag}-dev', 'abc-dev')).toEqual(new Map([['image-tag', 'abc']]));
    expect(matchTemplate('v{a}.{b}', 'v1.2')).toEqual(
      new Map([
        ['a', '1'],
        ['b', '2'],
      ]),
    );
    expect(matchTemplate('{a}+{a}', 'x+x')).toEqual(new Map([['a', 'x']]));
    expect(matchTemplate('latest', 'latest')).toEqual(new Map());
    // {NAME#v} stood for a value with or without its v: it reads nothing; {today} reads a date.
    expect(matchTemplate('{version#v}', '0.22.0')).toEqual(new Map());
    expect(matchTemplate('{today}-{n}', '2026-07-27-3')).toEqual(new Map([['n', '3']]));
    // Regular-expression characters of the template are text.
    expect(matchTemplate('a.b({x})', 'a.b(1)')).toEqual(new Map([['x', '1']]));
  });

  it('reads nothing from a value of another shape, cut two ways, or giving one variable two values', () => {
    expect(matchTemplate('{image-tag}-dev', 'latest')).toBeUndefined();
    expect(matchTemplate('a.b', 'axb')).toBeUndefined();
    expect(matchTemplate('{a}-{b}', 'x-y-z')).toBeUndefined();
    expect(matchTemplate('{a}{b}', 'xy')).toBeUndefined();
    expect(matchTemplate('{a}+{a}', 'x+y')).toBeUndefined();
    expect(matchTemplate('{today}', '27 July')).toBeUndefined();
  });
});

describe('readCurrent on the v0.22.0 release', () => {
  it('after upstream pinned the image: every site agrees on the tag, which the release can keep', () => {
    const current = readCurrent(MANIFEST, 'release', reader(join(REPLAY, '2-image-pin', 'after')));
    expect(current.values).toEqual(new Map([['image-tag', IMAGE]]));
    expect(current.conflicts).toEqual(new Map());
    expect(current.imageVars).toEqual(new Set(['image-tag']));
    expect(current.sites.map((s) => [s.file, s.line, s.value])).toEqual([
      ['src/cloud-api-adaptor/install/charts/peerpods/values.yaml', 83, IMAGE],
      ['src/cloud-api-adaptor/install/charts/peerpods/providers/libvirt.yaml', 10, `${IMAGE}-dev`],
      ['src/cloud-providers/Makefile', 20, `${IMAGE}-dev`],
      ['src/peerpod-ctrl/chart/values.yaml', 7, IMAGE],
      ['src/webhook/chart/values.yaml', 18, IMAGE],
    ]);
    expect(valueFromSites(current, 'image-tag')).toEqual({ value: IMAGE });
  });

  it('before: latest everywhere, which is not of the form {image-tag}-dev: no tag, and the log says where', () => {
    const current = readCurrent(MANIFEST, 'release', reader(join(REPLAY, '2-image-pin', 'before')));
    expect(current.values).toEqual(new Map([['image-tag', undefined]]));
    expect(current.conflicts.get('image-tag')).toBe(
      '{image-tag}: src/cloud-api-adaptor/install/charts/peerpods/providers/libvirt.yaml:10 .image.tag holds "latest", not of the form "{image-tag}-dev"',
    );
    expect(valueFromSites(current, 'image-tag')).toEqual({ reason: current.conflicts.get('image-tag') });
  });

  it('sites that disagree are listed with what each holds', () => {
    const dir = join(REPLAY, '2-image-pin', 'after');
    const webhook = 'src/webhook/chart/values.yaml';
    const text = readFileSync(join(dir, webhook), 'utf8').replace(IMAGE, 'f00d');
    const current = readCurrent(MANIFEST, 'release', reader(dir, { [webhook]: text }));
    expect(current.values.get('image-tag')).toBeUndefined();
    const reason = current.conflicts.get('image-tag')!;
    expect(reason).toMatch(/^\{image-tag\}: the sites disagree: /);
    expect(reason).toContain(`src/peerpod-ctrl/chart/values.yaml:7 .image.tag holds "${IMAGE}"`);
    expect(reason).toContain(`${webhook}:18 .image.tag holds "f00d"`);
  });

  it('an image tag the sites agree on must be one a release pins: never latest, never empty', () => {
    const manifest = parseManifest(
      'pins:\n  - file: v.yaml\n    path: .tag\n    image: quay.io/x/y\n    phases: { release: "{image-tag}" }\n' +
        '  - file: v.yaml\n    path: .name\n    phases: { release: "{name}" }\n',
      MANIFEST_FILE,
    );
    const at = (text: string) => readCurrent(manifest, 'release', () => text);
    expect(valueFromSites(at('tag: latest\nname: latest\n'), 'image-tag')).toEqual({
      reason: '{image-tag}: the sites hold "latest", not the tag of a built image',
    });
    // Not an image site: latest is a value like any other.
    expect(valueFromSites(at('tag: latest\nname: latest\n'), 'name')).toEqual({ value: 'latest' });
    expect(valueFromSites(at('tag: ""\nname: x\n'), 'image-tag')).toEqual({
      reason: '{image-tag}: the sites hold it empty',
    });
    expect(valueFromSites(at('tag: "a b"\nname: x\n'), 'image-tag')).toEqual({
      reason: '{image-tag}: the sites hold "a b", not the tag of a built image',
    });
    // A site that cannot be read gives no value; planning the phase says why.
    expect(at('name: x\n').conflicts.get('image-tag')).toBe(
      "{image-tag}: v.yaml .tag cannot be read (.tag: no key 'tag' in the mapping at line 1)",
    );
  });

  it('a digest: true site is read without its @sha256', () => {
    const manifest = parseManifest(
      'pins:\n  - file: v.yaml\n    path: .tag\n    image: quay.io/x/y\n    digest: true\n    phases: { release: "{image-tag}" }\n',
      MANIFEST_FILE,
    );
    const current = readCurrent(manifest, 'release', () => `tag: abc@sha256:${'0'.repeat(64)}\n`);
    expect(current.values).toEqual(new Map([['image-tag', 'abc']]));
  });

  it('a phase the manifest does not name is refused as planPhase refuses it', () => {
    expect(() => readCurrent(MANIFEST, 'final', () => undefined)).toThrow(
      `phase 'final' is not in ${MANIFEST_FILE}: its phases are candidate, post-release, prepare, release`,
    );
  });
});
