export const id = 299;
export const ids = [299];
export const modules = {

/***/ 9299:
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
// EXTERNAL MODULE: ./packages/yaml-edit/src/document.ts
var src_document = __webpack_require__(9153);
// EXTERNAL MODULE: ./packages/yaml-edit/src/path.ts
var path = __webpack_require__(4251);
// EXTERNAL MODULE: ./packages/yaml-edit/src/locate.ts
var locate = __webpack_require__(2650);
// EXTERNAL MODULE: ./packages/yaml-edit/src/comment-edit.ts
var comment_edit = __webpack_require__(4696);
// EXTERNAL MODULE: ./packages/yaml-edit/src/edit.ts
var src_edit = __webpack_require__(4820);
// EXTERNAL MODULE: ./packages/yaml-edit/src/read.ts
var read = __webpack_require__(6336);
// EXTERNAL MODULE: ./packages/yaml-edit/src/scalar-style.ts
var scalar_style = __webpack_require__(1576);
// EXTERNAL MODULE: ./packages/yaml-edit/src/plain-scalar.ts
var plain_scalar = __webpack_require__(6803);
// EXTERNAL MODULE: ./packages/yaml-edit/src/snapshot.ts
var snapshot = __webpack_require__(2272);
;// CONCATENATED MODULE: ./packages/yaml-edit/src/assignment.ts

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
}

;// CONCATENATED MODULE: ./packages/yaml-edit/src/fast-index.ts

class GiveUp extends (/* unused pure expression or super */ null && (Error)) {
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
function fast_index_buildFastIndex(source) {
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
        return { kind: 'scalar', type: 'PLAIN', value: resolvePlain12(raw), start: at, end: at + end };
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
function fast_index_sameOutside(a, aSource, b, bSource, skip) {
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
}

;// CONCATENATED MODULE: ./packages/yaml-edit/src/fast-lookup.ts


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
    const v = resolvePlain12(entry.keyRaw);
    return v !== null && String(v) === name;
}
/**
 * Follow a path through the index. Undefined whenever the answer is not a plain success (missing key,
 * no or several selector matches, index out of range, a selector on a non-string value): the full parser
 * then gives the exact error, or the answer.
 */
function fast_lookup_fastLookup(root, path) {
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
            concrete += formatKey(hits[0].key);
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
}

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
function fast_edit_tryFastEdit(source, file, sets) {
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
}

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
    const { editYaml, loadYaml } = await __webpack_require__.e(/* import() */ 745).then(__webpack_require__.bind(__webpack_require__, 3745));
    return editYaml(loadYaml(source, file), sets, options);
}
async function readScalarSource(source, file, pathText) {
    const root = buildFastIndex(source);
    if (root) {
        let path;
        try {
            path = parsePath(pathText);
        }
        catch {
            path = undefined;
        }
        const hit = path && fastLookup(root, path);
        if (hit && hit.node.kind === 'scalar' && hit.node.value !== null) {
            const { line, col } = new LineIndex(source).position(hit.node.start);
            const v = hit.node.value;
            return { value: typeof v === 'string' ? v : source.slice(hit.node.start, hit.node.end), line, col };
        }
    }
    const { loadYaml, readScalar } = await __webpack_require__.e(/* import() */ 745).then(__webpack_require__.bind(__webpack_require__, 3745));
    return readScalar(loadYaml(source, file), pathText);
}

;// CONCATENATED MODULE: ./packages/yaml-edit/src/index.ts














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
    const file = (0,src_document/* loadYaml */.y)(source, display);
    const root = file.doc.contents;
    const at = (node) => {
        const range = node?.range;
        return range ? (0,src_document/* positionOf */.d)(file, range[0]) : { line: 1, col: 1 };
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
        if (!(0,plain_scalar/* isStringUnder11 */.Sq)(text) && !TIMESTAMP_START.test(text)) {
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
        if ((0,plain_scalar/* isStringUnder11 */.Sq)(text) || TIMESTAMP_START.test(text))
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
    if (s === '' || (!(0,plain_scalar/* isStringUnder11 */.Sq)(s) && s !== '<<' && s !== '='))
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
        const edit = sets.length > 0 ? (0,src_edit/* editYaml */.a)(model.file, sets, { allowCreate: true }) : undefined;
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









/***/ }),

