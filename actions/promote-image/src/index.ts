import { runAsStep } from '../../../src/runner.js';
import { promoteImage } from './main.js';

runAsStep(promoteImage);
