import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { annotations } from '../../../test/helpers/bundle.js';
import { REPLAY, ROOT } from '../../../test/helpers/paths.js';
import { runAsBundle } from '../../../test/helpers/in-process.js';
import { snapshotTree, workspace } from '../../../test/helpers/workspace.js';
import { applyReleasePins } from '../src/main.js';

/**
 * Issue 24: "is this phase in place, and with which image tag" is one dry run (vars-from-sites), with the
 * values the sites hold now in `current`; the Go updates checked and their go.mod given for setup-go.
 * In this process, on copies of the real v0.22.0 release files and the example manifest.
 */

const MANIFEST = join(ROOT, 'examples/cloud-api-adaptor/.github/release-pins.yaml');
const IMAGE = '61b1aba91df646a663e60ab6b55c6a7dc93cd167';
const WEBHOOK = 'src/webhook/chart/values.yaml';

function releaseWorkspace(step: string): string {
  const ws = workspace({}, { '.github/release-pins.yaml': MANIFEST });
  cpSync(join(REPLAY, step, 'before'), ws, { recursive: true });
  return ws;
}

const run = (ws: string, phase: string, vars: string, extra: Record<string, string> = {}) =>
  runAsBundle(applyReleasePins, { phase, vars, ...extra }, { workspace: ws });
const inPlace = (ws: string) =>
  run(ws, 'release', 'version=v0.22.0', { 'vars-from-sites': 'image-tag', 'dry-run': 'true' });

describe('apply-release-pins: the values the sites hold now', () => {
  it('before the release: latest is no tag a release keeps, so the phase is not in place and nothing is planned', async () => {
    const ws = releaseWorkspace('2-image-pin');
    const before = snapshotTree(ws);
    const r = await inPlace(ws);
    expect(r.code, r.stdout).toBe(0);
    expect(r.outputs).toEqual({
      changed: 'true',
      current: '{"image-tag":null}',
      'changed-files': '[]',
      changes: '[]',
      charts: '[]',
      go: '[]',
      'go-mod': '',
      digest: '',
      images: '[]',
      table: '',
      diff: '',
    });
    const why =
      '{image-tag}: src/cloud-api-adaptor/install/charts/peerpods/providers/libvirt.yaml:10 .image.tag holds "latest", not of the form "{image-tag}-dev"';
    expect(r.stdout).toBe(`phase release is not in place: ${why}\n`);
    expect(r.summary).toBe(
      '### apply-release-pins: phase `release` (dry run, nothing written)\n\n' +
        'Not in place: no value of the variables read from the sites leaves every pin as it is.\n\n' +
        `| why |\n| --- |\n| ${why.replaceAll('|', '\\|')} |\n\n\n`,
    );
    expect(snapshotTree(ws)).toEqual(before);
  });

  it('after the release PR: one dry run finds the tag it pinned and the phase in place with it', async () => {
    const ws = releaseWorkspace('2-image-pin');
    const pinned = await run(ws, 'release', `image-tag=${IMAGE}\nversion=v0.22.0\n`);
    expect(pinned.outputs['changed']).toBe('true');
    expect(JSON.parse(pinned.outputs['current']!)).toEqual({ 'image-tag': IMAGE });

    const r = await inPlace(ws);
    expect(r.code, r.stdout).toBe(0);
    expect(r.outputs['changed']).toBe('false');
    expect(r.outputs['current']).toBe(`{"image-tag":"${IMAGE}"}`);
    expect(r.stdout.split('\n')[0]).toBe(`{image-tag} is ${IMAGE}, as the sites of phase release hold it`);
    // The images of the phase, with the tag read from the sites.
    expect(JSON.parse(r.outputs['images']!).map((i: { tag: string }) => i.tag)).toEqual([
      IMAGE,
      `${IMAGE}-dev`,
      `${IMAGE}-dev`,
      IMAGE,
      IMAGE,
    ]);

    // vars gives the tag: that one is planned, whatever the sites hold.
    const other = await run(ws, 'release', 'version=v0.22.0\nimage-tag=f00d', {
      'vars-from-sites': 'image-tag',
      'dry-run': 'true',
    });
    expect(other.outputs['changed']).toBe('true');
    expect(JSON.parse(other.outputs['changes']!).map((c: { new: string }) => c.new)).toEqual([
      'f00d',
      'f00d-dev',
      'f00d-dev',
      'f00d',
      'f00d',
    ]);
  });

  it('sites that disagree: not in place, and the log names what each site holds', async () => {
    const ws = releaseWorkspace('2-image-pin');
    await run(ws, 'release', `image-tag=${IMAGE}\nversion=v0.22.0\n`);
    writeFileSync(join(ws, WEBHOOK), readFileSync(join(ws, WEBHOOK), 'utf8').replace(IMAGE, 'f00d'));
    const r = await inPlace(ws);
    expect(r.outputs['changed']).toBe('true');
    expect(r.outputs['current']).toBe('{"image-tag":null}');
    expect(r.stdout).toContain(
      `phase release is not in place: {image-tag}: the sites disagree: src/cloud-api-adaptor/install/charts/peerpods/values.yaml:83 .image.tag holds "${IMAGE}"; `,
    );
    expect(r.stdout).toContain(`; ${WEBHOOK}:18 .image.tag holds "f00d"\n`);
  });

  it('vars-from-sites only in a dry run, and only variable names', async () => {
    const ws = releaseWorkspace('2-image-pin');
    const before = snapshotTree(ws);
    const r = await run(ws, 'release', 'version=v0.22.0', { 'vars-from-sites': 'image-tag\n{x}' });
    expect(r.code).toBe(1);
    expect(annotations(r.stdout)).toEqual([
      "::error::input 'vars-from-sites' line 2: expected a variable name, got '{x}'",
      "::error::input 'vars-from-sites' needs dry-run: true (it asks whether the phase is in place; a run that writes takes every value from 'vars')",
    ]);
    expect(snapshotTree(ws)).toEqual(before);
  });

  it('digest-of is an image reference, and needs an image the phase verifies', async () => {
    const ws = releaseWorkspace('2-image-pin');
    const bad = await run(ws, 'release', `image-tag=${IMAGE}\nversion=v0.22.0\n`, { 'digest-of': 'quay.io/x' });
    expect(annotations(bad.stdout)).toEqual([`::error::input 'digest-of' must be IMAGE:TAG, got "quay.io/x"`]);
    // The tag is what follows the last ':' (a registry may carry a port); the image holds no space or '@'.
    for (const ref of [
      ':v1',
      'localhost:5000/x',
      'quay.io/x:.v1',
      'quay.io/x@sha256:ab',
      'quay.io/x:v1\nx',
      'quay io/x:v1',
      `quay.io/x:${'t'.repeat(129)}`,
    ]) {
      const refused = await run(ws, 'release', `image-tag=${IMAGE}\nversion=v0.22.0\n`, { 'digest-of': ref });
      expect(annotations(refused.stdout)).toEqual([
        `::error::input 'digest-of' must be IMAGE:TAG, got ${JSON.stringify(ref).replace(/%/g, '%25')}`,
      ]);
    }
  });
});

