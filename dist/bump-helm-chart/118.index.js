export const id = 118;
export const ids = [118];
export const modules = {

/***/ 5118:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  isBump: () => (/* reexport */ isBump),
  isExactSemver: () => (/* reexport */ isExactSemver),
  planChartBumps: () => (/* reexport */ planChartBumps)
});

// UNUSED EXPORTS: dependencyJson, formatGoTime, goJson, goJsonString, goYamlString, hashReq, isExactRequirement, lockedDependency, readChartFile, readLockFile, renderLockFile, sanitize, satisfies

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./packages/core/src/index.ts + 11 modules
var core_src = __webpack_require__(5621);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./packages/yaml-edit/src/duplicate-keys.ts

/** The message and position the `yaml` package gives a duplicate key (its DUPLICATE_KEY error). */
const DUPLICATE_KEY = 'Map keys must be unique';
/**
 * The `yaml` package checks each key against every earlier key of its mapping (`uniqueKeys`, a linear
 * scan per key): O(n²) in a mapping's size, minutes for a 5 MB file. Documents are therefore composed with
 * `uniqueKeys: false` and checked here once, with a Map per mapping: linear. The rule is yaml's own (two
 * scalar keys are equal when their values are `===`, so `1` and `0x1` collide, `.nan` never does; other
 * keys only when they are the same node), the offsets are the ones its composer reports (where the key
 * starts, after its properties, counted as the composer counts them), and the order is the composer's
 * (a block mapping's key is checked before its value is composed, a flow mapping's after).
 * Returns the offsets of the duplicate keys, in that order.
 */
function duplicateKeyOffsets(doc) {
    const found = [];
    const walk = (node) => {
        if ((0,dist/* isMap */.jh)(node))
            mapping(node);
        else if ((0,dist/* isSeq */.oP)(node))
            for (const item of node.items)
                walk(item);
    };
    const mapping = (map) => {
        const seen = new Map();
        const starts = keyStarts(map);
        const flow = map.srcToken?.type === 'flow-collection';
        map.items.forEach((pair, i) => {
            walk(pair.key);
            if (flow)
                walk(pair.value);
            const key = pair.key;
            if ((0,dist/* isScalar */.jn)(key) && !(typeof key.value === 'number' && Number.isNaN(key.value))) {
                if (seen.has(key.value))
                    found.push(starts[i] ?? key.range?.[0] ?? 0);
                else
                    seen.set(key.value, true);
            }
            if (!flow)
                walk(pair.value);
        });
    };
    walk(doc.contents);
    return found;
}
/** Where the composer says each key of a mapping starts (resolve-block-map.js, resolve-flow-collection.js). */
function keyStarts(map) {
    const token = map.srcToken;
    const pairs = map.items;
    if (!token || pairs.length < 2)
        return [];
    const out = [];
    if (token.type === 'block-map') {
        let offset = token.offset;
        for (const pair of pairs) {
            const item = pair.srcToken;
            if (!item)
                return [];
            out.push(endOf(item.start) ?? offset);
            offset = afterPair(pair, item, offset);
        }
        return out;
    }
    let offset = token.offset + token.start.source.length;
    let i = 0;
    for (const item of token.items) {
        const pair = pairs[i];
        const propsEnd = endOf(item.start) ?? offset;
        if (!pair || pair.srcToken !== item) {
            // An empty item (`{a, , b}`) makes no pair; the composer moves past it.
            offset = propsEnd;
            continue;
        }
        out.push(propsEnd);
        offset = afterPair(pair, item, offset);
        i++;
    }
    return out;
}
/** Where the composer's running offset is after a pair: the end of its value, else of its `:` and blanks. */
function afterPair(pair, item, offset) {
    const value = pair.value;
    if (value)
        return value.range?.[2] ?? offset;
    return endOf(item.sep) ?? pair.key?.range?.[2] ?? offset;
}
function endOf(tokens) {
    const last = tokens?.[tokens.length - 1];
    return last ? last.offset + last.source.length : undefined;
}

;// CONCATENATED MODULE: ./packages/yaml-edit/src/document.ts



/** 1-based line and column of an offset. */
function document_positionOf(f, offset) {
    return f.lines.linePos(offset);
}
/**
 * Parse one YAML document. Parse errors become a UserError at the error's line; a stream of several
 * documents is refused, since a path would not say which one it means, and so is a document nested more
 * than MAX_DEPTH levels deep. This is parseAllDocuments() in its two steps: the concrete syntax tree
 * (built without recursion, whatever the depth) is checked for depth before the composer, which recurses
 * once per level, builds the document from it.
 */
function loadYaml(source, file) {
    const lines = new dist/* LineCounter */.HN();
    const tokens = withPlainEnv(() => [...new dist/* Parser */.iX(lines.addNewLine).parse(source)]);
    const deep = deepestCollection(tokens, MAX_DEPTH);
    if (deep !== undefined)
        throw new core_src/* UserError */.yo(TOO_DEEP, { file, ...lines.linePos(deep) });
    let docs;
    try {
        // uniqueKeys: false, and duplicate keys found in linear time below (see duplicate-keys.ts).
        docs = [...new dist/* Composer */.Dk({ keepSourceTokens: true, uniqueKeys: false }).compose(tokens)];
    }
    catch (e) {
        if ((0,core_src/* isStackOverflow */.fF)(e))
            throw new core_src/* UserError */.yo(TOO_DEEP, { file });
        throw e;
    }
    for (const d of docs) {
        const err = d.errors[0];
        const duplicate = duplicateKeyOffsets(d)[0];
        // The earlier of the two in the file; at the same offset the composer reports the other error first.
        if (duplicate !== undefined && (!err || duplicate < err.pos[0])) {
            throw new core_src/* UserError */.yo(`invalid YAML: ${DUPLICATE_KEY}`, { file, ...lines.linePos(duplicate) });
        }
        if (err) {
            const { line, col } = lines.linePos(err.pos[0]);
            throw new core_src/* UserError */.yo(`invalid YAML: ${firstLine(err.message)}`, { file, line, col });
        }
    }
    if (docs.length === 0)
        throw new core_src/* UserError */.yo('the file holds no YAML document', { file, line: 1, col: 1 });
    if (docs.length > 1) {
        const { line, col } = lines.linePos(docs[1].range[0]);
        throw new core_src/* UserError */.yo(`the file holds ${docs.length} YAML documents; only single-document files can be edited`, {
            file,
            line,
            col,
        });
    }
    return { file, source, doc: docs[0], lines };
}
/**
 * The document as plain data (for a schema check). yaml's toJS expands every alias, and refuses a document
 * whose aliases would multiply without bound (a "billion laughs"): that refusal is the file's fault, so it is
 * a one-line error naming the file, like any other invalid YAML.
 */
