import { UserError } from './errors.js';

/**
 * Input parsing shared by every action and the CLI. Inputs arrive as strings (the runner passes them
 * through `INPUT_*`); these turn them into values or a UserError naming the input.
 */

/** YAML 1.2 core-schema booleans, exactly what `@actions/core`'s getBooleanInput accepts. */
export function parseBoolean(name: string, value: string): boolean {
  const v = value.trim();
  if (v === 'true' || v === 'True' || v === 'TRUE') return true;
  if (v === 'false' || v === 'False' || v === 'FALSE') return false;
  throw new UserError(`input '${name}' must be true or false, got '${v}'`);
}

/** Non-empty, trimmed lines; lines starting with `#` are comments. */
export function parseLines(value: string): { text: string; line: number }[] {
  const out: { text: string; line: number }[] = [];
  // Split on \n alone: trim() drops a CRLF line's \r.
  value.split('\n').forEach((raw, i) => {
    const text = raw.trim();
    if (text !== '' && !text.startsWith('#')) out.push({ text, line: i + 1 });
  });
  return out;
}

export function parseChoice<T extends string>(name: string, value: string, choices: readonly T[]): T {
  const v = value.trim();
  if ((choices as readonly string[]).includes(v)) return v as T;
  throw new UserError(`input '${name}' must be one of ${choices.join(', ')}, got '${v}'`);
}

export function requireInput(name: string, value: string): string {
  const v = value.trim();
  if (v === '') throw new UserError(`input '${name}' is required`);
  return v;
}
