#!/usr/bin/env node
/******/ var __webpack_modules__ = ({

/***/ 6299:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  rr: () => (/* reexport */ LineIndex),
  yo: () => (/* reexport */ UserError),
  ct: () => (/* reexport */ applyEdits),
  aY: () => (/* reexport */ code),
  _6: () => (/* reexport */ decodeUtf8),
  eD: () => (/* reexport */ detectEol),
  OF: () => (/* reexport */ fenced),
  gP: () => (/* reexport */ formatPositioned),
  fF: () => (/* reexport */ isStackOverflow),
  iU: () => (/* reexport */ isUserError),
  yG: () => (/* reexport */ parseBoolean),
  HU: () => (/* reexport */ parseChoice),
  Li: () => (/* reexport */ parseLines),
  yR: () => (/* reexport */ readText),
  mz: () => (/* reexport */ removeTempFiles),
  oN: () => (/* reexport */ requireInput),
  z1: () => (/* reexport */ resolveInWorkspace),
  tp: () => (/* reexport */ table),
  Qq: () => (/* reexport */ markdown_text),
  MI: () => (/* reexport */ throwIfAny),
  WH: () => (/* reexport */ unifiedDiff),
  ik: () => (/* reexport */ writeFilesAtomically)
});

// UNUSED EXPORTS: SUMMARY_LIMIT, UserErrors, capSummary, escapeCell, invalidUtf8Offset, isSymlink, removeStaleTempFiles, sortEdits

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
/** V8's RangeError for a recursion that ran out of stack: on user input, a file nested too deeply. */
function isStackOverflow(e) {
    return e instanceof RangeError && /Maximum call stack size exceeded/.test(e.message);
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
// EXTERNAL MODULE: external "node:buffer"
var external_node_buffer_ = __nccwpck_require__(4573);
;// CONCATENATED MODULE: ./packages/core/src/utf8.ts


/**
 * The offset of the first byte that is not part of a well-formed UTF-8 sequence (RFC 3629: no overlong
 * forms, no surrogates, nothing above U+10FFFF), or -1.
 */
function invalidUtf8Offset(bytes) {
    const n = bytes.length;
    let i = 0;
    while (i < n) {
        const b = bytes[i];
        if (b < 0x80) {
            i++;
            continue;
        }
        let need;
        let lo = 0x80;
        let hi = 0xbf;
        if (b >= 0xc2 && b <= 0xdf)
            need = 1;
        else if (b >= 0xe0 && b <= 0xef) {
            need = 2;
            if (b === 0xe0)
                lo = 0xa0;
            else if (b === 0xed)
                hi = 0x9f;
        }
        else if (b >= 0xf0 && b <= 0xf4) {
            need = 3;
            if (b === 0xf0)
                lo = 0x90;
            else if (b === 0xf4)
                hi = 0x8f;
        }
        else
            return i;
        const second = bytes[i + 1];
        if (second === undefined || second < lo || second > hi)
            return i;
        for (let k = 2; k <= need; k++) {
            const c = bytes[i + k];
            if (c === undefined || c < 0x80 || c > 0xbf)
                return i;
        }
        i += need + 1;
    }
    return -1;
}
/**
 * UTF-8 bytes as text, refusing anything that is not valid UTF-8: decoding would silently put U+FFFD in
 * place of the bad bytes, and writing the file back would then destroy them.
 */
function decodeUtf8(bytes, display) {
    if ((0,external_node_buffer_.isUtf8)(bytes))
        return bytes.toString('utf8');
    const offset = invalidUtf8Offset(bytes);
    let line = 1;
    for (let i = bytes.indexOf(0x0a); i !== -1 && i < offset; i = bytes.indexOf(0x0a, i + 1))
        line++;
    const hex = bytes[offset].toString(16).padStart(2, '0');
    throw new UserError(`not valid UTF-8 at byte offset ${offset} (line ${line}): byte 0x${hex}; the file must be UTF-8 text, nothing was written`, { file: display, line });
}

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
/**
 * Why a file operation failed, in words, for the errors a user can meet and fix (permissions, a full or
 * read-only disk, a busy mount point); anything else keeps Node's own message.
 */
function reason(e) {
    const err = e;
    const words = {
        EACCES: 'permission denied',
        EPERM: 'operation not permitted',
        EROFS: 'read-only file system',
        ENOSPC: 'no space left on the device',
        EDQUOT: 'disk quota exceeded',
        EBUSY: 'the file is busy (a mount point?)',
        ENOENT: 'it does not exist (any more)',
        EISDIR: 'it is a directory',
        EMFILE: 'too many open files',
        ENAMETOOLONG: 'the name is too long',
        EIO: 'input/output error',
    };
    const known = err?.code ? words[err.code] : undefined;
    if (known)
        return `${known} (${err.code})`;
    return err?.message ?? String(e);
}
function isErrno(e) {
    return e instanceof Error && typeof e.code === 'string';
}
const seen = new Map();
/** The file's text (UTF-8, checked); remembers its size and modification time for writeFilesAtomically. */
function readText(file) {
    let bytes;
    let fd;
    try {
        fd = (0,external_node_fs_.openSync)(file.path, 'r');
        const st = (0,external_node_fs_.fstatSync)(fd, { bigint: true });
        bytes = (0,external_node_fs_.readFileSync)(fd);
        seen.set(file.path, { display: file.display, size: st.size, mtimeNs: st.mtimeNs });
    }
    catch (e) {
        if (!isErrno(e))
            throw e;
        throw new UserError(`cannot read ${file.display}: ${reason(e)}`, { file: file.display });
    }
    finally {
        if (fd !== undefined)
            (0,external_node_fs_.closeSync)(fd);
    }
    return decodeUtf8(bytes, file.display);
}
/**
 * Temp files are named `.NAME.coco-release-PID-RANDOM.tmp` beside their target, so that a later run can
 * recognise the ones a killed run left behind (and git users can ignore them by pattern).
 */
const TEMP_NAME = /^\..*\.coco-release-(\d+)-[0-9a-z]+\.tmp$/;
/** A temp file this old belongs to no running write, whatever its process id says (ids are reused). */
const STALE_AFTER_MS = 10 * 60 * 1000;
/** This process's temp files that exist right now: removed by removeTempFiles on a signal. */
const live = new Set();
function removeTempFiles() {
    for (const tmp of live)
        safeUnlink(tmp);
    live.clear();
}
function processGone(pid) {
    if (pid === process.pid)
        return true; // ours would be in `live`, which the caller checks first
    try {
        process.kill(pid, 0);
        return false;
    }
    catch (e) {
        return e.code === 'ESRCH';
    }
}
/** Remove this tool's temp files in `dirs` left by runs that were killed (their process is gone, or long ago). */
function removeStaleTempFiles(dirs) {
    const now = Date.now();
    for (const dir of new Set(dirs)) {
        let names;
        try {
            names = (0,external_node_fs_.readdirSync)(dir);
        }
        catch {
            continue;
        }
        for (const name of names) {
            const m = TEMP_NAME.exec(name);
            if (!m)
                continue;
            const path = `${dir}${external_node_path_.sep}${name}`;
            if (live.has(path))
                continue;
            let old;
            try {
                const st = (0,external_node_fs_.lstatSync)(path);
                if (!st.isFile())
                    continue;
                old = now - st.mtimeMs > STALE_AFTER_MS;
            }
            catch {
                continue;
            }
            if (old || processGone(Number(m[1])))
                safeUnlink(path);
        }
    }
}
function dirOf(path) {
    return path.slice(0, path.lastIndexOf(external_node_path_.sep)) || external_node_path_.sep;
}
/**
 * Write every file or none. Each new content goes to a temp file beside its target (same file system, the
 * target's mode and, where the process may, its owner), and only when every temp file is
 * complete, and every target still holds exactly what was read (size, modification time, bytes), are they
 * renamed over their targets; if a rename fails, the targets already replaced get their old content back.
 * Every failure is a UserError naming the file, with no temp file left. Also removes temp files that
 * killed runs left beside the files this process read or writes, so call it (with no writes) even when
 * nothing changed.
 */
let tempCounter = 0;
function writeFilesAtomically(writes) {
    removeStaleTempFiles([...[...seen.keys()].map(dirOf), ...writes.map((w) => dirOf(w.path))]);
    if (writes.length === 0)
        return;
    const display = (path) => seen.get(path)?.display ?? path;
    const temps = [];
    const cleanUp = () => {
        for (const t of temps) {
            safeUnlink(t.tmp);
            live.delete(t.tmp);
        }
    };
    for (const w of writes) {
        // Beside the target (string slicing: the path is absolute and canonical, path.join would normalise it
        // again); unique enough, and 'wx' refuses an existing name. node:crypto is not worth its load time here.
        const cut = w.path.lastIndexOf(external_node_path_.sep) + 1;
        const tmp = `${w.path.slice(0, cut)}.${w.path.slice(cut, cut + 180)}.coco-release-${process.pid}-${(tempCounter++).toString(36)}${Math.random().toString(36).slice(2, 8)}.tmp`;
        try {
            writeTemp(tmp, w.path, w.content, () => temps.push({ tmp, path: w.path, original: w.original }));
        }
        catch (e) {
            cleanUp();
            if (!isErrno(e))
                throw e;
            throw new UserError(`cannot write ${display(w.path)}: ${reason(e)}; no file was changed`, {
                file: display(w.path),
            });
        }
    }
    const changed = writes.filter((w) => !unchangedSinceRead(w.path, w.original));
    if (changed.length > 0) {
        cleanUp();
        throwIfAny(changed.map((w) => new UserError(`${display(w.path)} changed on disk while this run was working on it; no file was written (run again to work on the new content)`, { file: display(w.path) })));
    }
    const done = [];
    try {
        for (const t of temps) {
            (0,external_node_fs_.renameSync)(t.tmp, t.path);
            live.delete(t.tmp);
            done.push(t);
        }
    }
    catch (e) {
        const failed = temps[done.length];
        cleanUp();
        for (const t of done)
            (0,external_node_fs_.writeFileSync)(t.path, t.original);
        if (!isErrno(e))
            throw e;
        throw new UserError(`cannot replace ${display(failed.path)}: ${reason(e)}; ${done.length > 0 ? 'the files already replaced got their old content back, ' : ''}no file was changed`, { file: display(failed.path) });
    }
}
/**
 * Create `tmp` holding `content` with the mode and owner of `target`. Not fsync'd: a rename over a file
 * survives a killed process either way, and flushing would cost every run for the sake of power losses on
 * a runner whose disk is thrown away with the job.
 */
function writeTemp(tmp, target, content, created) {
    const st = (0,external_node_fs_.statSync)(target);
    const fd = (0,external_node_fs_.openSync)(tmp, 'wx', 0o600);
    live.add(tmp);
    created();
    try {
        (0,external_node_fs_.writeFileSync)(fd, content, 'utf8');
        // The umask applied at creation; the target's mode is what the file must keep (664 stays 664).
        (0,external_node_fs_.fchmodSync)(fd, st.mode & 0o7777);
        if (st.uid !== process.getuid?.() || st.gid !== process.getgid?.()) {
            try {
                (0,external_node_fs_.fchownSync)(fd, st.uid, st.gid);
            }
            catch {
                // Only root (or a member of the group) may: the file then belongs to whoever runs the action.
            }
        }
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}
/** The file still holds what readText read: same size and modification time (when known) and same bytes. */
function unchangedSinceRead(path, original) {
    try {
        const before = seen.get(path);
        if (before) {
            const now = (0,external_node_fs_.statSync)(path, { bigint: true });
            if (now.size !== before.size || now.mtimeNs !== before.mtimeNs)
                return false;
        }
        return (0,external_node_fs_.readFileSync)(path).equals(Buffer.from(original, 'utf8'));
    }
    catch {
        return false;
    }
}
function safeUnlink(path) {
    try {
        (0,external_node_fs_.unlinkSync)(path);
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
/**
 * Small Markdown builders for job summaries and pull request bodies: tables, inline code, plain text and
 * fenced blocks, escaped so that values read from files cannot break them or add Markdown of their own.
 * Markdown ends a line at `\n`, `\r\n` and a lone `\r` alike, so every value that must stay on one line has
 * all three written visibly.
 */
const BREAK = /\r\n|\r|\n/g;
/** `\r` and `\n` as the two characters each, so a value keeps to one line and still shows its breaks. */
function visibleBreaks(value) {
    return value.includes('\r') || value.includes('\n') ? value.replaceAll('\r', '\\r').replaceAll('\n', '\\n') : value;
}
/** A table cell: `|` escaped, any line break (CRLF, LF or a lone CR) as `<br>`, so the row stays one line. */
function escapeCell(value) {
    const piped = value.replaceAll('|', '\\|');
    return piped.includes('\r') || piped.includes('\n') ? piped.replace(BREAK, '<br>') : piped;
}
/** Inline code that survives backticks inside the value; line breaks are shown as `\r` / `\n`. */
function code(raw) {
    if (raw === '')
        return '';
    const value = visibleBreaks(raw);
    const longest = value.includes('`') ? Math.max(...value.match(/`+/g).map((m) => m.length)) : 0;
    const fence = '`'.repeat(longest + 1);
    const pad = value.startsWith('`') || value.endsWith('`') ? ' ' : '';
    return `${fence}${pad}${value}${pad}${fence}`;
}
/**
 * Plain text in a line of Markdown (a table cell, a list item), shown as it is: the characters that start
 * inline Markdown (emphasis, code, links, images, HTML, entities, strike-through) backslash-escaped, line
 * breaks shown as `\r` / `\n`. `|` is left to the table (escapeCell).
 */
function markdown_text(value) {
    return visibleBreaks(value.replace(/[\\`*_[\]<>!~&]/g, '\\$&'));
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
/** The runner refuses a step's job summary above 1 MiB (and then shows none of it). */
const SUMMARY_LIMIT = (/* unused pure expression or super */ null && (1024 * 1024));
/**
 * The summary as it fits in `limit` bytes of UTF-8: whole lines from the start, a fenced block left open by
 * the cut closed again, and a visible line saying what was cut. Unchanged when it fits.
 */
function capSummary(markdown, limit = SUMMARY_LIMIT) {
    const bytes = Buffer.from(markdown, 'utf8');
    if (bytes.length <= limit)
        return markdown;
    const note = (shown) => `\n**Summary truncated**: the first ${shown} of ${bytes.length} bytes are shown (a step's job summary is limited to ${limit} bytes).\n`;
    let room = limit - Buffer.byteLength(note(bytes.length)) - 64;
    for (;;) {
        const nl = bytes.lastIndexOf(0x0a, Math.max(room - 1, 0));
        const head = nl < 0 ? '' : bytes.subarray(0, nl + 1).toString('utf8');
        const open = openFence(head);
        const capped = `${head}${open ? `${open}\n` : ''}${note(nl + 1)}`;
        const over = Buffer.byteLength(capped) - limit;
        if (over <= 0 || room <= 0)
            return capped;
        room -= over;
    }
}
/** The fence (backticks or tildes) still open at the end of `markdown`, if any (CommonMark's rules). */
function openFence(markdown) {
    let open;
    for (const line of markdown.split(BREAK)) {
        const m = /^ {0,3}(`{3,}|~{3,})(.*)$/.exec(line);
        if (!m)
            continue;
        const [, run, rest] = m;
        if (open === undefined) {
            if (!(run[0] === '`' && rest.includes('`')))
                open = run;
        }
        else if (run[0] === open[0] && run.length >= open.length && rest.trim() === '')
            open = undefined;
    }
    return open;
}

;// CONCATENATED MODULE: ./packages/core/src/index.ts









/***/ }),

/***/ 5583:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   GW: () => (/* binding */ KINDS),
/* harmony export */   Ib: () => (/* binding */ KUSTOMIZATION_NAME),
/* harmony export */   WL: () => (/* binding */ formatEntry),
/* harmony export */   dI: () => (/* binding */ sameEntry),
/* harmony export */   lD: () => (/* binding */ desiredEntry),
/* harmony export */   ot: () => (/* binding */ FIELD_ORDER),
/* harmony export */   y$: () => (/* binding */ VALUE_FIELDS)
/* harmony export */ });
/* harmony import */ var _image_arg_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6515);

/** The fields of api/types/image.go Image this action reads and writes, in its declaration order. */
const FIELD_ORDER = ['name', 'newName', 'tagSuffix', 'newTag', 'digest'];
const VALUE_FIELDS = ['newName', 'tagSuffix', 'newTag', 'digest'];
/**
 * The entry kustomize would write. `replace` is RunSetImage: the argument replaces the entry, `*` fields
 * come from the file, everything else (tagSuffix included: replaceNewName & co. do not copy it) is dropped.
 * `fields` changes only what the argument gives and keeps the rest.
 */
function desiredEntry(before, req, mode) {
    const out = { name: req.name };
    for (const f of VALUE_FIELDS) {
        const want = f === 'tagSuffix' ? undefined : req[f];
        const had = before?.[f];
        const value = want === _image_arg_js__WEBPACK_IMPORTED_MODULE_0__/* .KEEP */ .k9 ? had : want !== undefined ? want : mode === 'fields' ? had : undefined;
        if (value !== undefined)
            out[f] = value;
    }
    return out;
}
/** An image reference for people: `newName:newTag@digest`, the name when there is no newName. */
function formatEntry(e) {
    if (!e)
        return '';
    let ref = e.newName || e.name;
    if (e.newTag)
        ref += `:${e.newTag}`;
    else if (e.tagSuffix)
        ref += ` (tag suffix ${e.tagSuffix})`;
    if (e.digest)
        ref += `@${e.digest}`;
    return ref;
}
function sameEntry(a, b) {
    return FIELD_ORDER.every((f) => a[f] === b[f]);
}
const KINDS = ['Kustomization', 'Component'];
/** File names kustomize reads without a `kind:`. */
const KUSTOMIZATION_NAME = /^(kustomization\.ya?ml|Kustomization)$/;


/***/ }),

/***/ 6515:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   k9: () => (/* binding */ KEEP),
/* harmony export */   pJ: () => (/* binding */ parseImageArg),
/* harmony export */   qH: () => (/* binding */ tagProblem)
/* harmony export */ });
/* unused harmony exports TAG_PATTERN, DIGEST_PATTERN, splitImage, digestProblem */
/* harmony import */ var _coco_release_core__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6299);

/**
 * The image argument of `kustomize edit set image`, parsed as kustomize v5 does
 * (kustomize/commands/edit/set/setimage.go `parse`, api/internal/image/image.go `Split`):
 * - the first `=` separates the image name from the new image (`NAME=NEWNAME[:TAG][@DIGEST]`);
 * - without `=`, the argument is `NAME:TAG`, `NAME@DIGEST` or `NAME:TAG@DIGEST`; a bare `NAME` is refused;
 * - a `:` before the first `/` belongs to a registry host (`192.168.122.1:5000/x`), not to a tag;
 * - `*` as new name, tag or digest keeps the value already in the kustomization.
 * On top of kustomize, tags and digests are validated here (kustomize v5 no longer does), so a typo fails
 * the run instead of producing an image reference no registry serves.
 */
/** `*`: keep the value in the file (kustomize's preserveSeparator). */
const KEEP = '*';
/** The OCI distribution spec's tag grammar: a word character first, at most 128 characters in all. */
const TAG_PATTERN = /^[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$/;
const DIGEST_PATTERN = /^sha256:[a-f0-9]{64}$/;
const FORMS = 'NAME=NEWNAME:TAG, NAME=NEWNAME@DIGEST, NAME=NEWNAME:TAG@DIGEST, NAME=NEWNAME, NAME:TAG, NAME:TAG@DIGEST or NAME@DIGEST (* as NEWNAME, TAG or DIGEST keeps the value in the file)';
/** Name, tag and digest of an image reference, exactly as kustomize's image.Split cuts them. */
function splitImage(ref) {
    const slash = ref.indexOf('/');
    const from = slash > 0 ? slash : 0;
    const search = ref.slice(from);
    let at = search.indexOf('@');
    let colon = search.indexOf(':');
    if (colon < 0 && at < 0)
        return { name: ref };
    if (at >= 0 && (at < colon || colon < 0)) {
        at += from;
        return { name: ref.slice(0, at), digest: ref.slice(at + 1) };
    }
    colon += from;
    if (at >= 0) {
        at += from;
        return { name: ref.slice(0, colon), tag: ref.slice(colon + 1, at), digest: ref.slice(at + 1) };
    }
    return { name: ref.slice(0, colon), tag: ref.slice(colon + 1) };
}
function tagProblem(tag) {
    if (tag === KEEP || TAG_PATTERN.test(tag))
        return undefined;
    if (tag === '')
        return 'the tag after : is empty';
    if (!/^[A-Za-z0-9._-]+$/.test(tag))
        return `invalid tag '${tag}': a tag may contain only letters, digits, '.', '_' and '-'`;
    if (tag.length > 128)
        return `invalid tag '${tag}': a tag is at most 128 characters long, this one has ${tag.length}`;
    return `invalid tag '${tag}': a tag must start with a letter, a digit or '_'`;
}
function digestProblem(digest) {
    if (digest === KEEP || DIGEST_PATTERN.test(digest))
        return undefined;
    if (digest === '')
        return 'the digest after @ is empty';
    return `invalid digest '${digest}': expected sha256: followed by 64 lowercase hex digits`;
}
function nameProblem(what, name) {
    if (name === '')
        return `the ${what} is empty`;
    if (/[\s=@]/.test(name) || /[\u0000-\u001f\u007f]/.test(name))
        return `invalid ${what} '${name}'`;
    return undefined;
}
function parseImageArg(input) {
    const text = input.trim();
    const fail = (problem) => {
        throw new _coco_release_core__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`image '${text}': ${problem}`);
    };
    if (text === '')
        throw new _coco_release_core__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo("input 'image' is required");
    const eq = text.indexOf('=');
    const key = eq < 0 ? undefined : text.slice(0, eq);
    const value = eq < 0 ? text : text.slice(eq + 1);
    const parts = splitImage(value);
    if (key === undefined && parts.tag === undefined && parts.digest === undefined)
        fail(`invalid format; use ${FORMS}`);
    const arg = { text, name: key ?? parts.name };
    if (key !== undefined) {
        const keyParts = splitImage(key);
        if (keyParts.tag !== undefined || keyParts.digest !== undefined) {
            fail(`the name before = must not carry a tag or digest: kustomize matches images by name alone`);
        }
        if (parts.name !== KEEP) {
            const p = nameProblem('new name', parts.name);
            if (p)
                fail(p);
        }
        arg.newName = parts.name;
    }
    const p = arg.name === KEEP ? 'the image name cannot be *' : nameProblem('image name', arg.name);
    if (p)
        fail(p);
    if (parts.tag !== undefined) {
        const t = tagProblem(parts.tag);
        if (t)
            fail(t);
        arg.newTag = parts.tag;
    }
    if (parts.digest !== undefined) {
        const d = digestProblem(parts.digest);
        if (d)
            fail(d);
        arg.digest = parts.digest;
    }
    return arg;
}


/***/ }),

/***/ 291:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  ck: () => (/* reexport */ compareValues),
  wm: () => (/* reexport */ fileKey),
  o3: () => (/* reexport */ mismatchMessage),
  ur: () => (/* reexport */ parseSources),
  Id: () => (/* reexport */ readSelector)
});

// UNUSED EXPORTS: normalizeVersion, parseSourceLine, readVariable, readYamlValue, variableFileKind

// EXTERNAL MODULE: ./packages/core/src/index.ts + 7 modules
var src = __nccwpck_require__(6299);
// EXTERNAL MODULE: ./packages/yaml-edit/src/light.ts + 1 modules
var light = __nccwpck_require__(1653);
;// CONCATENATED MODULE: ./packages/version-parity/src/sources.ts


const GITHUB_FORM = 'github:OWNER/REPO@REF:PATH#SELECTOR';
/** GitHub's own rules: owners are alphanumerics and hyphens, repositories add `.` and `_`. */
const GITHUB = /^github:([A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)\/([A-Za-z0-9._-]+)@([^:\s]+):(.+)$/;
const VARIABLE = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** `github:o/r@ref:path` or the local path: one key per distinct file (remote files are fetched once each). */
function fileKey(file) {
    return file.kind === 'github' ? `github:${file.owner}/${file.repo}@${file.ref}:${file.path}` : file.path;
}
function parseSourceLine(text, origin) {
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
            (0,light/* parsePath */.Rr)(selectorText);
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
}
function cleanPath(path, origin, where) {
    const p = path.replace(/^\/+/, '');
    if (p === '' || p.split('/').some((s) => s === '..' || s === '.' || s === '')) {
        throw new src/* UserError */.yo(`${origin}: unknown github: form '${where}'; PATH must be a file path inside the repository`);
    }
    return p;
}
/**
 * Parse every line, collecting every mistake; then insist on unique labels and at least two sources
 * (one source cannot disagree with anything, so a check of one would pass vacuously).
 */
function parseSources(lines, input = 'sources') {
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
}

;// CONCATENATED MODULE: ./packages/version-parity/src/variables.ts

function variableFileKind(path) {
    const base = path.slice(path.lastIndexOf('/') + 1);
    if (/^(GNUmakefile|[Mm]akefile)(\..+)?$/.test(base) || /\.(mk|make)$/.test(base))
        return 'make';
    if (/^(Dockerfile|Containerfile)(\..+)?$/i.test(base) || /\.(dockerfile|containerfile)$/i.test(base)) {
        return 'docker';
    }
    return 'shell';
}
const FORMS = {
    make: 'Makefile assignments NAME = v, NAME := v, NAME ::= v, NAME ?= v, export NAME = v, override NAME = v',
    shell: 'shell assignments NAME=v, NAME="v", export NAME=v, readonly NAME=v',
    docker: 'Dockerfile instructions ARG NAME=v, ENV NAME=v',
};
/** Thrown inside the line parsers; becomes a UserError at the line. */
class LineProblem extends Error {
}
function readVariable(text, file, name, kind = variableFileKind(file)) {
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
}
function escapeRegExp(s) {
    return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
function stripQuotes(value) {
    if (value.length >= 2 && (value[0] === '"' || value[0] === "'") && value.endsWith(value[0])) {
        return value.slice(1, -1);
    }
    return value;
}
/** GNU Make: recipe lines (tab) are shell, `#` starts a comment unless escaped, `$` references are refused. */
function makeAssignment(line, name) {
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
}
/** One shell word from `s` at `i`: quotes removed, `$` expansions reported. */
function shellWord(s, i) {
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
}
/** Index just after the `$(…)`, `${…}` or `` `…` `` starting at `i` (nesting counted; unterminated: end of line). */
function expansionEnd(s, i) {
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
}
/**
 * `${NAME:-v}` / `${NAME-v}` / `${NAME:=v}`: the script's own default for a variable the caller may override
 * (`NAME="${NAME:-v0.15.2}"`, `: "${NAME:=v0.15.2}"`); the pinned value is the default.
 */
function selfDefault(word, name) {
    const m = new RegExp(`^\\$\\{${escapeRegExp(name)}:?[-=]([^}$\`]*)\\}$`).exec(word);
    return m ? stripQuotes(m[1]) : undefined;
}
function shellAssignment(line, name) {
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
}
/** `ARG NAME=v`, `ENV NAME=v OTHER=w`, legacy `ENV NAME v`; instructions are case-insensitive. */
function dockerAssignment(line, name) {
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
}

;// CONCATENATED MODULE: ./packages/version-parity/src/read.ts


/**
 * The scalar at a YAML path, as written: a plain scalar is taken from its source text, since YAML would
 * read `1.10` as the number 1.1 and `0x1F` as 31, while a pin compares as the text it is. Aliases and merge
 * keys are followed, and a path that leads nowhere or to a collection is explained. Release files are read
 * without loading a YAML parser when they are plain block YAML (see yaml-edit's light.ts).
 */
async function readYamlValue(text, file, path) {
    const read = await (0,light/* readScalarSource */.oZ)(text, file, path);
    return { value: read.value, line: read.line, col: read.col };
}
/** The value a selector picks from a file's text; every problem is a UserError positioned in `file`. */
async function readSelector(text, file, selector) {
    return selector.kind === 'yaml' ? readYamlValue(text, file, selector.path) : readVariable(text, file, selector.name);
}

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
function normalizeVersion(value) {
    const v = value.trim();
    return /^[vV]\d/.test(v) ? v.slice(1) : v;
}
function compareValues(values, options) {
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
}
const quote = (v) => `'${v}'`;
/** One message naming every source with its value, and the majority (or that there is none). */
function mismatchMessage(report) {
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
}

;// CONCATENATED MODULE: ./packages/version-parity/src/index.ts






/***/ }),

/***/ 2789:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ parseAssignment)
/* harmony export */ });
/* harmony import */ var _coco_release_core__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6299);

/**
 * One line of a `set` input: `PATH=VALUE`, optionally followed by ` # comment` to replace the value's
 * inline comment (a bare ` #` removes it). The split is at the first `=` outside `[…]` and quotes, so
 * selectors (`.images[name=x].newTag=v1`) and quoted keys (`."a=b"=v1`) work. A value in quotes keeps
 * spaces and `#` literally (`.a=" # not a comment"`); quotes decide nothing about the written type.
 */
function parseAssignment(line, origin) {
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
        throw new _coco_release_core__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${origin}: expected PATH=VALUE, got '${text}'`);
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
            throw new _coco_release_core__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${origin}: the value's closing ${q} is missing in '${text}'`);
        if (q === '"') {
            try {
                value = JSON.parse(`"${raw}"`);
            }
            catch {
                throw new _coco_release_core__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${origin}: invalid escape in the quoted value of '${text}'`);
            }
        }
        else
            value = raw.replace(/''/g, "'");
        rest = rest.slice(i + 1);
        if (rest.trim() !== '' && !/^\s+#/.test(rest)) {
            throw new _coco_release_core__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${origin}: unexpected text after the quoted value in '${text}'`);
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
}


/***/ }),

/***/ 4696:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ inlineCommentEdit)
/* harmony export */ });
/* harmony import */ var _coco_release_core__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6299);

/**
 * The edit that puts `comment` after a value ending at `end`: replace an existing `# …` on that line,
 * add one, or (for `''`) remove it. Undefined when the comment is already so.
 */
function inlineCommentEdit(source, end, comment) {
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
}


/***/ }),

