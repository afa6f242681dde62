/******/ var __nccwpck_require__ = (function __nccwpck_require__(moduleId) {
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
/******/ });
var inputsFrom = (function inputsFrom(raw) {
    return {
        raw,
        string: (name) => raw(name).trim(),
        required: (name) => (0,src/* requireInput */.oN)(name, raw(name)),
        boolean: (name) => (0,src/* parseBoolean */.yG)(name, raw(name)),
        lines: (name) => (0,src/* parseLines */.Li)(raw(name)),
        choice: (name, choices) => (0,src/* parseChoice */.HU)(name, raw(name), choices),
    };
});
var defineAction = (function defineAction(def) {
    return def;
});
var escapeData = (function escapeData(s) {
    return s.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
});
var escapeProperty = (function escapeProperty(s) {
    return escapeData(s).replaceAll(':', '%3A').replaceAll(',', '%2C');
});
var workflowCommand = (function workflowCommand(name, properties, message) {
    const props = Object.entries(properties)
        .filter(([, v]) => v !== undefined && v !== '')
        .map(([k, v]) => `${k}=${escapeProperty(String(v))}`)
        .join(',');
    return `::${name}${props ? ` ${props}` : ''}::${escapeData(message)}`;
});
var annotation = (function annotation(kind, message, pos = {}) {
    return workflowCommand(kind, { file: pos.file, line: pos.line, col: pos.col }, message);
});
var randomId = (function randomId() {
    const hex = Array.from({ length: 32 }, () => Math.floor(Math.random() * 16).toString(16)).join('');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
});
var outputRecord = (function outputRecord(name, value) {
    const delimiter = `ghadelimiter_${randomId()}`;
    // As @actions/core: a name or value holding the delimiter could smuggle in other outputs.
    if (name.includes(delimiter) || value.includes(delimiter))
        throw new Error('output value contains the delimiter');
    return `${name}<<${delimiter}${external_node_os_namespaceObject.EOL}${value}${external_node_os_namespaceObject.EOL}${delimiter}${external_node_os_namespaceObject.EOL}`;
});
var inputEnvName = (function inputEnvName(name) {
    return `INPUT_${name.replaceAll(' ', '_').toUpperCase()}`;
});
var readRunnerInput = (function readRunnerInput(actionName, env) {
    const defaults = INPUT_DEFAULTS[actionName];
    return (name) => {
        const value = env[inputEnvName(name)] ?? '';
        if (value.trim() !== '')
            return value;
        // An expression default (`${{ github.token }}`) is the runner's to evaluate; unevaluated it means nothing.
        const fallback = defaults?.[name] ?? '';
        return fallback.includes('${{') ? '' : fallback;
    };
});
var writeStdout = (function writeStdout(text) {
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
});
var runOnRunner = (async function runOnRunner(def, env = process.env) {
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
});
var runAsStep = (function runAsStep(def) {
    runOnRunner(def).then(() => process.exit(), (e) => {
        // runOnRunner reports every error itself; this is only a last resort.
        process.stderr.write(`${e?.stack ?? String(e)}${external_node_os_namespaceObject.EOL}`);
        process.exit(1);
    });
});
var hasGlobChars = (function hasGlobChars(pattern) {
    return /[*?]/.test(pattern);
});
var segmentSource = (function segmentSource(segment) {
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
});
var normalizeGlob = (function normalizeGlob(pattern) {
    let p = pattern
        .trim()
        .replaceAll('\\', '/')
        .replace(/\/{2,}/g, '/');
    while (p.startsWith('./'))
        p = p.slice(2);
    if (p.length > 1 && p.endsWith('/'))
        p = p.slice(0, -1);
    return p;
});
var globToRegExp = (function globToRegExp(pattern) {
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
});
var matchesGlob = (function matchesGlob(path, pattern) {
    const re = typeof pattern === 'string' ? globToRegExp(pattern) : pattern;
    return re.test(path);
});
var staticPrefix = (function staticPrefix(pattern) {
    const segments = normalizeGlob(pattern).split('/');
    const fixed = [];
    for (const s of segments) {
        if (hasGlobChars(s))
            break;
        fixed.push(s);
    }
    return fixed.join('/');
});
var parseTagTemplates = (function parseTagTemplates(lines) {
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
        out.push({ glob, template, line, re: globToRegExp(glob) });
    }
    (0,src/* throwIfAny */.MI)(errors);
    return out;
});
var templateFor = (function templateFor(path, templates) {
    return templates.find((t) => matchesGlob(path, t.re));
});
var applyTemplate = (function applyTemplate(t, tag) {
    return t.template.split(TAG_PLACEHOLDER).join(tag);
});
var isKustomizationName = (function isKustomizationName(name) {
    return KUSTOMIZATION_FILE_NAMES.includes(name);
});
var kustomizationIn = (function kustomizationIn(dir) {
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
});
var toPosix = (function toPosix(p) {
    return p.split(external_node_path_.sep).join('/');
});
var discoverKustomizations = (function discoverKustomizations(entries, options) {
    const root = external_node_fs_.realpathSync.native(options.workspace);
    const rootSlash = root.endsWith(external_node_path_.sep) ? root : root + external_node_path_.sep;
    const excludes = (options.exclude ?? []).map((g) => globToRegExp(g));
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
});
var expandGlob = (function expandGlob(root, pattern) {
    const re = globToRegExp(pattern);
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
            if (isDir && SKIPPED_DIRS.has(e.name))
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
});
var fastPlanPin = (function fastPlanPin(source, file, req, mode, fileName) {
    const root = (0,fast_index/* buildFastIndex */.BD)(source);
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
    const next = (0,fast_index/* buildFastIndex */.BD)(text);
    const again = next && findEntry(text, next, req.name, fileName);
    if (!again || again.index !== found.index || !(0,entry/* sameEntry */.dI)(again.before, after))
        return undefined;
    if (!(0,fast_index/* sameOutside */.oM)(root, source, next, text, new Set([found.map])))
        return undefined;
    return result(again.map.entries[0].line);
});
var fieldString = (function fieldString(source, node) {
    if (node.kind === 'empty')
        return '';
    if (node.kind !== 'scalar')
        return undefined;
    if (node.value === null)
        return '';
    return typeof node.value === 'string' ? node.value : source.slice(node.start, node.end);
});
var findEntry = (function findEntry(source, root, name, fileName) {
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
});
var checkTemplatesHaveTag = (function checkTemplatesHaveTag(image, templates) {
    const needs = templates.find((t) => t.template.includes(TAG_PLACEHOLDER));
    if (needs && (image.newTag === undefined || image.newTag === image_arg/* KEEP */.k9)) {
        throw new src/* UserError */.yo(`tag-templates line ${needs.line} uses {tag}, but image '${image.text}' sets no tag to put in its place`);
    }
});
var planWithParser = (async function planWithParser(source, file, req, mode, fileName) {
    const [{ loadYaml }, { planPin }] = await Promise.all([Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(377)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8377)), Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(948)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3948))]);
    return planPin(loadYaml(source, file), req, mode, fileName);
});
var planPins = (async function planPins(o) {
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
});
var summarize = (function summarize(inputs, pins, excluded, diff) {
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
});
var __webpack_modules__ = ({

/***/ 2769:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
var formatPositioned = (function formatPositioned(message, pos) {
    if (!pos.file)
        return message;
    let where = pos.file;
    if (pos.line !== undefined)
        where += `:${pos.line}`;
    if (pos.line !== undefined && pos.col !== undefined)
        where += `:${pos.col}`;
    return `${where}: ${message}`;
});
var isUserError = (function isUserError(e) {
    return e instanceof UserError;
});
var throwIfAny = (function throwIfAny(errors) {
    if (errors.length === 1)
        throw errors[0];
    if (errors.length > 1)
        throw new UserErrors(errors);
});
var applyEdits = (function applyEdits(source, edits) {
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
});
var sortEdits = (function sortEdits(edits) {
    return edits
        .map((e, i) => ({ e, i }))
        .sort((a, b) => a.e.start - b.e.start || a.e.end - b.e.end || a.i - b.i)
        .map((x) => x.e);
});
var detectEol = (function detectEol(source) {
    const i = source.indexOf('\n');
    return i > 0 && source[i - 1] === '\r' ? '\r\n' : '\n';
});
var splitLines = (function splitLines(text) {
    const lines = text.split('\n');
    if (lines.length > 0 && lines[lines.length - 1] === '')
        lines.pop();
    return lines.map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l));
});
var unifiedDiff = (function unifiedDiff(file, source, edits) {
    if (edits.length === 0)
        return '';
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
});
var resolveInWorkspace = (function resolveInWorkspace(file, workspace) {
    // .native: one realpath(3) call instead of an lstat per path component in JavaScript.
    const root = external_node_fs_.realpathSync.native(workspace);
    // realpath(3) resolves `.`, `..` and doubled slashes itself, but after following symlinks; path.resolve
    // first collapses `..` by name. Keep that meaning for such paths, and spare the (JavaScript, character
    // by character) normalisation for the usual `dir/sub/file`.
    const plain = !file.startsWith('.') && !file.includes('/.') && !file.includes('//') && !file.includes('\\');
    const absolute = (0,external_node_path_.isAbsolute)(file)
        ? file
        : plain
            ? `${root.endsWith(external_node_path_.sep) ? root : root + external_node_path_.sep}${file}`
            : (0,external_node_path_.resolve)(root, file);
    let real;
    try {
        real = external_node_fs_.realpathSync.native(absolute);
    }
    catch {
        throw new UserError(`file not found: ${file}`, { file });
    }
    // Both are canonical absolute paths, so inside means "starts with the root and a separator"; no
    // path.relative(), which normalises both paths again on every call.
    const inside = root.endsWith(external_node_path_.sep) ? root : root + external_node_path_.sep;
    if (!real.startsWith(inside) || real.length === inside.length) {
        throw new UserError(`refusing to touch ${file}: it is outside the workspace ${root}`, { file });
    }
    if (!(0,external_node_fs_.statSync)(real).isFile())
        throw new UserError(`not a file: ${file}`, { file });
    const rel = real.slice(inside.length);
    return { path: real, display: external_node_path_.sep === '/' ? rel : rel.split(external_node_path_.sep).join('/') };
});
var readText = (function readText(file) {
    try {
        return (0,external_node_fs_.readFileSync)(file.path, 'utf8');
    }
    catch (e) {
        throw new UserError(`cannot read ${file.display}: ${e.message}`, { file: file.display });
    }
});
var writeFilesAtomically = (function writeFilesAtomically(writes) {
    const temps = [];
    try {
        for (const w of writes) {
            // Unique enough, and 'wx' refuses to reuse an existing name; node:crypto is not worth its load time here.
            // Beside the target, hidden: `dir/.name.<pid>.<n><random>.tmp` (string slicing, as the path is already
            // absolute and canonical, and path.join would normalise it again).
            const cut = w.path.lastIndexOf(external_node_path_.sep) + 1;
            const tmp = `${w.path.slice(0, cut)}.${w.path.slice(cut)}.${process.pid}.${(tempCounter++).toString(36)}${Math.random().toString(36).slice(2, 8)}.tmp`;
            const mode = (0,external_node_fs_.statSync)(w.path).mode & 0o7777;
            (0,external_node_fs_.writeFileSync)(tmp, w.content, { mode, flag: 'wx' });
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
            (0,external_node_fs_.renameSync)(t.tmp, t.path);
            done.push(t);
        }
    }
    catch (e) {
        for (const t of temps)
            if (!done.includes(t))
                safeUnlink(t.tmp);
        for (const t of done)
            (0,external_node_fs_.writeFileSync)(t.path, t.original);
        throw e;
    }
});
var safeUnlink = (function safeUnlink(path) {
    try {
        (0,external_node_fs_.unlinkSync)(path);
    }
    catch {
        // already gone
    }
});
var isSymlink = (function isSymlink(path) {
    try {
        return lstatSync(path).isSymbolicLink();
    }
    catch {
        return false;
    }
});
var parseBoolean = (function parseBoolean(name, value) {
    const v = value.trim();
    if (v === 'true' || v === 'True' || v === 'TRUE')
        return true;
    if (v === 'false' || v === 'False' || v === 'FALSE')
        return false;
    throw new UserError(`input '${name}' must be true or false, got '${v}'`);
});
var parseLines = (function parseLines(value) {
    const out = [];
    // Split on \n alone: trim() drops a CRLF line's \r.
    value.split('\n').forEach((raw, i) => {
        const text = raw.trim();
        if (text !== '' && !text.startsWith('#'))
            out.push({ text, line: i + 1 });
    });
    return out;
});
var parseChoice = (function parseChoice(name, value, choices) {
    const v = value.trim();
    if (choices.includes(v))
        return v;
    throw new UserError(`input '${name}' must be one of ${choices.join(', ')}, got '${v}'`);
});
var requireInput = (function requireInput(name, value) {
    const v = value.trim();
    if (v === '')
        throw new UserError(`input '${name}' is required`);
    return v;
});
var escapeCell = (function escapeCell(value) {
    return value.replaceAll('|', '\\|').replaceAll('\r\n', '<br>').replaceAll('\n', '<br>');
});
var code = (function code(value) {
    if (value === '')
        return '';
    const longest = value.includes('`') ? Math.max(...value.match(/`+/g).map((m) => m.length)) : 0;
    const fence = '`'.repeat(longest + 1);
    const pad = value.startsWith('`') || value.endsWith('`') ? ' ' : '';
    return `${fence}${pad}${value}${pad}${fence}`;
});
var table = (function table(headers, rows) {
    const line = (cells) => `| ${cells.map(escapeCell).join(' | ')} |`;
    return [line(headers), `| ${headers.map(() => '---').join(' | ')} |`, ...rows.map(line)].join('\n') + '\n';
});
var fenced = (function fenced(language, body) {
    const longest = body.includes('```') ? Math.max(...body.match(/`{3,}/g).map((m) => m.length)) : 2;
    const fence = '`'.repeat(longest + 1);
    return `${fence}${language}\n${body.endsWith('\n') ? body : body + '\n'}${fence}\n`;
});
__nccwpck_require__.d(__webpack_exports__, {
  rr: () => (/* reexport */ LineIndex),
  yo: () => (/* reexport */ UserError),
  ct: () => (/* reexport */ applyEdits),
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
  WH: () => (/* reexport */ unifiedDiff),
  ik: () => (/* reexport */ writeFilesAtomically)
});

// UNUSED EXPORTS: UserErrors, escapeCell, formatPositioned, isSymlink, sortEdits

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


;// CONCATENATED MODULE: ./packages/core/src/text-edit.ts
/**
 * Apply non-overlapping edits. Overlap is a bug in the caller (two edits of the same bytes), so it throws.
 * Edits at the same insertion point (start === end) keep their given order.
 */


/** The line ending a file already uses: new lines we add must match it (CRLF files stay CRLF). */

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

/**
 * A unified diff (`git diff` style, 3 lines of context) built from the edits themselves rather than by
 * comparing texts: O(size of the file) however large it is, and it shows exactly the lines we touched.
 */


// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
;// CONCATENATED MODULE: ./packages/core/src/files.ts



/**
 * Resolve `file` against the workspace and refuse anything that ends up outside it (including through a
 * symlink): a release action must never edit files the workflow did not check out.
 */


/**
 * Write every file or none. Each new content goes to a temp file beside its target (same filesystem, same
 * mode), and only when all temp files exist are they renamed over their targets; if a rename fails, the
 * targets already replaced get their old content back.
 */
let tempCounter = 0;


/** True when `path` exists and is a symlink (kept for callers that must not follow links). */


;// CONCATENATED MODULE: ./packages/core/src/inputs.ts

/**
 * Input parsing shared by every action and the CLI. Inputs arrive as strings (the runner passes them
 * through `INPUT_*`); these turn them into values or a UserError naming the input.
 */
/** YAML 1.2 core-schema booleans, exactly what `@actions/core`'s getBooleanInput accepts. */

/** Non-empty, trimmed lines; lines starting with `#` are comments. */




;// CONCATENATED MODULE: ./packages/core/src/markdown.ts
/** Small Markdown builders for job summaries: tables and fenced diffs, escaped so values cannot break them. */

/** Inline code that survives backticks inside the value. */




;// CONCATENATED MODULE: ./packages/core/src/index.ts








/***/ }),

/***/ 5583:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ var desiredEntry = (function desiredEntry(before, req, mode) {
    const out = { name: req.name };
    for (const f of VALUE_FIELDS) {
        const want = f === 'tagSuffix' ? undefined : req[f];
        const had = before?.[f];
        const value = want === _image_arg_js__WEBPACK_IMPORTED_MODULE_0__/* .KEEP */ .k9 ? had : want !== undefined ? want : mode === 'fields' ? had : undefined;
        if (value !== undefined)
            out[f] = value;
    }
    return out;
});
var formatEntry = (function formatEntry(e) {
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
});
var sameEntry = (function sameEntry(a, b) {
    return FIELD_ORDER.every((f) => a[f] === b[f]);
});
__nccwpck_require__.d(__webpack_exports__, {
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

/** An image reference for people: `newName:newTag@digest`, the name when there is no newName. */


const KINDS = ['Kustomization', 'Component'];
/** File names kustomize reads without a `kind:`. */
const KUSTOMIZATION_NAME = /^(kustomization\.ya?ml|Kustomization)$/;


/***/ }),

/***/ 6515:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ var splitImage = (function splitImage(ref) {
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
});
var tagProblem = (function tagProblem(tag) {
    if (tag === KEEP || TAG_PATTERN.test(tag))
        return undefined;
    if (tag === '')
        return 'the tag after : is empty';
    return `invalid tag '${tag}': a tag may contain only letters, digits, '.', '_' and '-'`;
});
var digestProblem = (function digestProblem(digest) {
    if (digest === KEEP || DIGEST_PATTERN.test(digest))
        return undefined;
    if (digest === '')
        return 'the digest after @ is empty';
    return `invalid digest '${digest}': expected sha256: followed by 64 lowercase hex digits`;
});
var nameProblem = (function nameProblem(what, name) {
    if (name === '')
        return `the ${what} is empty`;
    if (/[\s=@]/.test(name) || /[\u0000-\u001f\u007f]/.test(name))
        return `invalid ${what} '${name}'`;
    return undefined;
});
var parseImageArg = (function parseImageArg(input) {
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
});
__nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   k9: () => (/* binding */ KEEP),
/* harmony export */   pJ: () => (/* binding */ parseImageArg),
/* harmony export */   qH: () => (/* binding */ tagProblem)
/* harmony export */ });
/* unused harmony exports TAG_PATTERN, DIGEST_PATTERN, splitImage, digestProblem */
/* harmony import */ var _coco_release_core__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2769);

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
const TAG_PATTERN = /^[a-zA-Z0-9._-]+$/;
const DIGEST_PATTERN = /^sha256:[a-f0-9]{64}$/;
const FORMS = 'NAME=NEWNAME:TAG, NAME=NEWNAME@DIGEST, NAME=NEWNAME:TAG@DIGEST, NAME=NEWNAME, NAME:TAG, NAME:TAG@DIGEST or NAME@DIGEST (* as NEWNAME, TAG or DIGEST keeps the value in the file)';
/** Name, tag and digest of an image reference, exactly as kustomize's image.Split cuts them. */







