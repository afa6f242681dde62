import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { git, repoWithRemote, showFile } from '../helpers/git.js';
import { CAA, real } from '../helpers/paths.js';
import { localThirdParty } from '../helpers/third-party.js';
import { runWorkflow, type LocalRunResult } from '../helpers/workflow-runner.js';

/**
 * The peer-pods release phases end to end, driven by .github/workflows/peer-pods-release.yml itself, on a
 * copy of the real cloud-api-adaptor files (9 kustomize overlays, the Helm chart values, the 5 go.mod
 * files) in a git repository whose remote is a bare repository on disk.
 */
const OVERLAYS = 'src/cloud-api-adaptor/install/overlays';
const VALUES = 'src/cloud-api-adaptor/install/charts/peerpods/values.yaml';
const LIBVIRT_VALUES = 'src/cloud-api-adaptor/install/charts/peerpods/providers/libvirt.yaml';
const MODULES = ['cloud-providers', 'peerpod-ctrl', 'cloud-api-adaptor', 'cloud-api-adaptor/podvm', 'webhook'];
const PINNED = 'a5f492482236b9fc4a77088efe6b4c2159ae6a03'; // the fixtures' pinned state (v0.18.0)

function caaFiles(): Record<string, string> {
  const files: Record<string, string> = {};
  for (const overlay of readdirSync(join(CAA, OVERLAYS))) {
    files[`${OVERLAYS}/${overlay}/kustomization.yaml`] = readFileSync(
      join(CAA, OVERLAYS, overlay, 'kustomization.yaml'),
      'utf8',
    );
  }
  files[VALUES] = real(`confidential-containers/cloud-api-adaptor/${VALUES}`);
  files[LIBVIRT_VALUES] = real(`confidential-containers/cloud-api-adaptor/${LIBVIRT_VALUES}`);
  for (const m of MODULES) files[`src/${m}/go.mod`] = readFileSync(join(CAA, 'src', m, 'go.mod'), 'utf8');
  return files;
}

/** The overlay's one `newTag:` line set to `tag` (every other byte as in the fixture). */
function overlayWithTag(original: string, tag: string): string {
  const lines = original.split('\n');
  const i = lines.findIndex((l) => /^\s*newTag: /.test(l));
  expect(i).toBeGreaterThan(0);
  expect(lines.filter((l) => /^\s*newTag: /.test(l))).toHaveLength(1);
  lines[i] = lines[i]!.replace(/newTag: \S+/, `newTag: ${tag}`);
  return lines.join('\n');
}