/***/ 6695:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ buildFastIndex),
/* harmony export */   o: () => (/* binding */ sameOutside)
/* harmony export */ });
/* harmony import */ var _plain_scalar_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6803);

class GiveUp extends Error {
}
const giveUp = () => {
    throw new GiveUp();
};
function splitLines(source, tabs, markerAt = []) {
    const lines = [];
    let pos = 0;
    while (pos <= source.length) {
        let nl = source.indexOf('\n', pos);
        if (nl === -1)
            nl = source.length;
        const end = nl > pos && source[nl - 1] === '\r' ? nl - 1 : nl;
        let indent = 0;
        while (pos + indent < end && source[pos + indent] === ' ')
            indent++;
        // A tab in the indentation, even of a blank line, is an error or a subtlety: leave it to the parser.
        if (tabs && pos + indent < end && source[pos + indent] === '\t')
            giveUp();
        const text = source.slice(pos + indent, end);
        // Blank: only what trim() removes. A first character that trim() keeps settles it without the call.
        let skip = text === '';
        if (!skip) {
            const c0 = text.charCodeAt(0);
            skip = c0 === 35 /* # */ || ((c0 <= 32 || c0 === 0xa0 || c0 >= 0x1680) && text.trim() === '');
        }
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
        if (tabs && !skip && text.includes('\t'))
            giveUp();
        lines.push({ no: lines.length + 1, start: pos, end, indent, text, skip });
        if (nl === source.length)
            break;
        pos = nl + 1;
    }
    return lines;
}
/** Where the value part of a line ends: before ` #comment` and trailing spaces. */
function plainEnd(text, from) {
    // Native searches for the comment, then back over the blanks before it: a loop over every character of
    // every value costs the start-up of a whole action in the interpreter.
    // `cut` is the `#` of the first comment: a `#` after a blank, the blank possibly just before `from`.
    let cut = text.length;
    const start = from > 0 ? from - 1 : 0;
    const space = text.indexOf(' #', start);
    if (space !== -1)
        cut = space + 1;
    const tab = text.indexOf('\t#', start);
    if (tab !== -1 && tab + 1 < cut)
        cut = tab + 1;
    let end = cut;
    while (end > from && (text[end - 1] === ' ' || text[end - 1] === '\t'))
        end--;
    return end;
}
/** After a quoted scalar or flow collection: only spaces, then the end or a comment. */
function onlyCommentAfter(text, from) {
    const rest = text.slice(from);
    return /^[ \t]*$/.test(rest) || /^[ \t]+#/.test(rest);
}
/** Index of the closing quote of a single-line quoted scalar starting at `from`, or -1. */
function closingQuote(text, from) {
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
}
function decodeQuoted(raw) {
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
}
const KEY_INDICATORS = '-?:,[]{}#&*!|>\'"%@`';
/** A mapping key at the start of `text`: its decoded name, raw form and the offset after its colon. */
function readKey(text) {
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
    // The first `:` that ends the line or is followed by a space, unless a comment (` #`) starts before it.
    let colon = text.indexOf(':');
    while (colon !== -1 && colon + 1 < text.length && text[colon + 1] !== ' ')
        colon = text.indexOf(':', colon + 1);
    const comment = text.indexOf(' #');
    if (colon === -1 || (comment !== -1 && comment + 1 < colon))
        return undefined;
    const raw = text.slice(0, colon).trimEnd();
    if (raw === '' || raw === '<<')
        return giveUp();
    return { key: raw, raw, after: colon + 1 };
}
/**
 * A flow collection the index may treat as opaque: nested `[…]`/`{…}` of quoted strings and plain words
 * made of safe characters, `key: value` pairs in mappings, commas. Anything richer (indicators, anchors,
 * empty entries, `? ` keys) is for the parser, since the index cannot tell whether it is valid.
 */
