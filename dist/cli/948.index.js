export const id = 948;
export const ids = [948,998];
export const modules = {

/***/ 3948:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FIELD_ORDER: () => (/* reexport safe */ _entry_js__WEBPACK_IMPORTED_MODULE_3__.ot),
/* harmony export */   checkKustomization: () => (/* binding */ checkKustomization),
/* harmony export */   desiredEntry: () => (/* reexport safe */ _entry_js__WEBPACK_IMPORTED_MODULE_3__.lD),
/* harmony export */   formatEntry: () => (/* reexport safe */ _entry_js__WEBPACK_IMPORTED_MODULE_3__.WL),
/* harmony export */   planPin: () => (/* binding */ planPin),
/* harmony export */   readEntry: () => (/* binding */ readEntry)
/* harmony export */ });
/* harmony import */ var _coco_release_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6299);
/* harmony import */ var _coco_release_yaml_edit__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2998);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8815);
/* harmony import */ var _entry_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5583);





/**
 * `kustomize edit set image` as byte-level edits of one kustomization file. kustomize decides *what* the
 * `images` entry becomes (kustomize/commands/edit/set/setimage.go RunSetImage); this module decides *how*
 * to write it without kustomize's re-serialisation: only the bytes of changed fields change, a new field
 * goes where api/types/image.go orders it (name, newName, newTag, digest), a new entry is appended in the
 * list's own indentation, a missing `images:` is appended at the end of the file.
 */
