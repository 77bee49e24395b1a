import { describe, expect, it } from 'vitest';
import { readDbmsInfo } from '../../src/neo4j/dbmsInfo.js';
import { neo4jVersion } from '../../src/neo4j/local/build.js';
import { lastCommit, useTestDatabase } from '../support/database.js';

describe('the test database', () => {
  const db = useTestDatabase();

  it('is a real Neo4j 5.26 Community, answering CALL dbms.components() over Bolt', async () => {
    const { records } = await db
      .driver()
      .executeQuery(
        'CALL dbms.components() YIELD name, versions, edition',
        {},
        { database: db.database },
      );
    expect(records).toHaveLength(1);
    const [component] = records;
    expect(component?.get('name')).toBe('Neo4j Kernel');
    expect(component?.get('edition')).toBe('community');
    expect(component?.get('versions')[0]).toMatch(/^5\.26\.\d+$/);

    const server = await db.driver().getServerInfo({ database: db.database });
    expect(db.uri).toMatch(/^(bolt|neo4j)(\+s|\+ssc)?:\/\//);
    // Neo4j 5.26 speaks Bolt 5.x.
    expect(server.protocolVersion?.getMajor()).toBe(5);
    expect(server.agent).toMatch(/^Neo4j\/5\.26\.\d+$/);
  });

  it('is the version that the launcher pins, when the tests started it', async ({ skip }) => {
    // Against NEO4J_URI the tests use whatever 5.26 that server runs.
    if (!process.env.NEO4J_URI?.trim()) {
      const info = await readDbmsInfo(db.driver(), db.database);
      expect(info).toEqual({ name: 'Neo4j Kernel', version: neo4jVersion(), edition: 'community' });
    } else {
      skip('NEO4J_URI is set: the tests did not start the local Neo4j');
    }
  });

  it('starts every test file from an empty database', async () => {
    const { records } = await db
      .driver()
      .executeQuery('MATCH (n) RETURN count(n) AS nodes', {}, { database: db.database });
    expect(records[0]?.get('nodes')).toBe(0);
  });

  it('reports a last commit that reads leave alone and every write moves (what useSharedGraph trusts)', async () => {
    const driver = db.driver();
    const before = await lastCommit(driver, db.database);
    await driver.executeQuery('MATCH (n) RETURN count(n) AS nodes', {}, { database: db.database });
    expect(await lastCommit(driver, db.database)).toBe(before);
    await driver.executeQuery("CREATE (:Probe {name: 'p'})", {}, { database: db.database });
    const written = await lastCommit(driver, db.database);
    expect(written).not.toBe(before);
    await driver.executeQuery(
      'CREATE INDEX probe_name IF NOT EXISTS FOR (p:Probe) ON (p.name)',
      {},
      {
        database: db.database,
      },
    );
    expect(await lastCommit(driver, db.database)).not.toBe(written);
  });
});