function simpleFlow(text) {
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
}
function isSeqItem(text) {
    return text === '-' || text.startsWith('- ');
}
function buildFastIndex(source) {
    try {
        return new Indexer(source).document();
    }
    catch (e) {
        if (e instanceof GiveUp)
            return undefined;
        throw e;
    }
}
class Indexer {
    source;
    lines;
    i = 0;
    /** Does the file hold a tab anywhere? Without one, no line needs checking for tabs. */
    tabs;
    constructor(source) {
        this.source = source;
        const markers = [];
        this.tabs = source.includes('\t');
        this.lines = splitLines(source, this.tabs, markers);
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
        // Within the line's text (which starts after its indentation; a value never starts before it).
        const text = line.text;
        let c = col - line.indent;
        while (text[c] === ' ')
            c++;
        const at = line.start + line.indent + c;
        const rest = text.slice(c);
        if (rest === '' || rest.startsWith('#'))
            return this.nested(parent + 1, parent, line.start + col, true);
        const ch = rest[0];
        if (ch === '&' || ch === '*' || ch === '!' || ch === '?' || ch === '%' || ch === '@' || ch === '`')
            giveUp();
        if (ch === '-' ? isSeqItem(rest) || rest.startsWith('---') : ch === '.' && rest.startsWith('...'))
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
        if ((raw.includes(':') && (raw.includes(': ') || raw.endsWith(':'))) || (this.tabs && raw.includes('\t')))
            giveUp();
        this.noContinuation(parent);
        return { kind: 'scalar', type: 'PLAIN', value: (0,_plain_scalar_js__WEBPACK_IMPORTED_MODULE_0__/* .resolvePlain12 */ .Is)(raw), start: at, end: at + end };
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
/**
 * Are two indexed documents the same everywhere but at the nodes in `skip` (nodes of `a`, compared by
 * position in `b`)? The same keys in the same order, the same sequence lengths, the same scalar values,
 * byte-identical opaque nodes. A parallel walk: no path strings, so verifying a large file stays cheap.
 */
function sameOutside(a, aSource, b, bSource, skip) {
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
                return e.key === f.key && sameOutside(e.node, aSource, f.node, bSource, skip);
            });
        }
        case 'seq': {
            const bs = b;
            return (a.items.length === bs.items.length &&
                a.items.every((n, i) => sameOutside(n, aSource, bs.items[i], bSource, skip)));
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
}


/***/ }),

/***/ 7533:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ fastLeaves),
/* harmony export */   h: () => (/* binding */ fastLookup)
/* harmony export */ });
/* harmony import */ var _path_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4251);
/* harmony import */ var _plain_scalar_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6803);


/**
 * Questions asked of a fast index by path (bump-versions-yaml, check-snapshotter-parity), apart from the
 * index itself so that an action that walks the index on its own (pin-kustomize-image) does not carry the
 * path syntax in its bundle.
 */
/** Does a mapping entry's key name this path key? As in locate.ts: by its text or its YAML 1.2 value. */
function fastKeyMatches(entry, name) {
    if (entry.key === name)
        return true;
    if (entry.keyRaw !== entry.key)
        return false; // quoted: only the decoded text counts
    const v = (0,_plain_scalar_js__WEBPACK_IMPORTED_MODULE_1__/* .resolvePlain12 */ .Is)(entry.keyRaw);
    return v !== null && String(v) === name;
}
/**
 * Follow a path through the index. Undefined whenever the answer is not a plain success (missing key,
 * no or several selector matches, index out of range, a selector on a non-string value): the full parser
 * then gives the exact error, or the answer.
 */
function fastLookup(root, path) {
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
            concrete += (0,_path_js__WEBPACK_IMPORTED_MODULE_0__/* .formatKey */ .TD)(hits[0].key);
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
}
/**
 * Every leaf as `[concrete path, value]`, in document order, in snapshotLeaves()'s format for scalars;
 * opaque nodes (block scalars, flow collections) are compared by their bytes.
 */
function fastLeaves(root, source) {
    const out = [];
    const walk = (node, path) => {
        switch (node.kind) {
            case 'map':
                if (node.entries.length === 0)
                    out.push([path, '{}']);
                for (const e of node.entries)
                    walk(e.node, path + (0,_path_js__WEBPACK_IMPORTED_MODULE_0__/* .formatKey */ .TD)(e.key));
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
}


/***/ }),

/***/ 1653:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  rE: () => (/* binding */ editYamlSource),
  H9: () => (/* reexport */ assignment/* parseAssignment */.H),
  Rr: () => (/* reexport */ src_path/* parsePath */.Rr),
  oZ: () => (/* binding */ readScalarSource)
});

// UNUSED EXPORTS: buildFastIndex, fastLeaves, fastLookup, formatPath, renderScalar, sameOutside

// EXTERNAL MODULE: ./packages/core/src/index.ts + 7 modules
var src = __nccwpck_require__(6299);
// EXTERNAL MODULE: ./packages/yaml-edit/src/comment-edit.ts
var comment_edit = __nccwpck_require__(4696);
// EXTERNAL MODULE: ./packages/yaml-edit/src/fast-index.ts
var fast_index = __nccwpck_require__(6695);
// EXTERNAL MODULE: ./packages/yaml-edit/src/fast-lookup.ts
var fast_lookup = __nccwpck_require__(7533);
// EXTERNAL MODULE: ./packages/yaml-edit/src/path.ts
var src_path = __nccwpck_require__(4251);
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
function tryFastEdit(source, file, sets) {
    const root = (0,fast_index/* buildFastIndex */.B)(source);
    if (!root)
        return undefined;
    const lines = new src/* LineIndex */.rr(source);
    const edits = [];
    const planned = [];
    const unchanged = [];
    const seen = new Set();
    for (const set of sets) {
        let path;
        try {
            path = (0,src_path/* parsePath */.Rr)(set.path);
        }
        catch {
            return undefined;
        }
        if (/[\r\n]/.test(set.value))
            return undefined;
        const hit = (0,fast_lookup/* fastLookup */.h)(root, path);
        if (!hit || seen.has(hit.concrete))
            return undefined;
        seen.add(hit.concrete);
        const canonical = (0,src_path/* formatPath */.jV)(path);
        const node = hit.node;
        if (node.kind === 'empty') {
            const rendered = (0,scalar_style/* renderScalar */.VO)(set.value, undefined, 'block');
            const comment = set.comment === undefined ? undefined : (0,comment_edit/* inlineCommentEdit */.T)(source, node.at, set.comment);
            if (comment && !('start' in comment))
                return undefined;
            edits.push({ start: node.at, end: node.at, text: ` ${rendered.source}` });
            if (comment)
                edits.push(comment);
            planned.push({ set, path, canonical, node, rendered, old: '' });
        }
        else if (node.kind === 'scalar') {
            // Flow collections are opaque to the index, so every scalar it finds is in block context.
            const rendered = (0,scalar_style/* renderScalar */.VO)(set.value, { type: node.type, value: node.value }, 'block');
            const raw = source.slice(node.start, node.end);
            const same = Object.is(node.value, rendered.expected);
            const comment = set.comment === undefined ? undefined : (0,comment_edit/* inlineCommentEdit */.T)(source, node.end, set.comment);
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
    const text = (0,src/* applyEdits */.ct)(source, edits);
    if (edits.length === 0)
        return { file, source, text, edits, changes: [], unchanged };
    const after = (0,fast_index/* buildFastIndex */.B)(text);
    if (!after)
        return undefined;
    const newLines = new src/* LineIndex */.rr(text);
    const changes = [];
    for (const p of planned) {
        const hit = (0,fast_lookup/* fastLookup */.h)(after, p.path);
        if (!hit || hit.node.kind !== 'scalar' || !Object.is(hit.node.value, p.rendered.expected))
            return undefined;
        changes.push({ path: p.canonical, old: p.old, new: p.set.value, line: newLines.line(hit.node.start) });
    }
    if (!(0,fast_index/* sameOutside */.o)(root, source, after, text, new Set(planned.map((p) => p.node))))
        return undefined;
    return { file, source, text, edits, changes, unchanged };
}

// EXTERNAL MODULE: ./packages/yaml-edit/src/assignment.ts
var assignment = __nccwpck_require__(2789);
;// CONCATENATED MODULE: ./packages/yaml-edit/src/light.ts





/**
 * The entry point for actions that read or edit one YAML file and want to start fast: it does not load
 * the `yaml` package unless the file or the request needs it (see fast-edit.ts). Results are the same
 * as editYaml()/readScalar() on the parsed document, errors included.
 */





async function editYamlSource(source, file, sets, options = {}) {
    // Creating keys needs the parser; a missing key makes the fast path decline, so options only matter there.
    const fast = tryFastEdit(source, file, sets);
    if (fast)
        return fast;
    const { editYaml, loadYaml } = await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(909), __nccwpck_require__.e(745)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3745));
    return editYaml(loadYaml(source, file), sets, options);
}
async function readScalarSource(source, file, pathText) {
    const root = (0,fast_index/* buildFastIndex */.B)(source);
    if (root) {
        let path;
        try {
            path = (0,src_path/* parsePath */.Rr)(pathText);
        }
        catch {
            path = undefined;
        }
        const hit = path && (0,fast_lookup/* fastLookup */.h)(root, path);
        if (hit && hit.node.kind === 'scalar' && hit.node.value !== null) {
            const { line, col } = new src/* LineIndex */.rr(source).position(hit.node.start);
            const v = hit.node.value;
            return { value: typeof v === 'string' ? v : source.slice(hit.node.start, hit.node.end), line, col };
        }
    }
    const { loadYaml, readScalar } = await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(909), __nccwpck_require__.e(745)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3745));
    return readScalar(loadYaml(source, file), pathText);
}


/***/ }),

/***/ 4251:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Rr: () => (/* binding */ parsePath),
/* harmony export */   TD: () => (/* binding */ formatKey),
/* harmony export */   jV: () => (/* binding */ formatPath)
/* harmony export */ });
/* harmony import */ var _coco_release_core__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6299);

class PathSyntaxError extends _coco_release_core__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo {
    constructor(path, at, expected) {
        super(`invalid path '${path}': expected ${expected} at character ${at + 1}`);
    }
}
const BARE = /[^.[\]"'=\s]/;
function parsePath(text) {
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
}
const PLAIN_KEY = /^[^.[\]"'=\s]+$/;
/** Canonical text of a path, for messages and outputs; parsePath(formatPath(p)) equals p. */
function formatPath(path) {
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
}
/** One `.key` path segment, quoted when it needs to be. */
function formatKey(key) {
    return `.${quoteIfNeeded(key)}`;
}
function quoteIfNeeded(key) {
    return PLAIN_KEY.test(key) ? key : JSON.stringify(key);
}


/***/ }),

