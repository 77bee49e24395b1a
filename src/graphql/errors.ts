import { GraphQLError } from 'graphql';
import {
  DatabaseUnavailable,
  ReadError,
  RequestTimedOut,
  ResponseTooLarge,
  StatementTimedOut,
} from '../queries/errors.js';
import type { Resolvers } from './resolvers.generated.js';

/**
 * The one place where what went wrong reading the graph becomes what a client is told: each
 * ReadError of src/queries gets its error code (and any extensions); anything else is left as it
 * is, for the server to mask.
 */
export function clientError(error: ReadError): GraphQLError {
  return new GraphQLError(error.message, { extensions: extensionsOf(error) });
}

function extensionsOf(error: ReadError): Record<string, unknown> {
  if (error instanceof StatementTimedOut) return { code: 'QUERY_TIMEOUT' };
  if (error instanceof RequestTimedOut) return { code: 'REQUEST_TIMEOUT' };
  if (error instanceof DatabaseUnavailable) return { code: 'SERVICE_UNAVAILABLE' };
  if (error instanceof ResponseTooLarge) {
    return { code: 'RESPONSE_TOO_LARGE', limit: 'MAX_RESPONSE_BYTES' };
  }
  return { code: 'INTERNAL_SERVER_ERROR' };
}

function rethrowForClient(error: unknown): never {
  throw error instanceof ReadError ? clientError(error) : error;
}

function isPromiseLike(value: unknown): value is PromiseLike<unknown> {
  return typeof (value as PromiseLike<unknown> | null)?.then === 'function';
}

type FieldResolver = (this: unknown, ...args: unknown[]) => unknown;

function mapped(resolve: FieldResolver): FieldResolver {
  return function (this: unknown, ...args: unknown[]) {
    try {
      const result = resolve.apply(this, args);
      return isPromiseLike(result) ? result.then(undefined, rethrowForClient) : result;
    } catch (error) {
      rethrowForClient(error);
    }
  };
}

/**
 * The resolvers with every field resolver's ReadErrors turned into client errors (clientError),
 * for the schema that both /graphql and the exports execute. Scalars and `__resolveType` are
 * kept as they are.
 */
export function withClientErrors(resolvers: Resolvers): Resolvers {
  const result: Record<string, unknown> = {};
  for (const [type, fields] of Object.entries(resolvers)) {
    if (Object.getPrototypeOf(fields) !== Object.prototype) {
      result[type] = fields;
      continue;
    }
    result[type] = Object.fromEntries(
      Object.entries(fields as Record<string, unknown>).map(([field, resolve]) => [
        field,
        typeof resolve === 'function' && !field.startsWith('__')
          ? mapped(resolve as FieldResolver)
          : resolve,
      ]),
    );
  }
  return result as Resolvers;
}
