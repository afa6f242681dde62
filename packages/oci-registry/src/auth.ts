import { UserError } from '@coco-release/core';
import { parseChallenges } from './challenge.js';
import { clip, RegistryError } from './errors.js';
import { discard, readBounded, type Http } from './http.js';
import { isLoopback } from './reference.js';

/**
 * Registry authentication as Docker and the distribution spec's token auth do it: the first request goes
 * out anonymous; a 401 names the scheme. For `Bearer realm=…,service=…,scope=…` a token is fetched from the
 * realm (anonymously, or with the credentials as HTTP Basic) and cached per set of scopes until it expires;
 * later requests to that registry get a token up front, without another 401. For `Basic`, the credentials go
 * with every request.
 */

export interface Credentials {
  username: string;
  /** A password or an access token; it is never put into a message. */
  password: string;
}

/**
 * The actions' `token` and `username` inputs as credentials for one registry: both or neither. Registries
 * check the pair at their token service (quay.io: a robot account `org+name` and its token; ghcr.io: the
 * GitHub user and a token with packages access; Docker Hub: the user and an access token).
 */
export function credentialsFromInputs(registry: string, token: string, username: string): Record<string, Credentials> {
  if (token === '' && username === '') return {};
  if (username === '') {
    throw new UserError(
      "input 'username' is required with 'token': the account the token belongs to (quay.io: the robot " +
        'account, such as confidential-containers+release; ghcr.io: the GitHub user, e.g. github.actor)',
    );
  }
  if (token === '') throw new UserError("input 'token' is required with 'username'");
  return { [registry]: { username, password: token } };
}

type Scheme = { kind: 'bearer'; realm: string; service?: string } | { kind: 'basic' };

interface Token {
  value: string;
  expiresAt: number;
}

/** Token answers are small JSON objects; a megabyte is generous. */
const MAX_TOKEN_BYTES = 1024 * 1024;
/** The spec's default when a token answer gives no `expires_in`. */
const DEFAULT_TOKEN_SECONDS = 60;

/** `repository:<name>:<actions>` as registries expect it. */
export function repositoryScope(repository: string, actions: 'pull' | 'pull,push'): string {
  return `repository:${repository}:${actions}`;
}

/**
 * One scope per resource with the union of its actions, sorted: `repository:x:pull` and
 * `repository:x:pull,push` make `repository:x:pull,push`, so a token for the second serves the first.
 */
export function normalizeScopes(scopes: readonly string[]): string[] {
  const actions = new Map<string, Set<string>>();
  for (const scope of scopes) {
    const cut = scope.lastIndexOf(':');
    const resource = cut > 0 ? scope.slice(0, cut) : scope;
    const set = actions.get(resource) ?? new Set<string>();
    if (cut > 0) for (const a of scope.slice(cut + 1).split(',')) if (a !== '') set.add(a);
    actions.set(resource, set);
  }
  return [...actions]
    .map(([resource, set]) => (set.size > 0 ? `${resource}:${[...set].sort().join(',')}` : resource))
    .sort();
}

function scopeKey(registry: string, scopes: readonly string[]): string {
  return `${registry}\n${normalizeScopes(scopes).join(' ')}`;
}

export interface RetryDecision {
  retry: boolean;
  /** The scopes to ask for on the retry: the request's own and any the challenge added. */
  scopes: string[];
}

export class Auth {
  private readonly schemes = new Map<string, Scheme>();
  private readonly tokens = new Map<string, Promise<Token>>();

  constructor(
    private readonly http: Http,
    private readonly credentialsFor: (registry: string) => Credentials | undefined,
  ) {}

  /** The Authorization header for a request, or undefined while the registry has not asked for any. */
  async header(registry: string, scopes: readonly string[]): Promise<string | undefined> {
    const scheme = this.schemes.get(registry);
    if (scheme === undefined) return undefined;
    if (scheme.kind === 'basic') {
      const creds = this.credentialsFor(registry);
      return creds ? basic(creds) : undefined;
    }
    return `Bearer ${(await this.token(registry, scheme, scopes)).value}`;
  }

