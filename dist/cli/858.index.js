export const id = 858;
export const ids = [858,584,925,116];
export const modules = {

/***/ 5858:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   fetchGithubFiles: () => (/* binding */ fetchGithubFiles)
/* harmony export */ });
/* harmony import */ var _coco_release_version_parity__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(291);
/* harmony import */ var _src_github_client_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6584);
/* harmony import */ var _src_github_fetch_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6463);



/** Fetch every distinct file once, concurrently; never throws for an HTTP answer, only for bugs. */
async function fetchGithubFiles(files, options) {
    const distinct = new Map();
    for (const f of files)
        if (!distinct.has((0,_coco_release_version_parity__WEBPACK_IMPORTED_MODULE_0__/* .fileKey */ .wm)(f)))
            distinct.set((0,_coco_release_version_parity__WEBPACK_IMPORTED_MODULE_0__/* .fileKey */ .wm)(f), f);
    const limits = {};
    if (options.retries !== undefined)
        limits.retries = options.retries;
    if (options.delay !== undefined)
        limits.delay = options.delay;
    if (options.timeoutMs !== undefined)
        limits.timeoutMs = options.timeoutMs;
    if (options.maxBytes !== undefined)
        limits.maxBytes = options.maxBytes;
    const client = await (0,_src_github_client_js__WEBPACK_IMPORTED_MODULE_1__.createGithubClient)({
        token: options.token,
        endpoints: { apiUrl: options.baseUrl },
        env: options.env ?? {},
        limits,
        onRetry: options.onRetry,
    });
    const results = await Promise.all([...distinct].map(async ([key, file]) => [key, await fetchOne(client, file)]));
    return new Map(results);
}
async function fetchOne(client, file) {
    const path = file.path.split('/').map(encodeURIComponent).join('/');
    const repo = `${file.owner}/${file.repo}`;
    try {
        const response = await client.request(`GET /repos/{owner}/{repo}/contents/${path}`, {
            owner: file.owner,
            repo: file.repo,
            ref: file.ref,
            mediaType: { format: 'raw' },
        });
        return decode(response.data, file);
    }
    catch (e) {
        return {
            ok: false,
            message: client.explain(e, {
                forbidden: `the token needs contents: read on ${repo} ` +
                    '(workflow permissions: contents: read; fine-grained token: Contents read-only on that repository; ' +
                    'classic token: the repo scope for a private repository)',
                notFound: `not found: ${repo} has no ${file.path} at '${file.ref}', or the repository is private and the token ` +
                    `cannot see it (it needs contents: read on ${repo})`,
            }),
        };
    }
}
function decode(data, file) {
    if (typeof data === 'string')
        return { ok: true, text: data };
    if (data instanceof ArrayBuffer)
        return { ok: true, text: new TextDecoder().decode(data) };
    if (Array.isArray(data))
        return { ok: false, message: `${file.path} is a directory at '${file.ref}', not a file` };
    const entry = data;
    if (entry?.type === 'file' && entry.encoding === 'base64' && typeof entry.content === 'string') {
        return { ok: true, text: Buffer.from(entry.content, 'base64').toString('utf8') };
    }
    if (entry?.type === 'symlink') {
        return {
            ok: false,
            message: `${file.path} is a symbolic link to ${String(entry.target)}; name the target instead`,
        };
    }
    if (entry?.type === 'submodule')
        return { ok: false, message: `${file.path} is a submodule, not a file` };
    return { ok: false, message: 'GitHub answered with an unexpected body for a file (no raw or base64 content)' };
}


/***/ }),

/***/ 6584:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ GraphqlError),
/* harmony export */   createGithubClient: () => (/* binding */ createGithubClient)
/* harmony export */ });
/* harmony import */ var _coco_release_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4809);
/* harmony import */ var _endpoints_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(925);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3116);
/* harmony import */ var _fetch_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6463);




