import { runAsStep } from '../../../src/runner.js';
import { tagActionsRelease } from './main.js';

runAsStep(tagActionsRelease);
