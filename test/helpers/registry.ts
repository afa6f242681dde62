import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { createHash, randomUUID, sign } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import {
  createServer,
  request as httpRequest,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe } from 'vitest';

/**
 * A real registry for tests: Debian's `docker-registry` package (the CNCF distribution registry 2.8) run
 * with a throwaway configuration on 127.0.0.1, optionally with token auth against a real token server
 * written here (JWTs signed with a key and certificate made by openssl at test time, trusted by the
 * registry through `rootcertbundle` and the `x5c` header). Images are built from bytes and pushed over
 * HTTP by these helpers, independently of the client under test. A small proxy in front of a registry
 * counts requests and injects faults (429, oversized answers, Basic auth, ignored mounts).
 */

function findBinary(name: string, fallback: string): string | undefined {
  const fromEnv = process.env['DOCKER_REGISTRY_BIN'];
  if (name === 'docker-registry' && fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
  if (existsSync(fallback)) return fallback;
  for (const dir of (process.env['PATH'] ?? '').split(delimiter)) {
    if (dir && existsSync(join(dir, name))) return join(dir, name);
  }
  return undefined;
}

export const REGISTRY_BIN = findBinary('docker-registry', '/usr/bin/docker-registry');
const OPENSSL = findBinary('openssl', '/usr/bin/openssl');

export const REGISTRY_SKIP_REASON = !REGISTRY_BIN
  ? 'docker-registry is not installed (apt-get install docker-registry; .ci/run installs it)'
  : !OPENSSL
    ? 'openssl is not installed (the token server makes its key with it)'
    : undefined;

/** `describe`, skipped with the reason in its name when the registry cannot run here. */
export function registryDescribe(name: string, fn: () => void): void {
  if (REGISTRY_SKIP_REASON) {
    describe.skip(`${name} [skipped: ${REGISTRY_SKIP_REASON}]`, fn);
  } else {
    describe(name, fn);
  }
}

const dirs: string[] = [];
function scratch(prefix: string): string {
  const d = mkdtempSync(join(tmpdir(), prefix));
  dirs.push(d);
  return d;
}

function listen(server: Server): Promise<number> {
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)));
}

async function freePort(): Promise<number> {
  const s = createServer();
  const port = await listen(s);
  await new Promise((r) => s.close(r));
  return port;
}

function b64url(data: Buffer | string): string {
  return Buffer.from(data).toString('base64url');
}

// ---------------------------------------------------------------------------------------------- token server

export const TEST_USER = 'release-bot';
export const TEST_PASSWORD = 'correct-horse-battery';

export interface Access {
  type: string;
  name: string;
  actions: string[];
}

export interface TokenRequest {
  /** `anonymous`, the user name, or `rejected` for wrong credentials. */
  who: string;
  scopes: string[];
  granted: Access[];
}

export interface TokenServer {
  realm: string;
  service: string;
  issuer: string;
  certFile: string;
  requests: TokenRequest[];
  /** A token for these rights, signed like the server's (for the test's own pushes). */
  mint(access: Access[]): string;
  close(): Promise<void>;
}

/**
 * A token service as registries expect it (GET realm?service=…&scope=…, optional HTTP Basic). Anonymous
 * callers get pull on every repository outside `private/`; the test user gets pull and push everywhere;
 * wrong credentials get 401.
 */
