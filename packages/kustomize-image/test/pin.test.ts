import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadYaml } from '@coco-release/yaml-edit';
import { CAA, OPERATOR } from '../../../test/helpers/paths.js';
import { parseImageArg, planPin, type MergeMode } from '../src/index.js';

const D = 'sha256:' + 'c'.repeat(64);

function pin(source: string, image: string, merge: MergeMode = 'fields', file = 'kustomization.yaml'): string {
  const a = parseImageArg(image);
  return planPin(loadYaml(source, file), a, merge, file).after;
}

function pinError(source: string, image: string, merge: MergeMode = 'fields', file = 'kustomization.yaml'): string {
  try {
    pin(source, image, merge, file);
  } catch (e) {
    return String(e);
  }
  throw new Error('expected an error');
}

describe('byte-exact edits inside an existing entry', () => {
  it('keeps comments in the list, trailing comments on values, blank lines and quoting', () => {
    const src = [
      'images: # pinned by the release',
      '# the adaptor',
      '- name: cloud-api-adaptor # caa',
      '  # registry below',
      "  newName: 'quay.io/confidential-containers/cloud-api-adaptor' # change image if needed",
      '',
      '  newTag: "v0.21.0"   # release tag',
      '# after the list',
      '- name: other',
      '  newTag: keep',
      '',
    ].join('\n');
    expect(pin(src, 'cloud-api-adaptor=*:v0.22.0')).toBe(src.replace('"v0.21.0"', '"v0.22.0"'));
    expect(pin(src, 'cloud-api-adaptor=quay.io/x/caa:v0.22.0')).toBe(
      src
        .replace("'quay.io/confidential-containers/cloud-api-adaptor'", "'quay.io/x/caa'")
        .replace('"v0.21.0"', '"v0.22.0"'),
    );
  });

  it('adds newName right after name, newTag after newName, digest last (api/types/image.go order)', () => {
    const src = 'images:\n- name: a # keep\n  # about the tag\n  newTag: v1 # tag\n';
    expect(pin(src, 'a=reg/a')).toBe(
      'images:\n- name: a # keep\n  newName: reg/a\n  # about the tag\n  newTag: v1 # tag\n',
    );
    expect(pin(src, `a@${D}`)).toBe(
      `images:\n- name: a # keep\n  # about the tag\n  newTag: v1 # tag\n  digest: ${D}\n`,
    );
    expect(pin('images:\n- name: a\n', `a=reg/a:v2@${D}`)).toBe(
      `images:\n- name: a\n  newName: reg/a\n  newTag: v2\n  digest: ${D}\n`,
    );
  });

  it('works in indented lists and in kustomize-ordered entries (digest first)', () => {
    const src = `images:\n    -   digest: ${D}\n        name: a\n        newName: b\nnext: 1\n`;
    expect(pin(src, 'a:v1')).toBe(
      `images:\n    -   digest: ${D}\n        name: a\n        newName: b\n        newTag: v1\nnext: 1\n`,
    );
    expect(pin(src, 'a:v1', 'replace')).toBe('images:\n    -   name: a\n        newTag: v1\nnext: 1\n');
  });

  it('refuses to drop a comment when a removed first field would have to give its line away', () => {
    const src = `images:\n- digest: ${D}\n  # why\n  name: a\n`;
    expect(pinError(src, 'a:v1', 'replace')).toBe(
      'kustomization.yaml:2:3: cannot remove digest from the entry for a: a comment sits between it and name',
    );
  });

  it('keeps CRLF line endings', () => {
    const src = 'images:\r\n- name: a\r\n  newTag: v1\r\nresources:\r\n- x.yaml\r\n';
    expect(pin(src, 'a=reg/a:v2')).toBe(
      'images:\r\n- name: a\r\n  newName: reg/a\r\n  newTag: v2\r\nresources:\r\n- x.yaml\r\n',
    );
    expect(pin(src, 'b:v3')).toBe(
      'images:\r\n- name: a\r\n  newTag: v1\r\n- name: b\r\n  newTag: v3\r\nresources:\r\n- x.yaml\r\n',
    );
  });

  it('edits a value in a flow entry, refuses to add fields to it', () => {
    const src = 'images:\n- {name: a, newTag: v1}\n';
    expect(pin(src, 'a:v2')).toBe('images:\n- {name: a, newTag: v2}\n');
    expect(pinError(src, 'a=b:v2')).toBe(
      'kustomization.yaml:2:3: the entry for a is a flow mapping ({…}); write it in block style to add or remove fields',
    );
  });

  it('quotes a tag that YAML would read as a number, keeps an existing quote style', () => {
    expect(pin('images:\n- name: a\n  newTag: v1\n', 'a:1.10')).toBe('images:\n- name: a\n  newTag: "1.10"\n');
    expect(pin("images:\n- name: a\n  newTag: 'v1'\n", 'a:2')).toBe("images:\n- name: a\n  newTag: '2'\n");
  });
});

