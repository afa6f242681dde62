import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { annotations, runBundle } from '../../../test/helpers/bundle.js';
import { runAsBundle } from '../../../test/helpers/in-process.js';
import { CAA } from '../../../test/helpers/paths.js';
import { snapshotTree, tempDir } from '../../../test/helpers/workspace.js';
import { tagGoSubmodules } from '../src/main.js';
import { caaRepo, commitAll, git, GIT_ENV, refsOf, repoWith, tagsOf, writeHook } from './repo.js';

const NAME = 'tag-go-submodules';
const P = 'github.com/confidential-containers/cloud-api-adaptor/src';
const ZERO = 'v0.0.0-00010101000000-000000000000';
const CAA_INPUTS = { version: 'v0.9.0', exclude: 'src/cloud-api-adaptor/podvm', 'root-tag': 'true' };
const CAA_TAGS = [
  'src/cloud-providers/v0.9.0',
  'src/peerpod-ctrl/v0.9.0',
  'src/cloud-api-adaptor/v0.9.0',
  'src/webhook/v0.9.0',
  'v0.9.0',
];
const BOT = 'github-actions[bot] <41898282+github-actions[bot]@users.noreply.github.com>';

/** The action's logic in this process, through the runner protocol (exit code, stdout, outputs, summary). */
function run(ws: string, inputs: Record<string, string>, env: Record<string, string> = {}) {
  return runAsBundle(tagGoSubmodules, inputs, { workspace: ws, env: { ...GIT_ENV, ...env } });
}

/** The committed bundle on Node 24, as the runner runs it: the smoke tests of dist/tag-go-submodules. */
function runOnNode24(ws: string, inputs: Record<string, string>) {
  return runBundle(NAME, inputs, { workspace: ws, env: GIT_ENV });
}

/** Everything a failed run must leave as it was: files, local refs, the remote's refs. */
function state(ws: string, remote?: string) {
  return { files: snapshotTree(ws), local: remote ? refsOf(ws) : '', remote: remote ? refsOf(remote) : '' };
}

beforeAll(() => {
  if (!readFileSync(join(__dirname, '../../../dist', NAME, 'index.js'), 'utf8').includes(NAME))
    throw new Error('run npm run build first');
});