/***/ }),

/***/ 6695:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ var splitLines = (function splitLines(source, markerAt = []) {
    const lines = [];
    let pos = 0;
    while (pos <= source.length) {
        let nl = source.indexOf('\n', pos);
        if (nl === -1)
            nl = source.length;
        const end = nl > pos && source[nl - 1] === '\r' ? nl - 1 : nl;
        const raw = source.slice(pos, end);
        let indent = 0;
        while (raw[indent] === ' ')
            indent++;
        // A tab in the indentation, even of a blank line, is an error or a subtlety: leave it to the parser.
        if (raw[indent] === '\t')
            giveUp();
        const text = raw.slice(indent);
        const skip = text.trim() === '' || text.startsWith('#');
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
        if (!skip && text.includes('\t'))
            giveUp();
        lines.push({ no: lines.length + 1, start: pos, end, indent, text, skip });
        if (nl === source.length)
            break;
        pos = nl + 1;
    }
    return lines;
});
var plainEnd = (function plainEnd(text, from) {
    let i = from;
    let end = from;
    while (i < text.length) {
        const c = text[i];
        if (c === '#' && (text[i - 1] === ' ' || text[i - 1] === '\t'))
            break;
        if (c !== ' ' && c !== '\t')
            end = i + 1;
        i++;
    }
    return end;
});
var onlyCommentAfter = (function onlyCommentAfter(text, from) {
    const rest = text.slice(from);
    return /^[ \t]*$/.test(rest) || /^[ \t]+#/.test(rest);
});
var closingQuote = (function closingQuote(text, from) {
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
});
var decodeQuoted = (function decodeQuoted(raw) {
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
});
var readKey = (function readKey(text) {
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
    for (let i = 0; i < text.length; i++) {
        if (text[i] === '#' && text[i - 1] === ' ')
            return undefined;
        if (text[i] === ':' && (i + 1 === text.length || text[i + 1] === ' ')) {
            const raw = text.slice(0, i).trimEnd();
            if (raw === '' || raw === '<<')
                return giveUp();
            return { key: raw, raw, after: i + 1 };
        }
    }
    return undefined;
});
var simpleFlow = (function simpleFlow(text) {
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
});
var isSeqItem = (function isSeqItem(text) {
    return text === '-' || text.startsWith('- ');
});
var buildFastIndex = (function buildFastIndex(source) {
    try {
        return new Indexer(source).document();
    }
    catch (e) {
        if (e instanceof GiveUp)
            return undefined;
        throw e;
    }
});
var fastKeyMatches = (function fastKeyMatches(entry, name) {
    if (entry.key === name)
        return true;
    if (entry.keyRaw !== entry.key)
        return false; // quoted: only the decoded text counts
    const v = (0,_plain_scalar_js__WEBPACK_IMPORTED_MODULE_1__/* .resolvePlain12 */ .Is)(entry.keyRaw);
    return v !== null && String(v) === name;
});
var fastLookup = (function fastLookup(root, path) {
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
});
var fastLeaves = (function fastLeaves(root, source) {
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
});
var sameOutside = (function sameOutside(a, aSource, b, bSource, skip) {
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
});
__nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   BD: () => (/* binding */ buildFastIndex),
/* harmony export */   f6: () => (/* binding */ fastLeaves),
/* harmony export */   hM: () => (/* binding */ fastLookup),
/* harmony export */   oM: () => (/* binding */ sameOutside)
/* harmony export */ });
/* harmony import */ var _path_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4251);
/* harmony import */ var _plain_scalar_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6803);