describe('a missing entry or images field', () => {
  it('appends the entry in the list own style: column 0', () => {
    const src = 'images:\n- name: a\n  newTag: v1 # x\n# trailing note\n\nresources:\n- r.yaml\n';
    expect(pin(src, 'b=reg/b:v2')).toBe(
      'images:\n- name: a\n  newTag: v1 # x\n- name: b\n  newName: reg/b\n  newTag: v2\n# trailing note\n\nresources:\n- r.yaml\n',
    );
  });

  it('appends the entry in the list own style: the real docker overlay (indented, bases:)', () => {
    const src = readFileSync(join(CAA, 'src/cloud-api-adaptor/install/overlays/docker/kustomization.yaml'), 'utf8');
    const anchor = '    newTag: dev-a5f492482236b9fc4a77088efe6b4c2159ae6a03\n';
    expect(pin(src, 'podvm:v1')).toBe(src.replace(anchor, `${anchor}  - name: podvm\n    newTag: v1\n`));
  });

  it('appends images: at the end of the file, after a blank line when the file separates sections', () => {
    const base = readFileSync(join(OPERATOR, 'config/samples/ccruntime/base/kustomization.yaml'), 'utf8');
    expect(pin(base, 'reg/x:v1')).toBe(`${base}\nimages:\n- name: reg/x\n  newTag: v1\n`);
    expect(pin('resources:\n- a.yaml', 'x:v1')).toBe('resources:\n- a.yaml\nimages:\n- name: x\n  newTag: v1');
    // The file's own list style decides the indentation of the new list.
    expect(pin('resources:\n  - a.yaml\n', 'x:v1')).toBe(
      'resources:\n  - a.yaml\nimages:\n  - name: x\n    newTag: v1\n',
    );
    expect(pin('---\n# to be filled by the release\n', 'x:v1')).toBe(
      '---\n# to be filled by the release\nimages:\n- name: x\n  newTag: v1\n',
    );
    expect(pinError('# nothing\n', 'x:v1')).toBe('kustomization.yaml:1:1: the file holds no YAML document');
  });

  it('fills an empty images field (no value, ~ or [])', () => {
    expect(pin('images: # todo\nresources: []\n', 'x:v1')).toBe(
      'images: # todo\n- name: x\n  newTag: v1\nresources: []\n',
    );
    expect(pin('images: ~\n', 'x:v1')).toBe('images:\n- name: x\n  newTag: v1\n');
    expect(pin('images: []\n', 'x:v1')).toBe('images:\n- name: x\n  newTag: v1\n');
  });

  it('never matches name: lines inside a patch block scalar', () => {
    const src = [
      'patches:',
      '- patch: |-',
      '    - op: replace',
      '      path: /spec/template/spec/containers/0',
      '      value:',
      '        name: cloud-api-adaptor',
      '        image: cloud-api-adaptor:old',
      '  target:',
      '    kind: Deployment',
      '',
    ].join('\n');
    expect(pin(src, 'cloud-api-adaptor:v1')).toBe(`${src}images:\n- name: cloud-api-adaptor\n  newTag: v1\n`);
  });
});

describe('refusals', () => {
  it('two entries with the same name', () => {
    expect(pinError('images:\n- name: a\n- name: a\n', 'a:v1')).toBe(
      'kustomization.yaml:2:1: 2 images entries are named a (lines 2, 3); kustomize would keep only one',
    );
  });

  it('images that is not a list', () => {
    expect(pinError('images:\n  name: a\n', 'a:v1')).toBe(
      'kustomization.yaml:2:3: images must be a list, found a mapping',
    );
  });

  it('another kind of resource, or a YAML file that is no kustomization', () => {
    const cr = readFileSync(join(OPERATOR, 'config/samples/ccruntime/base/ccruntime.yaml'), 'utf8');
    expect(pinError(cr, 'a:v1', 'fields', 'ccruntime.yaml')).toBe(
      'ccruntime.yaml:2:7: not a kustomization: kind is CcRuntime, expected Kustomization or Component',
    );
    expect(pinError('a: 1\n', 'a:v1', 'fields', 'values.yaml')).toBe(
      'values.yaml:1:1: not a kustomization: no kind: Kustomization and the file is not named kustomization.yaml',
    );
    expect(pinError('- a\n', 'a:v1')).toBe(
      'kustomization.yaml:1:1: not a kustomization: the top level is not a mapping',
    );
  });
});