/** A GraphQL answer with errors; `data` holds whatever did resolve (GitHub answers partially). */
class GraphqlError extends Error {
    data;
    errors;
    constructor(data, errors) {
        super(errors.map((e) => e.message).join('; '));
        this.data = data;
        this.errors = errors;
        this.name = 'GraphqlError';
    }
}
const QUIET = { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined };
async function createGithubClient(options) {
    const env = options.env ?? {};
    // Validated before @actions/github loads: it reads GITHUB_API_URL itself when imported.
    const fromEnv = (0,_endpoints_js__WEBPACK_IMPORTED_MODULE_1__.apiEndpoints)(env);
    const apiUrl = (options.endpoints?.apiUrl ?? fromEnv.apiUrl).replace(/\/+$/, '');
    const graphqlUrl = options.endpoints?.graphqlUrl ?? (options.endpoints?.apiUrl ? undefined : fromEnv.graphqlUrl);
    const endpoints = (0,_endpoints_js__WEBPACK_IMPORTED_MODULE_1__.apiEndpoints)({ GITHUB_API_URL: apiUrl, GITHUB_GRAPHQL_URL: graphqlUrl });
    const limits = { ...(0,_fetch_js__WEBPACK_IMPORTED_MODULE_3__/* .apiLimitsFromEnv */ .E0)(env), ...options.limits };
    const settings = {
        baseUrl: endpoints.apiUrl,
        // @actions/github brings undici's fetch with its own proxy agent; Node's fetch is already loaded and enough.
        request: {
            fetch: (0,_fetch_js__WEBPACK_IMPORTED_MODULE_3__/* .limitedFetch */ .l9)(limits, {
                graphqlUrl: endpoints.graphqlUrl,
                fetch: globalThis.fetch,
                onRetry: options.onRetry,
            }),
        },
        userAgent: 'coco-release-actions',
        // Octokit logs deprecation notices with header text from the server: nothing of the server's reaches the log.
        log: QUIET,
    };
    const { getOctokit } = await Promise.all(/* import() */[__webpack_require__.e(665), __webpack_require__.e(351)]).then(__webpack_require__.bind(__webpack_require__, 1351));
    let octokit;
    if (options.token) {
        octokit = getOctokit(options.token, settings);
    }
    else {
        const utils = await __webpack_require__.e(/* import() */ 665).then(__webpack_require__.bind(__webpack_require__, 8665));
        octokit = new utils.GitHub(settings);
    }
    const secrets = options.token ? [options.token] : [];
    const tokenGiven = options.token !== '';
    const request = async (route, params = {}) => {
        const r = await octokit.request(route, params);
        return { status: r.status, headers: r.headers, data: r.data };
    };
    return {
        octokit,
        apiUrl: endpoints.apiUrl,
        graphqlUrl: endpoints.graphqlUrl,
        tokenGiven,
        request,
        async paginate(route, params, pick) {
            const items = [];
            let next;
            // A server that always says "next" must not keep a step busy forever.
            for (let page = 0; page < 100; page++) {
                const r = next ? await request(`GET ${next}`) : await request(route, { per_page: 100, ...params });
                items.push(...pick(r.data));
                next = /<([^<>]+)>;\s*rel="next"/.exec(String(r.headers['link'] ?? ''))?.[1];
                if (!next)
                    return items;
                // The token goes with every request: follow only links to the same API.
                if (!next.startsWith(`${endpoints.apiUrl}/`)) {
                    throw new _coco_release_core__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`GitHub's next page for ${route} is outside ${(0,_endpoints_js__WEBPACK_IMPORTED_MODULE_1__/* .redactUrl */ .BO)(endpoints.apiUrl)}: not followed`);
                }
            }
            throw new _coco_release_core__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`GitHub answered more than 100 pages for ${route}; stopped there`);
        },
        // Through request() rather than octokit.graphql, which sends GHES queries to /api/graphql whatever
        // GITHUB_GRAPHQL_URL says.
        async graphql(query, variables = {}) {
            const r = await request(`POST ${endpoints.graphqlUrl}`, {
                query,
                variables,
            });
            if (r.data.errors?.length)
                throw new GraphqlError(r.data.data, r.data.errors);
            return r.data.data;
        },
        explain: (err, context = {}) => (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .explainApiError */ .cU)(err, { ...context, apiUrl: endpoints.apiUrl, tokenGiven, secrets }),
    };
}


