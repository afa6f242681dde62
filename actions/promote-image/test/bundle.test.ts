import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import { annotations, runBundle } from '../../../test/helpers/bundle.js';
import { runAsBundle } from '../../../test/helpers/in-process.js';
import {
  buildImage,
  buildIndex,
  cleanRegistryScratch,
  OCI_INDEX,
  OCI_MANIFEST,
  pushImage,
  readFromRegistry,
  registryDescribe,
  startFaultProxy,
  startRegistry,
  startTokenServer,
  tagDigest,
  TEST_PASSWORD,
  TEST_USER,
  type FaultProxy,
  type TestImage,
  type TestRegistry,
  type TokenServer,
} from '../../../test/helpers/registry.js';
import { workspace } from '../../../test/helpers/workspace.js';
import { promoteImage } from '../src/main.js';

/**
 * dist/promote-image/index.js on Node 24 against a real distribution registry with token auth, through a
 * proxy that records every request (and can refuse with 429): the release tag gets exactly the candidate's
 * digest, same repository or across repositories (blobs mounted, an index's children first), a release tag
 * is never moved, and re-runs change nothing.
 */

let token: TokenServer;
let reg: TestRegistry;
let proxy: FaultProxy;
/** The registry as the action sees it: through the recording proxy. */
let host: string;
const SHA = 'e0ef1b5a1e4a3d6dbb7c4d4d8f8d3a8f2a0b5c71';
const single = buildImage('cloud-api-adaptor candidate');
const multi = buildIndex([
  buildImage('cloud-api-adaptor amd64', { arch: 'amd64' }),
  buildImage('cloud-api-adaptor s390x', { arch: 's390x' }),
]);
const rebuilt = buildImage('cloud-api-adaptor rebuilt later');
const CREDS = { username: TEST_USER, token: TEST_PASSWORD };

beforeAll(async () => {
  token = await startTokenServer();
  reg = await startRegistry({ token });
  proxy = await startFaultProxy(reg.url);
  host = proxy.host;
  await pushImage(reg, 'coco/cloud-api-adaptor', SHA, single);
  await pushImage(reg, 'coco/cloud-api-adaptor', 'rebuilt', rebuilt);
  await pushImage(reg, 'ci/cloud-api-adaptor', SHA, multi);
}, 60_000);

beforeEach(() => {
  proxy.log.length = 0;
  delete proxy.fault;
});

afterAll(async () => {
  await proxy?.close();
  await reg?.stop();
  await token?.close();
  cleanRegistryScratch();
});

/** The action's logic in this process, through the runner protocol (exit code, stdout, outputs, summary). */
const run = (inputs: Record<string, string>) => runAsBundle(promoteImage, inputs, { workspace: workspace() });
/** The committed dist/promote-image/index.js on Node 24, as the runner runs it: the bundle's smoke tests. */
const runOnNode24 = (inputs: Record<string, string>) => runBundle('promote-image', inputs, { workspace: workspace() });
/** Requests that could change the registry. */
const writes = (): string[] =>
  proxy.log.filter((r) => !['GET', 'HEAD'].includes(r.method)).map((r) => `${r.method} ${r.path}`);
const shape = (): string[] =>
  proxy.log.map((r) =>
    `${r.method} ${r.path} ${r.status}`.replace(/sha256:[0-9a-f]{64}/g, 'D').replace(/[?&](mount|from)=[^& ]*/g, ''),
  );

async function holds(repository: string, image: TestImage): Promise<boolean> {
  for (const child of image.children) if (!(await holds(repository, child))) return false;
  if (!(await readFromRegistry(reg, repository, 'manifests', image.digest))?.equals(image.manifest)) return false;
  for (const b of image.blobs)
    if (!(await readFromRegistry(reg, repository, 'blobs', b.digest))?.equals(b.bytes)) return false;
  return true;
}

