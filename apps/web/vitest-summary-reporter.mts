import type { Reporter, TestModule } from 'vitest/node';

/**
 * Prints jest's summary line ("Tests: 1 failed, 41 passed, 42 total") after Vitest's own report, so
 * `npm test` (tools/test-runner.ts) counts the panel's tests with everyone else's.
 */
export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    for (const module of testModules) {
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') passed += 1;
        else if (state === 'failed') failed += 1;
        else skipped += 1;
      }
    }
    const parts = [failed ? `${failed} failed` : '', skipped ? `${skipped} skipped` : '', `${passed} passed`];
    process.stdout.write(
      `Tests:       ${parts.filter(Boolean).join(', ')}, ${passed + failed + skipped} total\n`,
    );
  }
}
