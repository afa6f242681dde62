import { runAsStep } from '../../../src/runner.js';
import { latestRelease } from './main.js';

runAsStep(latestRelease);