/** kustomize reads every field as a string; an empty value (`newTag:`) is ''. */
function scalarString(node) {
    if (node === null || node === undefined)
        return '';
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isScalar */ .jn)(node))
        return undefined;
    if (node.value === null)
        return '';
    return typeof node.value === 'string' ? node.value : (node.source ?? String(node.value));
}
function pairName(p) {
    return (0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isScalar */ .jn)(p.key) && p.key.value !== null ? String(p.key.value) : undefined;
}
function fieldPairs(map) {
    const out = new Map();
    for (const item of map.items) {
        if (!(0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isPair */ .tO)(item))
            continue;
        const k = pairName(item);
        if (k !== undefined)
            out.set(k, item);
    }
    return out;
}
function readEntry(map) {
    const pairs = fieldPairs(map);
    const entry = { name: scalarString(pairs.get('name')?.value) ?? '' };
    for (const f of _entry_js__WEBPACK_IMPORTED_MODULE_3__/* .VALUE_FIELDS */ .y$) {
        const p = pairs.get(f);
        if (p) {
            const v = scalarString(p.value);
            if (v !== undefined)
                entry[f] = v;
        }
    }
    return entry;
}
/** Refuse what is not a kustomization: another kind of resource, or YAML that is not a mapping. */
function checkKustomization(f, fileName) {
    const root = f.doc.contents;
    const at = (node) => {
        const off = node?.range?.[0];
        return { file: f.file, ...(off === undefined ? { line: 1, col: 1 } : (0,_coco_release_yaml_edit__WEBPACK_IMPORTED_MODULE_1__.positionOf)(f, off)) };
    };
    if (root === null || ((0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isScalar */ .jn)(root) && root.value === null)) {
        if (_entry_js__WEBPACK_IMPORTED_MODULE_3__/* .KUSTOMIZATION_NAME */ .Ib.test(fileName))
            return null;
        throw new _coco_release_core__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo('not a kustomization: the file is empty', at(null));
    }
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isMap */ .jh)(root))
        throw new _coco_release_core__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo('not a kustomization: the top level is not a mapping', at(root));
    const pairs = fieldPairs(root);
    const kind = pairs.get('kind');
    const kindValue = scalarString(kind?.value);
    if (kind && !_entry_js__WEBPACK_IMPORTED_MODULE_3__/* .KINDS */ .GW.includes(kindValue ?? '')) {
        throw new _coco_release_core__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`not a kustomization: kind is ${kindValue || '(empty)'}, expected Kustomization or Component`, at(kind.value));
    }
    const api = pairs.get('apiVersion');
    const apiValue = scalarString(api?.value) ?? '';
    if (api && !apiValue.startsWith('kustomize.config.k8s.io/')) {
        throw new _coco_release_core__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`not a kustomization: apiVersion is ${apiValue || '(empty)'}, expected kustomize.config.k8s.io/…`, at(api.value));
    }
    if (!kind && !api && !_entry_js__WEBPACK_IMPORTED_MODULE_3__/* .KUSTOMIZATION_NAME */ .Ib.test(fileName)) {
        throw new _coco_release_core__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo('not a kustomization: no kind: Kustomization and the file is not named kustomization.yaml', at(root));
    }
    return root;
}
function lineStartOf(src, offset) {
    return src.lastIndexOf('\n', offset - 1) + 1;
}
/** The offset just after the line holding `offset - 1` (or `offset` itself when it starts a line). */
function afterLine(src, offset) {
    if (offset > 0 && src[offset - 1] === '\n')
        return offset;
    const nl = src.indexOf('\n', offset);
    return nl < 0 ? src.length : nl + 1;
}
function nodeStart(n) {
    return n.range[0];
}
function pairEnd(p) {
    const v = p.value;
    return v?.range ? v.range[1] : p.key.range[1];
}
/** Insert whole lines at `at`; at the end of a file without a final newline, start with one instead. */
function insertLines(c, at, lines) {
    const block = lines.map((l) => l + c.eol).join('');
    if (at === c.src.length && c.src.length > 0 && !c.src.endsWith('\n')) {
        c.edits.push({ start: at, end: at, text: c.eol + block.slice(0, -c.eol.length) });
    }
    else
        c.edits.push({ start: at, end: at, text: block });
}
function renderValue(value, existing, inFlow) {
    const keep = existing && typeof existing.value === 'string' ? existing : undefined;
    return (0,_coco_release_yaml_edit__WEBPACK_IMPORTED_MODULE_1__.renderScalar)(value, keep, inFlow ? 'flow' : 'block').source;
}
function entryLines(entry, dashCol, keyOffset) {
    const pad = ' '.repeat(dashCol);
    const keyPad = ' '.repeat(dashCol + keyOffset);
    const lines = [`${pad}-${' '.repeat(keyOffset - 1)}name: ${renderValue(entry.name, undefined, false)}`];
    for (const f of _entry_js__WEBPACK_IMPORTED_MODULE_3__/* .VALUE_FIELDS */ .y$) {
        const v = entry[f];
        if (v !== undefined)
            lines.push(`${keyPad}${f}: ${renderValue(v, undefined, false)}`);
    }
    return lines;
}
/** Column of the `-` that starts a block sequence item, or undefined when the item is not on a dash line. */
function dashColumn(src, itemStart) {
    const ls = lineStartOf(src, itemStart);
    const before = src.slice(ls, itemStart);
    const m = /^( *)-( +)$/.exec(before) ?? /^( *)-( +)(?:- +)*$/.exec(before);
    return m ? m[1].length : undefined;
}
/**
 * How this file indents block sequences under a key: 0 for `key:\n- item` (kustomize's own style), 2 for
 * `key:\n  - item`. Read from the file's first top-level block sequence.
 */
