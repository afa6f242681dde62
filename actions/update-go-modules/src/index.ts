import { runAsStep } from '../../../src/runner.js';
import { updateGoModules } from './main.js';

runAsStep(updateGoModules);