describe('the cloud-api-adaptor layout (real go.mod files), tag mode', () => {
  it('plan prints the order and the exact commands and changes nothing', async () => {
    const { ws, remote } = caaRepo();
    const before = state(ws, remote);
    const r = await run(ws, { ...CAA_INPUTS, mode: 'plan' });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.outputs['tags']!)).toEqual(CAA_TAGS);
    expect(r.outputs['created']).toBe('[]');
    expect(r.summary).toContain(
      '| 2 | `src/peerpod-ctrl` | `src/peerpod-ctrl/v0.9.0` | `src/cloud-providers` |\n' +
        '| 3 | `src/cloud-api-adaptor` | `src/cloud-api-adaptor/v0.9.0` | `src/cloud-providers`, `src/peerpod-ctrl` |\n',
    );
    expect(r.summary).toContain(
      '```sh\ncommit=$(git rev-parse --verify HEAD^{commit})\n' +
        `git tag -a -m 'Release v0.9.0 of ${P}/cloud-providers' src/cloud-providers/v0.9.0 "$commit"\n`,
    );
    expect(r.summary).toContain(`git push --atomic origin ${CAA_TAGS.map((t) => `refs/tags/${t}`).join(' ')}\n\`\`\``);
    expect(state(ws, remote)).toEqual(before);
  });

  it('tag creates annotated tags on one commit in one atomic push; a re-run passes and changes nothing (the bundle on Node 24)', async () => {
    const { ws, remote, commit } = caaRepo();
    const r = await runOnNode24(ws, CAA_INPUTS);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(JSON.parse(r.outputs['created']!)).toEqual(CAA_TAGS);
    expect(r.outputs['skipped']).toBe('[]');
    expect(r.outputs['commit']).toBe(commit);
    expect(tagsOf(remote)).toEqual(Object.fromEntries(CAA_TAGS.map((t) => [t, commit])));
    expect(git(remote, 'cat-file', '-t', 'refs/tags/src/webhook/v0.9.0').trim()).toBe('tag');
    expect(
      git(remote, 'for-each-ref', '--format=%(taggername) %(taggeremail)|%(contents)', 'refs/tags/src/webhook').trim(),
    ).toBe(`${BOT}|Release v0.9.0 of ${P}/webhook`);
    expect(r.summary).toContain(
      `| 1 | \`src/cloud-providers\` | \`src/cloud-providers/v0.9.0\` | \`${commit.slice(0, 12)}\` | created |`,
    );
    // The current scheme: zero pseudo-versions + replace. Consumers of the tags do not see the replace.
    expect(annotations(r.stdout, 'warning')).toEqual([
      `::warning file=src/cloud-api-adaptor/go.mod,line=71,col=2::${P}/cloud-providers ${ZERO} resolves only through replace => ../cloud-providers: modules that use src/cloud-api-adaptor/v0.9.0 do not see that replace and cannot resolve it`,
      `::warning file=src/cloud-api-adaptor/go.mod,line=72,col=2::${P}/peerpod-ctrl ${ZERO} resolves only through replace => ../peerpod-ctrl: modules that use src/cloud-api-adaptor/v0.9.0 do not see that replace and cannot resolve it`,
      `::warning file=src/peerpod-ctrl/go.mod,line=6,col=2::${P}/cloud-providers ${ZERO} resolves only through replace => ../cloud-providers: modules that use src/peerpod-ctrl/v0.9.0 do not see that replace and cannot resolve it`,
    ]);

    const before = state(ws, remote);
    const again = await run(ws, CAA_INPUTS);
    expect(again.code).toBe(0);
    expect(again.outputs['created']).toBe('[]');
    expect(JSON.parse(again.outputs['skipped']!)).toEqual(CAA_TAGS);
    expect(again.summary).toContain('| skipped (already at the commit) |');
    expect(state(ws, remote)).toEqual(before);
  });

  it('v0.9.0-alpha.1: cloud-providers requiring a released cloud-api-adaptor is no cycle; tags are created', async () => {
    const { ws, remote } = caaRepo();
    git(ws, 'tag', 'src/cloud-api-adaptor/v0.8.2');
    git(ws, 'push', '-q', 'origin', 'refs/tags/src/cloud-api-adaptor/v0.8.2');
    const gomod = join(ws, 'src/cloud-providers/go.mod');
    writeFileSync(gomod, `${readFileSync(gomod, 'utf8')}\nrequire ${P}/cloud-api-adaptor v0.8.2\n`);
    const commit = commitAll(ws, 'cloud-providers requires a released cloud-api-adaptor');
    git(ws, 'push', '-q', 'origin', 'main');
    const r = await run(ws, { ...CAA_INPUTS, version: 'v0.9.0-alpha.1' });
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(JSON.parse(r.outputs['created']!)).toEqual(CAA_TAGS.map((t) => t.replace('v0.9.0', 'v0.9.0-alpha.1')));
    expect(tagsOf(remote)['src/cloud-providers/v0.9.0-alpha.1']).toBe(commit);
    expect(annotations(r.stdout, 'warning').some((w) => w.includes('require each other'))).toBe(false);
  });

  it('a tag already at another commit fails the run before anything is created, naming both commits (the bundle on Node 24)', async () => {
    const { ws, remote, commit: old } = caaRepo();
    git(ws, 'tag', '-a', '-m', 'old', 'src/peerpod-ctrl/v0.9.0');
    git(ws, 'push', '-q', 'origin', 'refs/tags/src/peerpod-ctrl/v0.9.0');
    writeFileSync(join(ws, 'README.md'), '# changed\n');
    const head = commitAll(ws, 'second');
    git(ws, 'push', '-q', 'origin', 'main');
    const before = state(ws, remote);
    const r = await runOnNode24(ws, CAA_INPUTS);
    expect(r.code).toBe(1);
    expect(annotations(r.stdout)).toEqual([
      `::error::tag src/peerpod-ctrl/v0.9.0 already exists on origin at commit ${old}, not at ${head} being released: a Go module tag can never be moved (the module proxy keeps its hash forever); release a new version instead`,
    ]);
    expect(state(ws, remote)).toEqual(before);
    expect(Object.keys(tagsOf(remote))).toEqual(['src/peerpod-ctrl/v0.9.0']);
    // Plan mode refuses it too, with the same message (issue 22).
    const plan = await run(ws, { ...CAA_INPUTS, mode: 'plan' });
    expect(plan.code).toBe(1);
    expect(annotations(plan.stdout)).toEqual(annotations(r.stdout));
    expect(plan.summary).toBe('');
    expect(state(ws, remote)).toEqual(before);
  });

  it('a push the server rejects (pre-receive hook) lands nothing and leaves no local tags', async () => {
    const { ws, remote } = caaRepo();
    writeHook(remote, 'pre-receive', '#!/bin/sh\necho "tag pushes are frozen during the audit" >&2\nexit 1\n');
    const before = state(ws, remote);
    const r = await run(ws, CAA_INPUTS);
    expect(r.code).toBe(1);
    const [error] = annotations(r.stdout);
    expect(error).toMatch(
      /^::error::git push --atomic to 'origin' was rejected; no tag was pushed and the local tags this run created were deleted\. origin said:\nremote: tag pushes are frozen during the audit\s*\n/,
    );
    expect(error).toContain(
      '[remote rejected] src/cloud-providers/v0.9.0 -> src/cloud-providers/v0.9.0 (pre-receive hook declined)',
    );
    expect(tagsOf(remote)).toEqual({});
    expect(git(ws, 'tag', '-l')).toBe('');
    expect(state(ws, remote)).toEqual(before);
  });

  it('prepare reproduces the old "update go.mod modules for v0.9.0" commit, then tagging needs no replace', async () => {
    const { ws, remote } = caaRepo();
    const dry = await run(ws, { ...CAA_INPUTS, mode: 'prepare', 'dry-run': 'true' });
    expect(dry.code).toBe(0);
    expect(git(ws, 'status', '--porcelain')).toBe('');
    const r = await run(ws, { ...CAA_INPUTS, mode: 'prepare' });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.outputs['changed-files']!)).toEqual([
      'src/cloud-api-adaptor/go.mod',
      'src/peerpod-ctrl/go.mod',
    ]);
    expect(r.outputs['diff']).toBe(dry.outputs['diff']);
    const fixture = (m: string) => readFileSync(join(CAA, 'src', m, 'go.mod'), 'utf8');
    expect(readFileSync(join(ws, 'src/cloud-api-adaptor/go.mod'), 'utf8')).toBe(
      fixture('cloud-api-adaptor')
        .replace(`\t${P}/cloud-providers ${ZERO}\n`, `\t${P}/cloud-providers v0.9.0\n`)
        .replace(`\t${P}/peerpod-ctrl ${ZERO}\n`, `\t${P}/peerpod-ctrl v0.9.0\n`),
    );
    expect(readFileSync(join(ws, 'src/peerpod-ctrl/go.mod'), 'utf8')).toBe(
      fixture('peerpod-ctrl').replace(`\t${P}/cloud-providers ${ZERO}\n`, `\t${P}/cloud-providers v0.9.0\n`),
    );
    for (const m of ['cloud-providers', 'webhook', 'cloud-api-adaptor/podvm'])
      expect(readFileSync(join(ws, 'src', m, 'go.mod'), 'utf8')).toBe(fixture(m));
    expect(r.outputs['diff']).toBe(
      [
        '--- a/src/cloud-api-adaptor/go.mod',
        '+++ b/src/cloud-api-adaptor/go.mod',
        '@@ -68,8 +68,8 @@',
        ' \tgithub.com/aws/aws-sdk-go-v2/service/eks v1.87.0',
        ' \tgithub.com/aws/aws-sdk-go-v2/service/iam v1.54.5',
        ' \tgithub.com/aws/aws-sdk-go-v2/service/s3 v1.104.0',
        `-\t${P}/cloud-providers ${ZERO}`,
        `-\t${P}/peerpod-ctrl ${ZERO}`,
        `+\t${P}/cloud-providers v0.9.0`,
        `+\t${P}/peerpod-ctrl v0.9.0`,
        ' \tgithub.com/fenglyu/go-dmidecode v0.0.0-20220417074508-03f52eb45fe9',
        ' )',
        ' ',
        '--- a/src/peerpod-ctrl/go.mod',
        '+++ b/src/peerpod-ctrl/go.mod',
        '@@ -3,7 +3,7 @@',
        ' go 1.25.13',
        ' ',
        ' require (',
        `-\t${P}/cloud-providers ${ZERO}`,
        `+\t${P}/cloud-providers v0.9.0`,
        ' \tgithub.com/onsi/ginkgo/v2 v2.27.2',
        ' \tgithub.com/onsi/gomega v1.38.2',
        ' \tk8s.io/api v0.35.2',
        '',
      ].join('\n'),
    );
    expect(tagsOf(remote)).toEqual({});
    // Re-running prepare changes nothing; the prepared commit tags without replace-only warnings.
    const again = await run(ws, { ...CAA_INPUTS, mode: 'prepare' });
    expect(again.outputs['changed-files']).toBe('[]');
    const commit = commitAll(ws, 'update go.mod modules for v0.9.0');
    git(ws, 'push', '-q', 'origin', 'main');
    const tagged = await run(ws, CAA_INPUTS);
    expect(tagged.code).toBe(0);
    expect(annotations(tagged.stdout, 'warning')).toEqual([]);
    expect(tagsOf(remote)).toEqual(Object.fromEntries(CAA_TAGS.map((t) => [t, commit])));
  });
});

