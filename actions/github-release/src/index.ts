import { runAsStep } from '../../../src/runner.js';
import { githubRelease } from './main.js';

runAsStep(githubRelease);