registryDescribe('promote-image (real registry with token auth)', () => {
  it('same repository: the release tag gets the candidate digest; a re-run is a no-op (the bundle on Node 24)', async () => {
    const image = `${host}/coco/cloud-api-adaptor`;
    const r = await runOnNode24({ image, from: SHA, to: 'v0.22.0', ...CREDS });
    expect(r.code).toBe(0);
    expect(r.outputs).toEqual({
      digest: single.digest,
      promoted: 'true',
      reference: `${image}:v0.22.0@${single.digest}`,
    });
    expect(await tagDigest(reg, 'coco/cloud-api-adaptor', 'v0.22.0')).toBe(single.digest);
    expect(r.summary).toBe(
      [
        `### promote-image: ✓ \`${image}:v0.22.0\``,
        '',
        '|  |  |',
        '| --- | --- |',
        `| candidate | \`${image}:${SHA}\` |`,
        `| release tag | \`${image}:v0.22.0\` |`,
        `| digest | \`${single.digest}\` |`,
        `| media type | \`${OCI_MANIFEST}\` |`,
        '| result | promoted: 1 manifest(s) put |',
        '',
        '6 registry request(s).',
        '',
        '',
      ].join('\n'),
    );
    expect(shape()).toEqual([
      `GET /v2/coco/cloud-api-adaptor/manifests/${SHA} 401`,
      `GET /v2/coco/cloud-api-adaptor/manifests/${SHA} 200`,
      'HEAD /v2/coco/cloud-api-adaptor/manifests/v0.22.0 404',
      'PUT /v2/coco/cloud-api-adaptor/manifests/v0.22.0 201',
      // The read-back: the tag holds what was put.
      'HEAD /v2/coco/cloud-api-adaptor/manifests/v0.22.0 200',
    ]);
    expect(token.requests.at(-1)).toEqual({
      who: TEST_USER,
      scopes: ['repository:coco/cloud-api-adaptor:pull,push'],
      granted: [{ type: 'repository', name: 'coco/cloud-api-adaptor', actions: ['pull', 'push'] }],
    });

    proxy.log.length = 0;
    const again = await run({ image, from: SHA, to: 'v0.22.0', ...CREDS });
    expect(again.code).toBe(0);
    expect(again.outputs).toEqual({
      digest: single.digest,
      promoted: 'false',
      reference: `${image}:v0.22.0@${single.digest}`,
    });
    expect(again.summary).toContain(`### promote-image: \`${image}:v0.22.0\` already holds the candidate\n`);
    expect(again.summary).toContain('| result | nothing to do: the release tag already holds this digest |\n');
    expect(again.stdout).toContain(`${image}:v0.22.0 already holds ${single.digest}: nothing to do\n`);
    expect(writes()).toEqual([]);
  });

  it('across repositories: a multi-arch index with its blobs mounted and children put first; re-run no-op', async () => {
    const image = `${host}/coco/peerpods`;
    const from = `${host}/ci/cloud-api-adaptor:${SHA}`;
    const r = await run({ image, from, to: 'v0.22.0', ...CREDS });
    expect(r.code).toBe(0);
    expect(r.outputs['digest']).toBe(multi.digest);
    expect(r.outputs['promoted']).toBe('true');
    expect(await tagDigest(reg, 'coco/peerpods', 'v0.22.0')).toBe(multi.digest);
    expect(await holds('coco/peerpods', multi)).toBe(true);
    expect(r.summary).toContain(`| media type | \`${OCI_INDEX}\` |\n`);
    expect(r.summary).toContain(
      '| result | promoted: 3 manifest(s) put, 4 blob(s) mounted, 0 streamed, 0 already there |\n',
    );
    expect(r.summary).toContain('\n14 registry request(s).\n');
    const log = shape();
    expect(log.slice(0, 3)).toEqual([
      `GET /v2/ci/cloud-api-adaptor/manifests/${SHA} 401`,
      `GET /v2/ci/cloud-api-adaptor/manifests/${SHA} 200`,
      'HEAD /v2/coco/peerpods/manifests/v0.22.0 404',
    ]);
    expect(log.filter((l) => l === 'POST /v2/coco/peerpods/blobs/uploads/ 201')).toHaveLength(4);
    expect(log.filter((l) => l.startsWith('PUT'))).toEqual([
      'PUT /v2/coco/peerpods/manifests/D 201',
      'PUT /v2/coco/peerpods/manifests/D 201',
      'PUT /v2/coco/peerpods/manifests/v0.22.0 201',
    ]);
    // One token for the whole run: push on the target and pull on the source, in one request.
    expect(token.requests.at(-1)).toEqual({
      who: TEST_USER,
      scopes: ['repository:ci/cloud-api-adaptor:pull', 'repository:coco/peerpods:pull,push'],
      granted: [
        { type: 'repository', name: 'ci/cloud-api-adaptor', actions: ['pull'] },
        { type: 'repository', name: 'coco/peerpods', actions: ['pull', 'push'] },
      ],
    });

    proxy.log.length = 0;
    const again = await run({ image, from, to: 'v0.22.0', ...CREDS });
    expect(again.outputs['promoted']).toBe('false');
    expect(writes()).toEqual([]);
    expect(again.summary).toContain('\n4 registry request(s).\n');
  });

  it('refuses to move a release tag that holds another digest, and changes nothing (the bundle on Node 24)', async () => {
    const image = `${host}/coco/cloud-api-adaptor`;
    await pushImage(reg, 'coco/cloud-api-adaptor', 'v0.21.0', single);
    const r = await runOnNode24({ image, from: 'rebuilt', to: 'v0.21.0', ...CREDS });
    expect(r.code).toBe(1);
    expect(annotations(r.stdout)).toEqual([
      `::error::refusing to move ${image}:v0.21.0: it already holds ${single.digest}, and ${image}:rebuilt is ` +
        `${rebuilt.digest}. A release tag never moves: promote to another tag, or delete the wrong tag by hand if ` +
        'nobody can have pulled it',
    ]);
    expect(r.outputs).toEqual({});
    expect(await tagDigest(reg, 'coco/cloud-api-adaptor', 'v0.21.0')).toBe(single.digest);
    expect(writes()).toEqual([]);
  });

  it('dry run: reads and reports, writes nothing, needs no push access', async () => {
    const image = `${host}/coco/cloud-api-adaptor`;
    const r = await run({ image, from: SHA, to: 'v0.23.0-rc1', 'dry-run': 'true' });
    expect(r.code).toBe(0);
    expect(r.outputs).toEqual({
      digest: single.digest,
      promoted: 'false',
      reference: `${image}:v0.23.0-rc1@${single.digest}`,
    });
    expect(r.summary).toContain(`### promote-image: \`${image}:v0.23.0-rc1\` (dry run, nothing written)\n`);
    expect(r.summary).toContain('| result | would be promoted |\n');
    expect(r.stdout).toContain(`dry run: ${image}:v0.23.0-rc1 would get ${single.digest} from ${image}:${SHA}\n`);
    expect(writes()).toEqual([]);
    expect(await tagDigest(reg, 'coco/cloud-api-adaptor', 'v0.23.0-rc1')).toBeUndefined();
    expect(token.requests.at(-1)?.who).toBe('anonymous');
  });

  it('401 without push credentials, 404 for a missing candidate, 429 that never ends: explained, nothing written', async () => {
    const image = `${host}/coco/cloud-api-adaptor`;
    const anonymous = await run({ image, from: SHA, to: 'v0.24.0' });
    expect(anonymous.code).toBe(1);
    expect(annotations(anonymous.stdout)).toEqual([
      `::error::${host} requires credentials to push the manifest ${image}:v0.24.0 (HTTP 401 UNAUTHORIZED: ` +
        'authentication required): the repository is private or does not exist, or the step needs push access; ' +
        'set the token and username inputs',
    ]);
    expect(await tagDigest(reg, 'coco/cloud-api-adaptor', 'v0.24.0')).toBeUndefined();

    const missing = await run({ image, from: 'f'.repeat(40), to: 'v0.24.0', ...CREDS });
    expect(annotations(missing.stdout)).toEqual([
      `::error::${image}:${'f'.repeat(40)} does not exist (HTTP 404 MANIFEST_UNKNOWN)`,
    ]);
    const elsewhere = await run({ image, from: `${host}/ci/nothing:${SHA}`, to: 'v0.24.0', ...CREDS });
    expect(annotations(elsewhere.stdout)).toEqual([
      `::error::repository ${host}/ci/nothing does not exist (HTTP 404 NAME_UNKNOWN)`,
    ]);

    proxy.fault = (_req, res) => {
      res.writeHead(429, { 'retry-after': '0', 'content-type': 'application/json' });
      res.end('{"errors":[{"code":"TOOMANYREQUESTS","message":"rate limited"}]}');
      return true;
    };
    proxy.log.length = 0;
    const limited = await run({ image, from: SHA, to: 'v0.24.0', ...CREDS });
    expect(annotations(limited.stdout)).toEqual([
      `::error::${host} answered HTTP 429 Too Many Requests to GET /v2/coco/cloud-api-adaptor/manifests/${SHA} 4 ` +
        'times in a row: the registry is rate limiting; run the step again later',
    ]);
    expect(proxy.log).toHaveLength(4);
    expect(await tagDigest(reg, 'coco/cloud-api-adaptor', 'v0.24.0')).toBeUndefined();
  });

  it('429 once with Retry-After: waits and promotes', async () => {
    let left = 1;
    proxy.fault = (_req, res) => {
      if (left-- <= 0) return false;
      res.writeHead(429, { 'retry-after': '1' });
      res.end();
      return true;
    };
    const image = `${host}/coco/cloud-api-adaptor`;
    const started = Date.now();
    const r = await run({ image, from: SHA, to: 'v0.25.0', ...CREDS });
    expect(r.code).toBe(0);
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
    expect(r.outputs['promoted']).toBe('true');
    expect(shape()[0]).toBe(`GET /v2/coco/cloud-api-adaptor/manifests/${SHA} 429`);
    expect(r.summary).toContain('\n7 registry request(s).\n');
  });

  it('refuses bad inputs before any request', async () => {
    const r = await run({
      image: `${host}/coco/cloud-api-adaptor`,
      from: 'sha256:abc',
      to: 'v1.0.0/x',
      username: TEST_USER,
    });
    expect(r.code).toBe(1);
    expect(annotations(r.stdout)).toEqual([
      "::error::input 'from' 'sha256:abc': not a valid digest",
      "::error::input 'to' 'v1.0.0/x': invalid tag 'v1.0.0/x': a tag is a letter, digit or '_' followed by letters, digits, '.', '_' or '-'",
      "::error::input 'token' is required with 'username'",
    ]);
    const noTag = await run({
      image: `${host}/coco/cloud-api-adaptor`,
      from: `${host}/ci/cloud-api-adaptor`,
      to: 'v1',
    });
    expect(annotations(noTag.stdout)).toEqual([
      `::error::input 'from' '${host}/ci/cloud-api-adaptor': name the candidate's tag or digest (registry/repository:tag)`,
    ]);
    expect(proxy.log).toEqual([]);
  });
});
