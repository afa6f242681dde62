import { runOnRunner } from '../../../src/runner.js';
import { tagGoSubmodules } from './main.js';

await runOnRunner(tagGoSubmodules);