/***/ 6803:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Is: () => (/* binding */ resolvePlain12),
/* harmony export */   Qx: () => (/* binding */ isPlainSyntax),
/* harmony export */   Sq: () => (/* binding */ isStringUnder11),
/* harmony export */   pm: () => (/* binding */ isSafePlainString)
/* harmony export */ });
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
function resolvePlain12(text) {
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
}
function isStringUnder11(text) {
    if (text !== '' && !MAY_TYPE_11.includes(text[0]))
        return true;
    return !NOT_STRING_11.test(text) && !(text[4] === '-' && TIMESTAMP_11.test(text));
}
const CONTROL = /[\u0000-\u001f\u007f\u0085\u2028\u2029\ufeff]/;
const INDICATOR_START = /^[[\]{},#&*!|>'"%@`]/;
/**
 * Can `text` stand as a plain scalar here at all (before asking what it means)? Conservative: anything
 * that might end the scalar early, start a comment, or read as an indicator is refused, and gets quotes.
 */
function isPlainSyntax(text, context) {
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
}
/** Answers already given: a release writes one new value into many files, and a pattern's second use
 * compiles it to machine code, which costs more than all the answers. Bounded, for long-lived callers. */
const safePlain = new Map();
/** A plain scalar is safe when every reader, 1.1 or 1.2, gets back exactly this string. */
function isSafePlainString(text, context) {
    const key = `${context}:${text}`;
    let safe = safePlain.get(key);
    if (safe === undefined) {
        safe = isPlainSyntax(text, context) && typeof resolvePlain12(text) === 'string' && isStringUnder11(text);
        if (safePlain.size >= 256)
            safePlain.clear();
        safePlain.set(key, safe);
    }
    return safe;
}


/***/ }),

/***/ 1576:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   UN: () => (/* binding */ doubleQuoted),
/* harmony export */   VO: () => (/* binding */ renderScalar),
/* harmony export */   f3: () => (/* binding */ singleQuoted),
/* harmony export */   pm: () => (/* reexport safe */ _plain_scalar_js__WEBPACK_IMPORTED_MODULE_0__.pm)
/* harmony export */ });
/* unused harmony export plainValue */
/* harmony import */ var _plain_scalar_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6803);

/**
 * How a new value is written so that it reads back as intended: under YAML 1.2 (the `yaml` package,
 * Helm's sigs.k8s.io/yaml, kustomize's kyaml) *and* YAML 1.1 readers (PyYAML, yq 3, Go's yaml.v2), which
 * read `yes`, `010`, `1_000`, `1:20` or `2026-01-01` as something other than a string.
 * No YAML parser is loaded here: plain-scalar.ts knows what readers make of a plain scalar.
 */

function doubleQuoted(value) {
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
}
function singleQuoted(value) {
    // Single quotes cannot escape control characters or line breaks.
    if (/[\u0000-\u001f\u007f\u0085\u2028\u2029\ufeff]/.test(value))
        return undefined;
    return `'${value.replace(/'/g, "''")}'`;
}
/** Read a plain scalar's text the way the file's reader would (YAML 1.2 core schema). */
function plainValue(text) {
    return isPlainSyntax(text, 'block') ? resolvePlain12(text) : undefined;
}
/**
 * Render `value` in the place of `existing` (undefined for a new key).
 * - A string field stays a string, in its quote style: double stays double, single stays single, plain
 *   stays plain unless a reader would take it for something else, then it gets double quotes.
 * - A number, boolean or null field takes the value plain when it still reads as such a type
 *   (`replicas: 3` -> `4`); otherwise the field becomes a string, quoted as needed.
 * - A new key is a string field.
 */
function renderScalar(value, existing, context) {
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
}


/***/ }),

/***/ 2929:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ defineAction),
/* harmony export */   W: () => (/* binding */ inputsFrom)
/* harmony export */ });
/* harmony import */ var _coco_release_core__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6299);

function inputsFrom(raw) {
    return {
        raw,
        string: (name) => raw(name).trim(),
        required: (name) => (0,_coco_release_core__WEBPACK_IMPORTED_MODULE_0__/* .requireInput */ .oN)(name, raw(name)),
        boolean: (name) => (0,_coco_release_core__WEBPACK_IMPORTED_MODULE_0__/* .parseBoolean */ .yG)(name, raw(name)),
        lines: (name) => (0,_coco_release_core__WEBPACK_IMPORTED_MODULE_0__/* .parseLines */ .Li)(raw(name)),
        choice: (name, choices) => (0,_coco_release_core__WEBPACK_IMPORTED_MODULE_0__/* .parseChoice */ .HU)(name, raw(name), choices),
    };
}
function defineAction(def) {
    return def;
}


/***/ }),

/***/ 91:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _cli_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5052);
/* harmony import */ var _runner_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(5888);


// Synchronous writes that stop quietly when the reader goes away (`coco-release … | head -5`): the exit
// code is the action's, not the pipe's.
(0,_runner_js__WEBPACK_IMPORTED_MODULE_1__/* .exitOnSignals */ .Lx)();
process.exitCode = await (0,_cli_js__WEBPACK_IMPORTED_MODULE_0__/* .runCli */ .ak)(process.argv.slice(2), {
    out: (t) => (0,_runner_js__WEBPACK_IMPORTED_MODULE_1__/* .writeStdout */ .jQ)(t.endsWith('\n') ? t : t + '\n', 1),
    err: (t) => (0,_runner_js__WEBPACK_IMPORTED_MODULE_1__/* .writeStdout */ .jQ)(t.endsWith('\n') ? t : t + '\n', 2),
    env: process.env,
    cwd: process.cwd(),
});

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 5052:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  ak: () => (/* binding */ runCli)
});

// UNUSED EXPORTS: actionHelp, parseFlags, usage

// EXTERNAL MODULE: ./packages/core/src/index.ts + 7 modules
var src = __nccwpck_require__(6299);
// EXTERNAL MODULE: ./src/action.ts
var action = __nccwpck_require__(2929);
;// CONCATENATED MODULE: ./src/generated/actions.ts
// Generated by scripts/build.mjs from actions/*/action.yml: do not edit by hand.
const ACTIONS = {
    "bump-versions-yaml": {
        "description": "Set scalar values in one YAML file (Kata's versions.yaml, cloud-api-adaptor's versions.yaml, Helm values) byte-exactly: only the edited values change; comments, quoting, order and layout stay as they are.",
        "inputs": {
            "file": {
                "description": "YAML file to edit, relative to the workspace. Files outside the workspace are refused.",
                "required": true
            },
            "set": {
                "description": "One assignment per line: PATH=VALUE, e.g. `.externals.coco-trustee.version=<sha>`. A trailing ` # text` replaces the value's inline comment (a bare ` #` removes it). Paths use the shared syntax: `.a.b`, `.list[0]`, `.images[name=kbs].newTag`, `.\"key.with.dots\"`. All lines apply or none.",
                "required": true
            },
            "allow-create": {
                "description": "Add keys that do not exist yet (in block mappings) instead of failing.",
                "required": false,
                "default": "false"
            },
            "dry-run": {
                "description": "Show what would change (outputs, summary, diff) and write nothing.",
                "required": false,
                "default": "false"
            }
        },
        "outputs": {
            "changed": {
                "description": "`true` when the file changed (or would change, in a dry run), else `false`."
            },
            "changes": {
                "description": "JSON list of `{path, old, new, line}`, one per value that changed; `old` is null for a created key."
            },
            "diff": {
                "description": "Unified diff of the edit (empty when nothing changed)."
            }
        }
    },
    "check-snapshotter-parity": {
        "description": "Check that several files, local or in other GitHub repositories, pin the same version (by default Kata's nydus-snapshotter and the operator's): reads a YAML path or a Makefile/shell/Dockerfile variable from each source, reports a table of every value, and fails on drift.",
        "inputs": {
            "sources": {
                "description": "One source per line: LABEL=LOCATION, LOCATION being `[github:OWNER/REPO@REF:]PATH#SELECTOR`. A local PATH is relative to the workspace; a `github:` one is read through the GitHub REST contents API. A SELECTOR starting with `.` is a YAML path (`.externals.nydus-snapshotter.version`); otherwise it names a variable assigned in a Makefile (`NAME = v`, `:=`, `?=`, `::=`, `export`, `override`), a shell script (`NAME=v`, `export NAME=v`, `readonly NAME=v`) or a Dockerfile (`ARG NAME=v`, `ENV NAME=v`). At least two sources; labels must be unique. The default compares Kata's versions.yaml with the operator's pre-install-payload Makefile, both on main.",
                "required": false,
                "default": "kata-containers=github:kata-containers/kata-containers@main:versions.yaml#.externals.nydus-snapshotter.version\noperator=github:confidential-containers/operator@main:install/pre-install-payload/Makefile#NYDUS_SNAPSHOTTER_VERSION\n"
            },
            "token": {
                "description": "Token for the GitHub contents API (only used when a source is `github:`); needs `contents: read` on each repository read. Outside a workflow the GITHUB_TOKEN environment variable is used; with no token at all, public repositories are read unauthenticated (60 requests an hour).",
                "required": false,
                "default": "${{ github.token }}"
            },
            "normalize": {
                "description": "Compare versions after removing surrounding whitespace and a leading `v` before a digit (`v0.15.2` equals `0.15.2`; `0.15.2` still differs from `0.15.20`). `false` compares the exact text.",
                "required": false,
                "default": "true"
            },
            "fail-on-mismatch": {
                "description": "Fail the step when the sources disagree. `false` reports the drift as a warning and sets `match` to `false`.",
                "required": false,
                "default": "true"
            }
        },
        "outputs": {
            "match": {
                "description": "`true` when every source holds the same value, else `false`."
            },
            "versions": {
                "description": "JSON object of every source's value by label, e.g. `{\"kata-containers\":\"v0.15.15\",\"operator\":\"v0.15.2\"}`."
            }
        }
    },
    "pin-kustomize-image": {
        "description": "Pin an image in kustomization files (overlays) like `kustomize edit set image`, byte-exactly: only the image fields that change are touched; comments, order, indentation and quoting stay as they are.",
        "inputs": {
            "files": {
                "description": "One per line: a kustomization file, a directory holding kustomization.yaml / kustomization.yml / Kustomization, or a glob (`*`, `?`, `**`) selecting such files or directories, relative to the workspace. A line that selects no kustomization is an error.",
                "required": true
            },
            "image": {
                "description": "kustomize syntax: `NAME=NEWNAME:TAG`, `NAME=NEWNAME`, `NAME:TAG`, `NAME@DIGEST`, `NAME=NEWNAME@DIGEST`, `NAME=NEWNAME:TAG@DIGEST`, `NAME:TAG@DIGEST`; `*` as NEWNAME, TAG or DIGEST keeps the file's value (`cloud-api-adaptor=*:<sha>`). A registry port (`192.168.122.1:5000/x`) is not a tag. Tags match `[a-zA-Z0-9._-]+`, digests are `sha256:` and 64 hex digits.",
                "required": true
            },
            "tag-templates": {
                "description": "One `GLOB=TEMPLATE` per line: files whose workspace-relative path matches GLOB get TEMPLATE as tag, with `{tag}` replaced by the tag of `image` (e.g. `**/libvirt/**=dev-{tag}`). The first matching line wins; files matching none get the tag as given.",
                "required": false,
                "default": ""
            },
            "exclude": {
                "description": "Globs, one per line, of kustomization files (or their directories) to leave alone, e.g. `**/alibabacloud/**`.",
                "required": false,
                "default": ""
            },
            "merge": {
                "description": "`fields`: change only the fields the argument gives (`NAME:TAG` keeps an existing newName and digest). `replace`: kustomize's whole-entry replacement: fields the argument does not give (and are not `*`) are removed.",
                "required": false,
                "default": "fields"
            },
            "dry-run": {
                "description": "Show what would change (outputs, summary, diff) and write nothing.",
                "required": false,
                "default": "false"
            }
        },
        "outputs": {
            "changed-files": {
                "description": "JSON list of the workspace-relative files that changed (or would change, in a dry run)."
            },
            "diff": {
                "description": "Unified diff of every change (empty when nothing changed)."
            }
        }
    },
    "tag-go-submodules": {
        "description": "Tag every Go module of a multi-module repository for a release (cloud-api-adaptor's src/<module>/vX.Y.Z tags): dependencies first, annotated tags pushed in one atomic push, never moving an existing tag.",
        "inputs": {
            "version": {
                "description": "Release version, `vX.Y.Z` or `vX.Y.Z-pre` (`v0.9.0`, `v0.9.0-alpha.1`, `v0.9.0-rc1`).",
                "required": true
            },
            "mode": {
                "description": "`tag`: create and push the tags. `plan`: print the order and the exact git commands, change nothing. `prepare`: set the internal `require` lines of the selected modules to `version` (the old \"update go.mod modules\" commit), keeping `// indirect` and `replace`; no tag is touched.",
                "required": false,
                "default": "tag"
            },
            "modules": {
                "description": "Modules to release, one per line, by directory (`src/cloud-providers`, `.` for the root) or module path. Default: every go.mod below the repository root except in vendor/, testdata/ and hidden directories.",
                "required": false,
                "default": ""
            },
            "exclude": {
                "description": "Globs of module directories to leave out, one per line (`src/cloud-api-adaptor/podvm`, `**/tools`); a glob matching a parent directory excludes everything below it.",
                "required": false,
                "default": ""
            },
            "root-tag": {
                "description": "Also create the plain `vX.Y.Z` tag when there is no module at the repository root.",
                "required": false,
                "default": "false"
            },
            "ref": {
                "description": "The commit to tag (branch, tag or SHA); every tag goes on this one commit.",
                "required": false,
                "default": "HEAD"
            },
            "remote": {
                "description": "Name of the git remote to check and push to.",
                "required": false,
                "default": "origin"
            },
            "push": {
                "description": "Push the new tags (one `git push --atomic`). With `false`, tags are created locally and the remote is not contacted.",
                "required": false,
                "default": "true"
            },
            "network-timeout": {
                "description": "Seconds each network command (`git ls-remote`, `git push`) may take. A remote that accepts the connection and never answers fails the step after this long, with no local tag left behind.",
                "required": false,
                "default": "120"
            },
            "dry-run": {
                "description": "Do every check (including listing the remote's tags in `tag` mode) but create, push and write nothing.",
                "required": false,
                "default": "false"
            }
        },
        "outputs": {
            "tags": {
                "description": "JSON list of the release's tag names, dependencies first."
            },
            "created": {
                "description": "JSON list of the tags this run created and pushed (or would, in a dry run)."
            },
            "skipped": {
                "description": "JSON list of the tags that already existed at the commit (re-runs skip them)."
            },
            "commit": {
                "description": "The commit the tags point at (`tag` mode), else empty."
            },
            "changed-files": {
                "description": "JSON list of the go.mod files `prepare` changed (or would change, in a dry run)."
            },
            "diff": {
                "description": "Unified diff of the `prepare` edits (empty otherwise)."
            }
        }
    }
};

