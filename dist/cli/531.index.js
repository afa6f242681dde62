export const id = 531;
export const ids = [531];
export const modules = {

/***/ 2531:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   updateIssue: () => (/* binding */ updateIssue)
/* harmony export */ });
/* unused harmony exports START, END, replaceSection */
/* harmony import */ var _coco_release_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4809);

/**
 * The live part of a release checklist issue: the text between two HTML comments, which GitHub does not
 * show. Only that part is rewritten; the checklist around it, and its line endings, stay as they are.
 */
const START = '<!-- release-status:start -->';
const END = '<!-- release-status:end -->';
const STATUS_MARKERS = { start: START, end: END };
function count(text, marker) {
    return text.split(marker).length - 1;
}
/** The body with `content` between the markers; the markers are added at the end when the body has none. */
function replaceSection(body, content, issue, markers = STATUS_MARKERS) {
    const { start: first, end: last } = markers;
    const inner = `\n${content.replace(/\n+$/, '')}\n`;
    const starts = count(body, first);
    const ends = count(body, last);
    if (starts === 0 && ends === 0) {
        const gap = body === '' ? '' : body.endsWith('\n') ? '\n' : '\n\n';
        return `${body}${gap}${first}${inner}${last}\n`;
    }
    const s = body.indexOf(first);
    const e = body.indexOf(last);
    if (starts !== 1 || ends !== 1 || e < s)
        throw new _coco_release_core__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${issue}'s body must hold ${first} once and ${last} once after it (it has ${starts} and ${ends}${starts === 1 && ends === 1 ? ', in the wrong order' : ''}): fix the markers by hand; the issue was not changed`);
    return body.slice(0, s + first.length) + inner + body.slice(e);
}
async function updateIssue(client, target, content, dryRun, markers = STATUS_MARKERS) {
    const name = `${target.owner}/${target.repo}#${target.number}`;
    const params = { owner: target.owner, repo: target.repo, issue_number: target.number };
    const context = {
        notFound: `issue ${name} not found: it does not exist, or the token cannot see it`,
        forbidden: `the token needs issues: write on ${target.owner}/${target.repo}`,
    };
    let issue;
    try {
        issue = (await client.request('GET /repos/{owner}/{repo}/issues/{issue_number}', params)).data;
    }
    catch (e) {
        throw new _coco_release_core__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`reading issue ${name}: ${client.explain(e, context)}`);
    }
    if (issue.pull_request !== undefined)
        throw new _coco_release_core__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${name} is a pull request, not an issue`);
    const body = issue.body ?? '';
    const next = replaceSection(body, content, `issue ${name}`, markers);
    if (next === body || dryRun)
        return { url: issue.html_url, changed: next !== body };
    try {
        await client.request('PATCH /repos/{owner}/{repo}/issues/{issue_number}', { ...params, body: next });
    }
    catch (e) {
        throw new _coco_release_core__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`updating issue ${name}: ${client.explain(e, context)}`);
    }
    return { url: issue.html_url, changed: true };
}


/***/ })

};
