import { runAsStep } from '../../../src/runner.js';
import { applyReleasePins } from './main.js';

runAsStep(applyReleasePins);
