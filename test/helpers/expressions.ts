/**
 * A small evaluator for GitHub Actions expressions (`${{ … }}`), enough to run this repository's
 * workflows locally: literals, context paths (`inputs.x`, `steps.a.outputs.b`, `needs.j.result`,
 * `github['sha']`), `! == != < <= > >= && ||`, parentheses, and the functions contains, startsWith,
 * endsWith, format, join, toJSON, fromJSON, success, always, failure, cancelled.
 * Semantics follow GitHub's docs: `==` compares strings case-insensitively; `&&`/`||` return operands.
 */
export type Context = Record<string, unknown>;

type Token = { t: 'num' | 'str' | 'id' | 'op' | 'punc'; v: string };

function tokenize(src: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i]!;
    if (/\s/.test(c)) {
      i++;
    } else if (c === "'") {
      let s = '';
      i++;
      while (i < src.length) {
        if (src[i] === "'" && src[i + 1] === "'") {
          s += "'";
          i += 2;
        } else if (src[i] === "'") break;
        else s += src[i++];
      }
      i++;
      out.push({ t: 'str', v: s });
    } else if (/[0-9]/.test(c) || (c === '-' && /[0-9]/.test(src[i + 1] ?? ''))) {
      const m = /^-?[0-9]+(\.[0-9]+)?/.exec(src.slice(i))!;
      out.push({ t: 'num', v: m[0] });
      i += m[0].length;
    } else if (/[A-Za-z_]/.test(c)) {
      const m = /^[A-Za-z_][A-Za-z0-9_-]*/.exec(src.slice(i))!;
      out.push({ t: 'id', v: m[0] });
      i += m[0].length;
    } else {
      const two = src.slice(i, i + 2);
      if (['==', '!=', '<=', '>=', '&&', '||'].includes(two)) {
        out.push({ t: 'op', v: two });
        i += 2;
      } else if ('!<>'.includes(c)) {
        out.push({ t: 'op', v: c });
        i++;
      } else if ('().[],*'.includes(c)) {
        out.push({ t: 'punc', v: c });
        i++;
      } else throw new Error(`unexpected '${c}' in expression: ${src}`);
    }
  }
  return out;
}

const truthy = (v: unknown): boolean =>
  !(v === null || v === undefined || v === false || v === 0 || v === '' || Number.isNaN(v));
const str = (v: unknown): string =>
  v === null || v === undefined ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v);
function eq(a: unknown, b: unknown): boolean {
  if (typeof a === 'string' && typeof b === 'string') return a.toLowerCase() === b.toLowerCase();
  if (typeof a === 'object' || typeof b === 'object') return a === b;
  if (typeof a === typeof b) return a === b;
  return Number(a ?? 0) === Number(b ?? 0);
}