describe('/vN modules', () => {
  const files = {
    'lib/v2/go.mod': 'module example.com/r/lib/v2\n\ngo 1.22\n',
    'tool/go.mod': 'module example.com/r/tool/v2\n\ngo 1.22\n\nrequire example.com/r/lib/v2 v2.0.0\n',
  };
  it('a /v2 module in a v2 directory is tagged without it; a major-branch module with it', async () => {
    const { ws, remote, commit } = repoWith(files);
    const r = await run(ws, { version: 'v2.0.0' });
    expect(r.code, r.stdout).toBe(0);
    expect(JSON.parse(r.outputs['tags']!)).toEqual(['lib/v2.0.0', 'tool/v2.0.0']);
    expect(tagsOf(remote)).toEqual({ 'lib/v2.0.0': commit, 'tool/v2.0.0': commit });
  });
  it('a v1 release of /v2 modules is an error for each, and nothing is created', async () => {
    const { ws, remote } = repoWith(files);
    const before = state(ws, remote);
    const r = await run(ws, { version: 'v1.0.0' });
    expect(r.code).toBe(1);
    expect(annotations(r.stdout)).toEqual([
      '::error file=lib/v2/go.mod,line=1::lib/v2/go.mod:1: module example.com/r/lib/v2 has the major version suffix /v2: it can only be released as v2.x.y, not v1.0.0',
      '::error file=tool/go.mod,line=1::tool/go.mod:1: module example.com/r/tool/v2 has the major version suffix /v2: it can only be released as v2.x.y, not v1.0.0',
    ]);
    expect(state(ws, remote)).toEqual(before);
  });
});

