import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
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

describe('BareRepo reads without a process', () => {
  it("a branch's commit from its file, loose or packed, named in full or short, as rev-parse reads it", () => {
    const repo = BareRepo.init(join(tempDir(), 'refs.git'), 'main');
    const c1 = repo.commit({ 'a.txt': 'a\n' });
    const c2 = repo.commit({ 'b.txt': 'b\n' }, { branch: 'release/v1' });
    const revParse = (ref: string) => repo.text(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`])?.trim();
    const names = ['refs/heads/main', 'refs/heads/release/v1', 'refs/heads/release', 'refs/heads/none'];
    const loose = names.map((n) => repo.commitOf(n));
    expect(loose).toEqual([c1, c2, undefined, undefined]);
    expect(loose).toEqual(names.map(revParse));
    repo.must(['pack-refs', '--all']);
    expect(existsSync(join(repo.path, 'refs/heads/main'))).toBe(false);
    expect(names.map((n) => repo.commitOf(n))).toEqual(loose);
    // A loose file wins over packed-refs, as in git.
    const c3 = repo.commit({ 'c.txt': 'c\n' });
    expect(repo.commitOf('refs/heads/main')).toBe(c3);
    repo.must(['symbolic-ref', 'refs/heads/alias', 'refs/heads/release/v1']);
    expect(repo.commitOf('refs/heads/alias')).toBe(c2);
    expect(repo.commitOf('refs/heads/../HEAD')).toBe(revParse('refs/heads/../HEAD'));
    // Short names as rev-parse reads them: a branch, unless a tag (or anything before refs/heads/) has it.
    const short = ['main', 'release/v1', 'alias', 'none', 'HEAD', c1, c1.slice(0, 12)];
    expect(short.map((n) => repo.commitOf(n))).toEqual(short.map(revParse));
    expect(repo.commitOf('main')).toBe(c3);
    repo.tag('main', c1);
    repo.tag('release/v1', c3, { message: 'an annotated tag named like the branch' });
    expect(short.map((n) => repo.commitOf(n))).toEqual(short.map(revParse));
    expect([repo.commitOf('main'), repo.commitOf('release/v1')]).toEqual([c1, c3]);
  });

  it('the bytes of many paths in one cat-file: files, a directory and a missing path', () => {
    const repo = BareRepo.init(join(tempDir(), 'files.git'), 'main');
    const bytes = Buffer.from([0, 10, 255, 13, 10]);
    const c = repo.commit({ 'a.txt': 'a\n', 'd/b.bin': bytes, 'd/e/empty': '' });
    const got = repo.files(c, ['d/b.bin', 'd', 'none', 'a.txt', 'd/e/empty', 'a\nb']);
    expect([...got].map(([p, b]) => [p, b?.toString('hex')])).toEqual([
      ['d/b.bin', bytes.toString('hex')],
      ['d', undefined],
      ['none', undefined],
      ['a.txt', Buffer.from('a\n').toString('hex')],
      ['d/e/empty', ''],
      ['a\nb', undefined],
    ]);
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

describe('RepoReader: what the test GitHub server reads, through one git cat-file', () => {
  /** A repository with every kind of tree entry: files, an executable, a symlink, a submodule, nested dirs. */
  function everyKind(): { repo: BareRepo; tip: string; tagged: string } {
    const repo = BareRepo.init(join(tempDir(), 'kinds.git'), 'main');
    const first = repo.commit({ 'README.md': '# r\n', 'a/b/c.txt': 'c\n', 'a/d.txt': 'd\n', 'é ü.txt': 'x' });
    const blob = (text: string): string => repo.must(['hash-object', '-w', '--stdin'], text);
    const a = repo.must(['rev-parse', `${first}:a`]);
    const tree = repo.must(
      ['mktree'],
      [
        `100644 blob ${blob('# r\n')}\tREADME.md`,
        `040000 tree ${a}\ta`,
        `100755 blob ${blob('#!/bin/sh\n')}\trun.sh`,
        `120000 blob ${blob('README.md')}\tlink`,
        `160000 commit ${first}\tsub`,
        `100644 blob ${blob('')}\tempty`,
      ].join('\n') + '\n',
    );
    const tip = repo.must(['commit-tree', tree, '-p', first, '-m', 'every kind\n\nwith a body']);
    repo.must(['update-ref', 'refs/heads/main', tip]);
    const tagged = repo.tag('v1', tip, { message: 'Release 1' });
    repo.tag('v0', first);
    return { repo, tip, tagged };
  }

  it('answers what the process-per-question reads answer: objects, commits, tags, trees, entries, refs', async () => {
    const { repo, tip, tagged } = everyKind();
    const r = repo.reader;
    for (const name of ['main', 'refs/heads/main', 'v1', 'refs/tags/v0', tip, tip.slice(0, 10), 'nope', 'main~1']) {
      expect(await r.commitOf(name), name).toBe(repo.commitOf(name));
      expect(await r.objectOf(name), name).toBe(repo.objectOf(name));
    }
    for (const oid of [tip, tagged, repo.must(['rev-parse', `${tip}^{tree}`]), '0'.repeat(40)]) {
      expect(await r.typeOf(oid)).toBe(repo.typeOf(oid));
      const want = repo.object(oid);
      expect(await r.object(oid)).toEqual(want && { ...want, size: want.content.length });
    }
    expect(await r.object('main:a/b/c.txt')).toMatchObject({ type: 'blob', content: Buffer.from('c\n') });
    expect(await r.commitObject(tip)).toEqual(repo.commitObject(tip));
    expect(await r.tagObject(tagged)).toEqual(repo.tagObject(tagged));
    expect(await r.tagObject(tip)).toBeUndefined();
    expect(await r.commitObject(tagged)).toBeUndefined();
    for (const path of ['', 'a', 'a/b', 'a/b/c.txt', 'a/d.txt', 'run.sh', 'link', 'sub', 'empty', 'é ü.txt']) {
      expect(await r.entry(tip, path), path).toEqual(repo.entry(tip, path));
      // The server lists directories only (ls-tree would list a submodule's own entry for `sub/`).
      const isDir = ['', 'a', 'a/b'].includes(path);
      expect(await r.list(tip, path), path).toEqual(isDir ? repo.list(tip, path) : []);
    }
    expect((await r.list(tip, 'a')).map((e) => e.path)).toEqual(['a/b', 'a/d.txt']);
    for (const missing of ['nope', 'a/nope', 'README.md/x', 'sub/x', 'a/b/c.txt/d']) {
      expect(await r.entry(tip, missing), missing).toBeUndefined();
      expect(await r.list(tip, missing), missing).toEqual([]);
    }
    for (const prefix of ['refs/', 'refs/tags/', 'refs/tags/v1', 'refs/heads/main', 'refs/heads/ma', 'refs/nothing/'])
      expect(r.refs(prefix), prefix).toEqual(repo.refs(prefix));
    expect(r.processes).toBe(1);
  });

  it('sees what other processes change while it runs: pushed refs and objects, deleted and packed refs', async () => {
    const { repo, tip } = everyKind();
    const r = repo.reader;
    expect(await r.commitOf('main')).toBe(tip);
    expect(r.refs('refs/heads/').map((x) => x.ref)).toEqual(['refs/heads/main']);
    // Another process writes a commit (new objects, loose) and moves main; then a branch appears and goes.
    const next = repo.commit({ 'new.txt': 'new\n' }, { message: 'next' });
    expect(await r.commitOf('main')).toBe(next);
    expect((await r.object(`${next}:new.txt`))?.content.toString()).toBe('new\n');
    expect(r.refs('refs/heads/main')[0]?.oid).toBe(next);
    repo.must(['update-ref', 'refs/heads/side', tip]);
    expect(r.refs('refs/heads/').map((x) => x.ref)).toEqual(['refs/heads/main', 'refs/heads/side']);
    repo.must(['update-ref', '-d', 'refs/heads/side']);
    expect(await r.commitOf('refs/heads/side')).toBeUndefined();
    expect(r.refs('refs/heads/').map((x) => x.ref)).toEqual(['refs/heads/main']);
    // Packed refs, then a packed ref moved and one deleted: git rewrites packed-refs.
    repo.must(['pack-refs', '--all']);
    expect(r.refs('refs/')).toEqual(repo.refs('refs/'));
    repo.must(['update-ref', 'refs/tags/v0', next]);
    repo.must(['update-ref', '-d', 'refs/tags/v1']);
    expect(await r.commitOf('v0')).toBe(next);
    expect(await r.commitOf('v1')).toBeUndefined();
    expect(r.refs('refs/')).toEqual(repo.refs('refs/'));
    // Objects that arrive in a pack after the process started (as a large push leaves them).
    const work = join(tempDir(), 'work');
    execFileSync('git', ['clone', '-q', repo.path, work], { env: ENV });
    for (let i = 0; i < 3; i++) {
      execFileSync('git', ['-C', work, 'commit', '-q', '--allow-empty', '-m', `packed ${i}`], { env: ENV });
    }
    execFileSync('git', ['-C', work, 'push', '-q', '--no-verify', 'origin', 'HEAD:refs/heads/packed'], {
      env: { ...ENV, GIT_CONFIG_COUNT: '1', GIT_CONFIG_KEY_0: 'receive.unpackLimit', GIT_CONFIG_VALUE_0: '1' },
    });
    const packed = execFileSync('git', ['-C', work, 'rev-parse', 'HEAD'], { env: ENV }).toString().trim();
    expect(await r.commitOf('refs/heads/packed')).toBe(packed);
    expect((await r.commitObject(packed))?.message).toBe('packed 2\n');
    expect(r.processes).toBe(1);
  });

  it('starts its process on the first read, ends it on close, and starts another when asked again', async () => {
    const { repo, tip } = everyKind();
    const r = repo.reader;
    expect(r.processes).toBe(0);
    expect(r.refs('refs/heads/')).toHaveLength(1);
    expect(r.processes).toBe(0);
    expect(await r.commitOf('main')).toBe(tip);
    expect(r.processes).toBe(1);
    repo.close();
    expect(await repo.reader.commitOf('main')).toBe(tip);
    expect(repo.reader.processes).toBe(1);
    // Closed with a question in flight: git answers what it was asked before it ends.
    const asked = repo.reader.object('main:README.md');
    repo.close();
    expect((await asked)?.content.toString()).toBe('# r\n');
  });

  it('answers names the line protocol cannot carry as missing, and keeps answering', async () => {
    const { repo, tip } = everyKind();
    const r = repo.reader;
    expect(await r.object('')).toBeUndefined();
    expect(await r.object(`${tip}\ninfo ${tip}`)).toBeUndefined();
    expect(await r.commitOf('main\r')).toBeUndefined();
    expect(await r.commitOf('main')).toBe(tip);
  });
});