export async function startTokenServer(): Promise<TokenServer> {
  const dir = scratch('coco-token-');
  const keyFile = join(dir, 'key.pem');
  const certFile = join(dir, 'cert.pem');
  execFileSync(
    OPENSSL!,
    [
      'req',
      '-x509',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:prime256v1',
      '-nodes',
      '-keyout',
      keyFile,
      '-out',
      certFile,
      '-days',
      '2',
      '-subj',
      '/CN=coco-release-test-token-issuer',
    ],
    { stdio: 'ignore' },
  );
  const key = readFileSync(keyFile, 'utf8');
  const certDer = readFileSync(certFile, 'utf8')
    .replace(/-----(BEGIN|END) CERTIFICATE-----/g, '')
    .replace(/\s+/g, '');
  const service = 'coco-test-registry';
  const issuer = 'coco-test-issuer';
  const mint = (access: Access[]): string => {
    const now = Math.floor(Date.now() / 1000);
    const header = { typ: 'JWT', alg: 'ES256', x5c: [certDer] };
    const claims = {
      iss: issuer,
      sub: 'test',
      aud: service,
      exp: now + 300,
      nbf: now - 10,
      iat: now,
      jti: randomUUID(),
      access,
    };
    const input = `${b64url(JSON.stringify(header))}.${b64url(JSON.stringify(claims))}`;
    const signature = sign('sha256', Buffer.from(input), { key, dsaEncoding: 'ieee-p1363' });
    return `${input}.${b64url(signature)}`;
  };
  const requests: TokenRequest[] = [];
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const scopes = url.searchParams
      .getAll('scope')
      .flatMap((s) => s.split(' '))
      .filter((s) => s !== '');
    let who = 'anonymous';
    const auth = req.headers['authorization'];
    if (auth) {
      const [user, ...rest] = Buffer.from(auth.replace(/^Basic /, ''), 'base64')
        .toString('utf8')
        .split(':');
      who =
        auth.startsWith('Basic ') && user === TEST_USER && rest.join(':') === TEST_PASSWORD ? TEST_USER : 'rejected';
    }
    if (who === 'rejected' || url.searchParams.get('service') !== service) {
      requests.push({ who, scopes, granted: [] });
      res.writeHead(401, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ details: who === 'rejected' ? 'invalid username or password' : 'unknown service' }));
      return;
    }
    const granted: Access[] = [];
    for (const s of scopes) {
      const [type, name, actions] = [
        s.slice(0, s.indexOf(':')),
        s.slice(s.indexOf(':') + 1, s.lastIndexOf(':')),
        s.slice(s.lastIndexOf(':') + 1),
      ];
      if (type !== 'repository') continue;
      const allowed = actions
        .split(',')
        .filter((a) =>
          who === TEST_USER ? a === 'pull' || a === 'push' : a === 'pull' && !name.startsWith('private/'),
        );
      granted.push({ type, name, actions: allowed });
    }
    requests.push({ who, scopes, granted });
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ token: mint(granted), expires_in: 300, issued_at: new Date().toISOString() }));
  });
  const port = await listen(server);
  return {
    realm: `http://127.0.0.1:${port}/token`,
    service,
    issuer,
    certFile,
    requests,
    mint,
    close: () => new Promise((r) => server.close(() => r())),
  };
}

// ---------------------------------------------------------------------------------------------- registry

export interface TestRegistry {
  /** `127.0.0.1:<port>`: the registry part of image references. */
  host: string;
  url: string;
  token?: TokenServer;
  /** An Authorization header value with push and pull on `repository`, for the test's own pushes. */
  authFor(repository: string): string | undefined;
  stop(): Promise<void>;
  /** What the registry printed, for a failing test's message. */
  output(): string;
}

