import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { annotations, runBundle, type BundleRun } from '../../../test/helpers/bundle.js';
import { publishRelease } from '../../../test/helpers/caa-release.js';
import { startGithubServer, type GithubServer, type ServerRepo } from '../../../test/helpers/github-server.js';
import { runAsBundle } from '../../../test/helpers/in-process.js';
import { workspace } from '../../../test/helpers/workspace.js';
import { latestRelease } from '../src/main.js';

/**
 * dist/latest-release on Node 24 against the test GitHub server: Kata Containers with releases published
 * through the API (a pre-release never becomes "latest"), one request per run, clear errors.
 */

const KATA = 'kata-containers/kata-containers';
const TOKEN = 'ghs_read0token0never0printed';

let server: GithubServer;
let kata: ServerRepo;
beforeAll(async () => {
  server = await startGithubServer();
});
afterAll(() => server.close());
beforeEach(async () => {
  server.reset();
  kata = server.createRepo(KATA, { files: { VERSION: '3.22.0\n' } });
  await publishRelease(server, kata, '3.22.0', 'any');
  kata.commit({ VERSION: '3.23.0\n' });
  await publishRelease(server, kata, '3.23.0', 'any');
  server.log.length = 0;
});

/** The action's logic in this process, through the runner protocol (exit code, stdout, outputs, summary). */
const latest = (inputs: Record<string, string> = {}): Promise<BundleRun> =>
  runAsBundle(
    latestRelease,
    { token: TOKEN, ...inputs },
    { workspace: workspace(), env: { GITHUB_API_URL: server.apiUrl } },
  );

/** The committed dist/latest-release/index.js on Node 24, as the runner runs it: the bundle's smoke tests. */
const latestOnNode24 = (inputs: Record<string, string> = {}): Promise<BundleRun> =>
  runBundle(
    'latest-release',
    { token: TOKEN, ...inputs },
    { workspace: workspace(), env: { GITHUB_API_URL: server.apiUrl } },
  );

describe('latest-release', () => {
  it("reads Kata's latest release in one request (the bundle on Node 24)", async () => {
    const r = await latestOnNode24();
    expect(r.code, r.stdout).toBe(0);
    const url = `${server.htmlUrl}/${KATA}/releases/tag/3.23.0`;
    expect(r.outputs).toEqual({ tag: '3.23.0', version: '3.23.0', url });
    expect(server.log.map((l) => l.route)).toEqual([`GET /repos/${KATA}/releases/latest`]);
    expect(r.summary).toBe(
      `### latest-release: \`${KATA}\` \`3.23.0\`\n\n| repository | tag | version | release |\n| --- | --- | --- | --- |\n` +
        `| \`${KATA}\` | \`3.23.0\` | \`3.23.0\` | \`${url}\` |\n\n`,
    );
    expect(`${r.stdout}\n${r.stderr}`.split('\n').filter((l) => l.includes(TOKEN))).toEqual([`::add-mask::${TOKEN}`]);
  });

  it('a v-prefixed tag gives the version without v; a pre-release is not the latest', async () => {
    const caa = server.createRepo('confidential-containers/cloud-api-adaptor', { files: { 'README.md': 'x\n' } });
    await publishRelease(server, caa, 'v0.22.0', 'any');
    const r = await latest({ repository: caa.fullName });
    expect([r.outputs['tag'], r.outputs['version']]).toEqual(['v0.22.0', '0.22.0']);
    await fetch(`${server.apiUrl}/repos/${KATA}/releases`, {
      method: 'POST',
      headers: { authorization: 'Bearer any', 'content-type': 'application/json' },
      body: JSON.stringify({ tag_name: '4.0.0-rc0', prerelease: true }),
    });
    expect((await latest()).outputs['tag']).toBe('3.23.0');
  });

  it('a wait on the network is announced: the request, why, and in how long, one log line per retry', async () => {
    const route = `GET /repos/${KATA}/releases/latest`;
    server.fault(route, { status: 503, headers: { 'retry-after': '0' }, body: { message: 'Unavailable' } });
    server.fault(route, { status: 502, body: { message: 'Server Error' } });
    const r = await latest();
    expect(r.code, r.stdout).toBe(0);
    expect(r.outputs['tag']).toBe('3.23.0');
    const url = `${server.apiUrl}/repos/${KATA}/releases/latest`;
    expect(r.stdout.split('\n').filter((l) => l.includes(' retry '))).toEqual([
      `GET ${url} answered HTTP 503: retry 1 of 3 in 0 s (Retry-After)`,
      `GET ${url} answered HTTP 502: retry 2 of 3 in 1 s`,
    ]);
  });

  it('clear errors: no release, a tag that is no version, a bad repository input (the bundle on Node 24)', async () => {
    server.createRepo('confidential-containers/charts', { files: { 'Chart.yaml': 'name: x\n' } });
    const none = await latestOnNode24({ repository: 'confidential-containers/charts' });
    expect(annotations(none.stdout)).toEqual([
      '::error::reading the latest release of confidential-containers/charts: confidential-containers/charts has no published release (or does not exist, or the token cannot see it)',
    ]);
    const odd = server.createRepo('example/odd', { files: { 'README.md': 'x\n' } });
    await publishRelease(server, odd, 'nightly', 'any');
    const named = await latestOnNode24({ repository: 'example/odd' });
    expect(annotations(named.stdout)).toEqual([
      "::error::the latest release of example/odd is tagged 'nightly', which is not a version (such as 3.21.0 or v0.22.0)",
    ]);
    const bad = await latestOnNode24({ repository: 'kata' });
    expect(annotations(bad.stdout)).toEqual(["::error::input 'repository' must be OWNER/NAME, got 'kata'"]);
  });
});
