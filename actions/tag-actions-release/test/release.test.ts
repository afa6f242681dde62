import { chmodSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { annotations, runBundle } from '../../../test/helpers/bundle.js';
import { git, repoWithRemote, showFile } from '../../../test/helpers/git.js';
import { runAsBundle } from '../../../test/helpers/in-process.js';
import { tagActionsRelease } from '../src/main.js';

/**
 * The tag job of release.yml (issue 24: it was 49 lines of bash): real git, a bare remote. The release
 * commit changes the `uses:` of steps that call this repository's actions and nothing else.
 */

const OWN = 'confidential-containers/coco-release-actions/actions';
const PIN = 'e34613286995f974b25f9b7c707d417af560b260';
// Indented and quoted forms, an inline comment, a run: step that mentions a uses: line, a job-level
// reusable workflow and a third-party action: only the first three are ours.
const CALLER = `name: caller
on: push
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - uses: ${OWN}/bump-versions-yaml@${PIN}
        with:
          file: x
      - name: quoted
        uses: "${OWN}/latest-release@${PIN}" # the latest Kata
      - run: |
          echo "uses: ${OWN}/next-version@${PIN}"
      - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2
  b:
    uses: confidential-containers/coco-release-actions/.github/workflows/bump-coco-deps.yml@${PIN}
  c:
    runs-on: ubuntu-latest
    steps:
      - uses:   ${OWN}/freeze-branch@main
`;
const RELEASED = (v: string) =>
  CALLER.replace(`${OWN}/bump-versions-yaml@${PIN}`, `${OWN}/bump-versions-yaml@${v}`)
    .replace(`${OWN}/latest-release@${PIN}`, `${OWN}/latest-release@${v}`)
    .replace(`${OWN}/freeze-branch@main`, `${OWN}/freeze-branch@${v}`);
const OTHER = 'name: other\non: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: "true"\n';

const ENV = { GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null' };
const refs = (remote: string) => git(remote, 'for-each-ref', '--format=%(refname) %(objectname)');

function repo() {
  const r = repoWithRemote({ '.github/workflows/caller.yml': CALLER, '.github/workflows/other.yml': OTHER });
  return { ...r, tested: git(r.work, 'rev-parse', 'HEAD') };
}

const release = (work: string, version: string, tested: string, extra: Record<string, string> = {}) =>
  runAsBundle(tagActionsRelease, { version, 'tested-commit': tested, ...extra }, { workspace: work, env: ENV });

describe('tag-actions-release', () => {
  it('commits the rewritten uses: on the tested commit, tags vX.Y.Z and moves vX (the bundle on Node 24)', async () => {
    const { work, remote, tested } = repo();
    const r = await runBundle(
      'tag-actions-release',
      { version: 'v1.2.3', 'tested-commit': tested },
      { workspace: work, env: ENV },
    );
    expect(r.code, r.stdout + r.stderr).toBe(0);
    const commit = git(remote, 'rev-parse', 'v1.2.3^{commit}');
    expect(r.outputs).toEqual({ commit, major: 'v1' });
    expect(git(remote, 'rev-parse', `${commit}^`)).toBe(tested);
    expect(git(remote, 'rev-parse', 'v1^{commit}')).toBe(commit);
    expect(git(remote, 'cat-file', '-t', 'v1.2.3')).toBe('tag');
    expect(showFile(remote, commit, '.github/workflows/caller.yml')).toBe(RELEASED('v1.2.3'));
    expect(git(remote, 'diff', '--name-only', tested, commit)).toBe('.github/workflows/caller.yml');
    expect(git(remote, 'log', '-1', '--format=%an <%ae>|%cn|%aI|%B', commit)).toBe(
      `github-actions[bot] <41898282+github-actions[bot]@users.noreply.github.com>|github-actions[bot]|${git(remote, 'log', '-1', '--format=%cI', tested)}|Release v1.2.3: the workflows call this repository's actions at @v1.2.3`,
    );
    expect(r.stdout).toBe(`.github/workflows/caller.yml: 3 uses: now at @v1.2.3\npushed v1.2.3 and v1 at ${commit}\n`);
    expect(r.summary).toBe(
      `Released v1.2.3 at ${commit} (tested commit ${tested}); v1 now points to it.\n\n` +
        `On main, point the workflows' own \`uses:\` at \`@${commit}\` (this release, by full SHA).\n`, // the runner ends the step's summary with a line break
    );
    expect(git(remote, 'rev-parse', 'main')).toBe(tested);
  });

  it('a re-run from the tested commit makes the same commit and tag and changes nothing', async () => {
    const { work, remote, tested } = repo();
    expect((await release(work, 'v1.0.0', tested)).code).toBe(0);
    const before = refs(remote);
    git(work, 'checkout', '-q', '--detach', tested);
    const again = await release(work, 'v1.0.0', tested);
    expect(again.code, again.stdout).toBe(0);
    expect(again.stdout).toContain(`v1.0.0 already at ${git(remote, 'rev-parse', 'v1.0.0^{commit}')}\n`);
    expect(refs(remote)).toBe(before);
  });

  it('the next release moves vX and never vX.Y.Z; a release tag elsewhere is refused', async () => {
    const { work, remote, tested } = repo();
    expect((await release(work, 'v1.0.0', tested)).code).toBe(0);
    const first = git(remote, 'rev-parse', 'v1.0.0^{commit}');
    git(work, 'checkout', '-q', 'main');
    git(work, 'commit', '-q', '--allow-empty', '-m', 'next');
    const next = git(work, 'rev-parse', 'HEAD');
    const before = refs(remote);
    const moved = await release(work, 'v1.0.0', next);
    expect(moved.code).toBe(1);
    expect(annotations(moved.stdout)).toEqual([
      `::error::v1.0.0 already exists at ${first}, not at ${git(work, 'rev-parse', 'HEAD')}; a release tag never moves`,
    ]);
    expect(refs(remote)).toBe(before);

    git(work, 'checkout', '-q', '--detach', next);
    expect((await release(work, 'v1.0.1', next)).code).toBe(0);
    expect(git(remote, 'rev-parse', 'v1^{commit}')).toBe(git(remote, 'rev-parse', 'v1.0.1^{commit}'));
    expect(git(remote, 'rev-parse', 'v1.0.0^{commit}')).toBe(first);
  });

  it('refuses a checkout other than the tested commit, or with changes, before changing anything', async () => {
    const { work, remote, tested } = repo();
    const before = refs(remote);
    git(work, 'commit', '-q', '--allow-empty', '-m', 'untested');
    const other = await release(work, 'v1.0.0', tested);
    expect(annotations(other.stdout)).toEqual([
      `::error::checked out ${git(work, 'rev-parse', 'HEAD')}, but the test job tested ${tested}`,
    ]);
    git(work, 'reset', '-q', '--hard', tested);
    writeFileSync(join(work, '.github/workflows/other.yml'), OTHER + '# edited\n');
    const dirty = await release(work, 'v1.0.0', tested);
    expect(annotations(dirty.stdout)).toEqual([
      '::error::the checkout differs from the tested commit:\n M .github/workflows/other.yml',
    ]);
    expect(readFileSync(join(work, '.github/workflows/caller.yml'), 'utf8')).toBe(CALLER);
    expect(git(work, 'tag')).toBe('');
    expect(refs(remote)).toBe(before);
  });

  it('pushes both tags or neither, and says what the remote said', async () => {
    const { work, remote, tested } = repo();
    const hook = join(remote, 'hooks', 'update');
    writeFileSync(hook, '#!/bin/sh\n[ "$1" = refs/tags/v2 ] && echo "no moving v2 today" >&2 && exit 1\nexit 0\n');
    chmodSync(hook, 0o755);
    const before = refs(remote);
    const r = await release(work, 'v2.0.0', tested);
    expect(r.code).toBe(1);
    const [error] = annotations(r.stdout);
    expect(error).toMatch(/^::error::git push of v2\.0\.0 and v2 to origin was refused; origin said:\n/);
    expect(error).toContain('remote: no moving v2 today');
    expect(refs(remote)).toBe(before);
  });

  it('refuses inputs it cannot use, every problem at once', async () => {
    const { work, remote } = repo();
    const before = refs(remote);
    const r = await release(work, '1.0.0', 'main', { repository: 'a b' });
    expect(r.code).toBe(1);
    expect(annotations(r.stdout)).toEqual([
      "::error::input version must be vX.Y.Z, got '1.0.0'",
      "::error::input tested-commit must be a full commit SHA, got 'main'",
      "::error::input repository must be OWNER/NAME, got 'a b'",
    ]);
    const forged = await release(work, 'v1.0.0\n::error::forged', 'a'.repeat(40));
    expect(forged.stdout).toBe("::error::input version must be vX.Y.Z, got 'v1.0.0%0A::error::forged'\n");
    expect(refs(remote)).toBe(before);
  });
});
