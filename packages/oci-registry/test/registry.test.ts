import { afterAll, beforeAll, expect, it } from 'vitest';
import { checkImagesExist, promoteImage, RegistryClient, repositoryScope } from '../src/index.js';
import {
  buildImage,
  buildIndex,
  cleanRegistryScratch,
  DOCKER_LIST,
  DOCKER_MANIFEST,
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

/**
 * The client against a real distribution registry (Debian's docker-registry) on 127.0.0.1: token auth
 * through a real token server, the four manifest types, 401/403/404/429, timeouts, bounded answers, digest
 * checks, Basic auth, mounts and streamed copies. Request counts come from the client's own log.
 */

let token: TokenServer;
let secured: TestRegistry;
let open: TestRegistry;
const proxies: FaultProxy[] = [];

const oci = buildImage('oci image');
const index = buildIndex([buildImage('amd64 image', { arch: 'amd64' }), buildImage('arm64 image', { arch: 'arm64' })]);
const docker = buildImage('docker image', { docker: true });
const dockerList = buildIndex(
  [
    buildImage('docker amd64', { arch: 'amd64', docker: true }),
    buildImage('docker arm64', { arch: 'arm64', docker: true }),
  ],
  { docker: true },
);
const IMAGES: [string, TestImage][] = [
  ['oci', oci],
  ['index', index],
  ['docker', docker],
  ['dockerlist', dockerList],
];
const PULL = [repositoryScope('ci/caa', 'pull')];
const CREDS = { username: TEST_USER, password: TEST_PASSWORD };

beforeAll(async () => {
  token = await startTokenServer();
  secured = await startRegistry({ token });
  open = await startRegistry();
  for (const reg of [secured, open]) {
    for (const [tag, image] of IMAGES) await pushImage(reg, 'ci/caa', tag, image);
  }
  await pushImage(secured, 'private/caa', 'secret', oci);
}, 60_000);

afterAll(async () => {
  for (const p of proxies) await p.close();
  await secured?.stop();
  await open?.stop();
  await token?.close();
  cleanRegistryScratch();
});

async function proxy(upstream: TestRegistry): Promise<FaultProxy> {
  const p = await startFaultProxy(upstream.url);
  proxies.push(p);
  return p;
}

/** `METHOD /path STATUS` for each request the client sent, ports replaced by names. */
function trail(client: RegistryClient, names: Record<string, string>): string[] {
  return client.http.log.map((r) => {
    const u = new URL(r.url);
    return `${r.method} ${names[u.host] ?? u.host}${u.pathname} ${r.status}`;
  });
}

registryDescribe('RegistryClient against distribution 2.8 with token auth', () => {
  it('reads the four manifest types: one 401 and one anonymous token, then one HEAD each', async () => {
    const client = new RegistryClient();
    const heads = [];
    for (const [tag] of IMAGES)
      heads.push(await client.headManifest({ registry: secured.host, repository: 'ci/caa', tag }, PULL));
    expect(heads).toEqual([
      { digest: oci.digest, mediaType: OCI_MANIFEST },
      { digest: index.digest, mediaType: OCI_INDEX },
      { digest: docker.digest, mediaType: DOCKER_MANIFEST },
      { digest: dockerList.digest, mediaType: DOCKER_LIST },
    ]);
    const names = { [secured.host]: 'registry', [new URL(token.realm).host]: 'tokens' };
    expect(trail(client, names)).toEqual([
      'HEAD registry/v2/ci/caa/manifests/oci 401',
      'GET tokens/token 200',
      'HEAD registry/v2/ci/caa/manifests/oci 200',
      'HEAD registry/v2/ci/caa/manifests/index 200',
      'HEAD registry/v2/ci/caa/manifests/docker 200',
      'HEAD registry/v2/ci/caa/manifests/dockerlist 200',
    ]);
    expect(token.requests.at(-1)).toEqual({
      who: 'anonymous',
      scopes: ['repository:ci/caa:pull'],
      granted: [{ type: 'repository', name: 'ci/caa', actions: ['pull'] }],
    });

    for (const [tag, image] of IMAGES) {
      const m = await client.getManifest({ registry: secured.host, repository: 'ci/caa', tag }, PULL);
      expect(Buffer.from(m.bytes).equals(image.manifest)).toBe(true);
      expect(m.digest).toBe(image.digest);
      expect(m.mediaType).toBe(image.mediaType);
      expect(m.manifests.map((d) => d.digest)).toEqual(image.children.map((c) => c.digest));
      expect(m.blobs.map((d) => d.digest)).toEqual(image.blobs.map((b) => b.digest));
    }
    expect(client.requests).toBe(10);
  });

  it('sends credentials to the token service as HTTP Basic; wrong ones are explained without the password', async () => {
    const good = new RegistryClient({ credentials: { [secured.host]: CREDS } });
    expect(
      await good.headManifest({ registry: secured.host, repository: 'private/caa', tag: 'secret' }, [
        repositoryScope('private/caa', 'pull'),
      ]),
    ).toEqual({ digest: oci.digest, mediaType: OCI_MANIFEST });
    expect(token.requests.at(-1)?.who).toBe(TEST_USER);

    const bad = new RegistryClient({
      credentials: { [secured.host]: { username: TEST_USER, password: 'wrong-pass' } },
    });
    const error = await bad
      .headManifest({ registry: secured.host, repository: 'ci/caa', tag: 'oci' }, PULL)
      .catch((e: Error) => e);
    expect((error as Error).message).toBe(
      `the token service of ${secured.host} (${new URL(token.realm).origin}) refused the credentials of user ` +
        "'release-bot' (HTTP 401: invalid username or password): check the token and username inputs",
    );
    expect((error as Error).message).not.toContain('wrong-pass');
    expect(bad.requests).toBe(2);
  });

  it('a private repository read anonymously: the 401 says credentials are needed, after one token', async () => {
    const client = new RegistryClient();
    const ref = { registry: secured.host, repository: 'private/caa', tag: 'secret' };
    await expect(client.headManifest(ref, [repositoryScope('private/caa', 'pull')])).rejects.toThrow(
      `${secured.host} requires credentials to read ${secured.host}/private/caa:secret (HTTP 401): the repository ` +
        'is private or does not exist, or the step needs push access; set the token and username inputs',
    );
    // Anonymous, then a token with no rights, then the refusal: no pointless second token.
    expect(client.http.log.map((r) => r.status)).toEqual([401, 200, 401]);
    await expect(client.getManifest(ref, [repositoryScope('private/caa', 'pull')])).rejects.toThrow(
      `${secured.host} requires credentials to read ${secured.host}/private/caa:secret (HTTP 401 UNAUTHORIZED: authentication required)`,
    );
  });

  it('404: a missing tag is undefined for HEAD and named by GET; a missing repository is NAME_UNKNOWN', async () => {
    const client = new RegistryClient();
    const repo = { registry: secured.host, repository: 'ci/caa' };
    expect(await client.headManifest({ ...repo, tag: 'nope' }, PULL)).toBeUndefined();
    await expect(client.getManifest({ ...repo, tag: 'nope' }, PULL)).rejects.toThrow(
      `${secured.host}/ci/caa:nope does not exist (HTTP 404 MANIFEST_UNKNOWN)`,
    );
    const missing = { registry: secured.host, repository: 'nothing/here' };
    const scopes = [repositoryScope('nothing/here', 'pull')];
    await expect(client.getManifest({ ...missing, tag: 'x' }, scopes)).rejects.toThrow(
      `repository ${secured.host}/nothing/here does not exist (HTTP 404 NAME_UNKNOWN)`,
    );
    expect(await client.repositoryExists(missing, scopes)).toBe(false);
    expect(await client.repositoryExists(repo, PULL)).toBe(true);
  });

  it('checkImagesExist: one HEAD per reference after the first contact, missing ones false', async () => {
    const client = new RegistryClient();
    const refs = [
      `${secured.host}/ci/caa:oci`,
      `${secured.host}/ci/caa:nope`,
      `${secured.host}/ci/caa@${index.digest}`,
      `${secured.host}/ci/caa:dockerlist`,
      `  ${secured.host}/ci/caa:index  `,
    ];
    expect(await checkImagesExist(refs, { client })).toEqual([
      { ref: refs[0], exists: true, digest: oci.digest, mediaType: OCI_MANIFEST },
      { ref: refs[1], exists: false },
      { ref: refs[2], exists: true, digest: index.digest, mediaType: OCI_INDEX },
      { ref: refs[3], exists: true, digest: dockerList.digest, mediaType: DOCKER_LIST },
      { ref: refs[4]!.trim(), exists: true, digest: index.digest, mediaType: OCI_INDEX },
    ]);
    // The first request learns the token realm alone; the other four go out together with the token.
    expect(client.requests).toBe(2 + refs.length);
    await expect(checkImagesExist([`${secured.host}/ci/caa`])).rejects.toThrow(
      `${secured.host}/ci/caa: name a tag or a digest to check`,
    );
  });
});

registryDescribe('RegistryClient through a fault-injecting proxy', () => {
  it('429: waits for Retry-After and succeeds; one that never relents, or asks too long, is explained', async () => {
    const p = await proxy(open);
    let refusals = 1;
    p.fault = (_req, res) => {
      if (refusals <= 0) return false;
      refusals--;
      res.writeHead(429, { 'retry-after': '1', 'content-type': 'application/json' });
      res.end('{"errors":[{"code":"TOOMANYREQUESTS","message":"slow down"}]}');
      return true;
    };
    const ref = { registry: p.host, repository: 'ci/caa', tag: 'oci' };
    const client = new RegistryClient();
    const started = Date.now();
    expect(await client.headManifest(ref, PULL)).toEqual({ digest: oci.digest, mediaType: OCI_MANIFEST });
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
    expect(client.http.log.map((r) => r.status)).toEqual([429, 200]);

    refusals = Infinity;
    p.fault = (_req, res) => {
      res.writeHead(429, { 'retry-after': '0' });
      res.end();
      return true;
    };
    const again = new RegistryClient();
    await expect(again.headManifest(ref, PULL)).rejects.toThrow(
      `${p.host} answered HTTP 429 Too Many Requests to HEAD /v2/ci/caa/manifests/oci 4 times in a row: ` +
        'the registry is rate limiting; run the step again later',
    );
    expect(again.requests).toBe(4);

    p.fault = (_req, res) => {
      res.writeHead(429, { 'retry-after': '3600' });
      res.end();
      return true;
    };
    const patient = new RegistryClient();
    await expect(patient.headManifest(ref, PULL)).rejects.toThrow(
      `${p.host} answered HTTP 429 Too Many Requests to HEAD /v2/ci/caa/manifests/oci and asks to retry after ` +
        '3600 s, longer than this step waits (10 s): run it again later',
    );
    expect(patient.requests).toBe(1);
  });

  it('a retry says what it waits for: the request, why, and in how long (onRetry)', async () => {
    const p = await proxy(open);
    let refusals = 2;
    p.fault = (_req, res) => {
      if (refusals <= 0) return false;
      res.writeHead(503, refusals-- === 2 ? { 'retry-after': '0' } : {});
      res.end();
      return true;
    };
    const ref = { registry: p.host, repository: 'ci/caa', tag: 'oci' };
    const lines: string[] = [];
    const client = new RegistryClient({ onRetry: (line) => lines.push(line) });
    expect(await client.headManifest(ref, PULL)).toEqual({ digest: oci.digest, mediaType: OCI_MANIFEST });
    expect(lines).toEqual([
      `${p.host}: HEAD /v2/ci/caa/manifests/oci answered HTTP 503: retry 1 of 3 in 0 s (Retry-After)`,
      `${p.host}: HEAD /v2/ci/caa/manifests/oci answered HTTP 503: retry 2 of 3 in 1 s`,
    ]);

    p.fault = () => true; // never answers
    lines.length = 0;
    const silent = new RegistryClient({ timeoutMs: 300, retries: 1, onRetry: (line) => lines.push(line) });
    await expect(silent.headManifest(ref, PULL)).rejects.toThrow(
      `${p.host}: no answer within 0.3 s to HEAD /v2/ci/caa/manifests/oci, 2 attempt(s)`,
    );
    expect(lines).toEqual([
      `${p.host}: HEAD /v2/ci/caa/manifests/oci got no answer within 0.3 s: retry 1 of 1 in 0.5 s`,
    ]);
  });

  it('a huge manifest is refused at 4 MiB, streamed or declared, without reading the rest', async () => {
    const p = await proxy(open);
    const ref = { registry: p.host, repository: 'ci/caa', tag: 'oci' };
    const chunk = Buffer.alloc(1024 * 1024, 0x20);
    p.fault = (req, res) => {
      if (req.method !== 'GET') return false;
      res.writeHead(200, { 'content-type': OCI_MANIFEST });
      let sent = 0;
      const pump = (): void => {
        while (sent < 64 && !res.destroyed) {
          sent++;
          p.bytesSent += chunk.length;
          if (!res.write(chunk)) return void res.once('drain', pump);
        }
        res.end();
      };
      res.on('close', () => (sent = 64));
      pump();
      return true;
    };
    await expect(new RegistryClient({ retries: 0 }).getManifest(ref, PULL)).rejects.toThrow(
      `the manifest of ${p.host}/ci/caa:oci is larger than the 4 MiB this step reads: refused`,
    );
    expect(p.bytesSent).toBeLessThan(16 * 1024 * 1024);

    p.bytesSent = 0;
    p.fault = (req, res) => {
      if (req.method !== 'GET') return false;
      res.writeHead(200, { 'content-type': OCI_MANIFEST, 'content-length': String(100 * 1024 * 1024) });
      res.write(chunk);
      p.bytesSent += chunk.length;
      return true;
    };
    await expect(new RegistryClient({ retries: 0 }).getManifest(ref, PULL)).rejects.toThrow(
      `the manifest of ${p.host}/ci/caa:oci is 100 MiB, more than the 4 MiB this step reads: refused`,
    );
    expect(p.bytesSent).toBe(1024 * 1024);
  });

  it('a manifest whose bytes do not hash to its digest is refused', async () => {
    const p = await proxy(open);
    p.fault = (req, res) => {
      if (req.method !== 'GET') return false;
      const tampered = Buffer.concat([oci.manifest, Buffer.from(' ')]);
      res.writeHead(200, { 'content-type': OCI_MANIFEST, 'docker-content-digest': oci.digest });
      res.end(tampered);
      return true;
    };
    const client = new RegistryClient();
    const error = await client
      .getManifest({ registry: p.host, repository: 'ci/caa', tag: 'oci' }, PULL)
      .catch((e: Error) => e);
    expect((error as Error).message).toMatch(
      new RegExp(
        `^${p.host}/ci/caa:oci: the registry sent a manifest whose bytes hash to sha256:[0-9a-f]{64}, not ${oci.digest}: refused$`,
      ),
    );
    // Asked by digest, the digest asked for is the one checked.
    await expect(
      client.getManifest({ registry: p.host, repository: 'ci/caa', digest: oci.digest }, PULL),
    ).rejects.toThrow(`not ${oci.digest}: refused`);
  });

  it('a registry that does not answer times out, retried a bounded number of times', async () => {
    const p = await proxy(open);
    p.fault = () => true; // never answers
    const client = new RegistryClient({ timeoutMs: 300, retries: 1 });
    await expect(client.headManifest({ registry: p.host, repository: 'ci/caa', tag: 'oci' }, PULL)).rejects.toThrow(
      `${p.host}: no answer within 0.3 s to HEAD /v2/ci/caa/manifests/oci, 2 attempt(s)`,
    );
    expect(client.requests).toBe(2);
  });

  it('Basic auth: the credentials follow the challenge; none or wrong ones are explained', async () => {
    const p = await proxy(open);
    const expected = `Basic ${Buffer.from(`${TEST_USER}:${TEST_PASSWORD}`).toString('base64')}`;
    p.fault = (req, res) => {
      if (req.headers['authorization'] === expected) return false;
      res.writeHead(401, { 'www-authenticate': 'Basic realm="coco test"', 'content-type': 'application/json' });
      res.end('{"errors":[{"code":"UNAUTHORIZED","message":"authentication required"}]}');
      return true;
    };
    const ref = { registry: p.host, repository: 'ci/caa', tag: 'oci' };
    const client = new RegistryClient({ credentials: { [p.host]: CREDS } });
    expect(await client.headManifest(ref, PULL)).toEqual({ digest: oci.digest, mediaType: OCI_MANIFEST });
    expect(await client.headManifest({ ...ref, tag: 'index' }, PULL)).toEqual({
      digest: index.digest,
      mediaType: OCI_INDEX,
    });
    expect(client.http.log.map((r) => r.status)).toEqual([401, 200, 200]);

    await expect(new RegistryClient().getManifest(ref, PULL)).rejects.toThrow(
      `${p.host} requires credentials to read ${p.host}/ci/caa:oci (HTTP 401 UNAUTHORIZED: authentication required): ` +
        'the repository is private or does not exist, or the step needs push access; set the token and username inputs',
    );
    const wrong = new RegistryClient({ credentials: { [p.host]: { username: TEST_USER, password: 'nope' } } });
    await expect(wrong.getManifest(ref, PULL)).rejects.toThrow(
      `${p.host} refused to read ${p.host}/ci/caa:oci with the credentials of 'release-bot' (HTTP 401 UNAUTHORIZED: ` +
        `authentication required): they lack the access this needs on ${p.host}/ci/caa, or the repository does not exist`,
    );
    expect(wrong.requests).toBe(2);
  });
});

registryDescribe('promoteImage: blobs mounted, streamed when a mount is ignored, or copied across registries', () => {
  async function contentOf(reg: TestRegistry, repository: string, image: TestImage): Promise<boolean> {
    for (const child of image.children) if (!(await contentOf(reg, repository, child))) return false;
    const m = await readFromRegistry(reg, repository, 'manifests', image.digest);
    if (!m?.equals(image.manifest)) return false;
    for (const b of image.blobs) {
      const bytes = await readFromRegistry(reg, repository, 'blobs', b.digest);
      if (!bytes?.equals(b.bytes)) return false;
    }
    return true;
  }

  it('a registry that ignores the mount gets each blob streamed into the upload it opened', async () => {
    const p = await proxy(open);
    p.fault = (req) => {
      // Like a registry that does not mount: the query is dropped, so the registry opens a plain upload (202).
      if (req.method === 'POST' && req.url?.includes('mount=')) req.url = req.url.slice(0, req.url.indexOf('?'));
      return false;
    };
    const client = new RegistryClient();
    const result = await promoteImage(client, {
      source: { registry: p.host, repository: 'ci/caa', tag: 'index' },
      target: { registry: p.host, repository: 'ignored/mount', tag: 'v1.0.0' },
    });
    expect(result).toEqual({
      outcome: 'promoted',
      digest: index.digest,
      mediaType: OCI_INDEX,
      crossRepository: true,
      manifestsPut: 3,
      blobs: { mounted: 0, streamed: 4, present: 0 },
    });
    expect(await tagDigest(open, 'ignored/mount', 'v1.0.0')).toBe(index.digest);
    expect(await contentOf(open, 'ignored/mount', index)).toBe(true);
    const kinds = p.log.map(
      (r) => `${r.method} ${r.path.replace(/[?].*$/, '').replace(/[0-9a-f]{64}|[0-9a-f-]{36}/g, '…')} ${r.status}`,
    );
    expect(kinds.filter((k) => k.startsWith('POST')).length).toBe(4);
    expect(kinds.filter((k) => k === 'GET /v2/ci/caa/blobs/sha256:… 200').length).toBe(4);
    expect(kinds.filter((k) => k === 'PUT /v2/ignored/mount/blobs/uploads/… 201').length).toBe(4);
    // One GET of the index and of each child, one PUT of each child and of the index, one HEAD of the tag
    // before and one after the PUT (the read-back).
    expect(client.requests).toBe(1 + 1 + 2 + 4 * 3 + 2 + 1 + 1);
  });

  it('across registries: each missing blob is streamed, present ones are skipped, children go first', async () => {
    const client = new RegistryClient({ credentials: { [secured.host]: CREDS } });
    const result = await promoteImage(client, {
      source: { registry: open.host, repository: 'ci/caa', tag: 'dockerlist' },
      target: { registry: secured.host, repository: 'coco/from-elsewhere', tag: 'v2.0.0' },
    });
    expect(result).toEqual({
      outcome: 'promoted',
      digest: dockerList.digest,
      mediaType: DOCKER_LIST,
      crossRepository: true,
      manifestsPut: 3,
      blobs: { mounted: 0, streamed: 4, present: 0 },
    });
    expect(await tagDigest(secured, 'coco/from-elsewhere', 'v2.0.0')).toBe(dockerList.digest);
    expect(await contentOf(secured, 'coco/from-elsewhere', dockerList)).toBe(true);
    const names = { [secured.host]: 'target', [open.host]: 'source', [new URL(token.realm).host]: 'tokens' };
    const log = trail(client, names).map((l) =>
      l.replace(/sha256:[0-9a-f]{64}/g, 'D').replace(/uploads\/[0-9a-f-]+/, 'uploads/U'),
    );
    // Every child manifest is put before the list that names it, and the tag is put last.
    const puts = log.filter((l) => l.startsWith('PUT target/v2/coco/from-elsewhere/manifests/'));
    expect(puts).toEqual([
      'PUT target/v2/coco/from-elsewhere/manifests/D 201',
      'PUT target/v2/coco/from-elsewhere/manifests/D 201',
      'PUT target/v2/coco/from-elsewhere/manifests/v2.0.0 201',
    ]);
    expect(log.filter((l) => l === 'HEAD target/v2/coco/from-elsewhere/blobs/D 404').length).toBe(4);
    expect(log.filter((l) => l === 'GET source/v2/ci/caa/blobs/D 200').length).toBe(4);

    // The same content into a second repository of the target: a re-run of the copy finds nothing missing
    // when the blobs are there already (pushed before by the test), and only puts manifests.
    await pushImage(secured, 'coco/prefilled', undefined, dockerList.children[0]!);
    await pushImage(secured, 'coco/prefilled', undefined, dockerList.children[1]!);
    const again = await promoteImage(new RegistryClient({ credentials: { [secured.host]: CREDS } }), {
      source: { registry: open.host, repository: 'ci/caa', tag: 'dockerlist' },
      target: { registry: secured.host, repository: 'coco/prefilled', tag: 'v2.0.0' },
    });
    expect(again.blobs).toEqual({ mounted: 0, streamed: 0, present: 4 });
  });
});
