import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // One Neo4j for the whole run, started once; see test/support/globalSetup.ts.
    globalSetup: ['test/support/globalSetup.ts'],
    // Test files share that Neo4j, so they run one at a time, each from an empty database.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 180_000,
    reporters: ['default', './test/support/summaryReporter.ts'],
  },
});
