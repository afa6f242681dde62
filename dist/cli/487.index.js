export const id = 487;
export const ids = [487,584,925,116,453];
export const modules = {

/***/ 4453:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   answeredLookups: () => (/* binding */ answeredLookups),
/* harmony export */   emptyAnswers: () => (/* binding */ emptyAnswers),
/* harmony export */   fetchAll: () => (/* binding */ fetchAll),
/* harmony export */   fileKey: () => (/* binding */ fileKey),
/* harmony export */   isEmpty: () => (/* binding */ isEmpty),
/* harmony export */   refKey: () => (/* binding */ refKey),
/* harmony export */   tagKey: () => (/* binding */ tagKey),
/* harmony export */   unanswered: () => (/* binding */ unanswered)
/* harmony export */ });
/* unused harmony exports TAG_WINDOW, commitKey, buildQuery */
/* harmony import */ var _coco_release_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4809);
/* harmony import */ var _src_github_client_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6584);


/** How many of a repository's newest tags are read to name a pinned commit (one page). */
const TAG_WINDOW = 100;
const fileKey = (repository, ref, path) => `${repository}\n${ref ?? ''}\n${path}`;
const refKey = (repository, ref) => `${repository}\n${ref ?? ''}`;
const tagKey = (repository, tag) => `${repository}\n${tag}`;
const commitKey = tagKey;
function emptyAnswers() {
    return {
        files: new Map(),
        refs: new Map(),
        tags: new Map(),
        commits: new Map(),
        tagLists: new Map(),
        missingRepos: [],
    };
}
function isEmpty(w) {
    return w.files.length + w.refs.length + w.tags.length + w.commits.length + w.tagLists.length === 0;
}
/** What the values read need (lookupsNeeded) that the answers do not hold yet: the second request. */
function unanswered(needs, answers) {
    return {
        files: [],
        refs: [],
        tags: needs.tags.filter((t) => !answers.tags.has(tagKey(t.repository, t.tag))),
        commits: needs.commits.filter((c) => !answers.commits.has(commitKey(c.repository, c.sha))),
        tagLists: needs.tagLists.filter((r) => !answers.tagLists.has(r)),
    };
}
/** checkGraph's lookups, answered from what the requests fetched. */
function answeredLookups(answers) {
    return {
        tagCommit: (repository, tag) => answers.tags.get(tagKey(repository, tag)),
        hasCommit: (repository, sha) => answers.commits.get(commitKey(repository, sha)),
        tagsAt: (repository, sha) => answers.tagLists.get(repository)?.flatMap((t) => (t.commit === sha ? [t.name] : [])),
    };
}
const PEEL = '__typename oid ... on Tag { target { __typename oid ... on Tag { target { __typename oid ... on Tag { target { __typename oid } } } } } }';
/** An annotated tag (even a tag of a tag) peeled to the commit it names; null when it names no commit. */
function peel(o) {
    let at = o;
    for (let i = 0; at && at.__typename === 'Tag' && i < 4; i++)
        at = at.target;
    return at?.__typename === 'Commit' ? at.oid : null;
}
const lit = (s) => JSON.stringify(s);
function buildQuery(w) {
    const repos = new Map();
    const repo = (name) => {
        let r = repos.get(name);
        if (!r)
            repos.set(name, (r = { alias: `r${repos.size}`, fields: [] }));
        return r;
    };
    const readers = [];
    const field = (repository, text, read) => {
        const r = repo(repository);
        const alias = `a${r.fields.length}`;
        r.fields.push(`${alias}: ${text(alias)}`);
        readers.push((answers, data) => {
            const node = data[r.alias];
            if (node)
                read(node[alias], answers);
        });
    };
    for (const f of w.files) {
        field(f.repository, () => `object(expression: ${lit(`${f.ref ?? 'HEAD'}:${f.path}`)}) { __typename ... on Blob { text isBinary isTruncated } }`, (v, a) => {
            const o = v;
            const key = fileKey(f.repository, f.ref, f.path);
            const ref = f.ref ?? 'the default branch';
            if (!o)
                a.files.set(key, { missing: 'file', message: `${f.repository} has no file ${f.path} on ${ref}` });
            else if (o.__typename === 'Tree')
                a.files.set(key, {
                    missing: 'directory',
                    message: `${f.path} is a directory in ${f.repository}, not a file`,
                });
            else if (o.__typename !== 'Blob')
                a.files.set(key, { missing: 'file', message: `${f.path} in ${f.repository} is not a file` });
            else if (o.isTruncated)
                a.files.set(key, {
                    missing: 'truncated',
                    message: `${f.repository} ${f.path} is too large for the GraphQL API to return whole`,
                });
            else if (o.text === null || o.isBinary)
                a.files.set(key, { missing: 'binary', message: `${f.repository} ${f.path} is a binary file, not text` });
            else
                a.files.set(key, { text: o.text });
        });
    }
    for (const r of w.refs) {
        field(r.repository, () => r.ref === undefined
            ? `defaultBranchRef { name target { ${PEEL} } }`
            : `object(expression: ${lit(r.ref)}) { ${PEEL} }`, (v, a) => {
            if (r.ref === undefined) {
                const d = v;
                const commit = peel(d?.target);
                a.refs.set(refKey(r.repository, r.ref), d && commit ? { name: d.name, commit } : null);
            }
            else {
                const commit = peel(v);
                a.refs.set(refKey(r.repository, r.ref), commit ? { name: r.ref, commit } : null);
            }
        });
    }
    for (const t of w.tags) {
        field(t.repository, () => `ref(qualifiedName: ${lit(`refs/tags/${t.tag}`)}) { target { ${PEEL} } }`, (v, a) => a.tags.set(tagKey(t.repository, t.tag), peel(v?.target)));
    }
    for (const c of w.commits) {
        field(c.repository, () => `object(oid: ${lit(c.sha)}) { __typename }`, (v, a) => a.commits.set(commitKey(c.repository, c.sha), v?.__typename === 'Commit'));
    }
    for (const repository of w.tagLists) {
        field(repository, () => `refs(refPrefix: "refs/tags/", last: ${TAG_WINDOW}, orderBy: { field: TAG_COMMIT_DATE, direction: ASC }) { nodes { name target { ${PEEL} } } }`, (v, a) => a.tagLists.set(repository, (v?.nodes ?? [])
            .filter((n) => n !== null)
            .map((n) => ({ name: n.name, commit: peel(n.target) }))));
    }
    const parts = [...repos].map(([name, r]) => {
        const [owner, repoName] = name.split('/');
        return `  ${r.alias}: repository(owner: ${lit(owner)}, name: ${lit(repoName)}) {\n    ${r.fields.join('\n    ')}\n  }`;
    });
    const aliases = new Map([...repos].map(([name, r]) => [r.alias, name]));
    return {
        query: `query ReleaseStatus {\n${parts.join('\n')}\n}`,
        aliases,
        fetched: (answers, data) => {
            for (const [alias, name] of aliases)
                if (data[alias] === null || data[alias] === undefined)
                    answers.missingRepos.push(name);
            for (const read of readers)
                read(answers, data);
        },
    };
}
/** One GraphQL request for everything wanted, merged into `answers`. */
async function fetchAll(client, w, answers) {
    const { query, fetched, aliases } = buildQuery(w);
    let data;
    try {
        data = await client.graphql(query);
    }
    catch (e) {
        if (!(e instanceof _src_github_client_js__WEBPACK_IMPORTED_MODULE_1__/* .GraphqlError */ .a)) {
            if (e instanceof _coco_release_core__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo)
                throw e;
            throw new _coco_release_core__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`reading the release graph from ${client.graphqlUrl}: ${client.explain(e, {
                forbidden: 'the token needs contents: read on every repository of the graph',
            })}`);
        }
        const limited = e.errors.find((x) => x.type === 'RATE_LIMITED');
        if (limited)
            throw new _coco_release_core__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`GitHub's GraphQL rate limit is exhausted (${limited.message}); it resets within the hour: run again later`);
        // A repository GitHub does not know answers NOT_FOUND at its alias, and null there; the rest still answers.
        const other = e.errors.filter((x) => !(x.type === 'NOT_FOUND' && x.path?.length === 1 && aliases.has(String(x.path[0]))));
        if (other.length > 0)
            throw new _coco_release_core__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`GitHub's GraphQL API refused the query: ${other.map((x) => x.message).join('; ')}`);
        data = (e.data ?? {});
    }
    fetched(answers, data ?? {});
}


