import { afterEach } from 'vitest';
import { removeTempDirs } from './helpers/workspace.js';

// Vitest runs this before every test file, so the hook is in every file. A hook a shared helper module
// registers when it is first imported would be in the first file only: without isolation (vitest.config.ts)
// the module is not imported again, and the temporary directories of every later file were left behind.
afterEach(removeTempDirs);
