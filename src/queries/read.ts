import { GraphQLError } from 'graphql';
import neo4j, { type Driver, Neo4jError } from 'neo4j-driver';
import { plain } from './records.js';

/**
 * The one way the API reaches Neo4j: a read transaction per statement, routed to a reader in a
 * cluster. `onStatement` lets tests and logs see every statement a request sends.
 */
export interface Reader {
  driver: Driver;
  database: string;
  onStatement?: (statement: string, parameters: Record<string, unknown>) => void;
}

export type Row = Record<string, unknown>;

export async function readRows(
  reader: Reader,
  statement: string,
  parameters: Record<string, unknown>,
): Promise<Row[]> {
  reader.onStatement?.(statement, parameters);
  const session = reader.driver.session({
    database: reader.database,
    defaultAccessMode: neo4j.session.READ,
  });
  try {
    const result = await session.executeRead((tx) => tx.run(statement, parameters));
    return result.records.map((record) => plain(record.toObject()) as Row);
  } catch (error) {
    throw databaseError(error);
  } finally {
    await session.close();
  }
}

const UNAVAILABLE = new Set(['ServiceUnavailable', 'SessionExpired']);

/**
 * Neo4j being away is the client's business (retry later), so it gets a code of its own; any
 * other failure stays internal and is masked by the server. The driver's message (hosts,
 * ports) is not passed on.
 */
function databaseError(error: unknown): unknown {
  if (error instanceof Neo4jError && UNAVAILABLE.has(error.code)) {
    return new GraphQLError('The database is unavailable; try again shortly.', {
      extensions: { code: 'SERVICE_UNAVAILABLE' },
    });
  }
  return error;
}