/***/ }),

/***/ 925:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BO: () => (/* binding */ redactUrl),
/* harmony export */   apiEndpoints: () => (/* binding */ apiEndpoints)
/* harmony export */ });
/* unused harmony exports DEFAULT_API_URL, graphqlUrlFor */
/* harmony import */ var _coco_release_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4809);

const DEFAULT_API_URL = 'https://api.github.com';
/** A URL as it may be shown: any `user:password@` replaced by `***@`. */
function redactUrl(url) {
    return url.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^/?#]*@/i, '$1***@');
}
function checkedUrl(name, value) {
    const shown = redactUrl(value);
    let url;
    try {
        url = new URL(value);
    }
    catch {
        throw new _coco_release_core__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${name} is not a URL: '${shown}'`);
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
        throw new _coco_release_core__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${name} must be an http(s) URL, got '${shown}'`);
    }
    if (url.username !== '' || url.password !== '') {
        throw new _coco_release_core__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${name} must not carry credentials (${shown}): give the token through the step's token input instead`);
    }
    return value.replace(/\/+$/, '');
}
/** GitHub's GraphQL endpoint for a REST base URL: /graphql on github.com, /api/graphql on GHES. */
function graphqlUrlFor(apiUrl) {
    return /\/api\/v3$/.test(apiUrl) ? apiUrl.replace(/\/api\/v3$/, '/api/graphql') : `${apiUrl}/graphql`;
}
function apiEndpoints(env) {
    const apiUrl = checkedUrl('GITHUB_API_URL', env['GITHUB_API_URL']?.trim() || DEFAULT_API_URL);
    const graphql = env['GITHUB_GRAPHQL_URL']?.trim();
    return { apiUrl, graphqlUrl: graphql ? checkedUrl('GITHUB_GRAPHQL_URL', graphql) : graphqlUrlFor(apiUrl) };
}


/***/ }),

/***/ 3116:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cU: () => (/* binding */ explainApiError),
/* harmony export */   nG: () => (/* binding */ httpStatus),
/* harmony export */   validationCode: () => (/* binding */ validationCode)
/* harmony export */ });
/* unused harmony exports githubMessage, scrub */
/* harmony import */ var _endpoints_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(925);
/* harmony import */ var _fetch_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6463);


