import { runAsStep } from '../../../src/runner.js';
import { bumpHelmChart } from './main.js';

runAsStep(bumpHelmChart);