class GiveUp extends Error {
}
const giveUp = () => {
    throw new GiveUp();
};

/** Where the value part of a line ends: before ` #comment` and trailing spaces. */

/** After a quoted scalar or flow collection: only spaces, then the end or a comment. */

/** Index of the closing quote of a single-line quoted scalar starting at `from`, or -1. */


const KEY_INDICATORS = '-?:,[]{}#&*!|>\'"%@`';
/** A mapping key at the start of `text`: its decoded name, raw form and the offset after its colon. */

/**
 * A flow collection the index may treat as opaque: nested `[…]`/`{…}` of quoted strings and plain words
 * made of safe characters, `key: value` pairs in mappings, commas. Anything richer (indicators, anchors,
 * empty entries, `? ` keys) is for the parser, since the index cannot tell whether it is valid.
 */



class Indexer {
    source;
    lines;
    i = 0;
    constructor(source) {
        this.source = source;
        const markers = [];
        this.lines = splitLines(source, markers);
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
        const text = this.source.slice(line.start, line.end);
        let c = col;
        while (text[c] === ' ')
            c++;
        const at = line.start + c;
        const rest = text.slice(c);
        if (rest === '' || rest.startsWith('#'))
            return this.nested(parent + 1, parent, line.start + col, true);
        const ch = rest[0];
        if (ch === '&' || ch === '*' || ch === '!' || ch === '?' || ch === '%' || ch === '@' || ch === '`')
            giveUp();
        if (isSeqItem(rest) || rest.startsWith('---') || rest.startsWith('...'))
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
        if (raw.includes(': ') || raw.endsWith(':') || raw.includes('\t'))
            giveUp();
        this.noContinuation(parent);
        return { kind: 'scalar', type: 'PLAIN', value: (0,_plain_scalar_js__WEBPACK_IMPORTED_MODULE_1__/* .resolvePlain12 */ .Is)(raw), start: at, end: at + end };
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
/** Does a mapping entry's key name this path key? As in locate.ts: by its text or its YAML 1.2 value. */

/**
 * Follow a path through the index. Undefined whenever the answer is not a plain success (missing key,
 * no or several selector matches, index out of range, a selector on a non-string value): the full parser
 * then gives the exact error, or the answer.
 */

/**
 * Every leaf as `[concrete path, value]`, in document order, in snapshotLeaves()'s format for scalars;
 * opaque nodes (block scalars, flow collections) are compared by their bytes.
 */

/**
 * Are two indexed documents the same everywhere but at the nodes in `skip` (nodes of `a`, compared by
 * position in `b`)? The same keys in the same order, the same sequence lengths, the same scalar values,
 * byte-identical opaque nodes. A parallel walk: no path strings, so verifying a large file stays cheap.
 */



/***/ }),