const TRANSIENT = new Set([500, 502, 503, 504]);
function header(err, name) {
    const v = err.response?.headers?.[name];
    return v === undefined ? undefined : String(v);
}
/** GitHub's own words: `message`, plus the `errors` of a validation failure. */
function githubMessage(err) {
    const e = err;
    const data = e.response?.data;
    if (data && typeof data === 'object' && typeof data.message === 'string') {
        const details = Array.isArray(data.errors)
            ? data.errors
                .map((x) => typeof x === 'string'
                ? x
                : typeof x?.message === 'string'
                    ? x.message
                    : [x?.resource, x?.field, x?.code].filter((p) => typeof p === 'string').join(' '))
                .filter((s) => s !== '')
            : [];
        return details.length > 0 ? `${data.message}: ${details.join('; ')}` : data.message;
    }
    return (e.message ?? '').replace(/ - https:\/\/docs\.github\.com\S*$/, '');
}
/** The HTTP status of an Octokit error that carries a response, else undefined. */
function httpStatus(err) {
    const e = err;
    return e?.response !== undefined && typeof e.status === 'number' ? e.status : undefined;
}
/** A GitHub validation error's code for a field, e.g. 'already_exists' for a release's tag_name. */
function validationCode(err, field) {
    const data = err.response?.data;
    if (!Array.isArray(data?.errors))
        return undefined;
    const hit = data.errors.find((x) => x?.field === field);
    return typeof hit?.code === 'string' ? hit.code : undefined;
}
function scrub(message, secrets = []) {
    let out = message;
    for (const s of secrets)
        if (s.length >= 4)
            out = out.split(s).join('***');
    // Credentials in any URL the message quotes (a proxy error, a redirect).
    return out.replace(/\b([a-z][a-z0-9+.-]*:\/\/)[^\s/?#@]*@/gi, '$1***@');
}
function explainRaw(err, ctx) {
    const cause = err.cause ?? err;
    if (cause instanceof _fetch_js__WEBPACK_IMPORTED_MODULE_1__/* .ApiTransportError */ .Em) {
        if (cause.kind === 'no-answer') {
            return `no answer from ${(0,_endpoints_js__WEBPACK_IMPORTED_MODULE_0__/* .redactUrl */ .BO)(ctx.apiUrl)} after ${cause.attempts} ${cause.attempts === 1 ? 'attempt' : 'attempts'}: ${cause.message}`;
        }
        if (cause.kind === 'broken-json')
            return `GitHub answered with broken JSON: ${cause.message}`;
        return `GitHub's answer was refused: ${cause.message}`;
    }
    const graphqlErrors = err.errors;
    if (err.response === undefined && Array.isArray(graphqlErrors)) {
        return `GitHub's GraphQL API answered with errors: ${err.message}`;
    }
    const status = err.status;
    if (err.response === undefined) {
        return `no answer from ${(0,_endpoints_js__WEBPACK_IMPORTED_MODULE_0__/* .redactUrl */ .BO)(ctx.apiUrl)}: ${err.message ?? String(err)}`;
    }
    const message = githubMessage(err);
    if (status !== undefined && TRANSIENT.has(status)) {
        const attempts = Number(header(err, _fetch_js__WEBPACK_IMPORTED_MODULE_1__/* .ATTEMPTS_HEADER */ .PT) ?? '1');
        return attempts > 1
            ? `GitHub answered HTTP ${status} ${attempts} times in a row (${message}); try again later`
            : `GitHub answered HTTP ${status} (${message}); try again later`;
    }
    if ((status === 403 || status === 429) && header(err, 'x-ratelimit-remaining') === '0') {
        const reset = Number(header(err, 'x-ratelimit-reset'));
        const when = Number.isFinite(reset) && reset > 0 ? `; it resets at ${new Date(reset * 1000).toISOString()}` : '';
        const limit = header(err, 'x-ratelimit-limit');
        const hint = ctx.tokenGiven
            ? ''
            : '; no token was given and unauthenticated requests get 60 an hour: set the token input';
        return `GitHub API rate limit exhausted (HTTP ${status}${limit ? `, ${limit} requests an hour` : ''})${when}${hint}`;
    }
    const retryAfter = header(err, 'retry-after');
    if (status === 429 || (status === 403 && (retryAfter !== undefined || /secondary rate limit/i.test(message)))) {
        return `GitHub secondary rate limit (HTTP ${status})${retryAfter !== undefined ? `: retry after ${retryAfter} s` : ''}; run fewer requests at once`;
    }
    if (status === 401) {
        return ctx.tokenGiven
            ? `the token was rejected (HTTP 401: ${message}): it is expired, revoked or mistyped; check the token input`
            : `GitHub wants a token (HTTP 401: ${message}); set the token input`;
    }
    if (status === 403) {
        return `access denied (HTTP 403: ${message})${ctx.forbidden ? `: ${ctx.forbidden}` : ''}`;
    }
    if (status === 404)
        return ctx.notFound ?? `not found (HTTP 404: ${message})`;
    if (status === 422 && ctx.unprocessable) {
        return `GitHub refused the request (HTTP 422: ${message}): ${ctx.unprocessable}`;
    }
    return `GitHub answered HTTP ${status}: ${message}`;
}
function explainApiError(err, ctx) {
    return scrub(explainRaw(err, ctx), ctx.secrets);
}


/***/ }),

/***/ 6463:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E0: () => (/* binding */ apiLimitsFromEnv),
/* harmony export */   Em: () => (/* binding */ ApiTransportError),
/* harmony export */   PT: () => (/* binding */ ATTEMPTS_HEADER),
/* harmony export */   l9: () => (/* binding */ limitedFetch)
/* harmony export */ });
/* unused harmony exports DEFAULT_LIMITS, defaultDelay, parseRetryAfter */
/* harmony import */ var _coco_release_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4809);
/* harmony import */ var _endpoints_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(925);


