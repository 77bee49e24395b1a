import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  describeRequest,
  FuzzStats,
  fuzzRequest,
  judge,
  MASKED_MESSAGE,
  WRITES,
} from '../../scripts/fuzz/index.js';
import { apiClient } from '../support/api.js';
import { useSharedGraph } from '../support/database.js';
import { currentDigests } from '../support/generation.js';
import { CURATED_SEED } from '../support/sharedGraphs.js';

/**
 * The API fuzzed with requests generated from the schema: valid, nearly valid and hostile (see
 * scripts/fuzz/). Whatever comes in: no 5xx, every error coded, internal errors masked
 * (and none at all, since every request here is the client's doing), nothing of the server or
 * the database shown, and the graph unchanged.
 *
 * FUZZ_RUNS (default 250) sets the number of requests; each run has a seed of its own, so runs
 * add up. FUZZ_SEED replays a run; with the path fast-check prints for a failure, FUZZ_PATH
 * replays just that request. `npm run fuzz` (scripts/fuzz.ts) sends many more to a running
 * server.
 */
const runs = Number(process.env.FUZZ_RUNS ?? 250);
const seed = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : (Date.now() ^ 0x5eed) >>> 0;
const path = process.env.FUZZ_PATH;

describe('the API under generated requests', () => {
  const db = useSharedGraph(CURATED_SEED);
  const request = apiClient(db.driver, db.database);
  const stats = new FuzzStats();
  let before: string[] = [];

  /** Every record's digest, and how many nodes and relationships there are. */
  const graphState = async () => {
    const run = async (cypher: string) =>
      (await db.driver().executeQuery(cypher, {}, { database: db.database })).records.map((r) =>
        r.toObject(),
      );
    const digests = await currentDigests(db);
    const [counts] = await run(
      'RETURN COUNT { MATCH (n) } AS nodes, COUNT { MATCH ()-[r]->() } AS relationships',
    );
    return [`nodes:${counts?.nodes}`, `relationships:${counts?.relationships}`, ...digests];
  };

  beforeAll(async () => {
    before = await graphState();
  });

  afterAll(() => {
    console.log(`fuzz: seed ${seed}\n${stats.summary()}`);
  });

  it(
    `answers ${runs} generated requests with no 5xx, every error coded, nothing internal shown`,
    async () => {
      console.log(
        `fuzz: ${runs} requests, seed ${seed} (replay: FUZZ_SEED=${seed}, and FUZZ_PATH=<path> for one)`,
      );
      // Shrinking calls the property again; only the first pass counts in the statistics.
      let failed = false;
      await fc.assert(
        fc.asyncProperty(fuzzRequest, async (generated) => {
          const response = await request(
            generated.query,
            generated.variables as Record<string, unknown>,
          );
          const verdict = judge(response.status, response);
          if (!failed) stats.add(generated, verdict);
          const shown = () =>
            `${describeRequest(generated)}\n  answer: ${JSON.stringify({ status: response.status, errors: response.errors }).slice(0, 1_500)}`;
          try {
            expect(verdict.problems, shown()).toEqual([]);
            // A masked error is allowed above, but every request here is the client's doing
            // and the database is up: an unexpected error is an API bug (a missing check).
            expect(
              verdict.internal,
              `INTERNAL_SERVER_ERROR ("${MASKED_MESSAGE}") for input the API should refuse with a code:\n${shown()}`,
            ).toBe(false);
            const writes = response.statements.filter((statement) => WRITES.test(statement));
            expect(writes, shown()).toEqual([]);
          } catch (error) {
            failed = true;
            throw error;
          }
        }),
        { numRuns: runs, seed, ...(path ? { path } : {}) },
      );
      // The generator is not all garbage: most valid requests get an answer without errors.
      expect(stats.validSuccessRate()).toBeGreaterThan(0.2);
    },
    60_000 + runs * 200,
  );

  it('leaves the graph as it was', async () => {
    expect(await graphState()).toEqual(before);
  });
});
