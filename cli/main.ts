import { runCli } from './cli.js';
import { exitOnSignals, writeStdout } from '../src/runner.js';

// Synchronous writes that stop quietly when the reader goes away (`coco-release … | head -5`): the exit
// code is the action's, not the pipe's.
exitOnSignals();
process.exitCode = await runCli(process.argv.slice(2), {
  out: (t) => writeStdout(t.endsWith('\n') ? t : t + '\n', 1),
  err: (t) => writeStdout(t.endsWith('\n') ? t : t + '\n', 2),
  env: process.env,
  cwd: process.cwd(),
});
