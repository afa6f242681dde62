import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs script without types
import { summary } from '../../scripts/test-summary.mjs';

type Summary = (json: unknown, status: number | null, root: string) => { lines: string[]; ok: boolean };
const summarize = summary as Summary;

const file = (name: string, status: string, tests: string[]): unknown => ({
  name: `/repo/${name}`,
  status,
  assertionResults: tests.map((s) => ({ status: s })),
});

describe("npm test's summary line", () => {
  it('counts the failed tests vitest counts, not the failed files and suites besides them', () => {
    // The report of a run where vitest said "Tests 1 failed | 2 passed": one failing test, whose file and
    // describe block vitest also counts as failed suites.
    const json = {
      numPassedTests: 2,
      numFailedTests: 1,
      numFailedTestSuites: 2,
      numPendingTests: 0,
      numTodoTests: 0,
      testResults: [file('a.test.ts', 'failed', ['passed', 'failed']), file('b.test.ts', 'passed', ['passed'])],
    };
    expect(summarize(json, 1, '/repo')).toEqual({ lines: ['tests: 2 passed, 1 failed'], ok: false });
  });

  it('names a file that failed outside any test, and fails the run, without inventing a failed test', () => {
    const json = {
      numPassedTests: 3,
      numFailedTests: 0,
      numFailedTestSuites: 1,
      numPendingTests: 1,
      numTodoTests: 1,
      testResults: [file('broken.test.ts', 'failed', []), file('b.test.ts', 'passed', ['passed', 'passed', 'passed'])],
    };
    expect(summarize(json, 1, '/repo')).toEqual({
      lines: ['test files that failed outside a test: broken.test.ts', 'tests: 3 passed, 0 failed, 2 skipped'],
      ok: false,
    });
  });

  it('passes a clean run, and fails a run vitest failed for another reason', () => {
    const json = {
      numPassedTests: 2,
      numFailedTests: 0,
      numPendingTests: 0,
      numTodoTests: 0,
      testResults: [file('a.test.ts', 'passed', ['passed', 'passed'])],
    };
    expect(summarize(json, 0, '/repo')).toEqual({ lines: ['tests: 2 passed, 0 failed'], ok: true });
    expect(summarize(json, 1, '/repo')).toEqual({
      lines: ['vitest exited with status 1 (see its errors above)', 'tests: 2 passed, 0 failed'],
      ok: false,
    });
  });
});
