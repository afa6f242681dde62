import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 8507:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  KQ: () => (/* reexport */ BodyTooLarge),
  yo: () => (/* reexport */ errors_UserError),
  NK: () => (/* reexport */ capSummary),
  aY: () => (/* reexport */ markdown_code),
  z3: () => (/* reexport */ formatBytes),
  fF: () => (/* reexport */ isStackOverflow),
  iU: () => (/* reexport */ isUserError),
  VX: () => (/* reexport */ onUndoableWork),
  yG: () => (/* reexport */ parseBoolean),
  HU: () => (/* reexport */ parseChoice),
  Li: () => (/* reexport */ parseLines),
  EF: () => (/* reexport */ readCapped),
  mz: () => (/* reexport */ removeTempFiles),
  oN: () => (/* reexport */ requireInput),
  Gh: () => (/* reexport */ retryWords),
  HI: () => (/* reexport */ sendWithRetries),
  tp: () => (/* reexport */ markdown_table)
});

// UNUSED EXPORTS: LineIndex, OCI_TAG, SUMMARY_LIMIT, UserErrors, applyEdits, applyFileEdits, backoffMs, beforeUndoableWork, changesTable, checkFileEdits, collectErrors, decodeUtf8, detectEol, editDiff, escapeCell, fenced, fileChanges, fileDiff, formatPositioned, fsErrorReason, hasGitSegment, invalidUtf8Offset, isChanged, lineEdits, readIfPresent, readText, removeStaleTempFiles, resolveInWorkspace, resolveNewInWorkspace, retryAfterMs, sleep, sortEdits, text, throwIfAny, unifiedDiff, writeFilesAtomically

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
/** V8's RangeError for a recursion that ran out of stack: on user input, a file nested too deeply. */
function isStackOverflow(e) {
    return e instanceof RangeError && /Maximum call stack size exceeded/.test(e.message);
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
function errors_throwIfAny(errors) {
    if (errors.length === 1)
        throw errors[0];
    if (errors.length > 1)
        throw new UserErrors(errors);
}
/**
 * For a run that checks several independent things and reports every problem at once: `attempt(step)`
 * returns the step's result, or undefined when it threw UserErrors, which are kept in `errors`. Anything
 * else (a bug) is thrown at once.
 */
function collectErrors() {
    const errors = [];
    return {
        errors,
        attempt(step) {
            try {
                return step();
            }
            catch (e) {
                if (!(e instanceof errors_UserError))
                    throw e;
                errors.push(...(e instanceof UserErrors ? e.errors : [e]));
                return undefined;
            }
        },
    };
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
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
function utf8_decodeUtf8(bytes, display) {
    if (isUtf8(bytes))
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
 * True when a path has a `.git` segment (the repository's own directory, or a gitfile): git runs what its
 * config says (core.fsmonitor, hooks), so whoever can write there runs commands in the job. Compared without
 * case, as a case-insensitive file system (and git on it) would. `.github`, `.gitignore` are other names.
 */
function hasGitSegment(path) {
    const lower = path.toLowerCase();
    return lower.includes('.git') && lower.split(/[\\/]+/).includes('.git');
}
function refuseGit(file, ...paths) {
    if ([file, ...paths].some(hasGitSegment)) {
        throw new UserError(`refusing to touch ${file}: it is inside .git, git's own data (config, hooks), which no release action reads or writes`, { file });
    }
}
/**
 * Resolve `file` against the workspace and refuse anything that ends up outside it (including through a
 * symlink): a release action must never edit files the workflow did not check out. Nor anything with a
 * `.git` segment, as named or once symlinks are resolved (hasGitSegment): every action's files come
 * through here or resolveNewInWorkspace, so this is the one place of that rule.
 */
function files_resolveInWorkspace(file, workspace) {
    refuseGit(file);
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
    if (real === root || real === inside)
        throw new UserError(`not a file: ${file} (it is the workspace directory)`, { file });
    if (!real.startsWith(inside)) {
        throw new UserError(`refusing to touch ${file}: it is outside the workspace ${root}`, { file });
    }
    const rel = real.slice(inside.length);
    refuseGit(file, rel);
    if (!statSync(real).isFile())
        throw new UserError(`not a file: ${file}`, { file });
    return { path: real, display: sep === '/' ? rel : rel.split(sep).join('/') };
}
/**
 * The text of a file that may be absent (a Chart.lock not made yet): undefined when nothing is at that path;
 * anything there is resolved as resolveInWorkspace does (so a path outside the workspace or in .git is
 * refused as such, not taken for a missing file) and read with readText.
 */
function readIfPresent(file, workspace) {
    refuseGit(file);
    try {
        lstatSync(isAbsolute(file) ? file : resolve(workspace, file));
    }
    catch {
        return undefined;
    }
    return readText(files_resolveInWorkspace(file, workspace));
}
/**
 * A file that may not exist yet (a Chart.lock to create): an existing one is resolved as resolveInWorkspace
 * does; a new one must go into a directory that is inside the workspace, symlinks resolved.
 */
function files_resolveNewInWorkspace(file, workspace) {
    refuseGit(file);
    const root = realpathSync.native(workspace);
    const absolute = isAbsolute(file) ? file : resolve(root, file);
    let exists = true;
    try {
        lstatSync(absolute);
    }
    catch {
        exists = false;
    }
    if (exists)
        return { ...files_resolveInWorkspace(file, workspace), exists };
    const cut = absolute.lastIndexOf(sep);
    const name = absolute.slice(cut + 1);
    let dir;
    try {
        dir = realpathSync.native(absolute.slice(0, cut) || sep);
    }
    catch {
        throw new UserError(`directory not found for ${file}`, { file });
    }
    const inside = root.endsWith(sep) ? root : root + sep;
    if (!(dir + sep).startsWith(inside) || name === '' || name === '.' || name === '..') {
        throw new UserError(`refusing to create ${file}: it is outside the workspace ${root}`, { file });
    }
    const rel = `${dir}${sep}${name}`.slice(inside.length);
    refuseGit(file, rel);
    return { path: `${dir}${sep}${name}`, display: sep === '/' ? rel : rel.split(sep).join('/'), exists };
}
/**
 * Why a file operation failed, in words, for the errors a user can meet and fix (permissions, a full or
 * read-only disk, a busy mount point); anything else keeps Node's own message.
 */
function fsErrorReason(e) {
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
    // libuv has no name for some errors (EDQUOT: "Unknown system error -122"); the number still says which.
    const name = err?.code && Object.hasOwn(words, err.code)
        ? err.code
        : typeof err?.errno === 'number'
            ? Object.keys(words).find((n) => constants.errno[n] === -err.errno)
            : undefined;
    if (name)
        return `${words[name]} (${name})`;
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
        fd = openSync(file.path, 'r');
        const st = fstatSync(fd, { bigint: true });
        bytes = readFileSync(fd);
        seen.set(file.path, { display: file.display, size: st.size, mtimeNs: st.mtimeNs });
    }
    catch (e) {
        if (!isErrno(e))
            throw e;
        throw new UserError(`cannot read ${file.display}: ${fsErrorReason(e)}`, { file: file.display });
    }
    finally {
        if (fd !== undefined)
            closeSync(fd);
    }
    return decodeUtf8(bytes, file.display);
}
/**
 * Temp files are named `.NAME.coco-release-PID-RANDOM.tmp` beside their target, so that a later run can
 * recognise the ones a killed run left behind (and git users can ignore them by pattern).
 */
const TEMP_NAME = /^\..*\.coco-release-(\d+)-[0-9a-z]+\.tmp$/;
/** A temp file this old belongs to no running write, whatever its process id says (ids are reused). */
const STALE_AFTER_MS = (/* unused pure expression or super */ null && (10 * 60 * 1000));
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
            names = readdirSync(dir);
        }
        catch {
            continue;
        }
        for (const name of names) {
            const m = TEMP_NAME.exec(name);
            if (!m)
                continue;
            const path = `${dir}${sep}${name}`;
            if (live.has(path))
                continue;
            let old;
            try {
                const st = lstatSync(path);
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
    return path.slice(0, path.lastIndexOf(sep)) || sep;
}
/**
 * Write every file or none: replace, create and delete as one. Each new content goes to a temp file beside
 * its target (same file system, the target's mode and, where the process may, its owner; a new file gets
 * 0644 as `helm dependency update` gives Chart.lock), and only when every temp file is complete, and every
 * target still holds exactly what was read (size, modification time, bytes; or still does not exist), are
 * they renamed over their targets and the files to delete moved aside, then removed. If a step fails,
 * everything already done is undone. Every failure is a UserError naming the file, with no temp file left.
 * Also removes temp files that killed runs left beside the files this process read or writes, so call it
 * (with no writes) even when nothing changed.
 */
let tempCounter = 0;
function tempName(path) {
    // Beside the target (string slicing: the path is absolute and canonical, path.join would normalise it
    // again); unique enough, and 'wx' refuses an existing name. node:crypto is not worth its load time here.
    const cut = path.lastIndexOf(sep) + 1;
    return `${path.slice(0, cut)}.${path.slice(cut, cut + 180)}.coco-release-${process.pid}-${(tempCounter++).toString(36)}${Math.random().toString(36).slice(2, 8)}.tmp`;
}
function files_writeFilesAtomically(writes) {
    removeStaleTempFiles([...[...seen.keys()].map(dirOf), ...writes.map((w) => dirOf(w.path))]);
    if (writes.length === 0)
        return;
    beforeUndoableWork();
    const display = (path) => seen.get(path)?.display ?? path;
    const temps = [];
    const cleanUp = () => {
        for (const t of temps) {
            safeUnlink(t.tmp);
            live.delete(t.tmp);
        }
    };
    for (const w of writes) {
        if (w.content === null)
            continue;
        const tmp = tempName(w.path);
        try {
            writeTemp(tmp, w.original === null ? undefined : w.path, w.content, () => temps.push({ tmp, w }));
        }
        catch (e) {
            cleanUp();
            if (!isErrno(e))
                throw e;
            throw new UserError(`cannot write ${display(w.path)}: ${fsErrorReason(e)}; no file was changed`, {
                file: display(w.path),
            });
        }
    }
    const changed = writes.filter((w) => w.original === null ? existsSync(w.path) : !unchangedSinceRead(w.path, w.original));
    if (changed.length > 0) {
        cleanUp();
        throwIfAny(changed.map((w) => new UserError(`${display(w.path)} ${w.original === null ? 'appeared' : 'changed'} on disk while this run was working on it; no file was written (run again to work on the new content)`, { file: display(w.path) })));
    }
    // Replaced and created files, then deleted ones moved aside (to put back if a later step fails).
    const done = [];
    let failed;
    try {
        for (const t of temps) {
            failed = t.w;
            renameSync(t.tmp, t.w.path);
            live.delete(t.tmp);
            done.push({ w: t.w });
        }
        for (const w of writes) {
            if (w.content !== null)
                continue;
            failed = w;
            const aside = tempName(w.path);
            live.add(aside);
            renameSync(w.path, aside);
            done.push({ w, aside });
        }
    }
    catch (e) {
        cleanUp();
        for (const d of done.reverse()) {
            if (d.aside) {
                renameSync(d.aside, d.w.path);
                live.delete(d.aside);
            }
            else if (d.w.original === null)
                safeUnlink(d.w.path);
            else
                writeFileSync(d.w.path, d.w.original);
        }
        if (!isErrno(e))
            throw e;
        throw new UserError(`cannot ${failed?.content === null ? 'delete' : 'replace'} ${display(failed.path)}: ${fsErrorReason(e)}; ${done.length > 0 ? 'the files already changed got their old content back, ' : ''}no file was changed`, { file: display(failed.path) });
    }
    for (const d of done) {
        if (!d.aside)
            continue;
        safeUnlink(d.aside);
        live.delete(d.aside);
    }
}
/**
 * Create `tmp` holding `content` with the mode and owner of `target`. Not fsync'd: a rename over a file
 * survives a killed process either way, and flushing would cost every run for the sake of power losses on
 * a runner whose disk is thrown away with the job.
 */
function writeTemp(tmp, target, content, created) {
    const st = target === undefined ? undefined : statSync(target);
    const fd = openSync(tmp, 'wx', st ? 0o600 : 0o644);
    live.add(tmp);
    created();
    try {
        writeFileSync(fd, content, 'utf8');
        if (!st)
            return; // a new file: 0644 less the umask, owned by whoever runs the action
        // The umask applied at creation; the target's mode is what the file must keep (664 stays 664).
        fchmodSync(fd, st.mode & 0o7777);
        if (st.uid !== process.getuid?.() || st.gid !== process.getgid?.()) {
            try {
                fchownSync(fd, st.uid, st.gid);
            }
            catch {
                // Only root (or a member of the group) may: the file then belongs to whoever runs the action.
            }
        }
    }
    finally {
        closeSync(fd);
    }
}
/** The file still holds what readText read: same size and modification time (when known) and same bytes. */
function unchangedSinceRead(path, original) {
    try {
        const before = seen.get(path);
        if (before) {
            const now = statSync(path, { bigint: true });
            if (now.size !== before.size || now.mtimeNs !== before.mtimeNs)
                return false;
        }
        return readFileSync(path).equals(Buffer.from(original, 'utf8'));
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

;// CONCATENATED MODULE: ./packages/core/src/file-edit.ts




function isChanged(edit) {
    return edit.before !== edit.after;
}
/** The edit's unified diff (`git diff` style, /dev/null for a created or deleted file); '' when it changes nothing. */
function editDiff(edit) {
    if (edit.before === edit.after)
        return '';
    if (edit.edits && edit.before !== null)
        return unifiedDiff(edit.file, edit.before, edit.edits);
    return fileDiff(edit.file, edit.before, edit.after);
}
function fileChanges(edits) {
    return edits.flatMap((e) => e.changes.map((c) => ({ file: e.file, ...c })));
}
/**
 * The contract every planned edit keeps, checked before anything is written: one edit per file, its byte
 * edits give exactly its new text (so the diff shows what is written), and a changed file names what changed
 * (so the summary does). A broken one is a bug in its editor, not a user error.
 */
function checkFileEdits(edits) {
    const files = new Set();
    for (const e of edits) {
        const broken = (why) => {
            throw new Error(`internal error: the planned edit of ${e.file} ${why}; nothing was written`);
        };
        if (files.has(e.file))
            broken('comes twice');
        files.add(e.file);
        if (e.before === null && e.after === null)
            broken('has no text before nor after');
        if (e.before !== e.after && e.changes.length === 0)
            broken('changes the file but names no change');
        if (e.edits && (e.before === null || e.after === null || applyEdits(e.before, e.edits) !== e.after))
            broken('does not give its new text from its byte edits');
    }
}
/**
 * The one way planned edits reach the disk: check them (checkFileEdits), diff them, resolve every file inside
 * the workspace (a new one beside an existing directory), then write them all or none (writeFilesAtomically),
 * or nothing in a dry run. Every path is resolved before any file is written, in a dry run too.
 */
function applyFileEdits(edits, options) {
    checkFileEdits(edits);
    const files = edits.filter(isChanged);
    const diff = files.map(editDiff).join('');
    const writes = files.map((e) => {
        const target = e.before === null
            ? resolveNewInWorkspace(e.file, options.workspace)
            : resolveInWorkspace(e.file, options.workspace);
        return { path: target.path, original: e.before, content: e.after };
    });
    // Called with nothing to write too: it removes temp files a killed run left beside the files.
    if (!options.dryRun)
        writeFilesAtomically(writes);
    return { files, changed: files.length > 0, diff };
}
/** The changes of some edits as a Markdown table, one row per change, with the columns an action shows. */
function changesTable(edits, columns, options = {}) {
    const created = options.created ?? '*(none)*';
    const removed = options.removed ?? '*(removed)*';
    const value = (v, none) => (v === null ? none : code(v));
    const cell = (kind, file, c, inPlace) => {
        switch (kind) {
            case 'file':
                return code(file);
            case 'file:line':
                return code(c.line === undefined ? file : `${file}:${c.line}`);
            case 'site':
                return code(c.site);
            case 'line':
                return c.line === undefined ? '' : String(c.line);
            case 'old':
                return value(c.old, created);
            case 'new':
                return value(c.new, removed);
            case 'old → new':
                return inPlace ? `${value(c.new, removed)} (unchanged)` : `${value(c.old, created)} → ${value(c.new, removed)}`;
        }
    };
    const row = (file, c, inPlace) => columns.map(([, kind]) => cell(kind, file, c, inPlace));
    const rows = edits.flatMap((e) => [
        ...e.changes.map((c) => row(e.file, c, false)),
        ...(options.unchanged ? (e.unchanged ?? []).map((c) => row(e.file, c, true)) : []),
    ]);
    return table(columns.map(([header]) => header), rows);
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
function markdown_code(raw) {
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
function markdown_table(headers, rows) {
    const line = (cells) => `| ${cells.map(escapeCell).join(' | ')} |`;
    return [line(headers), `| ${headers.map(() => '---').join(' | ')} |`, ...rows.map(line)].join('\n') + '\n';
}
function fenced(language, body) {
    const longest = body.includes('```') ? Math.max(...body.match(/`{3,}/g).map((m) => m.length)) : 2;
    const fence = '`'.repeat(longest + 1);
    return `${fence}${language}\n${body.endsWith('\n') ? body : body + '\n'}${fence}\n`;
}
/** The runner refuses a step's job summary above 1 MiB (and then shows none of it). */
const SUMMARY_LIMIT = 1024 * 1024;
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

;// CONCATENATED MODULE: ./packages/core/src/http.ts
/**
 * The HTTP layer both clients share (the GitHub client's fetch in src/github/fetch.ts, the registry
 * client's Http in packages/oci-registry): the retry loop, waits between attempts, Retry-After, a body
 * read with a cap. Each client keeps only its policy (which answers and errors to retry, how to word a
 * retry, which errors it throws).
 */
function sleep(ms) {
    return new Promise((resolve) => setTimeout(resolve, ms));
}
/** The wait before retry `attempt` (0-based) when the server names none: 0.5 s, 1 s, 2 s…, at most `maxDelayMs`. */
function backoffMs(attempt, maxDelayMs) {
    return Math.min(500 * 2 ** attempt, maxDelayMs);
}
/** Retry-After in milliseconds (seconds, or an HTTP date), or undefined when absent or unreadable. */
function retryAfterMs(value, now = Date.now()) {
    if (value === null || value === undefined || value.trim() === '')
        return undefined;
    const v = value.trim();
    if (/^\d+(\.\d+)?$/.test(v))
        return Number(v) * 1000;
    const at = Date.parse(v);
    return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}
function formatBytes(n) {
    if (n >= 1024 * 1024 && n % (1024 * 1024) === 0)
        return `${n / (1024 * 1024)} MiB`;
    if (n >= 1024 && n % 1024 === 0)
        return `${n / 1024} KiB`;
    return `${n} bytes`;
}
/** A body went past the limit of a capped read; nothing after the limit was read. */
class BodyTooLarge extends Error {
    limit;
    constructor(limit) {
        super(`the answer is larger than ${formatBytes(limit)}`);
        this.limit = limit;
        this.name = 'BodyTooLarge';
    }
}
/**
 * A body, counted as it arrives (after decompression: fetch inflates transparently) and abandoned past
 * `limit` bytes, so a gzip bomb never expands in memory. `stop` runs first when the limit is passed (to
 * abort the connection too); errors of the stream itself (a timeout, a reset) propagate as they are.
 */
async function readCapped(body, limit, stop) {
    if (body === null)
        return new Uint8Array(0);
    const reader = body.getReader();
    const chunks = [];
    let total = 0;
    for (;;) {
        const { done, value } = await reader.read();
        if (done)
            break;
        total += value.byteLength;
        if (total > limit) {
            stop?.();
            // Not awaited: a stream that is being aborted need not say when it is done.
            void reader.cancel().catch(() => undefined);
            throw new BodyTooLarge(limit);
        }
        chunks.push(value);
    }
    const out = new Uint8Array(total);
    let at = 0;
    for (const c of chunks) {
        out.set(c, at);
        at += c.byteLength;
    }
    return out;
}
function seconds(ms, digits) {
    return `${Number((ms / 1000).toFixed(digits))} s`;
}
/** `answered HTTP 503: retry 1 of 3 in 0.5 s (Retry-After)`, with the wait rounded to `digits` decimals. */
function retryWords(r, digits) {
    const when = `in ${seconds(r.waitMs, digits)}${r.askedByServer ? ' (Retry-After)' : ''}`;
    return `${r.why}: retry ${r.retry} of ${r.of} ${when}`;
}
function defaultWait(attempt, retryAfter, maxDelayMs) {
    if (retryAfter !== undefined && Number.isFinite(retryAfter))
        return Math.min(retryAfter, maxDelayMs);
    return backoffMs(attempt, maxDelayMs);
}
/**
 * Send (`send(attempt)`, 0-based, opens one attempt: its own timeout, its own body) until an answer is not
 * worth retrying or the retries run out. An error `retryError` does not name is thrown at once; the last
 * attempt's error is thrown as it is, so `send` builds the error it wants the caller to see. The body of
 * an answer that is retried is discarded so the connection can be reused.
 */
async function sendWithRetries(send, policy) {
    const wait = (attempt, retryAfter) => policy.delay ? policy.delay(attempt, retryAfter) : defaultWait(attempt, retryAfter, policy.maxDelayMs);
    for (let attempt = 0;; attempt++) {
        let response;
        try {
            response = await send(attempt);
        }
        catch (e) {
            const why = policy.retryError?.(e);
            if (why === undefined || attempt >= policy.retries)
                throw e;
            await announceAndWait(policy, {
                why,
                retry: attempt + 1,
                of: policy.retries,
                waitMs: wait(attempt, undefined),
                askedByServer: false,
            });
            continue;
        }
        if (!policy.statuses.has(response.status) || attempt >= policy.retries)
            return { response, attempts: attempt + 1 };
        const retryAfter = retryAfterMs(response.headers.get('retry-after'));
        if (retryAfter !== undefined && retryAfter > policy.maxDelayMs && policy.longRetryAfter === 'give-up') {
            return { response, attempts: attempt + 1 };
        }
        await response.body?.cancel().catch(() => undefined);
        const why = policy.describe?.(response) ?? `answered HTTP ${response.status}`;
        const waitMs = wait(attempt, retryAfter);
        await announceAndWait(policy, {
            why,
            retry: attempt + 1,
            of: policy.retries,
            waitMs,
            askedByServer: retryAfter !== undefined,
        });
    }
}
async function announceAndWait(policy, retry) {
    policy.onRetry?.(retry);
    await sleep(retry.waitMs);
}

;// CONCATENATED MODULE: ./packages/core/src/signals.ts
/**
 * When a process may take the runner's cancel (SIGINT, SIGTERM) in its stride and when it must clean up
 * first. A JavaScript signal handler runs only between synchronous stretches of work, so a process that has
 * one cannot be cancelled during a long computation (a pattern match on a large file). So the handlers are
 * installed only when there is something to undo: right before the first temp file is written or the first
 * child process started. Until then a signal kills the process at once, which leaves nothing behind.
 */
let install;
/** What beforeUndoableWork runs, once (the runner's signal handlers); unset, nothing is installed. */
function onUndoableWork(installer) {
    install = installer;
}
/** Work whose interruption must be cleaned up (temp files, child processes) is about to start. */
function signals_beforeUndoableWork() {
    const f = install;
    install = undefined;
    f?.();
}

;// CONCATENATED MODULE: ./packages/core/src/index.ts













/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

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
var __webpack_exports__ = {};

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
// EXTERNAL MODULE: ./packages/core/src/index.ts + 9 modules
var src = __nccwpck_require__(8507);
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
    "apply-release-pins": {
        "manifest": ".github/release-pins.yaml",
        "vars": "",
        "vars-from-sites": "",
        "digest-of": "",
        "verify-images": "false",
        "pin-by-digest": "false",
        "registry-username": "",
        "registry-token": "",
        "allow-shared-anchor": "false",
        "dry-run": "false"
    },
    "bump-helm-chart": {
        "version": "",
        "allow-downgrade": "false",
        "lock-exclude": "",
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
        "token": "${{ github.token }}",
        "normalize": "true",
        "fail-on-mismatch": "true"
    },
    "check-workflow-inputs": {},
    "describe-pin-changes": {
        "footer": ""
    },
    "freeze-branch": {
        "branch": "",
        "repository": "",
        "dry-run": "false"
    },
    "github-release": {
        "commit": "",
        "body": "",
        "require-checks": "true",
        "allow-no-checks": "false",
        "required-checks": "",
        "token": "${{ github.token }}",
        "repository": "",
        "dry-run": "false"
    },
    "latest-release": {
        "repository": "kata-containers/kata-containers",
        "token": "${{ github.token }}"
    },
    "next-version": {
        "tag-format": "v{version}",
        "bump": "minor",
        "preid": "",
        "components": "",
        "version": "",
        "candidate-of": "",
        "current": "",
        "allow-downgrade": "false",
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
    "release-train": {
        "target": "",
        "versions": "",
        "graph": "",
        "dispatch": "false",
        "token": "${{ github.token }}",
        "update-issue": "",
        "repository": "",
        "fail-on-blocked": "false"
    },
    "resolve-image": {
        "candidates": "commits",
        "ref": "HEAD",
        "tag-template": "{sha}",
        "max-commits": "50",
        "token": "",
        "username": ""
    },
    "tag-actions-release": {
        "repository": "confidential-containers/coco-release-actions"
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
        "require-checks": "false",
        "allow-no-checks": "false",
        "required-checks": "",
        "token": "${{ github.token }}",
        "repository": "",
        "dry-run": "false"
    },
    "update-go-modules": {
        "dry-run": "false"
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
    return `${name}<<${delimiter}${external_node_os_.EOL}${value}${external_node_os_.EOL}${delimiter}${external_node_os_.EOL}`;
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
 * renames that replace several files. The handlers go in only when the first file is about to be written
 * or the first git started (onUndoableWork): before that a signal kills the step at once, even in the middle
 * of a long synchronous computation, during which no JavaScript handler could run.
 */
function exitOnSignals() {
    (0,src/* onUndoableWork */.VX)(() => {
        const signals = { SIGHUP: 129, SIGINT: 130, SIGTERM: 143 };
        for (const [name, code] of Object.entries(signals)) {
            process.once(name, () => {
                (0,src/* removeTempFiles */.mz)();
                writeStdout(`cancelled by ${name}${external_node_os_.EOL}`, 2);
                process.exit(code);
            });
        }
    });
}
/**
 * Run an action as a step under the runner protocol: outputs and summary to their files, everything else
 * written through `write`. Never throws; returns the step's exit code.
 */
async function runStep(def, env, write = writeStdout) {
    // Every line printed here is either an escaped workflow command or passed through logLine/logBlock.
    const out = (line) => write(line + external_node_os_.EOL, 1);
    let code = 0;
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
                (0,external_node_fs_.appendFileSync)(outputFile, outputRecord(name, value), 'utf8');
            else
                out(logBlock(`${name}=${value}`));
        }
        const summaryFile = env['GITHUB_STEP_SUMMARY'];
        if (summaryFile && result.summary)
            (0,external_node_fs_.appendFileSync)(summaryFile, (0,src/* capSummary */.NK)(result.summary + external_node_os_.EOL), 'utf8');
        if (result.failure !== undefined) {
            out(annotation('error', result.failure));
            code = 1;
        }
    }
    catch (e) {
        code = 1;
        if ((0,src/* isUserError */.iU)(e)) {
            const errors = 'errors' in e && Array.isArray(e.errors) ? e.errors : [e];
            for (const err of errors)
                out(annotation('error', err.toString(), err.position));
        }
        else if ((0,src/* isStackOverflow */.fF)(e)) {
            // Recursion on the input that no check caught first: the input's fault, not a bug to report.
            out(annotation('error', `${def.name}: the input is nested too deeply to be processed (${e.message})`));
        }
        else {
            // A bug in this project, not a user mistake: keep the stack so it can be reported.
            out(annotation('error', `${def.name} failed unexpectedly: ${e?.message ?? String(e)}`));
            write(logBlock(`${e?.stack ?? String(e)}`) + external_node_os_.EOL, 2);
        }
    }
    return code;
}
/** Run an action as a step: never throws; a failure sets process.exitCode = 1. */
async function runOnRunner(def, env = process.env) {
    if ((await runStep(def, env)) !== 0)
        process.exitCode = 1;
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
        writeStdout(logBlock(`${e?.stack ?? String(e)}`) + external_node_os_.EOL, 2);
        process.exit(1);
    });
}

;// CONCATENATED MODULE: ./src/github/repository.ts

/** OWNER/NAME as GitHub spells a repository. */
const REPOSITORY = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/;
/** The `repository` input, checked when given ('' stays '': the workflow's repository, see below). */
function repositoryInput(value) {
    if (value !== '' && !REPOSITORY.test(value))
        throw new src/* UserError */.yo(`input 'repository' must be OWNER/NAME, got '${value}'`);
    return value;
}
/**
 * The repository a step works on: the `repository` input, else the workflow's own (GITHUB_REPOSITORY).
 * `why` prefixes the message when neither is set (the input that needs it, e.g. `require-checks: `).
 */
function workflowRepository(input, env, why = '') {
    const repository = input || env['GITHUB_REPOSITORY']?.trim() || '';
    if (repository === '')
        throw new src/* UserError */.yo(`${why}input 'repository' is empty and GITHUB_REPOSITORY is not set`);
    if (!REPOSITORY.test(repository))
        throw new src/* UserError */.yo(`GITHUB_REPOSITORY must be OWNER/NAME, got '${repository}'`);
    return repository;
}

;// CONCATENATED MODULE: ./actions/freeze-branch/src/main.ts



const freezeBranch = defineAction({
    name: 'freeze-branch',
    readInputs(inputs) {
        const branch = inputs.string('branch');
        // A branch name as git allows it, without anything a URL path would reinterpret.
        if (branch !== '' && (!/^[A-Za-z0-9._/-]+$/.test(branch) || branch.startsWith('-') || branch.includes('..')))
            throw new src/* UserError */.yo(`input 'branch' must be a branch name such as main, got '${branch}'`);
        const repository = repositoryInput(inputs.string('repository'));
        const token = inputs.string('token');
        if (token === '')
            throw new src/* UserError */.yo("input 'token' is empty: freezing a branch needs a token that administers the repository (an admin token secret)");
        return {
            lock: inputs.boolean('lock'),
            branch,
            repository,
            token,
            dryRun: inputs.boolean('dry-run'),
        };
    },
    async run(inputs, ctx) {
        const repository = workflowRepository(inputs.repository, ctx.env);
        ctx.secret(inputs.token);
        const [owner, repo] = repository.split('/');
        const { createGithubClient } = await __nccwpck_require__.e(/* import() */ 584).then(__nccwpck_require__.bind(__nccwpck_require__, 6584));
        const { setBranchLock } = await __nccwpck_require__.e(/* import() */ 296).then(__nccwpck_require__.bind(__nccwpck_require__, 8296));
        const client = await createGithubClient({ token: inputs.token, env: ctx.env, onRetry: (line) => ctx.info(line) });
        let branch = inputs.branch;
        if (branch === '') {
            try {
                const r = await client.request('GET /repos/{owner}/{repo}', { owner, repo });
                branch = r.data.default_branch;
            }
            catch (e) {
                throw new src/* UserError */.yo(`reading ${repository}: ${client.explain(e, { forbidden: `the token needs to administer ${repository}` })}`);
            }
        }
        const result = await setBranchLock(client, { owner, repo, branch }, inputs.lock, inputs.dryRun);
        const state = result.locked ? '🔒 frozen (read-only)' : '🔓 open';
        const did = !result.changed
            ? `already ${result.locked ? 'locked' : 'unlocked'}: nothing to do`
            : inputs.dryRun
                ? `dry run: would have ${result.action}`
                : result.action;
        ctx.info(`${repository} ${branch}: ${did}`);
        const title = `### freeze-branch: ${(0,src/* code */.aY)(branch)} is ${state}${inputs.dryRun && result.changed ? ' (dry run, nothing changed)' : ''}\n\n`;
        const summary = title +
            (0,src/* table */.tp)(['repository', 'branch', 'before', 'after', 'what this step did'], [
                [
                    (0,src/* code */.aY)(repository),
                    (0,src/* code */.aY)(branch),
                    result.wasLocked ? 'locked' : 'unlocked',
                    result.locked ? 'locked' : 'unlocked',
                    did,
                ],
            ]);
        return {
            outputs: { locked: String(result.locked), changed: String(result.changed), branch },
            summary,
        };
    },
});

;// CONCATENATED MODULE: ./actions/freeze-branch/src/index.ts


runAsStep(freezeBranch);

