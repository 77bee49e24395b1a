import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

export default defineConfig({
  resolve: {
    // graphql 16 ships CommonJS and ESM without an exports map: Node (and so graphql-yoga)
    // loads the CommonJS build, Vite would give our code the ESM one, and two GraphQLError
    // classes would make yoga mask our BAD_USER_INPUT errors. One copy, as in production.
    alias: { graphql: require.resolve('graphql') },
  },
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