;// CONCATENATED MODULE: ./src/log-text.ts
/**
 * Text on its way to a step's log. The runner reads a step's stdout and stderr line by line, a line ending
 * at `\n`, `\r\n` or a lone `\r`, and runs as a workflow command every line that starts with `::` after
 * leading blanks and every line holding `##[` anywhere (its legacy command form; actions/runner
 * ActionCommand.TryParseV2 and TryParse). Log messages carry values from files, remotes and inputs, so
 * everything printed goes through here:
 * - logLine: one message, one physical line; a CR or LF inside is written visibly as `\r` / `\n`;
 * - logBlock: text whose line breaks are deliberate (a summary, a diff, help); a lone CR is written as `\r`.
 * Either way no line can start with `::` (written `\::`) or hold `##[` (written `##\[`), so the data can
 * show in the log but never act on the runner.
 */
// String patterns and a sticky test, not global regexes: this runs once per log line at start-up.
const COMMAND_START = /^[\s\u0085\u180e]*::/;
function defuse(line) {
    let s = line.includes('##[') ? line.replaceAll('##[', '##\\[') : line;
    if (COMMAND_START.test(s)) {
        const at = s.indexOf('::');
        s = `${s.slice(0, at)}\\${s.slice(at)}`;
    }
    return s;
}
/** One log line: line breaks inside `text` are shown as `\r` and `\n` instead of breaking the line. */
function logLine(text) {
    const flat = text.includes('\r') || text.includes('\n') ? text.replaceAll('\r', '\\r').replaceAll('\n', '\\n') : text;
    return defuse(flat);
}
/** Several log lines (split at `\n`, a CRLF counting as one break); each made safe as logLine makes one. */
function logBlock(text) {
    if (!text.includes('\n'))
        return logLine(text);
    return text
        .split('\n')
        .map((l) => logLine(l.endsWith('\r') ? l.slice(0, -1) : l))
        .join('\n');
}

// EXTERNAL MODULE: ./packages/yaml-edit/src/light.ts + 1 modules
var light = __nccwpck_require__(1653);
;// CONCATENATED MODULE: ./actions/bump-versions-yaml/src/main.ts

// The light entry: release files are edited without loading a YAML parser when they allow it.


