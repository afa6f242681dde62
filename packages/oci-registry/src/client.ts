import { Auth, type Credentials } from './auth.js';
import { clip, RegistryError } from './errors.js';
import { discard, formatBytes, Http, readBounded, type HttpOptions, type RequestBody } from './http.js';
import { ACCEPT_MANIFESTS, digestOf, parseManifest, type Descriptor, type Manifest } from './manifest.js';
import {
  DIGEST_PATTERN,
  formatReference,
  isLoopback,
  registryBaseUrl,
  type ImageReference,
  type Repository,
} from './reference.js';

/**
 * The OCI Distribution API (https://github.com/opencontainers/distribution-spec) for what releases need:
 * manifests by tag or digest (HEAD, GET, PUT) and blobs (HEAD, cross-repository mount, streamed copy). Every
 * request carries the registry scopes it needs, so one token serves a whole operation.
 */

export interface ClientOptions extends HttpOptions {
  /** Credentials by registry, as written in references (`quay.io`, `127.0.0.1:5000`). */
  credentials?: Readonly<Record<string, Credentials>>;
  /** Registries spoken to over plain HTTP. Default: loopback ones (localhost, 127.0.0.0/8, ::1). */
  plainHttp?: (registry: string) => boolean;
  /** Largest manifest read; the distribution spec suggests registries accept at least 4 MiB. */
  maxManifestBytes?: number;
  /** Per blob transfer (a layer may be large). Default 15 minutes. */
  blobTimeoutMs?: number;
}

export interface ManifestHead {
  digest: string;
  mediaType: string;
}

export interface RequestSpec {
  method: string;
  /** Below `/v2/`, e.g. `<name>/manifests/<reference>`, or an absolute URL the registry gave (uploads). */
  path: string;
  scopes: readonly string[];
  headers?: Record<string, string>;
  body?: () => Promise<RequestBody> | RequestBody;
  timeoutMs?: number;
  /** For messages: `read quay.io/x:tag`. */
  what: string;
}

export const DEFAULT_MAX_MANIFEST_BYTES = 4 * 1024 * 1024;
const MAX_ERROR_BYTES = 64 * 1024;
const DEFAULT_BLOB_TIMEOUT_MS = 15 * 60_000;

/** The tag or digest a reference names; a digest wins, since it is what the registry serves. */
export function referenceOf(ref: ImageReference): string {
  const r = ref.digest ?? ref.tag;
  if (r === undefined) throw new RegistryError(`${formatReference(ref)} names neither a tag nor a digest`);
  return r;
}

export class RegistryClient {
  readonly http: Http;
  private readonly auth: Auth;
  private readonly credentials: Readonly<Record<string, Credentials>>;
  private readonly plainHttp: (registry: string) => boolean;
  private readonly maxManifestBytes: number;
  private readonly blobTimeoutMs: number;
  private readonly firstContact = new Map<string, Promise<void>>();

  constructor(options: ClientOptions = {}) {
    this.http = new Http(options);
    this.credentials = options.credentials ?? {};
    this.auth = new Auth(this.http, (registry) => this.credentials[registry]);
    this.plainHttp = options.plainHttp ?? isLoopback;
    this.maxManifestBytes = options.maxManifestBytes ?? DEFAULT_MAX_MANIFEST_BYTES;
    this.blobTimeoutMs = options.blobTimeoutMs ?? DEFAULT_BLOB_TIMEOUT_MS;
  }

  /** Requests sent so far (token requests and retries included). */
  get requests(): number {
    return this.http.requests;
  }

