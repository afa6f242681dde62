import { runOnRunner } from '../../../src/runner.js';
import { pinKustomizeImage } from './main.js';

await runOnRunner(pinKustomizeImage);
