import { countJestSummary, type TestCounts } from './jest-summary';

describe('countJestSummary', () => {
  it('adds up the summary lines of jest and vitest runs, colours and project prefixes included', () => {
    const counts: TestCounts = { passed: 0, failed: 0 };
    for (const line of [
      'api: \u001b[1mTests:       \u001b[22m\u001b[1m\u001b[32m151 passed\u001b[39m\u001b[22m, 151 total',
      'domain: Tests:       2 failed, 461 passed, 463 total',
      'Tests:       1 failed, 1 skipped, 3 passed, 5 total',
      'Test Suites: 2 passed, 2 total',
      'web:       Tests  \u001b[1m\u001b[32m35 passed\u001b[39m\u001b[22m\u001b[90m (35)\u001b[39m',
      '      Tests  1 failed | 9 passed (10)',
      ' Test Files  4 passed (4)',
      'a log line that mentions Tests: but no total',
    ])
      countJestSummary(line, counts);
    expect(counts).toEqual({ passed: 659, failed: 4 });
  });
});
