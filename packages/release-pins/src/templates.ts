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
