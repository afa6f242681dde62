// Used by scripts/build.mjs on every action's main bundle; tested by test/unit/eager-compile.test.ts.
import { parse as parseJs } from 'acorn';

/**
 * Compile hints for V8, for an action's main bundle (its index.js; the chunks it loads on demand hold the
 * slow paths and stay lazy). V8 compiles a function lazily: when the enclosing code is compiled it only
 * pre-parses the function, and parses it again, fully, on its first call. A function in parentheses is
 * compiled at once instead (the same heuristic that makes webpack wrap module factories in parentheses).
 * A run of an action calls most of its main bundle, so each function declaration becomes
 * `var f = (function f() {…});`, placed at the top of its scope as the declaration was hoisted there, and
 * the double parse is gone: pin-kustomize-image, 9 overlays: 3.3 million fewer instructions per run
 * (`npm run bench -- --instructions`). Declarations in blocks (block-scoped) are left alone, and webpack's
 * module factories get back the parentheses a minifier takes off.
 */
export function eagerCompile(code, file) {
  const ast = parseJs(code, { ecmaVersion: 'latest', sourceType: 'module' });
  let hoisted = 0;
  const children = (node) => {
    const out = [];
    for (const key of Object.keys(node)) {
      const v = node[key];
      for (const child of Array.isArray(v) ? v : [v]) if (child && typeof child.type === 'string') out.push(child);
    }
    return out.sort((a, b) => a.start - b.start);
  };
  // The text of `node` with every scope inside it rewritten; `statements` is set when `node` holds the
  // statements of a function body or of the program, whose function declarations move to their top.
  const rewrite = (node, statements) => {
    const decls = new Set((statements ?? []).filter((st) => st.type === 'FunctionDeclaration'));
    let i = 0;
    while (statements && i < statements.length && statements[i].directive) i++;
    const insertAt = statements?.[i]?.start;
    let top = '';
    for (const d of decls) top += `var ${d.id.name} = (${rewrite(d)});\n`;
    hoisted += decls.size;
    let out = '';
    let pos = node.start;
    if (decls.size > 0 && insertAt === undefined) {
      // Only declarations (and directives): they go where the last of them ended, inside the braces.
      const last = statements[statements.length - 1];
      out += code.slice(pos, last.end) + '\n' + top;
      pos = last.end;
      top = '';
    }
    for (const child of children(node)) {
      if (child.start < pos) continue; // the value of a shorthand property `{ a }` is its key again
      if (child.start === insertAt) {
        out += code.slice(pos, child.start) + top;
        pos = child.start;
      }
      const isFunction = /Function/.test(child.type) && child.body?.type === 'BlockStatement';
      const text = decls.has(child)
        ? ''
        : child.type === 'BlockStatement' && /Function/.test(node.type)
          ? rewrite(child, child.body)
          : rewrite(child);
      // webpack's module factories (`{ 5597: (module, exports, require) => {…} }`) come in parentheses for
      // this very reason; a minifier drops them as redundant, so they are put back.
      const factory =
        node.type === 'Property' &&
        child === node.value &&
        node.key.type === 'Literal' &&
        typeof node.key.value === 'number' &&
        isFunction &&
        code[child.start - 1] !== '(';
      out += code.slice(pos, child.start) + (factory ? `(${text})` : text);
      pos = child.end;
    }
    return out + code.slice(pos, node.end);
  };
  const out = rewrite(ast, ast.body);
  parseJs(out, { ecmaVersion: 'latest', sourceType: 'module' }); // still valid JavaScript, or the build fails here
  if (hoisted === 0) throw new Error(`${file}: no function declarations found to compile eagerly`);
  return out;
}