function toData(f) {
    try {
        return f.doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    }
    catch (e) {
        if (e instanceof ReferenceError && /alias/i.test(e.message)) {
            throw new UserError(`invalid YAML: its aliases expand too much to be read (more than ${MAX_ALIAS_COUNT} copies of one anchor's value, as in a "billion laughs" document)`, { file: f.file });
        }
        throw e;
    }
}
/** yaml's own default: far more than a manifest or a graph ever repeats one anchor. */
const MAX_ALIAS_COUNT = 100;
/**
 * yaml's Parser checks a debugging switch, `process.env.LOG_TOKENS`, once per token, and every read of
 * `process.env` goes to the operating system's environment: on a 3 MB file that is about half the parse.
 * The parse is synchronous, so for its duration `process.env` is a plain copy (the switch still works).
 */
function withPlainEnv(f) {
    const env = process.env;
    process.env = { ...env };
    try {
        return f();
    }
    finally {
        process.env = env;
    }
}
/**
 * Everything that walks a document (the composer, finding a path, editing, checking that nothing else
 * changed) recurses once per level: a file nested deeper than this is refused when it is loaded, with a
 * clear error, instead of running out of stack somewhere later. Release files nest a handful of levels.
 */
const MAX_DEPTH = 500;
const TOO_DEEP = `the YAML is nested too deeply to be read (more than ${MAX_DEPTH} levels of mappings and sequences)`;
/**
 * The offset of the first (in the source) mapping or sequence nested `max` levels below a document's root
 * collection, if any; an explicit stack over the syntax tree, no recursion.
 */
function deepestCollection(tokens, max) {
    let first;
    const stack = tokens.map((t) => ({ token: t, depth: 0 }));
    while (stack.length > 0) {
        const { token, depth } = stack.pop();
        if (!token)
            continue;
        if (token.type === 'document')
            stack.push({ token: token.value, depth });
        else if (token.type === 'block-map' || token.type === 'block-seq' || token.type === 'flow-collection') {
            if (depth >= max) {
                if (first === undefined || token.offset < first)
                    first = token.offset;
                continue;
            }
            for (const item of token.items) {
                stack.push({ token: item.key, depth: depth + 1 }, { token: item.value, depth: depth + 1 });
            }
        }
    }
    return first;
}
function firstLine(message) {
    return message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
}

;// CONCATENATED MODULE: ./packages/yaml-edit/src/path.ts

