import { describe, expect, it } from 'vitest';
import { DEFAULT_API, DEFAULT_LIMITS } from '../../src/config.js';
import { apiClient } from '../support/api.js';
import { useSharedGraph } from '../support/database.js';
import { LARGE_GENERATED } from '../support/sharedGraphs.js';

/** A request that makes Neo4j work: two rings of facts around a region that many facts name. */
const HEAVY = `{ neighbourhood(id: "cn", depth: 2, limit: 500) {
  facts { id sources { quote } } edges { source target } } }`;

describe('the per-request transaction timeout', () => {
  const db = useSharedGraph(LARGE_GENERATED);
  const patient = apiClient(db.driver, db.database, {
    ...DEFAULT_API,
    limits: { ...DEFAULT_LIMITS, queryTimeoutMs: 60_000 },
  });
  const hasty = apiClient(db.driver, db.database, {
    ...DEFAULT_API,
    limits: { ...DEFAULT_LIMITS, queryTimeoutMs: 10 },
  });
  /**
   * A generous statement timeout, but next to no time for the request as a whole: on a warm
   * graph the heavy request can take less than 30 ms, so it is given 1.
   */
  const rushed = apiClient(db.driver, db.database, {
    ...DEFAULT_API,
    limits: { ...DEFAULT_LIMITS, queryTimeoutMs: 60_000, requestTimeoutMs: 1 },
  });

  it('lets the request finish under a generous timeout', async () => {
    const response = await patient(HEAVY);
    expect(response.errors).toBeUndefined();
    expect(response.data?.neighbourhood.facts.length).toBeGreaterThan(100);
  });

  it('has Neo4j stop a statement that runs longer, and says QUERY_TIMEOUT', async () => {
    const response = await hasty(HEAVY);
    expect(response.status).toBeLessThan(500);
    expect(response.errors?.[0]).toMatchObject({
      message: expect.stringContaining('ran longer than 10 ms'),
      extensions: { code: 'QUERY_TIMEOUT' },
    });
    // Stopped on the server: no transaction of the API is left running there.
    const { records } = await db
      .driver()
      .executeQuery(
        "SHOW TRANSACTIONS YIELD currentQuery, status WHERE currentQuery CONTAINS 'ring1' AND NOT currentQuery STARTS WITH 'SHOW' RETURN currentQuery, status",
        {},
        { database: db.database },
      );
    expect(records.map((record) => record.toObject())).toEqual([]);
  });

  it('stops a request that runs past REQUEST_TIMEOUT_MS, and says REQUEST_TIMEOUT, not QUERY_TIMEOUT', async () => {
    const response = await rushed(HEAVY);
    expect(response.status).toBeLessThan(500);
    expect(response.errors?.[0]).toMatchObject({
      message: expect.stringContaining('REQUEST_TIMEOUT_MS (1 ms)'),
      extensions: { code: 'REQUEST_TIMEOUT' },
    });
  });
});
