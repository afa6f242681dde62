import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs build script without type declarations
import { eagerCompile } from '../../scripts/eager-compile.mjs';

const run = (code: string): unknown => new Function(`${code}\nreturn result;`)();

describe('eagerCompile (the build step that wraps function declarations for V8)', () => {
  it('turns each declaration into a parenthesized function expression, hoisted to the top of its scope', () => {
    const code =
      'const a = f(1);\nfunction f(x) { return g(x) + 1; }\nfunction g(x) { return x * 2; }\nvar result = a;\n';
    const out = eagerCompile(code, 'test.js') as string;
    expect(out).toBe(
      'var f = (function f(x) { return g(x) + 1; });\nvar g = (function g(x) { return x * 2; });\n' +
        'const a = f(1);\n\n\nvar result = a;\n',
    );
    // A call before the declaration still works, as it did when the declaration was hoisted.
    expect(run(out)).toBe(3);
  });

  it('hoists within each function body, after its directives, nested ones too; block-level declarations stay', () => {
    const code =
      'function outer() { "use strict"; return inner(); function inner() { if (true) { function b() { return 1; } return b(); } } }\n' +
      'var result = outer();\n';
    const out = eagerCompile(code, 'test.js') as string;
    expect(out).toBe(
      'var outer = (function outer() { "use strict"; ' +
        'var inner = (function inner() { if (true) { function b() { return 1; } return b(); } });\n' +
        'return inner();  });\n' +
        '\nvar result = outer();\n',
    );
    expect(run(out)).toBe(1);
  });

  it('keeps what the bundle computes', () => {
    const code =
      'function fib(n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }\nconst k = [1, 2, 3].map(function sq(v) { return v * v; });\n' +
      'var result = [fib(10), k.join(",")];\n';
    expect(run(eagerCompile(code, 'test.js') as string)).toEqual([55, '1,4,9']);
  });

  it("puts back the parentheses of webpack's module factories that a minifier removed", () => {
    const code = 'var m={1:(e,t)=>{t.x=f()},2:function(e){e.y=2},3:((e)=>{})};function f(){return 1}var result=m;\n';
    expect(eagerCompile(code, 'test.js')).toBe(
      'var f = (function f(){return 1});\nvar m={1:((e,t)=>{t.x=f()}),2:(function(e){e.y=2}),3:((e)=>{})};var result=m;\n',
    );
  });

  it('fails the build on code without a declaration to hint, rather than shipping an unchanged bundle silently', () => {
    expect(() => eagerCompile('var result = 1;\n', 'none.js')).toThrow(/no function declarations/);
  });
});
