import { runOnRunner } from '../../../src/runner.js';
import { bumpVersionsYaml } from './main.js';

await runOnRunner(bumpVersionsYaml);
