import { execFileSync, spawnSync } from 'node:child_process';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tagNameProblem } from '@coco-release/go-modules';
import { GIT_ENV, repoWith } from '../../actions/tag-go-submodules/test/repo.js';
import { annotations, runBundle } from '../helpers/bundle.js';
import { snapshotTree, workspace } from '../helpers/workspace.js';
import { loopRuns } from '../helpers/runs.js';

/**
 * Issue 13, names: image tags were accepted when the OCI grammar refuses them (`-v1`, `.v1`, 300
 * characters); plan mode showed Go module tags git refuses; a newline in a module directory crashed tag
 * mode.
 */

const OVERLAY = 'images:\n- name: caa\n  newTag: old\n';
const pin = (ws: string, image: string, more: Record<string, string> = {}) =>
  runBundle('pin-kustomize-image', { files: 'o/*', image, ...more }, { workspace: ws });

describe('image tags follow the OCI grammar [A-Za-z0-9_][A-Za-z0-9._-]{0,127}', () => {
  it.each([
    ['-v1', "invalid tag '-v1': a tag must start with a letter, a digit or '_'"],
    ['.v1', "invalid tag '.v1': a tag must start with a letter, a digit or '_'"],
    ['v'.repeat(129), `invalid tag '${'v'.repeat(129)}': a tag is at most 128 characters long, this one has 129`],
    ['v'.repeat(300), `invalid tag '${'v'.repeat(300)}': a tag is at most 128 characters long, this one has 300`],
  ])('refuses %s before touching anything', async (tag, problem) => {
    const ws = workspace({ 'o/a/kustomization.yaml': OVERLAY });
    const before = snapshotTree(ws);
    const r = await pin(ws, `caa:${tag}`);
    expect(r.code).toBe(1);
    expect(annotations(r.stdout)).toEqual([`::error::image 'caa:${tag}': ${problem}`]);
    expect(snapshotTree(ws)).toEqual(before);
  });

  it.each(['_v1', 'v'.repeat(128), '0.9.0', 'a5f492482236b9fc4a77088efe6b4c2159ae6a03'])('accepts %s', async (tag) => {
    const ws = workspace({ 'o/a/kustomization.yaml': OVERLAY });
    const r = await pin(ws, `caa:${tag}`);
    expect(r.code, r.stdout).toBe(0);
    expect(snapshotTree(ws)['o/a/kustomization.yaml']).toBe(`images:\n- name: caa\n  newTag: ${tag}\n`);
  });

  it('a template that makes the tag too long is refused for the file it applies to', async () => {
    const ws = workspace({ 'o/a/kustomization.yaml': OVERLAY });
    const tag = 'v'.repeat(126);
    const r = await pin(ws, `caa:${tag}`, { 'tag-templates': '**=dev-{tag}' });
    expect(r.code).toBe(1);
    expect(annotations(r.stdout)).toEqual([
      `::error file=o/a/kustomization.yaml::o/a/kustomization.yaml: tag-templates line 1: invalid tag 'dev-${tag}': a tag is at most 128 characters long, this one has 130`,
    ]);
  });
});

describe("Go module tag names are checked with git's rules before any plan is shown", () => {
  it('tagNameProblem agrees with git check-ref-format on random names', () => {
    const git = (name: string): boolean =>
      spawnSync('git', ['check-ref-format', `refs/tags/${name}`], { env: { ...process.env, ...GIT_ENV } }).status === 0;
    const char = fc.constantFrom(...'ab1./-_@{}~^:?*[\\ \t\n\x7f.lock'.split(''), 'lock', '.lock', '..', '//', '@{');
    fc.assert(
      fc.property(fc.array(char, { minLength: 0, maxLength: 8 }), (parts) => {
        const name = parts.join('');
        expect(tagNameProblem(name) === undefined, JSON.stringify(name)).toBe(git(name));
      }),
      { numRuns: loopRuns(200) },
    );
    for (const name of ['src/x/v0.9.0', 'v0.9.0', 'a/.b/v1', 'a.lock/v1', 'a b/v1', 'a..b/v1', '@', 'x@{y', 'a/']) {
      expect(tagNameProblem(name) === undefined, name).toBe(git(name));
    }
  });

  it.each([
    ['a b', "it holds ' '"],
    ['x.lock', "its component 'x.lock' ends with '.lock'"],
    ['x~1', "it holds '~'"],
  ])('plan mode refuses a module in %j (its tag name)', async (dir, problem) => {
    const ws = workspace({ [`${dir}/go.mod`]: `module "example.com/${dir}"\n\ngo 1.22\n` });
    const r = await runBundle('tag-go-submodules', { version: 'v0.9.0', mode: 'plan' }, { workspace: ws });
    expect(r.code).toBe(1);
    expect(annotations(r.stdout)).toEqual([
      `::error file=${dir}/go.mod::${dir}/go.mod: the module in ${JSON.stringify(dir)} would be tagged ${JSON.stringify(`${dir}/v0.9.0`)}, which git refuses as a tag name: ${problem}`,
    ]);
    expect(r.summary).toBe('');
  });

  it.each(['plan', 'tag'])('%s mode: a newline in a module directory is a clear error, not a crash', async (mode) => {
    const dir = 'src/a\nb';
    const { ws, remote } = repoWith({
      'go.mod': 'module example.com/m\n\ngo 1.22\n',
      [`${dir}/go.mod`]: 'module "example.com/m/src/a\\nb"\n\ngo 1.22\n',
    });
    const r = await runBundle('tag-go-submodules', { version: 'v0.9.0', mode }, { workspace: ws, env: GIT_ENV });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    expect(annotations(r.stdout)).toEqual([
      `::error::the module directory "src/a\\nb" holds a control character, which no git tag name may hold; leave it out with input 'exclude'`,
    ]);
    expect(execFileSync('git', ['tag', '-l'], { cwd: ws, encoding: 'utf8' })).toBe('');
    expect(execFileSync('git', ['ls-remote', '--tags', remote], { cwd: ws, encoding: 'utf8' })).toBe('');
    // Left out, the rest is tagged.
    const ok = await runBundle(
      'tag-go-submodules',
      { version: 'v0.9.0', mode, exclude: 'src/a*' },
      { workspace: ws, env: GIT_ENV },
    );
    expect(ok.code, ok.stdout).toBe(0);
    expect(JSON.parse(ok.outputs['tags']!)).toEqual(['v0.9.0']);
  });
});
