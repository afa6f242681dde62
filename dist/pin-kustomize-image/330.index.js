export const id = 330;
export const ids = [330];
export const modules = {

/***/ 4696:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ inlineCommentEdit)
/* harmony export */ });
/* harmony import */ var _coco_release_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7968);

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
/* harmony export */   df: () => (/* binding */ positionOf),
/* harmony export */   yv: () => (/* binding */ loadYaml)
/* harmony export */ });
/* unused harmony export MAX_DEPTH */
/* harmony import */ var _coco_release_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7968);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8815);


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
    const lines = new yaml__WEBPACK_IMPORTED_MODULE_1__/* .LineCounter */ .HN();
    const tokens = [...new yaml__WEBPACK_IMPORTED_MODULE_1__/* .Parser */ .iX(lines.addNewLine).parse(source)];
    const deep = deepestCollection(tokens, MAX_DEPTH);
    if (deep !== undefined)
        throw new _coco_release_core__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(TOO_DEEP, { file, ...lines.linePos(deep) });
    let docs;
    try {
        docs = [...new yaml__WEBPACK_IMPORTED_MODULE_1__/* .Composer */ .Dk({ keepSourceTokens: true }).compose(tokens)];
    }
    catch (e) {
        if ((0,_coco_release_core__WEBPACK_IMPORTED_MODULE_0__/* .isStackOverflow */ .fF)(e))
            throw new _coco_release_core__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(TOO_DEEP, { file });
        throw e;
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


/***/ }),

/***/ 4820:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ editYaml)
/* harmony export */ });
/* harmony import */ var _coco_release_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7968);
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
        const pos = offset === undefined ? {} : (0,_document_js__WEBPACK_IMPORTED_MODULE_3__/* .positionOf */ .df)(f, offset);
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
            const mapLine = loc.map.range ? (0,_document_js__WEBPACK_IMPORTED_MODULE_3__/* .positionOf */ .df)(f, loc.map.range[0]).line : 1;
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
            unchanged.push({ path: canonical, value: set.value, line: (0,_document_js__WEBPACK_IMPORTED_MODULE_3__/* .positionOf */ .df)(f, start).line });
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
        const step = (0,_document_js__WEBPACK_IMPORTED_MODULE_3__/* .positionOf */ .df)(f, inner).col - (0,_document_js__WEBPACK_IMPORTED_MODULE_3__/* .positionOf */ .df)(f, outer).col;
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
    const indent = (0,_document_js__WEBPACK_IMPORTED_MODULE_3__/* .positionOf */ .df)(f, firstKey.range[0]).col - 1;
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
        after = (0,_document_js__WEBPACK_IMPORTED_MODULE_3__/* .loadYaml */ .yv)(text, f.file);
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
        changes.push({ path: p.canonical, old: p.old, new: p.set.value, line: (0,_document_js__WEBPACK_IMPORTED_MODULE_3__/* .positionOf */ .df)(after, node.range[0]).line });
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

/***/ 8330:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  buildFastIndex: () => (/* reexport */ fast_index/* buildFastIndex */.B),
  describeNode: () => (/* reexport */ locate/* describeNode */.WQ),
  doubleQuoted: () => (/* reexport */ scalar_style/* doubleQuoted */.UN),
  editYaml: () => (/* reexport */ edit/* editYaml */.a),
  editYamlSource: () => (/* reexport */ editYamlSource),
  fastLeaves: () => (/* reexport */ fastLeaves),
  fastLookup: () => (/* reexport */ fastLookup),
  formatPath: () => (/* reexport */ src_path/* formatPath */.jV),
  inlineCommentEdit: () => (/* reexport */ comment_edit/* inlineCommentEdit */.T),
  isPlainSyntax: () => (/* reexport */ plain_scalar/* isPlainSyntax */.Qx),
  isSafePlainString: () => (/* reexport */ scalar_style/* isSafePlainString */.pm),
  isStringUnder11: () => (/* reexport */ plain_scalar/* isStringUnder11 */.Sq),
  keyMatches: () => (/* reexport */ locate/* keyMatches */.FY),
  loadYaml: () => (/* reexport */ src_document/* loadYaml */.yv),
  locate: () => (/* reexport */ locate/* locate */.x5),
  parseAssignment: () => (/* reexport */ parseAssignment),
  parsePath: () => (/* reexport */ src_path/* parsePath */.Rr),
  positionOf: () => (/* reexport */ src_document/* positionOf */.df),
  readScalar: () => (/* reexport */ read/* readScalar */.$),
  readScalarSource: () => (/* reexport */ readScalarSource),
  renderScalar: () => (/* reexport */ scalar_style/* renderScalar */.VO),
  resolvePlain12: () => (/* reexport */ plain_scalar/* resolvePlain12 */.Is),
  singleQuoted: () => (/* reexport */ scalar_style/* singleQuoted */.f3),
  snapshotLeaves: () => (/* reexport */ snapshot/* snapshotLeaves */.x)
});

