import type { Reporter, SerializedError, TestModule } from 'vitest/node';

/**
 * Ends the run with one plain line, "vitest: N passed, N failed, N skipped", which CI systems
 * that do not know vitest's own summary can read.
 */
export default class SummaryReporter implements Reporter {
  onTestRunEnd(
    testModules: ReadonlyArray<TestModule>,
    unhandledErrors: ReadonlyArray<SerializedError>,
  ): void {
    // An error outside any test (a global setup that could not start Neo4j) is a failure too.
    const counts = { passed: 0, failed: unhandledErrors.length, skipped: 0 };
    for (const module of testModules) {
      let failedTests = 0;
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed' || state === 'failed' || state === 'skipped') counts[state] += 1;
        if (state === 'failed') failedTests += 1;
      }
      // A file that failed to load, or whose hooks failed (its tests then count as skipped), failed.
      if (module.state() === 'failed' && failedTests === 0) counts.failed += 1;
    }
    // No file ran at all (the global setup failed, say): that is a failed run, not an empty one.
    if (testModules.length === 0) counts.failed = Math.max(counts.failed, 1);
    console.log(
      `vitest: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`,
    );
  }
}