function sequenceIndent(c, root) {
    for (const item of root?.items ?? []) {
        if (!(0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isPair */ .tO)(item) || !(0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isSeq */ .oP)(item.value) || item.value.flow || item.value.items.length === 0)
            continue;
        const first = item.value.items[0];
        if (!first?.range)
            continue;
        const col = dashColumn(c.src, first.range[0]);
        const keyCol = (0,_coco_release_yaml_edit__WEBPACK_IMPORTED_MODULE_1__.positionOf)(c.f, nodeStart(item.key)).col - 1;
        if (col !== undefined)
            return Math.max(0, col - keyCol);
    }
    return 0;
}
/** Edit an existing entry in place: set, insert (in kustomize's field order) and remove fields. */
function editEntry(c, map, inFlow, after) {
    const pairs = fieldPairs(map);
    const items = map.items.filter(yaml__WEBPACK_IMPORTED_MODULE_2__/* .isPair */ .tO);
    const removed = new Set();
    const inserts = [];
    for (const f of _entry_js__WEBPACK_IMPORTED_MODULE_3__/* .VALUE_FIELDS */ .y$) {
        const pair = pairs.get(f);
        const want = after[f];
        if (pair && want === undefined)
            removed.add(pair);
        else if (!pair && want !== undefined)
            inserts.push(f);
        else if (pair && want !== undefined && scalarString(pair.value) !== want) {
            const node = pair.value;
            if (node !== null &&
                (!(0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isScalar */ .jn)(node) || node.type === yaml__WEBPACK_IMPORTED_MODULE_2__/* .Scalar */ .X5.BLOCK_LITERAL || node.type === yaml__WEBPACK_IMPORTED_MODULE_2__/* .Scalar */ .X5.BLOCK_FOLDED)) {
                c.fail(`${f} of the entry for ${after.name} is not a plain or quoted value`, nodeStart(node));
            }
            const scalar = node;
            if (!scalar?.range) {
                c.fail(`${f} of the entry for ${after.name} has no value to replace`, nodeStart(pair.key));
            }
            const [start, end] = scalar.range;
            const text = renderValue(want, scalar.value === null ? undefined : scalar, inFlow);
            const spaced = start === end && !/\s/.test(c.src[start - 1] ?? '') ? ` ${text}` : text;
            c.edits.push({ start, end, text: spaced });
        }
    }
    if ((removed.size > 0 || inserts.length > 0) && (inFlow || map.flow)) {
        c.fail(`the entry for ${after.name} is a flow mapping ({…}); write it in block style to add or remove fields`, map.range?.[0]);
    }
    // Removals: a field on a line of its own loses that line (with its inline comment). A field on the
    // item's `- ` line hands that place to the next kept field.
    const kept = items.filter((p) => !removed.has(p));
    for (let i = 0; i < items.length; i++) {
        const p = items[i];
        if (!removed.has(p))
            continue;
        if (i === 0) {
            const next = kept[0];
            const start = nodeStart(p.key);
            const end = nodeStart(next.key);
            const gap = c.src.slice(start, end).split('\n').slice(1);
            if (gap.some((line) => line.trim().startsWith('#'))) {
                c.fail(`cannot remove ${pairName(p)} from the entry for ${after.name}: a comment sits between it and ${pairName(next)}`, start);
            }
            c.edits.push({ start, end, text: '' });
            while (i + 1 < items.length && removed.has(items[i + 1]))
                i++;
            continue;
        }
        const ls = lineStartOf(c.src, nodeStart(p.key));
        if (c.src.slice(ls, nodeStart(p.key)).trim() !== '') {
            c.fail(`cannot remove ${pairName(p)}: it shares its line with other content`, nodeStart(p.key));
        }
        c.edits.push({ start: ls, end: afterLine(c.src, pairEnd(p)), text: '' });
    }
    // Insertions: after the kept field that precedes the new one in kustomize's order, in that order.
    if (inserts.length === 0)
        return;
    const keyCol = (0,_coco_release_yaml_edit__WEBPACK_IMPORTED_MODULE_1__.positionOf)(c.f, nodeStart(items[0].key)).col - 1;
    for (const f of inserts) {
        const rank = _entry_js__WEBPACK_IMPORTED_MODULE_3__/* .FIELD_ORDER */ .ot.indexOf(f);
        let anchor;
        for (const p of kept) {
            const r = _entry_js__WEBPACK_IMPORTED_MODULE_3__/* .FIELD_ORDER */ .ot.indexOf(pairName(p));
            if (r >= 0 && r < rank && (!anchor || r >= _entry_js__WEBPACK_IMPORTED_MODULE_3__/* .FIELD_ORDER */ .ot.indexOf(pairName(anchor))))
                anchor = p;
        }
        anchor ??= pairs.get('name');
        const at = afterLine(c.src, pairEnd(anchor));
        insertLines(c, at, [`${' '.repeat(keyCol)}${f}: ${renderValue(after[f], undefined, false)}`]);
    }
}
/**
 * Plan the pin of one image in one kustomization: returns the new text and the edits, verified by parsing
 * the new text again (the entry reads back as kustomize would have written it, nothing else changed).
 */
