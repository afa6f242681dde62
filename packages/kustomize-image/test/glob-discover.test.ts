import { symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir, workspace } from '../../../test/helpers/workspace.js';
import { discoverKustomizations, matchesGlob } from '../src/index.js';

describe('glob matcher', () => {
  it.each([
    ['**/libvirt/**', 'src/cloud-api-adaptor/install/overlays/libvirt/kustomization.yaml', true],
    ['**/libvirt/**', 'libvirt/kustomization.yaml', true],
    ['**/libvirt/**', 'libvirt', true],
    ['**/libvirt/**', 'src/libvirt-x/kustomization.yaml', false],
    ['**/alibabacloud', 'install/overlays/alibabacloud', true],
    ['overlays/*', 'overlays/aws', true],
    ['overlays/*', 'overlays/aws/kustomization.yaml', false],
    ['overlays/*/kustomization.yaml', 'overlays/aws/kustomization.yaml', true],
    ['overlays/**/kustomization.yaml', 'overlays/kustomization.yaml', true],
    ['overlays/**/kustomization.yaml', 'overlays/a/b/kustomization.yaml', true],
    ['overlays/a?s', 'overlays/aws', true],
    ['overlays/a?s', 'overlays/a/s', false],
    ['./overlays/*.yaml', 'overlays/x.yaml', true],
    ['ibm*', 'ibmcloud-powervs', true],
    ['a.b', 'axb', false],
    ['**', 'any/thing/at/all', true],
    // Classes and alternatives are globs (picomatch), not literal text.
    ['overlays/[ag]*', 'overlays/aws', true],
    ['overlays/[ag]*', 'overlays/gcp', true],
    ['overlays/[ag]*', 'overlays/ibmcloud', false],
    ['overlays/[!a]*', 'overlays/aws', false],
    ['overlays/[!a]*', 'overlays/gcp', true],
    ['overlays/{aws,gcp}', 'overlays/gcp', true],
    ['overlays/{aws,gcp}', 'overlays/azure', false],
    ['**/{libvirt,docker}/**', 'install/overlays/docker/kustomization.yaml', true],
    ['**/{libvirt,docker}/**', 'install/overlays/vsphere/kustomization.yaml', false],
    ['**/overlays/**', 'overlays', true],
    ['a/**/b', 'a/x/y/z/b', true],
    ['a/**/b', 'a/xb', false],
    ['*', '.github', true],
  ])('%s ~ %s: %s', (glob, path, want) => {
    expect(matchesGlob(path, glob)).toBe(want);
  });
});

const K = 'apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\n';

describe('finding kustomizations', () => {
  const ws = () =>
    workspace({
      'overlays/aws/kustomization.yaml': K,
      'overlays/gcp/kustomization.yml': K,
      'overlays/odd/Kustomization': K,
      'overlays/empty/README.md': 'nothing\n',
      'overlays/two/kustomization.yaml': K,
      'overlays/two/kustomization.yml': K,
      'node_modules/pkg/kustomization.yaml': K,
      'base/kustomization.yaml': K,
    });
  const lines = (...texts: string[]) => texts.map((text, i) => ({ text, line: i + 1 }));

  it('takes files, directories and globs, each once, in input order', () => {
    const d = discoverKustomizations(lines('base', 'overlays/*', 'base/kustomization.yaml'), {
      workspace: ws(),
      exclude: ['**/two'],
    });
    expect(d.errors.map(String)).toEqual([]);
    expect(d.files.map((f) => f.display)).toEqual([
      'base/kustomization.yaml',
      'overlays/aws/kustomization.yaml',
      'overlays/gcp/kustomization.yml',
      'overlays/odd/Kustomization',
    ]);
  });

  it('names every problem: missing path, no kustomization, several, a glob that selects nothing, outside the workspace', () => {
    const root = ws();
    const outside = tempDir();
    writeFileSync(join(outside, 'kustomization.yaml'), K);
    symlinkSync(outside, join(root, 'link'));
    const d = discoverKustomizations(
      lines(
        'nope',
        'overlays/empty',
        'overlays/two',
        'overlays/*/missing.yaml',
        '../x/*',
        'link',
        '**/kustomization.yaml',
      ),
      { workspace: root },
    );
    expect(d.errors.map(String)).toEqual([
      "files line 1: 'nope' does not exist",
      "overlays/empty: files line 2: 'overlays/empty' holds no kustomization.yaml, kustomization.yml, Kustomization file",
      "files line 3: 'overlays/two' holds several kustomization files (kustomization.yaml, kustomization.yml)",
      "files line 4: 'overlays/*/missing.yaml' matches no kustomization file",
      "files line 5: refusing '../x/*': a glob may not contain '..'",
      `link/kustomization.yaml: files line 6: refusing to touch link/kustomization.yaml: it is outside the workspace ${root}`,
    ]);
    // Files a glob names directly are taken as named; node_modules and symlinked directories are not searched.
    expect(d.files.map((f) => f.display)).toEqual([
      'base/kustomization.yaml',
      'overlays/aws/kustomization.yaml',
      'overlays/two/kustomization.yaml',
    ]);
  });
});
