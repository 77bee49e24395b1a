/**
 * What can go wrong reading the graph, as the queries see it. No codes or HTTP statuses here:
 * src/graphql/errors.ts maps each of these to what a client is told.
 */
export abstract class ReadError extends Error {}

/** One statement ran longer than its limit (QUERY_TIMEOUT_MS) and Neo4j stopped it. */
export class StatementTimedOut extends ReadError {
  override name = 'StatementTimedOut';
  constructor(readonly timeoutMs: number | undefined) {
    super(
      `The query ran longer than ${timeoutMs} ms and was stopped; ask for less (a smaller first, depth or maxHops).`,
    );
  }
}

/** The request as a whole ran past REQUEST_TIMEOUT_MS: distinct from one slow statement. */
export class RequestTimedOut extends ReadError {
  override name = 'RequestTimedOut';
  constructor(readonly requestTimeoutMs: number) {
    super(
      `The request ran longer than REQUEST_TIMEOUT_MS (${requestTimeoutMs} ms) and was stopped; ask for less in one request.`,
    );
  }
}

/** Neo4j is away (`reason: 'unreachable'`) or every connection to it stayed busy (`'busy'`). */
export class DatabaseUnavailable extends ReadError {
  override name = 'DatabaseUnavailable';
  constructor(readonly reason: 'unreachable' | 'busy') {
    super(
      reason === 'busy'
        ? 'The server is busy: no database connection came free in time; try again shortly.'
        : 'The database is unavailable; try again shortly.',
    );
  }
}

/** One request's records add up to more than MAX_RESPONSE_BYTES. */
export class ResponseTooLarge extends ReadError {
  override name = 'ResponseTooLarge';
  constructor(readonly maxBytes: number) {
    super(
      `The answer would be larger than ${maxBytes} bytes, the limit set by MAX_RESPONSE_BYTES; ask for less (smaller pages, fewer nested lists or aliases).`,
    );
  }
}