export async function startRegistry(options: { token?: TokenServer } = {}): Promise<TestRegistry> {
  if (!REGISTRY_BIN) throw new Error(REGISTRY_SKIP_REASON);
  const dir = scratch('coco-registry-');
  mkdirSync(join(dir, 'data'));
  for (let attempt = 1; ; attempt++) {
    const port = await freePort();
    const config = [
      'version: 0.1',
      'log:',
      '  level: error',
      '  accesslog:',
      '    disabled: true',
      'storage:',
      '  filesystem:',
      `    rootdirectory: ${join(dir, 'data')}`,
      '  delete:',
      '    enabled: true',
      'http:',
      `  addr: 127.0.0.1:${port}`,
      '  secret: coco-release-test-secret',
      'health:',
      '  storagedriver:',
      '    enabled: false',
      ...(options.token
        ? [
            'auth:',
            '  token:',
            `    realm: ${options.token.realm}`,
            `    service: ${options.token.service}`,
            `    issuer: ${options.token.issuer}`,
            `    rootcertbundle: ${options.token.certFile}`,
          ]
        : []),
      '',
    ].join('\n');
    writeFileSync(join(dir, 'config.yml'), config);
    let output = '';
    const child: ChildProcess = spawn(REGISTRY_BIN, ['serve', join(dir, 'config.yml')], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout!.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr!.on('data', (d: Buffer) => (output += d.toString()));
    const exited = new Promise<void>((r) => child.once('exit', () => r()));
    const url = `http://127.0.0.1:${port}`;
    const up = await waitUntilServing(url, child);
    if (!up) {
      child.kill();
      await exited;
      if (attempt < 3 && /address already in use/.test(output)) continue;
      throw new Error(`docker-registry did not start:\n${output}`);
    }
    const token = options.token;
    return {
      host: `127.0.0.1:${port}`,
      url,
      ...(token ? { token } : {}),
      authFor: (repository) =>
        token
          ? `Bearer ${token.mint([{ type: 'repository', name: repository, actions: ['pull', 'push'] }])}`
          : undefined,
      stop: async () => {
        child.kill('SIGTERM');
        await exited;
      },
      output: () => output,
    };
  }
}

async function waitUntilServing(url: string, child: ChildProcess): Promise<boolean> {
  for (let i = 0; i < 200; i++) {
    if (child.exitCode !== null) return false;
    try {
      const res = await fetch(`${url}/v2/`);
      await res.body?.cancel();
      return true;
    } catch {
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  return false;
}

/** Remove the scratch directories of this file's registries and token servers (call in afterAll). */
export function cleanRegistryScratch(): void {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
}

// ---------------------------------------------------------------------------------------------- images

export const OCI_INDEX = 'application/vnd.oci.image.index.v1+json';
export const OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json';
export const DOCKER_LIST = 'application/vnd.docker.distribution.manifest.list.v2+json';
export const DOCKER_MANIFEST = 'application/vnd.docker.distribution.manifest.v2+json';

export interface TestImage {
  mediaType: string;
  manifest: Buffer;
  digest: string;
  /** Config and layers (an image), or nothing (an index). */
  blobs: { digest: string; bytes: Buffer }[];
  /** The images of an index. */
  children: TestImage[];
}

const sha256 = (b: Buffer): string => `sha256:${createHash('sha256').update(b).digest('hex')}`;

/** A one-file POSIX tar archive (ustar), as a layer holds. */
function tarOf(name: string, content: Buffer): Buffer {
  const header = Buffer.alloc(512);
  const field = (offset: number, length: number, value: string): void =>
    void header.write(value, offset, length, 'ascii');
  field(0, 100, name);
  field(100, 8, '0000644\0');
  field(108, 8, '0000000\0');
  field(116, 8, '0000000\0');
  field(124, 12, content.length.toString(8).padStart(11, '0') + '\0');
  field(136, 12, '00000000000\0');
  field(148, 8, '        ');
  field(156, 1, '0');
  field(257, 6, 'ustar\0');
  field(263, 2, '00');
  let sum = 0;
  for (const b of header) sum += b;
  field(148, 8, sum.toString(8).padStart(6, '0') + '\0 ');
  const padding = Buffer.alloc((512 - (content.length % 512)) % 512);
  return Buffer.concat([header, content, padding, Buffer.alloc(1024)]);
}

/** A small image built from bytes: a config, one gzip layer holding one file, a manifest. */
export function buildImage(content: string, options: { arch?: string; docker?: boolean } = {}): TestImage {
  const arch = options.arch ?? 'amd64';
  const tar = tarOf('etc/coco-release-test', Buffer.from(`${content}\n`));
  const layer = gzipSync(tar);
  const config = Buffer.from(
    JSON.stringify({
      architecture: arch,
      os: 'linux',
      config: { Labels: { 'org.opencontainers.image.title': content } },
      rootfs: { type: 'layers', diff_ids: [sha256(tar)] },
      history: [{ created_by: 'coco-release-actions test' }],
    }),
  );
  const manifest = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: options.docker ? DOCKER_MANIFEST : OCI_MANIFEST,
      config: {
        mediaType: options.docker
          ? 'application/vnd.docker.container.image.v1+json'
          : 'application/vnd.oci.image.config.v1+json',
        digest: sha256(config),
        size: config.length,
      },
      layers: [
        {
          mediaType: options.docker
            ? 'application/vnd.docker.image.rootfs.diff.tar.gzip'
            : 'application/vnd.oci.image.layer.v1.tar+gzip',
          digest: sha256(layer),
          size: layer.length,
        },
      ],
    }),
  );
  return {
    mediaType: options.docker ? DOCKER_MANIFEST : OCI_MANIFEST,
    manifest,
    digest: sha256(manifest),
    blobs: [
      { digest: sha256(config), bytes: config },
      { digest: sha256(layer), bytes: layer },
    ],
    children: [],
  };
}

/** A multi-arch index (OCI, or a Docker manifest list) of images. */
export function buildIndex(images: TestImage[], options: { docker?: boolean } = {}): TestImage {
  const mediaType = options.docker ? DOCKER_LIST : OCI_INDEX;
  const manifest = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType,
      manifests: images.map((i) => ({
        mediaType: i.mediaType,
        digest: i.digest,
        size: i.manifest.length,
        platform: { architecture: JSON.parse(i.blobs[0]!.bytes.toString()).architecture, os: 'linux' },
      })),
    }),
  );
  return { mediaType, manifest, digest: sha256(manifest), blobs: [], children: images };
}

async function expectStatus(res: Response, status: number, what: string): Promise<void> {
  if (res.status !== status) throw new Error(`${what}: HTTP ${res.status} ${await res.text()}`);
  await res.body?.cancel();
}