  /**
   * After a 401: learn the registry's scheme and decide whether one more attempt can succeed. `sent` is the
   * Authorization header the refused request carried.
   */
  challenged(registry: string, res: Response, scopes: readonly string[], sent: string | undefined): RetryDecision {
    const no: RetryDecision = { retry: false, scopes: [...scopes] };
    const challenges = parseChallenges(res.headers.get('www-authenticate') ?? '');
    const bearer = challenges.find((c) => c.scheme === 'bearer');
    const basicChallenge = challenges.find((c) => c.scheme === 'basic');
    if (bearer) {
      const realm = bearer.params['realm'];
      if (!realm || !/^https?:\/\//i.test(realm)) return no;
      const service = bearer.params['service'];
      this.schemes.set(registry, { kind: 'bearer', realm, ...(service !== undefined ? { service } : {}) });
      const asked = (bearer.params['scope'] ?? '').split(' ').filter((s) => s !== '');
      const merged = normalizeScopes([...scopes, ...asked]);
      if (sent?.startsWith('Bearer ')) {
        // The token was refused. A token for more scopes may help; the same scopes again only when the token
        // had gone stale (invalid_token), never when it simply lacks the rights (insufficient_scope).
        if (scopeKey(registry, merged) !== scopeKey(registry, scopes)) return { retry: true, scopes: merged };
        if (bearer.params['error'] === 'insufficient_scope') return no;
        this.tokens.delete(scopeKey(registry, scopes));
        return { retry: true, scopes: merged };
      }
      return { retry: true, scopes: merged };
    }
    if (basicChallenge) {
      if (sent?.startsWith('Basic ') || !this.credentialsFor(registry)) return no;
      this.schemes.set(registry, { kind: 'basic' });
      return { retry: true, scopes: [...scopes] };
    }
    return no;
  }

  private token(registry: string, scheme: Scheme & { kind: 'bearer' }, scopes: readonly string[]): Promise<Token> {
    const key = scopeKey(registry, scopes);
    const cached = this.tokens.get(key);
    if (cached) {
      return cached.then((t) => {
        if (t.expiresAt > Date.now()) return t;
        if (this.tokens.get(key) === cached) this.tokens.delete(key);
        return this.token(registry, scheme, scopes);
      });
    }
    const fresh = this.fetchToken(registry, scheme, scopes);
    this.tokens.set(key, fresh);
    fresh.catch(() => {
      if (this.tokens.get(key) === fresh) this.tokens.delete(key);
    });
    return fresh;
  }

  private async fetchToken(
    registry: string,
    scheme: Scheme & { kind: 'bearer' },
    scopes: readonly string[],
  ): Promise<Token> {
    const url = new URL(scheme.realm);
    if (scheme.service !== undefined) url.searchParams.set('service', scheme.service);
    for (const s of normalizeScopes(scopes)) url.searchParams.append('scope', s);
    const host = `the token service of ${registry} (${url.origin})`;
    const creds = this.credentialsFor(registry);
    const headers: Record<string, string> = { accept: 'application/json' };
    if (creds) {
      if (url.protocol !== 'https:' && !isLoopback(url.host)) {
        throw new RegistryError(`${host}: refusing to send credentials over plain HTTP`);
      }
      headers['authorization'] = basic(creds);
    }
    const issued = Date.now();
    const res = await this.http.send({ method: 'GET', url: url.href, headers, host });
    if (res.status === 401 || res.status === 403) {
      const detail = await errorText(res);
      throw new RegistryError(
        creds
          ? `${host} refused the credentials of user '${creds.username}' (HTTP ${res.status}${detail}): ` +
              'check the token and username inputs'
          : `${host} refused an anonymous token (HTTP ${res.status}${detail}): ` +
              'this registry needs credentials; set the token and username inputs',
        res.status,
      );
    }
    if (!res.ok) {
      const detail = await errorText(res);
      throw new RegistryError(`${host} answered HTTP ${res.status}${detail}`, res.status);
    }
    const body = await readBounded(res, MAX_TOKEN_BYTES, `the answer of ${host}`);
    let doc: { token?: unknown; access_token?: unknown; expires_in?: unknown };
    try {
      doc = JSON.parse(new TextDecoder().decode(body)) as typeof doc;
    } catch {
      throw new RegistryError(`${host} answered with something that is not JSON`);
    }
    const value = typeof doc.token === 'string' && doc.token !== '' ? doc.token : doc.access_token;
    if (typeof value !== 'string' || value === '') throw new RegistryError(`${host} answered without a token`);
    const seconds = typeof doc.expires_in === 'number' && doc.expires_in > 0 ? doc.expires_in : DEFAULT_TOKEN_SECONDS;
    // Renew a little early, so a token does not expire between the check and the registry's own.
    return { value, expiresAt: issued + Math.max(seconds - 5, 1) * 1000 };
  }
}

function basic(creds: Credentials): string {
  return `Basic ${Buffer.from(`${creds.username}:${creds.password}`, 'utf8').toString('base64')}`;
}

/** `: <details>` from a token service's or registry's JSON error, or ''. */
async function errorText(res: Response): Promise<string> {
  let text: string;
  try {
    text = new TextDecoder().decode(await readBounded(res, 64 * 1024, 'error'));
  } catch {
    await discard(res);
    return '';
  }
  try {
    const doc = JSON.parse(text) as { details?: unknown; detail?: unknown; error?: unknown; errors?: unknown };
    const first = Array.isArray(doc.errors) ? (doc.errors[0] as { code?: unknown; message?: unknown }) : undefined;
    const parts = [first?.code, first?.message ?? doc.details ?? doc.detail ?? doc.error].filter(
      (p): p is string => typeof p === 'string' && p !== '',
    );
    return parts.length > 0 ? `: ${clip(parts.join(' '))}` : '';
  } catch {
    return '';
  }
}
