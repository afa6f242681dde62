import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { annotations, runBundle } from '../../../test/helpers/bundle.js';
import { git, GIT_ENV, repoWithRemote } from '../../../test/helpers/git.js';
import { CAA_TAGS } from '../../../test/helpers/caa-tags.js';
import { runAsBundle } from '../../../test/helpers/in-process.js';
import { nextVersionAction } from '../src/main.js';

/** A clone whose bare `origin` carries cloud-api-adaptor's release tags (one commit each, in order). */
function caaRemote(tags: readonly string[] = CAA_TAGS): { work: string; remote: string } {
  const repo = repoWithRemote({ 'README.md': 'cloud-api-adaptor\n' });
  if (tags.length === 0) return repo;
  // One git fast-import for every commit and annotated tag (as `commit --allow-empty -m t` and `tag -a -m t t`
  // would make them), instead of two git processes per tag.
  const who = `${GIT_ENV.GIT_COMMITTER_NAME} <${GIT_ENV.GIT_COMMITTER_EMAIL}>`;
  const when = Math.floor(Date.now() / 1000);
  const data = (text: string): string => `data ${Buffer.byteLength(text)}\n${text}\n`;
  let stream = '';
  tags.forEach((t, i) => {
    stream += `commit refs/heads/main\nmark :${i + 1}\nauthor ${who} ${when + i} +0000\ncommitter ${who} ${when + i} +0000\n`;
    stream += data(`${t}\n`) + (i === 0 ? `from ${git(repo.work, 'rev-parse', 'HEAD')}\n` : '');
    stream += `tag ${t}\nfrom :${i + 1}\ntagger ${who} ${when + i} +0000\n${data(`${t}\n`)}`;
  });
  execFileSync('git', ['fast-import', '--quiet'], {
    cwd: repo.work,
    input: stream,
    env: { ...process.env, ...GIT_ENV },
  });
  git(repo.work, 'push', '-q', 'origin', 'main', '--tags');
  // The workspace forgets its local tags: only the remote's count.
  git(repo.work, 'tag', '-d', ...tags);
  return repo;
}

/** The action's logic in this process, through the runner protocol (exit code, stdout, outputs, summary). */
const run = (work: string, inputs: Record<string, string>) =>
  runAsBundle(nextVersionAction, inputs, { workspace: work, env: GIT_ENV });

/** The committed dist/next-version/index.js on Node 24, as the runner runs it: the bundle's smoke tests. */
const runOnNode24 = (work: string, inputs: Record<string, string>) =>
  runBundle('next-version', inputs, { workspace: work, env: GIT_ENV });

