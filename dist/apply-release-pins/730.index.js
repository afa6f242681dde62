export const id = 730;
export const ids = [730];
export const modules = {

/***/ 5730:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  checkImagesExist: () => (/* reexport */ checkImagesExist),
  credentialsFromInputs: () => (/* reexport */ credentialsFromInputs),
  parseRepository: () => (/* reexport */ parseRepository)
});

// UNUSED EXPORTS: ACCEPT_MANIFESTS, Auth, DEFAULT_MAX_MANIFEST_BYTES, DIGEST_PATTERN, DOCKER_HUB, DOCKER_MANIFEST, DOCKER_MANIFEST_LIST, Http, MANIFEST_TYPES, OCI_INDEX, OCI_MANIFEST, RegistryClient, RegistryError, SHA_PLACEHOLDER, clip, digestOf, digestProblem, expandTagTemplate, findNewestImage, firstParentCommits, formatBytes, formatReference, isIndexType, isLoopback, missingRepository, normalizeScopes, parseChallenges, parseManifest, parseReference, promoteImage, readBounded, referenceOf, registryBaseUrl, repositoryScope, retryAfterMs, sameRepository, tagProblem, tagTemplateProblem

// EXTERNAL MODULE: ./packages/core/src/index.ts + 12 modules
var src = __webpack_require__(7275);
;// CONCATENATED MODULE: ./packages/oci-registry/src/reference.ts

const DOCKER_HUB = 'docker.io';
/** Docker Hub's API host: `docker.io` itself only redirects browsers. */
const DOCKER_HUB_API = 'registry-1.docker.io';
const DIGEST_PATTERN = /^(?:sha256:[a-f0-9]{64}|sha512:[a-f0-9]{128})$/;
const COMPONENT = '[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*';
const REPOSITORY_PATTERN = new RegExp(`^${COMPONENT}(?:/${COMPONENT})*$`);
const HOST_LABEL = '[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?';
const REGISTRY_PATTERN = new RegExp(`^(?:${HOST_LABEL}(?:\\.${HOST_LABEL})*|\\[[0-9A-Fa-f:.]+\\])(?::([0-9]{1,5}))?$`);
/** distribution/reference's NameTotalLengthMax. */
const MAX_NAME_LENGTH = 255;
function reference_tagProblem(tag) {
    if (tag === '')
        return 'the tag is empty';
    if (src/* OCI_TAG */.Pz.test(tag))
        return undefined;
    if (tag.length > 128)
        return `the tag is ${tag.length} characters long; at most 128 are allowed`;
    return `invalid tag '${tag}': a tag is a letter, digit or '_' followed by letters, digits, '.', '_' or '-'`;
}
function digestProblem(digest) {
    if (DIGEST_PATTERN.test(digest))
        return undefined;
    return `invalid digest '${digest}': expected sha256: and 64 lowercase hex digits (or sha512: and 128)`;
}
function registryProblem(registry) {
    const m = REGISTRY_PATTERN.exec(registry);
    if (!m)
        return `invalid registry '${registry}'`;
    if (m[1] !== undefined && (Number(m[1]) < 1 || Number(m[1]) > 65535)) {
        return `invalid port in registry '${registry}'`;
    }
    return undefined;
}
function repositoryProblem(repository) {
    if (repository === '')
        return 'the repository is empty';
    if (REPOSITORY_PATTERN.test(repository))
        return undefined;
    if (/[A-Z]/.test(repository))
        return `invalid repository '${repository}': repository names are lowercase`;
    return (`invalid repository '${repository}': path components are lowercase letters and digits, separated by ` +
        "'.', '_', '__' or dashes, and joined by '/'");
}
/** Split `text` into registry and the rest, applying Docker Hub's defaults. */
function splitRegistry(name) {
    const slash = name.indexOf('/');
    const first = slash === -1 ? '' : name.slice(0, slash);
    if (slash !== -1 && (first.includes('.') || first.includes(':') || first === 'localhost')) {
        return { registry: first, repository: name.slice(slash + 1) };
    }
    return { registry: DOCKER_HUB, repository: slash === -1 ? `library/${name}` : name };
}
/**
 * Parse `[registry/]repository[:tag][@digest]`. `what` names the input in messages
 * (`input 'from'`); a problem is a UserError that quotes the reference.
 */
function parseReference(text, what = 'image reference') {
    const ref = text.trim();
    const fail = (problem) => {
        throw new src/* UserError */.yo(`${what} '${ref}': ${problem}`);
    };
    if (ref === '')
        throw new src/* UserError */.yo(`${what} is empty`);
    if (/\s/.test(ref))
        fail('it contains whitespace');
    const at = ref.indexOf('@');
    let digest;
    let rest = ref;
    if (at !== -1) {
        digest = ref.slice(at + 1);
        rest = ref.slice(0, at);
        const problem = digestProblem(digest);
        if (problem)
            fail(problem);
    }
    let tag;
    const colon = rest.lastIndexOf(':');
    if (colon > rest.lastIndexOf('/')) {
        tag = rest.slice(colon + 1);
        rest = rest.slice(0, colon);
        const problem = reference_tagProblem(tag);
        if (problem)
            fail(problem);
    }
    const { registry, repository } = splitRegistry(rest);
    const problem = registryProblem(registry) ?? repositoryProblem(repository);
    if (problem)
        fail(problem);
    if (registry.length + 1 + repository.length > MAX_NAME_LENGTH) {
        fail(`the name is longer than ${MAX_NAME_LENGTH} characters`);
    }
    return { registry, repository, ...(tag !== undefined ? { tag } : {}), ...(digest !== undefined ? { digest } : {}) };
}
/** `registry/repository` with neither tag nor digest: what the actions' `image` input holds. */
function parseRepository(text, what = "input 'image'") {
    const ref = parseReference(text, what);
    if (ref.tag !== undefined || ref.digest !== undefined) {
        throw new src/* UserError */.yo(`${what} '${text.trim()}': give the repository alone (registry/repository), without ` +
            (ref.digest !== undefined ? `@${ref.digest}` : `:${ref.tag}`));
    }
    return { registry: ref.registry, repository: ref.repository };
}
/** The canonical text: `registry/repository[:tag][@digest]`. */
function reference_formatReference(ref) {
    return `${ref.registry}/${ref.repository}${ref.tag !== undefined ? `:${ref.tag}` : ''}${ref.digest !== undefined ? `@${ref.digest}` : ''}`;
}
function reference_sameRepository(a, b) {
    return a.registry === b.registry && a.repository === b.repository;
}
/** Host name of a registry, without port or IPv6 brackets. */
function hostOf(registry) {
    if (registry.startsWith('['))
        return registry.slice(1, registry.indexOf(']'));
    const colon = registry.lastIndexOf(':');
    return colon === -1 ? registry : registry.slice(0, colon);
}
/** localhost, 127.0.0.0/8 and ::1: the registries Docker talks to over plain HTTP by default. */
function isLoopback(registry) {
    const host = hostOf(registry).toLowerCase();
    return host === 'localhost' || host === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}