describe('peer-pods-release.yml, phases run locally step by step', () => {
  it('release pins and opens a PR; after the merge it tags every module; post-release reverts the pins; every re-run is a no-op', async () => {
    const files = caaFiles();
    const { work, remote } = repoWithRemote(files);
    const pulls = new Map<string, { title: string; body: string; head: string }>();
    const thirdParty = localThirdParty(pulls);
    const release = git(work, 'rev-parse', 'HEAD');
    const run = (phase: string): Promise<LocalRunResult> =>
      runWorkflow('peer-pods-release.yml', {
        inputs: { phase, version: 'v0.23.0', 'kustomize-files': `${OVERLAYS}/*` },
        workspace: work,
        github: { sha: release },
        thirdParty,
      });
    const merge = (branch: string): void => {
      git(remote, 'update-ref', 'refs/heads/main', pulls.get(branch)!.head);
      git(work, 'pull', '-q', '--ff-only', 'origin', 'main');
    };
    const remoteFile = (ref: string, path: string): string => showFile(remote, ref, path);

    // 1. release: the pins change, a PR holds them, nothing is tagged yet.
    const first = await run('release');
    expect(first.jobs['pin']!.outputs['changed']).toBe('true');
    expect(first.jobs['tag']!.result).toBe('skipped');
    const pinBranch = 'release/peer-pods-v0.23.0-release';
    expect(pulls.get(pinBranch)!.title).toBe('release: pin images for v0.23.0');
    for (const overlay of readdirSync(join(CAA, OVERLAYS))) {
      const path = `${OVERLAYS}/${overlay}/kustomization.yaml`;
      const expected =
        overlay === 'alibabacloud'
          ? files[path]!
          : overlayWithTag(files[path]!, ['libvirt', 'docker'].includes(overlay) ? `dev-${release}` : release);
      expect(remoteFile(pinBranch, path), path).toBe(expected);
    }
    expect(remoteFile(pinBranch, VALUES)).toBe(files[VALUES]!.replace('  tag: "latest"\n', `  tag: "${release}"\n`));
    expect(remoteFile(pinBranch, LIBVIRT_VALUES)).toBe(
      files[LIBVIRT_VALUES]!.replace('  tag: "latest"\n', `  tag: "${release}-dev"\n`),
    );
    expect(git(remote, 'tag', '-l')).toBe('');

    // 2. The PR merged: the re-run finds the pins in place and tags the modules, dependencies first.
    merge(pinBranch);
    const merged = git(work, 'rev-parse', 'HEAD');
    const second = await run('release');
    expect(second.jobs['pin']!.outputs['changed']).toBe('false');
    expect(second.jobs['tag']!.result).toBe('success');
    const tags = [
      'src/cloud-providers/v0.23.0',
      'src/peerpod-ctrl/v0.23.0',
      'src/cloud-api-adaptor/v0.23.0',
      'src/webhook/v0.23.0',
      'v0.23.0',
    ];
    expect(JSON.parse(second.jobs['tag']!.outputs['tags']!)).toEqual(tags);
    const plan = second.steps.find((s) => s.job === 'tag' && s.name === 'Plan the tags (job summary)')!;
    expect(plan.summary).toContain('| 1 | `src/cloud-providers` | `src/cloud-providers/v0.23.0` |');
    const remoteTags = git(remote, 'for-each-ref', '--format=%(refname:short) %(*objectname)', 'refs/tags');
    expect(remoteTags.split('\n').sort()).toEqual(tags.map((t) => `${t} ${merged}`).sort());
    expect(git(remote, 'tag', '-l', 'src/cloud-api-adaptor/podvm*')).toBe('');

    // 3. Re-running the release changes nothing: no PR update, every tag skipped.
    const third = await run('release');
    expect(third.jobs['pin']!.outputs['changed']).toBe('false');
    const tagStep = third.steps.find((s) => s.job === 'tag' && s.id === 'tag')!;
    expect(JSON.parse(tagStep.outputs['created']!)).toEqual([]);
    expect(JSON.parse(tagStep.outputs['skipped']!)).toEqual(tags);
    expect(git(remote, 'for-each-ref', '--format=%(refname:short) %(*objectname)', 'refs/tags')).toBe(remoteTags);

    // 4. post-release: every pin goes back to latest in one PR; no tagging.
    const revert = await run('post-release');
    expect(revert.jobs['pin']!.outputs['changed']).toBe('true');
    expect(revert.jobs['tag']!.result).toBe('skipped');
    const revertBranch = 'release/peer-pods-v0.23.0-post-release';
    expect(pulls.get(revertBranch)!.title).toBe('release: revert image pins to latest after v0.23.0');
    merge(revertBranch);
    for (const overlay of readdirSync(join(CAA, OVERLAYS))) {
      const path = `${OVERLAYS}/${overlay}/kustomization.yaml`;
      const expected = overlay === 'alibabacloud' ? files[path]! : overlayWithTag(files[path]!, 'latest');
      expect(readFileSync(join(work, path), 'utf8'), path).toBe(expected);
    }
    expect(readFileSync(join(work, VALUES), 'utf8')).toBe(files[VALUES]);
    expect(readFileSync(join(work, LIBVIRT_VALUES), 'utf8')).toBe(files[LIBVIRT_VALUES]);

    // 5. Re-running post-release changes nothing.
    const head = git(remote, 'rev-parse', 'main');
    const again = await run('post-release');
    expect(again.jobs['pin']!.outputs['changed']).toBe('false');
    expect(again.steps.filter((s) => s.name === 'Open or update the pull request').every((s) => s.skipped)).toBe(true);
    expect(git(remote, 'rev-parse', 'main')).toBe(head);
    expect(git(work, 'status', '--porcelain')).toBe('');
    // The fixtures' v0.18.0 pins are gone from all 8 overlays that had them; alibabacloud kept its own.
    expect(git(work, 'grep', '-c', '-e', PINNED, '-e', 'latest', '--', OVERLAYS).split('\n')).toHaveLength(8);
    expect(git(work, 'grep', '-l', '--', 'v0.12.0-alibaba-alpha0')).toBe(`${OVERLAYS}/alibabacloud/kustomization.yaml`);
    expect(() => git(work, 'grep', '-l', PINNED)).toThrow();
  });

  it('refuses a bad phase or version before changing anything', async () => {
    const { work } = repoWithRemote(caaFiles());
    for (const [inputs, message] of [
      [
        { phase: 'final', version: 'v0.23.0' },
        "::error::input phase must be candidate, release or post-release, got 'final'",
      ],
      [{ phase: 'release', version: '0.23.0' }, "::error::input version must be vX.Y.Z or vX.Y.Z-pre, got '0.23.0'"],
    ] as const) {
      const r = await runWorkflow('peer-pods-release.yml', {
        inputs,
        workspace: work,
        thirdParty: localThirdParty(new Map()),
      });
      expect(r.jobs['pin']!.result).toBe('failure');
      expect(r.jobs['tag']!.result).toBe('skipped');
      expect(r.steps.find((s) => s.id === 'plan')!.stdout).toContain(message);
      expect(git(work, 'status', '--porcelain')).toBe('');
    }
  });
});
