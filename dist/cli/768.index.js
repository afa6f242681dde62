export const id = 768;
export const ids = [768];
export const modules = {

/***/ 768:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  isBump: () => (/* reexport */ isBump),
  isExactSemver: () => (/* reexport */ isExactSemver),
  planChartBumps: () => (/* reexport */ planChartBumps)
});

// UNUSED EXPORTS: LOCK_MODES, dependencyJson, fileDiff, formatGoTime, goJson, goJsonString, goYamlString, hashReq, isExactRequirement, lineEdits, lockedDependency, readChartFile, readLockFile, renderLockFile, sanitize, satisfies

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./packages/core/src/index.ts + 7 modules
var src = __webpack_require__(6707);
// EXTERNAL MODULE: ./packages/yaml-edit/src/index.ts + 10 modules
var yaml_edit_src = __webpack_require__(6757);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./packages/helm-chart/src/chart-file.ts



function readChartFile(source, display) {
    const odd = /[\u0085\u2028\u2029]/.exec(source);
    if (odd) {
        // YAML 1.1 (go-yaml, so Helm) breaks lines there; YAML 1.2 does not: the two would read different files.
        const line = source.slice(0, odd.index).split('\n').length;
        const name = `U+${odd[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
        throw new src/* UserError */.yo(`holds the character ${name}, which Helm (YAML 1.1) reads as a line break; write it as an escape`, {
            file: display,
            line,
        });
    }
    const file = (0,yaml_edit_src/* loadYaml */.yv)(source, display);
    const root = file.doc.contents;
    const at = (node) => {
        const range = node?.range;
        return range ? (0,yaml_edit_src/* positionOf */.df)(file, range[0]) : { line: 1, col: 1 };
    };
    const fail = (message, node) => {
        throw new src/* UserError */.yo(message, { file: display, ...at(node) });
    };
    if (!(0,dist/* isMap */.jh)(root))
        return fail('expected a mapping (Chart.yaml fields) at the top of the file', root);
    const resolve = (node) => ((0,dist/* isAlias */.Vj)(node) ? node.resolve(file.doc) : node);
    const field = (map, key) => resolve(map.get(key, true));
    /** A Go string field: null reads as "", a non-string plain scalar is refused (Helm would read it as another type). */
    const goString = (node, what) => {
        node = resolve(node);
        if (node === undefined || node === null)
            return '';
        if (!(0,dist/* isScalar */.jn)(node))
            return fail(`${what} must be a string, found a ${(0,dist/* isMap */.jh)(node) ? 'mapping' : 'sequence'}`, node);
        if (node.type !== dist/* Scalar */.X5.PLAIN)
            return String(node.value);
        const text = typeof node.value === 'string' ? node.value : (node.source ?? String(node.value));
        if (NULL_11.test(text))
            return '';
        if (!(0,yaml_edit_src/* isStringUnder11 */.Sq)(text) && !TIMESTAMP_START.test(text)) {
            return fail(`${what} is ${text}, which Helm (YAML 1.1) reads as a ${kind11(text)}; quote it ("${text}")`, node);
        }
        return text;
    };
    const apiVersion = goString(field(root, 'apiVersion'), 'apiVersion');
    const name = goString(field(root, 'name'), 'name');
    const versionNode = field(root, 'version');
    if (versionNode === undefined || ((0,dist/* isScalar */.jn)(versionNode) && versionNode.value === null)) {
        fail('chart has no version (Helm requires one)', versionNode ?? root);
    }
    const version = { value: goString(versionNode, 'version'), line: at(versionNode).line };
    const appNode = field(root, 'appVersion');
    const appVersion = appNode === undefined ? null : { value: goString(appNode, 'appVersion'), line: at(appNode).line };
    const depsNode = field(root, 'dependencies');
    let dependencies = null;
    if (depsNode !== undefined && !((0,dist/* isScalar */.jn)(depsNode) && depsNode.value === null)) {
        if (!(0,dist/* isSeq */.oP)(depsNode))
            return fail('dependencies must be a list', depsNode);
        dependencies = [];
        const keys = new Map();
        depsNode.items.forEach((raw, index) => {
            const item = resolve(raw);
            const where = `dependencies[${index}]`;
            if (!(0,dist/* isMap */.jh)(item))
                return fail(`${where}: dependencies must not contain empty or null entries`, item ?? depsNode);
            const str = (key) => sanitize(goString(field(item, key), `${where}.${key}`));
            const aliasText = goString(field(item, 'alias'), `${where}.alias`);
            if (aliasText !== '' && !/^[a-zA-Z0-9_-]+$/.test(aliasText)) {
                fail(`${where}: dependency alias ${JSON.stringify(aliasText)} has disallowed characters`, field(item, 'alias'));
            }
            const dep = {
                name: str('name'),
                version: str('version'),
                repository: str('repository'),
                condition: str('condition'),
                tags: stringList(field(item, 'tags'), `${where}.tags`).map(sanitize),
                enabled: goBool(field(item, 'enabled'), `${where}.enabled`),
                importValues: importValues(field(item, 'import-values'), `${where}.import-values`),
                alias: aliasText,
            };
            const key = dep.alias || dep.name;
            const earlier = keys.get(key);
            if (earlier !== undefined) {
                fail(`${where}: more than one dependency with name or alias ${JSON.stringify(key)} (also dependencies[${earlier}])`, item);
            }
            keys.set(key, index);
            const versionNode = field(item, 'version');
            dependencies.push({ index, dep, key, line: at(item).line, versionLine: at(versionNode ?? item).line });
        });
    }
    const depsKey = root.items.find((p) => (0,dist/* isScalar */.jn)(p.key) && p.key.value === 'dependencies')?.key;
    const dependenciesLine = depsKey ? at(depsKey).line : 1;
    return { file, apiVersion, name, version, appVersion, dependencies, dependenciesLine };
    function stringList(node, what) {
        if (node === undefined || ((0,dist/* isScalar */.jn)(node) && node.value === null))
            return [];
        if (!(0,dist/* isSeq */.oP)(node))
            return fail(`${what} must be a list of strings`, node);
        return node.items.map((n, i) => goString(n, `${what}[${i}]`));
    }
    function goBool(node, what) {
        if (node === undefined || ((0,dist/* isScalar */.jn)(node) && node.value === null))
            return false;
        if ((0,dist/* isScalar */.jn)(node) && node.type === dist/* Scalar */.X5.PLAIN) {
            const text = node.source ?? String(node.value);
            if (TRUE_11.test(text))
                return true;
            if (FALSE_11.test(text))
                return false;
        }
        return fail(`${what} must be true or false`, node);
    }
    function importValues(node, what) {
        if (node === undefined || ((0,dist/* isScalar */.jn)(node) && node.value === null))
            return [];
        if (!(0,dist/* isSeq */.oP)(node))
            return fail(`${what} must be a list`, node);
        return node.items.map((n, i) => goValue(n, `${what}[${i}]`));
    }
    /** Any value as json.Unmarshal into interface{} holds it after sigs.k8s.io/yaml's YAML-to-JSON step. */
    function goValue(raw, what) {
        const node = resolve(raw);
        if (node === undefined || node === null)
            return null;
        if ((0,dist/* isSeq */.oP)(node))
            return node.items.map((n, i) => goValue(n, `${what}[${i}]`));
        if ((0,dist/* isMap */.jh)(node)) {
            const out = {};
            for (const pair of node.items) {
                const key = resolve(pair.key);
                if ((0,dist/* isScalar */.jn)(key) && key.source === '<<')
                    fail(`${what}: merge keys (<<) are not supported here`, key);
                out[goString(key, `${what} key`)] = goValue(pair.value, `${what}.${String(key.value)}`);
            }
            return out;
        }
        if (!(0,dist/* isScalar */.jn)(node))
            return fail(`${what}: unexpected YAML node`, node);
        if (node.type !== dist/* Scalar */.X5.PLAIN)
            return String(node.value);
        const text = typeof node.value === 'string' ? node.value : (node.source ?? String(node.value));
        if (NULL_11.test(text))
            return null;
        if (TRUE_11.test(text))
            return true;
        if (FALSE_11.test(text))
            return false;
        if ((0,yaml_edit_src/* isStringUnder11 */.Sq)(text) || TIMESTAMP_START.test(text))
            return text;
        if (/^[-+]?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?$/.test(text))
            return Number(text);
        return fail(`${what} is ${text}, a number whose Go reading is not certain; quote it or write it in decimal`, node);
    }
}
/** Metadata.Validate's sanitizeString: whitespace becomes a space, characters Go cannot print are dropped. */
function sanitize(s) {
    if (/^[\x20-\x7e]*$/.test(s))
        return s;
    let out = '';
    for (const c of s) {
        if (/\p{White_Space}/u.test(c))
            out += ' ';
        else if (/[\p{L}\p{M}\p{N}\p{P}\p{S}]/u.test(c))
            out += c;
    }
    return out;
}
const NULL_11 = /^(?:~|null|Null|NULL|)$/;
const TRUE_11 = /^(?:y|Y|yes|Yes|YES|true|True|TRUE|on|On|ON)$/;
const FALSE_11 = /^(?:n|N|no|No|NO|false|False|FALSE|off|Off|OFF)$/;
/** go-yaml v2 keeps a timestamp-looking plain scalar a string when the target is not a time.Time. */
const TIMESTAMP_START = /^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:$|[Tt ])/;
function kind11(text) {
    if (TRUE_11.test(text) || FALSE_11.test(text))
        return 'boolean';
    return 'number';
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./packages/helm-chart/src/go-json.ts
/**
 * The bytes Go's encoding/json Marshal produces for Helm's `chart.Dependency`, which is what Helm hashes
 * into Chart.lock's digest (internal/resolver/resolver.go, HashReq).
 */
const HTML_UNSAFE = /[<>&\u2028\u2029]/g;
/**
 * Go's encodeState.string with escapeHTML (json.Marshal's default): JSON.stringify's escapes (`\"`, `\\`,
 * `\n`, `\r`, `\t`, `\b`, `\f` since Go 1.22, `\u00XX` for other control characters, lowercase hex) plus
 * `\u003c`, `\u003e`, `\u0026` for `<`, `>`, `&` and `\u2028`, `\u2029`, which JavaScript leaves alone.
 */
function goJsonString(s) {
    const json = JSON.stringify(s);
    return HTML_UNSAFE.test(json)
        ? json.replace(HTML_UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
        : json;
}
/**
 * Go's floatEncoder for float64 (every JSON number json.Unmarshal reads into interface{}): the shortest
 * representation that round-trips, `%f` style between 1e-6 and 1e21 and exponent style outside, with the
 * exponent's leading zero removed. JavaScript's Number#toString makes the same choices at the same
 * thresholds, so only -0 (Go keeps the sign) needs care. NaN and infinities cannot come from JSON.
 */
function goJsonNumber(n) {
    if (!Number.isFinite(n))
        throw new Error(`json: unsupported value: ${n}`);
    return Object.is(n, -0) ? '-0' : String(n);
}
/** Byte order of UTF-8, as Go's sort of map keys compares strings; UTF-16 order differs above U+FFFF. */
function byUtf8(a, b) {
    return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
}
function goJson(value) {
    if (value === null)
        return 'null';
    if (typeof value === 'string')
        return goJsonString(value);
    if (typeof value === 'number')
        return goJsonNumber(value);
    if (typeof value === 'boolean')
        return value ? 'true' : 'false';
    if (Array.isArray(value))
        return `[${value.map(goJson).join(',')}]`;
    const keys = Object.keys(value).sort(byUtf8);
    return `{${keys.map((k) => `${goJsonString(k)}:${goJson(value[k])}`).join(',')}}`;
}
/** json.Marshal(*chart.Dependency): struct fields in declaration order, omitempty honoured. */
function dependencyJson(d) {
    let out = `{"name":${goJsonString(d.name)}`;
    if (d.version !== '')
        out += `,"version":${goJsonString(d.version)}`;
    out += `,"repository":${goJsonString(d.repository)}`;
    if (d.condition !== '')
        out += `,"condition":${goJsonString(d.condition)}`;
    if (d.tags.length > 0)
        out += `,"tags":[${d.tags.map(goJsonString).join(',')}]`;
    if (d.enabled)
        out += ',"enabled":true';
    if (d.importValues.length > 0)
        out += `,"import-values":${goJson(d.importValues)}`;
    if (d.alias !== '')
        out += `,"alias":${goJsonString(d.alias)}`;
    return `${out}}`;
}
/** A dependency as it stands in Chart.lock: resolver.go builds each locked entry from name, repository and version only. */
function lockedDependency(name, repository, version) {
    return { name, version, repository, condition: '', tags: [], enabled: false, importValues: [], alias: '' };
}

;// CONCATENATED MODULE: ./packages/helm-chart/src/digest.ts


/**
 * Helm's resolver.HashReq (internal/resolver/resolver.go): `json.Marshal([2][]*chart.Dependency{req, lock})`,
 * hashed with provenance.Digest (SHA-256, lowercase hex) and prefixed with `sha256:`. `req` is Chart.yaml's
 * dependencies as Helm loads them, `lock` the resolved entries Chart.lock lists.
 */
function hashReq(requirements, locked) {
    const list = (deps) => `[${deps.map(dependencyJson).join(',')}]`;
    const json = `[${list(requirements)},${list(locked)}]`;
    return `sha256:${(0,external_node_crypto_.createHash)('sha256').update(json, 'utf8').digest('hex')}`;
}

;// CONCATENATED MODULE: ./packages/helm-chart/src/file-diff.ts

/**
 * Edits that turn `before` into `after` line by line (a longest common subsequence of lines), so that a
 * regenerated Chart.lock diffs as the lines that changed rather than as a whole new file. Lock files have a
 * dozen lines; the quadratic table is nothing.
 */
function lineEdits(before, after) {
    const a = splitKeep(before);
    const b = splitKeep(after);
    const n = a.length;
    const m = b.length;
    const lcs = Array.from({ length: n + 1 }, () => new Array(m + 1).fill(0));
    for (let i = n - 1; i >= 0; i--)
        for (let j = m - 1; j >= 0; j--)
            lcs[i][j] = a[i] === b[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
    const edits = [];
    let offset = 0;
    let i = 0;
    let j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && a[i] === b[j]) {
            offset += a[i].length;
            i++;
            j++;
            continue;
        }
        const start = offset;
        let text = '';
        while ((i < n || j < m) && !(i < n && j < m && a[i] === b[j])) {
            if (j < m && (i === n || lcs[i][j + 1] >= lcs[i + 1][j]))
                text += b[j++];
            else
                offset += a[i++].length;
        }
        edits.push({ start, end: offset, text });
    }
    return edits;
}
/** Lines with their line breaks, so that joining them gives the text back. */
function splitKeep(text) {
    return text === '' ? [] : (text.match(/[^\n]*\n|[^\n]+$/g) ?? []);
}
/** A git-style diff of a whole file's change, with /dev/null for a file created or deleted. */
function fileDiff(file, before, after) {
    const diff = (0,src/* unifiedDiff */.WH)(file, before ?? '', lineEdits(before ?? '', after ?? ''));
    if (diff === '')
        return '';
    if (before === null)
        return diff.replace(`--- a/${file}\n`, '--- /dev/null\n');
    if (after === null)
        return diff.replace(`+++ b/${file}\n`, '+++ /dev/null\n');
    return diff;
}

;// CONCATENATED MODULE: ./packages/helm-chart/src/lock-file.ts



/** Read an existing Chart.lock (what `helm dependency update` compares its new digest with). */
function readLockFile(source, display) {
    const doc = (0,dist/* parseDocument */.Tp)(source, { prettyErrors: false });
    const bad = (message, line = 1) => {
        throw new src/* UserError */.yo(`not a Chart.lock Helm could read: ${message}`, { file: display, line });
    };
    if (doc.errors.length > 0)
        bad(doc.errors[0].message.split('\n')[0]);
    const root = doc.contents;
    if (!(0,dist/* isMap */.jh)(root))
        return bad('expected a mapping with dependencies, digest and generated');
    const text = (v) => v === null || v === undefined
        ? ''
        : (0,dist/* isScalar */.jn)(v)
            ? typeof v.value === 'string'
                ? v.value
                : (v.source ?? String(v.value ?? ''))
            : bad('expected a scalar');
    const deps = root.get('dependencies', true);
    const dependencies = [];
    if ((0,dist/* isSeq */.oP)(deps)) {
        for (const item of deps.items) {
            if (!(0,dist/* isMap */.jh)(item))
                bad('a dependency entry is not a mapping');
            const m = item;
            dependencies.push({
                name: text(m.get('name', true)),
                repository: text(m.get('repository', true)),
                version: text(m.get('version', true)),
            });
        }
    }
    else if (deps !== undefined && !((0,dist/* isScalar */.jn)(deps) && deps.value === null))
        bad('dependencies is not a list');
    return { dependencies, digest: text(root.get('digest', true)), generated: text(root.get('generated', true)) };
}
/**
 * Chart.lock as pkg/downloader/manager.go's writeLock writes it: sigs.k8s.io/yaml.Marshal(lock), which
 * marshals to JSON and re-encodes that with go-yaml v2. go-yaml sorts map keys, so the JSON field order is
 * lost: `dependencies`, `digest`, `generated` at the top and `name`, `repository`, `version` in each entry,
 * sequences not indented under their key, one trailing newline.
 */
function renderLockFile(lock) {
    const lines = [];
    if (lock.dependencies.length === 0)
        lines.push('dependencies: []');
    else {
        lines.push('dependencies:');
        for (const d of lock.dependencies) {
            lines.push(`- name: ${goYamlString(d.name)}`);
            lines.push(`  repository: ${goYamlString(d.repository)}`);
            // `version` is omitempty in the struct: an empty version vanishes in the JSON step.
            if (d.version !== '')
                lines.push(`  version: ${goYamlString(d.version)}`);
        }
    }
    lines.push(`digest: ${goYamlString(lock.digest)}`);
    lines.push(`generated: ${goYamlString(lock.generated)}`);
    return lines.join('\n') + '\n';
}
/**
 * How go-yaml v2's encoder writes a string value in a block mapping. It asks its resolver first: a string
 * that would read back as another type (null, bool, int, float, timestamp) is double-quoted; otherwise the
 * emitter writes it plain unless plain text cannot hold it, then single-quoted. Values Helm puts here are
 * names, URLs, versions, a digest and a timestamp; a value with whitespace or control characters (where
 * go-yaml folds long lines or escapes in its own way) is refused rather than written differently.
 */
function goYamlString(s) {
    if (/[\s\u0000-\u001f\u007f-\u009f\u2028\u2029\ufeff]/.test(s)) {
        throw new src/* UserError */.yo(`cannot write ${JSON.stringify(s)} into Chart.lock exactly as Helm would: it holds whitespace or control characters`);
    }
    // Characters go-yaml's emitter counts as unprintable (outside the BMP, U+FFFE, U+FFFF) force double quotes
    // and come out as escapes with uppercase hex.
    if (/[\u{10000}-\u{10ffff}\ufffe\uffff]/u.test(s)) {
        return `"${[...s]
            .map((c) => {
            const cp = c.codePointAt(0);
            if (c === '"' || c === '\\')
                return `\\${c}`;
            if (cp >= 0x10000)
                return `\\U${cp.toString(16).toUpperCase().padStart(8, '0')}`;
            return cp >= 0xfffe ? `\\u${cp.toString(16).toUpperCase()}` : c;
        })
            .join('')}"`;
    }
    // `<<` (the merge key) and `=` are not strings to YAML 1.1, but go-yaml's encoder writes them plain.
    if (s === '' || (!(0,yaml_edit_src/* isStringUnder11 */.Sq)(s) && s !== '<<' && s !== '='))
        return `"${s}"`;
    if (!plainAllowed(s))
        return `'${s.replaceAll("'", "''")}'`;
    return s;
}
/** yaml_emitter_analyze_scalar's verdict on block-context plain style, for a single line without spaces. */
function plainAllowed(s) {
    if (s.startsWith('---') || s.startsWith('...'))
        return false;
    const first = s[0];
    if ('#,[]{}&*!|>\'"%@`'.includes(first))
        return false;
    if ((first === '?' || first === ':' || first === '-') && s.length === 1)
        return false;
    // No spaces here, so `: ` and ` #` cannot occur; a trailing `:` is followed by the line end.
    if (s.endsWith(':'))
        return false;
    return true;
}
/**
 * Go's time.Time JSON form, time.RFC3339Nano ("2006-01-02T15:04:05.999999999Z07:00"): the fraction loses
 * its trailing zeros (and its dot when nothing is left), and a zero offset is written `Z`. `offsetMinutes`
 * is the zone's offset east of UTC (Helm writes time.Now() in the machine's local zone).
 */
function formatGoTime(date, offsetMinutes = -date.getTimezoneOffset()) {
    const local = new Date(date.getTime() + offsetMinutes * 60_000);
    const pad = (n, w = 2) => String(n).padStart(w, '0');
    let out = `${pad(local.getUTCFullYear(), 4)}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}`;
    out += `T${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())}`;
    const ms = local.getUTCMilliseconds();
    if (ms !== 0)
        out += `.${pad(ms, 3).replace(/0+$/, '')}`;
    if (offsetMinutes === 0)
        return `${out}Z`;
    const abs = Math.abs(offsetMinutes);
    return `${out}${offsetMinutes < 0 ? '-' : '+'}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __webpack_require__(2088);
var semver_default = /*#__PURE__*/__webpack_require__.n(semver);
;// CONCATENATED MODULE: ./packages/helm-chart/src/version.ts

function isBump(v) {
    return v === 'major' || v === 'minor' || v === 'patch';
}
/** A SemVer 2 version written as such: no leading `v` or `=`, build metadata allowed. */
function isExactSemver(v) {
    return !/^[v=]/.test(v) && semver_default().parse(v) !== null && semver_default().parse(v).raw === v;
}
/**
 * A requirement that names one version rather than a range: what Masterminds semver's NewVersion accepts
 * where Helm asks it (resolver.go treats such a requirement on an OCI repository as the version itself).
 * A leading `v` is allowed as Masterminds allows it.
 */
function isExactRequirement(v) {
    return isExactSemver(v.startsWith('v') ? v.slice(1) : v);
}
/** Does the chart version `version` satisfy the requirement `range` (Helm's constraint.Check)? */
function satisfies(version, range) {
    if (isExactRequirement(range)) {
        const a = semver_default().parse(version);
        const b = semver_default().parse(range.startsWith('v') ? range.slice(1) : range);
        return a !== null && b !== null && semver_default().compare(a, b) === 0;
    }
    return semver_default().validRange(range) !== null && semver_default().satisfies(version, range);
}
function bump(version, kind) {
    return semver_default().inc(version, kind);
}

;// CONCATENATED MODULE: ./packages/helm-chart/src/plan.ts









const LOCK_MODES = (/* unused pure expression or super */ null && (['update', 'remove', 'keep']));
/**
 * Plan the edits of a chart release without touching anything: new Chart.yaml texts (byte-exact edits of
 * version, appVersion and dependency versions), and Chart.lock as Helm 3's `helm dependency update` would
 * leave it. Charts are processed dependencies first, so a chart that takes a listed chart through file://
 * sees its new version. Every problem of every chart is collected and thrown together; nothing is returned
 * to write unless the whole plan holds.
 */
function planChartBumps(workspace, requests, options = {}) {
    const errors = [];
    const collect = (fn) => {
        try {
            return fn();
        }
        catch (e) {
            if (!(e instanceof src/* UserError */.yo))
                throw e;
            errors.push(...('errors' in e ? e.errors : [e]));
            return undefined;
        }
    };
    const loaded = [];
    const byDir = new Map();
    for (const request of requests) {
        collect(() => {
            const prefix = request.origin ? `${request.origin}: ` : '';
            const dir = chartDir(request.chart, prefix);
            const earlier = byDir.get(dir);
            if (earlier)
                throw new src/* UserError */.yo(`${prefix}chart ${dir} is listed twice`);
            const chartPath = inDir(dir, 'Chart.yaml');
            const source = workspace.read(chartPath);
            if (source === undefined) {
                throw new src/* UserError */.yo(`${prefix}${dir}: no Chart.yaml in this directory (give the chart's directory)`);
            }
            const model = readChartFile(source, chartPath);
            const entry = { request, dir, chartPath, source, model, localDeps: new Set(), prefix };
            byDir.set(dir, entry);
            loaded.push(entry);
        });
    }
    for (const c of loaded) {
        for (const d of c.model.dependencies ?? []) {
            if (!d.dep.repository.startsWith('file://'))
                continue;
            const target = collect(() => fileTarget(c, d));
            if (target !== undefined && byDir.has(target) && target !== c.dir)
                c.localDeps.add(target);
        }
    }
    (0,src/* throwIfAny */.MI)(errors);
    const order = dependencyOrder(loaded);
    const newVersions = new Map();
    const versionOf = (c, d, target) => {
        const listed = newVersions.get(target);
        if (listed !== undefined)
            return listed;
        const path = inDir(target, 'Chart.yaml');
        const text = workspace.read(path);
        if (text === undefined) {
            throw new src/* UserError */.yo(`${c.prefix}dependency ${d.key} comes from ${d.dep.repository}, but ${path} does not exist`, {
                file: c.chartPath,
                line: d.line,
            });
        }
        const version = readChartFile(text, path).version.value;
        newVersions.set(target, version);
        return version;
    };
    const plan = { files: [], charts: [], changes: [], warnings: [] };
    const now = options.now ?? new Date();
    const generated = formatGoTime(now, options.utcOffsetMinutes ?? -now.getTimezoneOffset());
    for (const c of order) {
        // A chart that cannot be planned still gets its version recorded, so that the charts after it report
        // their own problems rather than one caused by this chart.
        const planned = collect(() => {
            planOne(c);
            return true;
        });
        if (!planned && !newVersions.has(c.dir))
            newVersions.set(c.dir, c.model.version.value);
    }
    (0,src/* throwIfAny */.MI)(errors);
    return plan;
    function planOne(c) {
        const { request, model, prefix } = c;
        const file = c.chartPath;
        const at = (line) => ({ file, line });
        const chartErrors = [];
        const fail = (message, line) => {
            chartErrors.push(new src/* UserError */.yo(`${prefix}${message}`, at(line)));
        };
        // The chart's own version.
        const old = model.version.value;
        let version = old;
        if (request.version !== undefined) {
            const wanted = request.version.trim();
            if (isBump(wanted)) {
                if (!isExactSemver(old)) {
                    fail(`cannot bump version ${old}: it is not a SemVer 2 version (X.Y.Z)`, model.version.line);
                }
                else
                    version = bump(old, wanted);
            }
            else if (isExactSemver(wanted))
                version = wanted;
            else {
                const hint = isExactSemver(wanted.replace(/^[v=]/, ''))
                    ? ` (without the leading ${wanted[0]}: ${wanted.slice(1)})`
                    : '';
                throw new src/* UserError */.yo(`${prefix}version ${JSON.stringify(wanted)} is neither major, minor, patch nor a SemVer 2 version${hint}`);
            }
        }
        newVersions.set(c.dir, version);
        const sets = [];
        if (version !== old)
            sets.push({ path: '.version', value: version });
        if (request.appVersion !== undefined) {
            const appVersion = request.appVersion.replaceAll('{chart-version}', version);
            const unknown = /\{[^{}\s]*\}/.exec(appVersion);
            if (unknown) {
                throw new src/* UserError */.yo(`${prefix}app-version: unknown placeholder ${unknown[0]} (only {chart-version} is known)`);
            }
            if (/[\r\n]/.test(appVersion))
                throw new src/* UserError */.yo(`${prefix}app-version must be a single line`);
            if (model.appVersion?.value !== appVersion || model.appVersion === null) {
                sets.push({ path: '.appVersion', value: appVersion });
            }
        }
        // Dependency requirements: pins first, then local charts follow their chart's version.
        const deps = model.dependencies ?? [];
        const pinned = new Map();
        const depResults = [];
        for (const pin of request.dependencies ?? []) {
            const where = pin.origin ? `${pin.origin}: ` : '';
            const version = pin.version.trim();
            if (version === '' || /\s/.test(version)) {
                chartErrors.push(new src/* UserError */.yo(`${prefix}${where}${pin.name}: expected NAME=VERSION with a version without spaces`));
                continue;
            }
            const found = findDependency(deps, pin.name);
            if (found === 'ambiguous') {
                const aliases = deps.filter((d) => d.dep.name === pin.name).map((d) => d.key);
                fail(`${where}${pin.name} names ${aliases.length} dependencies (${aliases.join(', ')}); give the alias`, model.dependenciesLine);
                continue;
            }
            if (found === undefined) {
                if (pin.optional)
                    continue;
                const known = deps.map((d) => (d.dep.alias ? `${d.dep.name} (alias ${d.dep.alias})` : d.dep.name));
                fail(`${where}no dependency named or aliased ${pin.name} in ${model.name}` +
                    (known.length ? ` (it has ${known.join(', ')})` : ' (it has no dependencies)'), model.dependenciesLine);
                continue;
            }
            if (pinned.has(found)) {
                fail(`${where}dependency ${found.key} is pinned twice (also by ${pinned.get(found).by})`, found.line);
                continue;
            }
            pinned.set(found, { version, by: pin.origin ?? pin.name });
        }
        const lockMode = request.lock ?? 'update';
        const targets = new Map();
        for (const d of deps) {
            const pin = pinned.get(d);
            let requirement = pin?.version ?? d.dep.version;
            if (d.dep.repository.startsWith('file://')) {
                const dir = fileTarget(c, d);
                let target;
                try {
                    target = versionOf(c, d, dir);
                }
                catch (e) {
                    if (!(e instanceof src/* UserError */.yo))
                        throw e;
                    chartErrors.push(e);
                    continue;
                }
                targets.set(d, { dir, version: target });
                if (pin && isExactRequirement(pin.version) && !satisfies(target, pin.version)) {
                    fail(`dependency ${d.key} comes from ${d.dep.repository}, whose chart is at ${target}: ` +
                        `it cannot be pinned to ${pin.version} (its version follows that chart's)`, d.versionLine);
                    continue;
                }
                // An exact requirement on a local chart follows it; a range is left as written and checked below.
                if (isExactRequirement(requirement))
                    requirement = target;
                depResults.push({ name: d.dep.name, key: d.key, old: d.dep.version, new: requirement, pinnedBy: pin?.by });
            }
            else if (pin) {
                depResults.push({ name: d.dep.name, key: d.key, old: d.dep.version, new: requirement, pinnedBy: pin.by });
            }
            if (requirement !== d.dep.version)
                sets.push({ path: `.dependencies[${d.index}].version`, value: requirement });
        }
        (0,src/* throwIfAny */.MI)(chartErrors);
        const edit = sets.length > 0 ? (0,yaml_edit_src/* editYaml */.aL)(model.file, sets, { allowCreate: true }) : undefined;
        const text = edit?.text ?? c.source;
        if (edit && edit.edits.length > 0) {
            plan.files.push({
                path: file,
                before: c.source,
                after: text,
                edits: edit.edits,
                diff: (0,src/* unifiedDiff */.WH)(file, c.source, edit.edits),
            });
            for (const ch of edit.changes) {
                plan.changes.push({ file, site: siteName(ch.path, deps), old: ch.old, new: ch.new, line: ch.line });
            }
        }
        plan.charts.push({ chart: c.dir, name: model.name, old, new: version, dependencies: depResults });
        // Chart.lock, from Chart.yaml as it will be.
        const lockPath = inDir(c.dir, 'Chart.lock');
        const lockText = workspace.read(lockPath);
        if (lockMode === 'remove') {
            if (lockText !== undefined) {
                plan.files.push({
                    path: lockPath,
                    before: lockText,
                    after: null,
                    edits: null,
                    diff: fileDiff(lockPath, lockText, null),
                });
                plan.changes.push({ file: lockPath, site: 'digest', old: digestOf(lockText), new: null });
            }
            return;
        }
        const updated = text === c.source ? model : readChartFile(text, file);
        if (updated.dependencies === null)
            return; // Helm writes no lock for a chart without dependencies
        if (model.apiVersion === 'v1' && workspace.read(inDir(c.dir, 'requirements.yaml')) !== undefined) {
            throw new src/* UserError */.yo(`${prefix}apiVersion v1 charts keep their dependencies in requirements.yaml, which is not supported`, at(1));
        }
        if (lockMode === 'keep') {
            // Kept as it is, whatever it holds: only say when Helm would find it stale.
            let oldLock;
            try {
                oldLock = lockText === undefined ? undefined : readLockFile(lockText, lockPath);
            }
            catch (e) {
                if (!(e instanceof src/* UserError */.yo))
                    throw e;
                plan.warnings.push(`${lockPath} is kept, but Helm cannot read it: ${e.message}`);
            }
            if (oldLock) {
                const locked = tryLock(c, updated, targets);
                if (locked &&
                    hashReq(updated.dependencies.map((d) => d.dep), locked) !== oldLock.digest) {
                    plan.warnings.push(`${lockPath} no longer matches ${file} (helm dependency build will refuse it); lock: update regenerates it`);
                }
            }
            return;
        }
        const oldLock = lockText === undefined ? undefined : readLockFile(lockText, lockPath);
        const locked = lockDependencies(c, updated, targets);
        const digest = hashReq(updated.dependencies.map((d) => d.dep), locked);
        const lockedEntries = locked.map(({ name, repository, version }) => ({
            name,
            repository,
            version,
        }));
        if (oldLock && oldLock.digest === digest && sameEntries(oldLock, lockedEntries))
            return;
        const newLock = renderLockFile({ dependencies: lockedEntries, digest, generated });
        plan.files.push({
            path: lockPath,
            before: lockText ?? null,
            after: newLock,
            edits: null,
            diff: fileDiff(lockPath, lockText ?? null, newLock),
        });
        plan.changes.push({ file: lockPath, site: 'digest', old: oldLock?.digest ?? null, new: digest });
    }
    /** resolver.go's Resolve for requirements that need no repository index: exact versions and local charts. */
    function lockDependencies(c, chart, targets) {
        const errs = [];
        const out = [];
        const byIndex = new Map([...targets].map(([d, t]) => [d.index, t]));
        for (const d of chart.dependencies ?? []) {
            const { name, repository, version } = d.dep;
            const where = { file: c.chartPath, line: d.versionLine };
            const fail = (message) => void errs.push(new src/* UserError */.yo(`${c.prefix}dependency ${d.key}: ${message}`, where));
            if (repository === '') {
                // A chart kept in charts/<name>: Helm checks the directory and locks the requirement as written.
                const local = external_node_path_.posix.normalize(inDir(c.dir, `charts/${name}`));
                if (local.startsWith('../') || workspace.read(`${local}/Chart.yaml`) === undefined) {
                    fail(`no repository and no chart in ${local} (Helm: directory not found)`);
                }
                out.push(lockedDependency(name, '', version));
            }
            else if (repository.startsWith('file://')) {
                const target = byIndex.get(d.index);
                if (!target)
                    continue; // reported while reading the target
                if (version === '' || !satisfies(target.version, version)) {
                    fail(`requires ${version || '(no version)'} but ${repository} holds version ${target.version} ` +
                        `(helm dependency update would fail: can't get a valid version)`);
                }
                out.push(lockedDependency(name, repository, target.version));
            }
            else if (repository.startsWith('@') || repository.startsWith('alias:')) {
                fail(`repository ${repository} names a repository from Helm's local configuration, which this step cannot see; ` +
                    'write its URL instead');
            }
            else if (!isExactRequirement(version)) {
                fail(`requires ${version || '(no version)'} from ${repository}: a range needs the repository's index to resolve; ` +
                    `pin an exact version (dependencies: ${d.key}=X.Y.Z) or use lock: keep`);
            }
            else
                out.push(lockedDependency(name, repository, version));
        }
        (0,src/* throwIfAny */.MI)(errs);
        return out;
    }
    function tryLock(c, chart, targets) {
        try {
            return lockDependencies(c, chart, targets);
        }
        catch (e) {
            if (e instanceof src/* UserError */.yo)
                return undefined;
            throw e;
        }
    }
}
/** `file://../x` relative to the chart, as a workspace-relative directory; outside the workspace is refused. */
function fileTarget(c, d) {
    const rel = d.dep.repository.slice('file://'.length);
    const where = { file: c.chartPath, line: d.line };
    if (rel.startsWith('/')) {
        throw new src/* UserError */.yo(`${c.prefix}dependency ${d.key}: ${d.dep.repository} is an absolute path; only paths inside the workspace can be read`, where);
    }
    const target = external_node_path_.posix.normalize(external_node_path_.posix.join(c.dir, rel)).replace(/\/+$/, '');
    if (target === '..' || target.startsWith('../')) {
        throw new src/* UserError */.yo(`${c.prefix}dependency ${d.key}: ${d.dep.repository} points outside the workspace`, where);
    }
    return target;
}
/** A path inside a workspace-relative directory (`.` is the workspace itself). */
function inDir(dir, name) {
    return dir === '.' ? name : `${dir}/${name}`;
}
function chartDir(chart, prefix) {
    const raw = chart.trim().replaceAll('\\', '/');
    if (raw === '')
        throw new src/* UserError */.yo(`${prefix}empty chart directory`);
    if (raw.startsWith('/'))
        throw new src/* UserError */.yo(`${prefix}${raw}: give the chart directory relative to the workspace`);
    const dir = external_node_path_.posix.normalize(raw).replace(/\/+$/, '') || '.';
    if (dir === '..' || dir.startsWith('../'))
        throw new src/* UserError */.yo(`${prefix}refusing ${raw}: it is outside the workspace`);
    return dir;
}
/**
 * Listed charts in dependency order: a chart comes after every listed chart it takes through file://, and
 * otherwise keeps its place in the list.
 */