describe('next-version against a bare remote with cloud-api-adaptor tags', () => {
  // Temp directories are removed after each test, so each test makes its own remote.

  it('minor: v0.22.0 -> v0.23.0, with outputs and a summary; an existing version fails with its error (the bundle on Node 24)', async () => {
    const repo = caaRemote();
    const r = await runOnNode24(repo.work, { bump: 'minor' });
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.outputs).toEqual({
      version: '0.23.0',
      tag: 'v0.23.0',
      previous: 'v0.22.0',
      bump: 'minor',
      reason: '0.22.0 + minor',
      prerelease: 'false',
    });
    expect(r.summary).toContain('| next | `v0.23.0` |');
    expect(r.summary).toContain('| tags read | 18 in `v{version}` from `origin` |');
    const exists = await runOnNode24(repo.work, { version: 'v0.22.0' });
    expect(exists.code).toBe(1);
    expect(annotations(exists.stdout)).toEqual(['::error::0.22.0 already exists']);
    expect(exists.stderr).toBe('');
    expect(exists.outputs).toEqual({});
  });

  it('prerelease: v0.23.0-alpha.1, then alpha.2 once alpha.1 is tagged; release gives v0.23.0', async () => {
    const repo = caaRemote();
    const a1 = await run(repo.work, { bump: 'prerelease', preid: 'alpha' });
    expect(a1.code, a1.stdout + a1.stderr).toBe(0);
    expect([a1.outputs['tag'], a1.outputs['prerelease']]).toEqual(['v0.23.0-alpha.1', 'true']);
    const more = caaRemote([...CAA_TAGS, 'v0.23.0-alpha.1']);
    expect((await run(more.work, { bump: 'prerelease' })).outputs['tag']).toBe('v0.23.0-alpha.2');
    const done = caaRemote([...CAA_TAGS, 'v0.23.0-alpha.1', 'v0.23.0-alpha.2']);
    expect((await run(done.work, { bump: 'release' })).outputs['tag']).toBe('v0.23.0');
  });

  it('a Go module tag format reads only that module', async () => {
    const repo = caaRemote();
    const r = await run(repo.work, { 'tag-format': 'src/cloud-api-adaptor/v{version}', bump: 'patch' });
    expect([r.outputs['tag'], r.outputs['previous']]).toEqual([
      'src/cloud-api-adaptor/v0.22.1',
      'src/cloud-api-adaptor/v0.22.0',
    ]);
  });

  it('components: the bundle bump', async () => {
    const repo = caaRemote();
    const r = await run(repo.work, { components: 'kata=3.29.0..4.0.0\ntrustee=v0.17.0..v0.17.1\n' });
    expect([r.outputs['tag'], r.outputs['bump']]).toEqual(['v0.23.0', 'major']);
  });

  it('refuses an existing version, a backwards one, and an unreachable remote, with one clear error each', async () => {
    const repo = caaRemote();
    for (const [inputs, message] of [
      [{ version: 'v0.22.0' }, '0.22.0 already exists'],
      [
        { version: 'v0.21.2' },
        '0.21.2 is not above 0.22.0, the highest version reachable from the released commit: a release never goes backwards (allow-downgrade: true accepts it)',
      ],
      [{ bump: 'sideways' }, "input 'bump' must be one of major, minor, patch, prerelease, release, got 'sideways'"],
    ] as const) {
      const r = await run(repo.work, inputs);
      expect(r.code).toBe(1);
      expect(annotations(r.stdout)).toEqual([`::error::${message}`]);
      expect(r.stderr).toBe('');
    }
    const gone = await run(repo.work, { remote: '/nonexistent/remote.git' });
    expect(gone.code).toBe(1);
    expect(annotations(gone.stdout)[0]).toMatch(
      /^::error::cannot list the tags of remote '\/nonexistent\/remote.git': /,
    );
  });

  it('patch on a maintenance branch: v0.21.2 from the tags HEAD reaches, while v0.22.0 and v0.23.0-alpha.1 exist', async () => {
    const repo = caaRemote([...CAA_TAGS, 'v0.23.0-alpha.1']);
    // release-0.21 starts at v0.21.1's commit: v0.22.0 and the alpha are not in its history.
    git(repo.work, 'fetch', '-q', 'origin', 'refs/tags/v0.21.1:refs/tags/v0.21.1');
    git(repo.work, 'checkout', '-q', '-b', 'release-0.21', 'v0.21.1');
    git(repo.work, 'commit', '-q', '--allow-empty', '-m', 'fix');
    const r = await run(repo.work, { bump: 'patch' });
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect([r.outputs['tag'], r.outputs['reason']]).toEqual(['v0.21.2', '0.21.1 + patch']);
    git(repo.work, 'checkout', '-q', 'main');
    expect((await run(repo.work, { bump: 'patch' })).outputs['tag']).toBe('v0.22.1');
  });

  it('current: a repository without tags whose chart is at 0.16.0 goes to 0.16.1; 0.1.0 is refused naming 0.16.0', async () => {
    const repo = caaRemote([]);
    const r = await run(repo.work, { bump: 'patch', current: '0.16.0' });
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.outputs['tag']).toBe('v0.16.1');
    const down = await run(repo.work, { version: '0.1.0', current: '0.16.0' });
    expect(down.code).toBe(1);
    expect(annotations(down.stdout)).toEqual([
      '::error::0.1.0 is not above the current version 0.16.0: a release never goes backwards (allow-downgrade: true accepts it)',
    ]);
    const allowed = await run(repo.work, { version: '0.1.0', current: '0.16.0', 'allow-downgrade': 'true' });
    expect(allowed.outputs['tag']).toBe('v0.1.0');
  });
});
