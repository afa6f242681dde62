import { runOnRunner } from '../../../src/runner.js';
import { checkSnapshotterParity } from './main.js';

await runOnRunner(checkSnapshotterParity);
