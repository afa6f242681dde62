export const id = 858;
export const ids = [858];
export const modules = {

/***/ 5858:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   fetchGithubFiles: () => (/* binding */ fetchGithubFiles)
/* harmony export */ });
/* unused harmony exports DEFAULT_RETRIES, defaultDelay */
/* harmony import */ var _coco_release_version_parity__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8985);

const DEFAULT_RETRIES = 3;
const MAX_DELAY_MS = 10_000;
/** 0.5 s, 1 s, 2 s, or what the server asks for (at most 10 s). */
function defaultDelay(attempt, retryAfter) {
    if (retryAfter !== undefined && Number.isFinite(retryAfter) && retryAfter >= 0) {
        return Math.min(retryAfter * 1000, MAX_DELAY_MS);
    }
    return Math.min(500 * 2 ** attempt, MAX_DELAY_MS);
}
async function client(options) {
    const { getOctokit } = await Promise.all(/* import() */[__webpack_require__.e(665), __webpack_require__.e(351)]).then(__webpack_require__.bind(__webpack_require__, 1351));
    // @actions/github brings undici's fetch with its own proxy agent; Node's fetch is already loaded and enough.
    const settings = {
        baseUrl: options.baseUrl,
        request: { fetch: globalThis.fetch },
        userAgent: 'coco-release-actions',
    };
    if (options.token)
        return getOctokit(options.token, settings);
    const { GitHub } = await __webpack_require__.e(/* import() */ 665).then(__webpack_require__.bind(__webpack_require__, 8665));
    return new GitHub(settings);
}
/** Fetch every distinct file once, concurrently; never throws for an HTTP answer, only for bugs. */
async function fetchGithubFiles(files, options) {
    const distinct = new Map();
    for (const f of files)
        if (!distinct.has((0,_coco_release_version_parity__WEBPACK_IMPORTED_MODULE_0__/* .fileKey */ .wm)(f)))
            distinct.set((0,_coco_release_version_parity__WEBPACK_IMPORTED_MODULE_0__/* .fileKey */ .wm)(f), f);
    const octokit = await client(options);
    const results = await Promise.all([...distinct].map(async ([key, file]) => [key, await fetchOne(octokit, file, options)]));
    return new Map(results);
}
const TRANSIENT = new Set([500, 502, 503, 504]);
async function fetchOne(octokit, file, options) {
    const retries = options.retries ?? DEFAULT_RETRIES;
    const delay = options.delay ?? defaultDelay;
    const path = file.path.split('/').map(encodeURIComponent).join('/');
    for (let attempt = 0;; attempt++) {
        try {
            const response = await octokit.request(`GET /repos/{owner}/{repo}/contents/${path}`, {
                owner: file.owner,
                repo: file.repo,
                ref: file.ref,
                mediaType: { format: 'raw' },
                request: { signal: AbortSignal.timeout(options.timeoutMs ?? 30_000) },
            });
            return decode(response.data, file);
        }
        catch (e) {
            const err = e;
            const answered = err.response !== undefined;
            const transient = !answered || TRANSIENT.has(err.status ?? 0);
            if (transient && attempt < retries) {
                await sleep(delay(attempt, retryAfterOf(err)));
                continue;
            }
            return { ok: false, message: explain(err, file, options, attempt + 1) };
        }
    }
}
function sleep(ms) {
    return new Promise((resolve) => setTimeout(resolve, ms));
}
function header(err, name) {
    const v = err.response?.headers?.[name];
    return v === undefined ? undefined : String(v);
}
function retryAfterOf(err) {
    const v = header(err, 'retry-after');
    return v === undefined || v.trim() === '' ? undefined : Number(v);
}
function githubMessage(err) {
    const data = err.response?.data;
    if (data && typeof data === 'object' && typeof data.message === 'string')
        return data.message;
    return (err.message ?? '').replace(/ - https:\/\/docs\.github\.com\S*$/, '');
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
function explain(err, file, options, attempts) {
    const repo = `${file.owner}/${file.repo}`;
    const status = err.status;
    if (err.response === undefined) {
        return `no answer from ${options.baseUrl} after ${attempts} attempts: ${err.message ?? String(err)}`;
    }
    if (status !== undefined && TRANSIENT.has(status)) {
        return `GitHub answered HTTP ${status} ${attempts} times in a row (${githubMessage(err)}); try again later`;
    }
    const remaining = header(err, 'x-ratelimit-remaining');
    if ((status === 403 || status === 429) && remaining === '0') {
        const reset = Number(header(err, 'x-ratelimit-reset'));
        const when = Number.isFinite(reset) && reset > 0 ? `; it resets at ${new Date(reset * 1000).toISOString()}` : '';
        const limit = header(err, 'x-ratelimit-limit');
        const hint = options.token
            ? ''
            : '; no token was given and unauthenticated requests get 60 an hour: set the token input';
        return `GitHub API rate limit exhausted (HTTP ${status}${limit ? `, ${limit} requests an hour` : ''})${when}${hint}`;
    }
    if (status === 429 ||
        (status === 403 && (retryAfterOf(err) !== undefined || /secondary rate limit/i.test(githubMessage(err))))) {
        const after = retryAfterOf(err);
        return `GitHub secondary rate limit (HTTP ${status})${after !== undefined ? `: retry after ${after} s` : ''}; run fewer requests at once`;
    }
    if (status === 401) {
        return `the token was rejected (HTTP 401: ${githubMessage(err)}): it is expired, revoked or mistyped; check the token input`;
    }
    if (status === 403) {
        return (`access denied (HTTP 403: ${githubMessage(err)}): the token needs contents: read on ${repo} ` +
            '(workflow permissions: contents: read; fine-grained token: Contents read-only on that repository; ' +
            'classic token: the repo scope for a private repository)');
    }
    if (status === 404) {
        return (`not found: ${repo} has no ${file.path} at '${file.ref}', or the repository is private and the token ` +
            `cannot see it (it needs contents: read on ${repo})`);
    }
    return `GitHub answered HTTP ${status}: ${githubMessage(err)}`;
}


/***/ })

};
