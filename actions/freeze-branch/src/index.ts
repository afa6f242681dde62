import { runAsStep } from '../../../src/runner.js';
import { freezeBranch } from './main.js';

runAsStep(freezeBranch);