export function evaluate(expression: string, ctx: Context): unknown {
  const tokens = tokenize(expression);
  let pos = 0;
  // Above 0 while parsing an operand that `&&` or `||` has already decided: GitHub short-circuits, so its
  // functions are not called (`false && fromJSON('')` is false, not an error).
  let skipping = 0;
  const peek = (): Token | undefined => tokens[pos];
  const take = (v?: string): Token => {
    const t = tokens[pos++];
    if (!t || (v !== undefined && t.v !== v)) throw new Error(`expected '${v}' in expression: ${expression}`);
    return t;
  };
  const FUNCTIONS: Record<string, (...args: unknown[]) => unknown> = {
    contains: (h, n) =>
      Array.isArray(h) ? h.some((x) => eq(x, n)) : str(h).toLowerCase().includes(str(n).toLowerCase()),
    startswith: (h, n) => str(h).toLowerCase().startsWith(str(n).toLowerCase()),
    endswith: (h, n) => str(h).toLowerCase().endsWith(str(n).toLowerCase()),
    format: (f, ...args) => str(f).replace(/\{(\d+)\}/g, (_, i: string) => str(args[Number(i)])),
    join: (a, sep) => (Array.isArray(a) ? a.map(str).join(sep === undefined ? ',' : str(sep)) : str(a)),
    tojson: (v) => JSON.stringify(v, null, 2),
    fromjson: (v) => JSON.parse(str(v)) as unknown,
    success: () => ctx['__status'] !== 'failure',
    always: () => true,
    failure: () => ctx['__status'] === 'failure',
    cancelled: () => false,
  };

  const primary = (): unknown => {
    const t = take();
    if (t.t === 'num') return Number(t.v);
    if (t.t === 'str') return t.v;
    if (t.t === 'punc' && t.v === '(') {
      const v = or();
      take(')');
      return v;
    }
    if (t.t === 'op' && t.v === '!') return !truthy(unary());
    if (t.t !== 'id') throw new Error(`unexpected '${t.v}' in expression: ${expression}`);
    if (t.v === 'true') return true;
    if (t.v === 'false') return false;
    if (t.v === 'null') return null;
    if (peek()?.v === '(') {
      take('(');
      const args: unknown[] = [];
      while (peek()?.v !== ')') {
        args.push(or());
        if (peek()?.v === ',') take(',');
      }
      take(')');
      const fn = FUNCTIONS[t.v.toLowerCase()];
      if (!fn) throw new Error(`unknown function ${t.v} in expression: ${expression}`);
      return access(skipping > 0 ? undefined : fn(...args));
    }
    return access(ctx[t.v]);
  };
  /** `.name` and `[key]` after a value, as GitHub allows after a context or a call (`fromJSON(x)['a']`). */
  const access = (start: unknown): unknown => {
    let value = start;
    for (;;) {
      if (peek()?.v === '.') {
        take('.');
        const name = take().v;
        value = (value as Record<string, unknown> | undefined)?.[name];
      } else if (peek()?.v === '[') {
        take('[');
        const key = or();
        take(']');
        value = (value as Record<string, unknown> | undefined)?.[str(key)];
      } else break;
    }
    return value;
  };
  const unary = (): unknown => primary();
  const comparison = (): unknown => {
    let left = unary();
    while (peek()?.t === 'op' && ['==', '!=', '<', '<=', '>', '>='].includes(peek()!.v)) {
      const op = take().v;
      const right = unary();
      if (op === '==') left = eq(left, right);
      else if (op === '!=') left = !eq(left, right);
      else {
        const a = Number(left);
        const b = Number(right);
        left = op === '<' ? a < b : op === '<=' ? a <= b : op === '>' ? a > b : a >= b;
      }
    }
    return left;
  };
  const and = (): unknown => {
    let left = comparison();
    while (peek()?.v === '&&') {
      take();
      const decided = !truthy(left);
      if (decided) skipping++;
      const right = comparison();
      if (decided) skipping--;
      left = decided ? left : right;
    }
    return left;
  };
  const or = (): unknown => {
    let left = and();
    while (peek()?.v === '||') {
      take();
      const decided = truthy(left);
      if (decided) skipping++;
      const right = and();
      if (decided) skipping--;
      left = decided ? left : right;
    }
    return left;
  };
  const value = or();
  if (pos !== tokens.length) throw new Error(`unexpected '${tokens[pos]!.v}' in expression: ${expression}`);
  return value;
}

/** Replace every `${{ … }}` in a string (values become strings, as in a workflow file). */
export function interpolate(text: string, ctx: Context): string {
  return text.replace(/\$\{\{([\s\S]*?)\}\}/g, (_, expr: string) => str(evaluate(expr, ctx)));
}

/** An `if:` condition: a bare expression or one wrapped in `${{ }}`; missing means success(). */
export function condition(text: unknown, ctx: Context): boolean {
  if (text === undefined || text === null) return ctx['__status'] !== 'failure';
  const src = String(text).trim();
  const m = /^\$\{\{([\s\S]*)\}\}$/.exec(src);
  const expr = m ? m[1]! : src;
  // As on GitHub, a condition without a status function implicitly starts with success() &&.
  if (!/\b(success|failure|always|cancelled)\s*\(/.test(expr) && ctx['__status'] === 'failure') return false;
  return truthy(evaluate(expr, ctx));
}

export { truthy, str as toExpressionString };
