import DataLoader from 'dataloader';
import { readLinkedFrom, readNodes } from '../queries/entities.js';
import { type FactPageQuery, type NestedFacts, readFactsOfEntities } from '../queries/facts.js';
import { FACT_FILTER_NAMES } from '../queries/fragments.js';
import type { Reader } from '../queries/reader.js';
import type { GraphRecord, Page } from '../queries/records.js';
import { readTimelines, type TimelineEvent, type TimelineQuery } from '../queries/timeline.js';

/**
 * Per-request batching: every field that needs the database at some level of a request asks a
 * loader, and the loader sends one statement for all the entities of that level. So a request
 * costs a number of statements fixed by its shape, not by how much data it meets.
 */
export interface Loaders {
  node: DataLoader<string, GraphRecord | null>;
  /**
   * An entity and its page of facts (and their entities' own, as `nested` asks) in one
   * statement, priming `node` and `factsOf` for the resolvers below.
   */
  entityWithFacts(id: string, facts: FactsOfQuery): Promise<GraphRecord | null>;
  factsOf: DataLoader<ByEntity<FactsOfQuery>, Page<GraphRecord>, string>;
  linkedFrom: DataLoader<ByEntity<{ type: string; limit: number }>, GraphRecord[], string>;
  timeline: DataLoader<ByEntity<TimelineQuery>, TimelineEvent[], string>;
}

export interface FactsOfQuery extends FactPageQuery {
  /** Relationship types from the fact to the entity; null for every role. */
  roleTypes: readonly string[] | null;
  /**
   * The query the request makes of the facts of each entity these facts involve, as its
   * resolver computes it (the loader's key there): read in the same statement when it is a
   * plain first page (NestedFacts).
   */
  nested?: FactsOfQuery | null;
}

/** The nested query as the statement reads it, when it can: a plain first page, one level. */
function prefetchable(query: FactsOfQuery | null | undefined): NestedFacts | null {
  if (!query || query.nested || query.after || query.withTotal) return null;
  if (FACT_FILTER_NAMES.some((name) => query[name] != null)) return null;
  return {
    roleTypes: query.roleTypes,
    direction: query.direction,
    first: query.first,
    withKeys: query.withKeys ?? true,
    withParts: query.withParts ?? true,
    properties: query.properties ?? null,
  };
}

interface ByEntity<Args> {
  id: string;
  args: Args;
}

export function createLoaders(reader: Reader): Loaders {
  const readFacts = async (ids: string[], query: FactsOfQuery, withEntities = false) => {
    const read = await readFactsOfEntities(
      reader,
      ids,
      query.roleTypes,
      query,
      prefetchable(query.nested),
      withEntities,
    );
    // The level below, read with this one: its resolvers find their pages in the cache.
    for (const [id, page] of read.nested)
      factsOf.prime({ id, args: query.nested as FactsOfQuery }, page);
    return read;
  };
  const factsOf: Loaders['factsOf'] = byEntity(
    async (ids, query) => (await readFacts(ids, query)).pages,
    () => ({ items: [], hasNextPage: false, totalCount: 0 }),
  );
  const node: Loaders['node'] = new DataLoader(async (ids) => {
    const found = await readNodes(reader, ids);
    return ids.map((id) => found.get(id) ?? null);
  });
  return {
    node,
    entityWithFacts: async (id, facts) => {
      const { pages, entities } = await readFacts([id], facts, true);
      const entity = entities.get(id) ?? null;
      if (!entity) return null;
      node.prime(id, entity);
      factsOf.prime({ id, args: facts }, pages.get(id) ?? { items: [], hasNextPage: false });
      return entity;
    },
    factsOf,
    linkedFrom: byEntity(
      (ids, type) => readLinkedFrom(reader, ids, type),
      () => [],
    ),
    timeline: byEntity(
      (ids, query) => readTimelines(reader, ids, query),
      () => [],
    ),
  };
}

/**
 * A loader keyed by entity and arguments: keys with equal arguments (the same field at the same
 * level) share one statement.
 */
function byEntity<Args, Result>(
  read: (ids: string[], args: Args) => Promise<Map<string, Result>>,
  empty: () => Result,
): DataLoader<ByEntity<Args>, Result, string> {
  return new DataLoader(
    async (keys) => {
      const groups = new Map<string, { args: Args; ids: Set<string> }>();
      for (const { id, args } of keys) {
        const signature = signatureOf(args);
        const group = groups.get(signature) ?? { args, ids: new Set() };
        group.ids.add(id);
        groups.set(signature, group);
      }
      const results = new Map<string, Result>();
      await Promise.all(
        [...groups].map(async ([signature, { args, ids }]) => {
          const found = await read([...ids], args);
          for (const id of ids) results.set(`${signature}\u0000${id}`, found.get(id) ?? empty());
        }),
      );
      return keys.map(({ id, args }) => results.get(`${signatureOf(args)}\u0000${id}`) ?? empty());
    },
    { cacheKeyFn: ({ id, args }) => `${signatureOf(args)}\u0000${id}` },
  );
}

/**
 * The arguments as a key: equal arguments, equal keys. Kept with the arguments object, which
 * the items of a list share (rememberedForRequest), so it is written once, not once per item.
 */
function signatureOf(args: unknown): string {
  if (typeof args !== 'object' || args === null) return JSON.stringify(args);
  let signature = signatures.get(args);
  if (signature === undefined) {
    signature = JSON.stringify(args);
    signatures.set(args, signature);
  }
  return signature;
}
const signatures = new WeakMap<object, string>();