function dependencyOrder(charts) {
    const done = new Set();
    const out = [];
    const left = [...charts];
    while (left.length > 0) {
        const i = left.findIndex((c) => [...c.localDeps].every((d) => done.has(d)));
        if (i === -1) {
            const cycle = left.map((c) => c.dir).join(', ');
            throw new src/* UserError */.yo(`the listed charts depend on each other through file:// in a cycle: ${cycle}`);
        }
        const [next] = left.splice(i, 1);
        done.add(next.dir);
        out.push(next);
    }
    return out;
}
/** A dependency by its key (alias, else name), else by its name when only one dependency has it. */
function findDependency(deps, name) {
    const byKey = deps.filter((d) => d.key === name);
    if (byKey.length === 1)
        return byKey[0];
    const byName = deps.filter((d) => d.dep.name === name);
    if (byName.length > 1)
        return 'ambiguous';
    return byName[0];
}
function siteName(path, deps) {
    const m = /^\.dependencies\[(\d+)\]\.version$/.exec(path);
    if (!m)
        return path;
    const d = deps.find((x) => x.index === Number(m[1]));
    if (!d)
        return path;
    return d.dep.alias ? `.dependencies[alias=${d.dep.alias}].version` : `.dependencies[name=${d.dep.name}].version`;
}
function sameEntries(lock, entries) {
    return (lock.dependencies.length === entries.length &&
        lock.dependencies.every((d, i) => d.name === entries[i].name && d.repository === entries[i].repository && d.version === entries[i].version));
}
function digestOf(lockText) {
    return /^digest: *(\S+)/m.exec(lockText)?.[1] ?? null;
}

;// CONCATENATED MODULE: ./packages/helm-chart/src/index.ts









/***/ })

};
