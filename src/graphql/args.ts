import { GraphQLError } from 'graphql';
import { TOP_REGIONS } from '../model/coverage.js';
import { MAX_HOPS } from '../queries/paths.js';

/**
 * Checks of arguments that the SDL cannot express. Each failure is a BAD_USER_INPUT error that
 * says what is allowed, so a client can fix the request.
 */
export function badInput(message: string, argument?: string): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: 'BAD_USER_INPUT', ...(argument ? { argument } : {}) },
  });
}

export function intInRange(
  value: number | null | undefined,
  name: string,
  min: number,
  max: number,
  fallback: number,
): number {
  const chosen = value ?? fallback;
  if (!Number.isInteger(chosen) || chosen < min || chosen > max) {
    throw badInput(`${name} must be between ${min} and ${max}; got ${chosen}.`, name);
  }
  return chosen;
}

/** A count argument's bound: the value taken when the argument is null, and the largest allowed. */
export interface CountBound {
  fallback: number;
  max: number;
}

/**
 * The bound of every count argument (`first`, `limit`, `depth`, `maxHops`), in one place for
 * the resolvers that check them and for the request cost (cost.ts), which counts what a field
 * may really return. The SDL states the same defaults; a unit test checks that they agree.
 */
export const BOUNDS = {
  page: { fallback: 20, max: 100 },
  searchPage: { fallback: 10, max: 100 },
  timeline: { fallback: 100, max: 500 },
  linkedFrom: { fallback: 100, max: 500 },
  patentRanking: { fallback: 10, max: 100 },
  topRegions: { fallback: TOP_REGIONS, max: 100 },
  paths: { fallback: 5, max: 25 },
  maxHops: { fallback: 4, max: MAX_HOPS },
  neighbourhoodDepth: { fallback: 1, max: 2 },
  neighbourhoodLimit: { fallback: 100, max: 500 },
} as const satisfies Record<string, CountBound>;

/** Ids in one `nodes` request. */
export const MAX_IDS = 100;

/** A count argument checked against its bound: from 1 to `bound.max`. */
export function boundedCount(
  value: number | null | undefined,
  name: string,
  bound: CountBound,
): number {
  return intInRange(value, name, 1, bound.max, bound.fallback);
}

/** A page size: `first`, from 1 to 100 unless the field's bound says otherwise. */
export function pageSize(
  first: number | null | undefined,
  bound: CountBound = BOUNDS.page,
): number {
  return boundedCount(first, 'first', bound);
}

export function listLimit(
  values: readonly unknown[] | null | undefined,
  name: string,
  max: number,
): void {
  if (values && values.length > max) {
    throw badInput(`${name} may hold at most ${max} items; got ${values.length}.`, name);
  }
}

/** A day must come with the other end of a range in order. */
export function dateRange(from: string | null | undefined, to: string | null | undefined): void {
  if (from && to && from > to)
    throw badInput(`from (${from}) must not be after to (${to}).`, 'from');
}

const COUNTRY = /^[A-Z]{2}$/;

export function countryCodes(
  values: readonly string[] | null | undefined,
): readonly string[] | null {
  for (const value of values ?? []) {
    if (!COUNTRY.test(value)) {
      throw badInput(
        `countries must be ISO 3166-1 alpha-2 codes such as CN; got "${value.slice(0, 20)}".`,
        'countries',
      );
    }
  }
  return values ?? null;
}

/**
 * Cursors are opaque to clients: the sort key of the last item and the ordering it belongs to,
 * as base64url JSON. A cursor from another list or ordering is refused, not misread.
 */
export function encodeCursor(ordering: string, key: readonly unknown[]): string {
  return Buffer.from(JSON.stringify([ordering, ...key])).toString('base64url');
}

export function decodeCursor<Key extends readonly unknown[]>(
  after: string | null | undefined,
  ordering: string,
  isKey: (key: readonly unknown[]) => key is Key,
): Key | null {
  if (after === null || after === undefined) return null;
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(after, 'base64url').toString('utf8'));
  } catch {
    decoded = undefined;
  }
  if (Array.isArray(decoded) && decoded[0] === ordering) {
    const key = decoded.slice(1);
    if (isKey(key)) return key;
  }
  throw badInput('after must be an endCursor of this same list and ordering.', 'after');
}

export const isTextKey = (key: readonly unknown[]): key is [string, string] =>
  key.length === 2 && typeof key[0] === 'string' && typeof key[1] === 'string';

/** A search hit's place: tier, relevance, facts, id (SearchKey in src/queries/search.ts). */
export const isSearchKey = (
  key: readonly unknown[],
): key is [tier: number, relevance: number, facts: number, id: string] =>
  key.length === 4 &&
  key.slice(0, 3).every((part) => typeof part === 'number' && Number.isFinite(part)) &&
  typeof key[3] === 'string';
