import neo4j, { type Driver, Neo4jError, type Result } from 'neo4j-driver';
import { Slots } from '../concurrency.js';
import { currentGeneration, generationParam } from '../neo4j/generation.js';
import {
  DatabaseUnavailable,
  ReadError,
  RequestTimedOut,
  ResponseTooLarge,
  StatementTimedOut,
} from './errors.js';
import { plainRow } from './records.js';

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
  /** What one request may use; `requestReader` gives each request its own share. */
  perRequest?: RequestBounds;
  /** One request's statements in flight (set by `requestReader`). */
  statementSlots?: Slots;
  /** One request's bytes read (set by `requestReader`). */
  budget?: ResponseBudget;
  /** The process's statements holding or waiting for a connection, for /metrics. */
  gauges?: { statementsInFlight: number };
  /** Set by pinReader. */
  pin?: Pin;
}

export interface RequestBounds {
  /** Statements of one request at once (MAX_STATEMENTS_PER_REQUEST); the rest wait their turn. */
  maxConcurrentStatements: number;
  /** Bytes of records one request may read (MAX_RESPONSE_BYTES). */
  maxResponseBytes: number;
}

/** The reader one request uses: its own statement slots and its own byte budget. */
export function requestReader(reader: Reader): Reader {
  const bounds = reader.perRequest;
  if (!bounds) return reader;
  return {
    ...reader,
    statementSlots: new Slots(bounds.maxConcurrentStatements),
    budget: new ResponseBudget(bounds.maxResponseBytes),
  };
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

/**
 * A statement as sent, without `$generation` (readRows adds it): the queries build these with
 * pure functions, so that their shapes and parameters are tested without a database.
 */
export interface Statement {
  statement: string;
  parameters: Record<string, unknown>;
}

/** readRows for a built Statement. */
export function readStatement(
  reader: Reader,
  { statement, parameters }: Statement,
): Promise<Row[]> {
  return readRows(reader, statement, parameters);
}

export async function readRows(
  reader: Reader,
  statement: string,
  parameters: Record<string, unknown>,
): Promise<Row[]> {
  const read = () => readInSession(reader, statement, parameters);
  return reader.statementSlots ? reader.statementSlots.run(read) : read();
}

async function readInSession(
  reader: Reader,
  statement: string,
  parameters: Record<string, unknown>,
): Promise<Row[]> {
  // A request already over its budget sends nothing more.
  reader.budget?.spend(0);
  const generation = await readerGeneration(reader);
  const { timeoutMs, requestTimeoutMs } = reader;
  const left =
    reader.pin && requestTimeoutMs ? reader.pin.at + requestTimeoutMs - Date.now() : undefined;
  if (left !== undefined && left <= 0) throw new RequestTimedOut(requestTimeoutMs as number);
  // The statement's own limit, or what is left of the request's, the sooner.
  const byRequest = left !== undefined && (timeoutMs === undefined || left < timeoutMs);
  const timeout = byRequest ? Math.max(1, Math.ceil(left as number)) : timeoutMs;
  const all = { ...parameters, generation: generationParam(generation) };
  reader.onStatement?.(statement, all);
  const { gauges } = reader;
  if (gauges) gauges.statementsInFlight++;
  const session = reader.driver.session({
    database: reader.database,
    defaultAccessMode: neo4j.session.READ,
    // All records in one go: with the driver's default (1,000 records, then ask for more), Neo4j
    // idles while this process is busy elsewhere before asking, and the transaction timeout
    // counts that idling as the statement's own time (a 1-ms statement came back QUERY_TIMEOUT).
    fetchSize: FETCH_ALL,
  });
  let rows: Row[] | undefined;
  try {
    await session.executeRead(
      async (tx) => {
        rows = undefined;
        rows = await collect(
          runWithoutStack(() => tx.run(statement, all)),
          reader.budget,
        );
      },
      timeout ? { timeout } : {},
    );
    return rows ?? [];
  } catch (error) {
    // Every record was read, then the commit came after the timeout because this process was
    // busy: Neo4j did not run long, and a read has nothing to commit, so the rows stand.
    if (rows && isTimeout(error)) return rows;
    throw databaseError(error, byRequest ? { requestTimeoutMs } : { timeoutMs });
  } finally {
    if (gauges) gauges.statementsInFlight--;
    await session.close();
  }
}

const FETCH_ALL = -1;

/**
 * Runs `run` with no JavaScript stack trace captured. The driver formats one for each statement
 * it sends, and again at begin and commit, to append to a failure: 7 % of a 50th page's CPU in a
 * profile, 4.4 % with the statement's skipped (begin and commit are out of reach). A failure here
 * is mapped to a coded error in one place (databaseError); the driver's stack would only show
 * this function's callers.
 */
function runWithoutStack<T>(run: () => T): T {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return run();
  } finally {
    Error.stackTraceLimit = limit;
  }
}

