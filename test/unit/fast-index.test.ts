import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildFastIndex } from '../../packages/yaml-edit/src/fast-index.js';
import { agree } from '../helpers/fast-agree.js';
import { REAL, realYamlFiles } from '../helpers/paths.js';

describe('fast index vs the yaml parser on every real fixture', () => {
  const files = realYamlFiles();
  it.each(files.map((f) => [relative(REAL, f), f]))('%s', (label, file) => {
    agree(readFileSync(file, 'utf8'), label);
  });

  it('indexes the files releases edit (it must not give up on them)', () => {
    for (const f of [
      'kata-containers/kata-containers/versions.yaml',
      'confidential-containers/cloud-api-adaptor/src/cloud-api-adaptor/versions.yaml',
      'confidential-containers/cloud-api-adaptor/src/cloud-api-adaptor/install/charts/peerpods/values.yaml',
      'confidential-containers/cloud-api-adaptor/src/cloud-api-adaptor/install/charts/peerpods/providers/libvirt.yaml',
      'confidential-containers/charts/values.yaml',
    ]) {
      expect(agree(readFileSync(join(REAL, f), 'utf8'), f), f).toBe(true);
    }
  });

  it.each([
    ['anchors', 'a: &x 1\nb: *x\n'],
    ['multi-line plain scalar', 'a: one\n  two\n'],
    ['multi-line quoted scalar', 'a: "one\n  two"\n'],
    ['tags', 'a: !!str 1\n'],
    ['two documents', 'a: 1\n---\nb: 2\n'],
    ['merge keys', 'a:\n  <<: {b: 1}\n'],
    ['complex keys', '? a\n: b\n'],
    ['tab indentation', 'a:\n\tb: 1\n'],
    ['duplicate keys', 'a: 1\na: 2\n'],
    ['a YAML escape JSON lacks', 'a: "\\x41"\n'],
    ['a block scalar line shallower than its first', 'a: |\n    x\n  y\nb: 1\n'],
    ['a block scalar with an indentation indicator', 'a: |2\n  x\nb: 1\n'],
  ])('gives up on %s', (_name, source) => {
    expect(buildFastIndex(source)).toBeUndefined();
  });
});
