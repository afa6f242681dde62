import { runAsStep } from '../../../src/runner.js';
import { releaseStatus } from './main.js';

runAsStep(releaseStatus);