/***/ 4696:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ inlineCommentEdit)
/* harmony export */ });
/* harmony import */ var _coco_release_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6707);

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

/***/ 9153:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ positionOf),
/* harmony export */   y: () => (/* binding */ loadYaml)
/* harmony export */ });
/* harmony import */ var _coco_release_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6707);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8815);


/** 1-based line and column of an offset. */
function positionOf(f, offset) {
    return f.lines.linePos(offset);
}
/**
 * Parse one YAML document. Parse errors become a UserError at the error's line; a stream of several
 * documents is refused, since a path would not say which one it means.
 */
function loadYaml(source, file) {
    const lines = new yaml__WEBPACK_IMPORTED_MODULE_1__/* .LineCounter */ .HN();
    const docs = (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .parseAllDocuments */ .hR)(source, { keepSourceTokens: true, lineCounter: lines, prettyErrors: false });
    if (!Array.isArray(docs)) {
        throw new _coco_release_core__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo('the file holds no YAML document', { file, line: 1, col: 1 });
    }
    for (const d of docs) {
        const err = d.errors[0];
        if (err) {
            const { line, col } = lines.linePos(err.pos[0]);
            throw new _coco_release_core__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`invalid YAML: ${firstLine(err.message)}`, { file, line, col });
        }
    }
    if (docs.length === 0)
        throw new _coco_release_core__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo('the file holds no YAML document', { file, line: 1, col: 1 });
    if (docs.length > 1) {
        const { line, col } = lines.linePos(docs[1].range[0]);
        throw new _coco_release_core__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`the file holds ${docs.length} YAML documents; only single-document files can be edited`, {
            file,
            line,
            col,
        });
    }
    return { file, source, doc: docs[0], lines };
}
function firstLine(message) {
    return message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
}


/***/ }),

/***/ 4820:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ editYaml)
/* harmony export */ });
/* harmony import */ var _coco_release_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6707);
/* harmony import */ var _comment_edit_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4696);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8815);
/* harmony import */ var _document_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9153);
/* harmony import */ var _locate_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2650);
/* harmony import */ var _path_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4251);
/* harmony import */ var _scalar_style_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1576);
/* harmony import */ var _snapshot_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(2272);








function scalarText(node) {
    return typeof node.value === 'string' ? node.value : (node.source ?? String(node.value));
}
/**
 * Plan and verify scalar edits: locate every path, render every value, build byte-level edits, apply them,
 * re-parse the result and prove that every edited path reads back as intended and every other leaf is
 * unchanged. Any problem with any request throws (all problems at once) and nothing is returned to write.
 */
