import { UserError, type SourcePosition } from '@coco-release/core';

/**
 * Manifest templates: `{NAME}` is a variable from the `vars` input, `{NAME#v}` the same without a leading
 * `v` (`{version#v}`: v0.22.0 -> 0.22.0), `{today}` the UTC date `YYYY-MM-DD`, and `{chart-version}`
 * (chart entries only) the chart's new version. Anything else in braces is an error, so a typo never
 * reaches a file.
 */

export type Vars = ReadonlyMap<string, string>;

const PLACEHOLDER = /\{([A-Za-z_][A-Za-z0-9_-]*)(#v)?\}/g;

/** `NAME=VALUE` lines (the `vars` input): names as in templates, values on one line. */
export function parseVars(lines: readonly { text: string; line: number }[], input = 'vars'): Map<string, string> {
  const vars = new Map<string, string>();
  const errors: UserError[] = [];
  for (const { text, line } of lines) {
    const eq = text.indexOf('=');
    const name = eq === -1 ? '' : text.slice(0, eq).trim();
    if (!/^[A-Za-z_][A-Za-z0-9_-]*$/.test(name)) {
      errors.push(new UserError(`input '${input}' line ${line}: expected NAME=VALUE, got '${text}'`));
      continue;
    }
    if (name === 'today' || name === 'chart-version') {
      errors.push(new UserError(`input '${input}' line ${line}: {${name}} is built in and cannot be set`));
      continue;
    }
    if (vars.has(name)) {
      errors.push(new UserError(`input '${input}' line ${line}: ${name} is set twice`));
      continue;
    }
    vars.set(name, text.slice(eq + 1).trim());
  }
  if (errors.length === 1) throw errors[0];
  if (errors.length > 1) throw new UserError(errors.map((e) => e.message).join('; '));
  return vars;
}

export interface ExpandContext {
  vars: Vars;
  /** UTC `YYYY-MM-DD`. */
  today: string;
  /** Set only where `{chart-version}` is allowed. */
  chartVersion?: string;
  /** Where the template stands, for errors. */
  position: SourcePosition;
}

export function utcDate(now: Date): string {
  return now.toISOString().slice(0, 10);
}

export function expand(template: string, ctx: ExpandContext): string {
  const out = template.replace(PLACEHOLDER, (_, name: string, stripV: string | undefined) => {
    let value: string;
    if (name === 'today') value = ctx.today;
    else if (name === 'chart-version') {
      if (ctx.chartVersion === undefined)
        throw new UserError(`{chart-version} is only known in a chart entry's app-version`, ctx.position);
      value = ctx.chartVersion;
    } else {
      const v = ctx.vars.get(name);
      if (v === undefined) {
        const known = [...ctx.vars.keys()].sort().join(', ') || 'none';
        throw new UserError(`unknown variable {${name}}: give it in input 'vars' (given: ${known})`, ctx.position);
      }
      value = v;
    }
    return stripV && /^v\d/.test(value) ? value.slice(1) : value;
  });
  if (/\{[^}]*\}/.test(template.replace(PLACEHOLDER, ''))) {
    throw new UserError(`'${template}' holds a placeholder that is not {NAME}, {NAME#v} or {today}`, ctx.position);
  }
  if (/[\r\n]/.test(out)) throw new UserError(`'${template}' expands to more than one line`, ctx.position);
  return out;
}

/**
 * The variables a value gives a template, read back: `{NAME}` takes the text standing in its place
 * (`{image-tag}-dev` against `61b1aba-dev` gives image-tag `61b1aba`). `{NAME#v}` stood for the value with or
 * without its `v`, so it reads nothing; `{today}` reads a date. Undefined when the value does not have the
 * template's shape, or could be cut in more than one way (`{a}-{b}` against `x-y-z`), or gives one variable
 * two values.
 */
export function matchTemplate(template: string, value: string): Map<string, string> | undefined {
  const names: (string | undefined)[] = [];
  let source = '';
  let last = 0;
  for (const m of template.matchAll(PLACEHOLDER)) {
    source += escapeRegExp(template.slice(last, m.index));
    last = m.index + m[0].length;
    const [, name, stripV] = m;
    if (name === 'today') source += '\\d{4}-\\d{2}-\\d{2}';
    else {
      names.push(stripV ? undefined : name);
      source += '([^]*?)';
    }
  }
  source += escapeRegExp(template.slice(last));
  const lazy = new RegExp(`^${source}$`).exec(value);
  // The same pattern with every part as long as it can be: a value cut the same way both times is cut one way.
  const greedy = new RegExp(`^${source.replaceAll('([^]*?)', '([^]*)')}$`).exec(value);
  if (!lazy || !greedy || lazy.some((part, i) => part !== greedy[i])) return undefined;
  const vars = new Map<string, string>();
  for (const [i, name] of names.entries()) {
    if (name === undefined) continue;
    const part = lazy[i + 1]!;
    if (vars.has(name) && vars.get(name) !== part) return undefined;
    vars.set(name, part);
  }
  return vars;
}

function escapeRegExp(text: string): string {
  return text.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
}