function planPin(f, req, mode, fileName = 'kustomization.yaml') {
    const root = checkKustomization(f, fileName);
    const src = f.source;
    const c = {
        f,
        src,
        eol: (0,_coco_release_core__WEBPACK_IMPORTED_MODULE_0__/* .detectEol */ .eD)(src),
        edits: [],
        fail(message, offset) {
            throw new _coco_release_core__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(message, { file: f.file, ...(offset === undefined ? {} : (0,_coco_release_yaml_edit__WEBPACK_IMPORTED_MODULE_1__.positionOf)(f, offset)) });
        },
    };
    const imagesPair = root ? fieldPairs(root).get('images') : undefined;
    const images = imagesPair?.value ?? null;
    let seq = null;
    if (images !== null && !((0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isScalar */ .jn)(images) && images.value === null)) {
        if (!(0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isSeq */ .oP)(images))
            c.fail(`images must be a list, found ${(0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isMap */ .jh)(images) ? 'a mapping' : 'a scalar'}`, nodeStart(images));
        seq = images;
    }
    let match;
    if (seq) {
        const hits = [];
        seq.items.forEach((item, index) => {
            if ((0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isAlias */ .Vj)(item))
                c.fail(`images item ${index} is an alias (*${item.source}); refusing to guess what it names`, nodeStart(item));
            if ((0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isMap */ .jh)(item) && readEntry(item).name === req.name)
                hits.push({ map: item, index });
        });
        if (hits.length > 1) {
            const lines = hits.map((h) => (0,_coco_release_yaml_edit__WEBPACK_IMPORTED_MODULE_1__.positionOf)(f, nodeStart(h.map)).line).join(', ');
            c.fail(`${hits.length} images entries are named ${req.name} (lines ${lines}); kustomize would keep only one`, nodeStart(seq));
        }
        match = hits[0];
    }
    const before = match ? readEntry(match.map) : null;
    const after = (0,_entry_js__WEBPACK_IMPORTED_MODULE_3__/* .desiredEntry */ .lD)(before, req, mode);
    let created;
    if (match) {
        if (!(0,_entry_js__WEBPACK_IMPORTED_MODULE_3__/* .sameEntry */ .dI)(before, after))
            editEntry(c, match.map, Boolean(seq.flow), after);
    }
    else if (seq && seq.items.length > 0) {
        if (seq.flow) {
            c.fail(`images is a flow list ([…]); write it in block style to add an entry for ${req.name}`, nodeStart(seq));
        }
        created = 'entry';
        const last = seq.items[seq.items.length - 1];
        const dashCol = dashColumn(src, nodeStart(last));
        if (dashCol === undefined)
            c.fail('cannot tell how the images list is indented', nodeStart(last));
        const lastPairs = (0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isMap */ .jh)(last) ? last.items.filter(yaml__WEBPACK_IMPORTED_MODULE_2__/* .isPair */ .tO) : [];
        const keyOffset = lastPairs.length > 0 ? (0,_coco_release_yaml_edit__WEBPACK_IMPORTED_MODULE_1__.positionOf)(f, nodeStart(lastPairs[0].key)).col - 1 - dashCol : 2;
        const end = lastPairs.length > 0 ? pairEnd(lastPairs[lastPairs.length - 1]) : last.range[1];
        insertLines(c, afterLine(src, end), entryLines(after, dashCol, keyOffset));
    }
    else if (imagesPair) {
        // `images:` with no value, `images: ~` or `images: []`: the value becomes a block list.
        created = 'entry';
        if (root.flow)
            c.fail('the kustomization is a flow mapping ({…}); cannot add images to it', nodeStart(root));
        const keyCol = (0,_coco_release_yaml_edit__WEBPACK_IMPORTED_MODULE_1__.positionOf)(f, nodeStart(imagesPair.key)).col - 1;
        const value = images;
        if (value?.range && value.range[1] > value.range[0]) {
            let start = value.range[0];
            while (start > 0 && src[start - 1] === ' ')
                start--;
            c.edits.push({ start, end: value.range[1], text: '' });
        }
        insertLines(c, afterLine(src, pairEnd(imagesPair)), entryLines(after, keyCol + sequenceIndent(c, root), 2));
    }
    else {
        created = 'images';
        if (root?.flow)
            c.fail('the kustomization is a flow mapping ({…}); cannot add images to it', nodeStart(root));
        const lines = ['images:', ...entryLines(after, sequenceIndent(c, root), 2)];
        // Keep the file's rhythm: sections separated by blank lines get one before images: too.
        const spaced = root !== null && usesBlankLines(src, root) && !/\n\s*\n$/.test(src) && src.length > 0;
        insertLines(c, src.length, spaced ? ['', ...lines] : lines);
    }
    const text = (0,_coco_release_core__WEBPACK_IMPORTED_MODULE_0__/* .applyEdits */ .ct)(src, c.edits);
    // Nothing to write needs no proof: the entry was read from this very parse and equals the wanted one.
    const line = c.edits.length === 0 && match
        ? (0,_coco_release_yaml_edit__WEBPACK_IMPORTED_MODULE_1__.positionOf)(f, nodeStart(match.map)).line
        : verify(f, text, req.name, after, match?.index, created);
    return {
        file: f.file,
        source: src,
        text,
        edits: c.edits,
        changed: text !== src,
        before,
        after,
        line,
        ...(created ? { created } : {}),
    };
}
function usesBlankLines(src, root) {
    return root.items.slice(1).some((item) => {
        const ls = lineStartOf(src, nodeStart(item.key));
        return ls >= 2 && src[ls - 1] === '\n' && /\n\r?\n$/.test(src.slice(Math.max(0, ls - 3), ls));
    });
}
/** Re-parse the new text: the entry must read back as intended and every other value must be unchanged. */
function verify(f, text, name, want, oldIndex, created) {
    const broken = (why) => {
        throw new Error(`internal error: pinning ${name} in ${f.file} ${why}; nothing was written`);
    };
    let next;
    try {
        next = (0,_coco_release_yaml_edit__WEBPACK_IMPORTED_MODULE_1__.loadYaml)(text, f.file);
    }
    catch (e) {
        return broken(`produced unparsable YAML (${e.message})`);
    }
    const root = next.doc.contents;
    const seq = (0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isMap */ .jh)(root) ? fieldPairs(root).get('images')?.value : undefined;
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isSeq */ .oP)(seq))
        return broken('left no images list');
    const hits = seq.items
        .map((item, i) => ({ item, i }))
        .filter(({ item }) => (0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isMap */ .jh)(item) && readEntry(item).name === name);
    if (hits.length !== 1)
        return broken(`left ${hits.length} entries for it`);
    const { item, i } = hits[0];
    const got = readEntry(item);
    if (!(0,_entry_js__WEBPACK_IMPORTED_MODULE_3__/* .sameEntry */ .dI)(got, want))
        return broken(`would read back as ${JSON.stringify(got)}, not ${JSON.stringify(want)}`);
    if (oldIndex !== undefined && oldIndex !== i)
        return broken('moved the entry');
    const skip = created === 'images' ? '.images' : `.images[${i}]`;
    const outside = ([p]) => !(p === skip || p.startsWith(`${skip}.`) || p.startsWith(`${skip}[`)) &&
        !(created && p === '.images') &&
        // A document with no content had one null leaf at its root: the new images list replaces it.
        !(created === 'images' && p === '');
    const a = (0,_coco_release_yaml_edit__WEBPACK_IMPORTED_MODULE_1__.snapshotLeaves)(f.doc).filter(outside);
    const b = (0,_coco_release_yaml_edit__WEBPACK_IMPORTED_MODULE_1__.snapshotLeaves)(next.doc).filter(outside);
    for (let k = 0; k < Math.max(a.length, b.length); k++) {
        if (a[k]?.[0] !== b[k]?.[0] || a[k]?.[1] !== b[k]?.[1]) {
            broken(`would also change ${(a[k] ?? b[k])[0] || '.'} (${a[k]?.[1]} -> ${b[k]?.[1]})`);
        }
    }
    return (0,_coco_release_yaml_edit__WEBPACK_IMPORTED_MODULE_1__.positionOf)(next, nodeStart(item)).line;
}


