import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 6707:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  yo: () => (/* reexport */ UserError),
  ct: () => (/* reexport */ applyEdits),
  Ct: () => (/* reexport */ applyFileChanges),
  aY: () => (/* reexport */ code),
  eD: () => (/* reexport */ detectEol),
  OF: () => (/* reexport */ fenced),
  iU: () => (/* reexport */ isUserError),
  yG: () => (/* reexport */ parseBoolean),
  HU: () => (/* reexport */ parseChoice),
  Li: () => (/* reexport */ parseLines),
  yR: () => (/* reexport */ readText),
  oN: () => (/* reexport */ requireInput),
  z1: () => (/* reexport */ resolveInWorkspace),
  tp: () => (/* reexport */ table),
  MI: () => (/* reexport */ throwIfAny),
  WH: () => (/* reexport */ unifiedDiff)
});

// UNUSED EXPORTS: LineIndex, UserErrors, escapeCell, formatPositioned, isSymlink, sortEdits, writeFilesAtomically

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
    return e instanceof UserError;
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

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
;// CONCATENATED MODULE: ./packages/core/src/files.ts



/**
 * Resolve `file` against the workspace and refuse anything that ends up outside it (including through a
 * symlink): a release action must never edit files the workflow did not check out.
 */
function resolveInWorkspace(file, workspace) {
    // .native: one realpath(3) call instead of an lstat per path component in JavaScript.
    const root = external_node_fs_.realpathSync.native(workspace);
    // realpath(3) resolves `.`, `..` and doubled slashes itself, but after following symlinks; path.resolve
    // first collapses `..` by name. Keep that meaning for such paths, and spare the (JavaScript, character
    // by character) normalisation for the usual `dir/sub/file`.
    const inside = root.endsWith(external_node_path_.sep) ? root : root + external_node_path_.sep;
    const plain = !file.startsWith('.') && !file.includes('/.') && !file.includes('//') && !file.includes('\\');
    const absolute = (0,external_node_path_.isAbsolute)(file) ? file : plain ? `${inside}${file}` : (0,external_node_path_.resolve)(root, file);
    let real;
    try {
        real = external_node_fs_.realpathSync.native(absolute);
    }
    catch {
        throw new UserError(`file not found: ${file}`, { file });
    }
    // Both are canonical absolute paths, so inside means "starts with the root and a separator"; no
    // path.relative(), which normalises both paths again on every call.
    if (!real.startsWith(inside) || real.length === inside.length) {
        throw new UserError(`refusing to touch ${file}: it is outside the workspace ${root}`, { file });
    }
    if (!(0,external_node_fs_.statSync)(real).isFile())
        throw new UserError(`not a file: ${file}`, { file });
    const rel = real.slice(inside.length);
    return { path: real, display: external_node_path_.sep === '/' ? rel : rel.split(external_node_path_.sep).join('/') };
}
function readText(file) {
    try {
        return (0,external_node_fs_.readFileSync)(file.path, 'utf8');
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
}
function safeUnlink(path) {
    try {
        unlinkSync(path);
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
    throw new UserError(`input '${name}' must be true or false, got '${v}'`);
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
    throw new UserError(`input '${name}' must be one of ${choices.join(', ')}, got '${v}'`);
}
function requireInput(name, value) {
    const v = value.trim();
    if (v === '')
        throw new UserError(`input '${name}' is required`);
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

;// CONCATENATED MODULE: ./packages/core/src/file-changes.ts


let file_changes_tempCounter = 0;
/**
 * Apply every change or none, like writeFilesAtomically but also creating and deleting files (a Chart.lock
 * appears when a dependency is pinned and goes when it is unpinned). New contents go to temp files beside
 * their targets first; only when all exist are they renamed into place and the deletions done. If a step of
 * that fails, every file already changed gets its original state back.
 */
function applyFileChanges(changes) {
    const temps = [];
    try {
        for (const c of changes) {
            if (c.original === null && (0,external_node_fs_.existsSync)(c.path))
                throw new Error(`${c.path} appeared while the run planned to create it`);
            if (c.original !== null && !(0,external_node_fs_.existsSync)(c.path))
                throw new Error(`${c.path} disappeared during the run`);
            if (c.content === null)
                continue;
            const cut = c.path.lastIndexOf(external_node_path_.sep) + 1;
            const tmp = `${c.path.slice(0, cut)}.${c.path.slice(cut)}.${process.pid}.${(file_changes_tempCounter++).toString(36)}${Math.random().toString(36).slice(2, 8)}.tmp`;
            // A new file gets the usual 0644 (less the umask), as `helm dependency update` creates Chart.lock.
            const mode = c.original === null ? 0o644 : (0,external_node_fs_.statSync)(c.path).mode & 0o7777;
            (0,external_node_fs_.writeFileSync)(tmp, c.content, { mode, flag: 'wx' });
            temps.push({ tmp, change: c });
        }
    }
    catch (e) {
        for (const t of temps)
            file_changes_safeUnlink(t.tmp);
        throw e;
    }
    const done = [];
    try {
        for (const t of temps) {
            (0,external_node_fs_.renameSync)(t.tmp, t.change.path);
            done.push(t.change);
        }
        for (const c of changes) {
            if (c.content !== null)
                continue;
            (0,external_node_fs_.unlinkSync)(c.path);
            done.push(c);
        }
    }
    catch (e) {
        for (const t of temps)
            if (!done.includes(t.change))
                file_changes_safeUnlink(t.tmp);
        for (const c of done) {
            if (c.original === null)
                file_changes_safeUnlink(c.path);
            else
                (0,external_node_fs_.writeFileSync)(c.path, c.original);
        }
        throw e;
    }
}
function file_changes_safeUnlink(path) {
    try {
        (0,external_node_fs_.unlinkSync)(path);
    }
    catch {
        // already gone
    }
}

;// CONCATENATED MODULE: ./packages/core/src/index.ts









/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

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
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
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
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
// EXTERNAL MODULE: ./packages/core/src/index.ts + 7 modules
var src = __nccwpck_require__(6707);
;// CONCATENATED MODULE: ./src/action.ts

function inputsFrom(raw) {
    return {
        raw,
        string: (name) => raw(name).trim(),
        required: (name) => (0,src/* requireInput */.oN)(name, raw(name)),
        boolean: (name) => (0,src/* parseBoolean */.yG)(name, raw(name)),
        lines: (name) => (0,src/* parseLines */.Li)(raw(name)),
        choice: (name, choices) => (0,src/* parseChoice */.HU)(name, raw(name), choices),
    };
}
function defineAction(def) {
    return def;
}

;// CONCATENATED MODULE: ./src/generated/defaults.ts
// Generated by scripts/build.mjs from actions/*/action.yml: do not edit by hand.
const INPUT_DEFAULTS = {
    "bump-helm-chart": {
        "version": "",
        "app-version": "",
        "dependencies": "",
        "lock": "update",
        "dry-run": "false"
    },
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
    "github-release": {
        "commit": "",
        "body": "",
        "require-checks": "true",
        "allow-no-checks": "false",
        "token": "${{ github.token }}",
        "repository": "",
        "dry-run": "false"
    },
    "next-version": {
        "tag-format": "v{version}",
        "bump": "minor",
        "preid": "",
        "components": "",
        "version": "",
        "remote": "origin"
    },
    "pin-kustomize-image": {
        "tag-templates": "",
        "exclude": "",
        "merge": "fields",
        "dry-run": "false"
    },
    "promote-image": {
        "token": "",
        "username": "",
        "dry-run": "false"
    },
    "release-status": {
        "graph": "",
        "release": "",
        "at": "",
        "token": "${{ github.token }}",
        "fail-on-drift": "true",
        "update-issue": "",
        "repository": "",
        "dry-run": "false"
    },
    "resolve-image": {
        "candidates": "commits",
        "ref": "HEAD",
        "tag-template": "{sha}",
        "max-commits": "50",
        "token": "",
        "username": ""
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
            buf = buf.subarray((0,external_node_fs_.writeSync)(1, buf));
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

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
;// CONCATENATED MODULE: ./actions/bump-helm-chart/src/main.ts




const bumpHelmChart = defineAction({
    name: 'bump-helm-chart',
    readInputs(inputs) {
        const errors = [];
        const attempt = (f) => {
            try {
                return f();
            }
            catch (e) {
                if (!(e instanceof src/* UserError */.yo))
                    throw e;
                errors.push(e);
                return undefined;
            }
        };
        const charts = inputs.lines('charts');
        if (charts.length === 0)
            errors.push(new src/* UserError */.yo("input 'charts' is required: one chart directory per line"));
        // Checked in run(), with the helm-chart package: the version rules are semver's.
        const version = inputs.string('version');
        const appVersion = inputs.string('app-version');
        const dependencies = [];
        const seen = new Map();
        for (const { text, line } of inputs.lines('dependencies')) {
            const eq = text.indexOf('=');
            const name = eq === -1 ? '' : text.slice(0, eq).trim();
            const value = eq === -1 ? '' : text.slice(eq + 1).trim();
            if (name === '' || value === '' || /\s/.test(value)) {
                errors.push(new src/* UserError */.yo(`dependencies line ${line}: expected NAME=VERSION (e.g. kata-deploy=4.0.0), got ${JSON.stringify(text)}`));
                continue;
            }
            if (seen.has(name)) {
                errors.push(new src/* UserError */.yo(`dependencies line ${line}: ${name} is already set on line ${seen.get(name)}`));
                continue;
            }
            seen.set(name, line);
            dependencies.push({ name, version: value, origin: `dependencies line ${line}`, optional: charts.length > 1 });
        }
        const lock = attempt(() => inputs.choice('lock', ['update', 'remove', 'keep']));
        const dryRun = attempt(() => inputs.boolean('dry-run'));
        (0,src/* throwIfAny */.MI)(errors);
        return {
            charts,
            version: version || undefined,
            appVersion: appVersion || undefined,
            dependencies,
            lock: lock,
            dryRun: dryRun,
        };
    },
    async run(inputs, ctx) {
        // Loaded here, not at the top: ncc then keeps the package and the `yaml` parser in a chunk of their own,
        // which V8 compiles function by function as they are called instead of all at once with the entry.
        const { isBump, isExactSemver, planChartBumps } = await Promise.all(/* import() */[__nccwpck_require__.e(110), __nccwpck_require__.e(155)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4155));
        const { version } = inputs;
        if (version !== undefined && !isBump(version) && !isExactSemver(version)) {
            const hint = isExactSemver(version.replace(/^[v=]/, '')) ? ` (without the leading ${version[0]})` : '';
            throw new src/* UserError */.yo(`input 'version': expected major, minor, patch or a SemVer 2 version such as 0.4.0${hint}, got ${JSON.stringify(version)}`);
        }
        const workspace = ctx.workspace;
        const plan = planChartBumps({
            read(path) {
                // A missing file is an answer (no Chart.lock yet); one reached through a symlink out of the
                // workspace is refused by resolveInWorkspace.
                if (!(0,external_node_fs_.existsSync)((0,external_node_path_.join)(workspace, path)))
                    return undefined;
                return (0,src/* readText */.yR)((0,src/* resolveInWorkspace */.z1)(path, workspace));
            },
        }, inputs.charts.map(({ text, line }) => ({
            chart: text,
            version: inputs.version,
            appVersion: inputs.appVersion,
            dependencies: inputs.dependencies,
            lock: inputs.lock,
            origin: inputs.charts.length > 1 ? `charts line ${line}` : undefined,
        })));
        // With several charts a pin applies wherever the dependency exists, but it must exist somewhere.
        const used = new Set(plan.charts.flatMap((c) => c.dependencies.map((d) => d.pinnedBy)));
        (0,src/* throwIfAny */.MI)(inputs.dependencies
            .filter((p) => !used.has(p.origin))
            .map((p) => new src/* UserError */.yo(`${p.origin}: no listed chart has a dependency named or aliased ${p.name}`)));
        if (!inputs.dryRun && plan.files.length > 0)
            (0,src/* applyFileChanges */.Ct)(plan.files.map((f) => toChange(f, workspace)));
        for (const c of plan.changes) {
            const where = c.line === undefined ? c.file : `${c.file}:${c.line}`;
            ctx.info(`${where}: ${c.site}: ${c.old ?? '(none)'} -> ${c.new ?? '(removed)'}`);
        }
        for (const w of plan.warnings)
            ctx.warning(w);
        if (plan.files.length === 0)
            ctx.info('nothing to change: every chart is already as requested');
        else if (inputs.dryRun)
            ctx.info(`dry run: ${plan.files.length} file(s) were not written`);
        const diff = plan.files.map((f) => f.diff).join('');
        return {
            outputs: {
                changed: String(plan.files.length > 0),
                'changed-files': JSON.stringify(plan.files.map((f) => f.path)),
                charts: JSON.stringify(plan.charts.map(({ chart, name, old, new: v }) => ({ chart, name, old, new: v }))),
                diff,
            },
            summary: summarize(plan, diff, inputs.dryRun),
        };
    },
});
/** The plan's workspace-relative file as an absolute path inside the workspace (a new lock: beside its Chart.yaml). */
function toChange(f, workspace) {
    const path = f.before === null
        ? (0,external_node_path_.join)((0,external_node_path_.dirname)((0,src/* resolveInWorkspace */.z1)(f.path.replace(/[^/]*$/, 'Chart.yaml'), workspace).path), f.path.slice(f.path.lastIndexOf('/') + 1))
        : (0,src/* resolveInWorkspace */.z1)(f.path, workspace).path;
    return { path, original: f.before, content: f.after };
}
function summarize(plan, diff, dryRun) {
    const title = `### bump-helm-chart${dryRun ? ' (dry run, nothing written)' : ''}\n\n`;
    const charts = (0,src/* table */.tp)(['chart', 'name', 'version'], plan.charts.map((c) => [
        (0,src/* code */.aY)(c.chart),
        (0,src/* code */.aY)(c.name),
        c.old === c.new ? (0,src/* code */.aY)(c.old) : `${(0,src/* code */.aY)(c.old)} → ${(0,src/* code */.aY)(c.new)}`,
    ]));
    if (plan.files.length === 0)
        return `${title}${charts}\nNothing to change: every chart is already as requested.\n`;
    const changes = (0,src/* table */.tp)(['file', 'site', 'old', 'new'], plan.changes.map((c) => [
        (0,src/* code */.aY)(c.file),
        (0,src/* code */.aY)(c.site),
        c.old === null ? '*(none)*' : (0,src/* code */.aY)(c.old),
        c.new === null ? '*(removed)*' : (0,src/* code */.aY)(c.new),
    ]));
    const warnings = plan.warnings.length > 0
        ? `\n${(0,src/* table */.tp)(['warning'], plan.warnings.map((w) => [w]))}`
        : '';
    return `${title}${charts}\n${changes}${warnings}\n${(0,src/* fenced */.OF)('diff', diff)}`;
}

;// CONCATENATED MODULE: ./actions/bump-helm-chart/src/index.ts


runAsStep(bumpHelmChart);

