export const id = 925;
export const ids = [925];
export const modules = {

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


/***/ })

};
