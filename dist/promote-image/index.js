import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
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

;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
;// CONCATENATED MODULE: external "node:buffer"
const external_node_buffer_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");
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
        (0,external_node_fs_namespaceObject.unlinkSync)(path);
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

;// CONCATENATED MODULE: ./packages/core/src/oci.ts
/**
 * An OCI image tag, the distribution spec's grammar: a letter, digit or '_', then letters, digits, '.', '_'
 * or '-', at most 128 characters in all. The registry client, kustomize's images, the release pins and the
 * workflows' inputs all accept exactly this.
 */
const OCI_TAG = /^[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$/;

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
            buf = buf.subarray((0,external_node_fs_namespaceObject.writeSync)(fd, buf));
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
    onUndoableWork(() => {
        const signals = { SIGHUP: 129, SIGINT: 130, SIGTERM: 143 };
        for (const [name, code] of Object.entries(signals)) {
            process.once(name, () => {
                removeTempFiles();
                writeStdout(`cancelled by ${name}${external_node_os_namespaceObject.EOL}`, 2);
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
    const out = (line) => write(line + external_node_os_namespaceObject.EOL, 1);
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
                (0,external_node_fs_namespaceObject.appendFileSync)(outputFile, outputRecord(name, value), 'utf8');
            else
                out(logBlock(`${name}=${value}`));
        }
        const summaryFile = env['GITHUB_STEP_SUMMARY'];
        if (summaryFile && result.summary)
            (0,external_node_fs_namespaceObject.appendFileSync)(summaryFile, capSummary(result.summary + external_node_os_namespaceObject.EOL), 'utf8');
        if (result.failure !== undefined) {
            out(annotation('error', result.failure));
            code = 1;
        }
    }
    catch (e) {
        code = 1;
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
            write(logBlock(`${e?.stack ?? String(e)}`) + external_node_os_namespaceObject.EOL, 2);
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
        writeStdout(logBlock(`${e?.stack ?? String(e)}`) + external_node_os_namespaceObject.EOL, 2);
        process.exit(1);
    });
}

;// CONCATENATED MODULE: ./packages/oci-registry/src/reference.ts

const DOCKER_HUB = 'docker.io';
/** Docker Hub's API host: `docker.io` itself only redirects browsers. */
const DOCKER_HUB_API = 'registry-1.docker.io';
const DIGEST_PATTERN = /^(?:sha256:[a-f0-9]{64}|sha512:[a-f0-9]{128})$/;
const COMPONENT = '[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*';
const REPOSITORY_PATTERN = new RegExp(`^${COMPONENT}(?:/${COMPONENT})*$`);
const HOST_LABEL = '[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?';
const REGISTRY_PATTERN = new RegExp(`^(?:${HOST_LABEL}(?:\\.${HOST_LABEL})*|\\[[0-9A-Fa-f:.]+\\])(?::([0-9]{1,5}))?$`);
/** distribution/reference's NameTotalLengthMax. */
const MAX_NAME_LENGTH = 255;
function reference_tagProblem(tag) {
    if (tag === '')
        return 'the tag is empty';
    if (OCI_TAG.test(tag))
        return undefined;
    if (tag.length > 128)
        return `the tag is ${tag.length} characters long; at most 128 are allowed`;
    return `invalid tag '${tag}': a tag is a letter, digit or '_' followed by letters, digits, '.', '_' or '-'`;
}
function digestProblem(digest) {
    if (DIGEST_PATTERN.test(digest))
        return undefined;
    return `invalid digest '${digest}': expected sha256: and 64 lowercase hex digits (or sha512: and 128)`;
}
function registryProblem(registry) {
    const m = REGISTRY_PATTERN.exec(registry);
    if (!m)
        return `invalid registry '${registry}'`;
    if (m[1] !== undefined && (Number(m[1]) < 1 || Number(m[1]) > 65535)) {
        return `invalid port in registry '${registry}'`;
    }
    return undefined;
}
function repositoryProblem(repository) {
    if (repository === '')
        return 'the repository is empty';
    if (REPOSITORY_PATTERN.test(repository))
        return undefined;
    if (/[A-Z]/.test(repository))
        return `invalid repository '${repository}': repository names are lowercase`;
    return (`invalid repository '${repository}': path components are lowercase letters and digits, separated by ` +
        "'.', '_', '__' or dashes, and joined by '/'");
}
/** Split `text` into registry and the rest, applying Docker Hub's defaults. */
function splitRegistry(name) {
    const slash = name.indexOf('/');
    const first = slash === -1 ? '' : name.slice(0, slash);
    if (slash !== -1 && (first.includes('.') || first.includes(':') || first === 'localhost')) {
        return { registry: first, repository: name.slice(slash + 1) };
    }
    return { registry: DOCKER_HUB, repository: slash === -1 ? `library/${name}` : name };
}
/**
 * Parse `[registry/]repository[:tag][@digest]`. `what` names the input in messages
 * (`input 'from'`); a problem is a UserError that quotes the reference.
 */
function reference_parseReference(text, what = 'image reference') {
    const ref = text.trim();
    const fail = (problem) => {
        throw new errors_UserError(`${what} '${ref}': ${problem}`);
    };
    if (ref === '')
        throw new errors_UserError(`${what} is empty`);
    if (/\s/.test(ref))
        fail('it contains whitespace');
    const at = ref.indexOf('@');
    let digest;
    let rest = ref;
    if (at !== -1) {
        digest = ref.slice(at + 1);
        rest = ref.slice(0, at);
        const problem = digestProblem(digest);
        if (problem)
            fail(problem);
    }
    let tag;
    const colon = rest.lastIndexOf(':');
    if (colon > rest.lastIndexOf('/')) {
        tag = rest.slice(colon + 1);
        rest = rest.slice(0, colon);
        const problem = reference_tagProblem(tag);
        if (problem)
            fail(problem);
    }
    const { registry, repository } = splitRegistry(rest);
    const problem = registryProblem(registry) ?? repositoryProblem(repository);
    if (problem)
        fail(problem);
    if (registry.length + 1 + repository.length > MAX_NAME_LENGTH) {
        fail(`the name is longer than ${MAX_NAME_LENGTH} characters`);
    }
    return { registry, repository, ...(tag !== undefined ? { tag } : {}), ...(digest !== undefined ? { digest } : {}) };
}
/** `registry/repository` with neither tag nor digest: what the actions' `image` input holds. */
function parseRepository(text, what = "input 'image'") {
    const ref = reference_parseReference(text, what);
    if (ref.tag !== undefined || ref.digest !== undefined) {
        throw new errors_UserError(`${what} '${text.trim()}': give the repository alone (registry/repository), without ` +
            (ref.digest !== undefined ? `@${ref.digest}` : `:${ref.tag}`));
    }
    return { registry: ref.registry, repository: ref.repository };
}
/** The canonical text: `registry/repository[:tag][@digest]`. */
function reference_formatReference(ref) {
    return `${ref.registry}/${ref.repository}${ref.tag !== undefined ? `:${ref.tag}` : ''}${ref.digest !== undefined ? `@${ref.digest}` : ''}`;
}
function sameRepository(a, b) {
    return a.registry === b.registry && a.repository === b.repository;
}
/** Host name of a registry, without port or IPv6 brackets. */
function hostOf(registry) {
    if (registry.startsWith('['))
        return registry.slice(1, registry.indexOf(']'));
    const colon = registry.lastIndexOf(':');
    return colon === -1 ? registry : registry.slice(0, colon);
}
/** localhost, 127.0.0.0/8 and ::1: the registries Docker talks to over plain HTTP by default. */
function isLoopback(registry) {
    const host = hostOf(registry).toLowerCase();
    return host === 'localhost' || host === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}
/** Base URL of a registry's API: HTTPS, except for `plainHttp` registries. */
function registryBaseUrl(registry, plainHttp) {
    const host = registry === DOCKER_HUB ? DOCKER_HUB_API : registry;
    return `${plainHttp ? 'http' : 'https'}://${host}`;
}

;// CONCATENATED MODULE: ./packages/oci-registry/src/errors.ts

/**
 * A registry said no, or could not be reached. It is a UserError: the fix is on the user's side (a token,
 * a name, a retry later), so it is reported as one line without a stack trace. Messages never hold
 * credentials: they are built from the request's method, path and the registry's own error code.
 */
class errors_RegistryError extends errors_UserError {
    status;
    code;
    constructor(message, 
    /** HTTP status, when the registry answered. */
    status, 
    /** The registry's error code (`MANIFEST_UNKNOWN`, `NAME_UNKNOWN`, `DENIED`, `TOOMANYREQUESTS`…). */
    code) {
        super(message);
        this.status = status;
        this.code = code;
        this.name = 'RegistryError';
    }
}
/** Registry-provided text, cut short and on one line, before it goes into a message. */
function clip(text, max = 200) {
    const flat = text.replace(/[\u0000-\u001f\u007f]+/g, ' ').trim();
    return flat.length > max ? `${flat.slice(0, max)}…` : flat;
}

;// CONCATENATED MODULE: ./packages/oci-registry/src/http.ts


const RETRY_STATUSES = new Set([429, 502, 503, 504]);
const DEFAULT_TIMEOUT_MS = 30_000;
const DEFAULT_RETRIES = 3;
const DEFAULT_MAX_DELAY_MS = 10_000;

function http_seconds(ms) {
    return `${Number((ms / 1000).toFixed(1))} s`;
}
function describeCause(e) {
    const err = e;
    return clip(err.cause?.code ?? err.cause?.message ?? err.message ?? String(e), 120);
}
/** A request that got no answer; `why` words it for the retry line, the message for the last attempt. */
class NoAnswer extends errors_RegistryError {
    why;
    constructor(message, why) {
        super(message);
        this.why = why;
    }
}
class Http {
    /** Every request sent, retries included. */
    log = [];
    timeoutMs;
    retries;
    maxDelayMs;
    onRetry;
    constructor(options = {}) {
        this.timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
        this.retries = options.retries ?? DEFAULT_RETRIES;
        this.maxDelayMs = options.maxRetryDelayMs ?? DEFAULT_MAX_DELAY_MS;
        this.onRetry = options.onRetry;
    }
    get requests() {
        return this.log.length;
    }
    /**
     * Send, retrying what the server or the network asks to retry. Returns every other answer (the caller
     * reads 2xx and explains 4xx); throws a RegistryError when the retries run out.
     */
    async send(req) {
        const timeoutMs = req.timeoutMs ?? this.timeoutMs;
        const what = `${req.method} ${new URL(req.url).pathname}`;
        const attempt = async (n) => {
            const record = { method: req.method, url: req.url.split('?')[0], status: 'error' };
            this.log.push(record);
            // Opened outside the try: a body that cannot be produced (its source refused) is not a network error.
            const body = req.body ? await req.body() : undefined;
            try {
                const res = await fetch(req.url, {
                    method: req.method,
                    headers: { 'user-agent': 'coco-release-actions', ...req.headers },
                    ...(body !== undefined ? { body, duplex: 'half' } : {}),
                    signal: AbortSignal.timeout(timeoutMs),
                    redirect: 'follow',
                });
                record.status = res.status;
                return res;
            }
            catch (e) {
                if (body instanceof ReadableStream)
                    await body.cancel().catch(() => undefined);
                const timedOut = e?.name === 'TimeoutError';
                const problem = timedOut ? `no answer within ${http_seconds(timeoutMs)}` : `cannot connect (${describeCause(e)})`;
                throw new NoAnswer(`${req.host}: ${problem} to ${what}, ${n + 1} attempt(s)`, timedOut ? `got no answer within ${http_seconds(timeoutMs)}` : problem);
            }
        };
        const { response: res, attempts } = await sendWithRetries(attempt, {
            retries: this.retries,
            statuses: RETRY_STATUSES,
            maxDelayMs: this.maxDelayMs,
            longRetryAfter: 'give-up',
            retryError: (e) => (e instanceof NoAnswer ? e.why : undefined),
            describe: (r) => `answered ${statusLabel(r.status)}`,
            onRetry: (r) => this.onRetry?.(`${req.host}: ${what} ${retryWords(r, 1)}`),
        });
        if (!RETRY_STATUSES.has(res.status))
            return res;
        // The retries ended on an answer that asks for another: say which way.
        const wait = retryAfterMs(res.headers.get('retry-after'));
        await res.body?.cancel().catch(() => undefined);
        const label = statusLabel(res.status);
        if (wait !== undefined && wait > this.maxDelayMs) {
            throw new errors_RegistryError(`${req.host} answered ${label} to ${what} and asks to retry after ${http_seconds(wait)}, ` +
                `longer than this step waits (${http_seconds(this.maxDelayMs)}): run it again later`, res.status);
        }
        throw new errors_RegistryError(`${req.host} answered ${label} to ${what} ${attempts} times in a row` +
            (res.status === 429 ? ': the registry is rate limiting; run the step again later' : '; try again later'), res.status);
    }
}
function statusLabel(status) {
    return status === 429 ? 'HTTP 429 Too Many Requests' : `HTTP ${status}`;
}
/**
 * The body of a response, refusing more than `limit` bytes: a registry (or something posing as one) cannot
 * make the step buffer an unbounded answer. The Content-Length is checked first, then the bytes as they come.
 */
async function readBounded(res, limit, what) {
    const declared = Number(res.headers.get('content-length'));
    if (Number.isFinite(declared) && declared > limit) {
        await res.body?.cancel().catch(() => undefined);
        throw new errors_RegistryError(`${what} is ${formatBytes(declared)}, more than the ${formatBytes(limit)} this step reads: refused`);
    }
    try {
        const bytes = await readCapped(res.body, limit);
        return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    }
    catch (e) {
        if (e instanceof BodyTooLarge)
            throw new errors_RegistryError(`${what} is larger than the ${formatBytes(limit)} this step reads: refused`);
        const timedOut = e?.name === 'TimeoutError';
        throw new errors_RegistryError(`${what}: the answer stopped ${timedOut ? 'at the timeout' : `(${describeCause(e)})`}`);
    }
}
/** Discard a body we do not need, so the connection can be reused. */
async function discard(res) {
    await res.body?.cancel().catch(() => undefined);
}

;// CONCATENATED MODULE: ./packages/oci-registry/src/challenge.ts
/**
 * `WWW-Authenticate` challenges (RFC 9110 §11.6.1): `Bearer realm="…",service="…",scope="…"` as registries
 * send it, or `Basic realm="…"`. A header may hold several challenges, and quoted values may contain commas
 * and escaped quotes, so it is read token by token instead of split on commas.
 */
const TOKEN = /[!#$%&'*+.^_`|~0-9A-Za-z-]+/y;
const BLANKS = /[ \t]*/y;
function parseChallenges(header) {
    const out = [];
    let pos = 0;
    const skip = () => {
        BLANKS.lastIndex = pos;
        BLANKS.exec(header);
        pos = BLANKS.lastIndex;
    };
    const token = () => {
        TOKEN.lastIndex = pos;
        const m = TOKEN.exec(header);
        if (!m)
            return undefined;
        pos = TOKEN.lastIndex;
        return m[0];
    };
    const quoted = () => {
        let value = '';
        for (pos++; pos < header.length && header[pos] !== '"'; pos++) {
            if (header[pos] === '\\' && pos + 1 < header.length)
                pos++;
            value += header[pos];
        }
        pos++;
        return value;
    };
    // Not RFC tokens, but some servers leave URLs unquoted: take everything up to a comma or blank.
    const bare = () => {
        const start = pos;
        while (pos < header.length && header[pos] !== ',' && header[pos] !== ' ' && header[pos] !== '\t')
            pos++;
        return header.slice(start, pos);
    };
    let current;
    while (pos < header.length) {
        skip();
        if (header[pos] === ',') {
            pos++;
            continue;
        }
        const name = token();
        if (name === undefined) {
            pos++; // not HTTP: skip the character rather than loop forever
            continue;
        }
        skip();
        if (header[pos] === '=') {
            pos++;
            skip();
            const value = header[pos] === '"' ? quoted() : bare();
            // A parameter before any scheme means nothing: it is read and dropped.
            if (current !== undefined)
                current.params[name.toLowerCase()] = value;
            continue;
        }
        current = { scheme: name.toLowerCase(), params: {} };
        out.push(current);
    }
    return out;
}

;// CONCATENATED MODULE: ./packages/oci-registry/src/auth.ts





/**
 * The actions' `token` and `username` inputs as credentials for one registry: both or neither. Registries
 * check the pair at their token service (quay.io: a robot account `org+name` and its token; ghcr.io: the
 * GitHub user and a token with packages access; Docker Hub: the user and an access token).
 */
function credentialsFromInputs(registry, token, username) {
    if (token === '' && username === '')
        return {};
    if (username === '') {
        throw new errors_UserError("input 'username' is required with 'token': the account the token belongs to (quay.io: the robot " +
            'account, such as confidential-containers+release; ghcr.io: the GitHub user, e.g. github.actor)');
    }
    if (token === '')
        throw new errors_UserError("input 'token' is required with 'username'");
    return { [registry]: { username, password: token } };
}
/** Token answers are small JSON objects; a megabyte is generous. */
const MAX_TOKEN_BYTES = 1024 * 1024;
/** The spec's default when a token answer gives no `expires_in`. */
const DEFAULT_TOKEN_SECONDS = 60;
/** `repository:<name>:<actions>` as registries expect it. */
function auth_repositoryScope(repository, actions) {
    return `repository:${repository}:${actions}`;
}
/**
 * One scope per resource with the union of its actions, sorted: `repository:x:pull` and
 * `repository:x:pull,push` make `repository:x:pull,push`, so a token for the second serves the first.
 */
function normalizeScopes(scopes) {
    const actions = new Map();
    for (const scope of scopes) {
        const cut = scope.lastIndexOf(':');
        const resource = cut > 0 ? scope.slice(0, cut) : scope;
        const set = actions.get(resource) ?? new Set();
        if (cut > 0)
            for (const a of scope.slice(cut + 1).split(','))
                if (a !== '')
                    set.add(a);
        actions.set(resource, set);
    }
    return [...actions]
        .map(([resource, set]) => (set.size > 0 ? `${resource}:${[...set].sort().join(',')}` : resource))
        .sort();
}
function scopeKey(registry, scopes) {
    return `${registry}\n${normalizeScopes(scopes).join(' ')}`;
}
class Auth {
    http;
    credentialsFor;
    schemes = new Map();
    tokens = new Map();
    constructor(http, credentialsFor) {
        this.http = http;
        this.credentialsFor = credentialsFor;
    }
    /** The Authorization header for a request, or undefined while the registry has not asked for any. */
    async header(registry, scopes) {
        const scheme = this.schemes.get(registry);
        if (scheme === undefined)
            return undefined;
        if (scheme.kind === 'basic') {
            const creds = this.credentialsFor(registry);
            return creds ? basic(creds) : undefined;
        }
        return `Bearer ${(await this.token(registry, scheme, scopes)).value}`;
    }
    /**
     * After a 401: learn the registry's scheme and decide whether one more attempt can succeed. `sent` is the
     * Authorization header the refused request carried.
     */
    challenged(registry, res, scopes, sent) {
        const no = { retry: false, scopes: [...scopes] };
        const challenges = parseChallenges(res.headers.get('www-authenticate') ?? '');
        const bearer = challenges.find((c) => c.scheme === 'bearer');
        const basicChallenge = challenges.find((c) => c.scheme === 'basic');
        if (bearer) {
            const realm = bearer.params['realm'];
            if (!realm || !/^https?:\/\//i.test(realm))
                return no;
            const service = bearer.params['service'];
            this.schemes.set(registry, { kind: 'bearer', realm, ...(service !== undefined ? { service } : {}) });
            const asked = (bearer.params['scope'] ?? '').split(' ').filter((s) => s !== '');
            const merged = normalizeScopes([...scopes, ...asked]);
            if (sent?.startsWith('Bearer ')) {
                // The token was refused. A token for more scopes may help; the same scopes again only when the token
                // had gone stale (invalid_token), never when it simply lacks the rights (insufficient_scope).
                if (scopeKey(registry, merged) !== scopeKey(registry, scopes))
                    return { retry: true, scopes: merged };
                if (bearer.params['error'] === 'insufficient_scope')
                    return no;
                this.tokens.delete(scopeKey(registry, scopes));
                return { retry: true, scopes: merged };
            }
            return { retry: true, scopes: merged };
        }
        if (basicChallenge) {
            if (sent?.startsWith('Basic ') || !this.credentialsFor(registry))
                return no;
            this.schemes.set(registry, { kind: 'basic' });
            return { retry: true, scopes: [...scopes] };
        }
        return no;
    }
    token(registry, scheme, scopes) {
        const key = scopeKey(registry, scopes);
        const cached = this.tokens.get(key);
        if (cached) {
            return cached.then((t) => {
                if (t.expiresAt > Date.now())
                    return t;
                if (this.tokens.get(key) === cached)
                    this.tokens.delete(key);
                return this.token(registry, scheme, scopes);
            });
        }
        const fresh = this.fetchToken(registry, scheme, scopes);
        this.tokens.set(key, fresh);
        fresh.catch(() => {
            if (this.tokens.get(key) === fresh)
                this.tokens.delete(key);
        });
        return fresh;
    }
    async fetchToken(registry, scheme, scopes) {
        const url = new URL(scheme.realm);
        if (scheme.service !== undefined)
            url.searchParams.set('service', scheme.service);
        for (const s of normalizeScopes(scopes))
            url.searchParams.append('scope', s);
        const host = `the token service of ${registry} (${url.origin})`;
        const creds = this.credentialsFor(registry);
        const headers = { accept: 'application/json' };
        if (creds) {
            if (url.protocol !== 'https:' && !isLoopback(url.host)) {
                throw new errors_RegistryError(`${host}: refusing to send credentials over plain HTTP`);
            }
            headers['authorization'] = basic(creds);
        }
        const issued = Date.now();
        const res = await this.http.send({ method: 'GET', url: url.href, headers, host });
        if (res.status === 401 || res.status === 403) {
            const detail = await errorText(res);
            throw new errors_RegistryError(creds
                ? `${host} refused the credentials of user '${creds.username}' (HTTP ${res.status}${detail}): ` +
                    'check the token and username inputs'
                : `${host} refused an anonymous token (HTTP ${res.status}${detail}): ` +
                    'this registry needs credentials; set the token and username inputs', res.status);
        }
        if (!res.ok) {
            const detail = await errorText(res);
            throw new errors_RegistryError(`${host} answered HTTP ${res.status}${detail}`, res.status);
        }
        const body = await readBounded(res, MAX_TOKEN_BYTES, `the answer of ${host}`);
        let doc;
        try {
            doc = JSON.parse(new TextDecoder().decode(body));
        }
        catch {
            throw new errors_RegistryError(`${host} answered with something that is not JSON`);
        }
        const value = typeof doc.token === 'string' && doc.token !== '' ? doc.token : doc.access_token;
        if (typeof value !== 'string' || value === '')
            throw new errors_RegistryError(`${host} answered without a token`);
        const seconds = typeof doc.expires_in === 'number' && doc.expires_in > 0 ? doc.expires_in : DEFAULT_TOKEN_SECONDS;
        // Renew a little early, so a token does not expire between the check and the registry's own.
        return { value, expiresAt: issued + Math.max(seconds - 5, 1) * 1000 };
    }
}
function basic(creds) {
    return `Basic ${Buffer.from(`${creds.username}:${creds.password}`, 'utf8').toString('base64')}`;
}
/** `: <details>` from a token service's or registry's JSON error, or ''. */
async function errorText(res) {
    let text;
    try {
        text = new TextDecoder().decode(await readBounded(res, 64 * 1024, 'error'));
    }
    catch {
        await discard(res);
        return '';
    }
    try {
        const doc = JSON.parse(text);
        const first = Array.isArray(doc.errors) ? doc.errors[0] : undefined;
        const parts = [first?.code, first?.message ?? doc.details ?? doc.detail ?? doc.error].filter((p) => typeof p === 'string' && p !== '');
        return parts.length > 0 ? `: ${clip(parts.join(' '))}` : '';
    }
    catch {
        return '';
    }
}

;// CONCATENATED MODULE: external "node:crypto"
const external_node_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");
;// CONCATENATED MODULE: ./packages/oci-registry/src/manifest.ts



const OCI_INDEX = 'application/vnd.oci.image.index.v1+json';
const OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json';
const DOCKER_MANIFEST_LIST = 'application/vnd.docker.distribution.manifest.list.v2+json';
const DOCKER_MANIFEST = 'application/vnd.docker.distribution.manifest.v2+json';
/** Every manifest type this client reads, most specific first; Docker's schema 1 is not among them. */
const MANIFEST_TYPES = [OCI_INDEX, OCI_MANIFEST, DOCKER_MANIFEST_LIST, DOCKER_MANIFEST];
const ACCEPT_MANIFESTS = MANIFEST_TYPES.join(', ');
function isIndexType(mediaType) {
    return mediaType === OCI_INDEX || mediaType === DOCKER_MANIFEST_LIST;
}
function digestOf(bytes, algorithm = 'sha256') {
    return `${algorithm}:${(0,external_node_crypto_namespaceObject.createHash)(algorithm).update(bytes).digest('hex')}`;
}
function descriptor(value, where) {
    const d = value;
    if (!d ||
        typeof d !== 'object' ||
        typeof d.mediaType !== 'string' ||
        typeof d.digest !== 'string' ||
        !DIGEST_PATTERN.test(d.digest) ||
        typeof d.size !== 'number' ||
        !Number.isSafeInteger(d.size) ||
        d.size < 0) {
        throw new errors_RegistryError(`${where}: a descriptor lacks a valid mediaType, digest or size`);
    }
    return {
        mediaType: d.mediaType,
        digest: d.digest,
        size: d.size,
        ...(Array.isArray(d.urls) && d.urls.length > 0 ? { urls: d.urls.map(String) } : {}),
    };
}
/**
 * Read the parts of a manifest that copying needs. `contentType` is the registry's Content-Type, which wins
 * over a missing `mediaType` field (OCI makes the field optional).
 */
function parseManifest(bytes, contentType, digest, where) {
    let doc;
    try {
        doc = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
    }
    catch (e) {
        throw new errors_RegistryError(`${where}: the manifest is not JSON (${clip(e.message)})`);
    }
    if (!doc || typeof doc !== 'object' || Array.isArray(doc))
        throw new errors_RegistryError(`${where}: the manifest is not a JSON object`);
    const declared = typeof doc['mediaType'] === 'string' ? doc['mediaType'] : undefined;
    const served = contentType.split(';')[0].trim().toLowerCase();
    const mediaType = MANIFEST_TYPES.includes(served) ? served : declared;
    if (doc['schemaVersion'] === 1 ||
        mediaType === undefined ||
        !MANIFEST_TYPES.includes(mediaType)) {
        throw new errors_RegistryError(`${where}: unsupported manifest type '${clip(mediaType ?? served ?? 'none')}' ` +
            '(expected an OCI index or manifest, or a Docker manifest list or schema 2 manifest)');
    }
    if (declared !== undefined && declared !== mediaType) {
        throw new errors_RegistryError(`${where}: the registry served it as ${mediaType} but its mediaType field says ${clip(declared)}`);
    }
    const list = (name) => {
        const v = doc[name];
        if (!Array.isArray(v))
            throw new errors_RegistryError(`${where}: the manifest has no '${name}' list`);
        return v;
    };
    if (isIndexType(mediaType)) {
        return { mediaType, digest, bytes, manifests: list('manifests').map((d) => descriptor(d, where)), blobs: [] };
    }
    const blobs = [descriptor(doc['config'], where), ...list('layers').map((d) => descriptor(d, where))];
    return { mediaType, digest, bytes, manifests: [], blobs };
}

;// CONCATENATED MODULE: ./packages/oci-registry/src/client.ts





const DEFAULT_MAX_MANIFEST_BYTES = 4 * 1024 * 1024;
const MAX_ERROR_BYTES = 64 * 1024;
const DEFAULT_BLOB_TIMEOUT_MS = 15 * 60_000;
/** The tag or digest a reference names; a digest wins, since it is what the registry serves. */
function referenceOf(ref) {
    const r = ref.digest ?? ref.tag;
    if (r === undefined)
        throw new errors_RegistryError(`${reference_formatReference(ref)} names neither a tag nor a digest`);
    return r;
}
class client_RegistryClient {
    http;
    auth;
    credentials;
    plainHttp;
    maxManifestBytes;
    blobTimeoutMs;
    firstContact = new Map();
    constructor(options = {}) {
        this.http = new Http(options);
        this.credentials = options.credentials ?? {};
        this.auth = new Auth(this.http, (registry) => this.credentials[registry]);
        this.plainHttp = options.plainHttp ?? isLoopback;
        this.maxManifestBytes = options.maxManifestBytes ?? DEFAULT_MAX_MANIFEST_BYTES;
        this.blobTimeoutMs = options.blobTimeoutMs ?? DEFAULT_BLOB_TIMEOUT_MS;
    }
    /** Requests sent so far (token requests and retries included). */
    get requests() {
        return this.http.requests;
    }
    url(registry, path) {
        if (/^https?:\/\//i.test(path))
            return path;
        const base = registryBaseUrl(registry, this.plainHttp(registry));
        return path.startsWith('/') ? `${base}${path}` : `${base}/v2/${path}`;
    }
    /**
     * One request with authentication: anonymous or with a known token first, then once more after a 401.
     * The first request to a registry goes alone: requests sent beside it would each meet the same 401.
     */
    async request(repo, spec) {
        const first = this.firstContact.get(repo.registry);
        if (first) {
            await first;
            return this.authenticated(repo, spec);
        }
        const done = this.authenticated(repo, spec);
        this.firstContact.set(repo.registry, done.then(() => undefined, () => undefined));
        return done;
    }
    async authenticated(repo, spec) {
        const url = this.url(repo.registry, spec.path);
        // Credentials go only to the registry itself, never to another host an upload URL may point at.
        const sameOrigin = new URL(url).origin === new URL(this.url(repo.registry, '/')).origin;
        let scopes = [...spec.scopes];
        for (let attempt = 0;; attempt++) {
            const authorization = sameOrigin ? await this.auth.header(repo.registry, scopes) : undefined;
            const res = await this.http.send({
                method: spec.method,
                url,
                headers: { ...spec.headers, ...(authorization ? { authorization } : {}) },
                ...(spec.body ? { body: spec.body } : {}),
                ...(spec.timeoutMs !== undefined ? { timeoutMs: spec.timeoutMs } : {}),
                host: repo.registry,
            });
            if (res.status !== 401 || attempt > 0 || !sameOrigin)
                return res;
            const decision = this.auth.challenged(repo.registry, res, scopes, authorization);
            if (!decision.retry)
                return res;
            await discard(res);
            scopes = decision.scopes;
        }
    }
    /** A RegistryError explaining a non-2xx answer, with the registry's own error code when it gave one. */
    async failure(res, repo, what) {
        let code;
        let message;
        try {
            const text = new TextDecoder().decode(await readBounded(res, MAX_ERROR_BYTES, 'error'));
            const doc = JSON.parse(text);
            const first = Array.isArray(doc.errors) ? doc.errors[0] : undefined;
            if (typeof first?.code === 'string')
                code = clip(first.code, 60);
            if (typeof first?.message === 'string')
                message = clip(first.message);
        }
        catch {
            await discard(res);
        }
        const status = res.status;
        const detail = `HTTP ${status}${code ? ` ${code}` : ''}${message ? `: ${message}` : ''}`;
        const creds = this.credentials[repo.registry];
        const name = `${repo.registry}/${repo.repository}`;
        let text;
        if (status === 401) {
            text = creds
                ? `${repo.registry} refused to ${what} with the credentials of '${creds.username}' (${detail}): they lack ` +
                    `the access this needs on ${name}, or the repository does not exist`
                : `${repo.registry} requires credentials to ${what} (${detail}): the repository is private or does not ` +
                    'exist, or the step needs push access; set the token and username inputs';
        }
        else if (status === 403) {
            text =
                `${repo.registry} denied access to ${what} (${detail}): ` +
                    (creds
                        ? `the credentials of '${creds.username}' lack permission on ${name}`
                        : 'set the token and username inputs');
        }
        else if (status === 404 && code === 'NAME_UNKNOWN') {
            return missingRepository(repo);
        }
        else if (status === 404) {
            text = `cannot ${what}: not found (${detail})`;
        }
        else {
            text = `${repo.registry} answered ${detail} to ${what}`;
        }
        return new errors_RegistryError(text, status, code);
    }
    /** The digest and type of a manifest, or undefined when the tag (or digest) does not exist. One HEAD. */
    async headManifest(ref, scopes) {
        const what = `read ${reference_formatReference(ref)}`;
        const res = await this.request(ref, {
            method: 'HEAD',
            path: `${ref.repository}/manifests/${referenceOf(ref)}`,
            scopes,
            headers: { accept: ACCEPT_MANIFESTS },
            what,
        });
        if (res.status === 404)
            return undefined;
        if (!res.ok)
            throw await this.failure(res, ref, what);
        await discard(res);
        const digest = res.headers.get('docker-content-digest') ?? '';
        const mediaType = (res.headers.get('content-type') ?? '').split(';')[0].trim();
        if (DIGEST_PATTERN.test(digest) && mediaType !== '')
            return { digest, mediaType };
        // A registry that leaves the digest out of HEAD answers: read the manifest and hash it.
        const m = await this.getManifest(ref, scopes);
        return { digest: m.digest, mediaType: m.mediaType };
    }
    /**
     * A manifest's exact bytes, at most maxManifestBytes, checked against its digest: the one asked for, or
     * the Docker-Content-Digest the registry sent.
     */
    async getManifest(ref, scopes) {
        const where = reference_formatReference(ref);
        const what = `read ${where}`;
        const res = await this.request(ref, {
            method: 'GET',
            path: `${ref.repository}/manifests/${referenceOf(ref)}`,
            scopes,
            headers: { accept: ACCEPT_MANIFESTS },
            what,
        });
        if (!res.ok) {
            const err = await this.failure(res, ref, what);
            if (err.status !== 404 || err.code === 'NAME_UNKNOWN')
                throw err;
            // Distribution answers MANIFEST_UNKNOWN for a repository that does not exist either: one more
            // request, on this failure only, says which it is.
            if (!(await this.repositoryExists(ref, scopes)))
                throw missingRepository(ref);
            throw new errors_RegistryError(`${where} does not exist (HTTP 404${err.code ? ` ${err.code}` : ''})`, 404, err.code);
        }
        const bytes = await readBounded(res, this.maxManifestBytes, `the manifest of ${where}`);
        const served = res.headers.get('docker-content-digest');
        const expected = ref.digest ?? (served !== null && DIGEST_PATTERN.test(served) ? served : undefined);
        const algorithm = expected?.startsWith('sha512:') ? 'sha512' : 'sha256';
        const actual = digestOf(bytes, algorithm);
        if (expected !== undefined && actual !== expected) {
            throw new errors_RegistryError(`${where}: the registry sent a manifest whose bytes hash to ${actual}, not ${expected}: refused`);
        }
        return parseManifest(bytes, res.headers.get('content-type') ?? '', actual, where);
    }
    /** PUT a manifest's exact bytes under a tag or digest; returns the digest the registry stored. */
    async putManifest(target, reference, manifest, scopes) {
        const where = reference_formatReference(DIGEST_PATTERN.test(reference) ? { ...target, digest: reference } : { ...target, tag: reference });
        const what = `push the manifest ${where}`;
        const res = await this.request(target, {
            method: 'PUT',
            path: `${target.repository}/manifests/${reference}`,
            scopes,
            headers: { 'content-type': manifest.mediaType },
            body: () => manifest.bytes,
            what,
        });
        if (!res.ok)
            throw await this.failure(res, target, what);
        await discard(res);
        const stored = res.headers.get('docker-content-digest');
        if (stored !== null && stored !== manifest.digest) {
            throw new errors_RegistryError(`${where}: the registry stored ${stored}, expected ${manifest.digest}`);
        }
        return manifest.digest;
    }
    async blobExists(repo, digest, scopes) {
        const what = `check blob ${digest} in ${repo.registry}/${repo.repository}`;
        const res = await this.request(repo, { method: 'HEAD', path: `${repo.repository}/blobs/${digest}`, scopes, what });
        if (res.status === 404)
            return false;
        if (!res.ok)
            throw await this.failure(res, repo, what);
        await discard(res);
        return true;
    }
    /**
     * Ask the registry to link a blob of another repository into `target`
     * (`POST /v2/<target>/blobs/uploads/?mount=<digest>&from=<from>`). 201: done. 202: the registry did not
     * mount (it cannot see the blob, or does not mount at all) and opened an upload session instead, whose
     * URL is returned for a streamed copy.
     */
    async mountBlob(target, from, digest, scopes) {
        const what = `mount blob ${digest} from ${from.repository} into ${target.registry}/${target.repository}`;
        const query = `mount=${encodeURIComponent(digest)}&from=${encodeURIComponent(from.repository)}`;
        const res = await this.request(target, {
            method: 'POST',
            path: `${target.repository}/blobs/uploads/?${query}`,
            scopes,
            headers: { 'content-length': '0' },
            what,
        });
        if (res.status === 201) {
            await discard(res);
            return { mounted: true };
        }
        if (res.status !== 202)
            throw await this.failure(res, target, what);
        await discard(res);
        return { mounted: false, location: this.location(res, target, what) };
    }
    /** Open an upload session (`POST /v2/<target>/blobs/uploads/`); returns its URL. */
    async startUpload(target, scopes) {
        const what = `start a blob upload to ${target.registry}/${target.repository}`;
        const res = await this.request(target, {
            method: 'POST',
            path: `${target.repository}/blobs/uploads/`,
            scopes,
            headers: { 'content-length': '0' },
            what,
        });
        if (res.status !== 202)
            throw await this.failure(res, target, what);
        await discard(res);
        return this.location(res, target, what);
    }
    location(res, target, what) {
        const location = res.headers.get('location');
        if (!location)
            throw new errors_RegistryError(`${target.registry} gave no upload location to ${what}`);
        return new URL(location, this.url(target.registry, '/')).href;
    }
    /**
     * Copy one blob into an upload session as a stream (never held in memory): GET it from the source
     * repository, PUT it to the session with `?digest=`; the registry checks the digest.
     */
    async copyBlob(source, sourceScopes, target, location, blob, targetScopes) {
        const readWhat = `read blob ${blob.digest} from ${source.registry}/${source.repository}`;
        const open = async () => {
            const res = await this.request(source, {
                method: 'GET',
                path: `${source.repository}/blobs/${blob.digest}`,
                scopes: sourceScopes,
                timeoutMs: this.blobTimeoutMs,
                what: readWhat,
            });
            if (!res.ok)
                throw await this.failure(res, source, readWhat);
            const length = res.headers.get('content-length');
            if (length !== null && Number(length) !== blob.size) {
                await discard(res);
                throw new errors_RegistryError(`${readWhat}: ${length} bytes served, the manifest says ${blob.size}`);
            }
            return res.body ?? new ReadableStream({ start: (c) => c.close() });
        };
        const url = new URL(location);
        url.searchParams.set('digest', blob.digest);
        const what = `upload blob ${blob.digest} (${formatBytes(blob.size)}) to ${target.registry}/${target.repository}`;
        const res = await this.request(target, {
            method: 'PUT',
            path: url.href,
            scopes: targetScopes,
            headers: { 'content-type': 'application/octet-stream', 'content-length': String(blob.size) },
            body: open,
            timeoutMs: this.blobTimeoutMs,
            what,
        });
        if (res.status !== 201)
            throw await this.failure(res, target, what);
        await discard(res);
    }
    /** `GET /v2/<name>/tags/list?n=1`: whether the repository exists (404 NAME_UNKNOWN), for a clear message. */
    async repositoryExists(repo, scopes) {
        const what = `list the tags of ${repo.registry}/${repo.repository}`;
        const res = await this.request(repo, { method: 'GET', path: `${repo.repository}/tags/list?n=1`, scopes, what });
        if (res.ok) {
            await discard(res);
            return true;
        }
        const err = await this.failure(res, repo, what);
        if (err.status === 404)
            return false;
        throw err;
    }
}
function missingRepository(repo) {
    return new errors_RegistryError(`repository ${repo.registry}/${repo.repository} does not exist (HTTP 404 NAME_UNKNOWN)`, 404, 'NAME_UNKNOWN');
}

;// CONCATENATED MODULE: ./packages/oci-registry/src/limit.ts
/** Run `fn` over `items` with at most `limit` calls in flight; results in input order; the first failure wins. */
async function limit_mapLimit(items, limit, fn) {
    const results = new Array(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const i = next++;
            results[i] = await fn(items[i], i);
        }
    };
    await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
    return results;
}

;// CONCATENATED MODULE: ./packages/oci-registry/src/promote.ts




/** Blob transfers in flight at once: enough to overlap round trips, few enough for any registry. */
const CONCURRENCY = 4;
/** Indexes of indexes exist (nested platforms); deeper than this is not an image. */
const MAX_DEPTH = 4;
async function promoteImage(client, req) {
    const { source, target } = req;
    const cross = !sameRepository(source, target);
    const sameRegistry = source.registry === target.registry;
    // One token per registry for the whole run: the target's scopes include the source's when both are there
    // (a mount needs pull on the source repository too).
    const targetScopes = [auth_repositoryScope(target.repository, req.dryRun ? 'pull' : 'pull,push')];
    if (cross && sameRegistry)
        targetScopes.push(auth_repositoryScope(source.repository, 'pull'));
    const sourceScopes = sameRegistry ? targetScopes : [auth_repositoryScope(source.repository, 'pull')];
    const manifest = await client.getManifest(source, sourceScopes);
    const targetRef = { ...target };
    const existing = await client.headManifest(targetRef, targetScopes);
    const result = {
        outcome: 'unchanged',
        digest: manifest.digest,
        mediaType: manifest.mediaType,
        crossRepository: cross,
        manifestsPut: 0,
        blobs: { mounted: 0, streamed: 0, present: 0 },
    };
    if (existing?.digest === manifest.digest)
        return result;
    if (existing) {
        throw new errors_UserError(`refusing to move ${reference_formatReference(targetRef)}: it already holds ${existing.digest}, and ` +
            `${reference_formatReference(source)} is ${manifest.digest}. A release tag never moves: promote to another tag, ` +
            'or delete the wrong tag by hand if nobody can have pulled it');
    }
    if (req.dryRun)
        return { ...result, outcome: 'would-promote' };
    if (cross) {
        const copier = new ContentCopier(client, source, sourceScopes, target, targetScopes, result);
        await copier.copyContent(manifest, 0);
    }
    await client.putManifest(target, target.tag, manifest, targetScopes);
    result.manifestsPut++;
    // A registry has no compare-and-set for tags: another promotion to the same new tag at the same time may
    // have put its own manifest after ours. Read the tag back, so that the run whose image it does not hold
    // fails instead of reporting a release tag that names another image.
    const now = await client.headManifest(targetRef, targetScopes);
    if (now?.digest !== manifest.digest) {
        throw new errors_UserError(`${reference_formatReference(targetRef)} was written with ${manifest.digest} (${reference_formatReference(source)}), but reading it back gives ` +
            `${now ? now.digest : 'no manifest'}: something else wrote the release tag at the same time. ` +
            'Find out which image it should name before anyone pulls it');
    }
    return { ...result, outcome: 'promoted' };
}
class ContentCopier {
    client;
    source;
    sourceScopes;
    target;
    targetScopes;
    result;
    blobsDone = new Set();
    manifestsDone = new Set();
    constructor(client, source, sourceScopes, target, targetScopes, result) {
        this.client = client;
        this.source = source;
        this.sourceScopes = sourceScopes;
        this.target = target;
        this.targetScopes = targetScopes;
        this.result = result;
    }
    /** Everything `manifest` refers to, so the registry accepts it: children of an index first, then blobs. */
    async copyContent(manifest, depth) {
        if (depth > MAX_DEPTH) {
            throw new errors_UserError(`${reference_formatReference(this.source)}: indexes nested more than ${MAX_DEPTH} deep`);
        }
        for (const child of manifest.manifests) {
            if (this.manifestsDone.has(child.digest))
                continue;
            this.manifestsDone.add(child.digest);
            const m = await this.client.getManifest({ ...this.source, digest: child.digest }, this.sourceScopes);
            await this.copyContent(m, depth + 1);
            await this.client.putManifest(this.target, child.digest, m, this.targetScopes);
            this.result.manifestsPut++;
        }
        // Foreign layers (with urls) were never in the source registry either.
        const blobs = manifest.blobs.filter((b) => !b.urls && !this.blobsDone.has(b.digest));
        for (const b of blobs)
            this.blobsDone.add(b.digest);
        await limit_mapLimit(blobs, CONCURRENCY, (b) => this.copyBlob(b));
    }
    async copyBlob(blob) {
        const { client, source, target } = this;
        if (source.registry === target.registry) {
            const mount = await client.mountBlob(target, source, blob.digest, this.targetScopes);
            if (mount.mounted) {
                this.result.blobs.mounted++;
                return;
            }
            await client.copyBlob(source, this.sourceScopes, target, mount.location, blob, this.targetScopes);
            this.result.blobs.streamed++;
            return;
        }
        if (await client.blobExists(target, blob.digest, this.targetScopes)) {
            this.result.blobs.present++;
            return;
        }
        const location = await client.startUpload(target, this.targetScopes);
        await client.copyBlob(source, this.sourceScopes, target, location, blob, this.targetScopes);
        this.result.blobs.streamed++;
    }
}

;// CONCATENATED MODULE: ./packages/oci-registry/src/resolve.ts





async function findNewestImage(client, repo, candidates) {
    const scopes = [repositoryScope(repo.repository, 'pull')];
    const tried = [];
    for (const c of candidates) {
        const head = await client.headManifest({ ...repo, tag: c.tag }, scopes);
        if (!head) {
            tried.push({ ...c });
            continue;
        }
        const found = { ...c, digest: head.digest, mediaType: head.mediaType };
        tried.push(found);
        return { found, tried };
    }
    return { tried };
}
function toReference(ref) {
    const parsed = typeof ref === 'string' ? parseReference(ref) : ref;
    if (parsed.tag === undefined && parsed.digest === undefined) {
        throw new RegistryError(`${formatReference(parsed)}: name a tag or a digest to check`);
    }
    return parsed;
}
/**
 * For pins: whether each `registry/repository:tag` (or `@digest`) exists, with its digest. One HEAD per
 * reference; a missing tag is `exists: false`; anything else the registry refuses (credentials, rate limits)
 * throws a RegistryError naming the reference.
 */
async function checkImagesExist(refs, options = {}) {
    const parsed = refs.map(toReference);
    const client = options.client ?? new RegistryClient(options);
    return mapLimit(parsed, options.concurrency ?? 4, async (ref, i) => {
        const text = typeof refs[i] === 'string' ? refs[i].trim() : formatReference(ref);
        const head = await client.headManifest(ref, [repositoryScope(ref.repository, 'pull')]);
        return head
            ? { ref: text, exists: true, digest: head.digest, mediaType: head.mediaType }
            : { ref: text, exists: false };
    });
}

;// CONCATENATED MODULE: ./packages/oci-registry/src/commits.ts


async function firstParentCommits(git, ref, max) {
    const resolved = await git(['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`], {
        allowFailure: true,
    });
    if (resolved.code !== 0) {
        const inside = await git(['rev-parse', '--is-inside-work-tree'], { allowFailure: true });
        if (inside.code !== 0) {
            throw new UserError('the workspace is not a git checkout: candidates: commits walks its history (check the repository out ' +
                'with actions/checkout and fetch-depth: 0), or list the tags to try in candidates');
        }
        throw new UserError(`input 'ref': '${ref}' is not a commit in this repository`);
    }
    const head = resolved.stdout.trim();
    const list = await git(['rev-list', '--first-parent', `--max-count=${max}`, head]);
    const shallow = await git(['rev-parse', '--is-shallow-repository'], { allowFailure: true });
    return {
        head,
        commits: list.stdout.split('\n').filter((l) => l !== ''),
        shallow: shallow.stdout.trim() === 'true',
    };
}
const SHA_PLACEHOLDER = '{sha}';
/** Why a tag template cannot work, or undefined. */
function tagTemplateProblem(template) {
    if (!template.includes(SHA_PLACEHOLDER))
        return `'${template}' does not contain ${SHA_PLACEHOLDER}`;
    const other = /\{[^}]*\}/.exec(template.replaceAll(SHA_PLACEHOLDER, ''));
    if (other)
        return `'${template}' holds ${other[0]}; the only placeholder is ${SHA_PLACEHOLDER}`;
    const problem = tagProblem(expandTagTemplate(template, 'f'.repeat(40)));
    return problem ? `'${template}' does not make a valid tag: ${problem}` : undefined;
}
function expandTagTemplate(template, sha) {
    return template.replaceAll(SHA_PLACEHOLDER, sha);
}

;// CONCATENATED MODULE: ./packages/oci-registry/src/index.ts
/**
 * @coco-release/oci-registry: the OCI Distribution API over Node's fetch, for release steps.
 * - findNewestImage(client, repo, candidates): the first candidate tag that exists (one HEAD each);
 * - promoteImage(client, {source, target, dryRun}): a release tag with exactly the candidate's digest;
 * - checkImagesExist(refs, options) -> [{ref, exists, digest}]: for steps that must not pin an image that
 *   does not exist, or pin `tag@sha256:…`;
 * - RegistryClient underneath: token/Basic auth, bounded answers, timeouts, retries, a request log.
 */











;// CONCATENATED MODULE: ./actions/promote-image/src/main.ts



/** `from`: a tag or digest of `image`, or a full reference (anything with a `/`). */
function parseFrom(text, image) {
    if (text.includes('/')) {
        const ref = reference_parseReference(text, "input 'from'");
        if (ref.tag === undefined && ref.digest === undefined) {
            throw new errors_UserError(`input 'from' '${text}': name the candidate's tag or digest (registry/repository:tag)`);
        }
        return ref;
    }
    if (text.startsWith('sha256:') || text.startsWith('sha512:')) {
        if (!DIGEST_PATTERN.test(text))
            throw new errors_UserError(`input 'from' '${text}': not a valid digest`);
        return { ...image, digest: text };
    }
    const problem = reference_tagProblem(text);
    if (problem)
        throw new errors_UserError(`input 'from' '${text}': ${problem}`);
    return { ...image, tag: text };
}
const main_promoteImage = defineAction({
    name: 'promote-image',
    readInputs(inputs) {
        const { errors, attempt } = collectErrors();
        const image = attempt(() => parseRepository(inputs.required('image')));
        const fromText = attempt(() => inputs.required('from'));
        const from = image && fromText !== undefined ? attempt(() => parseFrom(fromText, image)) : undefined;
        const to = attempt(() => {
            const t = inputs.required('to');
            const problem = reference_tagProblem(t);
            if (problem)
                throw new errors_UserError(`input 'to' '${t}': ${problem}`);
            return t;
        });
        const token = inputs.string('token');
        const username = inputs.string('username');
        if (image)
            attempt(() => credentialsFromInputs(image.registry, token, username));
        const dryRun = attempt(() => inputs.boolean('dry-run'));
        errors_throwIfAny(errors);
        return { image: image, from: from, to: to, token, username, dryRun: dryRun };
    },
    async run(inputs, ctx) {
        if (inputs.token)
            ctx.secret(inputs.token);
        const client = new client_RegistryClient({
            credentials: credentialsFromInputs(inputs.image.registry, inputs.token, inputs.username),
            onRetry: (line) => ctx.info(line),
        });
        const started = Date.now();
        const target = { ...inputs.image, tag: inputs.to };
        const result = await promoteImage(client, { source: inputs.from, target, dryRun: inputs.dryRun });
        const reference = reference_formatReference({ ...target, digest: result.digest });
        const source = reference_formatReference(inputs.from);
        const release = reference_formatReference(target);
        if (result.outcome === 'unchanged')
            ctx.info(`${release} already holds ${result.digest}: nothing to do`);
        else if (result.outcome === 'would-promote')
            ctx.info(`dry run: ${release} would get ${result.digest} from ${source}`);
        else
            ctx.info(`${release} now holds ${result.digest} (from ${source}): ${describeCopy(result)}`);
        ctx.info(`${client.requests} registry request(s) in ${Date.now() - started} ms`);
        return {
            outputs: { digest: result.digest, promoted: String(result.outcome === 'promoted'), reference },
            summary: summarize(source, release, result, client.requests),
        };
    },
});
function describeCopy(r) {
    const parts = [`${r.manifestsPut} manifest(s) put`];
    if (r.crossRepository) {
        parts.push(`${r.blobs.mounted} blob(s) mounted`, `${r.blobs.streamed} streamed`, `${r.blobs.present} already there`);
    }
    return parts.join(', ');
}
function summarize(source, release, r, requests) {
    const title = r.outcome === 'promoted'
        ? `### promote-image: ✓ ${markdown_code(release)}`
        : r.outcome === 'unchanged'
            ? `### promote-image: ${markdown_code(release)} already holds the candidate`
            : `### promote-image: ${markdown_code(release)} (dry run, nothing written)`;
    const result = r.outcome === 'promoted'
        ? `promoted: ${describeCopy(r)}`
        : r.outcome === 'unchanged'
            ? 'nothing to do: the release tag already holds this digest'
            : 'would be promoted';
    const rows = [
        ['candidate', markdown_code(source)],
        ['release tag', markdown_code(release)],
        ['digest', markdown_code(r.digest)],
        ['media type', markdown_code(r.mediaType)],
        ['result', result],
    ];
    return `${title}\n\n${markdown_table(['', ''], rows)}\n${requests} registry request(s).\n`;
}

;// CONCATENATED MODULE: ./actions/promote-image/src/index.ts


runAsStep(main_promoteImage);