/***/ }),

/***/ 2998:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   buildFastIndex: () => (/* reexport safe */ _fast_index_js__WEBPACK_IMPORTED_MODULE_11__.B),
/* harmony export */   describeNode: () => (/* reexport safe */ _locate_js__WEBPACK_IMPORTED_MODULE_2__.WQ),
/* harmony export */   doubleQuoted: () => (/* reexport safe */ _scalar_style_js__WEBPACK_IMPORTED_MODULE_6__.UN),
/* harmony export */   editYaml: () => (/* reexport safe */ _edit_js__WEBPACK_IMPORTED_MODULE_4__.a),
/* harmony export */   editYamlSource: () => (/* reexport safe */ _light_js__WEBPACK_IMPORTED_MODULE_10__.rE),
/* harmony export */   fastLeaves: () => (/* reexport safe */ _fast_lookup_js__WEBPACK_IMPORTED_MODULE_12__.f),
/* harmony export */   fastLookup: () => (/* reexport safe */ _fast_lookup_js__WEBPACK_IMPORTED_MODULE_12__.h),
/* harmony export */   formatPath: () => (/* reexport safe */ _path_js__WEBPACK_IMPORTED_MODULE_1__.jV),
/* harmony export */   inlineCommentEdit: () => (/* reexport safe */ _comment_edit_js__WEBPACK_IMPORTED_MODULE_3__.T),
/* harmony export */   isPlainSyntax: () => (/* reexport safe */ _plain_scalar_js__WEBPACK_IMPORTED_MODULE_7__.Qx),
/* harmony export */   isSafePlainString: () => (/* reexport safe */ _scalar_style_js__WEBPACK_IMPORTED_MODULE_6__.pm),
/* harmony export */   isStringUnder11: () => (/* reexport safe */ _plain_scalar_js__WEBPACK_IMPORTED_MODULE_7__.Sq),
/* harmony export */   keyMatches: () => (/* reexport safe */ _locate_js__WEBPACK_IMPORTED_MODULE_2__.FY),
/* harmony export */   loadYaml: () => (/* reexport safe */ _document_js__WEBPACK_IMPORTED_MODULE_0__.yv),
/* harmony export */   locate: () => (/* reexport safe */ _locate_js__WEBPACK_IMPORTED_MODULE_2__.x5),
/* harmony export */   parseAssignment: () => (/* reexport safe */ _assignment_js__WEBPACK_IMPORTED_MODULE_9__.H),
/* harmony export */   parsePath: () => (/* reexport safe */ _path_js__WEBPACK_IMPORTED_MODULE_1__.Rr),
/* harmony export */   positionOf: () => (/* reexport safe */ _document_js__WEBPACK_IMPORTED_MODULE_0__.df),
/* harmony export */   readScalar: () => (/* reexport safe */ _read_js__WEBPACK_IMPORTED_MODULE_5__.$),
/* harmony export */   readScalarSource: () => (/* reexport safe */ _light_js__WEBPACK_IMPORTED_MODULE_10__.oZ),
/* harmony export */   renderScalar: () => (/* reexport safe */ _scalar_style_js__WEBPACK_IMPORTED_MODULE_6__.VO),
/* harmony export */   resolvePlain12: () => (/* reexport safe */ _plain_scalar_js__WEBPACK_IMPORTED_MODULE_7__.Is),
/* harmony export */   singleQuoted: () => (/* reexport safe */ _scalar_style_js__WEBPACK_IMPORTED_MODULE_6__.f3),
/* harmony export */   snapshotLeaves: () => (/* reexport safe */ _snapshot_js__WEBPACK_IMPORTED_MODULE_8__.x)
/* harmony export */ });
/* harmony import */ var _document_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9153);
/* harmony import */ var _path_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4251);
/* harmony import */ var _locate_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2650);
/* harmony import */ var _comment_edit_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4696);
/* harmony import */ var _edit_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4820);
/* harmony import */ var _read_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6336);
/* harmony import */ var _scalar_style_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1576);
/* harmony import */ var _plain_scalar_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(6803);
/* harmony import */ var _snapshot_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(2272);
/* harmony import */ var _assignment_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(2789);
/* harmony import */ var _light_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(1653);
/* harmony import */ var _fast_index_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(6695);
/* harmony import */ var _fast_lookup_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(7533);















/***/ })

};
