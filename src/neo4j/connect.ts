import type { Driver } from 'neo4j-driver';
import type { Config } from '../config.js';
import { createDriver } from './driver.js';
import { type LocalNeo4j, startLocalNeo4j } from './local/launcher.js';

/** NEO4J_URI does not answer, or refuses the login: the user's setup, not a bug. */
export class DatabaseUnreachableError extends Error {}

export interface Database {
  driver: Driver;
  uri: string;
  /** Set when PolicyGraph started Neo4j itself (NEO4J_URI unset). */
  local: LocalNeo4j | undefined;
  /** Closes the driver, then stops the local Neo4j if there is one. */
  close(): Promise<void>;
}

/** Connects to NEO4J_URI, or starts the local Neo4j when it is unset, and checks the login. */
export async function openDatabase(
  config: Config,
  log?: (line: string) => void,
): Promise<Database> {
  const local = config.neo4j.uri
    ? undefined
    : await startLocalNeo4j({
        ...config.localNeo4j,
        username: config.neo4j.username,
        password: config.neo4j.password,
        ...(log ? { log } : {}),
      });
  const uri = local?.uri ?? (config.neo4j.uri as string);
  const driver = createDriver(uri, config.neo4j);
  const close = async () => {
    await driver.close();
    await local?.stop();
  };
  try {
    await driver.verifyConnectivity({ database: config.neo4j.database });
  } catch (error) {
    await close();
    throw new DatabaseUnreachableError(
      `Cannot reach Neo4j at ${uri}: ${(error as Error).message}\n` +
        'Check NEO4J_URI, NEO4J_USERNAME and NEO4J_PASSWORD, or unset NEO4J_URI to use the local Neo4j.',
    );
  }
  return { driver, uri, local, close };
}