function editYaml(f, sets, options = {}) {
    const errors = [];
    const edits = [];
    const planned = [];
    const unchanged = [];
    const creations = new Map();
    const seen = new Map();
    const eol = (0,_coco_release_core__WEBPACK_IMPORTED_MODULE_0__/* .detectEol */ .eD)(f.source);
    const prefix = (s) => (s.origin ? `${s.origin}: ` : '');
    const fail = (s, message, offset) => {
        const pos = offset === undefined ? {} : (0,_document_js__WEBPACK_IMPORTED_MODULE_3__/* .positionOf */ .d)(f, offset);
        errors.push(new _coco_release_core__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${prefix(s)}${message}`, { file: f.file, ...pos }));
    };
    for (const set of sets) {
        let path;
        try {
            path = (0,_path_js__WEBPACK_IMPORTED_MODULE_5__/* .parsePath */ .Rr)(set.path);
        }
        catch (e) {
            errors.push(new _coco_release_core__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${prefix(set)}${e.message}`, { file: f.file }));
            continue;
        }
        const canonical = (0,_path_js__WEBPACK_IMPORTED_MODULE_5__/* .formatPath */ .jV)(path);
        if (/[\r\n]/.test(set.value)) {
            fail(set, `${canonical}: a value must be a single line`);
            continue;
        }
        let loc;
        try {
            loc = (0,_locate_js__WEBPACK_IMPORTED_MODULE_4__/* .locate */ .x5)(f, path, { followAliases: false });
        }
        catch (e) {
            if (!(e instanceof _coco_release_core__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo))
                throw e;
            errors.push(new _coco_release_core__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${prefix(set)}${e.message}`, e.position));
            continue;
        }
        if (!loc.found) {
            const missing = path[loc.depth];
            const mapLine = loc.map.range ? (0,_document_js__WEBPACK_IMPORTED_MODULE_3__/* .positionOf */ .d)(f, loc.map.range[0]).line : 1;
            if (!options.allowCreate) {
                fail(set, `${canonical}: no key '${missing.key}' in the mapping at line ${mapLine} (set allow-create to add it)`, loc.map.range?.[0]);
                continue;
            }
            const rest = path.slice(loc.depth);
            if (rest.some((s) => s.kind !== 'key')) {
                fail(set, `${canonical}: cannot create ${(0,_path_js__WEBPACK_IMPORTED_MODULE_5__/* .formatPath */ .jV)(rest)}: only mapping keys can be created, not sequence items`, loc.map.range?.[0]);
                continue;
            }
            if (loc.inFlow || loc.map.flow) {
                fail(set, `${canonical}: cannot add a key to the flow mapping at line ${mapLine}; only block mappings can grow`, loc.map.range?.[0]);
                continue;
            }
            const concrete = loc.concrete + (0,_path_js__WEBPACK_IMPORTED_MODULE_5__/* .formatPath */ .jV)(rest);
            if (!claim(seen, concrete, set, errors, f, canonical))
                continue;
            const rendered = (0,_scalar_style_js__WEBPACK_IMPORTED_MODULE_6__/* .renderScalar */ .VO)(set.value, undefined, 'block');
            const conflict = addCreation(creations, loc.map, loc.concrete, rest, rendered, set.comment);
            if (conflict) {
                fail(set, `${canonical}: conflicts with another created key (${conflict})`);
                continue;
            }
            planned.push({ set, path, canonical, concrete, rendered, old: null, created: true });
            continue;
        }
        const node = loc.node;
        const at = node?.range?.[0] ?? loc.pair?.key?.range?.[0];
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isAlias */ .Vj)(node)) {
            fail(set, `${canonical} is an alias (*${node.source}); edit the anchored value instead`, at);
            continue;
        }
        if (node !== null && !(0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isScalar */ .jn)(node)) {
            fail(set, `${canonical} is ${(0,_locate_js__WEBPACK_IMPORTED_MODULE_4__/* .describeNode */ .WQ)(node)}, not a scalar value; give the path of a value inside it`, at);
            continue;
        }
        const scalar = node;
        if (scalar && (scalar.type === yaml__WEBPACK_IMPORTED_MODULE_2__/* .Scalar */ .X5.BLOCK_LITERAL || scalar.type === yaml__WEBPACK_IMPORTED_MODULE_2__/* .Scalar */ .X5.BLOCK_FOLDED)) {
            fail(set, `${canonical} is a block scalar (| or >); only plain and quoted values can be set`, at);
            continue;
        }
        if (scalar?.tag) {
            fail(set, `${canonical} has an explicit tag (${scalar.tag}); refusing to guess how to write it`, at);
            continue;
        }
        if (scalar?.anchor && hasAliasTo(f, scalar.anchor)) {
            fail(set, `${canonical} carries the anchor &${scalar.anchor}, which aliases elsewhere share; editing it would change them too`, at);
            continue;
        }
        if (!claim(seen, loc.concrete, set, errors, f, canonical))
            continue;
        if (!scalar || !scalar.range) {
            fail(set, `${canonical} has no value to replace`, at);
            continue;
        }
        const empty = scalar.source === '' && scalar.range[0] === scalar.range[1];
        let [start, end] = scalar.range;
        if (empty) {
            // An empty value (`key:`) has no bytes, and the parser may place it after a comment on the next
            // line: the new value goes right after the key's colon instead.
            const keyEnd = loc.pair?.key?.range?.[1];
            const colon = keyEnd === undefined ? -1 : f.source.indexOf(':', keyEnd);
            if (colon === -1) {
                fail(set, `${canonical} is an empty value outside a mapping; give it a placeholder value first`, start);
                continue;
            }
            start = end = colon + 1;
        }
        const oldText = scalarText(scalar);
        const rendered = (0,_scalar_style_js__WEBPACK_IMPORTED_MODULE_6__/* .renderScalar */ .VO)(set.value, empty ? undefined : scalar, loc.inFlow ? 'flow' : 'block');
        const sameValue = !empty && Object.is(scalar.value, rendered.expected);
        const commentEdit = set.comment === undefined ? undefined : (0,_comment_edit_js__WEBPACK_IMPORTED_MODULE_1__/* .inlineCommentEdit */ .T)(f.source, end, set.comment);
        if (commentEdit instanceof _coco_release_core__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo) {
            fail(set, `${canonical}: ${commentEdit.message}`, start);
            continue;
        }
        if (sameValue && !commentEdit) {
            unchanged.push({ path: canonical, value: set.value, line: (0,_document_js__WEBPACK_IMPORTED_MODULE_3__/* .positionOf */ .d)(f, start).line });
            continue;
        }
        if (!sameValue)
            edits.push({ start, end, text: empty ? ` ${rendered.source}` : rendered.source });
        if (commentEdit)
            edits.push(commentEdit);
        planned.push({
            set,
            path,
            canonical,
            concrete: loc.concrete,
            rendered,
            old: scalar.value === null ? '' : oldText,
            created: false,
        });
    }
    (0,_coco_release_core__WEBPACK_IMPORTED_MODULE_0__/* .throwIfAny */ .MI)(errors);
    for (const tree of creations.values())
        edits.push(creationEdit(f, tree, eol));
    const text = (0,_coco_release_core__WEBPACK_IMPORTED_MODULE_0__/* .applyEdits */ .ct)(f.source, edits);
    const changes = verify(f, text, planned);
    return { file: f.file, source: f.source, text, edits, changes, unchanged };
}
/** Two requests may not reach the same value (directly or through different selectors). */
function claim(seen, concrete, set, errors, f, canonical) {
    const earlier = seen.get(concrete);
    if (earlier) {
        const who = earlier.origin ? ` (${earlier.origin})` : '';
        errors.push(new _coco_release_core__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${set.origin ? `${set.origin}: ` : ''}${canonical} is set twice: an earlier request${who} already sets ${concrete}`, { file: f.file }));
        return false;
    }
    seen.set(concrete, set);
    return true;
}
function hasAliasTo(f, anchor) {
    let found = false;
    (0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .visit */ .YR)(f.doc, {
        Alias(_, node) {
            if (node.source === anchor) {
                found = true;
                return yaml__WEBPACK_IMPORTED_MODULE_2__/* .visit */ .YR.BREAK;
            }
            return undefined;
        },
    });
    return found;
}
function addCreation(creations, map, concrete, keys, rendered, comment) {
    let tree = creations.get(map);
    if (!tree)
        creations.set(map, (tree = { map, concrete, children: new Map() }));
    let level = tree.children;
    for (let i = 0; i < keys.length; i++) {
        const k = keys[i].key;
        let node = level.get(k);
        if (!node)
            level.set(k, (node = { children: new Map() }));
        const last = i === keys.length - 1;
        if (last && (node.leaf || node.children.size > 0))
            return `${concrete}${(0,_path_js__WEBPACK_IMPORTED_MODULE_5__/* .formatPath */ .jV)(keys.slice(0, i + 1).map((x) => ({ kind: 'key', key: x.key })))} is both a value and a mapping`;
        if (!last && node.leaf)
            return `${concrete}${(0,_path_js__WEBPACK_IMPORTED_MODULE_5__/* .formatPath */ .jV)(keys.slice(0, i + 1).map((x) => ({ kind: 'key', key: x.key })))} is both a value and a mapping`;
        if (last)
            node.leaf = comment === undefined ? { rendered } : { rendered, comment };
        level = node.children;
    }
    return undefined;
}
function renderKey(key) {
    return key !== '<<' && (0,_scalar_style_js__WEBPACK_IMPORTED_MODULE_6__/* .isSafePlainString */ .pm)(key, 'block') && !key.includes(': ') ? key : (0,_scalar_style_js__WEBPACK_IMPORTED_MODULE_6__/* .doubleQuoted */ .UN)(key);
}
/** Indentation step of the document: how far its first nested block mapping is indented. */
function indentStep(f) {
    const root = f.doc.contents;
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isMap */ .jh)(root))
        return 2;
    for (const item of root.items) {
        if (!(0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isPair */ .tO)(item) || !(0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isMap */ .jh)(item.value) || item.value.flow || item.value.items.length === 0)
            continue;
        const inner = item.value.items[0].key.range?.[0];
        const outer = item.key.range?.[0];
        if (inner === undefined || outer === undefined)
            continue;
        const step = (0,_document_js__WEBPACK_IMPORTED_MODULE_3__/* .positionOf */ .d)(f, inner).col - (0,_document_js__WEBPACK_IMPORTED_MODULE_3__/* .positionOf */ .d)(f, outer).col;
        if (step > 0)
            return step;
    }
    return 2;
}
/** All keys created in one mapping, written as one block after its last entry, in its indentation. */
function creationEdit(f, tree, eol) {
    const { map } = tree;
    const last = map.items[map.items.length - 1];
    if (!last || !(0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isPair */ .tO)(last))
        throw new _coco_release_core__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`cannot add keys to the empty mapping at ${tree.concrete || '.'}`, { file: f.file });
    const firstKey = map.items[0].key;
    const indent = (0,_document_js__WEBPACK_IMPORTED_MODULE_3__/* .positionOf */ .d)(f, firstKey.range[0]).col - 1;
    const step = indentStep(f);
    const lines = [];
    const write = (children, depth) => {
        for (const [key, node] of children) {
            const pad = ' '.repeat(indent + depth * step);
            if (node.leaf) {
                const comment = node.leaf.comment ? ` # ${node.leaf.comment}` : '';
                lines.push(`${pad}${renderKey(key)}: ${node.leaf.rendered.source}${comment}`);
            }
            else {
                lines.push(`${pad}${renderKey(key)}:`);
                write(node.children, depth + 1);
            }
        }
    };
    write(tree.children, 0);
    const lastNode = (last.value ?? last.key);
    let at = lastNode.range[1];
    const src = f.source;
    if (src[at - 1] !== '\n') {
        const nl = src.indexOf('\n', at);
        at = nl === -1 ? src.length : nl + 1;
    }
    const block = lines.map((l) => l + eol).join('');
    return at === src.length && !src.endsWith('\n')
        ? { start: at, end: at, text: eol + block.slice(0, -eol.length) }
        : { start: at, end: at, text: block };
}
/** Re-parse the edited text and prove the edit did exactly what was asked; otherwise refuse (a bug, not a user error). */
function verify(f, text, planned) {
    let after;
    try {
        after = (0,_document_js__WEBPACK_IMPORTED_MODULE_3__/* .loadYaml */ .y)(text, f.file);
    }
    catch (e) {
        throw new Error(`internal error: the edit of ${f.file} produced unparsable YAML (${e.message}); nothing was written`, { cause: e });
    }
    const changes = [];
    for (const p of planned) {
        const loc = (0,_locate_js__WEBPACK_IMPORTED_MODULE_4__/* .locate */ .x5)(after, p.path, { followAliases: false });
        const node = loc.found ? loc.node : null;
        if (!(0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isScalar */ .jn)(node) || !Object.is(node.value, p.rendered.expected)) {
            throw new Error(`internal error: ${p.canonical} in ${f.file} would read back as ${(0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isScalar */ .jn)(node) ? JSON.stringify(node.value) : (0,_locate_js__WEBPACK_IMPORTED_MODULE_4__/* .describeNode */ .WQ)(node)}, not ${JSON.stringify(p.rendered.expected)}; nothing was written`);
        }
        changes.push({ path: p.canonical, old: p.old, new: p.set.value, line: (0,_document_js__WEBPACK_IMPORTED_MODULE_3__/* .positionOf */ .d)(after, node.range[0]).line });
    }
    const edited = new Set(planned.filter((p) => !p.created).map((p) => p.concrete));
    const created = planned.filter((p) => p.created).map((p) => p.concrete);
    const keep = (isNew) => ([path]) => !edited.has(path) &&
        !(isNew && created.some((c) => path === c || c.startsWith(path + '.') || path.startsWith(c + '.')));
    const before = (0,_snapshot_js__WEBPACK_IMPORTED_MODULE_7__/* .snapshotLeaves */ .x)(f.doc).filter(keep(false));
    const now = (0,_snapshot_js__WEBPACK_IMPORTED_MODULE_7__/* .snapshotLeaves */ .x)(after.doc).filter(keep(true));
    const n = Math.max(before.length, now.length);
    for (let i = 0; i < n; i++) {
        const b = before[i];
        const a = now[i];
        if (!b || !a || b[0] !== a[0] || b[1] !== a[1]) {
            throw new Error(`internal error: editing ${f.file} would also change ${(b ?? a)[0] || '.'} (${b?.[1]} -> ${a?.[1]}); nothing was written`);
        }
    }
    return changes;
}


