/**
 * When a process may take the runner's cancel (SIGINT, SIGTERM) in its stride and when it must clean up
 * first. A JavaScript signal handler runs only between synchronous stretches of work, so a process that has
 * one cannot be cancelled during a long computation (a pattern match on a large file). So the handlers are
 * installed only when there is something to undo: right before the first temp file is written or the first
 * child process started. Until then a signal kills the process at once, which leaves nothing behind.
 */

let install: (() => void) | undefined;

/** What beforeUndoableWork runs, once (the runner's signal handlers); unset, nothing is installed. */
export function onUndoableWork(installer: () => void): void {
  install = installer;
}

/** Work whose interruption must be cleaned up (temp files, child processes) is about to start. */
export function beforeUndoableWork(): void {
  const f = install;
  install = undefined;
  f?.();
}