describe('bad input: exact messages, nothing changed', () => {
  const cases: { name: string; inputs: Record<string, string>; message: (ws: string) => string; repo?: false }[] = [
    {
      name: 'invalid version',
      inputs: { version: '0.9.0' },
      message: () =>
        "input 'version' must be a semantic version with a leading v, such as v0.9.0 or v0.9.0-rc1, got '0.9.0' (did you mean v0.9.0?)",
    },
    {
      name: 'unknown module',
      inputs: { version: 'v0.9.0', modules: 'src/webhook\nsrc/nope', exclude: 'src/cloud-api-adaptor/podvm' },
      message: () =>
        "unknown module 'src/nope' in input 'modules' (line 2): the modules found are src/cloud-api-adaptor, src/cloud-providers, src/peerpod-ctrl, src/webhook",
    },
    {
      name: 'missing remote',
      inputs: { version: 'v0.9.0', remote: 'upstream' },
      message: (ws) => `remote 'upstream' is not configured in ${ws} (remotes: origin)`,
    },
    {
      name: 'unresolvable ref',
      inputs: { version: 'v0.9.0', ref: 'release-0.9' },
      message: (ws) => `ref 'release-0.9' does not resolve to a commit in ${ws}`,
    },
    {
      name: 'not a git repository',
      inputs: { version: 'v0.9.0' },
      message: (ws) => `not a git repository: ${ws} (check the repository out first)`,
      repo: false,
    },
  ];
  for (const c of cases) {
    it(c.name, async () => {
      const { ws, remote } = caaRepo();
      if (c.repo === false) execFileSync('rm', ['-rf', join(ws, '.git')]);
      const before = state(ws, c.repo === false ? undefined : remote);
      const r = await run(ws, c.inputs);
      expect(r.code).toBe(1);
      expect(annotations(r.stdout)).toEqual([`::error::${c.message(ws)}`]);
      expect(r.stderr).toBe('');
      expect(state(ws, c.repo === false ? undefined : remote)).toEqual(before);
      if (c.repo !== false) expect(tagsOf(remote)).toEqual({});
    });
  }

  it('an internal require of a version that has no tag and no replace fails at its line', async () => {
    const { ws, remote } = repoWith({
      'a/go.mod': 'module example.com/r/a\n',
      'b/go.mod': 'module example.com/r/b\n\nrequire example.com/r/a v0.8.0\n',
    });
    const before = state(ws, remote);
    const r = await run(ws, { version: 'v0.9.0', modules: 'b' });
    expect(annotations(r.stdout)).toEqual([
      '::error file=b/go.mod,line=3,col=9::b/go.mod:3:9: example.com/r/b requires example.com/r/a v0.8.0 (tag a/v0.8.0), which does not exist and is not being created',
    ]);
    expect(state(ws, remote)).toEqual(before);
  });
});

