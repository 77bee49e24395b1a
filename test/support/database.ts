import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, inject } from 'vitest';
import { createDriver } from '../../src/neo4j/driver.js';
import './neo4jContext.js';

/**
 * For a test file that uses Neo4j: a driver to the test database, which is emptied (data,
 * indexes and constraints) before the file's first test, so no file sees another's leftovers.
 */
export function useTestDatabase(): {
  driver: () => Driver;
  database: string;
  uri: string;
  /** The login, for a child process that connects by itself. */
  env: Record<string, string>;
} {
  const neo4j = inject('neo4j');
  let driver: Driver | undefined;
  beforeAll(async () => {
    driver = createDriver(neo4j.uri, neo4j);
    await eraseDatabase(driver, neo4j.database);
  });
  afterAll(async () => {
    await driver?.close();
  });
  return {
    driver: () => {
      if (!driver) throw new Error('the test database is ready only inside tests and hooks');
      return driver;
    },
    database: neo4j.database,
    uri: neo4j.uri,
    env: {
      NEO4J_URI: neo4j.uri,
      NEO4J_USERNAME: neo4j.username,
      NEO4J_PASSWORD: neo4j.password,
      NEO4J_DATABASE: neo4j.database,
    },
  };
}

async function eraseDatabase(driver: Driver, database: string): Promise<void> {
  const session = driver.session({ database });
  try {
    // CALL ... IN TRANSACTIONS needs an auto-commit transaction, hence session.run.
    await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
    for (const kind of ['CONSTRAINT', 'INDEX'] as const) {
      const shown = await session.run(
        kind === 'CONSTRAINT'
          ? 'SHOW CONSTRAINTS YIELD name'
          : "SHOW INDEXES YIELD name, type WHERE type <> 'LOOKUP'",
      );
      for (const record of shown.records) {
        await session.run(`DROP ${kind} $name`, { name: record.get('name') });
      }
    }
  } finally {
    await session.close();
  }
}
