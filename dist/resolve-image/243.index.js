export const id = 243;
export const ids = [243];
export const modules = {

/***/ 243:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createGit: () => (/* binding */ createGit)
/* harmony export */ });
/* unused harmony export GitError */
/**
 * git through @actions/exec with argument arrays (never a shell), silent, in `cwd`. A non-zero exit throws
 * with git's own message unless the caller allows failure. GIT_TERMINAL_PROMPT=0: a missing credential fails
 * instead of waiting for a password nobody will type. Credentials are whatever the repository is configured
 * with (actions/checkout's persisted token works as-is). @actions/exec loads only when git is first needed.
 */
async function createGit(cwd, env) {
    const { getExecOutput } = await __webpack_require__.e(/* import() */ 260).then(__webpack_require__.bind(__webpack_require__, 260));
    const gitEnv = {};
    for (const [k, v] of Object.entries(env))
        if (v !== undefined)
            gitEnv[k] = v;
    gitEnv['GIT_TERMINAL_PROMPT'] = '0';
    return async (args, opts = {}) => {
        const res = await getExecOutput('git', args, {
            cwd: opts.cwd ?? cwd,
            env: gitEnv,
            silent: true,
            ignoreReturnCode: true,
            ...(opts.input !== undefined ? { input: Buffer.from(opts.input, 'utf8') } : {}),
        });
        if (res.exitCode !== 0 && !opts.allowFailure) {
            throw new GitError(args, res.exitCode, res.stderr.trim() || res.stdout.trim());
        }
        return { code: res.exitCode, stdout: res.stdout, stderr: res.stderr };
    };
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
