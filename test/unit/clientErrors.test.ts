import { GraphQLError, GraphQLScalarType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { clientError, withClientErrors } from '../../src/graphql/errors.js';
import type { Resolvers } from '../../src/graphql/resolvers.generated.js';
import {
  DatabaseUnavailable,
  RequestTimedOut,
  ResponseTooLarge,
  StatementTimedOut,
} from '../../src/queries/errors.js';

describe('read errors as clients see them (src/graphql/errors.ts)', () => {
  it('gives each read error its code, message and extensions', () => {
    const told = (error: Error) => {
      const mapped = clientError(error as never);
      return { message: mapped.message, extensions: mapped.extensions };
    };
    expect(told(new StatementTimedOut(250))).toEqual({
      message:
        'The query ran longer than 250 ms and was stopped; ask for less (a smaller first, depth or maxHops).',
      extensions: { code: 'QUERY_TIMEOUT' },
    });
    expect(told(new RequestTimedOut(30_000))).toEqual({
      message:
        'The request ran longer than REQUEST_TIMEOUT_MS (30000 ms) and was stopped; ask for less in one request.',
      extensions: { code: 'REQUEST_TIMEOUT' },
    });
    expect(told(new DatabaseUnavailable('unreachable'))).toEqual({
      message: 'The database is unavailable; try again shortly.',
      extensions: { code: 'SERVICE_UNAVAILABLE' },
    });
    expect(told(new DatabaseUnavailable('busy'))).toEqual({
      message: 'The server is busy: no database connection came free in time; try again shortly.',
      extensions: { code: 'SERVICE_UNAVAILABLE' },
    });
    expect(told(new ResponseTooLarge(1000))).toEqual({
      message:
        'The answer would be larger than 1000 bytes, the limit set by MAX_RESPONSE_BYTES; ask for less (smaller pages, fewer nested lists or aliases).',
      extensions: { code: 'RESPONSE_TOO_LARGE', limit: 'MAX_RESPONSE_BYTES' },
    });
  });

  it('maps what resolvers throw or reject with, and leaves other errors and scalars alone', async () => {
    const scalar = new GraphQLScalarType({ name: 'Day' });
    const other = new Error('a bug');
    const wrapped = withClientErrors({
      Day: scalar,
      Query: {
        thrown: () => {
          throw new StatementTimedOut(5);
        },
        rejected: async () => {
          throw new DatabaseUnavailable('unreachable');
        },
        bug: async () => {
          throw other;
        },
        fine: () => 'ok',
      },
    } as unknown as Resolvers) as unknown as Record<string, Record<string, () => unknown>>;
    const query = wrapped.Query as Record<string, () => unknown>;
    expect(wrapped.Day).toBe(scalar);
    expect(query.fine?.()).toBe('ok');
    expect(() => query.thrown?.()).toThrow(GraphQLError);
    await expect(query.rejected?.()).rejects.toMatchObject({
      extensions: { code: 'SERVICE_UNAVAILABLE' },
    });
    await expect(query.bug?.()).rejects.toBe(other);
  });
});
