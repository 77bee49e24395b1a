import { loadSeed } from '../../src/load/load.js';
import type { SharedGraph } from './database.js';
import { loadDistractorGraph } from './distractors.js';
import { loadGeneratedGraph } from './generatedGraph.js';

/** The graphs that several read-only files look at, each loaded once for them (useSharedGraph). */

export const CURATED_SEED: SharedGraph = {
  name: 'the curated seed (seed/)',
  load: (db) => loadSeed(db.driver(), db.database, 'seed'),
};

export const SMALL_SEED: SharedGraph = {
  name: 'the small seed (test/fixtures/seed-small)',
  load: (db) => loadSeed(db.driver(), db.database, 'test/fixtures/seed-small'),
};

/** 1,500 entities and 30,000 facts: enough that a request makes Neo4j work. */
export const LARGE_GENERATED: SharedGraph = {
  name: 'a generated graph of 1,500 entities and 30,000 facts',
  load: (db) => loadGeneratedGraph(db, { entities: 1500, facts: 30_000 }),
};

/**
 * 1,500 entities and 10,000 facts: enough for the planner to prefer the indexes (plans.test.ts)
 * for a region to have more facts than a page and a drawing hold (explorerLargeGraph.test.ts), and
 * for requests over a region's neighbourhood to be in flight when a signal comes (shutdown.test.ts).
 */
export const MEDIUM_GENERATED: SharedGraph = {
  name: 'a generated graph of 1,500 entities and 10,000 facts',
  load: (db) => loadGeneratedGraph(db, { entities: 1500, facts: 10_000 }),
};

/** The curated seed and 5,000 made-up entities with plausible names: ten times its entities. */
export const SEARCH_GRAPH: SharedGraph = {
  name: 'the curated seed and 5,000 distractor entities (test/support/distractors.ts)',
  load: loadDistractorGraph,
};
