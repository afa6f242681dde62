import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BareRepo, fixtureRepo, type FixtureCommit } from '../helpers/github-git.js';
import { tempDir } from '../helpers/workspace.js';

/**
 * The test GitHub's repositories are built with `git fast-import`; these tests pin that it builds what the
 * plumbing commands (hash-object, update-index, write-tree, commit-tree, update-ref) built before: the same
 * trees, the same commit ids, the same tags.
 */

const ENV = {
  ...process.env,
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_AUTHOR_NAME: 'Release Tester',
  GIT_AUTHOR_EMAIL: 'tester@example.com',
  GIT_COMMITTER_NAME: 'Release Tester',
  GIT_COMMITTER_EMAIL: 'tester@example.com',
  GIT_AUTHOR_DATE: '2026-01-15T12:00:00Z',
  GIT_COMMITTER_DATE: '2026-01-15T12:00:00Z',
};

/** A commit as the plumbing makes it, in a fresh index. */
function plumbingCommit(
  path: string,
  parent: string | undefined,
  files: Record<string, string | null>,
  message: string,
) {
  const run = (args: string[], input?: string): string =>
    execFileSync('git', args, { cwd: path, env: { ...ENV, GIT_INDEX_FILE: join(path, 'plumbing-index') }, input })
      .toString()
      .trim();
  run(parent ? ['read-tree', parent] : ['read-tree', '--empty']);
  for (const [file, content] of Object.entries(files)) {
    if (content === null) run(['update-index', '--index-info'], `0 ${'0'.repeat(40)}\t${file}\n`);
    else
      run(['update-index', '--add', '--cacheinfo', `100644,${run(['hash-object', '-w', '--stdin'], content)},${file}`]);
  }
  return run(['commit-tree', run(['write-tree']), ...(parent ? ['-p', parent] : []), '-m', message]);
}

describe('BareRepo.commit through git fast-import', () => {
  it('makes the commits the plumbing made: files added, replaced, deleted, nested, on a second branch', () => {
    const repo = BareRepo.init(join(tempDir(), 'r.git'), 'main');
    const c1 = repo.commit({ 'README.md': '# r\n', 'a/b/c.txt': 'c\n' }, { message: 'initial' });
    expect(c1).toBe(plumbingCommit(repo.path, undefined, { 'README.md': '# r\n', 'a/b/c.txt': 'c\n' }, 'initial'));
    const c2 = repo.commit({ 'README.md': '# r, again\n', 'a/b/c.txt': null }, { message: 'two\n\nwith a body' });
    expect(c2).toBe(
      plumbingCommit(repo.path, c1, { 'README.md': '# r, again\n', 'a/b/c.txt': null }, 'two\n\nwith a body'),
    );
    expect(repo.commitOf('refs/heads/main')).toBe(c2);
    const side = repo.commit({ 'x.txt': 'x\n' }, { branch: 'side', parents: [c1] });
    expect(side).toBe(plumbingCommit(repo.path, c1, { 'x.txt': 'x\n' }, 'commit'));
    expect(repo.commitOf('refs/heads/side')).toBe(side);
    expect(repo.commitOf('refs/heads/main')).toBe(c2);
    // Chosen parents may move a branch backwards, as update-ref did.
    const back = repo.commit({ 'y.txt': 'y\n' }, { parents: [c1], message: 'rewind' });
    expect(repo.commitOf('refs/heads/main')).toBe(back);
    expect(repo.object(`${back}:a/b/c.txt`)?.content.toString()).toBe('c\n');
  });
});

describe('fixtureRepo', () => {
  const history: FixtureCommit[] = [
    { files: { 'README.md': '# t\n' }, message: 'initial' },
    { files: { VERSION: '1\n' }, message: 'one', tag: { name: 'v1' } },
    { files: { VERSION: '2\n' }, message: 'two', tag: { name: 'v2', message: 'Release 2' } },
  ];

  it('builds the history BareRepo.commit and BareRepo.tag build, then copies it', () => {
    const by = BareRepo.init(join(tempDir(), 'by-hand.git'), 'main');
    const ids = history.map((c) => by.commit(c.files, { message: c.message }));
    by.tag('v1', ids[1]!);
    by.tag('v2', ids[2]!, { message: 'Release 2' });

    const first = fixtureRepo(join(tempDir(), 'first.git'), history);
    const second = fixtureRepo(join(tempDir(), 'second.git'), history);
    for (const f of [first, second]) {
      expect(f.commits).toEqual(ids);
      expect(f.git.refs('refs/')).toEqual(by.refs('refs/'));
    }
    // Copies, not one repository: a commit in one is not in the other.
    const more = first.git.commit({ VERSION: '3\n' }, { message: 'three' });
    expect(second.git.commitOf(more)).toBeUndefined();
    expect(second.git.commitOf('refs/heads/main')).toBe(ids[2]);
  });
});
