export const id = 377;
export const ids = [377];
export const modules = {

/***/ 2377:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  editYaml: () => (/* reexport */ editYaml),
  loadYaml: () => (/* reexport */ loadYaml),
  readScalar: () => (/* reexport */ readScalar)
});

// EXTERNAL MODULE: ./packages/core/src/index.ts + 9 modules
var core_src = __webpack_require__(6408);
// EXTERNAL MODULE: ./packages/yaml-edit/src/comment-edit.ts
var comment_edit = __webpack_require__(4696);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./packages/yaml-edit/src/document.ts


/** 1-based line and column of an offset. */
function positionOf(f, offset) {
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
    const tokens = [...new dist/* Parser */.iX(lines.addNewLine).parse(source)];
    const deep = deepestCollection(tokens, MAX_DEPTH);
    if (deep !== undefined)
        throw new core_src/* UserError */.yo(TOO_DEEP, { file, ...lines.linePos(deep) });
    let docs;
    try {
        docs = [...new dist/* Composer */.Dk({ keepSourceTokens: true }).compose(tokens)];
    }
    catch (e) {
        if ((0,core_src/* isStackOverflow */.fF)(e))
            throw new core_src/* UserError */.yo(TOO_DEEP, { file });
        throw e;
    }
    for (const d of docs) {
        const err = d.errors[0];
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

// EXTERNAL MODULE: ./packages/yaml-edit/src/path.ts
var src_path = __webpack_require__(4251);
;// CONCATENATED MODULE: ./packages/yaml-edit/src/locate.ts




function describeNode(node) {
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
    return node?.range ? positionOf(f, node.range[0]).line : 1;
}
function locate(f, path, opts) {
    let node = f.doc.contents ?? null;
    let pair;
    let inFlow = false;
    let shared = false;
    const concrete = [];
    const here = (i) => (0,src_path/* formatPath */.jV)(path.slice(0, i + 1));
    const fail = (message, at) => {
        const range = at?.range;
        const pos = range ? positionOf(f, range[0]) : { line: 1, col: 1 };
        throw new core_src/* UserError */.yo(`${(0,src_path/* formatPath */.jV)(path)}: ${message}`, { file: f.file, ...pos });
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
            if (!(0,dist/* isSeq */.oP)(node))
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
            if (!(0,dist/* isSeq */.oP)(node))
                return fail(`expected a sequence at ${here(i - 1)}, found ${describeNode(node)}`, node);
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
    return segments.length === 0 ? '' : (0,src_path/* formatPath */.jV)(segments);
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

// EXTERNAL MODULE: ./packages/yaml-edit/src/scalar-style.ts
var scalar_style = __webpack_require__(1576);
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
                walk(item.value, path + (0,src_path/* formatPath */.jV)([{ kind: 'key', key: name }]));
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
    const creations = new Map();
    const seen = new Map();
    const eol = (0,core_src/* detectEol */.eD)(f.source);
    const prefix = (s) => (s.origin ? `${s.origin}: ` : '');
    const fail = (s, message, offset) => {
        const pos = offset === undefined ? {} : positionOf(f, offset);
        errors.push(new core_src/* UserError */.yo(`${prefix(s)}${message}`, { file: f.file, ...pos }));
    };
    for (const set of sets) {
        let path;
        try {
            path = (0,src_path/* parsePath */.Rr)(set.path);
        }
        catch (e) {
            errors.push(new core_src/* UserError */.yo(`${prefix(set)}${e.message}`, { file: f.file }));
            continue;
        }
        const canonical = (0,src_path/* formatPath */.jV)(path);
        if (/[\r\n]/.test(set.value)) {
            fail(set, `${canonical}: a value must be a single line`);
            continue;
        }
        let loc;
        try {
            loc = locate(f, path, { followAliases: false });
        }
        catch (e) {
            if (!(e instanceof core_src/* UserError */.yo))
                throw e;
            errors.push(new core_src/* UserError */.yo(`${prefix(set)}${e.message}`, e.position));
            continue;
        }
        if (!loc.found) {
            const missing = path[loc.depth];
            const mapLine = loc.map.range ? positionOf(f, loc.map.range[0]).line : 1;
            if (!options.allowCreate) {
                fail(set, `${canonical}: no key '${missing.key}' in the mapping at line ${mapLine} (set allow-create to add it)`, loc.map.range?.[0]);
                continue;
            }
            const rest = path.slice(loc.depth);
            if (rest.some((s) => s.kind !== 'key')) {
                fail(set, `${canonical}: cannot create ${(0,src_path/* formatPath */.jV)(rest)}: only mapping keys can be created, not sequence items`, loc.map.range?.[0]);
                continue;
            }
            if (loc.inFlow || loc.map.flow) {
                fail(set, `${canonical}: cannot add a key to the flow mapping at line ${mapLine}; only block mappings can grow`, loc.map.range?.[0]);
                continue;
            }
            const concrete = loc.concrete + (0,src_path/* formatPath */.jV)(rest);
            if (!claim(seen, concrete, set, errors, f, canonical))
                continue;
            const rendered = (0,scalar_style/* renderScalar */.VO)(set.value, undefined, 'block');
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
            fail(set, `${canonical} is ${describeNode(node)}, not a scalar value; give the path of a value inside it`, at);
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
        const rendered = (0,scalar_style/* renderScalar */.VO)(set.value, empty ? undefined : scalar, loc.inFlow ? 'flow' : 'block');
        const sameValue = !empty && Object.is(scalar.value, rendered.expected);
        const commentEdit = set.comment === undefined ? undefined : (0,comment_edit/* inlineCommentEdit */.T)(f.source, end, set.comment);
        if (commentEdit instanceof core_src/* UserError */.yo) {
            fail(set, `${canonical}: ${commentEdit.message}`, start);
            continue;
        }
        if (sameValue && !commentEdit) {
            unchanged.push({ path: canonical, value: set.value, line: positionOf(f, start).line });
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
    const text = (0,core_src/* applyEdits */.ct)(f.source, edits);
    const changes = verify(f, text, planned);
    return { file: f.file, source: f.source, text, edits, changes, unchanged };
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
function hasAliasTo(f, anchor) {
    let found = false;
    (0,dist/* visit */.YR)(f.doc, {
        Alias(_, node) {
            if (node.source === anchor) {
                found = true;
                return dist/* visit */.YR.BREAK;
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
            return `${concrete}${(0,src_path/* formatPath */.jV)(keys.slice(0, i + 1).map((x) => ({ kind: 'key', key: x.key })))} is both a value and a mapping`;
        if (!last && node.leaf)
            return `${concrete}${(0,src_path/* formatPath */.jV)(keys.slice(0, i + 1).map((x) => ({ kind: 'key', key: x.key })))} is both a value and a mapping`;
        if (last)
            node.leaf = comment === undefined ? { rendered } : { rendered, comment };
        level = node.children;
    }
    return undefined;
}
function renderKey(key) {
    return key !== '<<' && (0,scalar_style/* isSafePlainString */.pm)(key, 'block') && !key.includes(': ') ? key : (0,scalar_style/* doubleQuoted */.UN)(key);
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
        const step = positionOf(f, inner).col - positionOf(f, outer).col;
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
    const indent = positionOf(f, firstKey.range[0]).col - 1;
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
        const loc = locate(after, p.path, { followAliases: false });
        const node = loc.found ? loc.node : null;
        if (!(0,dist/* isScalar */.jn)(node) || !Object.is(node.value, p.rendered.expected)) {
            throw new Error(`internal error: ${p.canonical} in ${f.file} would read back as ${(0,dist/* isScalar */.jn)(node) ? JSON.stringify(node.value) : describeNode(node)}, not ${JSON.stringify(p.rendered.expected)}; nothing was written`);
        }
        changes.push({ path: p.canonical, old: p.old, new: p.set.value, line: positionOf(after, node.range[0]).line });
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

;// CONCATENATED MODULE: ./packages/yaml-edit/src/read.ts





/** Read the scalar at `path`, following aliases and merge keys; anything but a scalar is a UserError. */
function readScalar(f, pathText) {
    const path = (0,src_path/* parsePath */.Rr)(pathText);
    const canonical = (0,src_path/* formatPath */.jV)(path);
    const loc = locate(f, path, { followAliases: true });
    if (!loc.found) {
        const missing = path[loc.depth];
        const line = loc.map.range ? positionOf(f, loc.map.range[0]).line : 1;
        const key = missing?.kind === 'key' ? missing.key : '';
        throw new core_src/* UserError */.yo(`${canonical}: no key '${key}' in the mapping at line ${line}`, { file: f.file, line });
    }
    const node = loc.node;
    if (!(0,dist/* isScalar */.jn)(node) || node.value === null) {
        const at = node?.range ? positionOf(f, node.range[0]) : { line: 1, col: 1 };
        throw new core_src/* UserError */.yo(`${canonical} is ${describeNode(node)}, not a scalar value`, { file: f.file, ...at });
    }
    const { line, col } = positionOf(f, node.range[0]);
    // A plain number or date is returned as written (`1.10`, not the 1.1 a reader makes of it): callers
    // compare versions as text.
    const v = node.value;
    return { value: typeof v === 'string' ? v : (node.source ?? String(v)), line, col };
}

;// CONCATENATED MODULE: ./packages/yaml-edit/src/full.ts
// The parser-backed implementation, loaded on demand by light.ts (it pulls in the `yaml` package).





/***/ })

};
