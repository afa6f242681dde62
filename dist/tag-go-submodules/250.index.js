export const id = 250;
export const ids = [250];
export const modules = {

/***/ 6250:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   checkGate: () => (/* binding */ checkGate)
/* harmony export */ });
/* unused harmony exports readChecks, judgeChecks */
/* harmony import */ var _coco_release_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9533);

const PASSED = new Set(['success', 'neutral', 'skipped']);
async function readChecks(client, options) {
    const { owner, repo, sha } = options;
    const context = {
        forbidden: `the token needs checks: read and statuses: read on ${owner}/${repo}`,
        notFound: `not found: ${owner}/${repo} does not exist, or the token cannot see it (it needs checks: read and statuses: read)`,
    };
    const runsOf = (p) => p.check_runs;
    const statusesOf = (p) => p.statuses;
    let runs;
    let statuses;
    try {
        [runs, statuses] = await Promise.all([
            client.paginate('GET /repos/{owner}/{repo}/commits/{ref}/check-runs', { owner, repo, ref: sha }, runsOf),
            client.paginate('GET /repos/{owner}/{repo}/commits/{ref}/status', { owner, repo, ref: sha }, statusesOf),
        ]);
    }
    catch (e) {
        if (e instanceof _coco_release_core__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo)
            throw e;
        throw new _coco_release_core__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`reading the checks of ${sha} in ${owner}/${repo}: ${client.explain(e, context)}`);
    }
    const ownRun = options.ignoreRunId ? `/actions/runs/${options.ignoreRunId}/` : undefined;
    const out = runs.map((r) => {
        const state = r.status === 'completed' ? (r.conclusion ?? 'completed') : r.status;
        const check = { kind: 'check run', name: r.name, state, passed: PASSED.has(state) };
        if (ownRun && `${r.details_url ?? ''} ${r.html_url ?? ''}`.includes(ownRun)) {
            check.ignored = 'this workflow run';
        }
        return check;
    });
    for (const s of statuses)
        out.push({ kind: 'status', name: s.context, state: s.state, passed: s.state === 'success' });
    return out;
}
function judgeChecks(checks, options) {
    const where = `${(0,_coco_release_core__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(options.sha.slice(0, 12))} in ${(0,_coco_release_core__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(`${options.owner}/${options.repo}`)}`;
    const counted = checks.filter((c) => !c.ignored);
    const failing = counted.filter((c) => !c.passed);
    const rows = checks.map((c) => [
        c.name,
        c.kind,
        c.state,
        c.ignored ? `ignored (${c.ignored})` : c.passed ? '✓' : '✗',
    ]);
    const listing = checks.length > 0 ? `\n${(0,_coco_release_core__WEBPACK_IMPORTED_MODULE_0__/* .table */ .tp)(['check', 'kind', 'state', 'passed'], rows)}` : '';
    const target = `${options.sha} in ${options.owner}/${options.repo}`;
    if (counted.length === 0) {
        if (options.allowNoChecks) {
            return {
                ok: true,
                checks,
                message: `no checks on ${target}; allowed`,
                summary: `CI gate: no checks on ${where}; allowed without CI.\n${listing}`,
            };
        }
        const hint = options.noChecksHint ? ` (${options.noChecksHint})` : '';
        return {
            ok: false,
            checks,
            message: `CI gate: no check runs or commit statuses on ${target}, so nothing shows that CI passed${hint}`,
            summary: `CI gate ✗: no check runs or commit statuses on ${where}.\n${listing}`,
        };
    }
    if (failing.length === 0) {
        return {
            ok: true,
            checks,
            message: `all ${counted.length} checks passed on ${target}`,
            summary: `CI gate ✓: all ${counted.length} checks passed on ${where}.\n${listing}`,
        };
    }
    const named = failing.map((c) => `${c.name}: ${c.state}`).join(', ');
    return {
        ok: false,
        checks,
        message: `CI gate: ${failing.length} of ${counted.length} checks on ${target} have not passed (${named})`,
        summary: `CI gate ✗: ${failing.length} of ${counted.length} checks on ${where} have not passed.\n${listing}`,
    };
}
/** Read the checks of a commit and judge them. */
async function checkGate(client, options) {
    return judgeChecks(await readChecks(client, options), options);
}


/***/ })

};
