export const id = 243;
export const ids = [243];
export const modules = {

/***/ 243:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createGit: () => (/* binding */ createGit)
/* harmony export */ });
/* unused harmony exports spawnTracked, GitError */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _coco_release_core__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(429);


/** The git commands that talk to a remote: only these are bounded by the network timeout. */
const NETWORK = new Set(['ls-remote', 'push', 'fetch']);
/** Programs still running (git, go): killed (their whole process group) if this process exits first. */
const running = new Set();
let exitHook = false;
function killGroup(child) {
    try {
        // Negative pid: the process group, so helpers git started (ssh, git-remote-https) go too.
        process.kill(-child.pid, 'SIGKILL');
    }
    catch {
        // already gone
    }
}
/**
 * A program with an argument array (never a shell) in its own process group, killed with that group if this
 * process exits first: a cancelled step leaves none of its children (git, go, their helpers) behind. From the
 * first call on, a cancel must end through process.exit, whose 'exit' event does the killing.
 */
function spawnTracked(program, args, options) {
    (0,_coco_release_core__WEBPACK_IMPORTED_MODULE_1__/* .beforeUndoableWork */ .P3)();
    if (!exitHook) {
        exitHook = true;
        process.on('exit', () => {
            for (const child of running)
                killGroup(child);
        });
    }
    const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(program, args, {
        cwd: options.cwd,
        env: options.env,
        stdio: [options.stdin ? 'pipe' : 'ignore', 'pipe', 'pipe'],
        detached: true,
    });
    running.add(child);
    child.on('close', () => running.delete(child));
    child.on('error', () => running.delete(child));
    return child;
}
/**
 * git with argument arrays (never a shell), in `cwd`, output collected. A non-zero exit throws with git's
 * own message unless the caller allows failure. GIT_TERMINAL_PROMPT=0: a missing credential fails instead
 * of waiting for a password nobody will type. Credentials are whatever the repository is configured with
 * (actions/checkout's persisted token works as-is).
 *
 * A remote can accept the connection and never answer: `ls-remote`, `push` and `fetch` get
 * `networkTimeoutMs`, after which git (with its process group) is killed and the result says `timedOut`.
 * Each git runs in its own process group for that, and is killed with it if this process exits first.
 */
async function createGit(cwd, env, options = {}) {
    const gitEnv = {};
    for (const [k, v] of Object.entries(env))
        if (v !== undefined)
            gitEnv[k] = v;
    gitEnv['GIT_TERMINAL_PROMPT'] = '0';
    return (args, opts = {}) => new Promise((resolve, reject) => {
        const child = spawnTracked('git', args, { cwd: opts.cwd ?? cwd, env: gitEnv, stdin: true });
        const out = [];
        const err = [];
        child.stdout.on('data', (d) => out.push(d));
        child.stderr.on('data', (d) => err.push(d));
        // git may exit without reading all of its input (an error): that is its answer, not ours to report.
        child.stdin.on('error', () => undefined);
        child.stdin.end(opts.input === undefined ? undefined : Buffer.from(opts.input, 'utf8'));
        let timedOut = false;
        const limit = NETWORK.has(args[0] ?? '') ? options.networkTimeoutMs : undefined;
        const timer = limit === undefined
            ? undefined
            : setTimeout(() => {
                timedOut = true;
                killGroup(child);
            }, limit);
        child.on('error', (e) => {
            clearTimeout(timer);
            reject(e);
        });
        child.on('close', (code) => {
            clearTimeout(timer);
            const bytes = Buffer.concat(out);
            const res = {
                code: code ?? 128,
                stdout: bytes.toString('utf8'),
                stderr: Buffer.concat(err).toString('utf8'),
                bytes,
                ...(timedOut ? { timedOut } : {}),
            };
            if ((res.code !== 0 || timedOut) && !opts.allowFailure) {
                reject(new GitError(args, res.code, timedOut ? `no answer within ${limit / 1000} s` : res.stderr.trim() || res.stdout.trim()));
            }
            else
                resolve(res);
        });
    });
}
class GitError extends Error {
    args;
    code;
    detail;
    constructor(args, code, detail) {
        super(`git ${args[0]} failed (exit ${code}): ${detail}`);
        this.args = args;
        this.code = code;
        this.detail = detail;
    }
}


/***/ })

};
