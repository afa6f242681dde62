import { parseBoolean, parseChoice, parseLines, requireInput, type SourcePosition } from '@coco-release/core';

/**
 * The contract between an action's logic and whatever runs it (the GitHub runner or the CLI). Actions read
 * their inputs in one place (`readInputs`), do their work in `run`, and report through the context; they
 * never touch process.env, stdout or the runner's files themselves.
 */
export interface Inputs {
  /** Raw text of an input, after defaults; '' when not given. */
  raw(name: string): string;
  string(name: string): string;
  required(name: string): string;
  boolean(name: string): boolean;
  /** Non-empty trimmed lines, `#` lines dropped, with their line numbers in the input. */
  lines(name: string): { text: string; line: number }[];
  choice<T extends string>(name: string, choices: readonly T[]): T;
}

export function inputsFrom(raw: (name: string) => string): Inputs {
  return {
    raw,
    string: (name) => raw(name).trim(),
    required: (name) => requireInput(name, raw(name)),
    boolean: (name) => parseBoolean(name, raw(name)),
    lines: (name) => parseLines(raw(name)),
    choice: (name, choices) => parseChoice(name, raw(name), choices),
  };
}

export interface ActionContext {
  /** Root that every file must stay inside: GITHUB_WORKSPACE on the runner, the current directory in the CLI. */
  workspace: string;
  /** Environment for things like GITHUB_API_URL and tokens; an action reads only what it documents. */
  env: Readonly<Record<string, string | undefined>>;
  /**
   * Print one line to the log. A line break inside `message` (from a value read from a file, say) is shown
   * as `\r` / `\n` and cannot start a new line, so a value can never become a workflow command.
   */
  info(message: string): void;
  warning(message: string, position?: SourcePosition): void;
  /** Annotate a problem without failing yet (the action decides whether to fail). */
  error(message: string, position?: SourcePosition): void;
  /** Never print this value (tokens). */
  secret(value: string): void;
}

export interface ActionResult {
  outputs: Record<string, string>;
  /** Markdown for the job summary. */
  summary: string;
  /** Set to fail the step after outputs and summary are written (e.g. a detected mismatch). */
  failure?: string;
}

export interface ActionDefinition<I> {
  name: string;
  readInputs(inputs: Inputs): I;
  run(inputs: I, ctx: ActionContext): Promise<ActionResult>;
}

export function defineAction<I>(def: ActionDefinition<I>): ActionDefinition<I> {
  return def;
}