const bumpVersionsYaml = (0,action/* defineAction */.Q)({
    name: 'bump-versions-yaml',
    readInputs(inputs) {
        const file = inputs.required('file');
        const lines = inputs.lines('set');
        if (lines.length === 0)
            throw new src/* UserError */.yo("input 'set' is required: one PATH=VALUE per line");
        const errors = [];
        const sets = [];
        for (const { text, line } of lines) {
            try {
                sets.push((0,light/* parseAssignment */.H9)(text, `set line ${line}`));
            }
            catch (e) {
                if (!(e instanceof src/* UserError */.yo))
                    throw e;
                errors.push(e);
            }
        }
        (0,src/* throwIfAny */.MI)(errors);
        return { file, sets, allowCreate: inputs.boolean('allow-create'), dryRun: inputs.boolean('dry-run') };
    },
    async run({ file, sets, allowCreate, dryRun }, ctx) {
        const target = (0,src/* resolveInWorkspace */.z1)(file, ctx.workspace);
        const source = (0,src/* readText */.yR)(target);
        const result = await (0,light/* editYamlSource */.rE)(source, target.display, sets, { allowCreate });
        const changed = result.changes.length > 0;
        const diff = (0,src/* unifiedDiff */.WH)(target.display, source, result.edits);
        // Called with nothing to write too: it removes temp files a killed run left beside the file.
        if (!dryRun)
            (0,src/* writeFilesAtomically */.ik)(changed ? [{ path: target.path, content: result.text, original: source }] : []);
        for (const c of result.changes) {
            ctx.info(`${target.display}:${c.line}: ${c.path}: ${c.old ?? '(new)'} -> ${c.new}`);
        }
        for (const u of result.unchanged)
            ctx.info(`${target.display}:${u.line}: ${u.path} is already ${u.value}`);
        if (!changed)
            ctx.info(`${target.display}: nothing to change`);
        else if (dryRun)
            ctx.info(`dry run: ${target.display} was not written`);
        return {
            outputs: {
                changed: String(changed),
                changes: JSON.stringify(result.changes.map(({ path, old, new: value, line }) => ({ path, old, new: value, line }))),
                diff,
            },
            summary: summarize(target.display, result.changes, result.unchanged.length, diff, dryRun),
        };
    },
});
function summarize(file, changes, unchanged, diff, dryRun) {
    const title = `### bump-versions-yaml: ${(0,src/* code */.aY)(file)}${dryRun ? ' (dry run, nothing written)' : ''}\n\n`;
    if (changes.length === 0)
        return `${title}Nothing to change: every value is already set (${unchanged} checked).\n`;
    const rows = changes.map((c) => [
        (0,src/* code */.aY)(c.path),
        c.old === null ? '*(new)*' : (0,src/* code */.aY)(c.old),
        (0,src/* code */.aY)(c.new),
        String(c.line),
    ]);
    const kept = unchanged > 0 ? `\n${unchanged} value(s) already had the requested value.\n` : '';
    return `${title}${(0,src/* table */.tp)(['path', 'old', 'new', 'line'], rows)}${kept}\n${(0,src/* fenced */.OF)('diff', diff)}`;
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
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
        throw new src/* UserError */.yo(msg, at(offset));
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
    const at = (offset) => ({ file, ...(index ??= new src/* LineIndex */.rr(source)).position(offset) });
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
                    throw new src/* UserError */.yo("unexpected text after ')'", at(toks[1].start));
                block = undefined;
                continue;
            }
            addDirective(mod, block.verb, toks, raw, true, at);
            continue;
        }
        const verbTok = toks[0];
        if (verbTok.kind !== 'word' || verbTok.quoted)
            throw new src/* UserError */.yo(`unexpected '${verbTok.value}'`, at(verbTok.start));
        const verb = verbTok.value;
        if (!KNOWN.has(verb))
            throw new src/* UserError */.yo(`unknown directive: ${verb}`, at(verbTok.start));
        if (toks.length >= 2 && toks[1].kind === 'lparen') {
            if (!BLOCKS.has(verb))
                throw new src/* UserError */.yo(`${verb} does not take a ( … ) block`, at(toks[1].start));
            if (toks.length === 3 && toks[2].kind === 'rparen')
                continue; // `require ()`
            if (toks.length > 2)
                throw new src/* UserError */.yo("a block's lines start on the line after '('", at(toks[2].start));
            block = { verb, line: raw.line };
            continue;
        }
        addDirective(mod, verb, toks.slice(1), raw, false, at);
    }
    if (block)
        throw new src/* UserError */.yo(`${block.verb} block opened here is never closed with ')'`, { file, line: block.line });
    return mod;
}
/** The tokens, all of them words (not `(`, `)`, `=>`, `[`, `]`, `,`). */
function words(verb, toks, at) {
    for (const t of toks)
        if (t.kind !== 'word')
            throw new src/* UserError */.yo(`${verb}: unexpected '${t.value}'`, at(t.start));
    return toks;
}
// Positions come from the lexer's line count, not a LineIndex search: this runs once per directive, cold,
// and a go.mod has hundreds of them.
function addDirective(mod, verb, toks, raw, inBlock, at) {
    const line = raw.line;
    const col = (toks[0]?.start ?? raw.start) - raw.start + 1;
    const bad = (expected) => new src/* UserError */.yo(`${verb}: expected ${expected}`, { file: mod.file, line, col });
    mod.directives.push({ verb, args: toks, comment: raw.comment, line, col, inBlock });
    switch (verb) {
        case 'module': {
            const w = words(verb, toks, at);
            if (w.length !== 1)
                throw bad('module <path>');
            if (mod.module)
                throw new src/* UserError */.yo('repeated module directive', { file: mod.file, line, col });
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
                    throw new src/* UserError */.yo(`replace: unexpected '${t.value}'`, at(t.start));
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
    const text = (0,src/* applyEdits */.ct)(mod.source, edits);
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
        throw new src/* UserError */.yo(`input '${input}' must be a semantic version with a leading v, such as v0.9.0 or v0.9.0-rc1, got '${v}'${hint}`);
    }
    if (PSEUDO.test(v))
        throw new src/* UserError */.yo(`input '${input}' is a Go pseudo-version, not a release version: '${v}'`);
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
/**
 * Module directory (`''` for the root) of every go.mod among `paths` (repository-relative, `/`-separated).
 * A directory whose name holds a control character (a newline, say) is refused: it could never be part of
 * a tag name, and git's batch commands could not even be asked for its go.mod.
 */
function goModDirs(paths, exclude = []) {
    const globs = exclude.map(globToRegExp);
    const dirs = [];
    const errors = [];
    for (const p of paths) {
        if (p !== 'go.mod' && !p.endsWith('/go.mod'))
            continue;
        const dir = p === 'go.mod' ? '' : p.slice(0, -'/go.mod'.length);
        const parts = dir === '' ? [] : dir.split('/');
        if (parts.some(skippedDir))
            continue;
        if (isExcluded(dir, globs))
            continue;
        if (/[\u0000-\u001f\u007f]/.test(dir)) {
            errors.push(new src/* UserError */.yo(`the module directory ${JSON.stringify(dir)} holds a control character, which no git tag name may hold; leave it out with input 'exclude'`));
            continue;
        }
        dirs.push(dir);
    }
    (0,src/* throwIfAny */.MI)(errors);
    return dirs.sort();
}
/** Every go.mod below `root` on disk, as repository-relative paths (symlinks are not followed). */
function listGoModsOnDisk(root) {
    const out = [];
    const walk = (abs, rel) => {
        for (const e of (0,external_node_fs_.readdirSync)(abs, { withFileTypes: true })) {
            const r = rel === '' ? e.name : `${rel}/${e.name}`;
            if (e.isDirectory()) {
                if (!skippedDir(e.name))
                    walk((0,external_node_path_.join)(abs, e.name), r);
            }
            else if (e.isFile() && e.name === 'go.mod')
                out.push(r);
        }
    };
    walk(root, '');
    return out;
}
/** Each module's go.mod text (UTF-8, checked; errors name the file as the repository shows it). */
function readGoModsOnDisk(root, dirs) {
    return new Map(dirs.map((d) => [d, (0,src/* readText */.yR)({ path: (0,external_node_path_.join)(root, d, 'go.mod'), display: d === '' ? 'go.mod' : `${d}/go.mod` })]));
}

;// CONCATENATED MODULE: ./packages/go-modules/src/refname.ts
/**
 * git's rules for a reference name (git-check-ref-format(1)), applied to `refs/tags/<tag>`: the plan shows
 * only tags that git will create, and a name git refuses fails before anything is planned or created.
 * Returns what is wrong, or undefined.
 */
function tagNameProblem(tag) {
    const name = `refs/tags/${tag}`;
    if (tag === '')
        return 'it is empty';
    const control = /[\u0000-\u001f\u007f]/.exec(name);
    if (control)
        return `it holds the control character ${JSON.stringify(control[0])}`;
    const bad = /[ ~^:?*[\\]/.exec(name);
    if (bad)
        return `it holds '${bad[0]}'`;
    if (name.includes('..'))
        return "it holds '..'";
    if (name.includes('@{'))
        return "it holds '@{'";
    if (name.endsWith('/') || name.includes('//'))
        return 'it has an empty path component';
    if (name.endsWith('.'))
        return "it ends with '.'";
    for (const part of tag.split('/')) {
        if (part.startsWith('.'))
            return `its component '${part}' starts with '.'`;
        if (part.endsWith('.lock'))
            return `its component '${part}' ends with '.lock'`;
    }
    return undefined;
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
                throw new src/* UserError */.yo('no module directive', { file, line: 1 });
            modules.push({ dir, file, path: gomod.module.path, gomod });
        }
        catch (e) {
            if (!(e instanceof src/* UserError */.yo))
                throw e;
            errors.push(e);
        }
    }
    (0,src/* throwIfAny */.MI)(errors);
    const byPath = new Map();
    for (const m of modules) {
        const other = byPath.get(m.path);
        if (other)
            errors.push(new src/* UserError */.yo(`module ${m.path} is declared twice: in ${other.file} and in ${m.file}`, {
                file: m.file,
                line: m.gomod.module.line,
            }));
        byPath.set(m.path, m);
    }
    (0,src/* throwIfAny */.MI)(errors);
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
            throw new src/* UserError */.yo(`module ${module.path} has the major version suffix /v${n}: it can only be released as v${n}.x.y, not ${version}`, pos);
        if (prefix === `v${n}`)
            prefix = '';
        else if (prefix.endsWith(`/v${n}`))
            prefix = prefix.slice(0, -`/v${n}`.length);
    }
    else if (major >= 2) {
        throw new src/* UserError */.yo(`module ${module.path} has no /v${major} suffix: Go ignores a ${version} tag for it (a v${major} module path must end in /v${major})`, pos);
    }
    // Go finds `<dir>/vX` tags only when the module path ends with that directory.
    const base = n !== undefined && !module.dir.endsWith(`/v${n}`) && module.dir !== `v${n}`
        ? module.path.slice(0, -`/v${n}`.length)
        : module.path;
    if (module.dir !== '' && base !== module.dir && !base.endsWith(`/${module.dir}`)) {
        throw new src/* UserError */.yo(`module path ${module.path} does not end with its directory ${module.dir}: Go would not find a ${module.dir}/${version} tag for it`, pos);
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
            errors.push(new src/* UserError */.yo(`unknown module '${text}' in input 'modules' (line ${line}): the modules found are ${all.map((x) => displayDir(x.dir)).join(', ') || '(none)'}`));
    }
    (0,src/* throwIfAny */.MI)(errors);
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
        throw new src/* UserError */.yo(`dependency cycle between Go modules: ${cycle.join(' -> ')}`, {
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
            if (!(e instanceof src/* UserError */.yo))
                throw e;
            errors.push(e);
        }
    }
    (0,src/* throwIfAny */.MI)(errors);
    const seen = new Map();
    for (const t of tags) {
        const other = seen.get(t.tag);
        if (other)
            errors.push(new src/* UserError */.yo(`modules in ${displayDir(other.dir)} and ${displayDir(t.dir)} would both be tagged ${t.tag}`, {
                file: t.file,
            }));
        seen.set(t.tag, t);
    }
    (0,src/* throwIfAny */.MI)(errors);
    for (const t of tags) {
        const problem = tagNameProblem(t.tag);
        if (problem)
            errors.push(new src/* UserError */.yo(`the module in ${JSON.stringify(displayDir(t.dir))} would be tagged ${JSON.stringify(t.tag)}, which git refuses as a tag name: ${problem}`, { file: t.file }));
    }
    (0,src/* throwIfAny */.MI)(errors);
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
                errors.push(new src/* UserError */.yo(`${m.path} requires ${req.path} ${what}, which does not exist and is not being created`, position));
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
        .map((t) => new src/* UserError */.yo(t.where === 'remote'
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

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
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
    const { stdout, bytes } = await git(['cat-file', '--batch'], { input });
    // Sizes are in bytes: walk the output as git wrote it, and decode each go.mod strictly.
    const buf = bytes ?? Buffer.from(stdout, 'utf8');
    let pos = 0;
    for (const dir of dirs) {
        const nl = buf.indexOf(0x0a, pos);
        const header = buf.subarray(pos, nl).toString('utf8');
        const m = /^[0-9a-f]+ blob (\d+)$/.exec(header);
        if (!m)
            throw new Error(`git cat-file --batch: unexpected header '${header}' for ${dir}/go.mod`);
        const size = Number(m[1]);
        out.set(dir, (0,src/* decodeUtf8 */._6)(buf.subarray(nl + 1, nl + 1 + size), dir === '' ? 'go.mod' : `${dir}/go.mod`));
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
    const dir = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'coco-tags-'));
    try {
        const files = tags.map((t, i) => {
            const file = (0,external_node_path_.join)(dir, `${i}.tag`);
            (0,external_node_fs_.writeFileSync)(file, `object ${commit}\ntype commit\ntag ${t.tag}\ntagger ${tagger}\n\n${t.message}\n`);
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
        (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true });
    }
    const input = tags.map((t) => `create refs/tags/${t.tag} ${created.get(t.tag)}\n`).join('');
    const res = await git(['update-ref', '--stdin'], { input, allowFailure: true });
    if (res.code !== 0)
        throw new src/* UserError */.yo(`creating local tags failed, none was created: ${res.stderr.trim()}`);
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





const tagGoSubmodules = (0,action/* defineAction */.Q)({
    name: 'tag-go-submodules',
    readInputs(inputs) {
        const errors = [];
        const attempt = (f, fallback) => {
            try {
                return f();
            }
            catch (e) {
                if (!(e instanceof src/* UserError */.yo))
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
            errors.push(new src/* UserError */.yo(`input 'ref' must name a commit, got '${ref}'`));
        if (remote.startsWith('-') || /\s/.test(remote))
            errors.push(new src/* UserError */.yo(`input 'remote' must be the name of a git remote, got '${remote}'`));
        const result = {
            version,
            mode,
            modules: inputs.lines('modules'),
            exclude: inputs.lines('exclude').map((l) => l.text),
            rootTag: attempt(() => inputs.boolean('root-tag'), false),
            ref,
            remote,
            push: attempt(() => inputs.boolean('push'), true),
            networkTimeout: attempt(() => parseSeconds(inputs.string('network-timeout') || '120'), 120),
            dryRun: attempt(() => inputs.boolean('dry-run'), false),
        };
        (0,src/* throwIfAny */.MI)(errors);
        return result;
    },
    async run(inputs, ctx) {
        if (inputs.mode === 'tag')
            return tagMode(inputs, ctx);
        const root = external_node_fs_.realpathSync.native(ctx.workspace);
        const dirs = goModDirs(listGoModsOnDisk(root), inputs.exclude);
        const modules = loadModules(readGoModsOnDisk(root, dirs));
        const selected = selectModules(modules, inputs.modules);
        const plan = planRelease({ modules, selected, version: inputs.version, rootTag: inputs.rootTag });
        return inputs.mode === 'plan' ? planMode(inputs, plan, ctx) : prepareMode(inputs, plan, root, ctx);
    },
});
function parseSeconds(text) {
    if (!/^[1-9]\d{0,5}$/.test(text))
        throw new src/* UserError */.yo(`input 'network-timeout' must be a whole number of seconds, 1 or more, got '${text}'`);
    return Number(text);
}
function noModules(plan) {
    if (plan.selected.length === 0 && plan.tags.length === 0)
        throw new src/* UserError */.yo('no Go module found: no go.mod below the repository root (after exclude)');
}
function warn(ctx, warnings) {
    for (const w of warnings)
        ctx.warning(w.message, w.position);
}
function planMode(inputs, plan, ctx) {
    noModules(plan);
    const { warnings, errors } = checkInternalRequires(plan, undefined);
    (0,src/* throwIfAny */.MI)(errors);
    warn(ctx, warnings);
    const commands = planCommands(plan, inputs.ref, inputs.remote, inputs.push);
    for (const [i, t] of plan.tags.entries())
        ctx.info(`${i + 1}. ${t.tag}${t.dir !== undefined ? `  (${t.modulePath})` : ''}`);
    const rows = plan.tags.map((t, i) => [
        String(i + 1),
        t.dir === undefined ? '*(repository)*' : (0,src/* code */.aY)(displayDir(t.dir)),
        (0,src/* code */.aY)(t.tag),
        t.deps.map((d) => (0,src/* code */.aY)(displayDir(d))).join(', '),
    ]);
    const summary = `### tag-go-submodules: plan for ${(0,src/* code */.aY)(inputs.version)} (nothing changed)\n\n` +
        (0,src/* table */.tp)(['#', 'module', 'tag', 'requires'], rows) +
        warningsMarkdown(warnings) +
        `\n${(0,src/* fenced */.OF)('sh', commands.join('\n'))}`;
    return {
        outputs: outputs(plan, [], [], ''),
        summary,
    };
}
function prepareMode(inputs, plan, root, ctx) {
    noModules(plan);
    const { files, warnings } = prepareRequires(plan.modules, plan.selected, inputs.version);
    warn(ctx, warnings);
    const diff = files.map((f) => (0,src/* unifiedDiff */.WH)(f.module.file, f.module.gomod.source, f.edits)).join('');
    // Called with nothing to write too: it removes temp files a killed run left beside the go.mod files.
    if (!inputs.dryRun) {
        (0,src/* writeFilesAtomically */.ik)(files.map((f) => ({ path: (0,external_node_path_.join)(root, f.module.file), content: f.text, original: f.module.gomod.source })));
    }
    for (const f of files)
        for (const c of f.changes)
            ctx.info(`${f.module.file}:${c.line}: ${c.path} ${c.old} -> ${c.new}`);
    if (files.length === 0)
        ctx.info(`every internal require already names ${inputs.version}: nothing to change`);
    else if (inputs.dryRun)
        ctx.info('dry run: no file was written');
    const title = `### tag-go-submodules: prepare ${(0,src/* code */.aY)(inputs.version)}${inputs.dryRun ? ' (dry run, nothing written)' : ''}\n\n`;
    const rows = files.flatMap((f) => f.changes.map((c) => [(0,src/* code */.aY)(f.module.file), String(c.line), (0,src/* code */.aY)(c.path), (0,src/* code */.aY)(c.old), (0,src/* code */.aY)(c.new)]));
    const summary = files.length === 0
        ? `${title}Nothing to change: every internal require already names ${(0,src/* code */.aY)(inputs.version)}.\n`
        : `${title}${(0,src/* table */.tp)(['file', 'line', 'require', 'old', 'new'], rows)}${warningsMarkdown(warnings)}\n${(0,src/* fenced */.OF)('diff', diff)}`;
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
    const { createGit, GitError } = await __nccwpck_require__.e(/* import() */ 243).then(__nccwpck_require__.bind(__nccwpck_require__, 1243));
    const root = external_node_fs_.realpathSync.native(ctx.workspace);
    const git = await createGit(root, ctx.env, { networkTimeoutMs: inputs.networkTimeout * 1000 });
    const noAnswer = `got no answer within ${inputs.networkTimeout} s (input 'network-timeout')`;
    const top = await git(['rev-parse', '--show-toplevel'], { allowFailure: true });
    if (top.code !== 0)
        throw new src/* UserError */.yo(`not a git repository: ${ctx.workspace} (check the repository out first)`);
    if (external_node_fs_.realpathSync.native(top.stdout.trim()) !== root)
        throw new src/* UserError */.yo(`the workspace ${ctx.workspace} is inside the git repository ${top.stdout.trim()}, not at its top: tag names are relative to the repository root`);
    const rev = await git(['rev-parse', '--verify', '--quiet', `${inputs.ref}^{commit}`], { allowFailure: true });
    if (rev.code !== 0)
        throw new src/* UserError */.yo(`ref '${inputs.ref}' does not resolve to a commit in ${ctx.workspace}`);
    const commit = rev.stdout.trim();
    if (inputs.push) {
        const remotes = (await git(['remote'])).stdout.split('\n').filter(Boolean);
        if (!remotes.includes(inputs.remote))
            throw new src/* UserError */.yo(`remote '${inputs.remote}' is not configured in ${ctx.workspace} (remotes: ${remotes.join(', ') || 'none'})`);
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
        if (ls.timedOut)
            throw new src/* UserError */.yo(`git ls-remote --tags ${inputs.remote} ${noAnswer}; no tag was created or pushed`);
        if (ls.code !== 0)
            throw new src/* UserError */.yo(`cannot list the tags of remote '${inputs.remote}': ${ls.stderr.trim() || `exit ${ls.code}`}`);
        remoteTags = parseLsRemote(ls.stdout);
    }
    const local = await localTags(git);
    const tags = classifyTags(plan, commit, remoteTags, local);
    const { warnings, errors } = checkInternalRequires(plan, new Set((remoteTags ?? local).keys()));
    (0,src/* throwIfAny */.MI)([...conflictErrors(tags, commit, inputs.remote), ...errors]);
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
                if (pushed.timedOut)
                    throw new src/* UserError */.yo(`git push --atomic to '${inputs.remote}' ${noAnswer}; the local tags this run created were deleted. The remote may still have taken the push (all tags or none): run again, and tags already there at this commit are skipped`);
                throw new src/* UserError */.yo(`git push --atomic to '${inputs.remote}' was rejected; no tag was pushed and the local tags this run created were deleted. ${inputs.remote} said:\n${pushed.stderr.trim()}`);
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
    const title = `### tag-go-submodules: ${(0,src/* code */.aY)(inputs.version)} at ${(0,src/* code */.aY)(commit.slice(0, 12))}${inputs.dryRun ? ' (dry run, nothing created)' : ''}\n\n`;
    const rows = tags.map((t, i) => [
        String(i + 1),
        t.dir === undefined ? '*(repository)*' : (0,src/* code */.aY)(displayDir(t.dir)),
        (0,src/* code */.aY)(t.tag),
        (0,src/* code */.aY)(commit.slice(0, 12)),
        statusText(t, inputs),
    ]);
    return title + (0,src/* table */.tp)(['#', 'module', 'tag', 'commit', 'status'], rows) + warningsMarkdown(warnings);
}
function warningsMarkdown(warnings) {
    if (warnings.length === 0)
        return '';
    return `\n**Warnings**\n\n${warnings.map((w) => `- ${(0,src/* code */.aY)(`${w.position.file}:${w.position.line}`)}: ${(0,src/* text */.Qq)(w.message)}`).join('\n')}\n`;
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

// EXTERNAL MODULE: ./packages/version-parity/src/index.ts + 4 modules
var version_parity_src = __nccwpck_require__(291);
;// CONCATENATED MODULE: ./actions/check-snapshotter-parity/src/main.ts



/** DESIGN.md's default: Kata's pin and the operator's, both on their default branches. */
const DEFAULT_SOURCES = [
    'kata-containers=github:kata-containers/kata-containers@main:versions.yaml#.externals.nydus-snapshotter.version',
    'operator=github:confidential-containers/operator@main:install/pre-install-payload/Makefile#NYDUS_SNAPSHOTTER_VERSION',
].join('\n');
const checkSnapshotterParity = (0,action/* defineAction */.Q)({
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
        const summary = main_summarize(report, inputs.normalize);
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
async function loadFiles(inputs, ctx) {
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
}
function main_summarize(report, normalize) {
    const rows = report.entries.map((e) => [
        (0,src/* text */.Qq)(e.label),
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
}

// EXTERNAL MODULE: ./packages/kustomize-image/src/image-arg.ts
var image_arg = __nccwpck_require__(6515);
;// CONCATENATED MODULE: ./packages/kustomize-image/src/glob.ts
/**
 * A small glob matcher for workspace-relative, `/`-separated paths: `*` and `?` stay inside one path
 * segment, `**` as a whole segment spans any number of segments (none included). Self-contained because
 * Node 20 has neither fs.globSync nor path.matchesGlob, and the runners use Node 24: one behaviour on both.
 */
function hasGlobChars(pattern) {
    return /[*?]/.test(pattern);
}
function segmentSource(segment) {
    let out = '';
    for (const ch of segment) {
        if (ch === '*')
            out += out.endsWith('[^/]*') ? '' : '[^/]*';
        else if (ch === '?')
            out += '[^/]';
        else
            out += '.+^${}()|[]\\'.includes(ch) ? `\\${ch}` : ch;
    }
    return out;
}
/** Strip `./` and duplicate or trailing slashes: `./a//b/` is `a/b`. */
function normalizeGlob(pattern) {
    let p = pattern
        .trim()
        .replaceAll('\\', '/')
        .replace(/\/{2,}/g, '/');
    while (p.startsWith('./'))
        p = p.slice(2);
    if (p.length > 1 && p.endsWith('/'))
        p = p.slice(0, -1);
    return p;
}
function glob_globToRegExp(pattern) {
    const segments = normalizeGlob(pattern).split('/');
    let source = '';
    segments.forEach((seg, i) => {
        const last = i === segments.length - 1;
        if (seg === '**') {
            // `a/**` also matches `a` itself; `**/b` matches `b` at any depth, the top included.
            if (last)
                source += i === 0 ? '.*' : '(?:/.*)?';
            else
                source += i === 0 ? '(?:[^/]+/)*' : '(?:/[^/]+)*/';
        }
        else {
            if (i > 0 && segments[i - 1] !== '**')
                source += '/';
            source += segmentSource(seg);
        }
    });
    return new RegExp(`^${source}$`);
}
function matchesGlob(path, pattern) {
    const re = typeof pattern === 'string' ? glob_globToRegExp(pattern) : pattern;
    return re.test(path);
}
/** The leading segments without wildcards: where a walk for the pattern has to start. */
function staticPrefix(pattern) {
    const segments = normalizeGlob(pattern).split('/');
    const fixed = [];
    for (const s of segments) {
        if (hasGlobChars(s))
            break;
        fixed.push(s);
    }
    return fixed.join('/');
}

;// CONCATENATED MODULE: ./packages/kustomize-image/src/templates.ts



const TAG_PLACEHOLDER = '{tag}';
function parseTagTemplates(lines) {
    const errors = [];
    const out = [];
    for (const { text, line } of lines) {
        const eq = text.lastIndexOf('=');
        const glob = eq < 0 ? '' : text.slice(0, eq).trim();
        const template = eq < 0 ? '' : text.slice(eq + 1).trim();
        if (glob === '' || template === '') {
            errors.push(new src/* UserError */.yo(`tag-templates line ${line}: expected GLOB=TEMPLATE (e.g. **/libvirt/**=dev-{tag}), got '${text}'`));
            continue;
        }
        // The template must make a valid tag for any valid tag put in its place.
        const problem = (0,image_arg/* tagProblem */.qH)(template.split(TAG_PLACEHOLDER).join('x'));
        if (problem) {
            errors.push(new src/* UserError */.yo(`tag-templates line ${line}: '${template}' cannot make a valid tag: ${problem}`));
            continue;
        }
        out.push({ glob, template, line, re: glob_globToRegExp(glob) });
    }
    (0,src/* throwIfAny */.MI)(errors);
    return out;
}
/** The first template whose glob matches the workspace-relative path, if any. */
function templateFor(path, templates) {
    return templates.find((t) => matchesGlob(path, t.re));
}
function applyTemplate(t, tag) {
    return t.template.split(TAG_PLACEHOLDER).join(tag);
}

// EXTERNAL MODULE: ./packages/kustomize-image/src/entry.ts
var entry = __nccwpck_require__(5583);
;// CONCATENATED MODULE: ./packages/kustomize-image/src/discover.ts




/** The file names kustomize looks for in a directory (api/konfig/general.go RecognizedKustomizationFileNames). */
const KUSTOMIZATION_FILE_NAMES = ['kustomization.yaml', 'kustomization.yml', 'Kustomization'];
/** Directories a wildcard never descends into. */
const discover_SKIPPED_DIRS = new Set(['.git', 'node_modules']);
function isKustomizationName(name) {
    return KUSTOMIZATION_FILE_NAMES.includes(name);
}
/** The kustomization file of a directory; kustomize refuses a directory holding more than one. */
function kustomizationIn(dir) {
    // Most of the names are absent: ask for undefined rather than pay for a thrown ENOENT error each time.
    const names = KUSTOMIZATION_FILE_NAMES.filter((n) => {
        try {
            // Concatenation, not path.join: the names hold no separators, and a doubled one is harmless to stat.
            return (0,external_node_fs_.statSync)(`${dir}${external_node_path_.sep}${n}`, { throwIfNoEntry: false })?.isFile() ?? false;
        }
        catch {
            return false;
        }
    });
    if (names.length > 1)
        return { several: [...names] };
    return names.length === 1 ? { name: names[0] } : {};
}
function toPosix(p) {
    return p.split(external_node_path_.sep).join('/');
}
/**
 * Resolve the `files` input: plain paths (a kustomization file or a directory holding one) and globs
 * (matching kustomization files, or directories holding one). Every problem is collected; a glob that
 * selects nothing is a mistake, since a release that silently pins no overlay is worse than a failed one.
 */
function discoverKustomizations(entries, options) {
    const root = external_node_fs_.realpathSync.native(options.workspace);
    const rootSlash = root.endsWith(external_node_path_.sep) ? root : root + external_node_path_.sep;
    const excludes = (options.exclude ?? []).map((g) => glob_globToRegExp(g));
    const isExcluded = (display) => {
        const dir = display.includes('/') ? display.slice(0, display.lastIndexOf('/')) : '';
        return excludes.some((re) => matchesGlob(display, re) || (dir !== '' && matchesGlob(dir, re)));
    };
    const errors = [];
    const files = [];
    const excluded = [];
    const seen = new Set();
    const add = (file) => {
        if (seen.has(file.path))
            return;
        seen.add(file.path);
        if (isExcluded(file.display))
            excluded.push(file.display);
        else
            files.push(file);
    };
    const resolveFile = (path, where) => {
        try {
            return (0,src/* resolveInWorkspace */.z1)(path, root);
        }
        catch (e) {
            if (!(e instanceof src/* UserError */.yo))
                throw e;
            errors.push(new src/* UserError */.yo(`${where}: ${e.message}`, e.position));
            return undefined;
        }
    };
    for (const { text, line } of entries) {
        const where = `files line ${line}`;
        if (!hasGlobChars(text)) {
            const absolute = (0,external_node_path_.isAbsolute)(text) ? text : (0,external_node_path_.join)(root, text);
            let isDir;
            try {
                isDir = (0,external_node_fs_.statSync)(absolute).isDirectory();
            }
            catch {
                errors.push(new src/* UserError */.yo(`${where}: '${text}' does not exist`));
                continue;
            }
            if (!isDir) {
                const f = resolveFile(text, where);
                if (f)
                    add(f);
                continue;
            }
            const k = kustomizationIn(absolute);
            if (k.several) {
                errors.push(new src/* UserError */.yo(`${where}: '${text}' holds several kustomization files (${k.several.join(', ')})`));
            }
            else if (!k.name) {
                errors.push(new src/* UserError */.yo(`${where}: '${text}' holds no ${KUSTOMIZATION_FILE_NAMES.join(', ')} file`, {
                    file: toPosix((0,external_node_path_.relative)(root, absolute)) || '.',
                }));
            }
            else {
                const f = resolveFile((0,external_node_path_.isAbsolute)(text) ? (0,external_node_path_.join)(absolute, k.name) : `${text.replace(/\/+$/, '')}/${k.name}`, where);
                if (f)
                    add(f);
            }
            continue;
        }
        let pattern = normalizeGlob(text);
        if ((0,external_node_path_.isAbsolute)(pattern)) {
            const rel = toPosix((0,external_node_path_.relative)(root, pattern));
            if (rel.startsWith('..')) {
                errors.push(new src/* UserError */.yo(`${where}: refusing '${text}': it is outside the workspace ${root}`));
                continue;
            }
            pattern = rel;
        }
        if (pattern.split('/').includes('..')) {
            errors.push(new src/* UserError */.yo(`${where}: refusing '${text}': a glob may not contain '..'`));
            continue;
        }
        const matched = expandGlob(root, pattern);
        let hits = 0;
        for (const m of matched) {
            if (m.dir) {
                // The walk's paths are already clean (directory entry names joined by `/`) and the root is canonical.
                const k = kustomizationIn(`${rootSlash}${m.path}`);
                if (k.several && isExcluded(`${m.path}/${k.several[0]}`)) {
                    hits++;
                    excluded.push(`${m.path}/`);
                }
                else if (k.several) {
                    errors.push(new src/* UserError */.yo(`${where}: '${m.path}' holds several kustomization files (${k.several.join(', ')})`));
                }
                else if (k.name) {
                    hits++;
                    const f = resolveFile(`${m.path}/${k.name}`, where);
                    if (f)
                        add(f);
                }
            }
            else if (isKustomizationName(m.path.slice(m.path.lastIndexOf('/') + 1))) {
                hits++;
                const f = resolveFile(m.path, where);
                if (f)
                    add(f);
            }
        }
        if (hits === 0) {
            errors.push(new src/* UserError */.yo(`${where}: '${text}' matches no kustomization file`));
        }
    }
    return { files, excluded, errors };
}
/** Paths below the workspace matching a glob, sorted, directories flagged. Symlinks are not followed. */
function expandGlob(root, pattern) {
    const re = glob_globToRegExp(pattern);
    const prefix = staticPrefix(pattern);
    const segments = pattern.split('/');
    const maxDepth = segments.includes('**') ? Infinity : segments.length;
    const start = prefix === '' ? root : (0,external_node_path_.join)(root, prefix);
    const out = [];
    if (!(0,external_node_fs_.existsSync)(start))
        return out;
    const walk = (dir, rel, depth) => {
        let entries;
        try {
            entries = (0,external_node_fs_.readdirSync)(dir, { withFileTypes: true });
        }
        catch {
            return;
        }
        for (const e of entries) {
            const path = rel === '' ? e.name : `${rel}/${e.name}`;
            const isDir = e.isDirectory();
            if (isDir && discover_SKIPPED_DIRS.has(e.name))
                continue;
            if (re.test(path))
                out.push({ path, dir: isDir });
            if (isDir && depth + 1 < maxDepth)
                walk(`${dir}${external_node_path_.sep}${e.name}`, path, depth + 1);
        }
    };
    const prefixDepth = prefix === '' ? 0 : prefix.split('/').length;
    if (prefix !== '' && re.test(prefix))
        out.push({ path: prefix, dir: (0,external_node_fs_.statSync)(start).isDirectory() });
    if ((0,external_node_fs_.statSync)(start).isDirectory())
        walk(start, prefix, prefixDepth);
    return out.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

// EXTERNAL MODULE: ./packages/yaml-edit/src/fast-index.ts
var fast_index = __nccwpck_require__(6695);
// EXTERNAL MODULE: ./packages/yaml-edit/src/scalar-style.ts
var scalar_style = __nccwpck_require__(1576);
;// CONCATENATED MODULE: ./packages/yaml-edit/src/fast.ts
/**
 * The fast index and the scalar renderer alone, for a caller that finds and verifies its own edits
 * (pin-kustomize-image): none of light.ts's path syntax, assignments or editing pipeline, which such a
 * bundle would otherwise carry and parse on every run.
 */



;// CONCATENATED MODULE: ./packages/kustomize-image/src/pin-fast.ts



/**
 * planPin() for the release case, without a YAML parser: a block-style kustomization whose `images:` has
 * exactly one entry for the image, and a pin that only changes the values of fields the entry already has
 * (a new tag, a new name, a revert to `latest`). Same decisions (desiredEntry), same quoting, same bytes,
 * verified the same way by indexing the new text again.
 *
 * Undefined for everything else (a field or entry to add or remove, a file that is not obviously a
 * kustomization, a document the fast index gives up on, a verification that does not hold): planPin()
 * then does the work, or reports the exact error. This path only makes the common case faster.
 */
function fastPlanPin(source, file, req, mode, fileName) {
    const root = (0,fast_index/* buildFastIndex */.B)(source);
    const found = root && findEntry(source, root, req.name, fileName);
    if (!found)
        return undefined;
    const { map, before } = found;
    const after = (0,entry/* desiredEntry */.lD)(before, req, mode);
    const fields = (e) => entry/* VALUE_FIELDS */.y$.filter((f) => e[f] !== undefined).join(',');
    if (fields(before) !== fields(after))
        return undefined;
    const edits = [];
    for (const f of entry/* VALUE_FIELDS */.y$) {
        const want = after[f];
        if (want === undefined || want === before[f])
            continue;
        const node = map.entries.find((e) => e.key === f).node;
        if (node.kind !== 'scalar')
            return undefined;
        const keep = typeof node.value === 'string' ? { type: node.type, value: node.value } : undefined;
        edits.push({ start: node.start, end: node.end, text: (0,scalar_style/* renderScalar */.VO)(want, keep, 'block').source });
    }
    const text = (0,src/* applyEdits */.ct)(source, edits);
    const result = (line) => ({
        file,
        source,
        text,
        edits,
        changed: text !== source,
        before,
        after,
        line,
    });
    if (edits.length === 0)
        return result(map.entries[0].line);
    // Verify: the new text indexes to the same document but for this entry, which reads back as `after`.
    const next = (0,fast_index/* buildFastIndex */.B)(text);
    const again = next && findEntry(text, next, req.name, fileName);
    if (!again || again.index !== found.index || !(0,entry/* sameEntry */.dI)(again.before, after))
        return undefined;
    if (!(0,fast_index/* sameOutside */.o)(root, source, next, text, new Set([found.map])))
        return undefined;
    return result(again.map.entries[0].line);
}
/** kustomize reads every field as a string: an empty value is '', a plain number its text. */
function fieldString(source, node) {
    if (node.kind === 'empty')
        return '';
    if (node.kind !== 'scalar')
        return undefined;
    if (node.value === null)
        return '';
    return typeof node.value === 'string' ? node.value : source.slice(node.start, node.end);
}
/** The one entry for `name` in a plainly valid kustomization, or undefined for anything less clear. */
function findEntry(source, root, name, fileName) {
    if (root.kind !== 'map')
        return undefined;
    const field = (m, key) => m.entries.find((e) => e.key === key)?.node;
    const kind = field(root, 'kind');
    const api = field(root, 'apiVersion');
    if (kind && !entry/* KINDS */.GW.includes(fieldString(source, kind) ?? ''))
        return undefined;
    if (api && !(fieldString(source, api) ?? '').startsWith('kustomize.config.k8s.io/'))
        return undefined;
    if (!kind && !api && !entry/* KUSTOMIZATION_NAME */.Ib.test(fileName))
        return undefined;
    const images = field(root, 'images');
    if (images?.kind !== 'seq')
        return undefined;
    let hit;
    for (const [index, item] of images.items.entries()) {
        if (item.kind !== 'map')
            continue;
        const nameNode = field(item, 'name');
        const entryName = nameNode ? fieldString(source, nameNode) : '';
        if (entryName !== name)
            continue;
        if (hit)
            return undefined; // two entries: planPin explains
        const before = { name };
        for (const f of entry/* VALUE_FIELDS */.y$) {
            const node = field(item, f);
            if (!node)
                continue;
            const v = fieldString(source, node);
            if (v === undefined)
                return undefined;
            before[f] = v;
        }
        hit = { map: item, index, before };
    }
    return hit;
}

;// CONCATENATED MODULE: ./packages/kustomize-image/src/run.ts





/** A template with `{tag}` needs a tag to fill in: `name@digest` or `name=*:*` gives none. */
function checkTemplatesHaveTag(image, templates) {
    const needs = templates.find((t) => t.template.includes(TAG_PLACEHOLDER));
    if (needs && (image.newTag === undefined || image.newTag === image_arg/* KEEP */.k9)) {
        throw new src/* UserError */.yo(`tag-templates line ${needs.line} uses {tag}, but image '${image.text}' sets no tag to put in its place`);
    }
}
/** The parser-backed planner, loaded only when a file needs more than the fast path does. */
async function planWithParser(source, file, req, mode, fileName) {
    const [{ loadYaml }, { planPin }] = await Promise.all([Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(909), __nccwpck_require__.e(998)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2998)), Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(909), __nccwpck_require__.e(948)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3948))]);
    return planPin(loadYaml(source, file), req, mode, fileName);
}
/**
 * Find the kustomizations, plan the pin in each and verify it: every problem in every file is collected
 * and thrown together, so either every file can be written or none is.
 */
async function planPins(o) {
    const templates = o.templates ?? [];
    checkTemplatesHaveTag(o.image, templates);
    const found = discoverKustomizations(o.files, { workspace: o.workspace, exclude: o.exclude ?? [] });
    const errors = [...found.errors];
    if (errors.length === 0 && found.files.length === 0) {
        errors.push(new src/* UserError */.yo(`no kustomization left to edit: all ${found.excluded.length} found (${found.excluded.join(', ')}) are excluded`));
    }
    const pins = [];
    for (const target of found.files) {
        try {
            const template = templateFor(target.display, templates);
            let newTag = o.image.newTag;
            if (template && newTag !== undefined && newTag !== image_arg/* KEEP */.k9) {
                newTag = applyTemplate(template, newTag);
                const problem = (0,image_arg/* tagProblem */.qH)(newTag);
                if (problem)
                    throw new src/* UserError */.yo(`tag-templates line ${template.line}: ${problem}`, { file: target.display });
            }
            const source = (0,src/* readText */.yR)(target);
            const req = { name: o.image.name, newName: o.image.newName, newTag, digest: o.image.digest };
            const mode = o.merge ?? 'fields';
            const fileName = target.display.split('/').pop();
            const result = fastPlanPin(source, target.display, req, mode, fileName) ??
                (await planWithParser(source, target.display, req, mode, fileName));
            pins.push({
                ...result,
                target,
                ...(template ? { template } : {}),
                diff: (0,src/* unifiedDiff */.WH)(target.display, source, result.edits),
            });
        }
        catch (e) {
            if (!(e instanceof src/* UserError */.yo))
                throw e;
            errors.push(e);
        }
    }
    (0,src/* throwIfAny */.MI)(errors);
    return {
        pins,
        excluded: found.excluded,
        writes: pins.filter((p) => p.changed).map((p) => ({ path: p.target.path, content: p.text, original: p.source })),
    };
}

;// CONCATENATED MODULE: ./packages/kustomize-image/src/light.ts
// What the action needs, without the parser-backed planner (loaded on demand by run.ts).





;// CONCATENATED MODULE: ./actions/pin-kustomize-image/src/main.ts



const pinKustomizeImage = (0,action/* defineAction */.Q)({
    name: 'pin-kustomize-image',
    readInputs(inputs) {
        const errors = [];
        const attempt = (f) => {
            try {
                return f();
            }
            catch (e) {
                if (!(e instanceof src/* UserError */.yo))
                    throw e;
                errors.push(...('errors' in e && Array.isArray(e.errors) ? e.errors : [e]));
                return undefined;
            }
        };
        const files = inputs.lines('files');
        if (files.length === 0)
            errors.push(new src/* UserError */.yo("input 'files' is required: one file, directory or glob per line"));
        const image = attempt(() => (0,image_arg/* parseImageArg */.pJ)(inputs.required('image')));
        const templates = attempt(() => parseTagTemplates(inputs.lines('tag-templates'))) ?? [];
        const merge = attempt(() => inputs.choice('merge', ['fields', 'replace']));
        const dryRun = attempt(() => inputs.boolean('dry-run'));
        if (image)
            attempt(() => checkTemplatesHaveTag(image, templates));
        (0,src/* throwIfAny */.MI)(errors);
        return {
            files,
            image: image,
            templates,
            exclude: inputs.lines('exclude').map((l) => l.text),
            merge: merge,
            dryRun: dryRun,
        };
    },
    async run(inputs, ctx) {
        const plan = await planPins({ workspace: ctx.workspace, ...inputs });
        // Called with nothing to write too: it removes temp files a killed run left beside the files.
        if (!inputs.dryRun)
            (0,src/* writeFilesAtomically */.ik)(plan.writes);
        for (const p of plan.pins) {
            const where = `${p.target.display}:${p.line}`;
            if (!p.changed)
                ctx.info(`${where}: ${inputs.image.name} is already ${(0,entry/* formatEntry */.WL)(p.after)}`);
            else
                ctx.info(`${where}: ${inputs.image.name}: ${(0,entry/* formatEntry */.WL)(p.before) || '(new entry)'} -> ${(0,entry/* formatEntry */.WL)(p.after)}`);
        }
        for (const x of plan.excluded)
            ctx.info(`${x}: excluded`);
        const changed = plan.pins.filter((p) => p.changed);
        if (inputs.dryRun && changed.length > 0)
            ctx.info(`dry run: ${changed.length} file(s) were not written`);
        const diff = changed.map((p) => p.diff).join('');
        return {
            outputs: { 'changed-files': JSON.stringify(changed.map((p) => p.target.display)), diff },
            summary: src_main_summarize(inputs, plan.pins, plan.excluded, diff),
        };
    },
});
function src_main_summarize(inputs, pins, excluded, diff) {
    const changed = pins.filter((p) => p.changed);
    const title = `### pin-kustomize-image: ${(0,src/* code */.aY)(inputs.image.text)} (merge: ${inputs.merge})` +
        `${inputs.dryRun ? ', dry run, nothing written' : ''}\n\n`;
    const rows = pins.map((p) => [
        (0,src/* code */.aY)(p.target.display),
        (0,src/* code */.aY)(inputs.image.name),
        p.changed
            ? `${p.before ? (0,src/* code */.aY)((0,entry/* formatEntry */.WL)(p.before)) : '*(new entry)*'} → ${(0,src/* code */.aY)((0,entry/* formatEntry */.WL)(p.after))}`
            : `${(0,src/* code */.aY)((0,entry/* formatEntry */.WL)(p.after))} (unchanged)`,
    ]);
    const notes = [
        `${changed.length} of ${pins.length} file(s) ${inputs.dryRun ? 'would change' : 'changed'}.`,
        excluded.length > 0 ? `Excluded: ${excluded.map(src/* code */.aY).join(', ')}.` : '',
    ]
        .filter(Boolean)
        .join(' ');
    return `${title}${(0,src/* table */.tp)(['file', 'image', 'old → new'], rows)}\n${notes}\n${diff ? `\n${(0,src/* fenced */.OF)('diff', diff)}` : ''}`;
}

;// CONCATENATED MODULE: ./src/registry.ts




/** Every action the CLI can run, by name (the same definitions the bundles run). */
const REGISTRY = {
    [bumpVersionsYaml.name]: bumpVersionsYaml,
    [tagGoSubmodules.name]: tagGoSubmodules,
    [checkSnapshotterParity.name]: checkSnapshotterParity,
    [pinKustomizeImage.name]: pinKustomizeImage,
};

;// CONCATENATED MODULE: ./src/cli.ts





const meta = (name) => ACTIONS[name];
function usage() {
    const names = Object.keys(ACTIONS);
    const width = Math.max(...names.map((n) => n.length));
    const lines = names.map((n) => `  ${n.padEnd(width)}  ${firstSentence(meta(n).description)}`);
    return [
        'Usage: coco-release <action> [--input value ...]',
        '       coco-release <action> --help',
        '       coco-release demo',
        '',
        'Actions:',
        ...lines,
        '',
        "Inputs are the action's inputs from action.yml. Repeat a flag for a multi-line input",
        "(--set '.a=1' --set '.b=2'); a flag with no value means true (--dry-run).",
    ].join('\n');
}
function firstSentence(text) {
    const m = /^(.*?[.:])(\s|$)/.exec(text.replace(/\s+/g, ' '));
    return m ? m[1] : text;
}
function actionHelp(name) {
    const m = meta(name);
    const out = [
        `Usage: coco-release ${name} [--input value ...]`,
        '',
        m.description.replace(/\s+/g, ' '),
        '',
        'Inputs:',
    ];
    for (const [k, v] of Object.entries(m.inputs)) {
        const tags = [
            v.required ? 'required' : undefined,
            v.default !== undefined && v.default !== '' ? `default: ${v.default}` : undefined,
        ].filter(Boolean);
        out.push(`  --${k}${tags.length ? `  (${tags.join(', ')})` : ''}`, `      ${v.description.replace(/\s+/g, ' ')}`);
    }
    out.push('', 'Outputs:');
    for (const [k, v] of Object.entries(m.outputs))
        out.push(`  ${k}`, `      ${v.description.replace(/\s+/g, ' ')}`);
    return out.join('\n');
}
/** Parse `--name value`, `--name=value` and bare `--flag`; repeated names join with newlines. */
function parseFlags(action, args) {
    const m = meta(action);
    const values = new Map();
    for (let i = 0; i < args.length; i++) {
        const arg = args[i];
        if (!arg.startsWith('--'))
            throw new src/* UserError */.yo(`unexpected argument '${arg}': inputs are given as --name value`);
        const eq = arg.indexOf('=');
        const name = eq === -1 ? arg.slice(2) : arg.slice(2, eq);
        if (!(name in m.inputs)) {
            throw new src/* UserError */.yo(`${action} has no input '${name}'; its inputs are: ${Object.keys(m.inputs).join(', ')}`);
        }
        let value;
        if (eq !== -1)
            value = arg.slice(eq + 1);
        else if (i + 1 < args.length && !args[i + 1].startsWith('--'))
            value = args[++i];
        else
            value = 'true';
        values.set(name, [...(values.get(name) ?? []), value]);
    }
    return new Map([...values].map(([k, v]) => [k, v.join('\n')]));
}
/** Defaults that are workflow expressions (`${{ github.token }}`) mean nothing outside a workflow. */
function usableDefault(value) {
    return value === undefined || value.includes('${{') ? '' : value;
}
/**
 * The CLI may itself run in a workflow step, where the runner reads its stdout and stderr for workflow
 * commands: everything it prints goes through logLine (one message, one line) or logBlock (text with
 * deliberate line breaks: help, the summary, multi-line outputs).
 */
async function runCli(argv, rawIO) {
    const io = { ...rawIO, out: (t) => rawIO.out(logBlock(t)), err: (t) => rawIO.err(logBlock(t)) };
    const [command, ...rest] = argv;
    if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
        io.out(usage());
        return command === undefined ? 1 : 0;
    }
    if (command === 'demo') {
        const { runDemo } = await __nccwpck_require__.e(/* import() */ 20).then(__nccwpck_require__.bind(__nccwpck_require__, 9020));
        return runDemo(rest, io);
    }
    const def = REGISTRY[command];
    if (!def) {
        io.err(`coco-release: unknown action '${command}'\n\n${usage()}`);
        return 1;
    }
    if (rest.includes('--help') || rest.includes('-h')) {
        io.out(actionHelp(command));
        return 0;
    }
    const problems = [];
    const report = (kind) => (message, pos) => {
        const line = logLine(`${kind}: ${pos ? (0,src/* formatPositioned */.gP)(message, pos) : message}`);
        if (kind === 'error')
            problems.push(line);
        io.err(line);
    };
    const ctx = {
        workspace: io.env['GITHUB_WORKSPACE'] || io.cwd,
        env: io.env,
        info: (m) => io.err(logLine(m)),
        warning: report('warning'),
        error: report('error'),
        secret: () => undefined,
    };
    try {
        const flags = parseFlags(command, rest);
        const m = meta(command);
        const raw = (name) => {
            const v = flags.get(name);
            return v !== undefined && v.trim() !== '' ? v : usableDefault(m.inputs[name]?.default);
        };
        const inputs = def.readInputs((0,action/* inputsFrom */.W)(raw));
        const result = await def.run(inputs, ctx);
        if (result.summary)
            io.out(result.summary.trimEnd() + '\n');
        for (const [name, value] of Object.entries(result.outputs)) {
            if (value.includes('\n') && io.multilineOutputs === false)
                continue;
            io.out(value.includes('\n') ? `${name}<<EOF\n${value.replace(/\n$/, '')}\nEOF` : logLine(`${name}=${value}`));
        }
        if (result.failure !== undefined) {
            io.err(`error: ${result.failure}`);
            return 1;
        }
        return problems.length > 0 ? 1 : 0;
    }
    catch (e) {
        if ((0,src/* isUserError */.iU)(e)) {
            // One `error:` line per line of the message (git's own output, several errors at once).
            io.err(`error: ${e.toString()}`.replace(/\r?\n/g, '\nerror: '));
            return 1;
        }
        if ((0,src/* isStackOverflow */.fF)(e)) {
            io.err(`error: the input is nested too deeply to be processed (${e.message})`);
            return 1;
        }
        io.err(`coco-release ${command} failed unexpectedly: ${e?.stack ?? String(e)}`);
        return 2;
    }
}


/***/ }),

/***/ 5888:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Lx: () => (/* binding */ exitOnSignals),
  jQ: () => (/* binding */ writeStdout)
});

// UNUSED EXPORTS: annotation, inputEnvName, outputRecord, readRunnerInput, runAsStep, runOnRunner, workflowCommand

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
// EXTERNAL MODULE: ./packages/core/src/index.ts + 7 modules
var src = __nccwpck_require__(6299);
// EXTERNAL MODULE: ./src/action.ts
var action = __nccwpck_require__(2929);
;// CONCATENATED MODULE: ./src/generated/defaults.ts
// Generated by scripts/build.mjs from actions/*/action.yml: do not edit by hand.
const defaults_INPUT_DEFAULTS = {
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
        "network-timeout": "120",
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
    return `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`;
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
/** Set once stdout or stderr is closed (EPIPE): from then on nothing more is written to it. */
const runner_closed = new Set();
/**
 * Write to stdout (fd 1) directly: the first touch of `process.stdout` builds a stream object, which costs
 * a small action a fifth of its run time. Partial writes and a full non-blocking pipe (EAGAIN) are retried;
 * a closed pipe (EPIPE) ends the writing quietly, and the step's exit code still says how the action went.
 */
function writeStdout(text, fd = 1) {
    if (runner_closed.has(fd))
        return;
    let buf = Buffer.from(text, 'utf8');
    while (buf.length > 0) {
        try {
            buf = buf.subarray((0,external_node_fs_.writeSync)(fd, buf));
        }
        catch (e) {
            const code = e.code;
            if (code === 'EPIPE') {
                runner_closed.add(fd);
                return;
            }
            if (code !== 'EAGAIN')
                throw e;
        }
    }
}
/**
 * The runner cancels a step with SIGINT, then SIGTERM. File writes are synchronous, so a signal is handled
 * only between them: when it comes, remove any temp file still ours, say so, and exit (128 + the signal's
 * number, as a shell reports it). Without a handler Node would die at once, possibly in the middle of the
 * renames that replace several files.
 */
function exitOnSignals() {
    const signals = { SIGHUP: 129, SIGINT: 130, SIGTERM: 143 };
    for (const [name, code] of Object.entries(signals)) {
        process.once(name, () => {
            (0,src/* removeTempFiles */.mz)();
            writeStdout(`cancelled by ${name}${external_node_os_.EOL}`, 2);
            process.exit(code);
        });
    }
}
/** Run an action as a step: never throws; a failure sets process.exitCode = 1. */
async function runOnRunner(def, env = process.env) {
    // Every line printed here is either an escaped workflow command or passed through logLine/logBlock.
    const out = (line) => writeStdout(line + EOL);
    const ctx = {
        workspace: env['GITHUB_WORKSPACE'] || process.cwd(),
        env,
        info: (m) => out(logLine(m)),
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
                appendFileSync(outputFile, outputRecord(name, value), 'utf8');
            else
                out(logBlock(`${name}=${value}`));
        }
        const summaryFile = env['GITHUB_STEP_SUMMARY'];
        if (summaryFile && result.summary)
            appendFileSync(summaryFile, capSummary(result.summary + EOL), 'utf8');
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
        else if (isStackOverflow(e)) {
            // Recursion on the input that no check caught first: the input's fault, not a bug to report.
            out(annotation('error', `${def.name}: the input is nested too deeply to be processed (${e.message})`));
        }
        else {
            // A bug in this project, not a user mistake: keep the stack so it can be reported.
            out(annotation('error', `${def.name} failed unexpectedly: ${e?.message ?? String(e)}`));
            writeStdout(logBlock(`${e?.stack ?? String(e)}`) + EOL, 2);
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
    exitOnSignals();
    runOnRunner(def).then(() => process.exit(), (e) => {
        // runOnRunner reports every error itself; this is only a last resort.
        writeStdout(logBlock(`${e?.stack ?? String(e)}`) + EOL, 2);
        process.exit(1);
    });
}


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

/***/ 1421:
/***/ ((module) => {

module.exports = process.getBuiltinModule("node:child_process");

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

/***/ 8161:
/***/ ((module) => {

module.exports = process.getBuiltinModule("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = process.getBuiltinModule("node:path");

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
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
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
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
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
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
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
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(91);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