/** Base URL of a registry's API: HTTPS, except for `plainHttp` registries. */
function registryBaseUrl(registry, plainHttp) {
    const host = registry === DOCKER_HUB ? DOCKER_HUB_API : registry;
    return `${plainHttp ? 'http' : 'https'}://${host}`;
}

;// CONCATENATED MODULE: ./packages/oci-registry/src/errors.ts

/**
 * A registry said no, or could not be reached. It is a UserError: the fix is on the user's side (a token,
 * a name, a retry later), so it is reported as one line without a stack trace. Messages never hold
 * credentials: they are built from the request's method, path and the registry's own error code.
 */
class RegistryError extends src/* UserError */.yo {
    status;
    code;
    constructor(message, 
    /** HTTP status, when the registry answered. */
    status, 
    /** The registry's error code (`MANIFEST_UNKNOWN`, `NAME_UNKNOWN`, `DENIED`, `TOOMANYREQUESTS`…). */
    code) {
        super(message);
        this.status = status;
        this.code = code;
        this.name = 'RegistryError';
    }
}
/** Registry-provided text, cut short and on one line, before it goes into a message. */
function clip(text, max = 200) {
    const flat = text.replace(/[\u0000-\u001f\u007f]+/g, ' ').trim();
    return flat.length > max ? `${flat.slice(0, max)}…` : flat;
}

;// CONCATENATED MODULE: ./packages/oci-registry/src/http.ts


const RETRY_STATUSES = new Set([429, 502, 503, 504]);
const DEFAULT_TIMEOUT_MS = 30_000;
const DEFAULT_RETRIES = 3;
const DEFAULT_MAX_DELAY_MS = 10_000;

function seconds(ms) {
    return `${Number((ms / 1000).toFixed(1))} s`;
}
function describeCause(e) {
    const err = e;
    return clip(err.cause?.code ?? err.cause?.message ?? err.message ?? String(e), 120);
}
/** A request that got no answer; `why` words it for the retry line, the message for the last attempt. */
class NoAnswer extends RegistryError {
    why;
    constructor(message, why) {
        super(message);
        this.why = why;
    }
}
class Http {
    /** Every request sent, retries included. */
    log = [];
    timeoutMs;
    retries;
    maxDelayMs;
    onRetry;
    constructor(options = {}) {
        this.timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
        this.retries = options.retries ?? DEFAULT_RETRIES;
        this.maxDelayMs = options.maxRetryDelayMs ?? DEFAULT_MAX_DELAY_MS;
        this.onRetry = options.onRetry;
    }
    get requests() {
        return this.log.length;
    }
    /**
     * Send, retrying what the server or the network asks to retry. Returns every other answer (the caller
     * reads 2xx and explains 4xx); throws a RegistryError when the retries run out.
     */
    async send(req) {
        const timeoutMs = req.timeoutMs ?? this.timeoutMs;
        const what = `${req.method} ${new URL(req.url).pathname}`;
        const attempt = async (n) => {
            const record = { method: req.method, url: req.url.split('?')[0], status: 'error' };
            this.log.push(record);
            // Opened outside the try: a body that cannot be produced (its source refused) is not a network error.
            const body = req.body ? await req.body() : undefined;
            try {
                const res = await fetch(req.url, {
                    method: req.method,
                    headers: { 'user-agent': 'coco-release-actions', ...req.headers },
                    ...(body !== undefined ? { body, duplex: 'half' } : {}),
                    signal: AbortSignal.timeout(timeoutMs),
                    redirect: 'follow',
                });
                record.status = res.status;
                return res;
            }
            catch (e) {
                if (body instanceof ReadableStream)
                    await body.cancel().catch(() => undefined);
                const timedOut = e?.name === 'TimeoutError';
                const problem = timedOut ? `no answer within ${seconds(timeoutMs)}` : `cannot connect (${describeCause(e)})`;
                throw new NoAnswer(`${req.host}: ${problem} to ${what}, ${n + 1} attempt(s)`, timedOut ? `got no answer within ${seconds(timeoutMs)}` : problem);
            }
        };
        const { response: res, attempts } = await (0,src/* sendWithRetries */.HI)(attempt, {
            retries: this.retries,
            statuses: RETRY_STATUSES,
            maxDelayMs: this.maxDelayMs,
            longRetryAfter: 'give-up',
            retryError: (e) => (e instanceof NoAnswer ? e.why : undefined),
            describe: (r) => `answered ${statusLabel(r.status)}`,
            onRetry: (r) => this.onRetry?.(`${req.host}: ${what} ${(0,src/* retryWords */.Gh)(r, 1)}`),
        });
        if (!RETRY_STATUSES.has(res.status))
            return res;
        // The retries ended on an answer that asks for another: say which way.
        const wait = (0,src/* retryAfterMs */.Vs)(res.headers.get('retry-after'));
        await res.body?.cancel().catch(() => undefined);
        const label = statusLabel(res.status);
        if (wait !== undefined && wait > this.maxDelayMs) {
            throw new RegistryError(`${req.host} answered ${label} to ${what} and asks to retry after ${seconds(wait)}, ` +
                `longer than this step waits (${seconds(this.maxDelayMs)}): run it again later`, res.status);
        }
        throw new RegistryError(`${req.host} answered ${label} to ${what} ${attempts} times in a row` +
            (res.status === 429 ? ': the registry is rate limiting; run the step again later' : '; try again later'), res.status);
    }
}
function statusLabel(status) {
    return status === 429 ? 'HTTP 429 Too Many Requests' : `HTTP ${status}`;
}
/**
 * The body of a response, refusing more than `limit` bytes: a registry (or something posing as one) cannot
 * make the step buffer an unbounded answer. The Content-Length is checked first, then the bytes as they come.
 */