/** Push an image (children of an index first, then blobs, then the manifest) over plain HTTP. */
export async function pushImage(
  reg: TestRegistry,
  repository: string,
  tag: string | undefined,
  image: TestImage,
): Promise<void> {
  const auth = reg.authFor(repository);
  const headers = (extra: Record<string, string> = {}): Record<string, string> => ({
    ...extra,
    ...(auth ? { authorization: auth } : {}),
  });
  for (const child of image.children) await pushImage(reg, repository, undefined, child);
  for (const blob of image.blobs) {
    const start = await fetch(`${reg.url}/v2/${repository}/blobs/uploads/`, { method: 'POST', headers: headers() });
    if (start.status !== 202) throw new Error(`start upload: HTTP ${start.status} ${await start.text()}`);
    const location = new URL(start.headers.get('location')!, reg.url);
    location.searchParams.set('digest', blob.digest);
    const put = await fetch(location, {
      method: 'PUT',
      headers: headers({ 'content-type': 'application/octet-stream' }),
      body: blob.bytes,
    });
    await expectStatus(put, 201, `upload ${blob.digest}`);
  }
  const put = await fetch(`${reg.url}/v2/${repository}/manifests/${tag ?? image.digest}`, {
    method: 'PUT',
    headers: headers({ 'content-type': image.mediaType }),
    body: image.manifest,
  });
  await expectStatus(put, 201, `put manifest ${repository}:${tag ?? image.digest}`);
}

/** The digest a tag holds now, read over plain HTTP; undefined when it does not exist. */
export async function tagDigest(reg: TestRegistry, repository: string, reference: string): Promise<string | undefined> {
  const auth = reg.authFor(repository);
  const res = await fetch(`${reg.url}/v2/${repository}/manifests/${reference}`, {
    method: 'HEAD',
    headers: {
      accept: [OCI_INDEX, OCI_MANIFEST, DOCKER_LIST, DOCKER_MANIFEST].join(', '),
      ...(auth ? { authorization: auth } : {}),
    },
  });
  if (res.status === 404) return undefined;
  if (res.status !== 200) throw new Error(`HEAD ${repository}:${reference}: HTTP ${res.status}`);
  return res.headers.get('docker-content-digest') ?? undefined;
}

/** The bytes of a blob or manifest, read over plain HTTP. */
export async function readFromRegistry(
  reg: TestRegistry,
  repository: string,
  kind: 'blobs' | 'manifests',
  digest: string,
): Promise<Buffer | undefined> {
  const auth = reg.authFor(repository);
  const res = await fetch(`${reg.url}/v2/${repository}/${kind}/${digest}`, {
    headers: {
      accept: [OCI_INDEX, OCI_MANIFEST, DOCKER_LIST, DOCKER_MANIFEST].join(', '),
      ...(auth ? { authorization: auth } : {}),
    },
  });
  if (res.status === 404) return undefined;
  if (res.status !== 200) throw new Error(`GET ${repository}/${kind}/${digest}: HTTP ${res.status}`);
  return Buffer.from(await res.arrayBuffer());
}

// ---------------------------------------------------------------------------------------------- proxy

export interface ProxyRequest {
  method: string;
  /** Path and query, as received. */
  path: string;
  status: number;
}

/**
 * Answers a request itself (returns true) or lets it through (false). It runs before forwarding, so it can
 * count, refuse or rewrite (`req.url` may be changed).
 */
export type Fault = (req: IncomingMessage, res: ServerResponse) => boolean | Promise<boolean>;

export interface FaultProxy {
  host: string;
  url: string;
  log: ProxyRequest[];
  fault?: Fault;
  /** Bytes the proxy wrote in answers it made itself (to see that a client stopped reading). */
  bytesSent: number;
  close(): Promise<void>;
}

/** An HTTP proxy on 127.0.0.1 in front of `upstream`, keeping the Host header so upload URLs come back to it. */
export async function startFaultProxy(upstream: string): Promise<FaultProxy> {
  const target = new URL(upstream);
  const proxy: FaultProxy = {
    host: '',
    url: '',
    log: [],
    bytesSent: 0,
    close: () =>
      new Promise((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
  const server = createServer(async (req, res) => {
    const entry: ProxyRequest = { method: req.method ?? '', path: req.url ?? '', status: 0 };
    proxy.log.push(entry);
    res.on('finish', () => (entry.status = res.statusCode));
    res.on('close', () => (entry.status ||= res.statusCode));
    if (proxy.fault && (await proxy.fault(req, res))) return;
    const forward = httpRequest(
      { host: target.hostname, port: target.port, method: req.method, path: req.url, headers: req.headers },
      (up) => {
        res.writeHead(up.statusCode ?? 502, up.headers);
        up.pipe(res);
      },
    );
    forward.on('error', () => {
      if (!res.headersSent) res.writeHead(502);
      res.end();
    });
    req.pipe(forward);
  });
  const port = await listen(server);
  proxy.host = `127.0.0.1:${port}`;
  proxy.url = `http://${proxy.host}`;
  return proxy;
}
