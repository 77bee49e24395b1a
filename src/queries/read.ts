import { GraphQLError } from 'graphql';
import neo4j, { type Driver, Neo4jError } from 'neo4j-driver';
import { currentGeneration, generationParam } from '../neo4j/generation.js';
import { plain } from './records.js';

/**
 * The one way the API reaches Neo4j: a read transaction per statement, routed to a reader in a
 * cluster. `onStatement` lets tests and logs see every statement a request sends.
 *
 * Every statement reads one generation of the graph, passed as $generation (statements filter
 * their entry points on it; traversals from a node of a generation reach only that
 * generation). A pinned reader (pinReader: one per request) reads the same generation for all
 * its statements; an unpinned one reads the current generation at each statement.
 */
export interface Reader {
  driver: Driver;
  database: string;
  /** Neo4j cancels a statement that runs longer (the server stops it, not only the client). */
  timeoutMs?: number;
  /**
   * REQUEST_TIMEOUT_MS: a pinned reader starts no statement later than this after it was
   * pinned, and none runs past it. This bounds how long a replaced generation may be read.
   */
  requestTimeoutMs?: number;
  onStatement?: (statement: string, parameters: Record<string, unknown>) => void;
  /** Set by pinReader. */
  pin?: Pin;
}

interface Pin {
  /** Date.now() when the request began: its deadline counts from here. */
  at: number;
  /** The request's generation: read once (from the per-process cache), then the same. */
  generation(): Promise<number | null>;
}

/**
 * A reader for one request (or one export): all its statements read one generation, the
 * current one when its first statement runs, or `generation` when given.
 */
export function pinReader(reader: Reader, generation?: number | null): Reader {
  let pinned: Promise<number | null> | undefined =
    generation === undefined ? undefined : Promise.resolve(generation);
  return {
    ...reader,
    pin: {
      at: Date.now(),
      generation: () => {
        pinned ??= currentGeneration(reader.driver, reader.database);
        return pinned;
      },
    },
  };
}

/** The generation a reader reads: its pinned one, or the current one now. */
export async function readerGeneration(reader: Reader): Promise<number | null> {
  try {
    return await (reader.pin
      ? reader.pin.generation()
      : currentGeneration(reader.driver, reader.database));
  } catch (error) {
    throw databaseError(error);
  }
}

export type Row = Record<string, unknown>;

export async function readRows(
  reader: Reader,
  statement: string,
  parameters: Record<string, unknown>,
): Promise<Row[]> {
  const generation = await readerGeneration(reader);
  const { timeoutMs, requestTimeoutMs } = reader;
  const left =
    reader.pin && requestTimeoutMs ? reader.pin.at + requestTimeoutMs - Date.now() : undefined;
  if (left !== undefined && left <= 0) throw requestTimedOut(requestTimeoutMs as number);
  // The statement's own limit, or what is left of the request's, the sooner.
  const byRequest = left !== undefined && (timeoutMs === undefined || left < timeoutMs);
  const timeout = byRequest ? Math.max(1, Math.ceil(left as number)) : timeoutMs;
  const all = { ...parameters, generation: generationParam(generation) };
  reader.onStatement?.(statement, all);
  const session = reader.driver.session({
    database: reader.database,
    defaultAccessMode: neo4j.session.READ,
  });
  try {
    const result = await session.executeRead(
      (tx) => tx.run(statement, all),
      timeout ? { timeout } : {},
    );
    return result.records.map((record) => plain(record.toObject()) as Row);
  } catch (error) {
    throw databaseError(error, byRequest ? { requestTimeoutMs } : { timeoutMs });
  } finally {
    await session.close();
  }
}

/** Whether Neo4j answers a trivial read now: the readiness check. */
export async function isReachable(reader: Reader): Promise<boolean> {
  try {
    const { driver, database } = reader;
    await readRows(pinReader({ driver, database, timeoutMs: 2_000 }, null), 'RETURN 1', {});
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
function databaseError(
  error: unknown,
  limits: { timeoutMs?: number | undefined; requestTimeoutMs?: number | undefined } = {},
): unknown {
  const { timeoutMs, requestTimeoutMs } = limits;
  if (error instanceof Neo4jError && TIMED_OUT.has(error.code) && requestTimeoutMs) {
    return requestTimedOut(requestTimeoutMs);
  }
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

/** The request as a whole ran past REQUEST_TIMEOUT_MS: distinct from one slow statement. */
function requestTimedOut(requestTimeoutMs: number): GraphQLError {
  return new GraphQLError(
    `The request ran longer than REQUEST_TIMEOUT_MS (${requestTimeoutMs} ms) and was stopped; ask for less in one request.`,
    { extensions: { code: 'REQUEST_TIMEOUT' } },
  );
}
