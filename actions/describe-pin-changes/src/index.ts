import { runAsStep } from '../../../src/runner.js';
import { describePinChanges } from './main.js';

runAsStep(describePinChanges);
