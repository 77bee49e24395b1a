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
  /** Neo4j cancels a statement that runs longer (the server stops it, not only the client). */
  timeoutMs?: number;
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
    const result = await session.executeRead(
      (tx) => tx.run(statement, parameters),
      reader.timeoutMs ? { timeout: reader.timeoutMs } : {},
    );
    return result.records.map((record) => plain(record.toObject()) as Row);
  } catch (error) {
    throw databaseError(error, reader.timeoutMs);
  } finally {
    await session.close();
  }
}

/** Whether Neo4j answers a trivial read now: the readiness check. */
export async function isReachable(reader: Reader): Promise<boolean> {
  try {
    const { driver, database } = reader;
    await readRows({ driver, database, timeoutMs: 2_000 }, 'RETURN 1', {});
    return true;
  } catch {
    return false;
  }
}

const UNAVAILABLE = new Set(['ServiceUnavailable', 'SessionExpired']);
const TIMED_OUT = new Set([
  'Neo.ClientError.Transaction.TransactionTimedOut',
  'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
]);

/**
 * Neo4j being away is the client's business (retry later), so it gets a code of its own; any
 * other failure stays internal and is masked by the server. The driver's message (hosts,
 * ports) is not passed on.
 */
function databaseError(error: unknown, timeoutMs?: number): unknown {
  if (error instanceof Neo4jError && TIMED_OUT.has(error.code)) {
    return new GraphQLError(
      `The query ran longer than ${timeoutMs} ms and was stopped; ask for less (a smaller first, depth or maxHops).`,
      { extensions: { code: 'QUERY_TIMEOUT' } },
    );
  }
  if (error instanceof Neo4jError && UNAVAILABLE.has(error.code)) {
    return new GraphQLError('The database is unavailable; try again shortly.', {
      extensions: { code: 'SERVICE_UNAVAILABLE' },
    });
  }
  return error;
}