  private url(registry: string, path: string): string {
    if (/^https?:\/\//i.test(path)) return path;
    const base = registryBaseUrl(registry, this.plainHttp(registry));
    return path.startsWith('/') ? `${base}${path}` : `${base}/v2/${path}`;
  }

  /**
   * One request with authentication: anonymous or with a known token first, then once more after a 401.
   * The first request to a registry goes alone: requests sent beside it would each meet the same 401.
   */
  async request(repo: Repository, spec: RequestSpec): Promise<Response> {
    const first = this.firstContact.get(repo.registry);
    if (first) {
      await first;
      return this.authenticated(repo, spec);
    }
    const done = this.authenticated(repo, spec);
    this.firstContact.set(
      repo.registry,
      done.then(
        () => undefined,
        () => undefined,
      ),
    );
    return done;
  }

  private async authenticated(repo: Repository, spec: RequestSpec): Promise<Response> {
    const url = this.url(repo.registry, spec.path);
    // Credentials go only to the registry itself, never to another host an upload URL may point at.
    const sameOrigin = new URL(url).origin === new URL(this.url(repo.registry, '/')).origin;
    let scopes = [...spec.scopes];
    for (let attempt = 0; ; attempt++) {
      const authorization = sameOrigin ? await this.auth.header(repo.registry, scopes) : undefined;
      const res = await this.http.send({
        method: spec.method,
        url,
        headers: { ...spec.headers, ...(authorization ? { authorization } : {}) },
        ...(spec.body ? { body: spec.body } : {}),
        ...(spec.timeoutMs !== undefined ? { timeoutMs: spec.timeoutMs } : {}),
        host: repo.registry,
      });
      if (res.status !== 401 || attempt > 0 || !sameOrigin) return res;
      const decision = this.auth.challenged(repo.registry, res, scopes, authorization);
      if (!decision.retry) return res;
      await discard(res);
      scopes = decision.scopes;
    }
  }

  /** A RegistryError explaining a non-2xx answer, with the registry's own error code when it gave one. */
  async failure(res: Response, repo: Repository, what: string): Promise<RegistryError> {
    let code: string | undefined;
    let message: string | undefined;
    try {
      const text = new TextDecoder().decode(await readBounded(res, MAX_ERROR_BYTES, 'error'));
      const doc = JSON.parse(text) as { errors?: { code?: unknown; message?: unknown }[] };
      const first = Array.isArray(doc.errors) ? doc.errors[0] : undefined;
      if (typeof first?.code === 'string') code = clip(first.code, 60);
      if (typeof first?.message === 'string') message = clip(first.message);
    } catch {
      await discard(res);
    }
    const status = res.status;
    const detail = `HTTP ${status}${code ? ` ${code}` : ''}${message ? `: ${message}` : ''}`;
    const creds = this.credentials[repo.registry];
    const name = `${repo.registry}/${repo.repository}`;
    let text: string;
    if (status === 401) {
      text = creds
        ? `${repo.registry} refused to ${what} with the credentials of '${creds.username}' (${detail}): they lack ` +
          `the access this needs on ${name}, or the repository does not exist`
        : `${repo.registry} requires credentials to ${what} (${detail}): the repository is private or does not ` +
          'exist, or the step needs push access; set the token and username inputs';
    } else if (status === 403) {
      text =
        `${repo.registry} denied access to ${what} (${detail}): ` +
        (creds
          ? `the credentials of '${creds.username}' lack permission on ${name}`
          : 'set the token and username inputs');
    } else if (status === 404 && code === 'NAME_UNKNOWN') {
      return missingRepository(repo);
    } else if (status === 404) {
      text = `cannot ${what}: not found (${detail})`;
    } else {
      text = `${repo.registry} answered ${detail} to ${what}`;
    }
    return new RegistryError(text, status, code);
  }

  /** The digest and type of a manifest, or undefined when the tag (or digest) does not exist. One HEAD. */
  async headManifest(ref: ImageReference, scopes: readonly string[]): Promise<ManifestHead | undefined> {
    const what = `read ${formatReference(ref)}`;
    const res = await this.request(ref, {
      method: 'HEAD',
      path: `${ref.repository}/manifests/${referenceOf(ref)}`,
      scopes,
      headers: { accept: ACCEPT_MANIFESTS },
      what,
    });
    if (res.status === 404) return undefined;
    if (!res.ok) throw await this.failure(res, ref, what);
    await discard(res);
    const digest = res.headers.get('docker-content-digest') ?? '';
    const mediaType = (res.headers.get('content-type') ?? '').split(';')[0]!.trim();
    if (DIGEST_PATTERN.test(digest) && mediaType !== '') return { digest, mediaType };
    // A registry that leaves the digest out of HEAD answers: read the manifest and hash it.
    const m = await this.getManifest(ref, scopes);
    return { digest: m.digest, mediaType: m.mediaType };
  }

  /**
   * A manifest's exact bytes, at most maxManifestBytes, checked against its digest: the one asked for, or
   * the Docker-Content-Digest the registry sent.
   */
  async getManifest(ref: ImageReference, scopes: readonly string[]): Promise<Manifest> {
    const where = formatReference(ref);
    const what = `read ${where}`;
    const res = await this.request(ref, {
      method: 'GET',
      path: `${ref.repository}/manifests/${referenceOf(ref)}`,
      scopes,
      headers: { accept: ACCEPT_MANIFESTS },
      what,
    });
    if (!res.ok) {
      const err = await this.failure(res, ref, what);
      if (err.status !== 404 || err.code === 'NAME_UNKNOWN') throw err;
      // Distribution answers MANIFEST_UNKNOWN for a repository that does not exist either: one more
      // request, on this failure only, says which it is.
      if (!(await this.repositoryExists(ref, scopes))) throw missingRepository(ref);
      throw new RegistryError(`${where} does not exist (HTTP 404${err.code ? ` ${err.code}` : ''})`, 404, err.code);
    }
    const bytes = await readBounded(res, this.maxManifestBytes, `the manifest of ${where}`);
    const served = res.headers.get('docker-content-digest');
    const expected = ref.digest ?? (served !== null && DIGEST_PATTERN.test(served) ? served : undefined);
    const algorithm = expected?.startsWith('sha512:') ? 'sha512' : 'sha256';
    const actual = digestOf(bytes, algorithm);
    if (expected !== undefined && actual !== expected) {
      throw new RegistryError(
        `${where}: the registry sent a manifest whose bytes hash to ${actual}, not ${expected}: refused`,
      );
    }
    return parseManifest(bytes, res.headers.get('content-type') ?? '', actual, where);
  }

  /** PUT a manifest's exact bytes under a tag or digest; returns the digest the registry stored. */
  async putManifest(
    target: Repository,
    reference: string,
    manifest: Manifest,
    scopes: readonly string[],
  ): Promise<string> {
    const where = formatReference(
      DIGEST_PATTERN.test(reference) ? { ...target, digest: reference } : { ...target, tag: reference },
    );
    const what = `push the manifest ${where}`;
    const res = await this.request(target, {
      method: 'PUT',
      path: `${target.repository}/manifests/${reference}`,
      scopes,
      headers: { 'content-type': manifest.mediaType },
      body: () => manifest.bytes,
      what,
    });
    if (!res.ok) throw await this.failure(res, target, what);
    await discard(res);
    const stored = res.headers.get('docker-content-digest');
    if (stored !== null && stored !== manifest.digest) {
      throw new RegistryError(`${where}: the registry stored ${stored}, expected ${manifest.digest}`);
    }
    return manifest.digest;
  }

  async blobExists(repo: Repository, digest: string, scopes: readonly string[]): Promise<boolean> {
    const what = `check blob ${digest} in ${repo.registry}/${repo.repository}`;
    const res = await this.request(repo, { method: 'HEAD', path: `${repo.repository}/blobs/${digest}`, scopes, what });
    if (res.status === 404) return false;
    if (!res.ok) throw await this.failure(res, repo, what);
    await discard(res);
    return true;
  }

  /**
   * Ask the registry to link a blob of another repository into `target`
   * (`POST /v2/<target>/blobs/uploads/?mount=<digest>&from=<from>`). 201: done. 202: the registry did not
   * mount (it cannot see the blob, or does not mount at all) and opened an upload session instead, whose
   * URL is returned for a streamed copy.
   */
  async mountBlob(
    target: Repository,
    from: Repository,
    digest: string,
    scopes: readonly string[],
  ): Promise<{ mounted: true } | { mounted: false; location: string }> {
    const what = `mount blob ${digest} from ${from.repository} into ${target.registry}/${target.repository}`;
    const query = `mount=${encodeURIComponent(digest)}&from=${encodeURIComponent(from.repository)}`;
    const res = await this.request(target, {
      method: 'POST',
      path: `${target.repository}/blobs/uploads/?${query}`,
      scopes,
      headers: { 'content-length': '0' },
      what,
    });
    if (res.status === 201) {
      await discard(res);
      return { mounted: true };
    }
    if (res.status !== 202) throw await this.failure(res, target, what);
    await discard(res);
    return { mounted: false, location: this.location(res, target, what) };
  }

  /** Open an upload session (`POST /v2/<target>/blobs/uploads/`); returns its URL. */
  async startUpload(target: Repository, scopes: readonly string[]): Promise<string> {
    const what = `start a blob upload to ${target.registry}/${target.repository}`;
    const res = await this.request(target, {
      method: 'POST',
      path: `${target.repository}/blobs/uploads/`,
      scopes,
      headers: { 'content-length': '0' },
      what,
    });
    if (res.status !== 202) throw await this.failure(res, target, what);
    await discard(res);
    return this.location(res, target, what);
  }

  private location(res: Response, target: Repository, what: string): string {
    const location = res.headers.get('location');
    if (!location) throw new RegistryError(`${target.registry} gave no upload location to ${what}`);
    return new URL(location, this.url(target.registry, '/')).href;
  }

  /**
   * Copy one blob into an upload session as a stream (never held in memory): GET it from the source
   * repository, PUT it to the session with `?digest=`; the registry checks the digest.
   */
  async copyBlob(
    source: Repository,
    sourceScopes: readonly string[],
    target: Repository,
    location: string,
    blob: Descriptor,
    targetScopes: readonly string[],
  ): Promise<void> {
    const readWhat = `read blob ${blob.digest} from ${source.registry}/${source.repository}`;
    const open = async (): Promise<ReadableStream<Uint8Array>> => {
      const res = await this.request(source, {
        method: 'GET',
        path: `${source.repository}/blobs/${blob.digest}`,
        scopes: sourceScopes,
        timeoutMs: this.blobTimeoutMs,
        what: readWhat,
      });
      if (!res.ok) throw await this.failure(res, source, readWhat);
      const length = res.headers.get('content-length');
      if (length !== null && Number(length) !== blob.size) {
        await discard(res);
        throw new RegistryError(`${readWhat}: ${length} bytes served, the manifest says ${blob.size}`);
      }
      return res.body ?? new ReadableStream({ start: (c) => c.close() });
    };
    const url = new URL(location);
    url.searchParams.set('digest', blob.digest);
    const what = `upload blob ${blob.digest} (${formatBytes(blob.size)}) to ${target.registry}/${target.repository}`;
    const res = await this.request(target, {
      method: 'PUT',
      path: url.href,
      scopes: targetScopes,
      headers: { 'content-type': 'application/octet-stream', 'content-length': String(blob.size) },
      body: open,
      timeoutMs: this.blobTimeoutMs,
      what,
    });
    if (res.status !== 201) throw await this.failure(res, target, what);
    await discard(res);
  }

  /** `GET /v2/<name>/tags/list?n=1`: whether the repository exists (404 NAME_UNKNOWN), for a clear message. */
  async repositoryExists(repo: Repository, scopes: readonly string[]): Promise<boolean> {
    const what = `list the tags of ${repo.registry}/${repo.repository}`;
    const res = await this.request(repo, { method: 'GET', path: `${repo.repository}/tags/list?n=1`, scopes, what });
    if (res.ok) {
      await discard(res);
      return true;
    }
    const err = await this.failure(res, repo, what);
    if (err.status === 404) return false;
    throw err;
  }
}

export function missingRepository(repo: Repository): RegistryError {
  return new RegistryError(
    `repository ${repo.registry}/${repo.repository} does not exist (HTTP 404 NAME_UNKNOWN)`,
    404,
    'NAME_UNKNOWN',
  );
}