class PathSyntaxError extends core_src/* UserError */.yo {
    constructor(path, at, expected) {
        super(`invalid path '${path}': expected ${expected} at character ${at + 1}`);
    }
}
const BARE = /[^.[\]"'=\s]/;
function path_parsePath(text) {
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
function path_formatPath(path) {
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

;// CONCATENATED MODULE: ./packages/yaml-edit/src/locate.ts




function locate_describeNode(node) {
    if ((0,dist/* isMap */.jh)(node))
        return 'a mapping';
    if ((0,dist/* isSeq */.oP)(node))
        return 'a sequence';
    if ((0,dist/* isScalar */.jn)(node))
        return node.value === null ? 'an empty value' : 'a scalar';
    if ((0,dist/* isAlias */.Vj)(node))
        return `an alias (*${node.source})`;
    return 'an empty value';
}
/** Does a key node name this path key? Integer keys match their text (`.cloudimg.rhel.9`). */
function keyMatches(key, name) {
    if (!(0,dist/* isScalar */.jn)(key))
        return false;
    if (key.value !== null && String(key.value) === name)
        return true;
    return key.source === name;
}
function lineOf(f, node) {
    return node?.range ? document_positionOf(f, node.range[0]).line : 1;
}
function locate_locate(f, path, opts) {
    let node = f.doc.contents ?? null;
    let pair;
    let inFlow = false;
    let shared = false;
    const concrete = [];
    const here = (i) => path_formatPath(path.slice(0, i + 1));
    const fail = (message, at) => {
        const range = at?.range;
        const pos = range ? document_positionOf(f, range[0]) : { line: 1, col: 1 };
        throw new core_src/* UserError */.yo(`${path_formatPath(path)}: ${message}`, { file: f.file, ...pos });
    };
    for (let i = 0; i < path.length; i++) {
        const seg = path[i];
        if ((0,dist/* isAlias */.Vj)(node)) {
            if (!opts.followAliases)
                fail(`${here(i - 1)} is an alias (*${node.source}); edit the anchored value instead`, node);
            node = node.resolve(f.doc) ?? null;
            shared = true;
        }
        pair = undefined;
        if (seg.kind === 'key') {
            if (!(0,dist/* isMap */.jh)(node)) {
                return fail(`expected a mapping at ${here(i - 1)}, found ${locate_describeNode(node)}`, node);
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
            if (!(0,dist/* isSeq */.oP)(node))
                return fail(`expected a sequence at ${here(i - 1)}, found ${locate_describeNode(node)}`, node);
            const seq = node;
            inFlow ||= Boolean(seq.flow);
            if (seg.index >= seq.items.length) {
                return fail(`index ${seg.index} is out of range: the sequence at line ${lineOf(f, seq)} has ${seq.items.length} items`, seq);
            }
            node = seq.items[seg.index] ?? null;
            concrete.push(seg);
        }
        else {
            if (!(0,dist/* isSeq */.oP)(node))
                return fail(`expected a sequence at ${here(i - 1)}, found ${locate_describeNode(node)}`, node);
            const seq = node;
            inFlow ||= Boolean(seq.flow);
            const matches = seq.items.filter((item) => {
                const m = (0,dist/* isAlias */.Vj)(item) && opts.followAliases ? item.resolve(f.doc) : item;
                if (!(0,dist/* isMap */.jh)(m))
                    return false;
                const p = findKey(f, m, seg.key, opts);
                return (p !== undefined &&
                    (0,dist/* isScalar */.jn)(p.pair.value) &&
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
    if ((0,dist/* isAlias */.Vj)(node) && opts.followAliases) {
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
    return segments.length === 0 ? '' : path_formatPath(segments);
}
/** A key in a mapping, or (when reading) in the mappings it merges with `<<`. Explicit keys win over merged ones. */
function findKey(f, map, name, opts) {
    for (const item of map.items)
        if ((0,dist/* isPair */.tO)(item) && keyMatches(item.key, name))
            return { pair: item, viaMerge: false };
    if (!opts.followAliases)
        return undefined;
    for (const item of map.items) {
        if (!(0,dist/* isPair */.tO)(item) || !(0,dist/* isScalar */.jn)(item.key) || item.key.value !== '<<')
            continue;
        const sources = (0,dist/* isSeq */.oP)(item.value) ? item.value.items : [item.value];
        for (const s of sources) {
            const target = (0,dist/* isAlias */.Vj)(s) ? s.resolve(f.doc) : s;
            if ((0,dist/* isMap */.jh)(target)) {
                const hit = findKey(f, target, name, opts);
                if (hit)
                    return { pair: hit.pair, viaMerge: true };
            }
        }
    }
    return undefined;
}

;// CONCATENATED MODULE: ./packages/yaml-edit/src/comment-edit.ts


/**
 * The blanks a file puts before an inline comment (Kata's versions.yaml uses two spaces everywhere): the
 * most common run of spaces between content and a `#` comment on the same line, ' ' when there is none.
 * Read from the `yaml` lexer's tokens, so a `#` inside a quoted string is not taken for a comment.
 */
function commentGap(source) {
    const counts = new Map();
    let before; // type of the token before the previous one
    let previous;
    for (const token of new dist/* Lexer */.JG().lex(source)) {
        const type = dist/* CST */.DB.tokenType(token);
        if (type === 'comment' && previous?.type === 'space' && before !== 'newline' && before !== undefined) {
            counts.set(previous.text, (counts.get(previous.text) ?? 0) + 1);
        }
        before = previous?.type;
        previous = { type, text: token };
    }
    let best = ' ';
    let most = 0;
    for (const [gap, n] of counts)
        if (n > most)
            [best, most] = [gap, n];
    return best;
}
/**
 * The edit that puts `comment` after a value ending at `end`: replace an existing `# …` on that line,
 * add one after `gap` (see commentGap), or (for `''`) remove it. Undefined when the comment is already so.
 */
function inlineCommentEdit(source, end, comment, gap = ' ') {
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
        return new core_src/* UserError */.yo('cannot put a comment after this value: more YAML follows it on the same line');
    if (comment === '')
        return undefined;
    return { start: end, end: i, text: `${gap}${wanted}` };
}

;// CONCATENATED MODULE: ./packages/yaml-edit/src/anchors.ts



/**
 * The one rule for anchors: an edit changes exactly one place. A value that carries an anchor, or lies
 * inside a collection that carries one, is shared with every alias of that anchor (`*base`, and merge
 * keys `<<: *base`), so editing it would also change those places: it is refused. An anchor that no
 * alias uses shares nothing, and a value under it is edited as any other.
 */
function sharedAnchor(f, concrete) {
    return sharedAnchorOf(f, concrete)?.message;
}
/** The innermost anchor an edit at `concrete` would change through its aliases, if any. */
function sharedAnchorOf(f, concrete) {
    const aliases = aliasLines(f);
    if (aliases.size === 0)
        return undefined;
    let node = f.doc.contents;
    const along = [];
    for (const seg of concrete) {
        if ((0,dist/* isMap */.jh)(node) || (0,dist/* isSeq */.oP)(node))
            along.push(node);
        if (seg.kind === 'key' && (0,dist/* isMap */.jh)(node)) {
            node = node.items.find((p) => (0,dist/* isPair */.tO)(p) && keyMatches(p.key, seg.key))?.value;
        }
        else if (seg.kind === 'index' && (0,dist/* isSeq */.oP)(node)) {
            node = node.items[seg.index];
        }
        else
            return undefined;
    }
    if ((0,dist/* isScalar */.jn)(node))
        along.push(node);
    // The innermost anchor is the one to name: it is the closest thing the user can see being shared.
    for (const n of along.reverse()) {
        const anchor = n.anchor;
        const uses = anchor === undefined ? undefined : aliases.get(anchor);
        if (!anchor || !uses)
            continue;
        const line = n.range ? document_positionOf(f, n.range[0]).line : 1;
        const what = n === node ? 'carries' : `lies inside ${locate_describeNode(n)} (line ${line}) that carries`;
        const where = uses.length === 1 ? `line ${uses[0]}` : `lines ${uses.join(', ')}`;
        return {
            anchor,
            aliasLines: uses,
            message: `${what} the anchor &${anchor}, which *${anchor} reuses at ${where}; editing it would change that place too (an edit changes exactly one place; allow-shared-anchor: true edits it anyway)`,
        };
    }
    return undefined;
}
/** Anchor name -> the lines of its aliases; once per file, for every edit of it. */
function aliasLines(f) {
    const cached = aliasesOf.get(f);
    if (cached)
        return cached;
    const out = new Map();
    aliasesOf.set(f, out);
    // Every alias starts with `*`: a file without one has none, and a large file is not walked for nothing.
    if (!f.source.includes('*'))
        return out;
    (0,dist/* visit */.YR)(f.doc, {
        Alias(_, node) {
            const line = node.range ? document_positionOf(f, node.range[0]).line : 1;
            const lines = out.get(node.source);
            if (lines)
                lines.push(line);
            else
                out.set(node.source, [line]);
        },
    });
    return out;
}
const aliasesOf = new WeakMap();

;// CONCATENATED MODULE: ./packages/yaml-edit/src/scalar-style.ts

const STR = 'tag:yaml.org,2002:str';
const SCHEMA_12 = new dist/* Schema */.Sj({ schema: 'core' });
const SCHEMA_11 = new dist/* Schema */.Sj({ schema: 'yaml-1.1', merge: true });
/** The tag a reader resolves a plain scalar to, found as the `yaml` package's composer finds it. */
function plainTag(schema, text) {
    const tag = schema.tags.find((t) => t.default === true && !t.collection && t.test?.test(text));
    return tag?.tag ?? STR;
}
/** PyYAML resolves these anywhere, not only as keys, then refuses to construct them as values. */
// A Map, not an object literal: a scalar such as `__proto__` or `constructor` must not find Object.prototype's.
const PYYAML_ONLY = new Map([
    ['=', 'tag:yaml.org,2002:value'],
    ['<<', 'tag:yaml.org,2002:merge'],
]);
/** The types of a plain scalar under both readers. */
function plainTags(text) {
    return { v12: plainTag(SCHEMA_12, text), v11: PYYAML_ONLY.get(text) ?? plainTag(SCHEMA_11, text) };
}
/**
 * The value `text` has when written plain in `context` (YAML 1.2), or undefined when it cannot stand there
 * as one plain scalar with exactly this text (it would end early, start a comment, read as an indicator…).
 */
function plainValue(text, context) {
    if (text === '' || text !== text.trim() || /[\r\n\t]/.test(text))
        return undefined;
    const doc = (0,dist/* parseDocument */.Tp)(context === 'flow' ? `[${text}]\n` : `k: ${text}\n`);
    if (doc.errors.length > 0 || doc.warnings.length > 0)
        return undefined;
    let node;
    if (context === 'flow') {
        if (!(0,dist/* isSeq */.oP)(doc.contents) || doc.contents.items.length !== 1)
            return undefined;
        node = doc.contents.items[0];
    }
    else {
        if (!(0,dist/* isMap */.jh)(doc.contents) || doc.contents.items.length !== 1)
            return undefined;
        node = doc.contents.items[0].value;
    }
    if (!(0,dist/* isScalar */.jn)(node) || node.type !== dist/* Scalar */.X5.PLAIN || node.source !== text || node.comment)
        return undefined;
    return { value: node.value };
}
/** Does a YAML 1.1 reader (go-yaml v2, PyYAML) read this plain scalar as a string? */
function isStringUnder11(text) {
    return plainTags(text).v11 === STR;
}
/** A plain scalar is a safe string when every reader, 1.1 or 1.2, gets back exactly this string. */
function isSafePlainString(text, context) {
    if (plainValue(text, context) === undefined)
        return false;
    const { v12, v11 } = plainTags(text);
    return v12 === STR && v11 === STR;
}
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
/**
 * Render `value` in the place of `existing` (undefined for a new key, which is a string field).
 * - A quoted string stays quoted in its style (single falls back to double when it cannot hold the value).
 * - A plain value stays plain when the new text, written plain, has the same type as the old one under
 *   YAML 1.2 and under YAML 1.1: `3` -> `4`, a 1.1 date `2026-05-29` -> `2026-07-27`, `v0.1` -> `v0.2`.
 * - Otherwise the value is written plain when every reader reads it as exactly this string, or, in a
 *   field that was not a string, when both readers agree on its type (`3` -> `1.5`); anything else gets
 *   double quotes (`3.10` into a version string stays a string).
 */
function renderScalar(value, existing, context) {
    const quoted = (style) => {
        const single = style === 'QUOTE_SINGLE' ? singleQuoted(value) : undefined;
        return { source: single ?? doubleQuoted(value), expected: value };
    };
    if (existing?.type === 'QUOTE_SINGLE' || existing?.type === 'QUOTE_DOUBLE')
        return quoted(existing.type);
    const plain = plainValue(value, context);
    if (plain === undefined)
        return quoted(undefined);
    const now = plainTags(value);
    const was = existing === undefined
        ? { v12: STR, v11: STR }
        : typeof existing.value === 'string' && existing.source === undefined
            ? { v12: STR, v11: STR }
            : plainTags(existing.source ?? String(existing.value));
    const keep = now.v12 === was.v12 && now.v11 === was.v11;
    const isString = now.v12 === STR && now.v11 === STR;
    const typedAlike = was.v12 !== STR && now.v12 === now.v11;
    return keep || isString || typedAlike ? { source: value, expected: plain.value } : quoted(undefined);
}

;// CONCATENATED MODULE: ./packages/yaml-edit/src/snapshot.ts


/**
 * Every leaf of a document as `[concrete path, typed value]`, in document order. Two snapshots that are
 * equal outside the edited paths prove an edit changed nothing else: no key, value, type or order.
 * Aliases stay unresolved (`*name`), so a leaf is compared where its bytes are.
 */
function snapshotLeaves(doc) {
    const out = [];
    const walk = (node, path) => {
        if ((0,dist/* isMap */.jh)(node)) {
            if (node.items.length === 0)
                out.push([path, '{}']);
            for (const item of node.items) {
                if (!(0,dist/* isPair */.tO)(item))
                    continue;
                const k = item.key;
                const name = (0,dist/* isScalar */.jn)(k) ? (k.value === null ? (k.source ?? '') : String(k.value)) : String(k);
                walk(item.value, path + path_formatPath([{ kind: 'key', key: name }]));
            }
        }
        else if ((0,dist/* isSeq */.oP)(node)) {
            if (node.items.length === 0)
                out.push([path, '[]']);
            node.items.forEach((item, i) => walk(item, `${path}[${i}]`));
        }
        else if ((0,dist/* isAlias */.Vj)(node)) {
            out.push([path, `*${node.source}`]);
        }
        else if ((0,dist/* isScalar */.jn)(node)) {
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

;// CONCATENATED MODULE: ./packages/yaml-edit/src/edit.ts









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
    const shared = [];
    const creations = new Map();
    const seen = new Map();
    const eol = (0,core_src/* detectEol */.eD)(f.source);
    const prefix = (s) => (s.origin ? `${s.origin}: ` : '');
    const fail = (s, message, offset) => {
        const pos = offset === undefined ? {} : document_positionOf(f, offset);
        errors.push(new core_src/* UserError */.yo(`${prefix(s)}${message}`, { file: f.file, ...pos }));
    };
    for (const set of sets) {
        let path;
        try {
            path = path_parsePath(set.path);
        }
        catch (e) {
            errors.push(new core_src/* UserError */.yo(`${prefix(set)}${e.message}`, { file: f.file }));
            continue;
        }
        const canonical = path_formatPath(path);
        if (/[\r\n]/.test(set.value)) {
            fail(set, `${canonical}: a value must be a single line`);
            continue;
        }
        let loc;
        try {
            loc = locate_locate(f, path, { followAliases: false });
        }
        catch (e) {
            if (!(e instanceof core_src/* UserError */.yo))
                throw e;
            errors.push(new core_src/* UserError */.yo(`${prefix(set)}${e.message}`, e.position));
            continue;
        }
        if (!loc.found) {
            const missing = path[loc.depth];
            const mapLine = loc.map.range ? document_positionOf(f, loc.map.range[0]).line : 1;
            if (!options.allowCreate) {
                fail(set, `${canonical}: no key '${missing.key}' in the mapping at line ${mapLine} (set allow-create to add it)`, loc.map.range?.[0]);
                continue;
            }
            const rest = path.slice(loc.depth);
            if (rest.some((s) => s.kind !== 'key')) {
                fail(set, `${canonical}: cannot create ${path_formatPath(rest)}: only mapping keys can be created, not sequence items`, loc.map.range?.[0]);
                continue;
            }
            if (loc.inFlow || loc.map.flow) {
                fail(set, `${canonical}: cannot add a key to the flow mapping at line ${mapLine}; only block mappings can grow`, loc.map.range?.[0]);
                continue;
            }
            const concrete = loc.concrete + path_formatPath(rest);
            if (!claim(seen, concrete, set, errors, f, canonical))
                continue;
            const rendered = renderScalar(set.value, undefined, 'block');
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
        if ((0,dist/* isAlias */.Vj)(node)) {
            fail(set, `${canonical} is an alias (*${node.source}); edit the anchored value instead`, at);
            continue;
        }
        if (node !== null && !(0,dist/* isScalar */.jn)(node)) {
            fail(set, `${canonical} is ${locate_describeNode(node)}, not a scalar value; give the path of a value inside it`, at);
            continue;
        }
        const scalar = node;
        if (scalar && (scalar.type === dist/* Scalar */.X5.BLOCK_LITERAL || scalar.type === dist/* Scalar */.X5.BLOCK_FOLDED)) {
            fail(set, `${canonical} is a block scalar (| or >); only plain and quoted values can be set`, at);
            continue;
        }
        if (scalar?.tag) {
            fail(set, `${canonical} has an explicit tag (${scalar.tag}); refusing to guess how to write it`, at);
            continue;
        }
        const anchored = sharedAnchorOf(f, path_parsePath(loc.concrete || '.'));
        if (anchored && !set.allowSharedAnchor) {
            fail(set, `${canonical} ${anchored.message}`, at);
            continue;
        }
        if (anchored)
            shared.push({ path: canonical, anchor: anchored.anchor, aliasLines: anchored.aliasLines });
        if (!claim(seen, loc.concrete, set, errors, f, canonical))
            continue;
        if (!scalar || !scalar.range) {
            fail(set, `${canonical} has no value to replace`, at);
            continue;
        }
        const empty = scalar.source === '' && scalar.range[0] === scalar.range[1];
        let [start, end] = scalar.range;
        if (empty) {
            const spot = emptyValueSpot(f, loc.pair, parentSeqItem(f, path_parsePath(loc.concrete || '.')));
            if (spot === undefined) {
                fail(set, `${canonical} is an empty value with no key or item indicator to write after`, start);
                continue;
            }
            [start, end] = spot;
        }
        const oldText = scalarText(scalar);
        const rendered = renderScalar(set.value, empty ? undefined : scalar, loc.inFlow ? 'flow' : 'block');
        const sameValue = !empty && Object.is(scalar.value, rendered.expected);
        const commentEdit = set.comment === undefined ? undefined : inlineCommentEdit(f.source, end, set.comment, commentGap(f.source));
        if (commentEdit instanceof core_src/* UserError */.yo) {
            fail(set, `${canonical}: ${commentEdit.message}`, start);
            continue;
        }
        if (sameValue && !commentEdit) {
            unchanged.push({ site: canonical, old: set.value, new: set.value, line: document_positionOf(f, start).line });
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
    (0,core_src/* throwIfAny */.MI)(errors);
    for (const tree of creations.values())
        edits.push(creationEdit(f, tree, eol));
    const after = (0,core_src/* applyEdits */.ct)(f.source, edits);
    const changes = verify(f, after, planned);
    return { file: f.file, before: f.source, after, edits, changes, unchanged, shared };
}
/** Two requests may not reach the same value (directly or through different selectors). */
function claim(seen, concrete, set, errors, f, canonical) {
    const earlier = seen.get(concrete);
    if (earlier) {
        const who = earlier.origin ? ` (${earlier.origin})` : '';
        errors.push(new core_src/* UserError */.yo(`${set.origin ? `${set.origin}: ` : ''}${canonical} is set twice: an earlier request${who} already sets ${concrete}`, { file: f.file }));
        return false;
    }
    seen.set(concrete, set);
    return true;
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
            return `${concrete}${path_formatPath(keys.slice(0, i + 1).map((x) => ({ kind: 'key', key: x.key })))} is both a value and a mapping`;
        if (!last && node.leaf)
            return `${concrete}${path_formatPath(keys.slice(0, i + 1).map((x) => ({ kind: 'key', key: x.key })))} is both a value and a mapping`;
        if (last)
            node.leaf = comment === undefined ? { rendered } : { rendered, comment };
        level = node.children;
    }
    return undefined;
}
function renderKey(key) {
    return key !== '<<' && isSafePlainString(key, 'block') && !key.includes(': ') ? key : doubleQuoted(key);
}
/** Indentation step of the document: how far its first nested block mapping is indented. */
function indentStep(f) {
    const root = f.doc.contents;
    if (!(0,dist/* isMap */.jh)(root))
        return 2;
    for (const item of root.items) {
        if (!(0,dist/* isPair */.tO)(item) || !(0,dist/* isMap */.jh)(item.value) || item.value.flow || item.value.items.length === 0)
            continue;
        const inner = item.value.items[0].key.range?.[0];
        const outer = item.key.range?.[0];
        if (inner === undefined || outer === undefined)
            continue;
        const step = document_positionOf(f, inner).col - document_positionOf(f, outer).col;
        if (step > 0)
            return step;
    }
    return 2;
}
/** All keys created in one mapping, written as one block after its last entry, in its indentation. */
function creationEdit(f, tree, eol) {
    const { map } = tree;
    const last = map.items[map.items.length - 1];
    if (!last || !(0,dist/* isPair */.tO)(last))
        throw new core_src/* UserError */.yo(`cannot add keys to the empty mapping at ${tree.concrete || '.'}`, { file: f.file });
    const firstKey = map.items[0].key;
    const indent = document_positionOf(f, firstKey.range[0]).col - 1;
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
        after = loadYaml(text, f.file);
    }
    catch (e) {
        throw new Error(`internal error: the edit of ${f.file} produced unparsable YAML (${e.message}); nothing was written`, { cause: e });
    }
    const changes = [];
    for (const p of planned) {
        // By the concrete path (indices, not selectors): an edit may change the very value a selector matched.
        const loc = locate_locate(after, path_parsePath(p.concrete), { followAliases: false });
        const node = loc.found ? loc.node : null;
        if (!(0,dist/* isScalar */.jn)(node) || !Object.is(node.value, p.rendered.expected)) {
            throw new Error(`internal error: ${p.canonical} in ${f.file} would read back as ${(0,dist/* isScalar */.jn)(node) ? JSON.stringify(node.value) : locate_describeNode(node)}, not ${JSON.stringify(p.rendered.expected)}; nothing was written`);
        }
        changes.push({ site: p.canonical, old: p.old, new: p.set.value, line: document_positionOf(after, node.range[0]).line });
    }
    const edited = new Set(planned.filter((p) => !p.created).map((p) => p.concrete));
    const created = planned.filter((p) => p.created).map((p) => p.concrete);
    const keep = (isNew) => ([path]) => !edited.has(path) &&
        !(isNew && created.some((c) => path === c || c.startsWith(path + '.') || path.startsWith(c + '.')));
    const before = snapshotLeaves(f.doc).filter(keep(false));
    const now = snapshotLeaves(after.doc).filter(keep(true));
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
/** The block sequence and item index an index path ends in, for an empty item (`- ` with nothing after). */
function parentSeqItem(f, concrete) {
    const last = concrete[concrete.length - 1];
    if (last?.kind !== 'index')
        return undefined;
    const loc = locate_locate(f, concrete.slice(0, -1), { followAliases: false });
    return loc.found && (0,dist/* isSeq */.oP)(loc.node) ? { seq: loc.node, index: last.index } : undefined;
}
/**
 * Where a value goes in place of an empty one (`key:`, `key: &anchor`, `- `), which has no bytes of its own
 * (the parser may even place it after a comment on the next line): after the indicator and any anchor or
 * tag that follows it. Trailing blanks up to the end of the line are replaced, so none is left behind.
 */
function emptyValueSpot(f, pair, item) {
    const src = f.source;
    let at;
    if (pair) {
        const keyEnd = pair.key?.range?.[1];
        const colon = keyEnd === undefined ? -1 : src.indexOf(':', keyEnd);
        if (colon === -1)
            return undefined;
        at = colon + 1;
    }
    else if (item) {
        const token = item.seq.srcToken;
        const dash = token?.items?.[item.index]?.start.find((t) => t.type === 'seq-item-ind');
        if (!dash)
            return undefined;
        at = dash.offset + 1;
    }
    else
        return undefined;
    const blanks = /[ \t]*/y;
    const property = /[&!][^\s,[\]{}]*/y;
    for (;;) {
        blanks.lastIndex = at;
        blanks.exec(src);
        property.lastIndex = blanks.lastIndex;
        if (!property.exec(src))
            break;
        at = property.lastIndex;
    }
    blanks.lastIndex = at;
    blanks.exec(src);
    const next = src[blanks.lastIndex];
    const atEol = next === undefined || next === '\n' || next === '\r';
    return [at, atEol ? blanks.lastIndex : at];
}

;// CONCATENATED MODULE: ./packages/yaml-edit/src/read.ts





/** Read the scalar at `path`, following aliases and merge keys; anything but a scalar is a UserError. */
function readScalar(f, pathText) {
    const path = parsePath(pathText);
    const canonical = formatPath(path);
    const loc = locate(f, path, { followAliases: true });
    if (!loc.found) {
        const missing = path[loc.depth];
        const line = loc.map.range ? positionOf(f, loc.map.range[0]).line : 1;
        const key = missing?.kind === 'key' ? missing.key : '';
        throw new UserError(`${canonical}: no key '${key}' in the mapping at line ${line}`, { file: f.file, line });
    }
    const node = loc.node;
    if (!isScalar(node) || node.value === null) {
        const at = node?.range ? positionOf(f, node.range[0]) : { line: 1, col: 1 };
        throw new UserError(`${canonical} is ${describeNode(node)}, not a scalar value`, { file: f.file, ...at });
    }
    const { line, col } = positionOf(f, node.range[0]);
    // A plain number or date is returned as written (`1.10`, not the 1.1 a reader makes of it): callers
    // compare versions as text.
    const v = node.value;
    return { value: typeof v === 'string' ? v : (node.source ?? String(v)), line, col };
}

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

;// CONCATENATED MODULE: ./packages/yaml-edit/src/schema-errors.ts



/** The YAML node a JSON pointer (`/pins/0/kind`) points at. */
function nodeAt(f, pointer) {
    let node = f.doc.contents;
    for (const raw of pointer.split('/').slice(1)) {
        const key = raw.replaceAll('~1', '/').replaceAll('~0', '~');
        if (isMap(node)) {
            const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === key);
            node = pair?.value ?? pair?.key ?? null;
        }
        else if (isSeq(node))
            node = node.items[Number(key)] ?? null;
        else
            return node ?? undefined;
        if (!node)
            return undefined;
    }
    return node ?? undefined;
}
function keyNode(f, pointer, key) {
    const parent = nodeAt(f, pointer);
    if (!isMap(parent))
        return parent;
    const pair = parent.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === key);
    return pair?.key ?? parent;
}
/** `/pins/3/kind` as `pins[3].kind`. */
function where(pointer, whole) {
    if (pointer === '')
        return whole;
    return pointer
        .slice(1)
        .split('/')
        .map((s) => s.replaceAll('~1', '/').replaceAll('~0', '~'))
        .map((s, i) => (/^\d+$/.test(s) ? `[${s}]` : i === 0 ? s : `.${s}`))
        .join('');
}
function schemaErrors(f, errors, o) {
    const out = new Map();
    const at = (node) => ({ file: f.file, ...(node?.range ? positionOf(f, node.range[0]) : {}) });
    for (const e of errors) {
        let node = nodeAt(f, e.instancePath);
        const name = where(e.instancePath, o.whole);
        const site = o.exclusive !== undefined && o.exclusive.at.test(e.instancePath);
        let message;
        if (e.keyword === 'additionalProperties') {
            const extra = String(e.params['additionalProperty']);
            node = keyNode(f, e.instancePath, extra);
            message = `${name}: unknown key '${extra}'`;
        }
        else if (e.keyword === 'required') {
            if (site && o.exclusive.keys.includes(String(e.params['missingProperty'])))
                continue;
            message = `${name}: '${String(e.params['missingProperty'])}' is required`;
        }
        else if (site && (e.keyword === 'oneOf' || e.keyword === 'not')) {
            const keys = o.exclusive.keys.map((k) => `'${k}'`);
            message = `${name}: ${o.exclusive.what} needs exactly one of ${keys.slice(0, -1).join(', ')} or ${keys.at(-1)}`;
        }
        else if (e.keyword === 'enum') {
            message = `${name}: expected one of ${e.params['allowedValues'].join(', ')}, got '${String(nodeValue(node))}'`;
        }
        else if (e.keyword === 'type') {
            message = `${name}: expected ${String(e.params['type'])}`;
        }
        else if (e.keyword === 'propertyNames' || (e.keyword === 'pattern' && e.propertyName !== undefined)) {
            if (e.keyword === 'pattern')
                continue;
            const bad = String(e.params['propertyName']);
            node = keyNode(f, e.instancePath, bad);
            message = `${name}: '${bad}' is not ${o.keyNames ?? 'a valid name'}`;
        }
        else if (e.keyword === 'pattern') {
            const hint = o.hints?.[name.replace(/\[\d+\]/g, '[]').replace(/^(\w+)\.[^.[]+\./, '$1.*.')] ??
                (e.params['pattern'] === '\\S' ? 'must not be empty' : `must match ${String(e.params['pattern'])}`);
            message = `${name}: ${hint}, got '${String(nodeValue(node))}'`;
        }
        else if (e.keyword === 'minLength' || e.keyword === 'minProperties') {
            message = `${name}: must not be empty`;
        }
        else {
            message = `${name}: ${e.message ?? e.keyword}`;
        }
        const err = new UserError(message, at(node));
        out.set(err.toString(), err);
    }
    return [...out.values()];
}
function nodeValue(node) {
    return isScalar(node) ? node.value : node === undefined ? '' : node.toString();
}

;// CONCATENATED MODULE: ./packages/yaml-edit/src/index.ts












;// CONCATENATED MODULE: ./packages/helm-chart/src/chart-file.ts



function readChartFile(source, display) {
    const odd = /[\u0085\u2028\u2029]/.exec(source);
    if (odd) {
        // YAML 1.1 (go-yaml, so Helm) breaks lines there; YAML 1.2 does not: the two would read different files.
        const line = source.slice(0, odd.index).split('\n').length;
        const name = `U+${odd[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
        throw new core_src/* UserError */.yo(`holds the character ${name}, which Helm (YAML 1.1) reads as a line break; write it as an escape`, {
            file: display,
            line,
        });
    }
    const file = loadYaml(source, display);
    const root = file.doc.contents;
    const at = (node) => {
        const range = node?.range;
        return range ? document_positionOf(file, range[0]) : { line: 1, col: 1 };
    };
    const fail = (message, node) => {
        throw new core_src/* UserError */.yo(message, { file: display, ...at(node) });
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
        if (!isStringUnder11(text) && !TIMESTAMP_START.test(text)) {
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
        if (isStringUnder11(text) || TIMESTAMP_START.test(text))
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

;// CONCATENATED MODULE: ./packages/helm-chart/src/lock-file.ts



/** Read an existing Chart.lock (what `helm dependency update` compares its new digest with). */
function readLockFile(source, display) {
    // Duplicate keys are found in linear time by duplicateKeyOffsets, not by yaml's quadratic uniqueKeys.
    const doc = (0,dist/* parseDocument */.Tp)(source, { prettyErrors: false, uniqueKeys: false, keepSourceTokens: true });
    const bad = (message, line = 1) => {
        throw new core_src/* UserError */.yo(`not a Chart.lock Helm could read: ${message}`, { file: display, line });
    };
    const duplicate = duplicateKeyOffsets(doc)[0];
    const err = doc.errors[0];
    if (duplicate !== undefined && (!err || duplicate < err.pos[0]))
        bad(DUPLICATE_KEY);
    if (err)
        bad(err.message.split('\n')[0]);
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
        throw new core_src/* UserError */.yo(`cannot write ${JSON.stringify(s)} into Chart.lock exactly as Helm would: it holds whitespace or control characters`);
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
    if (s === '' || (!isStringUnder11(s) && s !== '<<' && s !== '='))
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









/**
 * Plan the edits of a chart release without touching anything: new Chart.yaml texts (byte-exact edits of
 * version, appVersion and dependency versions), and Chart.lock as Helm 3's `helm dependency update` would
 * leave it. Charts are processed dependencies first, so a chart that takes a listed chart through file://
 * sees its new version. Every problem of every chart is collected and thrown together; nothing is returned
 * to write unless the whole plan holds.
 */
function planChartBumps(workspace, requests, options = {}) {
    const { errors, attempt: collect } = (0,core_src/* collectErrors */.ul)();
    const loaded = loadCharts(workspace, requests, collect);
    (0,core_src/* throwIfAny */.MI)(errors);
    const order = dependencyOrder(loaded);
    const newVersions = new Map();
    const versionOf = (c, d, target) => {
        const listed = newVersions.get(target);
        if (listed !== undefined)
            return listed;
        const path = inDir(target, 'Chart.yaml');
        const text = workspace.read(path);
        if (text === undefined) {
            throw new core_src/* UserError */.yo(`${c.prefix}dependency ${d.key} comes from ${d.dep.repository}, but ${path} does not exist`, {
                file: c.chartPath,
                line: d.line,
            });
        }
        const version = readChartFile(text, path).version.value;
        newVersions.set(target, version);
        return version;
    };
    const plan = { files: [], charts: [], warnings: [] };
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
    (0,core_src/* throwIfAny */.MI)(errors);
    return plan;
    /** One chart: its version, appVersion and dependency requirements in Chart.yaml, then its Chart.lock. */
    function planOne(c) {
        const { errors: chartErrors, attempt } = (0,core_src/* collectErrors */.ul)();
        const fail = (message, line) => {
            chartErrors.push(new core_src/* UserError */.yo(`${c.prefix}${message}`, { file: c.chartPath, line }));
        };
        const old = c.model.version.value;
        const version = newChartVersion(c, fail);
        newVersions.set(c.dir, version);
        const sets = [];
        if (version !== old)
            sets.push({ path: '.version', value: version });
        const appVersion = appVersionSet(c, version);
        if (appVersion)
            sets.push(appVersion);
        const pinned = dependencyPins(c, chartErrors, fail);
        const { targets, depResults } = dependencyRequirements(c, pinned, sets, attempt, fail);
        (0,core_src/* throwIfAny */.MI)(chartErrors);
        const text = planChartYaml(c, sets);
        plan.charts.push({ chart: c.dir, name: c.model.name, old, new: version, dependencies: depResults });
        planLock(c, text, targets);
    }
    /** The requirement of each dependency: pins first, then local charts follow their chart's version. */
    function dependencyRequirements(c, pinned, sets, attempt, fail) {
        const depResults = [];
        const targets = new Map();
        for (const d of c.model.dependencies ?? []) {
            const pin = pinned.get(d);
            let requirement = pin?.version ?? d.dep.version;
            if (d.dep.repository.startsWith('file://')) {
                const dir = fileTarget(c, d);
                const target = attempt(() => versionOf(c, d, dir));
                if (target === undefined)
                    continue;
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
        return { targets, depResults };
    }
    /** Chart.yaml's byte-exact edits; the text it will hold. */
    function planChartYaml(c, sets) {
        const edit = sets.length > 0 ? editYaml(c.model.file, sets, { allowCreate: true }) : undefined;
        const text = edit?.after ?? c.source;
        if (edit && edit.edits.length > 0) {
            plan.files.push({
                file: c.chartPath,
                before: c.source,
                after: text,
                edits: edit.edits,
                // A dependency by its name or alias, as the request gave it, rather than by its index.
                changes: edit.changes.map((ch) => ({ ...ch, site: siteName(ch.site, c.model.dependencies ?? []) })),
            });
        }
        return text;
    }
    /** Chart.lock, from Chart.yaml as it will be: removed, kept (with a warning when stale) or updated. */
    function planLock(c, text, targets) {
        const { model, prefix, request } = c;
        const file = c.chartPath;
        const lockMode = c.request.lock ?? 'update';
        const lockPath = inDir(c.dir, 'Chart.lock');
        const lockText = workspace.read(lockPath);
        if (lockMode === 'remove') {
            if (lockText !== undefined) {
                plan.files.push({
                    file: lockPath,
                    before: lockText,
                    after: null,
                    changes: [{ site: 'digest', old: digestOf(lockText), new: null }],
                });
            }
            return;
        }
        const updated = text === c.source ? model : readChartFile(text, file);
        if (updated.dependencies === null)
            return; // Helm writes no lock for a chart without dependencies
        if (model.apiVersion === 'v1' && workspace.read(inDir(c.dir, 'requirements.yaml')) !== undefined) {
            throw new core_src/* UserError */.yo(`${prefix}apiVersion v1 charts keep their dependencies in requirements.yaml, which is not supported`, { file, line: 1 });
        }
        if (lockMode === 'keep') {
            keptLockWarnings(c, updated, lockPath, lockText, targets);
            return;
        }
        const oldLock = lockText === undefined ? undefined : readLockFile(lockText, lockPath);
        // A left-out entry is out of the lock and of the digest, as if Chart.yaml did not list it (the charts
        // repository's update-dependencies.sh removes its CI-only entry before `helm dependency update`).
        const excluded = new Set(request.lockExclude ?? []);
        const lockedChart = {
            ...updated,
            dependencies: updated.dependencies.filter((d) => !excluded.has(`${d.dep.name}@${d.dep.version}`)),
        };
        const locked = lockDependencies(c, lockedChart, targets);
        const digest = hashReq(lockedChart.dependencies.map((d) => d.dep), locked);
        const lockedEntries = locked.map(({ name, repository, version }) => ({
            name,
            repository,
            version,
        }));
        if (oldLock && oldLock.digest === digest && sameEntries(oldLock, lockedEntries))
            return;
        const newLock = renderLockFile({ dependencies: lockedEntries, digest, generated });
        plan.files.push({
            file: lockPath,
            before: lockText ?? null,
            after: newLock,
            changes: [{ site: 'digest', old: oldLock?.digest ?? null, new: digest }],
        });
    }
    /** lock: keep leaves Chart.lock as it is, whatever it holds: it only says when Helm would find it stale. */
    function keptLockWarnings(c, updated, lockPath, lockText, targets) {
        let oldLock;
        try {
            oldLock = lockText === undefined ? undefined : readLockFile(lockText, lockPath);
        }
        catch (e) {
            if (!(e instanceof core_src/* UserError */.yo))
                throw e;
            plan.warnings.push(`${lockPath} is kept, but Helm cannot read it: ${e.message}`);
        }
        if (!oldLock)
            return;
        const locked = tryLock(c, updated, targets);
        if (locked &&
            hashReq((updated.dependencies ?? []).map((d) => d.dep), locked) !== oldLock.digest) {
            plan.warnings.push(`${lockPath} no longer matches ${c.chartPath} (helm dependency build will refuse it); lock: update regenerates it`);
        }
    }
    /** resolver.go's Resolve for requirements that need no repository index: exact versions and local charts. */
    function lockDependencies(c, chart, targets) {
        const errs = [];
        const out = [];
        const byIndex = new Map([...targets].map(([d, t]) => [d.index, t]));
        for (const d of chart.dependencies ?? []) {
            const { name, repository, version } = d.dep;
            const where = { file: c.chartPath, line: d.versionLine };
            const fail = (message) => void errs.push(new core_src/* UserError */.yo(`${c.prefix}dependency ${d.key}: ${message}`, where));
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
        (0,core_src/* throwIfAny */.MI)(errs);
        return out;
    }
    function tryLock(c, chart, targets) {
        try {
            return lockDependencies(c, chart, targets);
        }
        catch (e) {
            if (e instanceof core_src/* UserError */.yo)
                return undefined;
            throw e;
        }
    }
}
/**
 * `app-bump`: the part of the appVersion that changes (v0.21.0 -> v0.21.1 a patch, v0.21.1 -> v0.22.0 a
 * minor), to bump the chart's version by.
 */
function appBump(from, to) {
    if (to === undefined)
        return {
            error: 'version app-bump follows the app-version, but no app-version is given (or it is {chart-version})',
        };
    const a = from === undefined ? null : semver_default().parse(from.replace(/^v(?=\d)/, ''));
    const b = semver_default().parse(to.replace(/^v(?=\d)/, ''));
    if (a === null || b === null)
        return {
            error: `version app-bump needs SemVer versions on both sides, got appVersion ${from ?? '(none)'} -> ${to}`,
        };
    if (semver_default().lt(b, a))
        return { error: `version app-bump: app-version ${to} is below the chart's appVersion ${from}` };
    if (a.major !== b.major)
        return 'major';
    if (a.minor !== b.minor)
        return 'minor';
    return 'patch';
}
/** Read every listed chart (each once), and note which listed charts each takes through file://. */
function loadCharts(workspace, requests, collect) {
    const loaded = [];
    const byDir = new Map();
    for (const request of requests) {
        collect(() => {
            const prefix = request.origin ? `${request.origin}: ` : '';
            const dir = chartDir(request.chart, prefix);
            const earlier = byDir.get(dir);
            if (earlier)
                throw new core_src/* UserError */.yo(`${prefix}chart ${dir} is listed twice`);
            const chartPath = inDir(dir, 'Chart.yaml');
            const source = workspace.read(chartPath);
            if (source === undefined) {
                throw new core_src/* UserError */.yo(`${prefix}${dir}: no Chart.yaml in this directory (give the chart's directory)`);
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
    return loaded;
}
/**
 * The chart's new version: its version bumped (major, minor, patch, or app-bump: the part app-version changes
 * by), or the version given. A relative bump is applied once (a chart whose appVersion already is the
 * requested one keeps its version); an exact version below the chart's is refused unless allowDowngrade.
 */
function newChartVersion(c, fail) {
    const { request, model, prefix } = c;
    const old = model.version.value;
    if (request.version === undefined)
        return old;
    const wanted = request.version.trim();
    const appWanted = request.appVersion === undefined || request.appVersion.includes('{chart-version}') ? undefined : request.appVersion;
    const relative = isBump(wanted) || wanted === 'app-bump';
    // In place already: this release's bump was applied (a re-run), whatever the bump says.
    if (relative && appWanted !== undefined && model.appVersion?.value === appWanted)
        return old;
    if (relative && !isExactSemver(old)) {
        fail(`cannot bump version ${old}: it is not a SemVer 2 version (X.Y.Z)`, model.version.line);
        return old;
    }
    if (wanted === 'app-bump') {
        const level = appBump(model.appVersion?.value, appWanted);
        if (typeof level === 'string')
            return bump(old, level);
        fail(level.error, (appWanted !== undefined && model.appVersion?.line) || model.version.line);
        return old;
    }
    if (isBump(wanted))
        return bump(old, wanted);
    if (isExactSemver(wanted)) {
        if (isExactSemver(old) && semver_default().lt(wanted, old) && !request.allowDowngrade) {
            fail(`version ${wanted} is below the chart's current version ${old}: a chart never goes backwards ` +
                '(allow-downgrade: true accepts it)', model.version.line);
            return old;
        }
        return wanted;
    }
    const hint = isExactSemver(wanted.replace(/^[v=]/, ''))
        ? ` (without the leading ${wanted[0]}: ${wanted.slice(1)})`
        : '';
    throw new core_src/* UserError */.yo(`${prefix}version ${JSON.stringify(wanted)} is neither major, minor, patch, app-bump nor a SemVer 2 version${hint}`);
}
/** appVersion with {chart-version} filled in; undefined when none is asked or Chart.yaml holds it already. */
function appVersionSet(c, version) {
    const { request, model, prefix } = c;
    if (request.appVersion === undefined)
        return undefined;
    const appVersion = request.appVersion.replaceAll('{chart-version}', version);
    const unknown = /\{[^{}\s]*\}/.exec(appVersion);
    if (unknown) {
        throw new core_src/* UserError */.yo(`${prefix}app-version: unknown placeholder ${unknown[0]} (only {chart-version} is known)`);
    }
    if (/[\r\n]/.test(appVersion))
        throw new core_src/* UserError */.yo(`${prefix}app-version must be a single line`);
    if (model.appVersion?.value !== appVersion || model.appVersion === null)
        return { path: '.appVersion', value: appVersion };
    return undefined;
}
/** Each requested pin, matched to exactly one dependency by its alias or name. */
function dependencyPins(c, chartErrors, fail) {
    const { request, model, prefix } = c;
    const deps = model.dependencies ?? [];
    const pinned = new Map();
    for (const pin of request.dependencies ?? []) {
        const where = pin.origin ? `${pin.origin}: ` : '';
        const version = pin.version.trim();
        if (version === '' || /\s/.test(version)) {
            chartErrors.push(new core_src/* UserError */.yo(`${prefix}${where}${pin.name}: expected NAME=VERSION with a version without spaces`));
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
    return pinned;
}
/** `file://../x` relative to the chart, as a workspace-relative directory; outside the workspace is refused. */
function fileTarget(c, d) {
    const rel = d.dep.repository.slice('file://'.length);
    const where = { file: c.chartPath, line: d.line };
    if (rel.startsWith('/')) {
        throw new core_src/* UserError */.yo(`${c.prefix}dependency ${d.key}: ${d.dep.repository} is an absolute path; only paths inside the workspace can be read`, where);
    }
    const target = external_node_path_.posix.normalize(external_node_path_.posix.join(c.dir, rel)).replace(/\/+$/, '');
    if (target === '..' || target.startsWith('../')) {
        throw new core_src/* UserError */.yo(`${c.prefix}dependency ${d.key}: ${d.dep.repository} points outside the workspace`, where);
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
        throw new core_src/* UserError */.yo(`${prefix}empty chart directory`);
    if (raw.startsWith('/'))
        throw new core_src/* UserError */.yo(`${prefix}${raw}: give the chart directory relative to the workspace`);
    const dir = external_node_path_.posix.normalize(raw).replace(/\/+$/, '') || '.';
    if (dir === '..' || dir.startsWith('../'))
        throw new core_src/* UserError */.yo(`${prefix}refusing ${raw}: it is outside the workspace`);
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
            throw new core_src/* UserError */.yo(`the listed charts depend on each other through file:// in a cycle: ${cycle}`);
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