/**
 * The records as plain rows, converted one by one as they arrive (so a large result is turned
 * into rows between network reads, not in one long stretch), each counted against the request's
 * budget: over it, the statement is abandoned and the request stopped.
 */
function collect(result: Result, budget: ResponseBudget | undefined): Promise<Row[]> {
  return new Promise((resolve, reject) => {
    const rows: Row[] = [];
    let stopped = false;
    result.subscribe({
      onNext: (record) => {
        if (stopped) return;
        const { row, bytes } = plainRow(record.toObject());
        try {
          budget?.spend(bytes);
        } catch (error) {
          stopped = true;
          reject(error);
          return;
        }
        rows.push(row);
      },
      onCompleted: () => {
        if (!stopped) resolve(rows);
      },
      onError: (error) => {
        if (!stopped) reject(error);
      },
    });
  });
}

/**
 * The bytes one request's records may add up to. Records are counted as read, before GraphQL
 * shapes them, so that a huge answer is stopped before it is built, let alone serialised.
 */
export class ResponseBudget {
  private spent = 0;

  constructor(readonly maxBytes: number) {}

  get exceeded(): boolean {
    return this.spent > this.maxBytes;
  }

  /** Counts `bytes`; throws ResponseTooLarge once the total is over the budget. */
  spend(bytes: number): void {
    this.spent += bytes;
    if (this.exceeded) throw new ResponseTooLarge(this.maxBytes);
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
/** The driver's own error (code N/A) when every pooled connection stays busy. */
const POOL_EXHAUSTED = /^Connection acquisition timed out/;
const TIMED_OUT = new Set([
  'Neo.ClientError.Transaction.TransactionTimedOut',
  'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
]);

function isTimeout(error: unknown): boolean {
  return error instanceof Neo4jError && TIMED_OUT.has(error.code);
}

/**
 * Neo4j being away, or every connection to it busy, is the client's business (retry later), so
 * it is a ReadError of its own; any other failure stays as it is (internal, masked by the
 * server). The driver's message (hosts, ports) is not passed on.
 */
function databaseError(
  error: unknown,
  limits: { timeoutMs?: number | undefined; requestTimeoutMs?: number | undefined } = {},
): unknown {
  if (error instanceof ReadError) return error;
  const { timeoutMs, requestTimeoutMs } = limits;
  if (isTimeout(error) && requestTimeoutMs) return new RequestTimedOut(requestTimeoutMs);
  if (isTimeout(error)) return new StatementTimedOut(timeoutMs);
  if (error instanceof Neo4jError && UNAVAILABLE.has(error.code)) {
    return new DatabaseUnavailable('unreachable');
  }
  // Load, not a fault: the client should come back, and nothing is masked.
  if (error instanceof Neo4jError && POOL_EXHAUSTED.test(error.message)) {
    return new DatabaseUnavailable('busy');
  }
  return error;
}