describe('identity, push: false, dry-run', () => {
  const files = { 'go.mod': 'module example.com/r\n', 'sub/go.mod': 'module example.com/r/sub\n' };
  it('tags carry GIT_COMMITTER_* when set, else the repository user.*, else github-actions[bot]', async () => {
    const { ws, remote } = repoWith(files);
    await run(ws, { version: 'v1.0.0' }, { GIT_COMMITTER_NAME: 'Release Bot', GIT_COMMITTER_EMAIL: 'rb@example.com' });
    git(ws, 'config', 'user.name', 'Repo User');
    git(ws, 'config', 'user.email', 'repo@example.com');
    await run(ws, { version: 'v1.1.0' });
    const who = git(remote, 'for-each-ref', '--format=%(refname:strip=2) %(taggername) %(taggeremail)', 'refs/tags');
    expect(who).toBe(
      'sub/v1.0.0 Release Bot <rb@example.com>\nsub/v1.1.0 Repo User <repo@example.com>\nv1.0.0 Release Bot <rb@example.com>\nv1.1.0 Repo User <repo@example.com>\n',
    );
  });
  it('push: false creates local tags only and never contacts the remote; dry-run creates nothing', async () => {
    const { ws, remote, commit } = repoWith(files);
    const dry = await run(ws, { version: 'v1.0.0', 'dry-run': 'true' });
    expect(dry.code).toBe(0);
    expect(JSON.parse(dry.outputs['created']!)).toEqual(['v1.0.0', 'sub/v1.0.0']);
    expect(dry.summary).toContain('| would be created |');
    expect(git(ws, 'tag', '-l')).toBe('');
    git(ws, 'remote', 'set-url', 'origin', '/nonexistent/remote.git');
    const r = await run(ws, { version: 'v1.0.0', push: 'false' });
    expect(r.code, r.stdout).toBe(0);
    expect(tagsOf(ws)).toEqual({ 'sub/v1.0.0': commit, 'v1.0.0': commit });
    expect(tagsOf(remote)).toEqual({});
  });
});

