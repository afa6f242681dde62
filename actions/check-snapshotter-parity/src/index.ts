import { runAsStep } from '../../../src/runner.js';
import { checkSnapshotterParity } from './main.js';

runAsStep(checkSnapshotterParity);
