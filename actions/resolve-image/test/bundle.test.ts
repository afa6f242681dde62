import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { annotations, runBundle } from '../../../test/helpers/bundle.js';
import { git } from '../../../test/helpers/git.js';
import { runAsBundle } from '../../../test/helpers/in-process.js';
import {
  buildImage,
  buildIndex,
  cleanRegistryScratch,
  OCI_INDEX,
  OCI_MANIFEST,
  pushImage,
  registryDescribe,
  startRegistry,
  startTokenServer,
  TEST_PASSWORD,
  TEST_USER,
  type TestRegistry,
  type TokenServer,
} from '../../../test/helpers/registry.js';
import { resolveImage } from '../src/main.js';

/**
 * dist/resolve-image/index.js on Node 24, as the runner runs it, against a real distribution registry with
 * token auth on 127.0.0.1 and a real git history in the workspace:
 *
 *   c1 - c2 - c3 - c4 (merge of s1) - c5 - c6 = HEAD     first parents
 *              \- s1 -/
 *
 * Images exist for c2 and s1 (`<sha>`) and for c3 and c5 (`<sha>-dev`): the release image of the newest
 * built commit is c2's; s1's is never tried, since the image workflow builds what lands on the branch.
 */

let token: TokenServer;
let reg: TestRegistry;
let scratch: string;
let repo: string;
const c: Record<string, string> = {};
const REPO = 'coco/cloud-api-adaptor';
let IMAGE: string;
const release = buildIndex([buildImage('c2 amd64', { arch: 'amd64' }), buildImage('c2 s390x', { arch: 's390x' })]);
const dev3 = buildImage('c3 dev');
const dev5 = buildImage('c5 dev');
const side = buildImage('s1');

function commit(name: string): string {
  writeFileSync(join(repo, 'history.txt'), `${name}\n`, { flag: 'a' });
  git(repo, 'add', '-A');
  git(repo, 'commit', '-q', '-m', name);
  return git(repo, 'rev-parse', 'HEAD');
}

beforeAll(async () => {
  scratch = mkdtempSync(join(tmpdir(), 'coco-resolve-'));
  repo = join(scratch, 'cloud-api-adaptor');
  git(scratch, 'init', '-q', '-b', 'main', repo);
  c['c1'] = commit('c1');
  c['c2'] = commit('c2');
  c['c3'] = commit('c3');
  git(repo, 'checkout', '-q', '-b', 'side');
  c['s1'] = commit('s1');
  git(repo, 'checkout', '-q', 'main');
  git(repo, 'merge', '-q', '--no-ff', '-m', 'c4: merge side', 'side');
  c['c4'] = git(repo, 'rev-parse', 'HEAD');
  c['c5'] = commit('c5');
  c['c6'] = commit('c6');

  token = await startTokenServer();
  reg = await startRegistry({ token });
  IMAGE = `${reg.host}/${REPO}`;
  await pushImage(reg, REPO, c['c2'], release);
  await pushImage(reg, REPO, c['s1'], side);
  await pushImage(reg, REPO, `${c['c3']}-dev`, dev3);
  await pushImage(reg, REPO, `${c['c5']}-dev`, dev5);
  await pushImage(reg, 'private/cloud-api-adaptor', 'v1', side);
}, 60_000);