const DEFAULT_LIMITS = {
    maxBytes: 10 * 1024 * 1024,
    timeoutMs: 30_000,
    retries: 3,
    maxDelayMs: 10_000,
};
/** 0.5 s, 1 s, 2 s…, or what the server asks for; never more than `maxDelayMs`. */
function defaultDelay(attempt, retryAfter, maxDelayMs = 10_000) {
    if (retryAfter !== undefined && Number.isFinite(retryAfter) && retryAfter >= 0) {
        return Math.min(retryAfter * 1000, maxDelayMs);
    }
    return backoffMs(attempt, maxDelayMs);
}
/** Why a request got no usable answer; Octokit keeps it as the `cause` of its RequestError. */
class ApiTransportError extends Error {
    kind;
    attempts;
    constructor(kind, message, attempts) {
        super(message);
        this.kind = kind;
        this.attempts = attempts;
        this.name = 'ApiTransportError';
    }
}
/** Response header carrying how many attempts a request took, for messages like "HTTP 503 4 times". */
const ATTEMPTS_HEADER = 'x-coco-release-attempts';
const TRANSIENT = new Set([500, 502, 503, 504]);
const NULL_BODY = new Set([101, 204, 205, 304]);
/** Seconds from a Retry-After header: a number of seconds or an HTTP date. */
function parseRetryAfter(value, now = Date.now()) {
    const ms = retryAfterMs(value, now);
    return ms === undefined ? undefined : ms / 1000;
}
function isJson(contentType) {
    const type = (contentType ?? '').split(';')[0].trim().toLowerCase();
    return type === 'application/json' || type.endsWith('+json');
}
function noAnswerDetail(e, timedOut, timeoutMs) {
    if (timedOut)
        return `no complete answer within ${Number((timeoutMs / 1000).toFixed(3))} s`;
    const err = e;
    const cause = err.cause;
    if (cause && typeof cause.message === 'string' && cause.message !== '')
        return cause.message;
    return err.message ?? String(e);
}
/**
 * A fetch with the limits above. A request is sent again after no answer or a 5xx only when it is safe to
 * repeat: every method but POST and PATCH, which may have been carried out already (creating a release
 * twice), plus POSTs to `graphqlUrl`, which this project only uses for queries.
 */
