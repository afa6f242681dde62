/******/ var __nccwpck_require__ = (function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ });
var inputsFrom = (function inputsFrom(raw) {
    return {
        raw,
        string: (name) => raw(name).trim(),
        required: (name) => (0,src/* requireInput */.oN)(name, raw(name)),
        boolean: (name) => (0,src/* parseBoolean */.yG)(name, raw(name)),
        lines: (name) => (0,src/* parseLines */.Li)(raw(name)),
        choice: (name, choices) => (0,src/* parseChoice */.HU)(name, raw(name), choices),
    };
});
var defineAction = (function defineAction(def) {
    return def;
});
var escapeData = (function escapeData(s) {
    return s.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
});
var escapeProperty = (function escapeProperty(s) {
    return escapeData(s).replaceAll(':', '%3A').replaceAll(',', '%2C');
});
var workflowCommand = (function workflowCommand(name, properties, message) {
    const props = Object.entries(properties)
        .filter(([, v]) => v !== undefined && v !== '')
        .map(([k, v]) => `${k}=${escapeProperty(String(v))}`)
        .join(',');
    return `::${name}${props ? ` ${props}` : ''}::${escapeData(message)}`;
});
var annotation = (function annotation(kind, message, pos = {}) {
    return workflowCommand(kind, { file: pos.file, line: pos.line, col: pos.col }, message);
});
var randomId = (function randomId() {
    const hex = Array.from({ length: 32 }, () => Math.floor(Math.random() * 16).toString(16)).join('');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
});
var outputRecord = (function outputRecord(name, value) {
    const delimiter = `ghadelimiter_${randomId()}`;
    // As @actions/core: a name or value holding the delimiter could smuggle in other outputs.
    if (name.includes(delimiter) || value.includes(delimiter))
        throw new Error('output value contains the delimiter');
    return `${name}<<${delimiter}${external_node_os_namespaceObject.EOL}${value}${external_node_os_namespaceObject.EOL}${delimiter}${external_node_os_namespaceObject.EOL}`;
});
var inputEnvName = (function inputEnvName(name) {
    return `INPUT_${name.replaceAll(' ', '_').toUpperCase()}`;
});
var readRunnerInput = (function readRunnerInput(actionName, env) {
    const defaults = INPUT_DEFAULTS[actionName];
    return (name) => {
        const value = env[inputEnvName(name)] ?? '';
        if (value.trim() !== '')
            return value;
        // An expression default (`${{ github.token }}`) is the runner's to evaluate; unevaluated it means nothing.
        const fallback = defaults?.[name] ?? '';
        return fallback.includes('${{') ? '' : fallback;
    };
});
var writeStdout = (function writeStdout(text) {
    let buf = Buffer.from(text, 'utf8');
    while (buf.length > 0) {
        try {
            buf = buf.subarray((0,external_node_fs_.writeSync)(1, buf));
        }
        catch (e) {
            if (e.code !== 'EAGAIN')
                throw e;
        }
    }
});
var runOnRunner = (async function runOnRunner(def, env = process.env) {
    const out = (line) => writeStdout(line + external_node_os_namespaceObject.EOL);
    const ctx = {
        workspace: env['GITHUB_WORKSPACE'] || process.cwd(),
        env,
        info: (m) => out(m),
        warning: (m, pos) => out(annotation('warning', m, pos)),
        error: (m, pos) => out(annotation('error', m, pos)),
        secret: (v) => {
            if (v)
                out(workflowCommand('add-mask', {}, v));
        },
    };
    try {
        const inputs = def.readInputs(inputsFrom(readRunnerInput(def.name, env)));
        const result = await def.run(inputs, ctx);
        const outputFile = env['GITHUB_OUTPUT'];
        for (const [name, value] of Object.entries(result.outputs)) {
            if (outputFile)
                (0,external_node_fs_.appendFileSync)(outputFile, outputRecord(name, value), 'utf8');
            else
                out(`${name}=${value}`);
        }
        const summaryFile = env['GITHUB_STEP_SUMMARY'];
        if (summaryFile && result.summary)
            (0,external_node_fs_.appendFileSync)(summaryFile, result.summary + external_node_os_namespaceObject.EOL, 'utf8');
        if (result.failure !== undefined) {
            out(annotation('error', result.failure));
            process.exitCode = 1;
        }
    }
    catch (e) {
        process.exitCode = 1;
        if ((0,src/* isUserError */.iU)(e)) {
            const errors = 'errors' in e && Array.isArray(e.errors) ? e.errors : [e];
            for (const err of errors)
                out(annotation('error', err.toString(), err.position));
        }
        else {
            // A bug in this project, not a user mistake: keep the stack so it can be reported.
            out(annotation('error', `${def.name} failed unexpectedly: ${e?.message ?? String(e)}`));
            process.stderr.write(`${e?.stack ?? String(e)}${external_node_os_namespaceObject.EOL}`);
        }
    }
});
var runAsStep = (function runAsStep(def) {
    runOnRunner(def).then(() => process.exit(), (e) => {
        // runOnRunner reports every error itself; this is only a last resort.
        process.stderr.write(`${e?.stack ?? String(e)}${external_node_os_namespaceObject.EOL}`);
        process.exit(1);
    });
});
var loadFiles = (async function loadFiles(inputs, ctx) {
    const out = new Map();
    const labelsOf = (key) => {
        const labels = inputs.sources.filter((s) => (0,version_parity_src/* fileKey */.wm)(s.file) === key).map((s) => `'${s.label}'`);
        return `${labels.length === 1 ? 'source' : 'sources'} ${labels.join(', ')}`;
    };
    const remote = [];
    for (const s of inputs.sources) {
        const key = (0,version_parity_src/* fileKey */.wm)(s.file);
        if (out.has(key))
            continue;
        if (s.file.kind === 'github') {
            if (!remote.some((f) => (0,version_parity_src/* fileKey */.wm)(f) === key))
                remote.push(s.file);
            continue;
        }
        try {
            const file = (0,src/* resolveInWorkspace */.z1)(s.file.path, ctx.workspace);
            out.set(key, { text: (0,src/* readText */.yR)(file), display: file.display });
        }
        catch (e) {
            if (!(e instanceof src/* UserError */.yo))
                throw e;
            out.set(key, { error: new src/* UserError */.yo(`${labelsOf(key)}: ${e.message}`, e.position) });
        }
    }
    if (remote.length > 0) {
        const token = inputs.token || ctx.env['GITHUB_TOKEN'] || '';
        if (token)
            ctx.secret(token);
        const { fetchGithubFiles } = await __nccwpck_require__.e(/* import() */ 858).then(__nccwpck_require__.bind(__nccwpck_require__, 5858));
        const fetched = await fetchGithubFiles(remote, {
            token,
            baseUrl: (ctx.env['GITHUB_API_URL'] || 'https://api.github.com').replace(/\/+$/, ''),
        });
        for (const [key, result] of fetched) {
            out.set(key, result.ok
                ? { text: result.text, display: key }
                : { error: new src/* UserError */.yo(`${labelsOf(key)} (${key}): ${result.message}`) });
        }
    }
    return out;
});
var summarize = (function summarize(report, normalize) {
    const rows = report.entries.map((e) => [
        e.label,
        `${(0,src/* code */.aY)(e.location)} line ${e.line}`,
        (0,src/* code */.aY)(e.value),
        e.agrees ? '✓' : '✗',
    ]);
    const n = report.entries.length;
    let head;
    let foot = '';
    if (report.match) {
        const spellings = report.groups[0].spellings;
        head = `✓ all ${n} sources agree on ${spellings.map(src/* code */.aY).join(' = ')}`;
        if (spellings.length > 1 && normalize)
            foot = '\nSpellings differ only by a leading `v` or blanks (normalize: true).\n';
    }
    else if (report.majority) {
        const m = report.majority;
        head = `✗ the sources disagree; the majority (${m.labels.length} of ${n}) holds ${m.spellings.map(src/* code */.aY).join(' = ')}`;
    }
    else {
        head = `✗ the sources disagree, with no majority (${report.groups.length} different values)`;
    }
    return `### check-snapshotter-parity: ${head}\n\n${(0,src/* table */.tp)(['label', 'location', 'value', 'match'], rows)}${foot}`;
});
var __webpack_modules__ = ({

/***/ 5585:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
var formatPositioned = (function formatPositioned(message, pos) {
    if (!pos.file)
        return message;
    let where = pos.file;
    if (pos.line !== undefined)
        where += `:${pos.line}`;
    if (pos.line !== undefined && pos.col !== undefined)
        where += `:${pos.col}`;
    return `${where}: ${message}`;
});
var isUserError = (function isUserError(e) {
    return e instanceof UserError;
});
var throwIfAny = (function throwIfAny(errors) {
    if (errors.length === 1)
        throw errors[0];
    if (errors.length > 1)
        throw new UserErrors(errors);
});
var applyEdits = (function applyEdits(source, edits) {
    const sorted = sortEdits(edits);
    let out = '';
    let pos = 0;
    for (const e of sorted) {
        if (e.start < pos)
            throw new Error(`overlapping edits at offset ${e.start}`);
        out += source.slice(pos, e.start) + e.text;
        pos = e.end;
    }
    return out + source.slice(pos);
});
var sortEdits = (function sortEdits(edits) {
    return edits
        .map((e, i) => ({ e, i }))
        .sort((a, b) => a.e.start - b.e.start || a.e.end - b.e.end || a.i - b.i)
        .map((x) => x.e);
});
var detectEol = (function detectEol(source) {
    const i = source.indexOf('\n');
    return i > 0 && source[i - 1] === '\r' ? '\r\n' : '\n';
});
var resolveInWorkspace = (function resolveInWorkspace(file, workspace) {
    // .native: one realpath(3) call instead of an lstat per path component in JavaScript.
    const root = external_node_fs_.realpathSync.native(workspace);
    // realpath(3) resolves `.`, `..` and doubled slashes itself, but after following symlinks; path.resolve
    // first collapses `..` by name. Keep that meaning for such paths, and spare the (JavaScript, character
    // by character) normalisation for the usual `dir/sub/file`.
    const plain = !file.startsWith('.') && !file.includes('/.') && !file.includes('//') && !file.includes('\\');
    const absolute = (0,external_node_path_namespaceObject.isAbsolute)(file)
        ? file
        : plain
            ? `${root.endsWith(external_node_path_namespaceObject.sep) ? root : root + external_node_path_namespaceObject.sep}${file}`
            : (0,external_node_path_namespaceObject.resolve)(root, file);
    let real;
    try {
        real = external_node_fs_.realpathSync.native(absolute);
    }
    catch {
        throw new UserError(`file not found: ${file}`, { file });
    }
    // Both are canonical absolute paths, so inside means "starts with the root and a separator"; no
    // path.relative(), which normalises both paths again on every call.
    const inside = root.endsWith(external_node_path_namespaceObject.sep) ? root : root + external_node_path_namespaceObject.sep;
    if (!real.startsWith(inside) || real.length === inside.length) {
        throw new UserError(`refusing to touch ${file}: it is outside the workspace ${root}`, { file });
    }
    if (!(0,external_node_fs_.statSync)(real).isFile())
        throw new UserError(`not a file: ${file}`, { file });
    const rel = real.slice(inside.length);
    return { path: real, display: external_node_path_namespaceObject.sep === '/' ? rel : rel.split(external_node_path_namespaceObject.sep).join('/') };
});
var readText = (function readText(file) {
    try {
        return (0,external_node_fs_.readFileSync)(file.path, 'utf8');
    }
    catch (e) {
        throw new UserError(`cannot read ${file.display}: ${e.message}`, { file: file.display });
    }
});
var writeFilesAtomically = (function writeFilesAtomically(writes) {
    const temps = [];
    try {
        for (const w of writes) {
            // Unique enough, and 'wx' refuses to reuse an existing name; node:crypto is not worth its load time here.
            // Beside the target, hidden: `dir/.name.<pid>.<n><random>.tmp` (string slicing, as the path is already
            // absolute and canonical, and path.join would normalise it again).
            const cut = w.path.lastIndexOf(sep) + 1;
            const tmp = `${w.path.slice(0, cut)}.${w.path.slice(cut)}.${process.pid}.${(tempCounter++).toString(36)}${Math.random().toString(36).slice(2, 8)}.tmp`;
            const mode = statSync(w.path).mode & 0o7777;
            writeFileSync(tmp, w.content, { mode, flag: 'wx' });
            temps.push({ tmp, path: w.path, original: w.original });
        }
    }
    catch (e) {
        for (const t of temps)
            safeUnlink(t.tmp);
        throw e;
    }
    const done = [];
    try {
        for (const t of temps) {
            renameSync(t.tmp, t.path);
            done.push(t);
        }
    }
    catch (e) {
        for (const t of temps)
            if (!done.includes(t))
                safeUnlink(t.tmp);
        for (const t of done)
            writeFileSync(t.path, t.original);
        throw e;
    }
});
var safeUnlink = (function safeUnlink(path) {
    try {
        unlinkSync(path);
    }
    catch {
        // already gone
    }
});
var isSymlink = (function isSymlink(path) {
    try {
        return lstatSync(path).isSymbolicLink();
    }
    catch {
        return false;
    }
});
var parseBoolean = (function parseBoolean(name, value) {
    const v = value.trim();
    if (v === 'true' || v === 'True' || v === 'TRUE')
        return true;
    if (v === 'false' || v === 'False' || v === 'FALSE')
        return false;
    throw new UserError(`input '${name}' must be true or false, got '${v}'`);
});
var parseLines = (function parseLines(value) {
    const out = [];
    // Split on \n alone: trim() drops a CRLF line's \r.
    value.split('\n').forEach((raw, i) => {
        const text = raw.trim();
        if (text !== '' && !text.startsWith('#'))
            out.push({ text, line: i + 1 });
    });
    return out;
});
var parseChoice = (function parseChoice(name, value, choices) {
    const v = value.trim();
    if (choices.includes(v))
        return v;
    throw new UserError(`input '${name}' must be one of ${choices.join(', ')}, got '${v}'`);
});
var requireInput = (function requireInput(name, value) {
    const v = value.trim();
    if (v === '')
        throw new UserError(`input '${name}' is required`);
    return v;
});
var escapeCell = (function escapeCell(value) {
    return value.replaceAll('|', '\\|').replaceAll('\r\n', '<br>').replaceAll('\n', '<br>');
});
var code = (function code(value) {
    if (value === '')
        return '';
    const longest = value.includes('`') ? Math.max(...value.match(/`+/g).map((m) => m.length)) : 0;
    const fence = '`'.repeat(longest + 1);
    const pad = value.startsWith('`') || value.endsWith('`') ? ' ' : '';
    return `${fence}${pad}${value}${pad}${fence}`;
});
var table = (function table(headers, rows) {
    const line = (cells) => `| ${cells.map(escapeCell).join(' | ')} |`;
    return [line(headers), `| ${headers.map(() => '---').join(' | ')} |`, ...rows.map(line)].join('\n') + '\n';
});
var fenced = (function fenced(language, body) {
    const longest = body.includes('```') ? Math.max(...body.match(/`{3,}/g).map((m) => m.length)) : 2;
    const fence = '`'.repeat(longest + 1);
    return `${fence}${language}\n${body.endsWith('\n') ? body : body + '\n'}${fence}\n`;
});
__nccwpck_require__.d(__webpack_exports__, {
  rr: () => (/* reexport */ LineIndex),
  yo: () => (/* reexport */ UserError),
  ct: () => (/* reexport */ applyEdits),
  aY: () => (/* reexport */ code),
  eD: () => (/* reexport */ detectEol),
  iU: () => (/* reexport */ isUserError),
  yG: () => (/* reexport */ parseBoolean),
  HU: () => (/* reexport */ parseChoice),
  Li: () => (/* reexport */ parseLines),
  yR: () => (/* reexport */ readText),
  oN: () => (/* reexport */ requireInput),
  z1: () => (/* reexport */ resolveInWorkspace),
  tp: () => (/* reexport */ table),
  MI: () => (/* reexport */ throwIfAny)
});

// UNUSED EXPORTS: UserErrors, escapeCell, fenced, formatPositioned, isSymlink, sortEdits, unifiedDiff, writeFilesAtomically

;// CONCATENATED MODULE: ./packages/core/src/errors.ts
class UserError extends Error {
    position;
    constructor(message, position = {}) {
        super(message);
        this.name = 'UserError';
        this.position = position;
    }
    /** `file:line:col: message`, the form compilers use, so editors and logs can jump to it. */
    toString() {
        return formatPositioned(this.message, this.position);
    }
}


/** Several user errors found in one pass (e.g. every bad `set` line), reported together. */
class UserErrors extends UserError {
    errors;
    constructor(errors) {
        const first = errors[0];
        super(errors.map((e) => e.toString()).join('\n'), first?.position ?? {});
        this.name = 'UserErrors';
        this.errors = errors;
    }
    toString() {
        return this.message;
    }
}
/** Throw every collected error at once, or nothing. */


;// CONCATENATED MODULE: ./packages/core/src/text-edit.ts
/**
 * Apply non-overlapping edits. Overlap is a bug in the caller (two edits of the same bytes), so it throws.
 * Edits at the same insertion point (start === end) keep their given order.
 */


/** The line ending a file already uses: new lines we add must match it (CRLF files stay CRLF). */

/** Offset -> 1-based line and column, by binary search over line starts. */
class LineIndex {
    starts = [0];
    constructor(source) {
        for (let i = source.indexOf('\n'); i !== -1; i = source.indexOf('\n', i + 1))
            this.starts.push(i + 1);
    }
    position(offset) {
        let lo = 0;
        let hi = this.starts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if ((this.starts[mid] ?? 0) <= offset)
                lo = mid;
            else
                hi = mid - 1;
        }
        return { line: lo + 1, col: offset - (this.starts[lo] ?? 0) + 1 };
    }
    line(offset) {
        return this.position(offset).line;
    }
    lineStart(line) {
        return this.starts[line - 1] ?? 0;
    }
    get lineCount() {
        return this.starts.length;
    }
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = process.getBuiltinModule("node:path");
;// CONCATENATED MODULE: ./packages/core/src/files.ts



/**
 * Resolve `file` against the workspace and refuse anything that ends up outside it (including through a
 * symlink): a release action must never edit files the workflow did not check out.
 */


/**
 * Write every file or none. Each new content goes to a temp file beside its target (same filesystem, same
 * mode), and only when all temp files exist are they renamed over their targets; if a rename fails, the
 * targets already replaced get their old content back.
 */
let tempCounter = 0;


/** True when `path` exists and is a symlink (kept for callers that must not follow links). */


;// CONCATENATED MODULE: ./packages/core/src/inputs.ts

/**
 * Input parsing shared by every action and the CLI. Inputs arrive as strings (the runner passes them
 * through `INPUT_*`); these turn them into values or a UserError naming the input.
 */
/** YAML 1.2 core-schema booleans, exactly what `@actions/core`'s getBooleanInput accepts. */

/** Non-empty, trimmed lines; lines starting with `#` are comments. */




;// CONCATENATED MODULE: ./packages/core/src/markdown.ts
/** Small Markdown builders for job summaries: tables and fenced diffs, escaped so values cannot break them. */

/** Inline code that survives backticks inside the value. */




;// CONCATENATED MODULE: ./packages/core/src/index.ts








/***/ }),

/***/ 9711:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
var splitLines = (function splitLines(source, markerAt = []) {
    const lines = [];
    let pos = 0;
    while (pos <= source.length) {
        let nl = source.indexOf('\n', pos);
        if (nl === -1)
            nl = source.length;
        const end = nl > pos && source[nl - 1] === '\r' ? nl - 1 : nl;
        const raw = source.slice(pos, end);
        let indent = 0;
        while (raw[indent] === ' ')
            indent++;
        // A tab in the indentation, even of a blank line, is an error or a subtlety: leave it to the parser.
        if (raw[indent] === '\t')
            giveUp();
        const text = raw.slice(indent);
        const skip = text.trim() === '' || text.startsWith('#');
        // `---` or `...` at column 0 start or end a document: only the first and last lines may be markers,
        // and document() handles those; anywhere else they need the parser.
        if (indent === 0 &&
            (text.startsWith('---') || text.startsWith('...')) &&
            /^(---|\.\.\.)(\s|$)/.test(text) &&
            lines.length > 0 &&
            !lines.every((l) => l.skip)) {
            markerAt.push(lines.length);
        }
        // Tabs as separation (`- \tkey:`, `key:\tvalue`) follow rules the index does not model.
        if (!skip && text.includes('\t'))
            giveUp();
        lines.push({ no: lines.length + 1, start: pos, end, indent, text, skip });
        if (nl === source.length)
            break;
        pos = nl + 1;
    }
    return lines;
});
var plainEnd = (function plainEnd(text, from) {
    let i = from;
    let end = from;
    while (i < text.length) {
        const c = text[i];
        if (c === '#' && (text[i - 1] === ' ' || text[i - 1] === '\t'))
            break;
        if (c !== ' ' && c !== '\t')
            end = i + 1;
        i++;
    }
    return end;
});
var onlyCommentAfter = (function onlyCommentAfter(text, from) {
    const rest = text.slice(from);
    return /^[ \t]*$/.test(rest) || /^[ \t]+#/.test(rest);
});
var closingQuote = (function closingQuote(text, from) {
    const q = text[from];
    for (let i = from + 1; i < text.length; i++) {
        if (q === '"' && text[i] === '\\')
            i++;
        else if (text[i] === q) {
            if (q === "'" && text[i + 1] === "'")
                i++;
            else
                return i;
        }
    }
    return -1;
});
var decodeQuoted = (function decodeQuoted(raw) {
    if (raw.startsWith("'"))
        return raw.slice(1, -1).replace(/''/g, "'");
    // JSON's escapes are a subset of YAML's; anything JSON does not know (\x, \e, \N, escaped line
    // breaks...) is left to the full parser.
    try {
        return JSON.parse(raw);
    }
    catch {
        return giveUp();
    }
});
var readKey = (function readKey(text) {
    if (text.startsWith('"') || text.startsWith("'")) {
        const close = closingQuote(text, 0);
        if (close === -1)
            return undefined;
        const raw = text.slice(0, close + 1);
        let i = close + 1;
        while (text[i] === ' ')
            i++;
        if (text[i] !== ':' || !(i + 1 === text.length || text[i + 1] === ' '))
            return undefined;
        return { key: decodeQuoted(raw), raw, after: i + 1 };
    }
    // An indicator first: a string test, not a pattern, as it runs on every key of every line.
    if (text !== '' && KEY_INDICATORS.includes(text[0]))
        return undefined;
    for (let i = 0; i < text.length; i++) {
        if (text[i] === '#' && text[i - 1] === ' ')
            return undefined;
        if (text[i] === ':' && (i + 1 === text.length || text[i + 1] === ' ')) {
            const raw = text.slice(0, i).trimEnd();
            if (raw === '' || raw === '<<')
                return giveUp();
            return { key: raw, raw, after: i + 1 };
        }
    }
    return undefined;
});
var simpleFlow = (function simpleFlow(text) {
    const tokens = text.match(/"(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[[\]{},]|: |:$|[A-Za-z0-9_./@+~=-][A-Za-z0-9_./@+~=:-]*|\s+|./g) ?? [];
    let i = 0;
    const skipWs = () => {
        while (i < tokens.length && /^\s+$/.test(tokens[i]))
            i++;
    };
    const scalar = () => {
        skipWs();
        const t = tokens[i];
        if (t === undefined)
            return false;
        if (t.startsWith('"') || t.startsWith("'") || /^[A-Za-z0-9_./@+~=-]/.test(t)) {
            if (t.endsWith(':') && !t.startsWith('"') && !t.startsWith("'"))
                return false;
            i++;
            return true;
        }
        return false;
    };
    const node = () => {
        skipWs();
        const t = tokens[i];
        if (t === '[' || t === '{')
            return collection();
        return scalar();
    };
    const collection = () => {
        const open = tokens[i++];
        const close = open === '[' ? ']' : '}';
        skipWs();
        if (tokens[i] === close) {
            i++;
            return true;
        }
        for (;;) {
            if (!node())
                return false;
            skipWs();
            if (open === '{') {
                if (tokens[i] !== ': ')
                    return false;
                i++;
                if (!node())
                    return false;
                skipWs();
            }
            if (tokens[i] === close) {
                i++;
                return true;
            }
            if (tokens[i] !== ',')
                return false;
            i++;
        }
    };
    if (!collection())
        return false;
    skipWs();
    return i === tokens.length;
});
var isSeqItem = (function isSeqItem(text) {
    return text === '-' || text.startsWith('- ');
});
var fast_index_buildFastIndex = (function fast_index_buildFastIndex(source) {
    try {
        return new Indexer(source).document();
    }
    catch (e) {
        if (e instanceof GiveUp)
            return undefined;
        throw e;
    }
});
var fastKeyMatches = (function fastKeyMatches(entry, name) {
    if (entry.key === name)
        return true;
    if (entry.keyRaw !== entry.key)
        return false; // quoted: only the decoded text counts
    const v = (0,plain_scalar/* resolvePlain12 */.Is)(entry.keyRaw);
    return v !== null && String(v) === name;
});
var fast_index_fastLookup = (function fast_index_fastLookup(root, path) {
    let node = root;
    let concrete = '';
    for (const seg of path) {
        if (seg.kind === 'key') {
            if (node.kind !== 'map')
                return undefined;
            const hits = node.entries.filter((e) => fastKeyMatches(e, seg.key));
            if (hits.length !== 1)
                return undefined;
            node = hits[0].node;
            concrete += (0,src_path/* formatKey */.TD)(hits[0].key);
        }
        else if (seg.kind === 'index') {
            if (node.kind !== 'seq' || seg.index >= node.items.length)
                return undefined;
            node = node.items[seg.index];
            concrete += `[${seg.index}]`;
        }
        else {
            if (node.kind !== 'seq')
                return undefined;
            let found = -1;
            for (const [i, item] of node.items.entries()) {
                if (item.kind !== 'map')
                    continue;
                const e = item.entries.filter((x) => fastKeyMatches(x, seg.key));
                if (e.length !== 1)
                    continue;
                const v = e[0].node;
                if (v.kind !== 'scalar')
                    continue;
                if (typeof v.value !== 'string')
                    return undefined; // `1.10` vs 1.1: let the full parser decide
                if (v.value !== seg.value)
                    continue;
                if (found !== -1)
                    return undefined;
                found = i;
            }
            if (found === -1)
                return undefined;
            node = node.items[found];
            concrete += `[${found}]`;
        }
    }
    return { node, concrete };
});
var fastLeaves = (function fastLeaves(root, source) {
    const out = [];
    const walk = (node, path) => {
        switch (node.kind) {
            case 'map':
                if (node.entries.length === 0)
                    out.push([path, '{}']);
                for (const e of node.entries)
                    walk(e.node, path + formatKey(e.key));
                break;
            case 'seq':
                node.items.forEach((item, i) => walk(item, `${path}[${i}]`));
                break;
            case 'scalar':
                out.push([path, `${node.value === null ? 'null' : typeof node.value}:${String(node.value)}`]);
                break;
            case 'empty':
                out.push([path, 'null:null']);
                break;
            case 'opaque':
                out.push([path, `opaque:${source.slice(node.start, node.end)}`]);
                break;
        }
    };
    walk(root, '');
    return out;
});
var fast_index_sameOutside = (function fast_index_sameOutside(a, aSource, b, bSource, skip) {
    if (skip.has(a))
        return true;
    if (a.kind !== b.kind)
        return false;
    switch (a.kind) {
        case 'map': {
            const bm = b;
            if (a.entries.length !== bm.entries.length)
                return false;
            return a.entries.every((e, i) => {
                const f = bm.entries[i];
                return e.key === f.key && fast_index_sameOutside(e.node, aSource, f.node, bSource, skip);
            });
        }
        case 'seq': {
            const bs = b;
            return (a.items.length === bs.items.length &&
                a.items.every((n, i) => fast_index_sameOutside(n, aSource, bs.items[i], bSource, skip)));
        }
        case 'scalar':
            return Object.is(a.value, b.value);
        case 'empty':
            return true;
        case 'opaque': {
            const bo = b;
            return aSource.slice(a.start, a.end) === bSource.slice(bo.start, bo.end);
        }
    }
});
var fast_edit_tryFastEdit = (function fast_edit_tryFastEdit(source, file, sets) {
    const root = buildFastIndex(source);
    if (!root)
        return undefined;
    const lines = new LineIndex(source);
    const edits = [];
    const planned = [];
    const unchanged = [];
    const seen = new Set();
    for (const set of sets) {
        let path;
        try {
            path = parsePath(set.path);
        }
        catch {
            return undefined;
        }
        if (/[\r\n]/.test(set.value))
            return undefined;
        const hit = fastLookup(root, path);
        if (!hit || seen.has(hit.concrete))
            return undefined;
        seen.add(hit.concrete);
        const canonical = formatPath(path);
        const node = hit.node;
        if (node.kind === 'empty') {
            const rendered = renderScalar(set.value, undefined, 'block');
            const comment = set.comment === undefined ? undefined : inlineCommentEdit(source, node.at, set.comment);
            if (comment && !('start' in comment))
                return undefined;
            edits.push({ start: node.at, end: node.at, text: ` ${rendered.source}` });
            if (comment)
                edits.push(comment);
            planned.push({ set, path, canonical, node, rendered, old: '' });
        }
        else if (node.kind === 'scalar') {
            // Flow collections are opaque to the index, so every scalar it finds is in block context.
            const rendered = renderScalar(set.value, { type: node.type, value: node.value }, 'block');
            const raw = source.slice(node.start, node.end);
            const same = Object.is(node.value, rendered.expected);
            const comment = set.comment === undefined ? undefined : inlineCommentEdit(source, node.end, set.comment);
            if (comment && !('start' in comment))
                return undefined;
            if (same && !comment) {
                unchanged.push({ path: canonical, value: set.value, line: lines.line(node.start) });
                continue;
            }
            if (!same)
                edits.push({ start: node.start, end: node.end, text: rendered.source });
            if (comment)
                edits.push(comment);
            const old = node.value === null ? '' : typeof node.value === 'string' ? node.value : raw;
            planned.push({ set, path, canonical, node, rendered, old });
        }
        else {
            return undefined;
        }
    }
    const text = applyEdits(source, edits);
    if (edits.length === 0)
        return { file, source, text, edits, changes: [], unchanged };
    const after = buildFastIndex(text);
    if (!after)
        return undefined;
    const newLines = new LineIndex(text);
    const changes = [];
    for (const p of planned) {
        const hit = fastLookup(after, p.path);
        if (!hit || hit.node.kind !== 'scalar' || !Object.is(hit.node.value, p.rendered.expected))
            return undefined;
        changes.push({ path: p.canonical, old: p.old, new: p.set.value, line: newLines.line(hit.node.start) });
    }
    if (!sameOutside(root, source, after, text, new Set(planned.map((p) => p.node))))
        return undefined;
    return { file, source, text, edits, changes, unchanged };
});
var parseAssignment = (function parseAssignment(line, origin) {
    const text = line.trim();
    let depth = 0;
    let quote = '';
    let eq = -1;
    for (let i = 0; i < text.length; i++) {
        const c = text[i];
        if (quote) {
            if (c === '\\' && quote === '"')
                i++;
            else if (c === quote)
                quote = '';
        }
        else if (c === '"' || c === "'")
            quote = c;
        else if (c === '[')
            depth++;
        else if (c === ']')
            depth--;
        else if (c === '=' && depth === 0) {
            eq = i;
            break;
        }
    }
    const path = eq === -1 ? '' : text.slice(0, eq).trim();
    if (eq === -1 || path === '')
        throw new UserError(`${origin}: expected PATH=VALUE, got '${text}'`);
    let rest = text.slice(eq + 1).trim();
    let value;
    if (rest.startsWith('"') || rest.startsWith("'")) {
        const q = rest[0];
        let i = 1;
        let raw = '';
        for (; i < rest.length; i++) {
            if (rest[i] === q) {
                if (q === "'" && rest[i + 1] === "'") {
                    raw += "''";
                    i++;
                    continue;
                }
                break;
            }
            if (q === '"' && rest[i] === '\\')
                raw += rest[i++];
            raw += rest[i] ?? '';
        }
        if (i >= rest.length)
            throw new UserError(`${origin}: the value's closing ${q} is missing in '${text}'`);
        if (q === '"') {
            try {
                value = JSON.parse(`"${raw}"`);
            }
            catch {
                throw new UserError(`${origin}: invalid escape in the quoted value of '${text}'`);
            }
        }
        else
            value = raw.replace(/''/g, "'");
        rest = rest.slice(i + 1);
        if (rest.trim() !== '' && !/^\s+#/.test(rest)) {
            throw new UserError(`${origin}: unexpected text after the quoted value in '${text}'`);
        }
    }
    else {
        const m = /\s#/.exec(rest);
        value = (m ? rest.slice(0, m.index) : rest).trim();
        rest = m ? rest.slice(m.index) : '';
    }
    const comment = /^\s+#(.*)$/.exec(rest);
    const set = { path, value, origin };
    if (comment)
        set.comment = comment[1].trim();
    return set;
});
var editYamlSource = (async function editYamlSource(source, file, sets, options = {}) {
    // Creating keys needs the parser; a missing key makes the fast path decline, so options only matter there.
    const fast = tryFastEdit(source, file, sets);
    if (fast)
        return fast;
    const { editYaml, loadYaml } = await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(377)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2377));
    return editYaml(loadYaml(source, file), sets, options);
});
var readScalarSource = (async function readScalarSource(source, file, pathText) {
    const root = fast_index_buildFastIndex(source);
    if (root) {
        let path;
        try {
            path = (0,src_path/* parsePath */.Rr)(pathText);
        }
        catch {
            path = undefined;
        }
        const hit = path && fast_index_fastLookup(root, path);
        if (hit && hit.node.kind === 'scalar' && hit.node.value !== null) {
            const { line, col } = new src/* LineIndex */.rr(source).position(hit.node.start);
            const v = hit.node.value;
            return { value: typeof v === 'string' ? v : source.slice(hit.node.start, hit.node.end), line, col };
        }
    }
    const { loadYaml, readScalar } = await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(377)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2377));
    return readScalar(loadYaml(source, file), pathText);
});
var fileKey = (function fileKey(file) {
    return file.kind === 'github' ? `github:${file.owner}/${file.repo}@${file.ref}:${file.path}` : file.path;
});
var parseSourceLine = (function parseSourceLine(text, origin) {
    const eq = text.indexOf('=');
    const label = eq === -1 ? '' : text.slice(0, eq).trim();
    const location = eq === -1 ? '' : text.slice(eq + 1).trim();
    if (eq === -1 || label === '' || location === '') {
        throw new src/* UserError */.yo(`${origin}: expected LABEL=LOCATION with LOCATION [github:OWNER/REPO@REF:]PATH#SELECTOR, got '${text}'`);
    }
    const hash = location.indexOf('#');
    const where = hash === -1 ? location : location.slice(0, hash);
    const selectorText = hash === -1 ? '' : location.slice(hash + 1).trim();
    let file;
    if (/^github:/i.test(where)) {
        const m = GITHUB.exec(where);
        if (!m || m[4].trim() === '') {
            throw new src/* UserError */.yo(`${origin}: unknown github: form '${where}'; expected ${GITHUB_FORM}`);
        }
        const path = cleanPath(m[4].trim(), origin, where);
        file = { kind: 'github', owner: m[1], repo: m[2], ref: m[3], path };
    }
    else if (/^[A-Za-z][A-Za-z0-9+.-]*:\/\//.test(where)) {
        throw new src/* UserError */.yo(`${origin}: '${where}' is a URL; a remote file is written ${GITHUB_FORM}`);
    }
    else {
        if (where.trim() === '')
            throw new src/* UserError */.yo(`${origin}: '${label}' names no file before '#'`);
        file = { kind: 'local', path: where.trim() };
    }
    if (hash === -1 || selectorText === '') {
        throw new src/* UserError */.yo(`${origin}: '${label}' has no selector; end the location with #.yaml.path or #VARIABLE_NAME`);
    }
    let selector;
    if (selectorText.startsWith('.')) {
        try {
            (0,src_path/* parsePath */.Rr)(selectorText);
        }
        catch (e) {
            if (e instanceof src/* UserError */.yo)
                throw new src/* UserError */.yo(`${origin}: ${e.message}`);
            throw e;
        }
        selector = { kind: 'yaml', path: selectorText };
    }
    else if (VARIABLE.test(selectorText)) {
        selector = { kind: 'variable', name: selectorText };
    }
    else {
        throw new src/* UserError */.yo(`${origin}: selector '${selectorText}' is neither a YAML path (starting with '.') nor a variable name`);
    }
    return { label, file, selector, location };
});
var cleanPath = (function cleanPath(path, origin, where) {
    const p = path.replace(/^\/+/, '');
    if (p === '' || p.split('/').some((s) => s === '..' || s === '.' || s === '')) {
        throw new src/* UserError */.yo(`${origin}: unknown github: form '${where}'; PATH must be a file path inside the repository`);
    }
    return p;
});
var parseSources = (function parseSources(lines, input = 'sources') {
    const errors = [];
    const sources = [];
    const seen = new Map();
    for (const { text, line } of lines) {
        const origin = `${input} line ${line}`;
        try {
            const s = parseSourceLine(text, origin);
            const first = seen.get(s.label);
            if (first !== undefined) {
                errors.push(new src/* UserError */.yo(`${origin}: duplicate label '${s.label}' (first used on line ${first})`));
                continue;
            }
            seen.set(s.label, line);
            sources.push({ ...s, line });
        }
        catch (e) {
            if (!(e instanceof src/* UserError */.yo))
                throw e;
            errors.push(e);
        }
    }
    (0,src/* throwIfAny */.MI)(errors);
    if (sources.length < 2) {
        throw new src/* UserError */.yo(`input '${input}' needs at least two sources to compare, got ${sources.length}${sources.length === 1 ? ` ('${sources[0].label}')` : ''}`);
    }
    return sources;
});
var variableFileKind = (function variableFileKind(path) {
    const base = path.slice(path.lastIndexOf('/') + 1);
    if (/^(GNUmakefile|[Mm]akefile)(\..+)?$/.test(base) || /\.(mk|make)$/.test(base))
        return 'make';
    if (/^(Dockerfile|Containerfile)(\..+)?$/i.test(base) || /\.(dockerfile|containerfile)$/i.test(base)) {
        return 'docker';
    }
    return 'shell';
});
var readVariable = (function readVariable(text, file, name, kind = variableFileKind(file)) {
    const lines = text.split(/\r?\n/);
    const defs = [];
    const declaredOnly = [];
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i];
        if (!line.includes(name))
            continue;
        let found;
        try {
            found =
                kind === 'make'
                    ? makeAssignment(line, name)
                    : kind === 'docker'
                        ? dockerAssignment(line, name)
                        : shellAssignment(line, name);
        }
        catch (e) {
            if (!(e instanceof LineProblem))
                throw e;
            throw new src/* UserError */.yo(e.message, { file, line: i + 1 });
        }
        if (found === 'declared')
            declaredOnly.push(i + 1);
        else if (found) {
            for (const f of found) {
                if (f.value.endsWith('\\') && i + 1 < lines.length && kind !== 'docker') {
                    throw new src/* UserError */.yo(`${name} continues on the next line; the check needs a one-line value`, {
                        file,
                        line: i + 1,
                    });
                }
                defs.push({ value: f.value, line: i + 1, col: f.col });
            }
        }
    }
    if (defs.length === 0) {
        const declared = declaredOnly.length
            ? `; it is declared without a value on line ${declaredOnly.join(', ')} (set at build time?)`
            : '';
        throw new src/* UserError */.yo(`no assignment to ${name} (looked for ${FORMS[kind]})${declared}`, { file });
    }
    const first = defs[0];
    const other = defs.find((d) => d.value !== first.value);
    if (other) {
        const all = defs.map((d) => `'${d.value}' (line ${d.line})`).join(', ');
        throw new src/* UserError */.yo(`${name} is assigned more than once with different values: ${all}`, {
            file,
            line: other.line,
            col: other.col,
        });
    }
    return { value: first.value, line: first.line, col: first.col };
});
var escapeRegExp = (function escapeRegExp(s) {
    return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
});
var stripQuotes = (function stripQuotes(value) {
    if (value.length >= 2 && (value[0] === '"' || value[0] === "'") && value.endsWith(value[0])) {
        return value.slice(1, -1);
    }
    return value;
});
var makeAssignment = (function makeAssignment(line, name) {
    if (line.startsWith('\t'))
        return undefined;
    let end = line.length;
    for (let i = 0; i < line.length; i++) {
        if (line[i] === '\\')
            i++;
        else if (line[i] === '#') {
            end = i;
            break;
        }
    }
    const code = line.slice(0, end);
    const re = new RegExp(`^(\\s*(?:(?:export|override|private)\\s+)*)${escapeRegExp(name)}\\s*(:::=|::=|:=|\\?=|\\+=|!=|=)(.*)$`);
    const m = re.exec(code);
    if (!m) {
        return new RegExp(`^\\s*(?:export|unexport)\\s+${escapeRegExp(name)}\\s*$`).test(code) ? 'declared' : undefined;
    }
    const op = m[2];
    if (op === '+=' || op === '!=') {
        throw new LineProblem(`${name} is set with '${op}', which needs Make to evaluate; the check needs a plain value`);
    }
    const rest = m[3];
    const lead = rest.length - rest.trimStart().length;
    const raw = rest.trim().replace(/\\#/g, '#');
    if (/\$[({]|\$[A-Za-z_]/.test(raw)) {
        throw new LineProblem(`${name} = ${raw} refers to other variables or functions; the check needs a literal value`);
    }
    const col = code.length - rest.length + lead + 1;
    return [{ value: stripQuotes(raw), col }];
});
var shellWord = (function shellWord(s, i) {
    let value = '';
    let expands = false;
    let quoted = false;
    while (i < s.length) {
        const c = s[i];
        if (/[\s;&|<>()]/.test(c))
            break;
        if (c === "'") {
            const close = s.indexOf("'", i + 1);
            if (close === -1)
                throw new LineProblem('unterminated single quote');
            value += s.slice(i + 1, close);
            quoted = true;
            i = close + 1;
        }
        else if (c === '"') {
            quoted = true;
            i++;
            while (i < s.length && s[i] !== '"') {
                if (s[i] === '\\' && i + 1 < s.length && '$`"\\'.includes(s[i + 1]))
                    i++;
                else if (s[i] === '$' || s[i] === '`')
                    expands = true;
                value += s[i];
                i++;
            }
            if (i >= s.length)
                throw new LineProblem('unterminated double quote');
            i++;
        }
        else if (c === '\\' && i + 1 < s.length) {
            value += s[i + 1];
            i += 2;
        }
        else if ((c === '$' && (s[i + 1] === '(' || s[i + 1] === '{')) || c === '`') {
            // A command substitution or parameter expansion is one piece of the word, blanks and all.
            const end = expansionEnd(s, i);
            value += s.slice(i, end);
            expands = true;
            i = end;
        }
        else {
            if (c === '$')
                expands = true;
            value += c;
            i++;
        }
    }
    return { value, end: i, expands, quoted };
});
var expansionEnd = (function expansionEnd(s, i) {
    if (s[i] === '`') {
        const close = s.indexOf('`', i + 1);
        return close === -1 ? s.length : close + 1;
    }
    const open = s[i + 1];
    const close = open === '(' ? ')' : '}';
    let depth = 0;
    for (let j = i + 1; j < s.length; j++) {
        if (s[j] === open)
            depth++;
        else if (s[j] === close && --depth === 0)
            return j + 1;
    }
    return s.length;
});
var selfDefault = (function selfDefault(word, name) {
    const m = new RegExp(`^\\$\\{${escapeRegExp(name)}:?[-=]([^}$\`]*)\\}$`).exec(word);
    return m ? stripQuotes(m[1]) : undefined;
});
var shellAssignment = (function shellAssignment(line, name) {
    const n = escapeRegExp(name);
    const colon = new RegExp(`^\\s*:\\s+"?(\\$\\{${n}:?=[^}]*\\})"?\\s*(#.*)?$`).exec(line);
    if (colon) {
        return [{ value: selfDefault(colon[1], name), col: line.indexOf(colon[1]) + 1 }];
    }
    const m = new RegExp(`^(\\s*((?:(?:export|readonly|local|declare|typeset)(?:\\s+-[A-Za-z]+)*\\s+)*))${n}=`).exec(line);
    if (!m) {
        if (new RegExp(`^\\s*(?:(?:export|readonly|local|declare|typeset)(?:\\s+-[A-Za-z]+)*\\s+)*${n}\\+=`).test(line)) {
            throw new LineProblem(`${name} is appended to with '+='; the check needs a plain value`);
        }
        return new RegExp(`^\\s*(?:export|readonly|local|declare|typeset)(?:\\s+-[A-Za-z]+)*\\s+${n}\\s*(#.*)?$`).test(line)
            ? 'declared'
            : undefined;
    }
    const start = m[0].length;
    const word = shellWord(line, start);
    const rest = line.slice(word.end);
    // `NAME=v some-command` sets NAME for that command only: not a definition of the script's variable.
    const keyword = m[2] !== '';
    if (!keyword && rest.trim() !== '' && !/^\s*(#|;|&&|\|\||&|$)/.test(rest) && !/^\s+[A-Za-z_]\w*=/.test(rest)) {
        return undefined;
    }
    if (rest !== '' && !/^[\s;&|]/.test(rest))
        throw new LineProblem(`cannot read the value of ${name}: '${line.trim()}'`);
    if (word.expands) {
        const raw = line.slice(start, word.end);
        const dflt = selfDefault(stripQuotes(raw), name);
        if (dflt !== undefined)
            return [{ value: dflt, col: start + 1 }];
        throw new LineProblem(`${name}=${raw} is computed when the script runs ($ or \`); the check needs a literal value`);
    }
    return [{ value: word.value, col: start + 1 }];
});
var dockerAssignment = (function dockerAssignment(line, name) {
    const m = /^(\s*(ARG|ENV)\s+)(.*)$/i.exec(line);
    if (!m)
        return undefined;
    const instruction = m[2].toUpperCase();
    const body = m[3];
    let i = m[1].length;
    const out = [];
    let declared = false;
    // Legacy `ENV NAME value`: the rest of the line is the value.
    const legacy = new RegExp(`^${escapeRegExp(name)}\\s+(?!\\S*=)(.+)$`).exec(body);
    if (instruction === 'ENV' && legacy) {
        const raw = legacy[1].replace(/\s+#.*$/, '').trim();
        if (/\$/.test(raw))
            throw new LineProblem(`ENV ${name} ${raw} refers to other variables; the check needs a literal value`);
        return [{ value: stripQuotes(raw), col: i + body.indexOf(legacy[1]) + 1 }];
    }
    while (i < line.length) {
        while (i < line.length && /\s/.test(line[i]))
            i++;
        if (i >= line.length || line[i] === '#' || line[i] === '\\')
            break;
        const key = /^[A-Za-z_][A-Za-z0-9_]*/.exec(line.slice(i));
        if (!key)
            throw new LineProblem(`cannot read ${instruction} '${line.slice(i).trim()}'`);
        i += key[0].length;
        if (line[i] !== '=') {
            if (key[0] === name)
                declared = true;
            continue;
        }
        i++;
        const valueStart = i;
        const word = shellWord(line, i);
        i = word.end;
        if (key[0] !== name)
            continue;
        if (word.expands) {
            const raw = line.slice(valueStart, word.end);
            const dflt = selfDefault(stripQuotes(raw), name);
            if (dflt !== undefined)
                out.push({ value: dflt, col: valueStart + 1 });
            else
                throw new LineProblem(`${instruction} ${name}=${raw} refers to other variables; the check needs a literal value`);
        }
        else
            out.push({ value: word.value, col: valueStart + 1 });
    }
    if (out.length)
        return out;
    return declared ? 'declared' : undefined;
});
var readYamlValue = (async function readYamlValue(text, file, path) {
    const read = await readScalarSource(text, file, path);
    return { value: read.value, line: read.line, col: read.col };
});
var readSelector = (async function readSelector(text, file, selector) {
    return selector.kind === 'yaml' ? readYamlValue(text, file, selector.path) : readVariable(text, file, selector.name);
});
var normalizeVersion = (function normalizeVersion(value) {
    const v = value.trim();
    return /^[vV]\d/.test(v) ? v.slice(1) : v;
});
var compareValues = (function compareValues(values, options) {
    const keyOf = (v) => (options.normalize ? normalizeVersion(v) : v);
    const groups = [];
    for (const s of values) {
        const key = keyOf(s.value);
        let g = groups.find((x) => x.key === key);
        if (!g)
            groups.push((g = { key, spellings: [], labels: [] }));
        if (!g.spellings.includes(s.value))
            g.spellings.push(s.value);
        g.labels.push(s.label);
    }
    const sorted = [...groups].sort((a, b) => b.labels.length - a.labels.length);
    const top = sorted[0];
    const majority = top && (sorted.length === 1 || top.labels.length > sorted[1].labels.length) ? top : undefined;
    const entries = values.map((s) => {
        const key = keyOf(s.value);
        return { ...s, key, agrees: majority !== undefined && majority.key === key };
    });
    const report = { match: groups.length <= 1, entries, groups: sorted };
    if (majority)
        report.majority = majority;
    return report;
});
var mismatchMessage = (function mismatchMessage(report) {
    const each = report.entries.map((e) => `${e.label} = ${quote(e.value)} (${e.location}, line ${e.line})`);
    const total = report.entries.length;
    let verdict;
    if (report.majority) {
        const m = report.majority;
        const others = report.entries.filter((e) => !e.agrees).map((e) => e.label);
        verdict = `majority: ${m.spellings.map(quote).join(' / ')} (${m.labels.length} of ${total} sources); differing: ${others.join(', ')}`;
    }
    else {
        verdict = `no majority: ${report.groups.map((g) => `${g.spellings.map(quote).join(' / ')} (${g.labels.length})`).join(' vs ')}`;
    }
    return `the sources disagree: ${each.join('; ')}. ${verdict[0].toUpperCase()}${verdict.slice(1)}.`;
});
__nccwpck_require__.d(__webpack_exports__, {
  ck: () => (/* reexport */ compareValues),
  wm: () => (/* reexport */ fileKey),
  o3: () => (/* reexport */ mismatchMessage),
  ur: () => (/* reexport */ parseSources),
  Id: () => (/* reexport */ readSelector)
});

// UNUSED EXPORTS: normalizeVersion, parseSourceLine, readVariable, readYamlValue, variableFileKind

// EXTERNAL MODULE: ./packages/core/src/index.ts + 6 modules
var src = __nccwpck_require__(5585);
// EXTERNAL MODULE: ./packages/yaml-edit/src/comment-edit.ts
var comment_edit = __nccwpck_require__(4696);
// EXTERNAL MODULE: ./packages/yaml-edit/src/path.ts
var src_path = __nccwpck_require__(4251);
// EXTERNAL MODULE: ./packages/yaml-edit/src/plain-scalar.ts
var plain_scalar = __nccwpck_require__(6803);
;// CONCATENATED MODULE: ./packages/yaml-edit/src/fast-index.ts


class GiveUp extends Error {
}
const giveUp = () => {
    throw new GiveUp();
};

/** Where the value part of a line ends: before ` #comment` and trailing spaces. */

/** After a quoted scalar or flow collection: only spaces, then the end or a comment. */

/** Index of the closing quote of a single-line quoted scalar starting at `from`, or -1. */


const KEY_INDICATORS = '-?:,[]{}#&*!|>\'"%@`';
/** A mapping key at the start of `text`: its decoded name, raw form and the offset after its colon. */

/**
 * A flow collection the index may treat as opaque: nested `[…]`/`{…}` of quoted strings and plain words
 * made of safe characters, `key: value` pairs in mappings, commas. Anything richer (indicators, anchors,
 * empty entries, `? ` keys) is for the parser, since the index cannot tell whether it is valid.
 */



class Indexer {
    source;
    lines;
    i = 0;
    constructor(source) {
        this.source = source;
        const markers = [];
        this.lines = splitLines(source, markers);
        // A marker after content is fine only as the document's last non-blank line (`...`).
        for (const at of markers) {
            const after = this.lines.slice(at + 1).filter((l) => !l.skip);
            if (after.length > 0 || !/^\.\.\.(\s+#.*)?\s*$/.test(this.lines[at].text))
                giveUp();
        }
    }
    /** The next line that is not blank or a comment, without consuming it. */
    peek() {
        while (this.i < this.lines.length && this.lines[this.i].skip)
            this.i++;
        return this.lines[this.i];
    }
    document() {
        let first = this.peek();
        if (!first)
            return undefined;
        if (first.text.startsWith('%'))
            giveUp();
        if (first.indent === 0 && first.text.startsWith('---') && /^---(\s+#.*)?\s*$/.test(first.text)) {
            this.i++;
            first = this.peek();
            if (!first)
                return undefined;
        }
        if (first.indent === 0 && first.text.startsWith('---'))
            giveUp();
        const root = this.block(first.indent, first.indent);
        const rest = this.peek();
        if (rest) {
            // Only a document end marker may follow, then nothing.
            if (!(rest.indent === 0 && /^\.\.\.(\s+#.*)?\s*$/.test(rest.text)))
                giveUp();
            this.i++;
            if (this.peek())
                giveUp();
        }
        return root;
    }
    /** A block collection starting at the next line, whose lines sit at `indent`. */
    block(indent, min) {
        const line = this.peek();
        if (!line || line.indent < min)
            giveUp();
        if (line.indent !== indent)
            giveUp();
        return isSeqItem(line.text) ? this.seq(indent) : this.map(indent);
    }
    map(indent, first) {
        const map = { kind: 'map', entries: [] };
        const seen = new Set();
        const add = (key, line, keyStart, node) => {
            if (seen.has(key.key))
                giveUp(); // duplicate keys: the full parser reports them
            seen.add(key.key);
            map.entries.push({ keyStart, line: line.no, key: key.key, keyRaw: key.raw, node });
        };
        if (first)
            add(first.key, first.line, first.line.start + first.column, this.value(first.line, first.column + first.key.after, indent));
        for (;;) {
            const line = this.peek();
            if (!line || line.indent < indent)
                break;
            if (line.indent > indent)
                giveUp(); // a continuation line or bad indentation
            if (isSeqItem(line.text))
                break; // a sequence at the parent key's indentation ends this mapping
            const key = readKey(line.text) ?? giveUp();
            this.i++;
            add(key, line, line.start + line.indent, this.value(line, line.indent + key.after, indent));
        }
        return map;
    }
    seq(indent) {
        const seq = { kind: 'seq', items: [] };
        for (;;) {
            const line = this.peek();
            if (!line || line.indent < indent)
                break;
            if (line.indent > indent || !isSeqItem(line.text)) {
                if (line.indent > indent)
                    giveUp();
                break;
            }
            this.i++;
            let col = 1;
            while (line.text[col] === ' ')
                col++;
            const rest = line.text.slice(col);
            if (rest === '' || rest.startsWith('#')) {
                seq.items.push(this.nested(line.indent + 1, indent, line.start + line.indent + 1, false));
            }
            else if (isSeqItem(rest)) {
                giveUp(); // `- - x`
            }
            else {
                const key = rest.startsWith('[') || rest.startsWith('{') ? undefined : readKey(rest);
                if (key)
                    seq.items.push(this.map(line.indent + col, { key, line, column: line.indent + col }));
                else
                    seq.items.push(this.value(line, line.indent + col - 1, indent));
            }
        }
        return seq;
    }
    /** The value after `key:` (or `- `) on `line`, from column `col`; `parent` is the owner's indentation. */
    value(line, col, parent) {
        const text = this.source.slice(line.start, line.end);
        let c = col;
        while (text[c] === ' ')
            c++;
        const at = line.start + c;
        const rest = text.slice(c);
        if (rest === '' || rest.startsWith('#'))
            return this.nested(parent + 1, parent, line.start + col, true);
        const ch = rest[0];
        if (ch === '&' || ch === '*' || ch === '!' || ch === '?' || ch === '%' || ch === '@' || ch === '`')
            giveUp();
        if (isSeqItem(rest) || rest.startsWith('---') || rest.startsWith('...'))
            giveUp();
        if (ch === '|' || ch === '>') {
            // An explicit indentation indicator (`|2`) is rare enough to leave to the parser.
            if (!/^[|>][-+]?([ \t]+#.*)?[ \t]*$/.test(rest))
                giveUp();
            // The body: the following lines that are blank or indented deeper than the owner. Its first
            // non-blank line sets the content indentation; a shallower line inside the body, or a leading
            // blank line with more spaces than that, is an error the parser must report.
            let end = line.end;
            let content = -1;
            let widestLeadingBlank = 0;
            while (this.i < this.lines.length) {
                const l = this.lines[this.i];
                const blank = l.text.trim() === '';
                if (!blank && l.indent <= parent)
                    break;
                if (blank) {
                    if (content === -1)
                        widestLeadingBlank = Math.max(widestLeadingBlank, l.end - l.start);
                }
                else {
                    if (content === -1) {
                        content = l.indent;
                        if (widestLeadingBlank > content)
                            giveUp();
                    }
                    else if (l.indent < content)
                        giveUp();
                    end = l.end;
                }
                this.i++;
            }
            return { kind: 'opaque', start: at, end };
        }
        if (ch === '[' || ch === '{') {
            const close = this.flowEnd(rest);
            if (close === -1 || !onlyCommentAfter(rest, close + 1) || !simpleFlow(rest.slice(0, close + 1)))
                giveUp();
            this.noContinuation(parent);
            return { kind: 'opaque', start: at, end: at + close + 1 };
        }
        if (ch === '"' || ch === "'") {
            const close = closingQuote(rest, 0);
            if (close === -1 || !onlyCommentAfter(rest, close + 1))
                giveUp();
            this.noContinuation(parent);
            const raw = rest.slice(0, close + 1);
            return {
                kind: 'scalar',
                type: ch === '"' ? 'QUOTE_DOUBLE' : 'QUOTE_SINGLE',
                value: decodeQuoted(raw),
                start: at,
                end: at + raw.length,
            };
        }
        const end = plainEnd(rest, 0);
        const raw = rest.slice(0, end);
        if (raw.includes(': ') || raw.endsWith(':') || raw.includes('\t'))
            giveUp();
        this.noContinuation(parent);
        return { kind: 'scalar', type: 'PLAIN', value: (0,plain_scalar/* resolvePlain12 */.Is)(raw), start: at, end: at + end };
    }
    /**
     * What follows `key:` (or `-`) with nothing on its line: a deeper block, a sequence at the key's own
     * indentation (only a mapping key may own one), or nothing.
     */
    nested(min, parent, at, ownerIsKey) {
        const next = this.peek();
        if (next && next.indent > parent)
            return this.block(next.indent, min);
        if (ownerIsKey && next && next.indent === parent && isSeqItem(next.text))
            return this.seq(parent);
        return { kind: 'empty', at };
    }
    /** A plain or quoted scalar ends its line; a deeper non-comment line would continue it. */
    noContinuation(parent) {
        const next = this.peek();
        if (next && next.indent > parent)
            giveUp();
    }
    /** Offset of the bracket closing a single-line flow collection, or -1. */
    flowEnd(text) {
        let depth = 0;
        for (let i = 0; i < text.length; i++) {
            const c = text[i];
            if (c === '"' || c === "'") {
                const close = closingQuote(text, i);
                if (close === -1)
                    return -1;
                i = close;
            }
            else if (c === '[' || c === '{')
                depth++;
            else if (c === ']' || c === '}') {
                depth--;
                if (depth === 0)
                    return i;
            }
            else if (c === '#' && text[i - 1] === ' ')
                return -1;
        }
        return -1;
    }
}
/** Does a mapping entry's key name this path key? As in locate.ts: by its text or its YAML 1.2 value. */

/**
 * Follow a path through the index. Undefined whenever the answer is not a plain success (missing key,
 * no or several selector matches, index out of range, a selector on a non-string value): the full parser
 * then gives the exact error, or the answer.
 */

/**
 * Every leaf as `[concrete path, value]`, in document order, in snapshotLeaves()'s format for scalars;
 * opaque nodes (block scalars, flow collections) are compared by their bytes.
 */

/**
 * Are two indexed documents the same everywhere but at the nodes in `skip` (nodes of `a`, compared by
 * position in `b`)? The same keys in the same order, the same sequence lengths, the same scalar values,
 * byte-identical opaque nodes. A parallel walk: no path strings, so verifying a large file stays cheap.
 */


// EXTERNAL MODULE: ./packages/yaml-edit/src/scalar-style.ts
var scalar_style = __nccwpck_require__(1576);
;// CONCATENATED MODULE: ./packages/yaml-edit/src/fast-edit.ts





/**
 * editYaml() for the common case, without a YAML parser: every path names an existing plain or quoted
 * scalar (or an empty value) of a block-style document the fast index understands. Same edits, same
 * quoting, same result, verified the same way (the new text is indexed again: every edited path must
 * read back as intended and every other leaf must be unchanged).
 *
 * Undefined means "not the common case": a path that does not resolve cleanly, a key to create, a block
 * scalar, a document the index gives up on, or a verification that does not hold. The caller then runs
 * the full parser, which either does the edit or reports the exact error. So this path can only ever
 * make things faster, never different.
 */


;// CONCATENATED MODULE: ./packages/yaml-edit/src/assignment.ts

/**
 * One line of a `set` input: `PATH=VALUE`, optionally followed by ` # comment` to replace the value's
 * inline comment (a bare ` #` removes it). The split is at the first `=` outside `[…]` and quotes, so
 * selectors (`.images[name=x].newTag=v1`) and quoted keys (`."a=b"=v1`) work. A value in quotes keeps
 * spaces and `#` literally (`.a=" # not a comment"`); quotes decide nothing about the written type.
 */


;// CONCATENATED MODULE: ./packages/yaml-edit/src/light.ts




/**
 * The entry point for actions that read or edit one YAML file and want to start fast: it does not load
 * the `yaml` package unless the file or the request needs it (see fast-edit.ts). Results are the same
 * as editYaml()/readScalar() on the parsed document, errors included.
 */







;// CONCATENATED MODULE: ./packages/version-parity/src/sources.ts


const GITHUB_FORM = 'github:OWNER/REPO@REF:PATH#SELECTOR';
/** GitHub's own rules: owners are alphanumerics and hyphens, repositories add `.` and `_`. */
const GITHUB = /^github:([A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)\/([A-Za-z0-9._-]+)@([^:\s]+):(.+)$/;
const VARIABLE = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** `github:o/r@ref:path` or the local path: one key per distinct file (remote files are fetched once each). */



/**
 * Parse every line, collecting every mistake; then insist on unique labels and at least two sources
 * (one source cannot disagree with anything, so a check of one would pass vacuously).
 */


;// CONCATENATED MODULE: ./packages/version-parity/src/variables.ts


const FORMS = {
    make: 'Makefile assignments NAME = v, NAME := v, NAME ::= v, NAME ?= v, export NAME = v, override NAME = v',
    shell: 'shell assignments NAME=v, NAME="v", export NAME=v, readonly NAME=v',
    docker: 'Dockerfile instructions ARG NAME=v, ENV NAME=v',
};
/** Thrown inside the line parsers; becomes a UserError at the line. */
class LineProblem extends Error {
}



/** GNU Make: recipe lines (tab) are shell, `#` starts a comment unless escaped, `$` references are refused. */

/** One shell word from `s` at `i`: quotes removed, `$` expansions reported. */

/** Index just after the `$(…)`, `${…}` or `` `…` `` starting at `i` (nesting counted; unterminated: end of line). */

/**
 * `${NAME:-v}` / `${NAME-v}` / `${NAME:=v}`: the script's own default for a variable the caller may override
 * (`NAME="${NAME:-v0.15.2}"`, `: "${NAME:=v0.15.2}"`); the pinned value is the default.
 */


/** `ARG NAME=v`, `ENV NAME=v OTHER=w`, legacy `ENV NAME v`; instructions are case-insensitive. */


;// CONCATENATED MODULE: ./packages/version-parity/src/read.ts


/**
 * The scalar at a YAML path, as written: a plain scalar is taken from its source text, since YAML would
 * read `1.10` as the number 1.1 and `0x1F` as 31, while a pin compares as the text it is. Aliases and merge
 * keys are followed, and a path that leads nowhere or to a collection is explained. Release files are read
 * without loading a YAML parser when they are plain block YAML (see yaml-edit's light.ts).
 */

/** The value a selector picks from a file's text; every problem is a UserError positioned in `file`. */


;// CONCATENATED MODULE: ./packages/version-parity/src/compare.ts
/**
 * Comparison of the values read from every source, and the report the action turns into outputs, a job
 * summary and a failure message.
 */
/**
 * Version normalisation: surrounding whitespace and one leading `v` before a digit go (`v0.15.2` equals
 * `0.15.2`). Nothing else does: the rest compares as exact text, so `0.15.2` differs from `0.15.20` and from
 * `0.15`, and build metadata and pre-releases count (a pin of `1.0.0-rc1` is not `1.0.0`).
 */


const quote = (v) => `'${v}'`;
/** One message naming every source with its value, and the majority (or that there is none). */


;// CONCATENATED MODULE: ./packages/version-parity/src/index.ts






/***/ }),

/***/ 4696:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ var inlineCommentEdit = (function inlineCommentEdit(source, end, comment) {
    let i = end;
    while (source[i] === ' ' || source[i] === '\t')
        i++;
    const atEol = i >= source.length || source[i] === '\n' || source[i] === '\r';
    const wanted = comment === '' ? '' : `# ${comment}`;
    if (source[i] === '#' && i > end) {
        let e = i;
        while (e < source.length && source[e] !== '\n' && source[e] !== '\r')
            e++;
        if (source.slice(i, e) === wanted)
            return undefined;
        return comment === '' ? { start: end, end: e, text: '' } : { start: i, end: e, text: wanted };
    }
    if (!atEol)
        return new _coco_release_core__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo('cannot put a comment after this value: more YAML follows it on the same line');
    if (comment === '')
        return undefined;
    return i > end ? { start: i, end: i, text: wanted } : { start: end, end: end, text: ` ${wanted}` };
});
__nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ inlineCommentEdit)
/* harmony export */ });
/* harmony import */ var _coco_release_core__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5585);

/**
 * The edit that puts `comment` after a value ending at `end`: replace an existing `# …` on that line,
 * add one, or (for `''`) remove it. Undefined when the comment is already so.
 */



/***/ }),

/***/ 4251:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ var parsePath = (function parsePath(text) {
    const src = text.trim();
    const segments = [];
    let i = 0;
    if (src[0] !== '.')
        throw new PathSyntaxError(src, 0, "'.' at the start of the path");
    if (src === '.')
        return segments;
    const readQuoted = () => {
        const quote = src[i];
        const start = i;
        i++;
        let raw = '';
        for (; i < src.length; i++) {
            if (src[i] === quote) {
                if (quote === "'" && src[i + 1] === "'") {
                    raw += "''";
                    i++;
                    continue;
                }
                break;
            }
            if (quote === '"' && src[i] === '\\')
                raw += src[i++];
            raw += src[i];
        }
        if (i >= src.length)
            throw new PathSyntaxError(src, start, `a closing ${quote}`);
        i++;
        if (quote === "'")
            return raw.replace(/''/g, "'");
        try {
            return JSON.parse(`"${raw}"`);
        }
        catch {
            throw new PathSyntaxError(src, start, 'a valid escape in the quoted key');
        }
    };
    const readBare = (stop, what) => {
        const start = i;
        while (i < src.length && !stop.test(src[i]))
            i++;
        if (i === start)
            throw new PathSyntaxError(src, start, what);
        return src.slice(start, i);
    };
    const readBracket = () => {
        i++; // '['
        const start = i;
        if (/[0-9]/.test(src[i] ?? '')) {
            const digits = readBare(/[^0-9]/, 'an index');
            if (src[i] !== ']')
                throw new PathSyntaxError(src, i, "']' after the index");
            i++;
            segments.push({ kind: 'index', index: Number(digits) });
            return;
        }
        const key = src[i] === '"' || src[i] === "'" ? readQuoted() : readBare(/[=\]\s]/, 'an index or key=value');
        if (src[i] !== '=')
            throw new PathSyntaxError(src, i, `'=' in the selector [${src.slice(start, i)}…]`);
        i++;
        const value = src[i] === '"' || src[i] === "'" ? readQuoted() : readBare(/\]/, 'a value after =');
        if (src[i] !== ']')
            throw new PathSyntaxError(src, i, "']' to close the selector");
        i++;
        segments.push({ kind: 'match', key, value: value.trim() });
    };
    while (i < src.length) {
        const c = src[i];
        if (c === '[') {
            readBracket();
        }
        else if (c === '.') {
            i++;
            const n = src[i];
            if (n === '[')
                readBracket();
            else if (n === '"' || n === "'")
                segments.push({ kind: 'key', key: readQuoted() });
            else if (n !== undefined && BARE.test(n))
                segments.push({ kind: 'key', key: readBare(/[.[\]"'\s]/, 'a key') });
            else
                throw new PathSyntaxError(src, i, 'a key after .');
        }
        else {
            throw new PathSyntaxError(src, i, "'.' or '['");
        }
    }
    return segments;
});
var formatPath = (function formatPath(path) {
    if (path.length === 0)
        return '.';
    return path
        .map((s) => {
        if (s.kind === 'index')
            return `[${s.index}]`;
        if (s.kind === 'match')
            return `[${quoteIfNeeded(s.key)}=${PLAIN_KEY.test(s.value) ? s.value : JSON.stringify(s.value)}]`;
        return formatKey(s.key);
    })
        .join('');
});
var formatKey = (function formatKey(key) {
    return `.${quoteIfNeeded(key)}`;
});
var quoteIfNeeded = (function quoteIfNeeded(key) {
    return PLAIN_KEY.test(key) ? key : JSON.stringify(key);
});
__nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Rr: () => (/* binding */ parsePath),
/* harmony export */   TD: () => (/* binding */ formatKey),
/* harmony export */   jV: () => (/* binding */ formatPath)
/* harmony export */ });
/* harmony import */ var _coco_release_core__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5585);

class PathSyntaxError extends _coco_release_core__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo {
    constructor(path, at, expected) {
        super(`invalid path '${path}': expected ${expected} at character ${at + 1}`);
    }
}
const BARE = /[^.[\]"'=\s]/;

const PLAIN_KEY = /^[^.[\]"'=\s]+$/;
/** Canonical text of a path, for messages and outputs; parsePath(formatPath(p)) equals p. */

/** One `.key` path segment, quoted when it needs to be. */




/***/ }),

/***/ 6803:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ var resolvePlain12 = (function resolvePlain12(text) {
    if (text !== '' && !MAY_TYPE_12.includes(text[0]))
        return text;
    const m = CORE_12.exec(text);
    if (m === null)
        return text;
    if (m[1] !== undefined)
        return null;
    if (m[2] !== undefined)
        return true;
    if (m[3] !== undefined)
        return false;
    if (m[4] !== undefined)
        return parseInt(m[4], 8);
    if (m[6] !== undefined)
        return parseInt(m[6], 16);
    if (m[8] !== undefined)
        return text.startsWith('-') ? -Infinity : Infinity;
    if (m[9] !== undefined)
        return NaN;
    return Number(text); // an integer or a float
});
var isStringUnder11 = (function isStringUnder11(text) {
    if (text !== '' && !MAY_TYPE_11.includes(text[0]))
        return true;
    return !NOT_STRING_11.test(text) && !(text[4] === '-' && TIMESTAMP_11.test(text));
});
var isPlainSyntax = (function isPlainSyntax(text, context) {
    if (text === '' || text !== text.trim() || CONTROL.test(text) || text.includes('\t'))
        return false;
    if (INDICATOR_START.test(text))
        return false;
    if (/^[-?:]/.test(text) && (text.length < 2 || /[\s,[\]{}]/.test(text[1])))
        return false;
    if (text.startsWith('---') || text.startsWith('...'))
        return false;
    if (text.includes(': ') || text.endsWith(':') || text.includes(' #'))
        return false;
    if (context === 'flow' && /[,[\]{}]/.test(text))
        return false;
    return true;
});
var isSafePlainString = (function isSafePlainString(text, context) {
    const key = `${context}:${text}`;
    let safe = safePlain.get(key);
    if (safe === undefined) {
        safe = isPlainSyntax(text, context) && typeof resolvePlain12(text) === 'string' && isStringUnder11(text);
        if (safePlain.size >= 256)
            safePlain.clear();
        safePlain.set(key, safe);
    }
    return safe;
});
__nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Is: () => (/* binding */ resolvePlain12),
/* harmony export */   Qx: () => (/* binding */ isPlainSyntax),
/* harmony export */   pm: () => (/* binding */ isSafePlainString)
/* harmony export */ });
/* unused harmony export isStringUnder11 */
/**
 * What a plain (unquoted) scalar means to YAML readers, without loading a YAML parser: the YAML 1.2 core
 * schema (the `yaml` package, sigs.k8s.io/yaml, kyaml) and the YAML 1.1 types (PyYAML, yq 3, Go's yaml.v2).
 * The patterns are the `yaml` package's own (schema/core, schema/yaml-1.1), so both readings match it;
 * test/unit/plain-scalar.test.ts checks them against the parser on thousands of strings.
 */
/**
 * The YAML 1.2 core schema's plain-scalar types as one pattern, compiled once instead of a pattern per type.
 * Alternatives are tried in order and the first that matches the whole text wins, as the schema's tests
 * are: null, true, false, octal, integer, hexadecimal, float (with or without exponent), ±.inf, .nan.
 */
const CORE_12 = /^(?:(~|[Nn]ull|NULL|)|([Tt]rue|TRUE)|([Ff]alse|FALSE)|0o([0-7]+)|([-+]?[0-9]+)|0x([0-9a-fA-F]+)|([-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+|[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*))|([-+]?\.(?:inf|Inf|INF))|(\.nan|\.NaN|\.NAN))$/;
/** YAML 1.1 resolves these to something other than a string: one pattern, the alternatives being its types. */
const NOT_STRING_11 = new RegExp(`^(?:${[
    '~|[Nn]ull|NULL|',
    'Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON|N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF',
    '[-+]?0b[0-1_]+',
    '[-+]?0[0-7_]+',
    '[-+]?[0-9][0-9_]*',
    '[-+]?0x[0-9a-fA-F_]+',
    '[-+]?(?:[0-9][0-9_]*)?(?:\\.[0-9_]*)?[eE][-+]?[0-9]+',
    '[-+]?(?:[0-9][0-9_]*)?\\.[0-9_]*',
    '[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\\.[0-9_]*)?',
    '[-+]?\\.(?:inf|Inf|INF)|\\.nan|\\.NaN|\\.NAN',
    // `<<` is the merge key and `=` the "value" type: PyYAML refuses to construct `=` at all.
    '<<|=',
].join('|')})$`);
/** The 1.1 timestamp: apart, because its counted repetitions make it as costly to compile as all the rest. */
const TIMESTAMP_11 = /^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:(?:t|T|[ \t]+)[0-9]{1,2}:[0-9]{1,2}:[0-9]{1,2}(?:\.[0-9]+)?(?:[ \t]*(?:Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$/;
/**
 * First characters a non-string can start with: `~`, `null`, `true`, `false` and numbers under 1.2; 1.1 adds
 * `yes`/`no`/`on`/`off`/`y`/`n`, floats with no digit before the exponent (`E1`), `<<` and `=`. Anything
 * else is a string without asking the patterns, which matters at start-up: each pattern is compiled on its
 * first use, and most plain scalars are words.
 */
const MAY_TYPE_12 = '~nNtTfF0123456789+-.';
const MAY_TYPE_11 = '~nNtTfFyYoOeE0123456789+-.<=';
/** The value a YAML 1.2 core-schema reader makes of a plain scalar. */


const CONTROL = /[\u0000-\u001f\u007f\u0085\u2028\u2029\ufeff]/;
const INDICATOR_START = /^[[\]{},#&*!|>'"%@`]/;
/**
 * Can `text` stand as a plain scalar here at all (before asking what it means)? Conservative: anything
 * that might end the scalar early, start a comment, or read as an indicator is refused, and gets quotes.
 */

/** Answers already given: a release writes one new value into many files, and a pattern's second use
 * compiles it to machine code, which costs more than all the answers. Bounded, for long-lived callers. */
const safePlain = new Map();
/** A plain scalar is safe when every reader, 1.1 or 1.2, gets back exactly this string. */



/***/ }),

/***/ 1576:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ var doubleQuoted = (function doubleQuoted(value) {
    let out = '"';
    for (const ch of value) {
        const c = ch.codePointAt(0);
        if (ch === '"')
            out += '\\"';
        else if (ch === '\\')
            out += '\\\\';
        else if (ch === '\n')
            out += '\\n';
        else if (ch === '\t')
            out += '\\t';
        else if (ch === '\r')
            out += '\\r';
        else if (c < 0x20 || c === 0x7f)
            out += `\\x${c.toString(16).padStart(2, '0')}`;
        else if (c === 0x85)
            out += '\\N';
        else if (c === 0x2028)
            out += '\\L';
        else if (c === 0x2029)
            out += '\\P';
        else if (c === 0xfeff)
            out += '\\ufeff';
        else
            out += ch;
    }
    return out + '"';
});
var singleQuoted = (function singleQuoted(value) {
    // Single quotes cannot escape control characters or line breaks.
    if (/[\u0000-\u001f\u007f\u0085\u2028\u2029\ufeff]/.test(value))
        return undefined;
    return `'${value.replace(/'/g, "''")}'`;
});
var plainValue = (function plainValue(text) {
    return isPlainSyntax(text, 'block') ? resolvePlain12(text) : undefined;
});
var renderScalar = (function renderScalar(value, existing, context) {
    const asString = (style) => {
        if (style === 'QUOTE_SINGLE') {
            const single = singleQuoted(value);
            if (single !== undefined)
                return { source: single, expected: value };
        }
        if (style === 'QUOTE_DOUBLE' || style === 'QUOTE_SINGLE')
            return { source: doubleQuoted(value), expected: value };
        return { source: (0,_plain_scalar_js__WEBPACK_IMPORTED_MODULE_0__/* .isSafePlainString */ .pm)(value, context) ? value : doubleQuoted(value), expected: value };
    };
    if (existing === undefined || typeof existing.value === 'string')
        return asString(existing?.type);
    if ((0,_plain_scalar_js__WEBPACK_IMPORTED_MODULE_0__/* .isPlainSyntax */ .Qx)(value, context)) {
        const typed = (0,_plain_scalar_js__WEBPACK_IMPORTED_MODULE_0__/* .resolvePlain12 */ .Is)(value);
        if (typeof typed !== 'string')
            return { source: value, expected: typed };
    }
    return asString(undefined);
});
__nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   UN: () => (/* binding */ doubleQuoted),
/* harmony export */   VO: () => (/* binding */ renderScalar),
/* harmony export */   pm: () => (/* reexport safe */ _plain_scalar_js__WEBPACK_IMPORTED_MODULE_0__.pm)
/* harmony export */ });
/* unused harmony exports singleQuoted, plainValue */
/* harmony import */ var _plain_scalar_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6803);

/**
 * How a new value is written so that it reads back as intended: under YAML 1.2 (the `yaml` package,
 * Helm's sigs.k8s.io/yaml, kustomize's kyaml) *and* YAML 1.1 readers (PyYAML, yq 3, Go's yaml.v2), which
 * read `yes`, `010`, `1_000`, `1:20` or `2026-01-01` as something other than a string.
 * No YAML parser is loaded here: plain-scalar.ts knows what readers make of a plain scalar.
 */



/** Read a plain scalar's text the way the file's reader would (YAML 1.2 core schema). */

/**
 * Render `value` in the place of `existing` (undefined for a new key).
 * - A string field stays a string, in its quote style: double stays double, single stays single, plain
 *   stays plain unless a reader would take it for something else, then it gets double quotes.
 * - A number, boolean or null field takes the value plain when it still reads as such a type
 *   (`replicas: 3` -> `4`); otherwise the field becomes a string, quoted as needed.
 * - A new key is a string field.
 */



/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = process.getBuiltinModule("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = process.getBuiltinModule("buffer");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = process.getBuiltinModule("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = process.getBuiltinModule("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = process.getBuiltinModule("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = process.getBuiltinModule("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = process.getBuiltinModule("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = process.getBuiltinModule("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = process.getBuiltinModule("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = process.getBuiltinModule("node:buffer");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = process.getBuiltinModule("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = process.getBuiltinModule("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = process.getBuiltinModule("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = process.getBuiltinModule("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = process.getBuiltinModule("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = process.getBuiltinModule("node:fs");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = process.getBuiltinModule("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = process.getBuiltinModule("node:http2");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = process.getBuiltinModule("node:net");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = process.getBuiltinModule("node:perf_hooks");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = process.getBuiltinModule("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = process.getBuiltinModule("node:stream");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = process.getBuiltinModule("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = process.getBuiltinModule("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = process.getBuiltinModule("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = process.getBuiltinModule("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = process.getBuiltinModule("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = process.getBuiltinModule("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = process.getBuiltinModule("os");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = process.getBuiltinModule("process");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = process.getBuiltinModule("string_decoder");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = process.getBuiltinModule("tls");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = process.getBuiltinModule("util");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ 
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = process.getBuiltinModule("node:os");
// EXTERNAL MODULE: ./packages/core/src/index.ts + 6 modules
var src = __nccwpck_require__(5585);
;// CONCATENATED MODULE: ./src/action.ts




;// CONCATENATED MODULE: ./src/generated/defaults.ts
// Generated by scripts/build.mjs from actions/*/action.yml: do not edit by hand.
const INPUT_DEFAULTS = {
    "bump-versions-yaml": {
        "allow-create": "false",
        "dry-run": "false"
    },
    "check-snapshotter-parity": {
        "sources": "kata-containers=github:kata-containers/kata-containers@main:versions.yaml#.externals.nydus-snapshotter.version\noperator=github:confidential-containers/operator@main:install/pre-install-payload/Makefile#NYDUS_SNAPSHOTTER_VERSION\n",
        "token": "${{ github.token }}",
        "normalize": "true",
        "fail-on-mismatch": "true"
    },
    "pin-kustomize-image": {
        "tag-templates": "",
        "exclude": "",
        "merge": "fields",
        "dry-run": "false"
    },
    "tag-go-submodules": {
        "mode": "tag",
        "modules": "",
        "exclude": "",
        "root-tag": "false",
        "ref": "HEAD",
        "remote": "origin",
        "push": "true",
        "dry-run": "false"
    }
};

;// CONCATENATED MODULE: ./src/runner.ts





/**
 * The GitHub Actions runner protocol, written out instead of loading @actions/core: inputs from `INPUT_*`,
 * outputs and the job summary appended to the files named by GITHUB_OUTPUT and GITHUB_STEP_SUMMARY,
 * annotations as `::error file=…::` workflow commands. @actions/core 3 pulls in its HTTP client (for OIDC)
 * at load time, which more than doubles the start-up of a bundle; test/unit/runner-protocol.test.ts checks this
 * module's bytes against @actions/core's own.
 */
// String patterns, not /x/g: every global regex is compiled to machine code on its first use, and these run
// once or twice per step.


/** `::name key=value,…::message`, escaped exactly as @actions/core does. */


/** 128 random bits in UUID form. Math.random, not node:crypto: loading crypto costs more start-up time than a
 * whole small run, and the delimiter needs no secrecy: a value that contains it is refused below. */

/** One `name<<delimiter` record for GITHUB_OUTPUT, as @actions/core writes it. */


/** Inputs come from the environment; an empty one takes the action's own default (the root action has none). */

/**
 * Write to stdout (fd 1) directly: the first touch of `process.stdout` builds a stream object, which costs
 * a small action a fifth of its run time. Partial writes and a full non-blocking pipe (EAGAIN) are retried.
 */

/** Run an action as a step: never throws; a failure sets process.exitCode = 1. */

/**
 * An action bundle's entry point: run the step, then exit at once. Everything a step writes (stdout, the
 * output and summary files) is written synchronously, so nothing is lost, and exiting skips tearing down
 * the heap at the end of every run. Called without top-level await, so the bundle needs none of webpack's
 * async-module machinery.
 */


// EXTERNAL MODULE: ./packages/version-parity/src/index.ts + 8 modules
var version_parity_src = __nccwpck_require__(9711);
;// CONCATENATED MODULE: ./actions/check-snapshotter-parity/src/main.ts



/** DESIGN.md's default: Kata's pin and the operator's, both on their default branches. */
const DEFAULT_SOURCES = [
    'kata-containers=github:kata-containers/kata-containers@main:versions.yaml#.externals.nydus-snapshotter.version',
    'operator=github:confidential-containers/operator@main:install/pre-install-payload/Makefile#NYDUS_SNAPSHOTTER_VERSION',
].join('\n');
const checkSnapshotterParity = defineAction({
    name: 'check-snapshotter-parity',
    readInputs(inputs) {
        const lines = inputs.lines('sources');
        const sources = (0,version_parity_src/* parseSources */.ur)(lines.length > 0 ? lines : (0,src/* parseLines */.Li)(DEFAULT_SOURCES));
        // `${{ github.token }}` is only evaluated inside a workflow; elsewhere the literal default means "none".
        const token = inputs.string('token');
        return {
            sources,
            token: token.includes('${{') ? '' : token,
            normalize: inputs.boolean('normalize'),
            failOnMismatch: inputs.boolean('fail-on-mismatch'),
        };
    },
    async run(inputs, ctx) {
        const texts = await loadFiles(inputs, ctx);
        const errors = [];
        const values = [];
        for (const s of inputs.sources) {
            const key = (0,version_parity_src/* fileKey */.wm)(s.file);
            const loaded = texts.get(key);
            if (!loaded || 'error' in loaded)
                continue; // reported once per file by loadFiles
            try {
                const read = await (0,version_parity_src/* readSelector */.Id)(loaded.text, loaded.display, s.selector);
                values.push({ label: s.label, location: s.location, value: read.value, line: read.line });
                ctx.info(`${s.label}: ${read.value} (${loaded.display}:${read.line})`);
            }
            catch (e) {
                if (!(e instanceof src/* UserError */.yo))
                    throw e;
                errors.push(s.file.kind === 'local'
                    ? new src/* UserError */.yo(`source '${s.label}': ${e.message}`, e.position)
                    : new src/* UserError */.yo(`source '${s.label}': ${e.toString()}`));
            }
        }
        for (const loaded of texts.values())
            if ('error' in loaded)
                errors.push(loaded.error);
        (0,src/* throwIfAny */.MI)(errors);
        const report = (0,version_parity_src/* compareValues */.ck)(values, { normalize: inputs.normalize });
        const outputs = {
            match: String(report.match),
            versions: JSON.stringify(Object.fromEntries(values.map((v) => [v.label, v.value]))),
        };
        const summary = summarize(report, inputs.normalize);
        if (report.match) {
            ctx.info(`all ${values.length} sources agree on ${values[0].value}`);
            return { outputs, summary };
        }
        const message = (0,version_parity_src/* mismatchMessage */.o3)(report);
        if (inputs.failOnMismatch)
            return { outputs, summary, failure: message };
        ctx.warning(message);
        return { outputs, summary };
    },
});
/** Every distinct file once: local ones from the workspace, remote ones through the contents API. */



;// CONCATENATED MODULE: ./actions/check-snapshotter-parity/src/index.ts


runAsStep(checkSnapshotterParity);

