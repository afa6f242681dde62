import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGithubServer, type GithubServer } from '../helpers/github-server.js';
import { runBundle } from '../helpers/bundle.js';
import { workspace } from '../helpers/workspace.js';
import { cli, commandLines, injectedCommands, VECTORS } from './helpers.js';

/**
 * Issue 13, workflow-command injection: values read from files (and a few inputs) reach the log. A value
 * holding `\n` or a lone `\r` must not start a new line there, since the runner would run that line as a
 * command. Every action is run through its committed bundle with both payloads in each value it prints;
 * the runner's view of its stdout and stderr must hold no command from the data, and the value must show
 * with its line breaks written visibly (`\n`, `\r`).
 */

const visible = (s: string): string => s.replaceAll('\r', '\\r').replaceAll('\n', '\\n');
/** A YAML double-quoted scalar holding `s` (JSON strings are YAML). */
const yamlQuoted = (s: string): string => JSON.stringify(s);
const both = (r: { stdout: string; stderr: string }) => `${r.stdout}\n${r.stderr}`;

describe.each(VECTORS)('payload %j', (vector) => {
  it('bump-versions-yaml: an old value in versions.yaml', async () => {
    const old = `v1${vector}`;
    const ws = workspace({ 'versions.yaml': `externals:\n  foo:\n    version: ${yamlQuoted(old)}\n` });
    const r = await runBundle(
      'bump-versions-yaml',
      { file: 'versions.yaml', set: '.externals.foo.version=v2' },
      { workspace: ws },
    );
    expect(r.code, both(r)).toBe(0);
    expect(injectedCommands(both(r))).toEqual([]);
    expect(commandLines(r.stdout)).toEqual([]);
    expect(r.stdout).toContain(`versions.yaml:3: .externals.foo.version: ${visible(old)} -> v2\n`);
  });

  it('pin-kustomize-image: a newName in a kustomization', async () => {
    const newName = `quay.io/x/caa${vector}`;
    const ws = workspace({
      'overlays/aws/kustomization.yaml': `images:\n- name: cloud-api-adaptor\n  newName: ${yamlQuoted(newName)}\n  newTag: old\n`,
    });
    const r = await runBundle(
      'pin-kustomize-image',
      { files: 'overlays/*', image: 'cloud-api-adaptor:new' },
      { workspace: ws },
    );
    expect(r.code, both(r)).toBe(0);
    expect(injectedCommands(both(r))).toEqual([]);
    expect(commandLines(r.stdout)).toEqual([]);
    expect(r.stdout).toContain(
      `overlays/aws/kustomization.yaml:2: cloud-api-adaptor: ${visible(newName)}:old -> ${visible(newName)}:new\n`,
    );
  });

  it('pin-kustomize-image: an overlay directory name', async () => {
    const dir = `overlays/a${vector}`;
    const ws = workspace({
      [`${dir}/kustomization.yaml`]: 'images:\n- name: cloud-api-adaptor\n  newTag: old\n',
    });
    const r = await runBundle(
      'pin-kustomize-image',
      { files: 'overlays/*', image: 'cloud-api-adaptor:new' },
      { workspace: ws },
    );
    expect(r.code, both(r)).toBe(0);
    expect(injectedCommands(both(r))).toEqual([]);
    expect(commandLines(r.stdout)).toEqual([]);
    expect(r.stdout).toContain(
      `${visible(dir)}/kustomization.yaml:2: cloud-api-adaptor: cloud-api-adaptor:old -> cloud-api-adaptor:new\n`,
    );
  });

  it('tag-go-submodules (plan): a go.mod module path', async () => {
    // A quoted module path: `\n` as Go's escape, a lone CR as the raw character.
    const path = `example.com/m${vector}`;
    const quoted = vector.startsWith('\n') ? `"example.com/m\\n::warning::x"` : `"${path}"`;
    const ws = workspace({ 'go.mod': `module ${quoted}\n\ngo 1.22\n` });
    const r = await runBundle('tag-go-submodules', { version: 'v0.9.0', mode: 'plan' }, { workspace: ws });
    expect(r.code, both(r)).toBe(0);
    expect(injectedCommands(both(r))).toEqual([]);
    expect(commandLines(r.stdout)).toEqual([]);
    expect(r.stdout).toContain(`1. v0.9.0  (${visible(path)})\n`);
  });

  it('tag-go-submodules (prepare): a require version in a go.mod', async () => {
    const old = `v0.0.0${vector}`;
    const quoted = vector.startsWith('\n') ? '"v0.0.0\\n::warning::x"' : `"${old}"`;
    const ws = workspace({
      'go.mod': 'module example.com/m\n\ngo 1.22\n',
      'src/a/go.mod': `module example.com/m/src/a\n\ngo 1.22\n\nrequire example.com/m ${quoted}\n`,
    });
    const r = await runBundle('tag-go-submodules', { version: 'v0.9.0', mode: 'prepare' }, { workspace: ws });
    expect(r.code, both(r)).toBe(0);
    expect(injectedCommands(both(r))).toEqual([]);
    expect(r.stdout).toContain(`src/a/go.mod:5: example.com/m: ${visible(old)} -> v0.9.0\n`);
  });

  it('check-snapshotter-parity: a local value and a label', async () => {
    const value = `v0.15.2${vector}`;
    const ws = workspace({
      'versions.yaml': `externals:\n  nydus-snapshotter:\n    version: ${yamlQuoted(value)}\n`,
      Makefile: 'NYDUS_SNAPSHOTTER_VERSION = v0.15.2\n',
    });
    const label = 'kata\r::error::x';
    const sources = `${label}=versions.yaml#.externals.nydus-snapshotter.version\noperator=Makefile#NYDUS_SNAPSHOTTER_VERSION`;
    const r = await runBundle('check-snapshotter-parity', { sources, 'fail-on-mismatch': 'false' }, { workspace: ws });
    expect(r.code, both(r)).toBe(0);
    expect(injectedCommands(both(r))).toEqual([]);
    expect(r.stdout).toContain(`${visible(label)}: ${visible(value)} (versions.yaml:3)\n`);
    expect(r.stdout).toContain('operator: v0.15.2 (Makefile:1)\n');
  });

  describe('check-snapshotter-parity: values from a remote file', () => {
    let server: GithubServer;
    beforeAll(async () => {
      server = await startGithubServer();
    });
    afterAll(() => server.close());

    it('a remote versions.yaml (the default sources read Kata at main)', async () => {
      const value = `v0.15.2${vector}`;
      server.createRepo('kata-containers/kata-containers', {
        files: { 'versions.yaml': `externals:\n  nydus-snapshotter:\n    version: ${yamlQuoted(value)}\n` },
      });
      server.createRepo('confidential-containers/operator', {
        files: { 'install/pre-install-payload/Makefile': 'NYDUS_SNAPSHOTTER_VERSION = v0.15.2\n' },
      });
      const sources = [
        'kata-containers=github:kata-containers/kata-containers@main:versions.yaml#.externals.nydus-snapshotter.version',
        'operator=github:confidential-containers/operator@main:install/pre-install-payload/Makefile#NYDUS_SNAPSHOTTER_VERSION',
      ].join('\n');
      const r = await runBundle(
        'check-snapshotter-parity',
        { sources, 'fail-on-mismatch': 'false', token: '' },
        { workspace: workspace(), env: { GITHUB_API_URL: server.apiUrl } },
      );
      expect(r.code, both(r)).toBe(0);
      expect(injectedCommands(both(r))).toEqual([]);
      expect(r.stdout).toContain(
        `kata-containers: ${visible(value)} (github:kata-containers/kata-containers@main:versions.yaml:3)\n`,
      );
    });
  });

  it('the CLI: values in its log (stderr) and file lines in the diff it prints (stdout)', async () => {
    const old = `v1${vector}`;
    // The block scalar's line starts with `::` once the diff puts a blank before it.
    const ws = workspace({
      'versions.yaml': `notes: |\n  ::warning::x\n  ##[error]x\nexternals:\n  foo:\n    version: ${yamlQuoted(old)}\n`,
    });
    const r = await cli(['bump-versions-yaml', '--file', 'versions.yaml', '--set', '.externals.foo.version=v2'], ws);
    expect(r.code, both(r)).toBe(0);
    expect(injectedCommands(both(r))).toEqual([]);
    expect(commandLines(both(r))).toEqual([]);
    expect(r.stderr).toContain(`versions.yaml:6: .externals.foo.version: ${visible(old)} -> v2\n`);
  });
});