async function readBounded(res, limit, what) {
    const declared = Number(res.headers.get('content-length'));
    if (Number.isFinite(declared) && declared > limit) {
        await res.body?.cancel().catch(() => undefined);
        throw new RegistryError(`${what} is ${(0,src/* formatBytes */.z3)(declared)}, more than the ${(0,src/* formatBytes */.z3)(limit)} this step reads: refused`);
    }
    try {
        const bytes = await (0,src/* readCapped */.EF)(res.body, limit);
        return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    }
    catch (e) {
        if (e instanceof src/* BodyTooLarge */.KQ)
            throw new RegistryError(`${what} is larger than the ${(0,src/* formatBytes */.z3)(limit)} this step reads: refused`);
        const timedOut = e?.name === 'TimeoutError';
        throw new RegistryError(`${what}: the answer stopped ${timedOut ? 'at the timeout' : `(${describeCause(e)})`}`);
    }
}
/** Discard a body we do not need, so the connection can be reused. */
async function discard(res) {
    await res.body?.cancel().catch(() => undefined);
}

;// CONCATENATED MODULE: ./packages/oci-registry/src/challenge.ts
/**
 * `WWW-Authenticate` challenges (RFC 9110 §11.6.1): `Bearer realm="…",service="…",scope="…"` as registries
 * send it, or `Basic realm="…"`. A header may hold several challenges, and quoted values may contain commas
 * and escaped quotes, so it is read token by token instead of split on commas.
 */
