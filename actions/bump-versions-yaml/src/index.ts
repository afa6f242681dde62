import { runAsStep } from '../../../src/runner.js';
import { bumpVersionsYaml } from './main.js';

runAsStep(bumpVersionsYaml);