/***/ }),

/***/ 5487:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   confirmDispatch: () => (/* binding */ confirmDispatch),
/* harmony export */   dispatch: () => (/* binding */ dispatch),
/* harmony export */   readState: () => (/* binding */ readState)
/* harmony export */ });
/* unused harmony export listRuns */
/* harmony import */ var _coco_release_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4809);
/* harmony import */ var _coco_release_release_graph__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5686);
/* harmony import */ var _coco_release_versioning__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5808);
/* harmony import */ var _coco_release_yaml_edit__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3053);
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2088);
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(semver__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var _src_github_client_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6584);
/* harmony import */ var _release_status_src_graphql_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4453);







const lit = (s) => JSON.stringify(s);
/** The steps a plan could start or gate on CI: what request 3 and the runs are asked for. */
function candidates(plan) {
    return plan.steps.filter((s) => s.workflow && (s.state === 'ready' || (s.state === 'waiting' && s.waitingOn === 'ci')));
}
async function graphql(client, query, what) {
    try {
        return await client.graphql(query);
    }
    catch (e) {
        if (e instanceof _src_github_client_js__WEBPACK_IMPORTED_MODULE_5__/* .GraphqlError */ .a)
            throw new _coco_release_core__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`GitHub's GraphQL API refused ${what}: ${e.errors.map((x) => x.message).join('; ')}`);
        if (e instanceof _coco_release_core__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo)
            throw e;
        throw new _coco_release_core__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`reading ${what} from ${client.graphqlUrl}: ${client.explain(e)}`);
    }
}
async function readState(client, graph, options) {
    const requests = { graphql: 0, rest: 0 };
    const train = [...graph.components.values()].filter((c) => c.release);
    const start = train.find((c) => c.release.startsTrain);
    if (!start)
        throw new _coco_release_core__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${graph.file} has no release train: no component has 'release: starts-train: true'`);
    let target = options.target;
    if (target === undefined) {
        requests.graphql++;
        const data = await graphql(client, `query LatestRelease { r: repository(owner: ${lit(start.owner)}, name: ${lit(start.repo)}) { latestRelease { tagName } } }`, `the latest release of ${start.repository}`);
        const tag = data.r?.latestRelease?.tagName;
        const version = tag === undefined ? undefined : (0,_coco_release_versioning__WEBPACK_IMPORTED_MODULE_2__/* .versionsOf */ .x4)(start.tagFormat, [tag])[0];
        if (version === undefined)
            throw new _coco_release_core__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${start.repository} has no latest release${tag !== undefined ? ` named as ${start.tagFormat.text} (${tag})` : ''}: give input 'target'`);
        target = version;
    }
    const targetTag = (0,_coco_release_versioning__WEBPACK_IMPORTED_MODULE_2__/* .formatTag */ ._3)(start.tagFormat, target);
    const holderRepo = (pin) => graph.components.get(pin.holder).repository;
    const refOf = (pin) => (pin.holder === start.name ? targetTag : pin.ref);
    // Request 1.
    const first = {
        files: [],
        refs: [],
        tags: [{ repository: start.repository, tag: targetTag }],
        commits: [],
        tagLists: [],
    };
    const seen = new Set();
    for (const pin of graph.pins) {
        const [repo, ref] = [holderRepo(pin), refOf(pin)];
        if (!seen.has((0,_release_status_src_graphql_js__WEBPACK_IMPORTED_MODULE_6__.fileKey)(repo, ref, pin.file)))
            first.files.push({ repository: repo, ref, path: pin.file });
        if (!seen.has((0,_release_status_src_graphql_js__WEBPACK_IMPORTED_MODULE_6__.refKey)(repo, ref)))
            first.refs.push({ repository: repo, ref });
        seen.add((0,_release_status_src_graphql_js__WEBPACK_IMPORTED_MODULE_6__.fileKey)(repo, ref, pin.file)).add((0,_release_status_src_graphql_js__WEBPACK_IMPORTED_MODULE_6__.refKey)(repo, ref));
    }
    const workflows = [];
    for (const c of train) {
        const r = c.release;
        if (!r.startsTrain) {
            workflows.push(r.workflow);
            if (!seen.has((0,_release_status_src_graphql_js__WEBPACK_IMPORTED_MODULE_6__.refKey)(r.workflow.repository, r.workflow.ref)))
                first.refs.push({ repository: r.workflow.repository, ref: r.workflow.ref });
            seen.add((0,_release_status_src_graphql_js__WEBPACK_IMPORTED_MODULE_6__.refKey)(r.workflow.repository, r.workflow.ref));
        }
        if (!first.tagLists.includes(c.repository))
            first.tagLists.push(c.repository);
        // The component's own version on its default branch (issue 22's `current`), with the pins' files.
        if (!r.startsTrain && r.current !== undefined && !seen.has((0,_release_status_src_graphql_js__WEBPACK_IMPORTED_MODULE_6__.fileKey)(c.repository, undefined, r.current.file))) {
            first.files.push({ repository: c.repository, ref: undefined, path: r.current.file });
            seen.add((0,_release_status_src_graphql_js__WEBPACK_IMPORTED_MODULE_6__.fileKey)(c.repository, undefined, r.current.file));
        }
    }
    const answers = (0,_release_status_src_graphql_js__WEBPACK_IMPORTED_MODULE_6__.emptyAnswers)();
    await (0,_release_status_src_graphql_js__WEBPACK_IMPORTED_MODULE_6__.fetchAll)(client, first, answers);
    requests.graphql++;
    const errors = [];
    for (const repo of answers.missingRepos.splice(0))
        errors.push(new _coco_release_core__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`repository ${repo} not found: it does not exist, or the token cannot read it`));
    (0,_coco_release_core__WEBPACK_IMPORTED_MODULE_0__/* .throwIfAny */ .MI)(errors);
    const targetCommit = answers.tags.get((0,_release_status_src_graphql_js__WEBPACK_IMPORTED_MODULE_6__.tagKey)(start.repository, targetTag)) ?? null;
    const reads = (0,_coco_release_release_graph__WEBPACK_IMPORTED_MODULE_1__/* .readPins */ .LF)(graph.pins, (pin) => {
        const file = answers.files.get((0,_release_status_src_graphql_js__WEBPACK_IMPORTED_MODULE_6__.fileKey)(holderRepo(pin), refOf(pin), pin.file));
        return file && 'text' in file ? { text: file.text, display: pin.file } : undefined;
    });
    // A pin whose file is missing is reported as unreadable, not dropped: the planner blocks its holder.
    const readIds = new Set(reads.map((r) => r.pin.id));
    for (const pin of graph.pins) {
        if (readIds.has(pin.id))
            continue;
        const file = answers.files.get((0,_release_status_src_graphql_js__WEBPACK_IMPORTED_MODULE_6__.fileKey)(holderRepo(pin), refOf(pin), pin.file));
        const ref = answers.refs.get((0,_release_status_src_graphql_js__WEBPACK_IMPORTED_MODULE_6__.refKey)(holderRepo(pin), refOf(pin)));
        const error = ref === null
            ? `${holderRepo(pin)} has no ${refOf(pin) ?? 'default branch'}`
            : file && 'message' in file
                ? file.message
                : `${pin.file} was not read`;
        reads.push({ pin, ok: false, error, line: undefined });
    }
    reads.sort((a, b) => graph.pins.indexOf(a.pin) - graph.pins.indexOf(b.pin));
    // Request 2: lookups, and the released-with pins at each component's newest release tag.
    const release = new Map([[start.name, target]]);
    const needs = (0,_coco_release_release_graph__WEBPACK_IMPORTED_MODULE_1__/* .lookupsNeeded */ .zv)(graph, reads, release);
    const second = (0,_release_status_src_graphql_js__WEBPACK_IMPORTED_MODULE_6__.unanswered)(needs, answers);
    const newestTag = new Map();
    for (const c of train) {
        const r = c.release;
        if (r.startsTrain || r.releasedWith === undefined)
            continue;
        const names = (answers.tagLists.get(c.repository) ?? []).map((t) => t.name);
        const newest = (0,_coco_release_versioning__WEBPACK_IMPORTED_MODULE_2__/* .versionsOf */ .x4)(c.tagFormat, names).find((v) => semver__WEBPACK_IMPORTED_MODULE_4___default().prerelease(v) === null);
        if (newest === undefined)
            continue;
        const tag = (0,_coco_release_versioning__WEBPACK_IMPORTED_MODULE_2__/* .formatTag */ ._3)(c.tagFormat, newest);
        newestTag.set(c.name, tag);
        const pin = graph.pins.find((p) => p.id === r.releasedWith);
        second.files.push({ repository: c.repository, ref: `refs/tags/${tag}`, path: pin.file });
    }
    if (!(0,_release_status_src_graphql_js__WEBPACK_IMPORTED_MODULE_6__.isEmpty)(second)) {
        await (0,_release_status_src_graphql_js__WEBPACK_IMPORTED_MODULE_6__.fetchAll)(client, second, answers);
        requests.graphql++;
    }
    const report = (0,_coco_release_release_graph__WEBPACK_IMPORTED_MODULE_1__/* .checkGraph */ .PX)(graph, reads, (0,_release_status_src_graphql_js__WEBPACK_IMPORTED_MODULE_6__.answeredLookups)(answers), {
        release,
        readAt: (pin) => {
            const r = answers.refs.get((0,_release_status_src_graphql_js__WEBPACK_IMPORTED_MODULE_6__.refKey)(holderRepo(pin), refOf(pin)));
            return { ref: r?.name ?? refOf(pin) ?? 'HEAD', commit: r?.commit };
        },
    });
    const releasedWith = {};
    for (const [name, tag] of newestTag) {
        const c = graph.components.get(name);
        const r = c.release;
        if (r.startsTrain)
            continue;
        const pin = graph.pins.find((p) => p.id === r.releasedWith);
        const file = answers.files.get((0,_release_status_src_graphql_js__WEBPACK_IMPORTED_MODULE_6__.fileKey)(c.repository, `refs/tags/${tag}`, pin.file));
        let version;
        if (file && 'text' in file) {
            try {
                const v = (0,_coco_release_release_graph__WEBPACK_IMPORTED_MODULE_1__/* .readPinValue */ .hG)(pin, file.text, `${pin.file}@${tag}`);
                version = v.value === pin.development ? undefined : v.value.replace(/^v/, '');
            }
            catch (e) {
                if (!(e instanceof _coco_release_core__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo))
                    throw e;
            }
        }
        releasedWith[name] = { tag, version };
    }
    const current = {};
    for (const c of train) {
        const r = c.release;
        if (r.startsTrain || r.current === undefined)
            continue;
        const file = answers.files.get((0,_release_status_src_graphql_js__WEBPACK_IMPORTED_MODULE_6__.fileKey)(c.repository, undefined, r.current.file));
        if (!file || !('text' in file)) {
            current[c.name] = { error: file && 'message' in file ? file.message : `${r.current.file} was not read` };
            continue;
        }
        try {
            const f = (0,_coco_release_yaml_edit__WEBPACK_IMPORTED_MODULE_3__/* .loadYaml */ .yv)(file.text, r.current.file);
            current[c.name] = { version: (0,_coco_release_yaml_edit__WEBPACK_IMPORTED_MODULE_3__/* .readScalar */ .$t)(f, r.current.path).value };
        }
        catch (e) {
            if (!(e instanceof _coco_release_core__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo))
                throw e;
            current[c.name] = { error: e.message };
        }
    }
    const tags = {};
    for (const c of train)
        tags[c.name] = answers.tagLists.get(c.repository) ?? [];
    const heads = {};
    for (const w of workflows) {
        const r = answers.refs.get((0,_release_status_src_graphql_js__WEBPACK_IMPORTED_MODULE_6__.refKey)(w.repository, w.ref));
        if (r)
            heads[(0,_coco_release_release_graph__WEBPACK_IMPORTED_MODULE_1__/* .refKey */ .XF)(w.repository, w.ref)] = r.commit;
    }
    const state = {
        target,
        targetCommit,
        report,
        tags,
        releasedWith,
        pullRequests: {},
        runs: {},
        heads,
        ci: {},
        current,
        versions: options.versions,
    };
    // Request 3 and the runs: only for the steps that could start now.
    const plan = (0,_coco_release_release_graph__WEBPACK_IMPORTED_MODULE_1__/* .planTrain */ .q)(graph, state);
    const steps = candidates(plan);
    if (steps.length === 0)
        return { state, requests };
    const pulls = new Map();
    const commits = new Map();
    for (const s of steps) {
        const w = s.workflow;
        if (s.pullRequest !== undefined)
            pulls.set((0,_coco_release_release_graph__WEBPACK_IMPORTED_MODULE_1__/* .prKey */ .qN)(w.repository, s.pullRequest), { repository: w.repository, branch: s.pullRequest });
        const commit = plan.versions[s.component]?.commit;
        const repository = commit !== undefined ? graph.components.get(s.component).repository : w.repository;
        const sha = commit ?? heads[(0,_coco_release_release_graph__WEBPACK_IMPORTED_MODULE_1__/* .refKey */ .XF)(w.repository, w.ref)];
        if (sha !== undefined)
            commits.set((0,_coco_release_release_graph__WEBPACK_IMPORTED_MODULE_1__/* .ciKey */ .qK)(repository, sha), { repository, sha });
    }
    if (pulls.size + commits.size > 0) {
        const third = buildThird([...pulls.values()], [...commits.values()]);
        requests.graphql++;
        const data = await graphql(client, third.query, 'the pull requests and CI of the train');
        third.read(data, state);
    }
    for (const w of uniqueWorkflows(steps.map((s) => s.workflow))) {
        requests.rest++;
        state.runs[(0,_coco_release_release_graph__WEBPACK_IMPORTED_MODULE_1__/* .workflowKey */ .tB)(w)] = await listRuns(client, w);
    }
    return { state, requests };
}
function uniqueWorkflows(ws) {
    const out = new Map();
    for (const w of ws)
        out.set((0,_coco_release_release_graph__WEBPACK_IMPORTED_MODULE_1__/* .workflowKey */ .tB)(w), w);
    return [...out.values()];
}
/** GitHub's rollup of check runs and commit statuses, in the planner's words. */
function ciState(rollup) {
    if (rollup === 'SUCCESS')
        return 'success';
    if (rollup === 'PENDING' || rollup === 'EXPECTED')
        return 'pending';
    if (rollup === 'FAILURE' || rollup === 'ERROR')
        return 'failure';
    return 'none';
}
function buildThird(pulls, commits) {
    const byRepo = new Map();
    const readers = [];
    const field = (repository, text, read) => {
        const fields = byRepo.get(repository) ?? [];
        if (!byRepo.has(repository))
            byRepo.set(repository, fields);
        const alias = `a${fields.length}`;
        fields.push(`${alias}: ${text}`);
        const repoAlias = `r${[...byRepo.keys()].indexOf(repository)}`;
        readers.push((data, state) => {
            const node = data[repoAlias];
            if (node)
                read(node[alias], state);
        });
    };
    for (const p of pulls) {
        field(p.repository, `pullRequests(headRefName: ${lit(p.branch)}, first: 1, orderBy: { field: CREATED_AT, direction: DESC }) { nodes { number url state mergedAt } }`, (v, state) => {
            const node = v?.nodes?.[0];
            if (!node)
                return;
            const pr = {
                number: node.number,
                url: node.url,
                state: node.state === 'MERGED' ? 'merged' : node.state === 'OPEN' ? 'open' : 'closed',
                ...(node.mergedAt ? { mergedAt: node.mergedAt } : {}),
            };
            state.pullRequests[(0,_coco_release_release_graph__WEBPACK_IMPORTED_MODULE_1__/* .prKey */ .qN)(p.repository, p.branch)] = pr;
        });
    }
    for (const c of commits) {
        field(c.repository, `object(oid: ${lit(c.sha)}) { ... on Commit { statusCheckRollup { state } } }`, (v, state) => {
            const rollup = v?.statusCheckRollup?.state;
            state.ci[(0,_coco_release_release_graph__WEBPACK_IMPORTED_MODULE_1__/* .ciKey */ .qK)(c.repository, c.sha)] = ciState(rollup);
        });
    }
    const parts = [...byRepo].map(([name, fields], i) => {
        const [owner, repo] = name.split('/');
        return `  r${i}: repository(owner: ${lit(owner)}, name: ${lit(repo)}) {\n    ${fields.join('\n    ')}\n  }`;
    });
    return {
        query: `query ReleaseTrain {\n${parts.join('\n')}\n}`,
        read: (data, state) => {
            for (const r of readers)
                r(data ?? {}, state);
        },
    };
}
/** The newest workflow_dispatch runs of a workflow on its branch: one page is enough for one release. */
async function listRuns(client, w) {
    const [owner, repo] = w.repository.split('/');
    try {
        const { data } = await client.request('GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs', {
            owner,
            repo,
            workflow_id: w.file,
            event: 'workflow_dispatch',
            branch: w.ref,
            per_page: 50,
        });
        return data.workflow_runs.map((r) => ({
            id: r.id,
            title: r.display_title,
            status: r.status ?? 'queued',
            conclusion: r.conclusion,
            url: r.html_url,
            createdAt: r.created_at,
        }));
    }
    catch (e) {
        throw new _coco_release_core__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`listing the runs of ${w.repository} .github/workflows/${w.file}: ${client.explain(e, {
            notFound: `${w.repository} has no workflow ${w.file} (or the token cannot see it)`,
            forbidden: `the token needs actions: read on ${w.repository}`,
        })}`);
    }
}
/** Start a step: POST …/actions/workflows/{file}/dispatches (204, no body: GitHub says nothing of the run). */
async function dispatch(client, w, inputs) {
    const [owner, repo] = w.repository.split('/');
    try {
        await client.request('POST /repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches', {
            owner,
            repo,
            workflow_id: w.file,
            ref: w.ref,
            inputs,
        });
    }
    catch (e) {
        throw new _coco_release_core__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`dispatching ${w.repository} .github/workflows/${w.file} on ${w.ref}: ${client.explain(e, {
            notFound: `${w.repository} has no workflow ${w.file} with a workflow_dispatch trigger (or the token cannot see it)`,
            forbidden: `the token needs actions: write on ${w.repository}`,
        })}`);
    }
}
/**
 * GitHub answers a dispatch with 204 and creates the run a moment later. Until the run is listed, a
 * conductor run would see the step as ready again: wait until a run of this title that was not there before
 * is listed (conductor runs are serialized by the workflow's concurrency group, so the next one sees it).
 * Returns the requests made and whether the run appeared in time.
 */
async function confirmDispatch(client, w, runName, before, options) {
    const known = new Set(before.map((r) => r.id));
    const deadline = Date.now() + options.waitMs;
    let requests = 0;
    for (;;) {
        requests++;
        const run = (await listRuns(client, w)).find((r) => r.title === runName && !known.has(r.id));
        if (run || Date.now() + options.intervalMs > deadline)
            return { requests, run };
        await new Promise((resolve) => setTimeout(resolve, options.intervalMs));
    }
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