function limitedFetch(limits, options = {}) {
    const base = options.fetch ?? globalThis.fetch;
    const { delay } = limits;
    return async (input, init = {}) => {
        const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
        const method = (init.method ?? 'GET').toUpperCase();
        const repeatable = (method !== 'POST' && method !== 'PATCH') || url === options.graphqlUrl;
        // One attempt: its own timeout, covering the body too; the body read whole (capped) inside it.
        const attempt = async (n) => {
            const abort = new AbortController();
            const timer = setTimeout(() => abort.abort(), limits.timeoutMs);
            const signals = init.signal ? [init.signal, abort.signal] : [abort.signal];
            let response;
            let body;
            try {
                response = await base(url, { ...init, signal: AbortSignal.any(signals) });
                // Past the cap, stop the decompressor and the connection: nothing more is read or inflated.
                body = await (0,_coco_release_core__WEBPACK_IMPORTED_MODULE_0__/* .readCapped */ .EF)(response.body, limits.maxBytes, () => abort.abort());
            }
            catch (e) {
                if (e instanceof _coco_release_core__WEBPACK_IMPORTED_MODULE_0__/* .BodyTooLarge */ .KQ) {
                    throw new ApiTransportError('too-large', `the answer is larger than ${(0,_coco_release_core__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z3)(limits.maxBytes)} (the limit for one response); stopped reading it`, n + 1);
                }
                // The caller's own cancellation is not a failure of the server.
                if (init.signal?.aborted)
                    throw e;
                throw new ApiTransportError('no-answer', noAnswerDetail(e, abort.signal.aborted, limits.timeoutMs), n + 1);
            }
            finally {
                clearTimeout(timer);
            }
            const headers = new Headers(response.headers);
            // The body is already decoded: drop the headers that described the encoded form.
            headers.delete('content-encoding');
            headers.delete('content-length');
            return new Response(NULL_BODY.has(response.status) ? null : body, {
                status: response.status,
                statusText: response.statusText,
                headers,
            });
        };
        const { response, attempts } = await (0,_coco_release_core__WEBPACK_IMPORTED_MODULE_0__/* .sendWithRetries */ .HI)(attempt, {
            retries: repeatable ? limits.retries : 0,
            statuses: TRANSIENT,
            maxDelayMs: limits.maxDelayMs,
            longRetryAfter: 'cap',
            ...(delay && { delay: (n, retryAfter) => delay(n, retryAfter === undefined ? undefined : retryAfter / 1000) }),
            retryError: (e) => e instanceof ApiTransportError && e.kind === 'no-answer' ? `got no answer (${e.message})` : undefined,
            onRetry: (r) => options.onRetry?.(`${method} ${(0,_endpoints_js__WEBPACK_IMPORTED_MODULE_1__/* .redactUrl */ .BO)(url)} ${(0,_coco_release_core__WEBPACK_IMPORTED_MODULE_0__/* .retryWords */ .Gh)(r, 3)}`),
        });
        const body = new Uint8Array(await response.arrayBuffer());
        const headers = new Headers(response.headers);
        headers.set(ATTEMPTS_HEADER, String(attempts));
        const contentType = response.headers.get('content-type');
        if (isJson(contentType) && body.byteLength > 0 && !NULL_BODY.has(response.status)) {
            try {
                JSON.parse(new TextDecoder().decode(body));
            }
            catch {
                throw new ApiTransportError('broken-json', `HTTP ${response.status} with a body that is not valid JSON (${body.byteLength} bytes labelled ${contentType})`, attempts);
            }
        }
        return new Response(NULL_BODY.has(response.status) ? null : body, {
            status: response.status,
            statusText: response.statusText,
            headers,
        });
    };
}
function envNumber(env, name, what, integer) {
    const raw = env[name]?.trim();
    if (raw === undefined || raw === '')
        return undefined;
    const n = Number(raw);
    if (!/^\d+(\.\d+)?$/.test(raw) || !Number.isFinite(n) || (integer && !Number.isInteger(n))) {
        throw new _coco_release_core__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${name} must be ${what}, got '${raw}'`);
    }
    return n;
}
/**
 * Limits from the environment, for callers that need other bounds than the defaults (a slow GitHub
 * Enterprise Server, or a test that must not wait 30 s for a server that never answers):
 * COCO_RELEASE_API_TIMEOUT (seconds per attempt), COCO_RELEASE_API_RETRIES, COCO_RELEASE_API_MAX_RETRY_DELAY
 * (seconds), COCO_RELEASE_API_MAX_BYTES.
 */
function apiLimitsFromEnv(env) {
    const timeout = envNumber(env, 'COCO_RELEASE_API_TIMEOUT', 'a number of seconds', false);
    const retries = envNumber(env, 'COCO_RELEASE_API_RETRIES', 'a whole number', true);
    const maxDelay = envNumber(env, 'COCO_RELEASE_API_MAX_RETRY_DELAY', 'a number of seconds', false);
    const maxBytes = envNumber(env, 'COCO_RELEASE_API_MAX_BYTES', 'a whole number of bytes', true);
    if (timeout === 0)
        throw new _coco_release_core__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo('COCO_RELEASE_API_TIMEOUT must be more than 0 seconds');
    return {
        maxBytes: maxBytes ?? DEFAULT_LIMITS.maxBytes,
        timeoutMs: timeout !== undefined ? timeout * 1000 : DEFAULT_LIMITS.timeoutMs,
        retries: retries ?? DEFAULT_LIMITS.retries,
        maxDelayMs: maxDelay !== undefined ? maxDelay * 1000 : DEFAULT_LIMITS.maxDelayMs,
    };
}


/***/ })

};