afterAll(async () => {
  await reg?.stop();
  await token?.close();
  cleanRegistryScratch();
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

/** The action's logic in this process, through the runner protocol (exit code, stdout, outputs, summary). */
const run = (inputs: Record<string, string>, workspace = repo) => runAsBundle(resolveImage, inputs, { workspace });
/** The committed dist/resolve-image/index.js on Node 24, as the runner runs it: the bundle's smoke tests. */
const runOnNode24 = (inputs: Record<string, string>, workspace = repo) =>
  runBundle('resolve-image', inputs, { workspace });
const requestsLine = (stdout: string): string | undefined =>
  /^(\d+) registry request\(s\) in \d+ ms$/m.exec(stdout)?.[1];

registryDescribe('resolve-image (real registry with token auth, real git history)', () => {
  it('takes the newest first-parent commit that has an image, and lists the commits it skipped (the bundle on Node 24)', async () => {
    const r = await runOnNode24({ image: IMAGE });
    expect(r.code).toBe(0);
    expect(r.outputs).toEqual({
      tag: c['c2'],
      digest: release.digest,
      commit: c['c2'],
      reference: `${IMAGE}:${c['c2']}@${release.digest}`,
      skipped: JSON.stringify([c['c6'], c['c5'], c['c4'], c['c3']]),
    });
    expect(r.summary).toBe(
      [
        `### resolve-image: ✓ \`${IMAGE}:${c['c2']}\``,
        '',
        `Digest \`${release.digest}\` (\`${OCI_INDEX}\`), commit \`${c['c2']}\`: candidate 5 of the first-parent history of \`HEAD\`.`,
        '',
        '| # | commit | tag | image |',
        '| --- | --- | --- | --- |',
        `| 1 | \`${c['c6']}\` | \`${c['c6']}\` | not found |`,
        `| 2 | \`${c['c5']}\` | \`${c['c5']}\` | not found |`,
        `| 3 | \`${c['c4']}\` | \`${c['c4']}\` | not found |`,
        `| 4 | \`${c['c3']}\` | \`${c['c3']}\` | not found |`,
        `| 5 | \`${c['c2']}\` | \`${c['c2']}\` | \`${release.digest}\` |`,
        '',
        // One 401 and one anonymous token, then one HEAD per candidate.
        '7 registry request(s).',
        '',
        '',
      ].join('\n'),
    );
    expect(requestsLine(r.stdout)).toBe('7');
    expect(r.stdout).toContain(`trying 6 commit(s) of HEAD (${c['c6']!.slice(0, 12)}), first parents, newest first\n`);
    expect(r.stdout).not.toContain(c['s1']!);
    expect(token.requests.at(-1)).toEqual({
      who: 'anonymous',
      scopes: [`repository:${REPO}:pull`],
      granted: [{ type: 'repository', name: REPO, actions: ['pull'] }],
    });
  });

  it("finds the libvirt dev image with tag-template '{sha}-dev', from another ref", async () => {
    const r = await run({ image: IMAGE, 'tag-template': '{sha}-dev' });
    expect(r.code).toBe(0);
    expect(r.outputs['tag']).toBe(`${c['c5']}-dev`);
    expect(r.outputs['digest']).toBe(dev5.digest);
    expect(r.outputs['commit']).toBe(c['c5']);
    expect(r.outputs['skipped']).toBe(JSON.stringify([c['c6']]));
    expect(requestsLine(r.stdout)).toBe('4');

    const older = await run({ image: IMAGE, 'tag-template': '{sha}-dev', ref: c['c4']! });
    expect(older.outputs['tag']).toBe(`${c['c3']}-dev`);
    expect(older.outputs['skipped']).toBe(JSON.stringify([c['c4']]));
  });

  it('tries explicit tags in the order given', async () => {
    const r = await run({ image: IMAGE, candidates: `v9.9.9\n# a comment\n${c['c3']}-dev\n${c['c2']}\n` });
    expect(r.code).toBe(0);
    expect(r.outputs).toEqual({
      tag: `${c['c3']}-dev`,
      digest: dev3.digest,
      commit: '',
      reference: `${IMAGE}:${c['c3']}-dev@${dev3.digest}`,
      skipped: '["v9.9.9"]',
    });
    expect(r.summary).toBe(
      [
        `### resolve-image: ✓ \`${IMAGE}:${c['c3']}-dev\``,
        '',
        `Digest \`${dev3.digest}\` (\`${OCI_MANIFEST}\`): candidate 2 of the tags given.`,
        '',
        '| # | tag | image |',
        '| --- | --- | --- |',
        '| 1 | `v9.9.9` | not found |',
        `| 2 | \`${c['c3']}-dev\` | \`${dev3.digest}\` |`,
        '',
        '4 registry request(s).',
        '',
        '',
      ].join('\n'),
    );
  });

  it('fails clearly when no commit within max-commits has an image, with what was tried (the bundle on Node 24)', async () => {
    const r = await runOnNode24({ image: IMAGE, 'max-commits': '3' });
    expect(r.code).toBe(1);
    const message =
      `no image ${IMAGE}:{sha} exists for the last 3 commit(s) of HEAD (first parents, ${c['c6']!.slice(0, 12)} back ` +
      `to ${c['c4']!.slice(0, 12)}): raise max-commits to look further back, or check that the image workflow pushes {sha} tags`;
    expect(annotations(r.stdout)).toEqual([`::error::${message}`]);
    expect(r.outputs).toEqual({
      tag: '',
      digest: '',
      commit: '',
      reference: '',
      skipped: JSON.stringify([c['c6'], c['c5'], c['c4']]),
    });
    expect(r.summary).toBe(
      [
        `### resolve-image: ✗ no image found in \`${IMAGE}\``,
        '',
        '```text',
        message,
        '```',
        '',
        '| # | commit | tag | image |',
        '| --- | --- | --- | --- |',
        `| 1 | \`${c['c6']}\` | \`${c['c6']}\` | not found |`,
        `| 2 | \`${c['c5']}\` | \`${c['c5']}\` | not found |`,
        `| 3 | \`${c['c4']}\` | \`${c['c4']}\` | not found |`,
        '',
        // The extra one asks whether the repository exists at all.
        '6 registry request(s).',
        '',
        '',
      ].join('\n'),
    );

    const tags = await run({ image: IMAGE, candidates: 'latest\nv0.22.0' });
    expect(annotations(tags.stdout)).toEqual([
      `::error::none of the 2 candidate tag(s) exists in ${IMAGE}: latest, v0.22.0`,
    ]);
  });

  it('says when a shallow checkout is what ran out, and when the whole history was tried', async () => {
    const shallow = join(scratch, `shallow-${Date.now()}`);
    git(scratch, 'clone', '-q', '--depth', '2', `file://${repo}`, shallow);
    const r = await run({ image: IMAGE }, shallow);
    expect(annotations(r.stdout)).toEqual([
      `::error::no image ${IMAGE}:{sha} exists for the last 2 commit(s) of HEAD (first parents, ${c['c6']!.slice(0, 12)} ` +
        `back to ${c['c5']!.slice(0, 12)}): the checkout is shallow and holds only these 2 commit(s): check out with fetch-depth: 0`,
    ]);
    const whole = await run({ image: IMAGE, ref: c['c1']! });
    expect(annotations(whole.stdout)).toEqual([
      `::error::no image ${IMAGE}:{sha} exists for the last 1 commit(s) of ${c['c1']} (first parents, ` +
        `${c['c1']!.slice(0, 12)}): that is the whole history of ${c['c1']}; check that the image workflow pushes {sha} tags`,
    ]);
  });

  it('404, 401: a missing repository, wrong credentials and a private repository are explained', async () => {
    const missing = await run({ image: `${reg.host}/nothing/here`, candidates: 'v1' });
    expect(missing.code).toBe(1);
    expect(annotations(missing.stdout)).toEqual([
      `::error::repository ${reg.host}/nothing/here does not exist (HTTP 404 NAME_UNKNOWN): check the image input`,
    ]);

    const bad = await run({ image: IMAGE, candidates: 'v1', username: TEST_USER, token: 'wrong-password' });
    expect(bad.code).toBe(1);
    expect(annotations(bad.stdout)).toEqual([
      `::error::the token service of ${reg.host} (${new URL(token.realm).origin}) refused the credentials of user ` +
        "'release-bot' (HTTP 401: invalid username or password): check the token and username inputs",
    ]);
    expect(bad.stdout).toContain('::add-mask::wrong-password\n');
    expect(bad.stdout.replace('::add-mask::wrong-password', '')).not.toContain('wrong-password');

    const hidden = await run({ image: `${reg.host}/private/cloud-api-adaptor`, candidates: 'v1' });
    expect(annotations(hidden.stdout)).toEqual([
      `::error::${reg.host} requires credentials to read ${reg.host}/private/cloud-api-adaptor:v1 (HTTP 401): the ` +
        'repository is private or does not exist, or the step needs push access; set the token and username inputs',
    ]);
    const allowed = await run({
      image: `${reg.host}/private/cloud-api-adaptor`,
      candidates: 'v1',
      username: TEST_USER,
      token: TEST_PASSWORD,
    });
    expect(allowed.code).toBe(0);
    expect(allowed.outputs['digest']).toBe(side.digest);
    expect(token.requests.at(-1)?.who).toBe(TEST_USER);
  });

  it('refuses bad inputs all at once, before any request', async () => {
    const before = token.requests.length;
    const r = await run({
      image: `${IMAGE}:latest`,
      'tag-template': 'v{version}',
      'max-commits': 'many',
      token: 'secret-token',
    });
    expect(r.code).toBe(1);
    expect(annotations(r.stdout)).toEqual([
      `::error::input 'image' '${IMAGE}:latest': give the repository alone (registry/repository), without :latest`,
      "::error::input 'tag-template': 'v{version}' does not contain {sha}",
      "::error::input 'max-commits' must be a whole number from 1 to 1000, got 'many'",
    ]);
    const tokenOnly = await run({ image: IMAGE, candidates: 'bad tag!\nok', token: 'secret-token' });
    expect(annotations(tokenOnly.stdout)).toEqual([
      "::error::input 'candidates' line 1: invalid tag 'bad tag!': a tag is a letter, digit or '_' followed by letters, digits, '.', '_' or '-'",
      "::error::input 'username' is required with 'token': the account the token belongs to (quay.io: the robot " +
        'account, such as confidential-containers+release; ghcr.io: the GitHub user, e.g. github.actor)',
    ]);
    expect(tokenOnly.stdout).not.toContain('secret-token');
    expect(token.requests.length).toBe(before);
  });

  it('needs a git checkout for commits, and a ref that is a commit', async () => {
    const empty = mkdtempSync(join(scratch, 'not-git-'));
    const r = await run({ image: IMAGE }, empty);
    expect(annotations(r.stdout)).toEqual([
      '::error::the workspace is not a git checkout: candidates: commits walks its history (check the repository ' +
        'out with actions/checkout and fetch-depth: 0), or list the tags to try in candidates',
    ]);
    const badRef = await run({ image: IMAGE, ref: '--output=/tmp/x' });
    expect(annotations(badRef.stdout)).toEqual([
      "::error::input 'ref': '--output=/tmp/x' is not a commit in this repository",
    ]);
  });
});
