export interface TestCounts {
  passed: number;
  failed: number;
}

// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;]*m/g;

/**
 * Adds up the summary lines of the test runners as they stream by: jest's
 * "Tests: 2 failed, 5 passed, 7 total" and vitest's "Tests  2 failed | 5 passed (7)".
 */
export function countJestSummary(line: string, counts: TestCounts): void {
  const plain = line.replace(ANSI, '');
  const summary = /Tests:\s+(.*\d+ total)/.exec(plain) ?? /\bTests\s+(.*\d+ passed.*\(\d+\))\s*$/.exec(plain);
  if (!summary) return;
  counts.passed += Number(/(\d+) passed/.exec(summary[1])?.[1] ?? 0);
  counts.failed += Number(/(\d+) failed/.exec(summary[1])?.[1] ?? 0);
}