const TOKEN = /[!#$%&'*+.^_`|~0-9A-Za-z-]+/y;
const BLANKS = /[ \t]*/y;
function parseChallenges(header) {
    const out = [];
    let pos = 0;
    const skip = () => {
        BLANKS.lastIndex = pos;
        BLANKS.exec(header);
        pos = BLANKS.lastIndex;
    };
    const token = () => {
        TOKEN.lastIndex = pos;
        const m = TOKEN.exec(header);
        if (!m)
            return undefined;
        pos = TOKEN.lastIndex;
        return m[0];
    };
    const quoted = () => {
        let value = '';
        for (pos++; pos < header.length && header[pos] !== '"'; pos++) {
            if (header[pos] === '\\' && pos + 1 < header.length)
                pos++;
            value += header[pos];
        }
        pos++;
        return value;
    };
    // Not RFC tokens, but some servers leave URLs unquoted: take everything up to a comma or blank.
    const bare = () => {
        const start = pos;
        while (pos < header.length && header[pos] !== ',' && header[pos] !== ' ' && header[pos] !== '\t')
            pos++;
        return header.slice(start, pos);
    };
    let current;
    while (pos < header.length) {
        skip();
        if (header[pos] === ',') {
            pos++;
            continue;
        }
        const name = token();
        if (name === undefined) {
            pos++; // not HTTP: skip the character rather than loop forever
            continue;
        }
        skip();
        if (header[pos] === '=') {
            pos++;
            skip();
            const value = header[pos] === '"' ? quoted() : bare();
            // A parameter before any scheme means nothing: it is read and dropped.
            if (current !== undefined)
                current.params[name.toLowerCase()] = value;
            continue;
        }
        current = { scheme: name.toLowerCase(), params: {} };
        out.push(current);
    }
    return out;
}

;// CONCATENATED MODULE: ./packages/oci-registry/src/auth.ts





/**
 * The actions' `token` and `username` inputs as credentials for one registry: both or neither. Registries
 * check the pair at their token service (quay.io: a robot account `org+name` and its token; ghcr.io: the
 * GitHub user and a token with packages access; Docker Hub: the user and an access token).
 */
function credentialsFromInputs(registry, token, username) {
    if (token === '' && username === '')
        return {};
    if (username === '') {
        throw new src/* UserError */.yo("input 'username' is required with 'token': the account the token belongs to (quay.io: the robot " +
            'account, such as confidential-containers+release; ghcr.io: the GitHub user, e.g. github.actor)');
    }
    if (token === '')
        throw new src/* UserError */.yo("input 'token' is required with 'username'");
    return { [registry]: { username, password: token } };
}
/** Token answers are small JSON objects; a megabyte is generous. */
const MAX_TOKEN_BYTES = 1024 * 1024;
/** The spec's default when a token answer gives no `expires_in`. */
const DEFAULT_TOKEN_SECONDS = 60;
/** `repository:<name>:<actions>` as registries expect it. */
function auth_repositoryScope(repository, actions) {
    return `repository:${repository}:${actions}`;
}
/**
 * One scope per resource with the union of its actions, sorted: `repository:x:pull` and
 * `repository:x:pull,push` make `repository:x:pull,push`, so a token for the second serves the first.
 */
function normalizeScopes(scopes) {
    const actions = new Map();
    for (const scope of scopes) {
        const cut = scope.lastIndexOf(':');
        const resource = cut > 0 ? scope.slice(0, cut) : scope;
        const set = actions.get(resource) ?? new Set();
        if (cut > 0)
            for (const a of scope.slice(cut + 1).split(','))
                if (a !== '')
                    set.add(a);
        actions.set(resource, set);
    }
    return [...actions]
        .map(([resource, set]) => (set.size > 0 ? `${resource}:${[...set].sort().join(',')}` : resource))
        .sort();
}
function scopeKey(registry, scopes) {
    return `${registry}\n${normalizeScopes(scopes).join(' ')}`;
}
class Auth {
    http;
    credentialsFor;
    schemes = new Map();
    tokens = new Map();
    constructor(http, credentialsFor) {
        this.http = http;
        this.credentialsFor = credentialsFor;
    }
    /** The Authorization header for a request, or undefined while the registry has not asked for any. */
    async header(registry, scopes) {
        const scheme = this.schemes.get(registry);
        if (scheme === undefined)
            return undefined;
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
    challenged(registry, res, scopes, sent) {
        const no = { retry: false, scopes: [...scopes] };
        const challenges = parseChallenges(res.headers.get('www-authenticate') ?? '');
        const bearer = challenges.find((c) => c.scheme === 'bearer');
        const basicChallenge = challenges.find((c) => c.scheme === 'basic');
        if (bearer) {
            const realm = bearer.params['realm'];
            if (!realm || !/^https?:\/\//i.test(realm))
                return no;
            const service = bearer.params['service'];
            this.schemes.set(registry, { kind: 'bearer', realm, ...(service !== undefined ? { service } : {}) });
            const asked = (bearer.params['scope'] ?? '').split(' ').filter((s) => s !== '');
            const merged = normalizeScopes([...scopes, ...asked]);
            if (sent?.startsWith('Bearer ')) {
                // The token was refused. A token for more scopes may help; the same scopes again only when the token
                // had gone stale (invalid_token), never when it simply lacks the rights (insufficient_scope).
                if (scopeKey(registry, merged) !== scopeKey(registry, scopes))
                    return { retry: true, scopes: merged };
                if (bearer.params['error'] === 'insufficient_scope')
                    return no;
                this.tokens.delete(scopeKey(registry, scopes));
                return { retry: true, scopes: merged };
            }
            return { retry: true, scopes: merged };
        }
        if (basicChallenge) {
            if (sent?.startsWith('Basic ') || !this.credentialsFor(registry))
                return no;
            this.schemes.set(registry, { kind: 'basic' });
            return { retry: true, scopes: [...scopes] };
        }
        return no;
    }
    token(registry, scheme, scopes) {
        const key = scopeKey(registry, scopes);
        const cached = this.tokens.get(key);
        if (cached) {
            return cached.then((t) => {
                if (t.expiresAt > Date.now())
                    return t;
                if (this.tokens.get(key) === cached)
                    this.tokens.delete(key);
                return this.token(registry, scheme, scopes);
            });
        }
        const fresh = this.fetchToken(registry, scheme, scopes);
        this.tokens.set(key, fresh);
        fresh.catch(() => {
            if (this.tokens.get(key) === fresh)
                this.tokens.delete(key);
        });
        return fresh;
    }
    async fetchToken(registry, scheme, scopes) {
        const url = new URL(scheme.realm);
        if (scheme.service !== undefined)
            url.searchParams.set('service', scheme.service);
        for (const s of normalizeScopes(scopes))
            url.searchParams.append('scope', s);
        const host = `the token service of ${registry} (${url.origin})`;
        const creds = this.credentialsFor(registry);
        const headers = { accept: 'application/json' };
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
            throw new RegistryError(creds
                ? `${host} refused the credentials of user '${creds.username}' (HTTP ${res.status}${detail}): ` +
                    'check the token and username inputs'
                : `${host} refused an anonymous token (HTTP ${res.status}${detail}): ` +
                    'this registry needs credentials; set the token and username inputs', res.status);
        }
        if (!res.ok) {
            const detail = await errorText(res);
            throw new RegistryError(`${host} answered HTTP ${res.status}${detail}`, res.status);
        }
        const body = await readBounded(res, MAX_TOKEN_BYTES, `the answer of ${host}`);
        let doc;
        try {
            doc = JSON.parse(new TextDecoder().decode(body));
        }
        catch {
            throw new RegistryError(`${host} answered with something that is not JSON`);
        }
        const value = typeof doc.token === 'string' && doc.token !== '' ? doc.token : doc.access_token;
        if (typeof value !== 'string' || value === '')
            throw new RegistryError(`${host} answered without a token`);
        const seconds = typeof doc.expires_in === 'number' && doc.expires_in > 0 ? doc.expires_in : DEFAULT_TOKEN_SECONDS;
        // Renew a little early, so a token does not expire between the check and the registry's own.
        return { value, expiresAt: issued + Math.max(seconds - 5, 1) * 1000 };
    }
}
function basic(creds) {
    return `Basic ${Buffer.from(`${creds.username}:${creds.password}`, 'utf8').toString('base64')}`;
}
/** `: <details>` from a token service's or registry's JSON error, or ''. */
async function errorText(res) {
    let text;
    try {
        text = new TextDecoder().decode(await readBounded(res, 64 * 1024, 'error'));
    }
    catch {
        await discard(res);
        return '';
    }
    try {
        const doc = JSON.parse(text);
        const first = Array.isArray(doc.errors) ? doc.errors[0] : undefined;
        const parts = [first?.code, first?.message ?? doc.details ?? doc.detail ?? doc.error].filter((p) => typeof p === 'string' && p !== '');
        return parts.length > 0 ? `: ${clip(parts.join(' '))}` : '';
    }
    catch {
        return '';
    }
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./packages/oci-registry/src/manifest.ts



const OCI_INDEX = 'application/vnd.oci.image.index.v1+json';
const OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json';
const DOCKER_MANIFEST_LIST = 'application/vnd.docker.distribution.manifest.list.v2+json';
const DOCKER_MANIFEST = 'application/vnd.docker.distribution.manifest.v2+json';
/** Every manifest type this client reads, most specific first; Docker's schema 1 is not among them. */
const MANIFEST_TYPES = [OCI_INDEX, OCI_MANIFEST, DOCKER_MANIFEST_LIST, DOCKER_MANIFEST];
const ACCEPT_MANIFESTS = MANIFEST_TYPES.join(', ');
function isIndexType(mediaType) {
    return mediaType === OCI_INDEX || mediaType === DOCKER_MANIFEST_LIST;
}
function digestOf(bytes, algorithm = 'sha256') {
    return `${algorithm}:${(0,external_node_crypto_.createHash)(algorithm).update(bytes).digest('hex')}`;
}
function descriptor(value, where) {
    const d = value;
    if (!d ||
        typeof d !== 'object' ||
        typeof d.mediaType !== 'string' ||
        typeof d.digest !== 'string' ||
        !DIGEST_PATTERN.test(d.digest) ||
        typeof d.size !== 'number' ||
        !Number.isSafeInteger(d.size) ||
        d.size < 0) {
        throw new RegistryError(`${where}: a descriptor lacks a valid mediaType, digest or size`);
    }
    return {
        mediaType: d.mediaType,
        digest: d.digest,
        size: d.size,
        ...(Array.isArray(d.urls) && d.urls.length > 0 ? { urls: d.urls.map(String) } : {}),
    };
}
/**
 * Read the parts of a manifest that copying needs. `contentType` is the registry's Content-Type, which wins
 * over a missing `mediaType` field (OCI makes the field optional).
 */
function parseManifest(bytes, contentType, digest, where) {
    let doc;
    try {
        doc = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
    }
    catch (e) {
        throw new RegistryError(`${where}: the manifest is not JSON (${clip(e.message)})`);
    }
    if (!doc || typeof doc !== 'object' || Array.isArray(doc))
        throw new RegistryError(`${where}: the manifest is not a JSON object`);
    const declared = typeof doc['mediaType'] === 'string' ? doc['mediaType'] : undefined;
    const served = contentType.split(';')[0].trim().toLowerCase();
    const mediaType = MANIFEST_TYPES.includes(served) ? served : declared;
    if (doc['schemaVersion'] === 1 ||
        mediaType === undefined ||
        !MANIFEST_TYPES.includes(mediaType)) {
        throw new RegistryError(`${where}: unsupported manifest type '${clip(mediaType ?? served ?? 'none')}' ` +
            '(expected an OCI index or manifest, or a Docker manifest list or schema 2 manifest)');
    }
    if (declared !== undefined && declared !== mediaType) {
        throw new RegistryError(`${where}: the registry served it as ${mediaType} but its mediaType field says ${clip(declared)}`);
    }
    const list = (name) => {
        const v = doc[name];
        if (!Array.isArray(v))
            throw new RegistryError(`${where}: the manifest has no '${name}' list`);
        return v;
    };
    if (isIndexType(mediaType)) {
        return { mediaType, digest, bytes, manifests: list('manifests').map((d) => descriptor(d, where)), blobs: [] };
    }
    const blobs = [descriptor(doc['config'], where), ...list('layers').map((d) => descriptor(d, where))];
    return { mediaType, digest, bytes, manifests: [], blobs };
}

;// CONCATENATED MODULE: ./packages/oci-registry/src/client.ts





const DEFAULT_MAX_MANIFEST_BYTES = 4 * 1024 * 1024;
const MAX_ERROR_BYTES = 64 * 1024;
const DEFAULT_BLOB_TIMEOUT_MS = 15 * 60_000;
/** The tag or digest a reference names; a digest wins, since it is what the registry serves. */
function referenceOf(ref) {
    const r = ref.digest ?? ref.tag;
    if (r === undefined)
        throw new RegistryError(`${reference_formatReference(ref)} names neither a tag nor a digest`);
    return r;
}
class RegistryClient {
    http;
    auth;
    credentials;
    plainHttp;
    maxManifestBytes;
    blobTimeoutMs;
    firstContact = new Map();
    constructor(options = {}) {
        this.http = new Http(options);
        this.credentials = options.credentials ?? {};
        this.auth = new Auth(this.http, (registry) => this.credentials[registry]);
        this.plainHttp = options.plainHttp ?? isLoopback;
        this.maxManifestBytes = options.maxManifestBytes ?? DEFAULT_MAX_MANIFEST_BYTES;
        this.blobTimeoutMs = options.blobTimeoutMs ?? DEFAULT_BLOB_TIMEOUT_MS;
    }
    /** Requests sent so far (token requests and retries included). */
    get requests() {
        return this.http.requests;
    }
    url(registry, path) {
        if (/^https?:\/\//i.test(path))
            return path;
        const base = registryBaseUrl(registry, this.plainHttp(registry));
        return path.startsWith('/') ? `${base}${path}` : `${base}/v2/${path}`;
    }
    /**
     * One request with authentication: anonymous or with a known token first, then once more after a 401.
     * The first request to a registry goes alone: requests sent beside it would each meet the same 401.
     */
    async request(repo, spec) {
        const first = this.firstContact.get(repo.registry);
        if (first) {
            await first;
            return this.authenticated(repo, spec);
        }
        const done = this.authenticated(repo, spec);
        this.firstContact.set(repo.registry, done.then(() => undefined, () => undefined));
        return done;
    }
    async authenticated(repo, spec) {
        const url = this.url(repo.registry, spec.path);
        // Credentials go only to the registry itself, never to another host an upload URL may point at.
        const sameOrigin = new URL(url).origin === new URL(this.url(repo.registry, '/')).origin;
        let scopes = [...spec.scopes];
        for (let attempt = 0;; attempt++) {
            const authorization = sameOrigin ? await this.auth.header(repo.registry, scopes) : undefined;
            const res = await this.http.send({
                method: spec.method,
                url,
                headers: { ...spec.headers, ...(authorization ? { authorization } : {}) },
                ...(spec.body ? { body: spec.body } : {}),
                ...(spec.timeoutMs !== undefined ? { timeoutMs: spec.timeoutMs } : {}),
                host: repo.registry,
            });
            if (res.status !== 401 || attempt > 0 || !sameOrigin)
                return res;
            const decision = this.auth.challenged(repo.registry, res, scopes, authorization);
            if (!decision.retry)
                return res;
            await discard(res);
            scopes = decision.scopes;
        }
    }
    /** A RegistryError explaining a non-2xx answer, with the registry's own error code when it gave one. */
    async failure(res, repo, what) {
        let code;
        let message;
        try {
            const text = new TextDecoder().decode(await readBounded(res, MAX_ERROR_BYTES, 'error'));
            const doc = JSON.parse(text);
            const first = Array.isArray(doc.errors) ? doc.errors[0] : undefined;
            if (typeof first?.code === 'string')
                code = clip(first.code, 60);
            if (typeof first?.message === 'string')
                message = clip(first.message);
        }
        catch {
            await discard(res);
        }
        const status = res.status;
        const detail = `HTTP ${status}${code ? ` ${code}` : ''}${message ? `: ${message}` : ''}`;
        const creds = this.credentials[repo.registry];
        const name = `${repo.registry}/${repo.repository}`;
        let text;
        if (status === 401) {
            text = creds
                ? `${repo.registry} refused to ${what} with the credentials of '${creds.username}' (${detail}): they lack ` +
                    `the access this needs on ${name}, or the repository does not exist`
                : `${repo.registry} requires credentials to ${what} (${detail}): the repository is private or does not ` +
                    'exist, or the step needs push access; set the token and username inputs';
        }
        else if (status === 403) {
            text =
                `${repo.registry} denied access to ${what} (${detail}): ` +
                    (creds
                        ? `the credentials of '${creds.username}' lack permission on ${name}`
                        : 'set the token and username inputs');
        }
        else if (status === 404 && code === 'NAME_UNKNOWN') {
            return missingRepository(repo);
        }
        else if (status === 404) {
            text = `cannot ${what}: not found (${detail})`;
        }
        else {
            text = `${repo.registry} answered ${detail} to ${what}`;
        }
        return new RegistryError(text, status, code);
    }
    /** The digest and type of a manifest, or undefined when the tag (or digest) does not exist. One HEAD. */
    async headManifest(ref, scopes) {
        const what = `read ${reference_formatReference(ref)}`;
        const res = await this.request(ref, {
            method: 'HEAD',
            path: `${ref.repository}/manifests/${referenceOf(ref)}`,
            scopes,
            headers: { accept: ACCEPT_MANIFESTS },
            what,
        });
        if (res.status === 404)
            return undefined;
        if (!res.ok)
            throw await this.failure(res, ref, what);
        await discard(res);
        const digest = res.headers.get('docker-content-digest') ?? '';
        const mediaType = (res.headers.get('content-type') ?? '').split(';')[0].trim();
        if (DIGEST_PATTERN.test(digest) && mediaType !== '')
            return { digest, mediaType };
        // A registry that leaves the digest out of HEAD answers: read the manifest and hash it.
        const m = await this.getManifest(ref, scopes);
        return { digest: m.digest, mediaType: m.mediaType };
    }
    /**
     * A manifest's exact bytes, at most maxManifestBytes, checked against its digest: the one asked for, or
     * the Docker-Content-Digest the registry sent.
     */
    async getManifest(ref, scopes) {
        const where = reference_formatReference(ref);
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
            if (err.status !== 404 || err.code === 'NAME_UNKNOWN')
                throw err;
            // Distribution answers MANIFEST_UNKNOWN for a repository that does not exist either: one more
            // request, on this failure only, says which it is.
            if (!(await this.repositoryExists(ref, scopes)))
                throw missingRepository(ref);
            throw new RegistryError(`${where} does not exist (HTTP 404${err.code ? ` ${err.code}` : ''})`, 404, err.code);
        }
        const bytes = await readBounded(res, this.maxManifestBytes, `the manifest of ${where}`);
        const served = res.headers.get('docker-content-digest');
        const expected = ref.digest ?? (served !== null && DIGEST_PATTERN.test(served) ? served : undefined);
        const algorithm = expected?.startsWith('sha512:') ? 'sha512' : 'sha256';
        const actual = digestOf(bytes, algorithm);
        if (expected !== undefined && actual !== expected) {
            throw new RegistryError(`${where}: the registry sent a manifest whose bytes hash to ${actual}, not ${expected}: refused`);
        }
        return parseManifest(bytes, res.headers.get('content-type') ?? '', actual, where);
    }
    /** PUT a manifest's exact bytes under a tag or digest; returns the digest the registry stored. */
    async putManifest(target, reference, manifest, scopes) {
        const where = reference_formatReference(DIGEST_PATTERN.test(reference) ? { ...target, digest: reference } : { ...target, tag: reference });
        const what = `push the manifest ${where}`;
        const res = await this.request(target, {
            method: 'PUT',
            path: `${target.repository}/manifests/${reference}`,
            scopes,
            headers: { 'content-type': manifest.mediaType },
            body: () => manifest.bytes,
            what,
        });
        if (!res.ok)
            throw await this.failure(res, target, what);
        await discard(res);
        const stored = res.headers.get('docker-content-digest');
        if (stored !== null && stored !== manifest.digest) {
            throw new RegistryError(`${where}: the registry stored ${stored}, expected ${manifest.digest}`);
        }
        return manifest.digest;
    }
    async blobExists(repo, digest, scopes) {
        const what = `check blob ${digest} in ${repo.registry}/${repo.repository}`;
        const res = await this.request(repo, { method: 'HEAD', path: `${repo.repository}/blobs/${digest}`, scopes, what });
        if (res.status === 404)
            return false;
        if (!res.ok)
            throw await this.failure(res, repo, what);
        await discard(res);
        return true;
    }
    /**
     * Ask the registry to link a blob of another repository into `target`
     * (`POST /v2/<target>/blobs/uploads/?mount=<digest>&from=<from>`). 201: done. 202: the registry did not
     * mount (it cannot see the blob, or does not mount at all) and opened an upload session instead, whose
     * URL is returned for a streamed copy.
     */
    async mountBlob(target, from, digest, scopes) {
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
        if (res.status !== 202)
            throw await this.failure(res, target, what);
        await discard(res);
        return { mounted: false, location: this.location(res, target, what) };
    }
    /** Open an upload session (`POST /v2/<target>/blobs/uploads/`); returns its URL. */
    async startUpload(target, scopes) {
        const what = `start a blob upload to ${target.registry}/${target.repository}`;
        const res = await this.request(target, {
            method: 'POST',
            path: `${target.repository}/blobs/uploads/`,
            scopes,
            headers: { 'content-length': '0' },
            what,
        });
        if (res.status !== 202)
            throw await this.failure(res, target, what);
        await discard(res);
        return this.location(res, target, what);
    }
    location(res, target, what) {
        const location = res.headers.get('location');
        if (!location)
            throw new RegistryError(`${target.registry} gave no upload location to ${what}`);
        return new URL(location, this.url(target.registry, '/')).href;
    }
    /**
     * Copy one blob into an upload session as a stream (never held in memory): GET it from the source
     * repository, PUT it to the session with `?digest=`; the registry checks the digest.
     */
    async copyBlob(source, sourceScopes, target, location, blob, targetScopes) {
        const readWhat = `read blob ${blob.digest} from ${source.registry}/${source.repository}`;
        const open = async () => {
            const res = await this.request(source, {
                method: 'GET',
                path: `${source.repository}/blobs/${blob.digest}`,
                scopes: sourceScopes,
                timeoutMs: this.blobTimeoutMs,
                what: readWhat,
            });
            if (!res.ok)
                throw await this.failure(res, source, readWhat);
            const length = res.headers.get('content-length');
            if (length !== null && Number(length) !== blob.size) {
                await discard(res);
                throw new RegistryError(`${readWhat}: ${length} bytes served, the manifest says ${blob.size}`);
            }
            return res.body ?? new ReadableStream({ start: (c) => c.close() });
        };
        const url = new URL(location);
        url.searchParams.set('digest', blob.digest);
        const what = `upload blob ${blob.digest} (${(0,src/* formatBytes */.z3)(blob.size)}) to ${target.registry}/${target.repository}`;
        const res = await this.request(target, {
            method: 'PUT',
            path: url.href,
            scopes: targetScopes,
            headers: { 'content-type': 'application/octet-stream', 'content-length': String(blob.size) },
            body: open,
            timeoutMs: this.blobTimeoutMs,
            what,
        });
        if (res.status !== 201)
            throw await this.failure(res, target, what);
        await discard(res);
    }
    /** `GET /v2/<name>/tags/list?n=1`: whether the repository exists (404 NAME_UNKNOWN), for a clear message. */
    async repositoryExists(repo, scopes) {
        const what = `list the tags of ${repo.registry}/${repo.repository}`;
        const res = await this.request(repo, { method: 'GET', path: `${repo.repository}/tags/list?n=1`, scopes, what });
        if (res.ok) {
            await discard(res);
            return true;
        }
        const err = await this.failure(res, repo, what);
        if (err.status === 404)
            return false;
        throw err;
    }
}
function missingRepository(repo) {
    return new RegistryError(`repository ${repo.registry}/${repo.repository} does not exist (HTTP 404 NAME_UNKNOWN)`, 404, 'NAME_UNKNOWN');
}

;// CONCATENATED MODULE: ./packages/oci-registry/src/promote.ts




/** Blob transfers in flight at once: enough to overlap round trips, few enough for any registry. */
const CONCURRENCY = 4;
/** Indexes of indexes exist (nested platforms); deeper than this is not an image. */
const MAX_DEPTH = 4;
async function promoteImage(client, req) {
    const { source, target } = req;
    const cross = !sameRepository(source, target);
    const sameRegistry = source.registry === target.registry;
    // One token per registry for the whole run: the target's scopes include the source's when both are there
    // (a mount needs pull on the source repository too).
    const targetScopes = [repositoryScope(target.repository, req.dryRun ? 'pull' : 'pull,push')];
    if (cross && sameRegistry)
        targetScopes.push(repositoryScope(source.repository, 'pull'));
    const sourceScopes = sameRegistry ? targetScopes : [repositoryScope(source.repository, 'pull')];
    const manifest = await client.getManifest(source, sourceScopes);
    const targetRef = { ...target };
    const existing = await client.headManifest(targetRef, targetScopes);
    const result = {
        outcome: 'unchanged',
        digest: manifest.digest,
        mediaType: manifest.mediaType,
        crossRepository: cross,
        manifestsPut: 0,
        blobs: { mounted: 0, streamed: 0, present: 0 },
    };
    if (existing?.digest === manifest.digest)
        return result;
    if (existing) {
        throw new UserError(`refusing to move ${formatReference(targetRef)}: it already holds ${existing.digest}, and ` +
            `${formatReference(source)} is ${manifest.digest}. A release tag never moves: promote to another tag, ` +
            'or delete the wrong tag by hand if nobody can have pulled it');
    }
    if (req.dryRun)
        return { ...result, outcome: 'would-promote' };
    if (cross) {
        const copier = new ContentCopier(client, source, sourceScopes, target, targetScopes, result);
        await copier.copyContent(manifest, 0);
    }
    await client.putManifest(target, target.tag, manifest, targetScopes);
    result.manifestsPut++;
    // A registry has no compare-and-set for tags: another promotion to the same new tag at the same time may
    // have put its own manifest after ours. Read the tag back, so that the run whose image it does not hold
    // fails instead of reporting a release tag that names another image.
    const now = await client.headManifest(targetRef, targetScopes);
    if (now?.digest !== manifest.digest) {
        throw new UserError(`${formatReference(targetRef)} was written with ${manifest.digest} (${formatReference(source)}), but reading it back gives ` +
            `${now ? now.digest : 'no manifest'}: something else wrote the release tag at the same time. ` +
            'Find out which image it should name before anyone pulls it');
    }
    return { ...result, outcome: 'promoted' };
}
class ContentCopier {
    client;
    source;
    sourceScopes;
    target;
    targetScopes;
    result;
    blobsDone = new Set();
    manifestsDone = new Set();
    constructor(client, source, sourceScopes, target, targetScopes, result) {
        this.client = client;
        this.source = source;
        this.sourceScopes = sourceScopes;
        this.target = target;
        this.targetScopes = targetScopes;
        this.result = result;
    }
    /** Everything `manifest` refers to, so the registry accepts it: children of an index first, then blobs. */
    async copyContent(manifest, depth) {
        if (depth > MAX_DEPTH) {
            throw new UserError(`${formatReference(this.source)}: indexes nested more than ${MAX_DEPTH} deep`);
        }
        for (const child of manifest.manifests) {
            if (this.manifestsDone.has(child.digest))
                continue;
            this.manifestsDone.add(child.digest);
            const m = await this.client.getManifest({ ...this.source, digest: child.digest }, this.sourceScopes);
            await this.copyContent(m, depth + 1);
            await this.client.putManifest(this.target, child.digest, m, this.targetScopes);
            this.result.manifestsPut++;
        }
        // Foreign layers (with urls) were never in the source registry either.
        const blobs = manifest.blobs.filter((b) => !b.urls && !this.blobsDone.has(b.digest));
        for (const b of blobs)
            this.blobsDone.add(b.digest);
        await mapLimit(blobs, CONCURRENCY, (b) => this.copyBlob(b));
    }
    async copyBlob(blob) {
        const { client, source, target } = this;
        if (source.registry === target.registry) {
            const mount = await client.mountBlob(target, source, blob.digest, this.targetScopes);
            if (mount.mounted) {
                this.result.blobs.mounted++;
                return;
            }
            await client.copyBlob(source, this.sourceScopes, target, mount.location, blob, this.targetScopes);
            this.result.blobs.streamed++;
            return;
        }
        if (await client.blobExists(target, blob.digest, this.targetScopes)) {
            this.result.blobs.present++;
            return;
        }
        const location = await client.startUpload(target, this.targetScopes);
        await client.copyBlob(source, this.sourceScopes, target, location, blob, this.targetScopes);
        this.result.blobs.streamed++;
    }
}

;// CONCATENATED MODULE: ./packages/oci-registry/src/limit.ts
/** Run `fn` over `items` with at most `limit` calls in flight; results in input order; the first failure wins. */
async function limit_mapLimit(items, limit, fn) {
    const results = new Array(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const i = next++;
            results[i] = await fn(items[i], i);
        }
    };
    await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
    return results;
}

;// CONCATENATED MODULE: ./packages/oci-registry/src/resolve.ts





async function findNewestImage(client, repo, candidates) {
    const scopes = [repositoryScope(repo.repository, 'pull')];
    const tried = [];
    for (const c of candidates) {
        const head = await client.headManifest({ ...repo, tag: c.tag }, scopes);
        if (!head) {
            tried.push({ ...c });
            continue;
        }
        const found = { ...c, digest: head.digest, mediaType: head.mediaType };
        tried.push(found);
        return { found, tried };
    }
    return { tried };
}
function toReference(ref) {
    const parsed = typeof ref === 'string' ? parseReference(ref) : ref;
    if (parsed.tag === undefined && parsed.digest === undefined) {
        throw new RegistryError(`${reference_formatReference(parsed)}: name a tag or a digest to check`);
    }
    return parsed;
}
/**
 * For pins: whether each `registry/repository:tag` (or `@digest`) exists, with its digest. One HEAD per
 * reference; a missing tag is `exists: false`; anything else the registry refuses (credentials, rate limits)
 * throws a RegistryError naming the reference.
 */
async function checkImagesExist(refs, options = {}) {
    const parsed = refs.map(toReference);
    const client = options.client ?? new RegistryClient(options);
    return limit_mapLimit(parsed, options.concurrency ?? 4, async (ref, i) => {
        const text = typeof refs[i] === 'string' ? refs[i].trim() : reference_formatReference(ref);
        const head = await client.headManifest(ref, [auth_repositoryScope(ref.repository, 'pull')]);
        return head
            ? { ref: text, exists: true, digest: head.digest, mediaType: head.mediaType }
            : { ref: text, exists: false };
    });
}

;// CONCATENATED MODULE: ./packages/oci-registry/src/commits.ts


async function firstParentCommits(git, ref, max) {
    const resolved = await git(['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`], {
        allowFailure: true,
    });
    if (resolved.code !== 0) {
        const inside = await git(['rev-parse', '--is-inside-work-tree'], { allowFailure: true });
        if (inside.code !== 0) {
            throw new UserError('the workspace is not a git checkout: candidates: commits walks its history (check the repository out ' +
                'with actions/checkout and fetch-depth: 0), or list the tags to try in candidates');
        }
        throw new UserError(`input 'ref': '${ref}' is not a commit in this repository`);
    }
    const head = resolved.stdout.trim();
    const list = await git(['rev-list', '--first-parent', `--max-count=${max}`, head]);
    const shallow = await git(['rev-parse', '--is-shallow-repository'], { allowFailure: true });
    return {
        head,
        commits: list.stdout.split('\n').filter((l) => l !== ''),
        shallow: shallow.stdout.trim() === 'true',
    };
}
const SHA_PLACEHOLDER = '{sha}';
/** Why a tag template cannot work, or undefined. */
function tagTemplateProblem(template) {
    if (!template.includes(SHA_PLACEHOLDER))
        return `'${template}' does not contain ${SHA_PLACEHOLDER}`;
    const other = /\{[^}]*\}/.exec(template.replaceAll(SHA_PLACEHOLDER, ''));
    if (other)
        return `'${template}' holds ${other[0]}; the only placeholder is ${SHA_PLACEHOLDER}`;
    const problem = tagProblem(expandTagTemplate(template, 'f'.repeat(40)));
    return problem ? `'${template}' does not make a valid tag: ${problem}` : undefined;
}
function expandTagTemplate(template, sha) {
    return template.replaceAll(SHA_PLACEHOLDER, sha);
}

;// CONCATENATED MODULE: ./packages/oci-registry/src/index.ts
/**
 * @coco-release/oci-registry: the OCI Distribution API over Node's fetch, for release steps.
 * - findNewestImage(client, repo, candidates): the first candidate tag that exists (one HEAD each);
 * - promoteImage(client, {source, target, dryRun}): a release tag with exactly the candidate's digest;
 * - checkImagesExist(refs, options) -> [{ref, exists, digest}]: for steps that must not pin an image that
 *   does not exist, or pin `tag@sha256:…`;
 * - RegistryClient underneath: token/Basic auth, bounded answers, timeouts, retries, a request log.
 */












/***/ })

};
