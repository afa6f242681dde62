import { describe, expect, it } from 'vitest';
import { runCli } from '../../../cli/cli.js';
import { snapshotTree, workspace } from '../../../test/helpers/workspace.js';

describe('coco-release pin-kustomize-image', () => {
  it('repeated flags make multi-line inputs; the summary and outputs are printed; the files are written', async () => {
    const ws = workspace({
      'overlays/libvirt/kustomization.yaml': 'images:\n- name: caa\n  newTag: dev-old # pinned\n',
      'overlays/aws/kustomization.yaml': 'images:\n  - name: caa\n    newTag: old\n',
      'overlays/alibabacloud/kustomization.yaml': 'images:\n- name: caa\n  newTag: alpha\n',
    });
    const out: string[] = [];
    const err: string[] = [];
    const code = await runCli(
      [
        'pin-kustomize-image',
        '--outputs',
        '--files',
        'overlays/*',
        '--image',
        'caa=*:v1',
        '--tag-templates',
        '**/libvirt/**=dev-{tag}',
        '--tag-templates',
        '**/docker/**=dev-{tag}',
        '--exclude',
        '**/alibabacloud/**',
      ],
      { out: (t) => out.push(t), err: (t) => err.push(t), env: {}, cwd: ws },
    );
    expect(err).toEqual([
      'overlays/aws/kustomization.yaml:2: caa: caa:old -> caa:v1',
      'overlays/libvirt/kustomization.yaml:2: caa: caa:dev-old -> caa:dev-v1',
      'overlays/alibabacloud/kustomization.yaml: excluded',
    ]);
    expect(code).toBe(0);
    expect(out.join('\n')).toContain(
      'changed-files=["overlays/aws/kustomization.yaml","overlays/libvirt/kustomization.yaml"]',
    );
    expect(snapshotTree(ws)).toEqual({
      'overlays/alibabacloud/kustomization.yaml': 'images:\n- name: caa\n  newTag: alpha\n',
      'overlays/aws/kustomization.yaml': 'images:\n  - name: caa\n    newTag: v1\n',
      'overlays/libvirt/kustomization.yaml': 'images:\n- name: caa\n  newTag: dev-v1 # pinned\n',
    });
  });

  it('a template without a tag to fill is refused before anything is read', async () => {
    const ws = workspace({ 'k/kustomization.yaml': 'images: []\n' });
    const err: string[] = [];
    const code = await runCli(
      [
        'pin-kustomize-image',
        '--files',
        'k',
        '--image',
        `caa@sha256:${'0'.repeat(64)}`,
        '--tag-templates',
        '**=dev-{tag}',
      ],
      { out: () => undefined, err: (t) => err.push(t), env: {}, cwd: ws },
    );
    expect(code).toBe(1);
    expect(err).toEqual([
      `error: tag-templates line 1 uses {tag}, but image 'caa@sha256:${'0'.repeat(64)}' sets no tag to put in its place`,
    ]);
    expect(snapshotTree(ws)).toEqual({ 'k/kustomization.yaml': 'images: []\n' });
  });
});