// EXTERNAL MODULE: ./packages/yaml-edit/src/document.ts
var src_document = __webpack_require__(9153);
// EXTERNAL MODULE: ./packages/yaml-edit/src/path.ts
var src_path = __webpack_require__(4251);
// EXTERNAL MODULE: ./packages/yaml-edit/src/locate.ts
var locate = __webpack_require__(2650);
// EXTERNAL MODULE: ./packages/yaml-edit/src/comment-edit.ts
var comment_edit = __webpack_require__(4696);
// EXTERNAL MODULE: ./packages/yaml-edit/src/edit.ts
var edit = __webpack_require__(4820);
// EXTERNAL MODULE: ./packages/yaml-edit/src/read.ts
var read = __webpack_require__(6336);
// EXTERNAL MODULE: ./packages/yaml-edit/src/scalar-style.ts
var scalar_style = __webpack_require__(1576);
// EXTERNAL MODULE: ./packages/yaml-edit/src/plain-scalar.ts
var plain_scalar = __webpack_require__(6803);
// EXTERNAL MODULE: ./packages/yaml-edit/src/snapshot.ts
var snapshot = __webpack_require__(2272);
// EXTERNAL MODULE: ./packages/core/src/index.ts + 8 modules
var src = __webpack_require__(7968);
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
        throw new src/* UserError */.yo(`${origin}: expected PATH=VALUE, got '${text}'`);
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
            throw new src/* UserError */.yo(`${origin}: the value's closing ${q} is missing in '${text}'`);
        if (q === '"') {
            try {
                value = JSON.parse(`"${raw}"`);
            }
            catch {
                throw new src/* UserError */.yo(`${origin}: invalid escape in the quoted value of '${text}'`);
            }
        }
        else
            value = raw.replace(/''/g, "'");
        rest = rest.slice(i + 1);
        if (rest.trim() !== '' && !/^\s+#/.test(rest)) {
            throw new src/* UserError */.yo(`${origin}: unexpected text after the quoted value in '${text}'`);
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

// EXTERNAL MODULE: ./packages/yaml-edit/src/fast-index.ts
var fast_index = __webpack_require__(6695);
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
    const v = (0,plain_scalar/* resolvePlain12 */.Is)(entry.keyRaw);
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
                    walk(e.node, path + (0,src_path/* formatKey */.TD)(e.key));
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
        const hit = fastLookup(root, path);
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
        const hit = fastLookup(after, p.path);
        if (!hit || hit.node.kind !== 'scalar' || !Object.is(hit.node.value, p.rendered.expected))
            return undefined;
        changes.push({ path: p.canonical, old: p.old, new: p.set.value, line: newLines.line(hit.node.start) });
    }
    if (!(0,fast_index/* sameOutside */.o)(root, source, after, text, new Set(planned.map((p) => p.node))))
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
    const root = (0,fast_index/* buildFastIndex */.B)(source);
    if (root) {
        let path;
        try {
            path = (0,src_path/* parsePath */.Rr)(pathText);
        }
        catch {
            path = undefined;
        }
        const hit = path && fastLookup(root, path);
        if (hit && hit.node.kind === 'scalar' && hit.node.value !== null) {
            const { line, col } = new src/* LineIndex */.rr(source).position(hit.node.start);
            const v = hit.node.value;
            return { value: typeof v === 'string' ? v : source.slice(hit.node.start, hit.node.end), line, col };
        }
    }
    const { loadYaml, readScalar } = await __webpack_require__.e(/* import() */ 745).then(__webpack_require__.bind(__webpack_require__, 3745));
    return readScalar(loadYaml(source, file), pathText);
}

;// CONCATENATED MODULE: ./packages/yaml-edit/src/index.ts















/***/ }),

/***/ 2650:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FY: () => (/* binding */ keyMatches),
/* harmony export */   WQ: () => (/* binding */ describeNode),
/* harmony export */   x5: () => (/* binding */ locate)
/* harmony export */ });
/* harmony import */ var _coco_release_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7968);
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
    return node?.range ? (0,_document_js__WEBPACK_IMPORTED_MODULE_2__/* .positionOf */ .df)(f, node.range[0]).line : 1;
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
        const pos = range ? (0,_document_js__WEBPACK_IMPORTED_MODULE_2__/* .positionOf */ .df)(f, range[0]) : { line: 1, col: 1 };
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
/* harmony export */   TD: () => (/* binding */ formatKey),
/* harmony export */   jV: () => (/* binding */ formatPath)
/* harmony export */ });
/* harmony import */ var _coco_release_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7968);

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

/***/ 6336:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ readScalar)
/* harmony export */ });
/* harmony import */ var _coco_release_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7968);
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
        const line = loc.map.range ? (0,_document_js__WEBPACK_IMPORTED_MODULE_2__/* .positionOf */ .df)(f, loc.map.range[0]).line : 1;
        const key = missing?.kind === 'key' ? missing.key : '';
        throw new _coco_release_core__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${canonical}: no key '${key}' in the mapping at line ${line}`, { file: f.file, line });
    }
    const node = loc.node;
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isScalar */ .jn)(node) || node.value === null) {
        const at = node?.range ? (0,_document_js__WEBPACK_IMPORTED_MODULE_2__/* .positionOf */ .df)(f, node.range[0]) : { line: 1, col: 1 };
        throw new _coco_release_core__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${canonical} is ${(0,_locate_js__WEBPACK_IMPORTED_MODULE_3__/* .describeNode */ .WQ)(node)}, not a scalar value`, { file: f.file, ...at });
    }
    const { line, col } = (0,_document_js__WEBPACK_IMPORTED_MODULE_2__/* .positionOf */ .df)(f, node.range[0]);
    // A plain number or date is returned as written (`1.10`, not the 1.1 a reader makes of it): callers
    // compare versions as text.
    const v = node.value;
    return { value: typeof v === 'string' ? v : (node.source ?? String(v)), line, col };
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
