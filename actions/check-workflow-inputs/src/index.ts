import { runAsStep } from '../../../src/runner.js';
import { checkWorkflowInputs } from './main.js';

runAsStep(checkWorkflowInputs);
