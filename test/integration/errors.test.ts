import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSeed } from '../../src/load/load.js';
import { createDriver } from '../../src/neo4j/driver.js';
import { readRows } from '../../src/queries/reader.js';
import { apiClient } from '../support/api.js';
import { useTestDatabase } from '../support/database.js';
import { freePort } from '../support/freePort.js';
import { queryCurrent } from '../support/generation.js';

describe('errors the API gives', () => {
  const db = useTestDatabase();
  const request = apiClient(db.driver, db.database);

  beforeAll(async () => {
    await loadSeed(db.driver(), db.database, 'test/fixtures/seed-small');
  });

  it('masks an unexpected failure: a code, and nothing of the internals', async () => {
    // A fact that no load would write: its date is not a seed date, so reading it fails.
    await queryCurrent(
      db,
      `CREATE (:Record:Fact:Investment {id: 'broken-fact', kindOfRecord: 'investment',
               status: 'active', date: 'sometime in July', generation: $generation})`,
    );
    const response = await request('{ fact(id: "broken-fact") { id date { precision } } }');
    expect(response.errors).toEqual([
      expect.objectContaining({
        message: 'Unexpected error.',
        extensions: { code: 'INTERNAL_SERVER_ERROR' },
      }),
    ]);
    expect(JSON.stringify(response.errors)).not.toContain('sometime in July');
    expect(JSON.stringify(response.errors)).not.toContain('stack');
  });

  it('reads in read transactions, which Neo4j refuses to write in', async () => {
    const reader = { driver: db.driver(), database: db.database };
    await expect(readRows(reader, "CREATE (:Record {id: 'written'})", {})).rejects.toThrow(/read/i);
    const { records } = await db
      .driver()
      .executeQuery("MATCH (n {id: 'written'}) RETURN n", {}, { database: db.database });
    expect(records).toHaveLength(0);
  });

  describe('when Neo4j cannot be reached', () => {
    const port = freePort();
    let unreachable: ReturnType<typeof createDriver>;
    beforeAll(async () => {
      const uri = `bolt://127.0.0.1:${await port}`;
      unreachable = createDriver(uri, {
        uri,
        username: 'neo4j',
        password: 'not-used-here',
        database: 'neo4j',
      });
    });
    afterAll(() => unreachable.close());

    it('says SERVICE_UNAVAILABLE, without the address', async () => {
      const offline = apiClient(() => unreachable, 'neo4j');
      const response = await offline('{ entity(id: "openai") { id } }');
      expect(response.errors?.[0]).toMatchObject({
        message: 'The database is unavailable; try again shortly.',
        extensions: { code: 'SERVICE_UNAVAILABLE' },
      });
      expect(JSON.stringify(response.errors)).not.toContain('127.0.0.1');
    });
  });
});
