export interface TestCounts {
  passed: number;
  failed: number;
}

// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;]*m/g;

/** Adds up jest's "Tests: 2 failed, 5 passed, 7 total" summary lines as they stream by. */
export function countJestSummary(line: string, counts: TestCounts): void {
  const summary = /Tests:\s+(.*\d+ total)/.exec(line.replace(ANSI, ''));
  if (!summary) return;
  counts.passed += Number(/(\d+) passed/.exec(summary[1])?.[1] ?? 0);
  counts.failed += Number(/(\d+) failed/.exec(summary[1])?.[1] ?? 0);
}