/***/ 4251:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ var parsePath = (function parsePath(text) {
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
});
var formatPath = (function formatPath(path) {
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
});
var formatKey = (function formatKey(key) {
    return `.${quoteIfNeeded(key)}`;
});
var quoteIfNeeded = (function quoteIfNeeded(key) {
    return PLAIN_KEY.test(key) ? key : JSON.stringify(key);
});
__nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Rr: () => (/* binding */ parsePath),
/* harmony export */   TD: () => (/* binding */ formatKey),
/* harmony export */   jV: () => (/* binding */ formatPath)
/* harmony export */ });
/* harmony import */ var _coco_release_core__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2769);

class PathSyntaxError extends _coco_release_core__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo {
    constructor(path, at, expected) {
        super(`invalid path '${path}': expected ${expected} at character ${at + 1}`);
    }
}
const BARE = /[^.[\]"'=\s]/;

const PLAIN_KEY = /^[^.[\]"'=\s]+$/;
/** Canonical text of a path, for messages and outputs; parsePath(formatPath(p)) equals p. */

/** One `.key` path segment, quoted when it needs to be. */




/***/ }),

/***/ 6803:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ var resolvePlain12 = (function resolvePlain12(text) {
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
});
var isStringUnder11 = (function isStringUnder11(text) {
    if (text !== '' && !MAY_TYPE_11.includes(text[0]))
        return true;
    return !NOT_STRING_11.test(text) && !(text[4] === '-' && TIMESTAMP_11.test(text));
});
var isPlainSyntax = (function isPlainSyntax(text, context) {
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
});
var isSafePlainString = (function isSafePlainString(text, context) {
    const key = `${context}:${text}`;
    let safe = safePlain.get(key);
    if (safe === undefined) {
        safe = isPlainSyntax(text, context) && typeof resolvePlain12(text) === 'string' && isStringUnder11(text);
        if (safePlain.size >= 256)
            safePlain.clear();
        safePlain.set(key, safe);
    }
    return safe;
});
__nccwpck_require__.d(__webpack_exports__, {
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


const CONTROL = /[\u0000-\u001f\u007f\u0085\u2028\u2029\ufeff]/;
const INDICATOR_START = /^[[\]{},#&*!|>'"%@`]/;
/**
 * Can `text` stand as a plain scalar here at all (before asking what it means)? Conservative: anything
 * that might end the scalar early, start a comment, or read as an indicator is refused, and gets quotes.
 */

/** Answers already given: a release writes one new value into many files, and a pattern's second use
 * compiles it to machine code, which costs more than all the answers. Bounded, for long-lived callers. */
const safePlain = new Map();
/** A plain scalar is safe when every reader, 1.1 or 1.2, gets back exactly this string. */



/***/ }),

/***/ 1576:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ var doubleQuoted = (function doubleQuoted(value) {
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
});
var singleQuoted = (function singleQuoted(value) {
    // Single quotes cannot escape control characters or line breaks.
    if (/[\u0000-\u001f\u007f\u0085\u2028\u2029\ufeff]/.test(value))
        return undefined;
    return `'${value.replace(/'/g, "''")}'`;
});
var plainValue = (function plainValue(text) {
    return isPlainSyntax(text, 'block') ? resolvePlain12(text) : undefined;
});
var renderScalar = (function renderScalar(value, existing, context) {
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
});
__nccwpck_require__.d(__webpack_exports__, {
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



/** Read a plain scalar's text the way the file's reader would (YAML 1.2 core schema). */

/**
 * Render `value` in the place of `existing` (undefined for a new key).
 * - A string field stays a string, in its quote style: double stays double, single stays single, plain
 *   stays plain unless a reader would take it for something else, then it gets double quotes.
 * - A number, boolean or null field takes the value plain when it still reads as such a type
 *   (`replicas: 3` -> `4`); otherwise the field becomes a string, quoted as needed.
 * - A new key is a string field.
 */



/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = process.getBuiltinModule("buffer");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = process.getBuiltinModule("node:fs");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = process.getBuiltinModule("node:path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = process.getBuiltinModule("process");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ 
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
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
;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = process.getBuiltinModule("node:os");
// EXTERNAL MODULE: ./packages/core/src/index.ts + 6 modules
var src = __nccwpck_require__(2769);
;// CONCATENATED MODULE: ./src/action.ts




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


/** `::name key=value,…::message`, escaped exactly as @actions/core does. */


/** 128 random bits in UUID form. Math.random, not node:crypto: loading crypto costs more start-up time than a
 * whole small run, and the delimiter needs no secrecy: a value that contains it is refused below. */

/** One `name<<delimiter` record for GITHUB_OUTPUT, as @actions/core writes it. */


/** Inputs come from the environment; an empty one takes the action's own default (the root action has none). */

/**
 * Write to stdout (fd 1) directly: the first touch of `process.stdout` builds a stream object, which costs
 * a small action a fifth of its run time. Partial writes and a full non-blocking pipe (EAGAIN) are retried.
 */

/** Run an action as a step: never throws; a failure sets process.exitCode = 1. */

/**
 * An action bundle's entry point: run the step, then exit at once. Everything a step writes (stdout, the
 * output and summary files) is written synchronously, so nothing is lost, and exiting skips tearing down
 * the heap at the end of every run. Called without top-level await, so the bundle needs none of webpack's
 * async-module machinery.
 */


// EXTERNAL MODULE: ./packages/kustomize-image/src/image-arg.ts
var image_arg = __nccwpck_require__(6515);
;// CONCATENATED MODULE: ./packages/kustomize-image/src/glob.ts
/**
 * A small glob matcher for workspace-relative, `/`-separated paths: `*` and `?` stay inside one path
 * segment, `**` as a whole segment spans any number of segments (none included). Self-contained because
 * Node 20 has neither fs.globSync nor path.matchesGlob, and the runners use Node 24: one behaviour on both.
 */


/** Strip `./` and duplicate or trailing slashes: `./a//b/` is `a/b`. */



/** The leading segments without wildcards: where a walk for the pattern has to start. */


;// CONCATENATED MODULE: ./packages/kustomize-image/src/templates.ts



const TAG_PLACEHOLDER = '{tag}';

/** The first template whose glob matches the workspace-relative path, if any. */



// EXTERNAL MODULE: ./packages/kustomize-image/src/entry.ts
var entry = __nccwpck_require__(5583);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
;// CONCATENATED MODULE: ./packages/kustomize-image/src/discover.ts




/** The file names kustomize looks for in a directory (api/konfig/general.go RecognizedKustomizationFileNames). */
const KUSTOMIZATION_FILE_NAMES = ['kustomization.yaml', 'kustomization.yml', 'Kustomization'];
/** Directories a wildcard never descends into. */
const SKIPPED_DIRS = new Set(['.git', 'node_modules']);

/** The kustomization file of a directory; kustomize refuses a directory holding more than one. */


/**
 * Resolve the `files` input: plain paths (a kustomization file or a directory holding one) and globs
 * (matching kustomization files, or directories holding one). Every problem is collected; a glob that
 * selects nothing is a mistake, since a release that silently pins no overlay is worse than a failed one.
 */

/** Paths below the workspace matching a glob, sorted, directories flagged. Symlinks are not followed. */


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

/** kustomize reads every field as a string: an empty value is '', a plain number its text. */

/** The one entry for `name` in a plainly valid kustomization, or undefined for anything less clear. */


;// CONCATENATED MODULE: ./packages/kustomize-image/src/run.ts





/** A template with `{tag}` needs a tag to fill in: `name@digest` or `name=*:*` gives none. */

/** The parser-backed planner, loaded only when a file needs more than the fast path does. */

/**
 * Find the kustomizations, plan the pin in each and verify it: every problem in every file is collected
 * and thrown together, so either every file can be written or none is.
 */


;// CONCATENATED MODULE: ./packages/kustomize-image/src/light.ts
// What the action needs, without the parser-backed planner (loaded on demand by run.ts).





;// CONCATENATED MODULE: ./actions/pin-kustomize-image/src/main.ts



const pinKustomizeImage = defineAction({
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
        if (!inputs.dryRun && plan.writes.length > 0)
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
            summary: summarize(inputs, plan.pins, plan.excluded, diff),
        };
    },
});


;// CONCATENATED MODULE: ./actions/pin-kustomize-image/src/index.ts


runAsStep(pinKustomizeImage);

