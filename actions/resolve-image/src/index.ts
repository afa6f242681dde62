import { runAsStep } from '../../../src/runner.js';
import { resolveImage } from './main.js';

runAsStep(resolveImage);
