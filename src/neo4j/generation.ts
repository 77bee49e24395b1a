import neo4j, { type Driver, routing } from 'neo4j-driver';

/**
 * Which generation of the graph readers use. A load writes a whole new copy of the graph as
 * generation g+1 and then switches `(:Graph {key: 'graph'}).current` to it in one small write;
 * readers pin one generation per request and read only its nodes, so a reader never sees a mix.
 *
 * The loader (src/load/) and the readers (src/queries/) both import this module, and nothing
 * else of each other.
 */

/**
 * How long a process trusts the current generation it read: a request may read a generation
 * that was replaced up to this long ago (whole and consistent, just older). A load in the same
 * process invalidates it at once. Retiring an old generation waits longer than this plus the
 * API's REQUEST_TIMEOUT_MS (see DEFAULT_RETAIN_MS in src/load/).
 */
export const GENERATION_TTL_MS = 1_000;

const READ_CURRENT = "OPTIONAL MATCH (g:Graph {key: 'graph'}) RETURN g.current AS current";

/** Reads the current generation from Neo4j, uncached; null before the first load. */
export async function readCurrentGeneration(driver: Driver, database: string) {
  const { records } = await driver.executeQuery(
    READ_CURRENT,
    {},
    { database, routing: routing.READ },
  );
  const current = records[0]?.get('current');
  return current === null || current === undefined ? null : Number(current);
}

interface Entry {
  value?: number | null | undefined;
  /** When the read of `value` started (the value may be older than its answer, not newer). */
  readAt: number;
  pending?: Promise<number | null> | undefined;
  /** Bumped by invalidate: a read begun before it does not fill the cache. */
  epoch: number;
}

const cache = new WeakMap<Driver, Map<string, Entry>>();

function entryFor(driver: Driver, database: string): Entry {
  let entries = cache.get(driver);
  if (!entries) {
    entries = new Map();
    cache.set(driver, entries);
  }
  let entry = entries.get(database);
  if (!entry) {
    entry = { readAt: 0, epoch: 0 };
    entries.set(database, entry);
  }
  return entry;
}

/**
 * The current generation, cached per driver and database for `ttlMs`. The first caller that
 * finds it stale reads it again; callers meanwhile wait for that one read (single flight).
 */
export function currentGeneration(
  driver: Driver,
  database: string,
  ttlMs = GENERATION_TTL_MS,
): Promise<number | null> {
  const entry = entryFor(driver, database);
  const now = Date.now();
  if (entry.value !== undefined && now - entry.readAt < ttlMs) return Promise.resolve(entry.value);
  if (entry.pending) return entry.pending;
  const epoch = entry.epoch;
  const pending = readCurrentGeneration(driver, database).then((value) => {
    if (entry.epoch === epoch) {
      entry.value = value;
      entry.readAt = now;
    }
    return value;
  });
  const settle = () => {
    if (entry.pending === pending) entry.pending = undefined;
  };
  pending.then(settle, settle);
  entry.pending = pending;
  return pending;
}

/** Forgets the cached generation: a load in this process calls it right after its switch. */
export function invalidateGeneration(driver: Driver, database: string): void {
  const entry = entryFor(driver, database);
  entry.epoch += 1;
  entry.value = undefined;
  entry.pending = undefined;
}

/** A generation as a Cypher parameter: an integer, as stored (not a float). */
export function generationParam(generation: number | null) {
  return generation === null ? null : neo4j.int(generation);
}
