import { relative } from 'node:path';

/**
 * The closing lines of `npm test` from vitest's JSON report and exit status. `tests: N passed, N failed`
 * counts what vitest's own "Tests" line counts, no more: a file that failed outside any test (an import
 * error, a failing hook) is named on a line of its own, not added to the failed tests.
 */
export function summary(json, status, root) {
  if (!json)
    return { lines: [`vitest wrote no report (exit status ${status})`, 'tests: 0 passed, 0 failed'], ok: false };
  const passed = json.numPassedTests;
  const failed = json.numFailedTests;
  const skipped = json.numPendingTests + json.numTodoTests;
  const broken = json.testResults
    .filter((f) => f.status === 'failed' && !f.assertionResults.some((a) => a.status === 'failed'))
    .map((f) => relative(root, f.name));
  const lines = [];
  if (broken.length > 0) lines.push(`test files that failed outside a test: ${broken.join(', ')}`);
  else if (status !== 0 && failed === 0) lines.push(`vitest exited with status ${status} (see its errors above)`);
  lines.push(`tests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
  return { lines, ok: status === 0 && failed === 0 && passed > 0 };
}
