/**
 * A mistake the user can fix: bad input, a missing file, a YAML path that matches nothing.
 * Adapters print it as one line (and an annotation) with no stack trace; anything that is not
 * a UserError is a bug in this project and is reported with its stack.
 */
export interface SourcePosition {
  /** Path as the user should see it (relative to the workspace where possible). */
  file?: string;
  /** 1-based line. */
  line?: number;
  /** 1-based column. */
  col?: number;
}

export class UserError extends Error {
  readonly position: SourcePosition;

  constructor(message: string, position: SourcePosition = {}) {
    super(message);
    this.name = 'UserError';
    this.position = position;
  }

  /** `file:line:col: message`, the form compilers use, so editors and logs can jump to it. */
  override toString(): string {
    return formatPositioned(this.message, this.position);
  }
}

export function formatPositioned(message: string, pos: SourcePosition): string {
  if (!pos.file) return message;
  let where = pos.file;
  if (pos.line !== undefined) where += `:${pos.line}`;
  if (pos.line !== undefined && pos.col !== undefined) where += `:${pos.col}`;
  return `${where}: ${message}`;
}

/** V8's RangeError for a recursion that ran out of stack: on user input, a file nested too deeply. */
export function isStackOverflow(e: unknown): boolean {
  return e instanceof RangeError && /Maximum call stack size exceeded/.test(e.message);
}

export function isUserError(e: unknown): e is UserError {
  return e instanceof UserError;
}

/** Several user errors found in one pass (e.g. every bad `set` line), reported together. */
export class UserErrors extends UserError {
  readonly errors: readonly UserError[];

  constructor(errors: readonly UserError[]) {
    const first = errors[0];
    super(errors.map((e) => e.toString()).join('\n'), first?.position ?? {});
    this.name = 'UserErrors';
    this.errors = errors;
  }

  override toString(): string {
    return this.message;
  }
}

/** Throw every collected error at once, or nothing. */
export function throwIfAny(errors: readonly UserError[]): void {
  if (errors.length === 1) throw errors[0];
  if (errors.length > 1) throw new UserErrors(errors);
}

/**
 * For a run that checks several independent things and reports every problem at once: `attempt(step)`
 * returns the step's result, or undefined when it threw UserErrors, which are kept in `errors`. Anything
 * else (a bug) is thrown at once.
 */
export function collectErrors(): { errors: UserError[]; attempt<T>(step: () => T): T | undefined } {
  const errors: UserError[] = [];
  return {
    errors,
    attempt<T>(step: () => T): T | undefined {
      try {
        return step();
      } catch (e) {
        if (!(e instanceof UserError)) throw e;
        errors.push(...(e instanceof UserErrors ? e.errors : [e]));
        return undefined;
      }
    },
  };
}