/***/ }),

/***/ 2650:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   WQ: () => (/* binding */ describeNode),
/* harmony export */   x5: () => (/* binding */ locate)
/* harmony export */ });
/* unused harmony export keyMatches */
/* harmony import */ var _coco_release_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6707);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8815);
/* harmony import */ var _document_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9153);
/* harmony import */ var _path_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4251);




function describeNode(node) {
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isMap */ .jh)(node))
        return 'a mapping';
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isSeq */ .oP)(node))
        return 'a sequence';
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isScalar */ .jn)(node))
        return node.value === null ? 'an empty value' : 'a scalar';
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isAlias */ .Vj)(node))
        return `an alias (*${node.source})`;
    return 'an empty value';
}
/** Does a key node name this path key? Integer keys match their text (`.cloudimg.rhel.9`). */
function keyMatches(key, name) {
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isScalar */ .jn)(key))
        return false;
    if (key.value !== null && String(key.value) === name)
        return true;
    return key.source === name;
}
function lineOf(f, node) {
    return node?.range ? (0,_document_js__WEBPACK_IMPORTED_MODULE_2__/* .positionOf */ .d)(f, node.range[0]).line : 1;
}
function locate(f, path, opts) {
    let node = f.doc.contents ?? null;
    let pair;
    let inFlow = false;
    let shared = false;
    const concrete = [];
    const here = (i) => (0,_path_js__WEBPACK_IMPORTED_MODULE_3__/* .formatPath */ .jV)(path.slice(0, i + 1));
    const fail = (message, at) => {
        const range = at?.range;
        const pos = range ? (0,_document_js__WEBPACK_IMPORTED_MODULE_2__/* .positionOf */ .d)(f, range[0]) : { line: 1, col: 1 };
        throw new _coco_release_core__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${(0,_path_js__WEBPACK_IMPORTED_MODULE_3__/* .formatPath */ .jV)(path)}: ${message}`, { file: f.file, ...pos });
    };
    for (let i = 0; i < path.length; i++) {
        const seg = path[i];
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isAlias */ .Vj)(node)) {
            if (!opts.followAliases)
                fail(`${here(i - 1)} is an alias (*${node.source}); edit the anchored value instead`, node);
            node = node.resolve(f.doc) ?? null;
            shared = true;
        }
        pair = undefined;
        if (seg.kind === 'key') {
            if (!(0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isMap */ .jh)(node)) {
                return fail(`expected a mapping at ${here(i - 1)}, found ${describeNode(node)}`, node);
            }
            const map = node;
            inFlow ||= Boolean(map.flow);
            const hit = findKey(f, map, seg.key, opts);
            if (!hit)
                return { found: false, depth: i, map, inFlow, concrete: concretePath(concrete) };
            concrete.push(seg);
            shared ||= hit.viaMerge;
            pair = hit.pair;
            node = hit.pair.value ?? null;
        }
        else if (seg.kind === 'index') {
            if (!(0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isSeq */ .oP)(node))
                return fail(`expected a sequence at ${here(i - 1)}, found ${describeNode(node)}`, node);
            const seq = node;
            inFlow ||= Boolean(seq.flow);
            if (seg.index >= seq.items.length) {
                return fail(`index ${seg.index} is out of range: the sequence at line ${lineOf(f, seq)} has ${seq.items.length} items`, seq);
            }
            node = seq.items[seg.index] ?? null;
            concrete.push(seg);
        }
        else {
            if (!(0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isSeq */ .oP)(node))
                return fail(`expected a sequence at ${here(i - 1)}, found ${describeNode(node)}`, node);
            const seq = node;
            inFlow ||= Boolean(seq.flow);
            const matches = seq.items.filter((item) => {
                const m = (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isAlias */ .Vj)(item) && opts.followAliases ? item.resolve(f.doc) : item;
                if (!(0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isMap */ .jh)(m))
                    return false;
                const p = findKey(f, m, seg.key, opts);
                return (p !== undefined &&
                    (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isScalar */ .jn)(p.pair.value) &&
                    p.pair.value.value !== null &&
                    String(p.pair.value.value) === seg.value);
            });
            const sel = `${seg.key}=${seg.value}`;
            if (matches.length === 0) {
                return fail(`no item of the sequence at line ${lineOf(f, seq)} has ${sel}`, seq);
            }
            if (matches.length > 1) {
                const lines = matches.map((m) => lineOf(f, m)).join(', ');
                return fail(`${matches.length} items of the sequence at line ${lineOf(f, seq)} have ${sel} (lines ${lines}); a selector must match exactly one`, seq);
            }
            node = matches[0] ?? null;
            concrete.push({ kind: 'index', index: seq.items.indexOf(matches[0]) });
        }
    }
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isAlias */ .Vj)(node) && opts.followAliases) {
        node = node.resolve(f.doc) ?? null;
        shared = true;
    }
    const at = concretePath(concrete);
    return pair
        ? { found: true, node, pair, inFlow, shared, concrete: at }
        : { found: true, node, inFlow, shared, concrete: at };
}
/** Concrete paths are compared with snapshot paths, where the root is ''. */
function concretePath(segments) {
    return segments.length === 0 ? '' : (0,_path_js__WEBPACK_IMPORTED_MODULE_3__/* .formatPath */ .jV)(segments);
}
/** A key in a mapping, or (when reading) in the mappings it merges with `<<`. Explicit keys win over merged ones. */
function findKey(f, map, name, opts) {
    for (const item of map.items)
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isPair */ .tO)(item) && keyMatches(item.key, name))
            return { pair: item, viaMerge: false };
    if (!opts.followAliases)
        return undefined;
    for (const item of map.items) {
        if (!(0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isPair */ .tO)(item) || !(0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isScalar */ .jn)(item.key) || item.key.value !== '<<')
            continue;
        const sources = (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isSeq */ .oP)(item.value) ? item.value.items : [item.value];
        for (const s of sources) {
            const target = (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isAlias */ .Vj)(s) ? s.resolve(f.doc) : s;
            if ((0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isMap */ .jh)(target)) {
                const hit = findKey(f, target, name, opts);
                if (hit)
                    return { pair: hit.pair, viaMerge: true };
            }
        }
    }
    return undefined;
}


/***/ }),

/***/ 4251:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Rr: () => (/* binding */ parsePath),
/* harmony export */   jV: () => (/* binding */ formatPath)
/* harmony export */ });
/* unused harmony export formatKey */
/* harmony import */ var _coco_release_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6707);

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
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
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

/***/ 6336:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ readScalar)
/* harmony export */ });
/* harmony import */ var _coco_release_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6707);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8815);
/* harmony import */ var _document_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9153);
/* harmony import */ var _locate_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2650);
/* harmony import */ var _path_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4251);





/** Read the scalar at `path`, following aliases and merge keys; anything but a scalar is a UserError. */
function readScalar(f, pathText) {
    const path = (0,_path_js__WEBPACK_IMPORTED_MODULE_4__/* .parsePath */ .Rr)(pathText);
    const canonical = (0,_path_js__WEBPACK_IMPORTED_MODULE_4__/* .formatPath */ .jV)(path);
    const loc = (0,_locate_js__WEBPACK_IMPORTED_MODULE_3__/* .locate */ .x5)(f, path, { followAliases: true });
    if (!loc.found) {
        const missing = path[loc.depth];
        const line = loc.map.range ? (0,_document_js__WEBPACK_IMPORTED_MODULE_2__/* .positionOf */ .d)(f, loc.map.range[0]).line : 1;
        const key = missing?.kind === 'key' ? missing.key : '';
        throw new _coco_release_core__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${canonical}: no key '${key}' in the mapping at line ${line}`, { file: f.file, line });
    }
    const node = loc.node;
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isScalar */ .jn)(node) || node.value === null) {
        const at = node?.range ? (0,_document_js__WEBPACK_IMPORTED_MODULE_2__/* .positionOf */ .d)(f, node.range[0]) : { line: 1, col: 1 };
        throw new _coco_release_core__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${canonical} is ${(0,_locate_js__WEBPACK_IMPORTED_MODULE_3__/* .describeNode */ .WQ)(node)}, not a scalar value`, { file: f.file, ...at });
    }
    const { line, col } = (0,_document_js__WEBPACK_IMPORTED_MODULE_2__/* .positionOf */ .d)(f, node.range[0]);
    // A plain number or date is returned as written (`1.10`, not the 1.1 a reader makes of it): callers
    // compare versions as text.
    const v = node.value;
    return { value: typeof v === 'string' ? v : (node.source ?? String(v)), line, col };
}


/***/ }),

/***/ 1576:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   UN: () => (/* binding */ doubleQuoted),
/* harmony export */   VO: () => (/* binding */ renderScalar),
/* harmony export */   pm: () => (/* reexport safe */ _plain_scalar_js__WEBPACK_IMPORTED_MODULE_0__.pm)
/* harmony export */ });
/* unused harmony exports singleQuoted, plainValue */
/* harmony import */ var _plain_scalar_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6803);

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

/***/ 2272:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ snapshotLeaves)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _path_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4251);


/**
 * Every leaf of a document as `[concrete path, typed value]`, in document order. Two snapshots that are
 * equal outside the edited paths prove an edit changed nothing else: no key, value, type or order.
 * Aliases stay unresolved (`*name`), so a leaf is compared where its bytes are.
 */
function snapshotLeaves(doc) {
    const out = [];
    const walk = (node, path) => {
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node)) {
            if (node.items.length === 0)
                out.push([path, '{}']);
            for (const item of node.items) {
                if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isPair */ .tO)(item))
                    continue;
                const k = item.key;
                const name = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(k) ? (k.value === null ? (k.source ?? '') : String(k.value)) : String(k);
                walk(item.value, path + (0,_path_js__WEBPACK_IMPORTED_MODULE_1__/* .formatPath */ .jV)([{ kind: 'key', key: name }]));
            }
        }
        else if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node)) {
            if (node.items.length === 0)
                out.push([path, '[]']);
            node.items.forEach((item, i) => walk(item, `${path}[${i}]`));
        }
        else if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isAlias */ .Vj)(node)) {
            out.push([path, `*${node.source}`]);
        }
        else if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(node)) {
            const v = node.value;
            out.push([path, `${v === null ? 'null' : typeof v}:${v instanceof Date ? v.toISOString() : String(v)}`]);
        }
        else {
            out.push([path, 'null:null']);
        }
    };
    walk(doc.contents, '');
    return out;
}


/***/ })

};
