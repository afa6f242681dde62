import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { ROOT } from '../helpers/paths.js';

// The README's picture of the dashboard is drawn from the golden summary the planner test checks byte for
// byte: when that summary changes, the picture must be drawn again.
it('docs/images/release-train-dashboard.svg is what scripts/render-dashboard.mjs draws from the golden summary', () => {
  const r = spawnSync(process.execPath, [join(ROOT, 'scripts/render-dashboard.mjs'), '--check'], { encoding: 'utf8' });
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
});
