/**
 * What the CLI reads and writes, in a module of its own so that the demo (which cli.ts loads) can name it
 * without importing cli.ts back.
 */
export interface CliIO {
  out(text: string): void;
  err(text: string): void;
  env: Record<string, string | undefined>;
  cwd: string;
  /** Print multi-line outputs too (default); the demo shows them in the summary already. */
  multilineOutputs?: boolean;
}
