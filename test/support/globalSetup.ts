import { rmSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { loadConfig } from '../../src/config.js';
import { createDriver } from '../../src/neo4j/driver.js';
import { type LocalNeo4j, startLocalNeo4j } from '../../src/neo4j/local/launcher.js';
import { freePort } from './freePort.js';
import type { TestNeo4j } from './neo4jContext.js';

const TEST_DIR = '.neo4j/test';

/**
 * Starts one local Neo4j for the whole run (fresh data, a free port), or uses NEO4J_URI when it
 * is set. Tests erase the database, so a NEO4J_URI that holds data is refused unless
 * POLICYGRAPH_TESTS_MAY_ERASE=yes says that is fine.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const config = loadConfig();
  let local: LocalNeo4j | undefined;
  let uri = config.neo4j.uri;
  if (!uri) {
    rmSync(TEST_DIR, { recursive: true, force: true });
    local = await startLocalNeo4j({
      host: '127.0.0.1',
      port: await freePort(),
      dir: TEST_DIR,
      heapMb: 1024,
      pageCacheMb: 256,
      username: config.neo4j.username,
      password: config.neo4j.password,
    });
    uri = local.uri;
  } else {
    await refuseToEraseData(uri, config);
  }
  const neo4j: TestNeo4j = { ...config.neo4j, uri, local: local !== undefined };
  project.provide('neo4j', neo4j);
  return async () => {
    await local?.stop();
  };
}

async function refuseToEraseData(uri: string, config: ReturnType<typeof loadConfig>) {
  if (process.env.POLICYGRAPH_TESTS_MAY_ERASE === 'yes') return;
  const driver = createDriver(uri, config.neo4j);
  try {
    const { records } = await driver.executeQuery(
      'MATCH (n) RETURN count(n) AS nodes',
      {},
      { database: config.neo4j.database },
    );
    const nodes = records[0]?.get('nodes') ?? 0;
    if (nodes > 0) {
      throw new Error(
        `The tests erase their database, and ${config.neo4j.database} at ${uri} holds ${nodes} nodes. ` +
          'Unset NEO4J_URI to test on a local Neo4j, point it at an empty database, ' +
          'or set POLICYGRAPH_TESTS_MAY_ERASE=yes.',
      );
    }
  } finally {
    await driver.close();
  }
}