describe('200 modules', () => {
  it('tag with one ls-remote and one push; count remote round trips and git processes', async () => {
    const N = 200;
    const files: Record<string, string> = {};
    for (let i = 0; i < N; i++) {
      const name = `m${String(i).padStart(3, '0')}`;
      const deps = [i - 1, Math.floor(i / 2) - 1].filter((d, k, a) => d >= 0 && a.indexOf(d) === k);
      const req = deps.map((d) => `\texample.com/big/mods/m${String(d).padStart(3, '0')} v1.0.0\n`).join('');
      files[`mods/${name}/go.mod`] =
        `module example.com/big/mods/${name}\n\ngo 1.22\n${req ? `\nrequire (\n${req})\n` : ''}`;
    }
    const { ws, remote, commit } = repoWith(files);
    // Count what reaches the remote (each ls-remote/push/fetch runs upload-pack or receive-pack there once)
    // and every git process the action starts (a `git` first on PATH that logs its subcommand).
    const log = join(tempDir('coco-log-'), 'log');
    const bin = tempDir('coco-bin-');
    const realGit = execFileSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).trim();
    writeFileSync(join(bin, 'git'), `#!/bin/sh\necho "git $1" >> '${log}'\nexec '${realGit}' "$@"\n`, { mode: 0o755 });
    for (const pack of ['upload-pack', 'receive-pack'])
      git(
        ws,
        'config',
        `remote.origin.${pack.replace('-', '')}`,
        `sh -c 'echo "remote ${pack}" >> ${log}; exec git-${pack} "$@"' --`,
      );
    const env = { PATH: `${bin}:${process.env['PATH']}` };

    // Its time is `npm run bench`'s row "tag-go-submodules: tag 200 modules (16x)" (≤ 2 s), never a test's.
    const r = await run(ws, { version: 'v1.0.0' }, env);
    expect(r.code, r.stdout).toBe(0);
    expect(JSON.parse(r.outputs['created']!)).toHaveLength(N);
    expect(Object.values(tagsOf(remote))).toEqual(Array(N).fill(commit));
    const calls = readFileSync(log, 'utf8').trim().split('\n');
    expect(calls.filter((c) => c.startsWith('remote '))).toEqual(['remote upload-pack', 'remote receive-pack']);
    const gitCalls = calls.filter((c) => c.startsWith('git '));
    expect(gitCalls).toEqual([
      'git rev-parse',
      'git rev-parse',
      'git remote',
      'git ls-tree',
      'git cat-file',
      'git ls-remote',
      'git for-each-ref',
      'git config',
      'git hash-object',
      'git update-ref',
      'git push',
    ]);

    writeFileSync(log, '');
    const again = await run(ws, { version: 'v1.0.0' }, env);
    expect(again.outputs['created']).toBe('[]');
    expect(
      readFileSync(log, 'utf8')
        .split('\n')
        .filter((c) => c.startsWith('remote ')),
    ).toEqual(['remote upload-pack']);
  });
});
