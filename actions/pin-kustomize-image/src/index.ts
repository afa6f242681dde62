import { runAsStep } from '../../../src/runner.js';
import { pinKustomizeImage } from './main.js';

runAsStep(pinKustomizeImage);
