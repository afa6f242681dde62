import { runAsStep } from '../../../src/runner.js';
import { nextVersionAction } from './main.js';

runAsStep(nextVersionAction);
