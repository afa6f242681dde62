import { runAsStep } from '../../../src/runner.js';
import { tagGoSubmodules } from './main.js';

runAsStep(tagGoSubmodules);
