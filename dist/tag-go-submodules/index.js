import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 557:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
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
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
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

;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
;// CONCATENATED MODULE: ./packages/core/src/errors.ts
class errors_UserError extends Error {
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
function formatPositioned(message, pos) {
    if (!pos.file)
        return message;
    let where = pos.file;
    if (pos.line !== undefined)
        where += `:${pos.line}`;
    if (pos.line !== undefined && pos.col !== undefined)
        where += `:${pos.col}`;
    return `${where}: ${message}`;
}
function isUserError(e) {
    return e instanceof errors_UserError;
}
/** Several user errors found in one pass (e.g. every bad `set` line), reported together. */
class UserErrors extends errors_UserError {
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
function throwIfAny(errors) {
    if (errors.length === 1)
        throw errors[0];
    if (errors.length > 1)
        throw new UserErrors(errors);
}

;// CONCATENATED MODULE: ./packages/core/src/text-edit.ts
/**
 * Apply non-overlapping edits. Overlap is a bug in the caller (two edits of the same bytes), so it throws.
 * Edits at the same insertion point (start === end) keep their given order.
 */
function applyEdits(source, edits) {
    if (edits.length === 1)
        return source.slice(0, edits[0].start) + edits[0].text + source.slice(edits[0].end);
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
}
function sortEdits(edits) {
    if (edits.length < 2)
        return [...edits];
    return edits
        .map((e, i) => ({ e, i }))
        .sort((a, b) => a.e.start - b.e.start || a.e.end - b.e.end || a.i - b.i)
        .map((x) => x.e);
}
/** The line ending a file already uses: new lines we add must match it (CRLF files stay CRLF). */
function detectEol(source) {
    const i = source.indexOf('\n');
    return i > 0 && source[i - 1] === '\r' ? '\r\n' : '\n';
}
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

;// CONCATENATED MODULE: ./packages/core/src/diff.ts

const CONTEXT = 3;
/** A line without its line break (and the CR of a CRLF). */
function bare(line) {
    return line.endsWith('\r') ? line.slice(0, -1) : line;
}
function splitLines(text) {
    const lines = text.split('\n');
    if (lines.length > 0 && lines[lines.length - 1] === '')
        lines.pop();
    return text.includes('\r') ? lines.map(bare) : lines;
}
/**
 * A unified diff (`git diff` style, 3 lines of context) built from the edits themselves rather than by
 * comparing texts: O(size of the file) however large it is, and it shows exactly the lines we touched.
 */
function unifiedDiff(file, source, edits) {
    if (edits.length === 0)
        return '';
    if (edits.length === 1) {
        const one = oneLineDiff(file, source, edits[0]);
        if (one !== undefined)
            return one;
    }
    const index = new LineIndex(source);
    // Old lines are read one at a time, and only for context: splitting the whole file would make a one-line
    // pin pay for every line of every file it touches. Line n (0-based) as splitLines() would give it.
    const oldLineCount = source === '' ? 0 : index.lineCount - (source.endsWith('\n') ? 1 : 0);
    const oldLine = (n) => {
        let end = n + 1 < index.lineCount ? index.lineStart(n + 2) - 1 : source.length;
        if (source[end - 1] === '\r')
            end--;
        return source.slice(index.lineStart(n + 1), end);
    };
    // Group edits by the whole lines they touch: [first, end) in 0-based lines. A pure insertion at the start
    // of a line touches no old line (an empty range), so it shows as added lines only.
    const groups = [];
    for (const e of sortEdits(edits)) {
        const first = index.line(e.start) - 1;
        const insertion = e.start === e.end &&
            (e.start === 0 || source[e.start - 1] === '\n') &&
            e.start < source.length &&
            e.text.endsWith('\n');
        const end = insertion ? first : index.line(Math.max(e.start, e.end - 1));
        const g = groups[groups.length - 1];
        // Adjacent groups merge, so consecutive changed lines show as one block (`--++`), as git does.
        if (g && first <= g.end) {
            g.end = Math.max(g.end, end);
            g.edits.push(e);
        }
        else
            groups.push({ first, end, edits: [e] });
    }
    const pieces = groups.map((g) => {
        const segStart = index.lineStart(g.first + 1);
        const segEnd = g.end < index.lineCount ? index.lineStart(g.end + 1) : source.length;
        const segment = source.slice(segStart, segEnd);
        const shifted = g.edits.map((e) => ({ start: e.start - segStart, end: e.end - segStart, text: e.text }));
        return {
            oldStart: g.first,
            removed: splitLines(segment),
            added: splitLines(applyEdits(segment, shifted)),
        };
    });
    const out = [`--- a/${file}`, `+++ b/${file}`];
    let delta = 0; // new line number minus old line number before the current hunk
    let i = 0;
    while (i < pieces.length) {
        let j = i;
        while (j + 1 < pieces.length) {
            const cur = pieces[j];
            const next = pieces[j + 1];
            if (next.oldStart - (cur.oldStart + cur.removed.length) > 2 * CONTEXT)
                break;
            j++;
        }
        const firstPiece = pieces[i];
        const lastPiece = pieces[j];
        const hunkStart = Math.max(0, firstPiece.oldStart - CONTEXT);
        const hunkEnd = Math.min(oldLineCount, lastPiece.oldStart + lastPiece.removed.length + CONTEXT);
        const body = [];
        let oldCount = 0;
        let newCount = 0;
        let line = hunkStart;
        let hunkDelta = 0;
        for (let k = i; k <= j; k++) {
            const p = pieces[k];
            for (; line < p.oldStart; line++, oldCount++, newCount++)
                body.push(` ${oldLine(line)}`);
            for (const r of p.removed)
                body.push(`-${r}`);
            for (const a of p.added)
                body.push(`+${a}`);
            oldCount += p.removed.length;
            newCount += p.added.length;
            hunkDelta += p.added.length - p.removed.length;
            line = p.oldStart + p.removed.length;
        }
        for (; line < hunkEnd; line++, oldCount++, newCount++)
            body.push(` ${oldLine(line)}`);
        const oldRange = `${oldCount === 0 ? hunkStart : hunkStart + 1},${oldCount}`;
        const newFirst = hunkStart + delta;
        const newRange = `${newCount === 0 ? newFirst : newFirst + 1},${newCount}`;
        out.push(`@@ -${oldRange} +${newRange} @@`, ...body);
        delta += hunkDelta;
        i = j + 1;
    }
    return out.join('\n') + '\n';
}
/**
 * The usual case, a value replaced within one line (a pin, a bump), found with a few native searches
 * instead of a table of every line: the same bytes as the general path below, which handles the rest.
 */
function oneLineDiff(file, source, e) {
    if (e.start >= e.end || e.text.includes('\n') || e.text.includes('\r'))
        return undefined;
    const nl = source.indexOf('\n', e.start);
    if (nl !== -1 && nl < e.end)
        return undefined; // the edit spans lines
    const lineStart = e.start === 0 ? 0 : source.lastIndexOf('\n', e.start - 1) + 1;
    const lineEnd = nl === -1 ? source.length : nl;
    const changed = source.slice(lineStart, e.start) + e.text + source.slice(e.end, lineEnd);
    // A last line without a line break that the edit empties is no line at all: the general path says so.
    if (nl === -1 && changed === '')
        return undefined;
    const line = lineStart === 0 ? 0 : source.slice(0, lineStart).split('\n').length - 1; // 0-based
    const before = [];
    for (let end = lineStart - 1; before.length < CONTEXT && end >= 0;) {
        const start = end === 0 ? 0 : source.lastIndexOf('\n', end - 1) + 1;
        before.unshift(` ${bare(source.slice(start, end))}`);
        end = start - 1;
    }
    const after = [];
    for (let pos = lineEnd + 1; after.length < CONTEXT && pos < source.length;) {
        const next = source.indexOf('\n', pos);
        const end = next === -1 ? source.length : next;
        after.push(` ${bare(source.slice(pos, end))}`);
        pos = end + 1;
    }
    const first = line - before.length + 1;
    const count = before.length + 1 + after.length;
    return ([
        `--- a/${file}`,
        `+++ b/${file}`,
        `@@ -${first},${count} +${first},${count} @@`,
        ...before,
        `-${bare(source.slice(lineStart, lineEnd))}`,
        `+${bare(changed)}`,
        ...after,
    ].join('\n') + '\n');
}

;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
;// CONCATENATED MODULE: ./packages/core/src/files.ts



/**
 * Resolve `file` against the workspace and refuse anything that ends up outside it (including through a
 * symlink): a release action must never edit files the workflow did not check out.
 */
function resolveInWorkspace(file, workspace) {
    // .native: one realpath(3) call instead of an lstat per path component in JavaScript.
    const root = realpathSync.native(workspace);
    // realpath(3) resolves `.`, `..` and doubled slashes itself, but after following symlinks; path.resolve
    // first collapses `..` by name. Keep that meaning for such paths, and spare the (JavaScript, character
    // by character) normalisation for the usual `dir/sub/file`.
    const inside = root.endsWith(sep) ? root : root + sep;
    const plain = !file.startsWith('.') && !file.includes('/.') && !file.includes('//') && !file.includes('\\');
    const absolute = isAbsolute(file) ? file : plain ? `${inside}${file}` : resolve(root, file);
    let real;
    try {
        real = realpathSync.native(absolute);
    }
    catch {
        throw new UserError(`file not found: ${file}`, { file });
    }
    // Both are canonical absolute paths, so inside means "starts with the root and a separator"; no
    // path.relative(), which normalises both paths again on every call.
    if (!real.startsWith(inside) || real.length === inside.length) {
        throw new UserError(`refusing to touch ${file}: it is outside the workspace ${root}`, { file });
    }
    if (!statSync(real).isFile())
        throw new UserError(`not a file: ${file}`, { file });
    const rel = real.slice(inside.length);
    return { path: real, display: sep === '/' ? rel : rel.split(sep).join('/') };
}
function readText(file) {
    try {
        return readFileSync(file.path, 'utf8');
    }
    catch (e) {
        throw new UserError(`cannot read ${file.display}: ${e.message}`, { file: file.display });
    }
}
/**
 * Write every file or none. Each new content goes to a temp file beside its target (same filesystem, same
 * mode), and only when all temp files exist are they renamed over their targets; if a rename fails, the
 * targets already replaced get their old content back.
 */
let tempCounter = 0;
function writeFilesAtomically(writes) {
    const temps = [];
    try {
        for (const w of writes) {
            // Unique enough, and 'wx' refuses to reuse an existing name; node:crypto is not worth its load time here.
            // Beside the target, hidden: `dir/.name.<pid>.<n><random>.tmp` (string slicing, as the path is already
            // absolute and canonical, and path.join would normalise it again).
            const cut = w.path.lastIndexOf(external_node_path_namespaceObject.sep) + 1;
            const tmp = `${w.path.slice(0, cut)}.${w.path.slice(cut)}.${process.pid}.${(tempCounter++).toString(36)}${Math.random().toString(36).slice(2, 8)}.tmp`;
            const mode = (0,external_node_fs_namespaceObject.statSync)(w.path).mode & 0o7777;
            (0,external_node_fs_namespaceObject.writeFileSync)(tmp, w.content, { mode, flag: 'wx' });
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
            (0,external_node_fs_namespaceObject.renameSync)(t.tmp, t.path);
            done.push(t);
        }
    }
    catch (e) {
        for (const t of temps)
            if (!done.includes(t))
                safeUnlink(t.tmp);
        for (const t of done)
            (0,external_node_fs_namespaceObject.writeFileSync)(t.path, t.original);
        throw e;
    }
}
function safeUnlink(path) {
    try {
        (0,external_node_fs_namespaceObject.unlinkSync)(path);
    }
    catch {
        // already gone
    }
}
/** True when `path` exists and is a symlink (kept for callers that must not follow links). */
function isSymlink(path) {
    try {
        return lstatSync(path).isSymbolicLink();
    }
    catch {
        return false;
    }
}

;// CONCATENATED MODULE: ./packages/core/src/inputs.ts

/**
 * Input parsing shared by every action and the CLI. Inputs arrive as strings (the runner passes them
 * through `INPUT_*`); these turn them into values or a UserError naming the input.
 */
/** YAML 1.2 core-schema booleans, exactly what `@actions/core`'s getBooleanInput accepts. */
function parseBoolean(name, value) {
    const v = value.trim();
    if (v === 'true' || v === 'True' || v === 'TRUE')
        return true;
    if (v === 'false' || v === 'False' || v === 'FALSE')
        return false;
    throw new errors_UserError(`input '${name}' must be true or false, got '${v}'`);
}
/** Non-empty, trimmed lines; lines starting with `#` are comments. */
function parseLines(value) {
    const out = [];
    // Split on \n alone: trim() drops a CRLF line's \r.
    value.split('\n').forEach((raw, i) => {
        const text = raw.trim();
        if (text !== '' && !text.startsWith('#'))
            out.push({ text, line: i + 1 });
    });
    return out;
}
function parseChoice(name, value, choices) {
    const v = value.trim();
    if (choices.includes(v))
        return v;
    throw new errors_UserError(`input '${name}' must be one of ${choices.join(', ')}, got '${v}'`);
}
function requireInput(name, value) {
    const v = value.trim();
    if (v === '')
        throw new errors_UserError(`input '${name}' is required`);
    return v;
}

;// CONCATENATED MODULE: ./packages/core/src/markdown.ts
/** Small Markdown builders for job summaries: tables and fenced diffs, escaped so values cannot break them. */
function escapeCell(value) {
    return value.replaceAll('|', '\\|').replaceAll('\r\n', '<br>').replaceAll('\n', '<br>');
}
/** Inline code that survives backticks inside the value. */
function code(value) {
    if (value === '')
        return '';
    const longest = value.includes('`') ? Math.max(...value.match(/`+/g).map((m) => m.length)) : 0;
    const fence = '`'.repeat(longest + 1);
    const pad = value.startsWith('`') || value.endsWith('`') ? ' ' : '';
    return `${fence}${pad}${value}${pad}${fence}`;
}
function table(headers, rows) {
    const line = (cells) => `| ${cells.map(escapeCell).join(' | ')} |`;
    return [line(headers), `| ${headers.map(() => '---').join(' | ')} |`, ...rows.map(line)].join('\n') + '\n';
}
function fenced(language, body) {
    const longest = body.includes('```') ? Math.max(...body.match(/`{3,}/g).map((m) => m.length)) : 2;
    const fence = '`'.repeat(longest + 1);
    return `${fence}${language}\n${body.endsWith('\n') ? body : body + '\n'}${fence}\n`;
}

;// CONCATENATED MODULE: ./packages/core/src/index.ts







;// CONCATENATED MODULE: ./src/action.ts

function inputsFrom(raw) {
    return {
        raw,
        string: (name) => raw(name).trim(),
        required: (name) => requireInput(name, raw(name)),
        boolean: (name) => parseBoolean(name, raw(name)),
        lines: (name) => parseLines(raw(name)),
        choice: (name, choices) => parseChoice(name, raw(name), choices),
    };
}
function defineAction(def) {
    return def;
}

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
function escapeData(s) {
    return s.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
}
function escapeProperty(s) {
    return escapeData(s).replaceAll(':', '%3A').replaceAll(',', '%2C');
}
/** `::name key=value,…::message`, escaped exactly as @actions/core does. */
function workflowCommand(name, properties, message) {
    const props = Object.entries(properties)
        .filter(([, v]) => v !== undefined && v !== '')
        .map(([k, v]) => `${k}=${escapeProperty(String(v))}`)
        .join(',');
    return `::${name}${props ? ` ${props}` : ''}::${escapeData(message)}`;
}
function annotation(kind, message, pos = {}) {
    return workflowCommand(kind, { file: pos.file, line: pos.line, col: pos.col }, message);
}
/** 128 random bits in UUID form. Math.random, not node:crypto: loading crypto costs more start-up time than a
 * whole small run, and the delimiter needs no secrecy: a value that contains it is refused below. */
function randomId() {
    const hex = Array.from({ length: 32 }, () => Math.floor(Math.random() * 16).toString(16)).join('');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
/** One `name<<delimiter` record for GITHUB_OUTPUT, as @actions/core writes it. */
function outputRecord(name, value) {
    const delimiter = `ghadelimiter_${randomId()}`;
    // As @actions/core: a name or value holding the delimiter could smuggle in other outputs.
    if (name.includes(delimiter) || value.includes(delimiter))
        throw new Error('output value contains the delimiter');
    return `${name}<<${delimiter}${external_node_os_namespaceObject.EOL}${value}${external_node_os_namespaceObject.EOL}${delimiter}${external_node_os_namespaceObject.EOL}`;
}
function inputEnvName(name) {
    return `INPUT_${name.replaceAll(' ', '_').toUpperCase()}`;
}
/** Inputs come from the environment; an empty one takes the action's own default (the root action has none). */
function readRunnerInput(actionName, env) {
    const defaults = INPUT_DEFAULTS[actionName];
    return (name) => {
        const value = env[inputEnvName(name)] ?? '';
        if (value.trim() !== '')
            return value;
        // An expression default (`${{ github.token }}`) is the runner's to evaluate; unevaluated it means nothing.
        const fallback = defaults?.[name] ?? '';
        return fallback.includes('${{') ? '' : fallback;
    };
}
/**
 * Write to stdout (fd 1) directly: the first touch of `process.stdout` builds a stream object, which costs
 * a small action a fifth of its run time. Partial writes and a full non-blocking pipe (EAGAIN) are retried.
 */
function writeStdout(text) {
    let buf = Buffer.from(text, 'utf8');
    while (buf.length > 0) {
        try {
            buf = buf.subarray((0,external_node_fs_namespaceObject.writeSync)(1, buf));
        }
        catch (e) {
            if (e.code !== 'EAGAIN')
                throw e;
        }
    }
}
/** Run an action as a step: never throws; a failure sets process.exitCode = 1. */
async function runOnRunner(def, env = process.env) {
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
                (0,external_node_fs_namespaceObject.appendFileSync)(outputFile, outputRecord(name, value), 'utf8');
            else
                out(`${name}=${value}`);
        }
        const summaryFile = env['GITHUB_STEP_SUMMARY'];
        if (summaryFile && result.summary)
            (0,external_node_fs_namespaceObject.appendFileSync)(summaryFile, result.summary + external_node_os_namespaceObject.EOL, 'utf8');
        if (result.failure !== undefined) {
            out(annotation('error', result.failure));
            process.exitCode = 1;
        }
    }
    catch (e) {
        process.exitCode = 1;
        if (isUserError(e)) {
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
}
/**
 * An action bundle's entry point: run the step, then exit at once. Everything a step writes (stdout, the
 * output and summary files) is written synchronously, so nothing is lost, and exiting skips tearing down
 * the heap at the end of every run. Called without top-level await, so the bundle needs none of webpack's
 * async-module machinery.
 */
function runAsStep(def) {
    runOnRunner(def).then(() => process.exit(), (e) => {
        // runOnRunner reports every error itself; this is only a last resort.
        process.stderr.write(`${e?.stack ?? String(e)}${external_node_os_namespaceObject.EOL}`);
        process.exit(1);
    });
}

;// CONCATENATED MODULE: ./packages/go-modules/src/gomod.ts

const KNOWN = new Set([
    'module',
    'go',
    'toolchain',
    'godebug',
    'require',
    'exclude',
    'replace',
    'retract',
    'tool',
    'ignore',
]);
const BLOCKS = new Set(['godebug', 'require', 'exclude', 'replace', 'retract', 'tool', 'ignore']);
/** A bare word runs to a blank, a line end, `()[],"\``, or the start of `//` or `=>`. */
const WORD = '(?:[^ \\t\\r\\n()[\\],"`/=]|\\/(?!\\/)|=(?!>))+';
const BARE_WORD = new RegExp(WORD, 'y');
/**
 * Most lines of a go.mod are one to three bare words and maybe a `//` comment (`\tgithub.com/x/y v1.2.3 //
 * indirect`). This matches such a line whole, from its first character to just before its `\n`, so the
 * character loop below only runs for the rest (quotes, parentheses, `=>`, brackets, a word starting with
 * `/*`, which is an error the loop reports). Groups: blanks and a word, three times, then the comment.
 */
const SIMPLE_WORD = `(?!\\/\\*)${WORD}`;
const SIMPLE_LINE = new RegExp(`([ \\t\\r]*)(${SIMPLE_WORD})(?:([ \\t\\r]+)(${SIMPLE_WORD}))?(?:([ \\t\\r]+)(${SIMPLE_WORD}))?[ \\t\\r]*(?:\\/\\/([^\\n]*))?(?=\\n|$)`, 'y');
/** Lexes a simple line starting at `start` into `cur`: the offset of its end, or -1 when it needs the character loop. */
function lexSimpleLine(source, start, cur) {
    SIMPLE_LINE.lastIndex = start;
    const m = SIMPLE_LINE.exec(source);
    if (m === null)
        return -1;
    let at = start;
    for (let g = 1; g <= 5; g += 2) {
        const word = m[g + 1];
        if (word === undefined)
            break;
        at += m[g].length;
        cur.tokens.push({ kind: 'word', value: word, start: at, end: at + word.length, quoted: false });
        at += word.length;
    }
    if (m[7] !== undefined)
        cur.comment = m[7].trim();
    return SIMPLE_LINE.lastIndex;
}
function isSpace(c) {
    return c === ' ' || c === '\t' || c === '\r';
}
/** Split the source into lines of tokens, each with its trailing comment. */
function lex(source, at) {
    const lines = [];
    let cur = { tokens: [], comment: '', line: 1, start: 0 };
    let i = 0;
    const fail = (msg, offset) => {
        throw new errors_UserError(msg, at(offset));
    };
    let lineStart = true;
    while (i < source.length) {
        if (lineStart) {
            lineStart = false;
            const end = lexSimpleLine(source, i, cur);
            if (end !== -1)
                i = end;
            if (i >= source.length)
                break;
        }
        const c = source[i];
        if (c === '\n') {
            lines.push(cur);
            i++;
            cur = { tokens: [], comment: '', line: cur.line + 1, start: i };
            lineStart = true;
            continue;
        }
        if (isSpace(c)) {
            i++;
            continue;
        }
        if (source.startsWith('//', i)) {
            let j = source.indexOf('\n', i);
            if (j === -1)
                j = source.length;
            cur.comment = source.slice(i + 2, j).trim();
            i = j;
            continue;
        }
        if (source.startsWith('/*', i))
            fail('go.mod files must use // comments, not /* */', i);
        if (c === '(' || c === ')') {
            cur.tokens.push({ kind: c === '(' ? 'lparen' : 'rparen', value: c, start: i, end: i + 1, quoted: false });
            i++;
            continue;
        }
        if (c === '[' || c === ']' || c === ',') {
            cur.tokens.push({ kind: 'punct', value: c, start: i, end: i + 1, quoted: false });
            i++;
            continue;
        }
        if (source.startsWith('=>', i)) {
            cur.tokens.push({ kind: 'arrow', value: '=>', start: i, end: i + 2, quoted: false });
            i += 2;
            continue;
        }
        if (c === '"') {
            let j = i + 1;
            let value = '';
            for (; j < source.length && source[j] !== '"'; j++) {
                if (source[j] === '\n')
                    fail('unterminated quoted string', i);
                if (source[j] === '\\') {
                    j++;
                    // A backslash does not continue a quoted string onto the next line.
                    if (source[j] === '\n')
                        fail('unterminated quoted string', i);
                    const e = source[j];
                    value += e === 'n' ? '\n' : e === 't' ? '\t' : (e ?? '');
                }
                else
                    value += source[j];
            }
            if (j >= source.length)
                fail('unterminated quoted string', i);
            cur.tokens.push({ kind: 'word', value, start: i, end: j + 1, quoted: true });
            i = j + 1;
            continue;
        }
        if (c === '`') {
            const j = source.indexOf('`', i + 1);
            if (j === -1 || source.slice(i, j).includes('\n'))
                fail('unterminated raw string', i);
            cur.tokens.push({ kind: 'word', value: source.slice(i + 1, j), start: i, end: j + 1, quoted: true });
            i = j + 1;
            continue;
        }
        // A bare word (WORD): one sticky regex instead of a loop over characters, since the file is lexed once
        // per run, before the JIT has warmed up.
        BARE_WORD.lastIndex = i;
        if (!BARE_WORD.test(source))
            fail(`unexpected '${c}'`, i); // cannot happen: every other start is handled above
        const j = BARE_WORD.lastIndex;
        cur.tokens.push({ kind: 'word', value: source.slice(i, j), start: i, end: j, quoted: false });
        i = j;
    }
    lines.push(cur);
    return lines;
}
function parseGoMod(source, file) {
    const mod = {
        file,
        source,
        module: undefined,
        go: undefined,
        toolchain: undefined,
        requires: [],
        replaces: [],
        excludes: [],
        retracts: [],
        directives: [],
    };
    // Only errors need an offset's line and column; the LineIndex is built for the first one.
    let index;
    const at = (offset) => ({ file, ...(index ??= new LineIndex(source)).position(offset) });
    let block;
    const lines = lex(source, at);
    for (let n = 0; n < lines.length; n++) {
        const raw = lines[n];
        const toks = raw.tokens;
        if (toks.length === 0)
            continue;
        if (block) {
            if (toks[0].kind === 'rparen') {
                if (toks.length > 1)
                    throw new errors_UserError("unexpected text after ')'", at(toks[1].start));
                block = undefined;
                continue;
            }
            addDirective(mod, block.verb, toks, raw, true, at);
            continue;
        }
        const verbTok = toks[0];
        if (verbTok.kind !== 'word' || verbTok.quoted)
            throw new errors_UserError(`unexpected '${verbTok.value}'`, at(verbTok.start));
        const verb = verbTok.value;
        if (!KNOWN.has(verb))
            throw new errors_UserError(`unknown directive: ${verb}`, at(verbTok.start));
        if (toks.length >= 2 && toks[1].kind === 'lparen') {
            if (!BLOCKS.has(verb))
                throw new errors_UserError(`${verb} does not take a ( … ) block`, at(toks[1].start));
            if (toks.length === 3 && toks[2].kind === 'rparen')
                continue; // `require ()`
            if (toks.length > 2)
                throw new errors_UserError("a block's lines start on the line after '('", at(toks[2].start));
            block = { verb, line: raw.line };
            continue;
        }
        addDirective(mod, verb, toks.slice(1), raw, false, at);
    }
    if (block)
        throw new errors_UserError(`${block.verb} block opened here is never closed with ')'`, { file, line: block.line });
    return mod;
}
/** The tokens, all of them words (not `(`, `)`, `=>`, `[`, `]`, `,`). */
function words(verb, toks, at) {
    for (const t of toks)
        if (t.kind !== 'word')
            throw new errors_UserError(`${verb}: unexpected '${t.value}'`, at(t.start));
    return toks;
}
// Positions come from the lexer's line count, not a LineIndex search: this runs once per directive, cold,
// and a go.mod has hundreds of them.
function addDirective(mod, verb, toks, raw, inBlock, at) {
    const line = raw.line;
    const col = (toks[0]?.start ?? raw.start) - raw.start + 1;
    const bad = (expected) => new errors_UserError(`${verb}: expected ${expected}`, { file: mod.file, line, col });
    mod.directives.push({ verb, args: toks, comment: raw.comment, line, col, inBlock });
    switch (verb) {
        case 'module': {
            const w = words(verb, toks, at);
            if (w.length !== 1)
                throw bad('module <path>');
            if (mod.module)
                throw new errors_UserError('repeated module directive', { file: mod.file, line, col });
            mod.module = { path: w[0].value, line };
            break;
        }
        case 'go':
        case 'toolchain': {
            const w = words(verb, toks, at);
            if (w.length !== 1)
                throw bad(`${verb} <version>`);
            mod[verb] = w[0].value;
            break;
        }
        case 'require': {
            const w = words(verb, toks, at);
            if (w.length !== 2)
                throw bad('require <module path> <version>');
            const path = w[0];
            const version = w[1];
            mod.requires.push({
                path: path.value,
                version: version.value,
                indirect: /^indirect(;|$)/.test(raw.comment),
                line,
                col,
                versionStart: version.quoted ? version.start + 1 : version.start,
                versionEnd: version.quoted ? version.end - 1 : version.end,
            });
            break;
        }
        case 'exclude': {
            const w = words(verb, toks, at);
            if (w.length !== 2)
                throw bad('exclude <module path> <version>');
            mod.excludes.push({ path: w[0].value, version: w[1].value, line });
            break;
        }
        case 'replace': {
            const arrow = toks.findIndex((t) => t.kind === 'arrow');
            if (arrow < 1 || arrow > 2 || toks.length - arrow - 1 < 1 || toks.length - arrow - 1 > 2)
                throw bad('replace <path> [version] => <path> [version]');
            const left = toks.slice(0, arrow);
            const right = toks.slice(arrow + 1);
            for (const t of [...left, ...right])
                if (t.kind !== 'word')
                    throw new errors_UserError(`replace: unexpected '${t.value}'`, at(t.start));
            const newPath = right[0].value;
            mod.replaces.push({
                oldPath: left[0].value,
                ...(left[1] ? { oldVersion: left[1].value } : {}),
                newPath,
                ...(right[1] ? { newVersion: right[1].value } : {}),
                local: /^(\.\.?[/\\]|[/\\]|[A-Za-z]:[/\\])/.test(newPath) || newPath === '.' || newPath === '..',
                line,
            });
            break;
        }
        case 'retract': {
            if (toks.length === 1 && toks[0].kind === 'word') {
                mod.retracts.push({ low: toks[0].value, high: toks[0].value, rationale: raw.comment, line });
            }
            else if (toks.length === 5 &&
                toks[0].value === '[' &&
                toks[1].kind === 'word' &&
                toks[2].value === ',' &&
                toks[3].kind === 'word' &&
                toks[4].value === ']') {
                mod.retracts.push({ low: toks[1].value, high: toks[3].value, rationale: raw.comment, line });
            }
            else
                throw bad('retract <version> or retract [<low>, <high>]');
            break;
        }
        default:
            // godebug key=value, tool <path>, ignore <dir>: kept as directives, nothing to check for a release.
            words(verb, toks, at);
    }
}
/** Set the versions of some requires (by module path); only the version bytes change. */
function setRequireVersions(mod, versions) {
    const edits = [];
    const changes = [];
    for (const r of mod.requires) {
        const v = versions.get(r.path);
        if (v === undefined || v === r.version)
            continue;
        edits.push({ start: r.versionStart, end: r.versionEnd, text: v });
        changes.push({ path: r.path, old: r.version, new: v, line: r.line });
    }
    const text = applyEdits(mod.source, edits);
    // Replace, then verify: the new text must read back with exactly the intended versions and nothing else moved.
    const back = parseGoMod(text, mod.file);
    const same = back.requires.length === mod.requires.length &&
        back.replaces.length === mod.replaces.length &&
        back.module?.path === mod.module?.path &&
        back.requires.every((r, i) => {
            const o = mod.requires[i];
            return r.path === o.path && r.indirect === o.indirect && r.version === (versions.get(o.path) ?? o.version);
        });
    if (!same)
        throw new Error(`${mod.file}: editing require versions did not read back as intended`);
    return { text, edits, changes };
}

;// CONCATENATED MODULE: ./packages/go-modules/src/version.ts

/** Go's canonical semantic versions (https://go.dev/ref/mod#versions): `vMAJOR.MINOR.PATCH[-pre]`, no build metadata. */
const SEMVER = /^v(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[A-Za-z-][0-9A-Za-z-]*)(?:\.(?:0|[1-9]\d*|\d*[A-Za-z-][0-9A-Za-z-]*))*))?$/;
/** `vX.0.0-yyyymmddhhmmss-abcdefabcdef` and its `vX.Y.Z-pre.0.` / `vX.Y.(Z+1)-0.` forms. */
const PSEUDO = /^v\d+\.\d+\.\d+-(?:(?:[0-9A-Za-z-]+\.)*0\.)?\d{14}-[0-9a-f]{12}$/;
/** The placeholder `go mod edit -replace` writes for a module that only resolves through a replace. */
const ZERO_PSEUDO = 'v0.0.0-00010101000000-000000000000';
function isPseudoVersion(v) {
    return SEMVER.test(v) && PSEUDO.test(v);
}
function majorOf(v) {
    return Number(/^v(\d+)/.exec(v)?.[1] ?? NaN);
}
/** A release version: `vX.Y.Z` or `vX.Y.Z-pre` (`-alpha.1`, `-rc1`); anything else is a UserError. */
function validateReleaseVersion(v, input = 'version') {
    if (!SEMVER.test(v)) {
        const hint = /^\d/.test(v) && SEMVER.test(`v${v}`) ? ` (did you mean v${v}?)` : '';
        throw new errors_UserError(`input '${input}' must be a semantic version with a leading v, such as v0.9.0 or v0.9.0-rc1, got '${v}'${hint}`);
    }
    if (PSEUDO.test(v))
        throw new errors_UserError(`input '${input}' is a Go pseudo-version, not a release version: '${v}'`);
    return v;
}

;// CONCATENATED MODULE: ./packages/go-modules/src/discover.ts


/**
 * Which go.mod files make up the repository's modules. The same rules apply to a working tree (walked on
 * disk) and to a commit's tree (listed by git): skip vendor/, testdata/ and hidden directories, then the
 * user's `exclude` globs.
 */
const SKIPPED_DIRS = new Set(['vendor', 'testdata']);
function skippedDir(name) {
    return SKIPPED_DIRS.has(name) || name.startsWith('.');
}
/** Glob to RegExp: `**` any number of path elements, `*` and `?` within one element, `[abc]` classes. */
function globToRegExp(glob) {
    let re = '';
    const g = glob.replace(/^\.\//, '').replace(/\/+$/, '');
    for (let i = 0; i < g.length; i++) {
        const c = g[i];
        if (c === '*' && g[i + 1] === '*') {
            const slash = g[i + 2] === '/';
            re += slash ? '(?:.*/)?' : '.*';
            i += slash ? 2 : 1;
        }
        else if (c === '*')
            re += '[^/]*';
        else if (c === '?')
            re += '[^/]';
        else if (c === '[') {
            const end = g.indexOf(']', i + 1);
            if (end === -1)
                re += '\\[';
            else {
                re += `[${g
                    .slice(i + 1, end)
                    .replace(/^!/, '^')
                    .replace(/\\/g, '\\\\')}]`;
                i = end;
            }
        }
        else
            re += c.replace(/[.+^${}()|\\]/g, '\\$&');
    }
    return new RegExp(`^${re}$`);
}
/** A directory is excluded when a glob matches it or one of its parents (like .gitignore). */
function isExcluded(dir, globs) {
    if (globs.length === 0)
        return false;
    const parts = dir === '' ? [] : dir.split('/');
    for (let n = parts.length; n >= 1; n--) {
        const prefix = parts.slice(0, n).join('/');
        if (globs.some((g) => g.test(prefix)))
            return true;
    }
    return globs.some((g) => g.test('.') || g.test(''));
}
/** Module directory (`''` for the root) of every go.mod among `paths` (repository-relative, `/`-separated). */
function goModDirs(paths, exclude = []) {
    const globs = exclude.map(globToRegExp);
    const dirs = [];
    for (const p of paths) {
        if (p !== 'go.mod' && !p.endsWith('/go.mod'))
            continue;
        const dir = p === 'go.mod' ? '' : p.slice(0, -'/go.mod'.length);
        const parts = dir === '' ? [] : dir.split('/');
        if (parts.some(skippedDir))
            continue;
        if (isExcluded(dir, globs))
            continue;
        dirs.push(dir);
    }
    return dirs.sort();
}
/** Every go.mod below `root` on disk, as repository-relative paths (symlinks are not followed). */
function listGoModsOnDisk(root) {
    const out = [];
    const walk = (abs, rel) => {
        for (const e of (0,external_node_fs_namespaceObject.readdirSync)(abs, { withFileTypes: true })) {
            const r = rel === '' ? e.name : `${rel}/${e.name}`;
            if (e.isDirectory()) {
                if (!skippedDir(e.name))
                    walk((0,external_node_path_namespaceObject.join)(abs, e.name), r);
            }
            else if (e.isFile() && e.name === 'go.mod')
                out.push(r);
        }
    };
    walk(root, '');
    return out;
}
function readGoModsOnDisk(root, dirs) {
    return new Map(dirs.map((d) => [d, (0,external_node_fs_namespaceObject.readFileSync)((0,external_node_path_namespaceObject.join)(root, d, 'go.mod'), 'utf8')]));
}

;// CONCATENATED MODULE: ./packages/go-modules/src/release.ts



function goModFile(dir) {
    return dir === '' ? 'go.mod' : `${dir}/go.mod`;
}
function displayDir(dir) {
    return dir === '' ? '.' : dir;
}
/** Parse every go.mod (dir -> text); every broken file is reported at once. */
function loadModules(sources) {
    const errors = [];
    const modules = [];
    for (const [dir, text] of [...sources].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
        const file = goModFile(dir);
        try {
            const gomod = parseGoMod(text, file);
            if (!gomod.module)
                throw new errors_UserError('no module directive', { file, line: 1 });
            modules.push({ dir, file, path: gomod.module.path, gomod });
        }
        catch (e) {
            if (!(e instanceof errors_UserError))
                throw e;
            errors.push(e);
        }
    }
    throwIfAny(errors);
    const byPath = new Map();
    for (const m of modules) {
        const other = byPath.get(m.path);
        if (other)
            errors.push(new errors_UserError(`module ${m.path} is declared twice: in ${other.file} and in ${m.file}`, {
                file: m.file,
                line: m.gomod.module.line,
            }));
        byPath.set(m.path, m);
    }
    throwIfAny(errors);
    return modules;
}
/** `N` when a module path ends in a major version suffix `/vN` (N >= 2), else undefined. */
function majorSuffix(modulePath) {
    const m = /\/v([2-9]|[1-9]\d+)$/.exec(modulePath);
    return m ? Number(m[1]) : undefined;
}
/**
 * The tag Go looks for (https://go.dev/ref/mod#vcs-version): `<dir>/<version>`, or `<version>` at the root.
 * A `/vN` module living in a `vN` directory is tagged without that element (`sub/v2` -> `sub/v2.0.0`).
 */
function tagFor(module, version) {
    const pos = { file: module.file, line: module.gomod.module?.line ?? 1 };
    const n = majorSuffix(module.path);
    const major = majorOf(version);
    let prefix = module.dir;
    if (n !== undefined) {
        if (major !== n)
            throw new errors_UserError(`module ${module.path} has the major version suffix /v${n}: it can only be released as v${n}.x.y, not ${version}`, pos);
        if (prefix === `v${n}`)
            prefix = '';
        else if (prefix.endsWith(`/v${n}`))
            prefix = prefix.slice(0, -`/v${n}`.length);
    }
    else if (major >= 2) {
        throw new errors_UserError(`module ${module.path} has no /v${major} suffix: Go ignores a ${version} tag for it (a v${major} module path must end in /v${major})`, pos);
    }
    // Go finds `<dir>/vX` tags only when the module path ends with that directory.
    const base = n !== undefined && !module.dir.endsWith(`/v${n}`) && module.dir !== `v${n}`
        ? module.path.slice(0, -`/v${n}`.length)
        : module.path;
    if (module.dir !== '' && base !== module.dir && !base.endsWith(`/${module.dir}`)) {
        throw new errors_UserError(`module path ${module.path} does not end with its directory ${module.dir}: Go would not find a ${module.dir}/${version} tag for it`, pos);
    }
    return prefix === '' ? version : `${prefix}/${version}`;
}
/** Pick modules by directory (`.` for the root) or module path; unknown names are errors. */
function selectModules(all, wanted) {
    if (wanted.length === 0)
        return [...all];
    const errors = [];
    const picked = new Set();
    for (const { text, line } of wanted) {
        const key = text.replace(/^\.\//, '').replace(/\/+$/, '');
        const m = all.find((x) => x.path === key || x.dir === key || (key === '.' && x.dir === ''));
        if (m)
            picked.add(m);
        else
            errors.push(new errors_UserError(`unknown module '${text}' in input 'modules' (line ${line}): the modules found are ${all.map((x) => displayDir(x.dir)).join(', ') || '(none)'}`));
    }
    throwIfAny(errors);
    return all.filter((m) => picked.has(m));
}
/** Internal requires: requires of `m` naming another module of the repository. */
function internalRequires(m, byPath) {
    const out = [];
    for (const req of m.gomod.requires) {
        const target = byPath.get(req.path);
        if (target && target !== m)
            out.push({ req, target });
    }
    return out;
}
/** Kahn's algorithm, ready modules by directory: deterministic; a cycle is an error naming it. */
function topologicalOrder(selected, all) {
    const byPath = new Map(all.map((m) => [m.path, m]));
    const inSet = new Set(selected);
    const deps = new Map();
    for (const m of selected) {
        deps.set(m, new Set(internalRequires(m, byPath)
            .map((x) => x.target)
            .filter((t) => inSet.has(t))));
    }
    const order = [];
    const done = new Set();
    const ready = () => selected.filter((m) => !done.has(m) && [...deps.get(m)].every((d) => done.has(d)));
    for (let r = ready(); r.length > 0; r = ready()) {
        const next = r.sort((a, b) => (a.dir < b.dir ? -1 : 1))[0];
        order.push(next);
        done.add(next);
    }
    if (order.length < selected.length) {
        const left = selected.filter((m) => !done.has(m));
        // Walk unfinished dependencies from any left-over module until one repeats: that loop is the cycle.
        const path = [];
        let cur = left[0];
        while (!path.includes(cur)) {
            path.push(cur);
            cur = [...deps.get(cur)].filter((d) => !done.has(d)).sort((a, b) => (a.dir < b.dir ? -1 : 1))[0];
        }
        const cycle = [...path.slice(path.indexOf(cur)), cur].map((m) => displayDir(m.dir));
        throw new errors_UserError(`dependency cycle between Go modules: ${cycle.join(' -> ')}`, {
            file: cur.file,
            line: cur.gomod.module?.line ?? 1,
        });
    }
    return order;
}
function planRelease(opts) {
    const { version } = opts;
    const errors = [];
    const tags = [];
    const byPath = new Map(opts.modules.map((m) => [m.path, m]));
    const inSet = new Set(opts.selected);
    for (const m of topologicalOrder(opts.selected, opts.modules)) {
        try {
            tags.push({
                tag: tagFor(m, version),
                dir: m.dir,
                modulePath: m.path,
                file: m.file,
                deps: internalRequires(m, byPath)
                    .filter((x) => inSet.has(x.target))
                    .map((x) => x.target.dir),
                message: `Release ${version} of ${m.path}`,
            });
        }
        catch (e) {
            if (!(e instanceof errors_UserError))
                throw e;
            errors.push(e);
        }
    }
    throwIfAny(errors);
    const seen = new Map();
    for (const t of tags) {
        const other = seen.get(t.tag);
        if (other)
            errors.push(new errors_UserError(`modules in ${displayDir(other.dir)} and ${displayDir(t.dir)} would both be tagged ${t.tag}`, {
                file: t.file,
            }));
        seen.set(t.tag, t);
    }
    throwIfAny(errors);
    if (opts.rootTag && !seen.has(version)) {
        tags.push({
            tag: version,
            dir: undefined,
            modulePath: undefined,
            file: undefined,
            deps: [],
            message: `Release ${version}`,
        });
    }
    return { version, tags, modules: [...opts.modules], selected: [...opts.selected] };
}
/**
 * How each internal require of a module being tagged resolves for someone who uses the tag. A require the
 * tag's consumers can only satisfy through this repository's `replace` is a warning (they do not see the
 * replace); one naming a version that has no tag and is not being created is an error. `existing` is every
 * tag known to exist (the remote's); undefined when unknown (plan mode), which checks only what needs no remote.
 */
function checkInternalRequires(plan, existing) {
    const warnings = [];
    const errors = [];
    const byPath = new Map(plan.modules.map((m) => [m.path, m]));
    const planned = new Set(plan.tags.map((t) => t.tag));
    for (const m of plan.selected) {
        for (const { req, target } of internalRequires(m, byPath)) {
            const position = { file: m.file, line: req.line, col: req.col };
            const replaced = m.gomod.replaces.find((r) => r.oldPath === req.path && (r.oldVersion === undefined || r.oldVersion === req.version));
            let tag;
            try {
                tag = tagFor(target, req.version);
            }
            catch {
                tag = undefined;
            }
            const pseudo = isPseudoVersion(req.version) && req.version !== ZERO_PSEUDO;
            const tagged = tag !== undefined && (planned.has(tag) || existing?.has(tag) === true);
            if (pseudo || tagged)
                continue;
            if (existing === undefined && req.version !== ZERO_PSEUDO && tag !== undefined)
                continue; // unknown yet
            const what = tag === undefined || req.version === ZERO_PSEUDO ? req.version : `${req.version} (tag ${tag})`;
            if (replaced) {
                const own = plan.tags.find((t) => t.dir === m.dir)?.tag ?? displayDir(m.dir);
                warnings.push({
                    message: `${req.path} ${req.version} resolves only through replace => ${replaced.newPath}${replaced.newVersion ? ` ${replaced.newVersion}` : ''}: modules that use ${own} do not see that replace and cannot resolve it`,
                    position,
                });
            }
            else {
                errors.push(new errors_UserError(`${m.path} requires ${req.path} ${what}, which does not exist and is not being created`, position));
            }
        }
    }
    return { warnings, errors };
}
/**
 * New / already at the commit / at another commit, from one listing of the remote's tags (and the local
 * ones, which `git tag` would otherwise trip over). `remote` is undefined when nothing is pushed.
 */
function classifyTags(plan, commit, remote, local) {
    return plan.tags.map((t) => {
        const r = remote?.get(t.tag);
        const l = local.get(t.tag);
        if (r !== undefined) {
            if (r !== commit)
                return { ...t, status: 'conflict', existing: r, where: 'remote' };
            if (l !== undefined && l !== commit)
                return { ...t, status: 'conflict', existing: l, where: 'local' };
            return { ...t, status: 'skip', existing: r };
        }
        if (l !== undefined) {
            if (l !== commit)
                return { ...t, status: 'conflict', existing: l, where: 'local' };
            return { ...t, status: remote === undefined ? 'skip' : 'push', existing: l };
        }
        return { ...t, status: 'create' };
    });
}
function conflictErrors(tags, commit, remoteName) {
    return tags
        .filter((t) => t.status === 'conflict')
        .map((t) => new errors_UserError(t.where === 'remote'
        ? `tag ${t.tag} already exists on ${remoteName} at commit ${t.existing}, not at ${commit} being released: a Go module tag can never be moved (the module proxy keeps its hash forever); release a new version instead`
        : `local tag ${t.tag} points at commit ${t.existing}, not at ${commit} being released, and ${remoteName} does not have it: delete the local tag (git tag -d ${t.tag}) or release a new version`));
}
/** `git ls-remote --tags` output -> tag name -> commit (peeled `^{}` lines win over tag objects). */
function parseLsRemote(stdout) {
    const direct = new Map();
    const peeled = new Map();
    for (const line of stdout.split('\n')) {
        const m = /^([0-9a-f]{40,64})\trefs\/tags\/(.+?)(\^\{\})?$/.exec(line.trim());
        if (!m)
            continue;
        (m[3] ? peeled : direct).set(m[2], m[1]);
    }
    for (const [k, v] of peeled)
        direct.set(k, v);
    return direct;
}
/** Single-quote for a POSIX shell: what the printed commands need to be pasted safely. */
function shellQuote(s) {
    return /^[A-Za-z0-9_./:@^{}=+-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`;
}
/** The exact commands a person would run for this plan (what `plan` mode prints). */
function planCommands(plan, ref, remote, push) {
    const lines = [`commit=$(git rev-parse --verify ${shellQuote(`${ref}^{commit}`)})`];
    for (const t of plan.tags)
        lines.push(`git tag -a -m ${shellQuote(t.message)} ${shellQuote(t.tag)} "$commit"`);
    if (push && plan.tags.length > 0)
        lines.push(`git push --atomic ${shellQuote(remote)} ${plan.tags.map((t) => shellQuote(`refs/tags/${t.tag}`)).join(' ')}`);
    return lines;
}

;// CONCATENATED MODULE: ./packages/go-modules/src/prepare.ts


/**
 * The old release step "update go.mod modules for vX": every internal require of a selected module that
 * names another selected module is set to `version`. Only version bytes change: `// indirect`, comments and
 * `replace` lines stay. Requires of modules outside the release keep their version (they get no tag).
 */
function prepareRequires(modules, selected, version) {
    const byPath = new Map(modules.map((m) => [m.path, m]));
    const inSet = new Set(selected);
    const files = [];
    const warnings = [];
    for (const m of selected) {
        const targets = internalRequires(m, byPath).filter((x) => inSet.has(x.target));
        const result = setRequireVersions(m.gomod, new Map(targets.map((x) => [x.req.path, version])));
        for (const { req } of targets) {
            const local = m.gomod.replaces.some((r) => r.oldPath === req.path && r.local);
            if (!local && req.version !== version)
                warnings.push({
                    message: `${req.path} is required at ${version} without a directory replace: the build needs that tag to exist, and go.sum its hash (run go mod tidy after tagging)`,
                    position: { file: m.file, line: req.line, col: req.col },
                });
        }
        if (result.changes.length > 0)
            files.push({ module: m, ...result });
    }
    return { files, warnings };
}

;// CONCATENATED MODULE: ./packages/go-modules/src/git-tree.ts




/** Every path of a commit's tree (`git ls-tree -r -z --name-only`). */
async function listTreePaths(git, commit) {
    const { stdout } = await git(['ls-tree', '-r', '-z', '--name-only', commit]);
    return stdout.split('\0').filter((p) => p !== '');
}
/** The text of `commit:<dir>/go.mod` for each dir, in one `git cat-file --batch`. */
async function readGoModsAtCommit(git, commit, dirs) {
    const out = new Map();
    if (dirs.length === 0)
        return out;
    const input = dirs.map((d) => `${commit}:${d === '' ? 'go.mod' : `${d}/go.mod`}\n`).join('');
    const { stdout } = await git(['cat-file', '--batch'], { input });
    // Sizes are in bytes: walk the output as bytes (go.mod files are UTF-8, so the round trip is exact).
    const buf = Buffer.from(stdout, 'utf8');
    let pos = 0;
    for (const dir of dirs) {
        const nl = buf.indexOf(0x0a, pos);
        const header = buf.subarray(pos, nl).toString('utf8');
        const m = /^[0-9a-f]+ blob (\d+)$/.exec(header);
        if (!m)
            throw new Error(`git cat-file --batch: unexpected header '${header}' for ${dir}/go.mod`);
        const size = Number(m[1]);
        out.set(dir, buf.subarray(nl + 1, nl + 1 + size).toString('utf8'));
        pos = nl + 1 + size + 1;
    }
    return out;
}
/** Local tags -> commit they point at (annotated tags peeled), from one `git for-each-ref`. */
async function localTags(git) {
    const { stdout } = await git(['for-each-ref', '--format=%(refname)%00%(objectname)%00%(*objectname)', 'refs/tags']);
    const out = new Map();
    for (const line of stdout.split('\n')) {
        const [ref, oid, peeled] = line.split('\0');
        if (!ref || !oid)
            continue;
        out.set(ref.slice('refs/tags/'.length), peeled || oid);
    }
    return out;
}
/** Who signs the tags: GIT_COMMITTER_* when set, else git config user.*, else github-actions[bot]. */
async function taggerIdentity(git, env) {
    const { stdout } = await git(['config', '--get-regexp', '^user\\.(name|email)$'], { allowFailure: true });
    const config = new Map(stdout
        .split('\n')
        .filter((l) => l.includes(' '))
        .map((l) => [l.slice(0, l.indexOf(' ')), l.slice(l.indexOf(' ') + 1)]));
    return {
        name: env['GIT_COMMITTER_NAME'] || config.get('user.name') || 'github-actions[bot]',
        email: env['GIT_COMMITTER_EMAIL'] || config.get('user.email') || '41898282+github-actions[bot]@users.noreply.github.com',
    };
}
function gitDate(now) {
    const offset = -now.getTimezoneOffset();
    const sign = offset < 0 ? '-' : '+';
    const abs = Math.abs(offset);
    return `${Math.floor(now.getTime() / 1000)} ${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}${String(abs % 60).padStart(2, '0')}`;
}
/**
 * Create annotated tags in one local transaction: tag objects through one `git hash-object --stdin-paths`,
 * refs through one `git update-ref --stdin` (all created or none; an existing ref fails the whole batch).
 * Equivalent to `git tag -a -m <message> <tag> <commit>` for each tag. Returns tag -> tag object id.
 */
async function createAnnotatedTags(git, tags, commit, who, now = new Date()) {
    const created = new Map();
    if (tags.length === 0)
        return created;
    const clean = (s) => s.replace(/[<>\n]/g, '');
    const tagger = `${clean(who.name)} <${clean(who.email)}> ${gitDate(now)}`;
    const dir = (0,external_node_fs_namespaceObject.mkdtempSync)((0,external_node_path_namespaceObject.join)((0,external_node_os_namespaceObject.tmpdir)(), 'coco-tags-'));
    try {
        const files = tags.map((t, i) => {
            const file = (0,external_node_path_namespaceObject.join)(dir, `${i}.tag`);
            (0,external_node_fs_namespaceObject.writeFileSync)(file, `object ${commit}\ntype commit\ntag ${t.tag}\ntagger ${tagger}\n\n${t.message}\n`);
            return file;
        });
        const { stdout } = await git(['hash-object', '-t', 'tag', '-w', '--stdin-paths'], {
            input: files.join('\n') + '\n',
        });
        const oids = stdout.trim().split('\n');
        if (oids.length !== tags.length)
            throw new Error(`git hash-object returned ${oids.length} ids for ${tags.length} tags`);
        tags.forEach((t, i) => created.set(t.tag, oids[i]));
    }
    finally {
        (0,external_node_fs_namespaceObject.rmSync)(dir, { recursive: true, force: true });
    }
    const input = tags.map((t) => `create refs/tags/${t.tag} ${created.get(t.tag)}\n`).join('');
    const res = await git(['update-ref', '--stdin'], { input, allowFailure: true });
    if (res.code !== 0)
        throw new errors_UserError(`creating local tags failed, none was created: ${res.stderr.trim()}`);
    return created;
}
/** Delete the tags this run created (only if they still point at what it created). */
async function deleteTags(git, created) {
    if (created.size === 0)
        return;
    const input = [...created].map(([tag, oid]) => `delete refs/tags/${tag} ${oid}\n`).join('');
    await git(['update-ref', '--stdin'], { input });
}

;// CONCATENATED MODULE: ./packages/go-modules/src/index.ts







;// CONCATENATED MODULE: ./actions/tag-go-submodules/src/main.ts





const tagGoSubmodules = defineAction({
    name: 'tag-go-submodules',
    readInputs(inputs) {
        const errors = [];
        const attempt = (f, fallback) => {
            try {
                return f();
            }
            catch (e) {
                if (!(e instanceof errors_UserError))
                    throw e;
                errors.push(e);
                return fallback;
            }
        };
        const version = attempt(() => validateReleaseVersion(inputs.required('version')), '');
        const mode = attempt(() => inputs.choice('mode', ['tag', 'plan', 'prepare']), 'plan');
        const ref = inputs.string('ref') || 'HEAD';
        const remote = inputs.string('remote') || 'origin';
        // Both reach git as arguments: one starting with '-' would be read as an option.
        if (ref.startsWith('-'))
            errors.push(new errors_UserError(`input 'ref' must name a commit, got '${ref}'`));
        if (remote.startsWith('-') || /\s/.test(remote))
            errors.push(new errors_UserError(`input 'remote' must be the name of a git remote, got '${remote}'`));
        const result = {
            version,
            mode,
            modules: inputs.lines('modules'),
            exclude: inputs.lines('exclude').map((l) => l.text),
            rootTag: attempt(() => inputs.boolean('root-tag'), false),
            ref,
            remote,
            push: attempt(() => inputs.boolean('push'), true),
            dryRun: attempt(() => inputs.boolean('dry-run'), false),
        };
        throwIfAny(errors);
        return result;
    },
    async run(inputs, ctx) {
        if (inputs.mode === 'tag')
            return tagMode(inputs, ctx);
        const root = external_node_fs_namespaceObject.realpathSync.native(ctx.workspace);
        const dirs = goModDirs(listGoModsOnDisk(root), inputs.exclude);
        const modules = loadModules(readGoModsOnDisk(root, dirs));
        const selected = selectModules(modules, inputs.modules);
        const plan = planRelease({ modules, selected, version: inputs.version, rootTag: inputs.rootTag });
        return inputs.mode === 'plan' ? planMode(inputs, plan, ctx) : prepareMode(inputs, plan, root, ctx);
    },
});
function noModules(plan) {
    if (plan.selected.length === 0 && plan.tags.length === 0)
        throw new errors_UserError('no Go module found: no go.mod below the repository root (after exclude)');
}
function warn(ctx, warnings) {
    for (const w of warnings)
        ctx.warning(w.message, w.position);
}
function planMode(inputs, plan, ctx) {
    noModules(plan);
    const { warnings, errors } = checkInternalRequires(plan, undefined);
    throwIfAny(errors);
    warn(ctx, warnings);
    const commands = planCommands(plan, inputs.ref, inputs.remote, inputs.push);
    for (const [i, t] of plan.tags.entries())
        ctx.info(`${i + 1}. ${t.tag}${t.dir !== undefined ? `  (${t.modulePath})` : ''}`);
    const rows = plan.tags.map((t, i) => [
        String(i + 1),
        t.dir === undefined ? '*(repository)*' : code(displayDir(t.dir)),
        code(t.tag),
        t.deps.map((d) => code(displayDir(d))).join(', '),
    ]);
    const summary = `### tag-go-submodules: plan for ${code(inputs.version)} (nothing changed)\n\n` +
        table(['#', 'module', 'tag', 'requires'], rows) +
        warningsMarkdown(warnings) +
        `\n${fenced('sh', commands.join('\n'))}`;
    return {
        outputs: outputs(plan, [], [], ''),
        summary,
    };
}
function prepareMode(inputs, plan, root, ctx) {
    noModules(plan);
    const { files, warnings } = prepareRequires(plan.modules, plan.selected, inputs.version);
    warn(ctx, warnings);
    const diff = files.map((f) => unifiedDiff(f.module.file, f.module.gomod.source, f.edits)).join('');
    if (files.length > 0 && !inputs.dryRun) {
        writeFilesAtomically(files.map((f) => ({ path: (0,external_node_path_namespaceObject.join)(root, f.module.file), content: f.text, original: f.module.gomod.source })));
    }
    for (const f of files)
        for (const c of f.changes)
            ctx.info(`${f.module.file}:${c.line}: ${c.path} ${c.old} -> ${c.new}`);
    if (files.length === 0)
        ctx.info(`every internal require already names ${inputs.version}: nothing to change`);
    else if (inputs.dryRun)
        ctx.info('dry run: no file was written');
    const title = `### tag-go-submodules: prepare ${code(inputs.version)}${inputs.dryRun ? ' (dry run, nothing written)' : ''}\n\n`;
    const rows = files.flatMap((f) => f.changes.map((c) => [code(f.module.file), String(c.line), code(c.path), code(c.old), code(c.new)]));
    const summary = files.length === 0
        ? `${title}Nothing to change: every internal require already names ${code(inputs.version)}.\n`
        : `${title}${table(['file', 'line', 'require', 'old', 'new'], rows)}${warningsMarkdown(warnings)}\n${fenced('diff', diff)}`;
    return {
        outputs: {
            ...outputs(plan, [], [], ''),
            'changed-files': JSON.stringify(files.map((f) => f.module.file)),
            diff,
        },
        summary,
    };
}
async function tagMode(inputs, ctx) {
    const { createGit, GitError } = await __nccwpck_require__.e(/* import() */ 243).then(__nccwpck_require__.bind(__nccwpck_require__, 243));
    const root = external_node_fs_namespaceObject.realpathSync.native(ctx.workspace);
    const git = await createGit(root, ctx.env);
    const top = await git(['rev-parse', '--show-toplevel'], { allowFailure: true });
    if (top.code !== 0)
        throw new errors_UserError(`not a git repository: ${ctx.workspace} (check the repository out first)`);
    if (external_node_fs_namespaceObject.realpathSync.native(top.stdout.trim()) !== root)
        throw new errors_UserError(`the workspace ${ctx.workspace} is inside the git repository ${top.stdout.trim()}, not at its top: tag names are relative to the repository root`);
    const rev = await git(['rev-parse', '--verify', '--quiet', `${inputs.ref}^{commit}`], { allowFailure: true });
    if (rev.code !== 0)
        throw new errors_UserError(`ref '${inputs.ref}' does not resolve to a commit in ${ctx.workspace}`);
    const commit = rev.stdout.trim();
    if (inputs.push) {
        const remotes = (await git(['remote'])).stdout.split('\n').filter(Boolean);
        if (!remotes.includes(inputs.remote))
            throw new errors_UserError(`remote '${inputs.remote}' is not configured in ${ctx.workspace} (remotes: ${remotes.join(', ') || 'none'})`);
    }
    // The go.mod files of the commit being tagged, not of the working tree: that is what the tags publish.
    const dirs = goModDirs(await listTreePaths(git, commit), inputs.exclude);
    const modules = loadModules(await readGoModsAtCommit(git, commit, dirs));
    const selected = selectModules(modules, inputs.modules);
    const plan = planRelease({ modules, selected, version: inputs.version, rootTag: inputs.rootTag });
    noModules(plan);
    let remoteTags;
    if (inputs.push) {
        const ls = await git(['ls-remote', '--tags', inputs.remote], { allowFailure: true });
        if (ls.code !== 0)
            throw new errors_UserError(`cannot list the tags of remote '${inputs.remote}': ${ls.stderr.trim() || `exit ${ls.code}`}`);
        remoteTags = parseLsRemote(ls.stdout);
    }
    const local = await localTags(git);
    const tags = classifyTags(plan, commit, remoteTags, local);
    const { warnings, errors } = checkInternalRequires(plan, new Set((remoteTags ?? local).keys()));
    throwIfAny([...conflictErrors(tags, commit, inputs.remote), ...errors]);
    warn(ctx, warnings);
    const toCreate = tags.filter((t) => t.status === 'create');
    const toPush = tags.filter((t) => t.status === 'create' || t.status === 'push');
    if (!inputs.dryRun) {
        const who = await taggerIdentity(git, ctx.env);
        const created = await createAnnotatedTags(git, toCreate, commit, who);
        if (inputs.push && toPush.length > 0) {
            const refspecs = toPush.map((t) => `refs/tags/${t.tag}:refs/tags/${t.tag}`);
            const pushed = await git(['push', '--atomic', inputs.remote, ...refspecs], { allowFailure: true });
            if (pushed.code !== 0) {
                try {
                    await deleteTags(git, created);
                }
                catch (e) {
                    if (!(e instanceof GitError))
                        throw e;
                    ctx.error(`could not delete the local tags this run created: ${e.detail}`);
                }
                throw new errors_UserError(`git push --atomic to '${inputs.remote}' was rejected; no tag was pushed and the local tags this run created were deleted. ${inputs.remote} said:\n${pushed.stderr.trim()}`);
            }
        }
    }
    for (const [i, t] of tags.entries())
        ctx.info(`${i + 1}. ${t.tag} ${statusText(t, inputs)}`);
    const created = toPush.map((t) => t.tag);
    const skipped = tags.filter((t) => t.status === 'skip').map((t) => t.tag);
    return { outputs: outputs(plan, created, skipped, commit), summary: tagSummary(inputs, tags, commit, warnings) };
}
function statusText(t, inputs) {
    if (t.status === 'skip')
        return 'skipped (already at the commit)';
    const verb = t.status === 'push' ? 'pushed (existing local tag)' : inputs.push ? 'created' : 'created locally';
    return inputs.dryRun ? `would be ${verb}` : verb;
}
function tagSummary(inputs, tags, commit, warnings) {
    const title = `### tag-go-submodules: ${code(inputs.version)} at ${code(commit.slice(0, 12))}${inputs.dryRun ? ' (dry run, nothing created)' : ''}\n\n`;
    const rows = tags.map((t, i) => [
        String(i + 1),
        t.dir === undefined ? '*(repository)*' : code(displayDir(t.dir)),
        code(t.tag),
        code(commit.slice(0, 12)),
        statusText(t, inputs),
    ]);
    return title + table(['#', 'module', 'tag', 'commit', 'status'], rows) + warningsMarkdown(warnings);
}
function warningsMarkdown(warnings) {
    if (warnings.length === 0)
        return '';
    return `\n**Warnings**\n\n${warnings.map((w) => `- ${code(`${w.position.file}:${w.position.line}`)}: ${w.message}`).join('\n')}\n`;
}
function outputs(plan, created, skipped, commit) {
    return {
        tags: JSON.stringify(plan.tags.map((t) => t.tag)),
        created: JSON.stringify(created),
        skipped: JSON.stringify(skipped),
        commit,
        'changed-files': '[]',
        diff: '',
    };
}

;// CONCATENATED MODULE: ./actions/tag-go-submodules/src/index.ts


runAsStep(tagGoSubmodules);