describe('apply-release-pins: the Go updates', () => {
  it('prepare: the go output and the go.mod setup-go reads', async () => {
    const ws = releaseWorkspace('1-kata-deploy-pin');
    const r = await run(
      ws,
      'prepare',
      'kata-version=4.0.0\nkata-commit=a\ntrustee-commit=b\nguest-components-commit=c',
      {
        'dry-run': 'true',
      },
    );
    expect(r.code, r.stdout).toBe(0);
    expect(JSON.parse(r.outputs['go']!)).toEqual([
      {
        module: 'src/cloud-api-adaptor',
        require: 'github.com/kata-containers/kata-containers/src/runtime',
        version: '4.0.0',
      },
    ]);
    expect(r.outputs['go-mod']).toBe('src/cloud-api-adaptor/go.mod');
  });

  it('refuses an update go could read as an option, two words or a directory outside the repository', async () => {
    const manifest = (module: string, version: string) =>
      `go:\n  - module: ${JSON.stringify(module)}\n    require: example.com/m\n    phases: { prepare: ${JSON.stringify(version)} }\n`;
    for (const [module, version, shown] of [
      ['../elsewhere', '1.0.0', '{"module":"../elsewhere","require":"example.com/m","version":"1.0.0"}'],
      ['/abs', '1.0.0', '{"module":"/abs","require":"example.com/m","version":"1.0.0"}'],
      ['-C', '1.0.0', '{"module":"-C","require":"example.com/m","version":"1.0.0"}'],
      ['src', '{v}', '{"module":"src","require":"example.com/m","version":"-x"}'],
      ['src', '1.0 -x', '{"module":"src","require":"example.com/m","version":"1.0 -x"}'],
    ] as const) {
      const ws = workspace({ '.github/release-pins.yaml': manifest(module, version) });
      const r = await run(ws, 'prepare', 'v=-x');
      expect(annotations(r.stdout), module).toEqual([
        `::error file=.github/release-pins.yaml,line=2::.github/release-pins.yaml:2: a go update of the manifest is not a module directory, module path and version: ${shown}`,
      ]);
      expect(r.outputs).toEqual({});
    }
  });
});
