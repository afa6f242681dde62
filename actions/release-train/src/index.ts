import { runAsStep } from '../../../src/runner.js';
import { releaseTrain } from './main.js';

runAsStep(releaseTrain);
