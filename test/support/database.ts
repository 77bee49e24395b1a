import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import { afterAll, beforeAll, expect, inject } from 'vitest';
import { createDriver } from '../../src/neo4j/driver.js';
import { type HeldLock, type LockUse, takeDatabaseLock } from './databaseLock.js';
import './neo4jContext.js';

export interface TestDatabase {
  driver: () => Driver;
  database: string;
  uri: string;
  /** The login, for a child process that connects by itself. */
  env: Record<string, string>;
}

/** Long enough to wait for the other files that use the shared Neo4j, then load a graph. */
const TAKE_TIMEOUT_MS = 30 * 60_000;

/**
 * For a test file that uses Neo4j: a driver to the test database, which is emptied (data,
 * indexes and constraints) before the file's first test, so no file sees another's leftovers.
 * The file has the database to itself until its last hook has run.
 */
export function useTestDatabase(): TestDatabase {
  return useDatabase({ write: true }, async (driver, database) => {
    forgetSharedGraph();
    await eraseDatabase(driver, database);
  });
}

/** A graph that many files only read, loaded once for all of them (see useSharedGraph). */
export interface SharedGraph {
  name: string;
  load: (db: { driver: () => Driver; database: string }) => Promise<unknown>;
}

/**
 * For a test file that only reads `graph`: the database holding it, as if just loaded into an
 * empty database. It is loaded again only when the database changed since it was loaded (by
 * the last commit Neo4j reports), so files that read the same graph share one load, whatever
 * runs between them. Files that read the same graph run beside each other (databaseLock.ts).
 * The file fails if the database changes while it runs: it must not write.
 */
export function useSharedGraph(graph: SharedGraph): TestDatabase {
  let loaded: string | undefined;
  return useDatabase(
    { write: false, graph: graph.name },
    async (driver, database) => {
      const record = readSharedGraph();
      if (record?.name === graph.name && record.commit === (await lastCommit(driver, database))) {
        loaded = record.commit;
        return;
      }
      forgetSharedGraph();
      await eraseDatabase(driver, database);
      await graph.load({ driver: () => driver, database });
      loaded = await lastCommit(driver, database);
      writeFileSync(sharedGraphFile(), JSON.stringify({ name: graph.name, commit: loaded }));
    },
    async (driver, database) => {
      if (loaded !== undefined && (await lastCommit(driver, database)) !== loaded) {
        throw new Error(`This file only reads ${graph.name}, yet the database changed as it ran.`);
      }
    },
  );
}

function useDatabase(
  use: LockUse,
  prepare: (driver: Driver, database: string) => Promise<void>,
  finish?: (driver: Driver, database: string) => Promise<void>,
): TestDatabase {
  const neo4j = inject('neo4j');
  let driver: Driver | undefined;
  let lock: HeldLock | undefined;
  let uri: string | undefined;
  const ready = <T>(value: (uri: string) => T): T => {
    if (uri === undefined)
      throw new Error('the test database is ready only inside tests and hooks');
    return value(uri);
  };
  beforeAll(async () => {
    const file = path.relative(process.cwd(), expect.getState().testPath ?? 'unknown');
    lock = await takeDatabaseLock(neo4j.lockPort, file, use);
    uri = lock.uri;
    driver = createDriver(uri, { ...neo4j, uri });
    await prepare(driver, neo4j.database);
    // The graph is there: other files that only read it may start beside this one.
    if (!use.write) lock.ready();
  }, TAKE_TIMEOUT_MS);
  // Registered first, so it runs after the file's other afterAll hooks (servers closed first).
  afterAll(async () => {
    try {
      if (driver) await finish?.(driver, neo4j.database);
    } finally {
      await driver?.close();
      lock?.release();
    }
  });
  return {
    driver: () => {
      if (!driver) throw new Error('the test database is ready only inside tests and hooks');
      return driver;
    },
    database: neo4j.database,
    get uri() {
      return ready((uri) => uri);
    },
    get env() {
      return ready((uri) => ({
        NEO4J_URI: uri,
        NEO4J_USERNAME: neo4j.username,
        NEO4J_PASSWORD: neo4j.password,
        NEO4J_DATABASE: neo4j.database,
      }));
    },
  };
}

const sharedGraphFile = () => path.join(inject('neo4j').state, 'shared-graph.json');

function readSharedGraph(): { name: string; commit: string } | undefined {
  try {
    return JSON.parse(readFileSync(sharedGraphFile(), 'utf8'));
  } catch {
    return undefined;
  }
}

function forgetSharedGraph(): void {
  rmSync(sharedGraphFile(), { force: true });
}

/**
 * The database's last committed transaction, as the bookmark a read transaction ends with: it
 * changes with every write (data or schema), and with nothing else.
 */
export async function lastCommit(driver: Driver, database: string): Promise<string> {
  const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
  try {
    await session.executeRead((tx) => tx.run('RETURN 1'));
    return JSON.stringify(session.lastBookmarks());
  } finally {
    await session.close();
  }
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
