import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';
import TierSequencer from './test/support/sequencer.js';

const require = createRequire(import.meta.url);

/** The shared Neo4j: one for the run, used by one file at a time (test/support/globalSetup.ts). */
const NEO4J = ['test/support/globalSetup.ts'];

/**
 * Files whose tests compare timings (admission lanes, timeouts): they run last, one at a time
 * with nothing beside them, as a JVM starting next door skews them.
 */
const ALONE = ['test/integration/admission.test.ts', 'test/integration/timeout.test.ts'];

export default defineConfig({
  resolve: {
    // graphql 16 ships CommonJS and ESM without an exports map: Node (and so graphql-yoga)
    // loads the CommonJS build, Vite would give our code the ESM one, and two GraphQLError
    // classes would make yoga mask our BAD_USER_INPUT errors. One copy, as in production.
    alias: { graphql: require.resolve('graphql') },
  },
  test: {
    testTimeout: 60_000,
    hookTimeout: 180_000,
    reporters: ['default', './test/support/summaryReporter.ts'],
    sequence: { sequencer: TierSequencer },
    // The tiers (README, "Tests"), together on two workers: files that use the shared Neo4j take
    // turns with it, the rest (unit files among them) run beside them; then, alone, the files
    // that time things.
    // isolate: false in every project: a worker imports the modules once for all its files
    // (about 20 CPU-seconds less); files share no state but the Neo4j, which the lock guards.
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
          isolate: false,
          sequence: { groupOrder: 1 },
          maxWorkers: 2,
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          isolate: false,
          include: ['test/integration/**/*.test.ts'],
          exclude: ALONE,
          globalSetup: NEO4J,
          sequence: { groupOrder: 1 },
          maxWorkers: 2,
        },
      },
      {
        extends: true,
        test: {
          name: 'integration-alone',
          include: ALONE,
          globalSetup: NEO4J,
          sequence: { groupOrder: 2 },
          maxWorkers: 1,
        },
      },
      {
        extends: true,
        test: {
          name: 'process',
          isolate: false,
          include: ['test/process/**/*.test.ts'],
          globalSetup: NEO4J,
          // A test here starts a JVM or two, beside the other tiers: a minute is not always enough.
          testTimeout: 180_000,
          sequence: { groupOrder: 1 },
          maxWorkers: 2,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          isolate: false,
          include: ['test/e2e/**/*.test.ts'],
          globalSetup: NEO4J,
          sequence: { groupOrder: 1 },
          maxWorkers: 2,
        },
      },
    ],
  },
});
