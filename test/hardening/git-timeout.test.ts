import { createServer, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caaRepo, git, GIT_ENV, tagsOf } from '../../actions/tag-go-submodules/test/repo.js';
import { annotations, runBundle } from '../helpers/bundle.js';
import { spawnBundle } from './helpers.js';

/**
 * Issue 13, git network commands without a timeout: a remote that accepts the connection and never answers
 * hung tag-go-submodules until the job's own timeout. A real TCP server on 127.0.0.1 that accepts and says
 * nothing stands for it (as a git:// remote), with the input network-timeout at 2 seconds (short: these tests wait it out).
 */

let server: Server;
let port = 0;
const sockets = new Set<Socket>();
let connections = 0;
beforeAll(async () => {
  server = createServer((s) => {
    connections++;
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
    s.on('error', () => undefined);
    s.resume();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  port = (server.address() as AddressInfo).port;
});
afterAll(async () => {
  for (const s of sockets) s.destroy();
  await new Promise((r) => server.close(r));
});

const INPUTS = {
  version: 'v0.9.0',
  exclude: 'src/cloud-api-adaptor/podvm',
  'root-tag': 'true',
  'network-timeout': '2',
};

/** The git:// client hangs up when it is killed: the server sees every connection closed again. */
async function noConnectionLeft(): Promise<void> {
  for (let i = 0; i < 50 && sockets.size > 0; i++) await new Promise((r) => setTimeout(r, 100));
  expect(sockets.size).toBe(0);
}

describe('network-timeout', () => {
  it('ls-remote to a remote that never answers: a clear error after 2 s, nothing created', async () => {
    const { ws } = caaRepo();
    git(ws, 'remote', 'set-url', 'origin', `git://127.0.0.1:${port}/cloud-api-adaptor.git`);
    const before = connections;
    const started = Date.now();
    const r = await runBundle('tag-go-submodules', INPUTS, { workspace: ws, env: GIT_ENV });
    const seconds = (Date.now() - started) / 1000;
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    expect(annotations(r.stdout)).toEqual([
      "::error::git ls-remote --tags origin got no answer within 2 s (input 'network-timeout'); no tag was created or pushed",
    ]);
    expect(connections).toBe(before + 1);
    expect(seconds).toBeGreaterThanOrEqual(2);
    expect(seconds).toBeLessThan(20);
    expect(git(ws, 'tag', '-l')).toBe('');
    await noConnectionLeft();
  }, 30_000);

  it('a push that never finishes: a clear error after 2 s, the local tags deleted, none on the remote', async () => {
    const { ws, remote } = caaRepo();
    // Listing goes to the real remote, the push to the silent one.
    git(ws, 'remote', 'set-url', '--push', 'origin', `git://127.0.0.1:${port}/cloud-api-adaptor.git`);
    const started = Date.now();
    const r = await runBundle('tag-go-submodules', INPUTS, { workspace: ws, env: GIT_ENV });
    const seconds = (Date.now() - started) / 1000;
    expect(r.code).toBe(1);
    expect(annotations(r.stdout)).toEqual([
      "::error::git push --atomic to 'origin' got no answer within 2 s (input 'network-timeout'); the local tags this run created were deleted. The remote may still have taken the push (all tags or none): run again, and tags already there at this commit are skipped",
    ]);
    expect(seconds).toBeGreaterThanOrEqual(2);
    expect(seconds).toBeLessThan(20);
    expect(git(ws, 'tag', '-l')).toBe('');
    expect(tagsOf(remote)).toEqual({});
    await noConnectionLeft();
  }, 30_000);

  it('refuses a timeout that is not a whole number of seconds', async () => {
    const { ws } = caaRepo();
    const r = await runBundle(
      'tag-go-submodules',
      { ...INPUTS, 'network-timeout': '2m' },
      { workspace: ws, env: GIT_ENV },
    );
    expect(r.code).toBe(1);
    expect(annotations(r.stdout)).toEqual([
      "::error::input 'network-timeout' must be a whole number of seconds, 1 or more, got '2m'",
    ]);
  });
});

it('cancel (SIGINT) while git waits on the network: the step ends at once, git with it, no local tag', async () => {
  const { ws } = caaRepo();
  git(ws, 'remote', 'set-url', 'origin', `git://127.0.0.1:${port}/cloud-api-adaptor.git`);
  const before = connections;
  const child = spawnBundle(
    'tag-go-submodules',
    { ...INPUTS, 'network-timeout': '60' },
    { workspace: ws, env: GIT_ENV },
  );
  let stderr = '';
  child.stdout.resume();
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  // Wait until git is connected and waiting for the answer that never comes.
  for (let i = 0; i < 100 && connections === before; i++) await new Promise((r) => setTimeout(r, 50));
  expect(connections).toBe(before + 1);
  const started = Date.now();
  child.kill('SIGINT');
  const code = await new Promise<number | null>((r) => child.on('close', r));
  expect(code).toBe(130);
  expect(stderr).toBe('cancelled by SIGINT\n');
  expect(Date.now() - started).toBeLessThan(5000);
  expect(git(ws, 'tag', '-l')).toBe('');
  await noConnectionLeft();
}, 30_000);
