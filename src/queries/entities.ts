import { toPage } from './facts.js';
import { recordList } from './fragments.js';
import { countParam, listParam } from './params.js';
import { type Reader, readStatement, type Statement } from './reader.js';
import { type GraphRecord, type Page, toRecord } from './records.js';

const NODES_BY_ID = `
UNWIND $ids AS id
MATCH (n:Record {id: id, generation: $generation}) WHERE n:Entity OR n:Fact OR n:Source
RETURN id, ${recordList('n')} AS record`;

export function nodesByIdStatement(ids: readonly string[]): Statement {
  return { statement: NODES_BY_ID, parameters: { ids } };
}

/** Any records by id (entities, facts, sources); unknown ids are missing from the map. */
export async function readNodes(
  reader: Reader,
  ids: readonly string[],
): Promise<Map<string, GraphRecord>> {
  const rows = await readStatement(reader, nodesByIdStatement(ids));
  return new Map(rows.map((row) => [row.id as string, toRecord(row.record)]));
}

const LINKED_FROM = `
UNWIND $ids AS id
MATCH (e:Record {id: id, generation: $generation}) WHERE e:Entity
CALL (e) {
  MATCH (e)<-[link]-(other:Entity) WHERE type(link) = $type
  WITH other ORDER BY other.name, other.id LIMIT $limit
  RETURN collect(${recordList('other')}) AS records
}
RETURN id, records`;

export function linkedFromStatement(
  ids: readonly string[],
  query: { type: string; limit: number },
): Statement {
  return {
    statement: LINKED_FROM,
    parameters: { ids, type: query.type, limit: countParam(query.limit) },
  };
}

/**
 * For each entity, the first `limit` entities that link to it with one type, by name: an
 * organization's products or subsidiaries.
 */
export async function readLinkedFrom(
  reader: Reader,
  ids: readonly string[],
  query: { type: string; limit: number },
): Promise<Map<string, GraphRecord[]>> {
  const rows = await readStatement(reader, linkedFromStatement(ids, query));
  return new Map(rows.map((row) => [row.id as string, (row.records as unknown[]).map(toRecord)]));
}

export type EntityOrder = 'NAME_ASC' | 'NAME_DESC' | 'ID_ASC';

export interface EntityPageQuery {
  entityTypes?: readonly string[] | null | undefined;
  /** The curated `kind` of an entity (GraphQL's `kinds` filter): 'company', 'cloud-service'. */
  categories?: readonly string[] | null | undefined;
  countries?: readonly string[] | null | undefined;
  order: EntityOrder;
  first: number;
  /** The key of the last item of the previous page. */
  after?: readonly [string, string] | null | undefined;
  withTotal: boolean;
  /** Whether to read each entity's links and citations (else resolvers read them if needed). */
  withParts?: boolean;
  /** Only these of each entity's properties (else all the API reads). */
  keys?: readonly string[] | null;
}

/**
 * Each present filter as a predicate the planner can answer from an index (see
 * SCHEMA_STATEMENTS): absent filters leave no `$x IS NULL OR ...` behind, which no index serves.
 */
const ENTITY_FILTERS = {
  entityTypes: 'n.kindOfRecord IN $entityTypes',
  categories: 'n.kind IN $categories',
  countries: 'n.country IN $countries',
} as const;

type EntityFilterName = keyof typeof ENTITY_FILTERS;

/**
 * Where a page starts, and its order, per ordering: a range on the ordering's index (entity_name
 * or entity_id), so the page is read from the index in order and reading stops at the limit.
 * `NOT (a = x AND b <= y)` rather than `a > x OR b > y`: the planner would turn an OR into a union
 * of two index seeks and lose the order.
 */
const ENTITY_ORDERS: Record<EntityOrder, { first: string; after: string; orderBy: string }> = {
  NAME_ASC: {
    first: 'n.name IS NOT NULL',
    after: 'n.name >= $afterKey AND NOT (n.name = $afterKey AND n.id <= $afterId)',
    orderBy: 'n.name ASC, n.id ASC',
  },
  NAME_DESC: {
    first: 'n.name IS NOT NULL',
    after: 'n.name <= $afterKey AND NOT (n.name = $afterKey AND n.id >= $afterId)',
    orderBy: 'n.name DESC, n.id DESC',
  },
  ID_ASC: { first: 'n.id IS NOT NULL', after: 'n.id > $afterId', orderBy: 'n.id ASC' },
};

const ENTITY_KEYS: Record<EntityOrder, string> = {
  NAME_ASC: 'n.name',
  NAME_DESC: 'n.name',
  ID_ASC: 'n.id',
};

/**
 * The statement for one shape of request: its order, whether it starts after a cursor, which
 * filters it has, whether it counts. Only the shape is in the text; every value is a parameter.
 * The total is counted only when asked for, and with no filter it is the generation's own total,
 * stored by the load (Neo4j's counts store would count every generation), without reading any
 * entity.
 */
function entityPage(
  order: EntityOrder,
  after: boolean,
  filters: readonly EntityFilterName[],
  withTotal: boolean,
  someKeys: boolean,
  withParts: boolean,
): string {
  const { first, after: start, orderBy } = ENTITY_ORDERS[order];
  const filter = filters.map((name) => ENTITY_FILTERS[name]);
  const total = !withTotal
    ? 'WITH page, null AS total'
    : filter.length > 0
      ? `CALL () {
    MATCH (n:Entity) WHERE ${[...filter, 'n.generation = $generation'].join(' AND ')}
    RETURN count(n) AS total
  }`
      : `CALL () {
    OPTIONAL MATCH (g:Generation {number: $generation})
    RETURN coalesce(g.entities, 0) AS total
  }`;
  return `
  CALL () {
    MATCH (n:Entity) WHERE ${[after ? start : first, ...filter, 'n.generation = $generation'].join(' AND ')}
    WITH n ORDER BY ${orderBy} LIMIT $limit
    RETURN collect([[${ENTITY_KEYS[order]}, n.id], ${recordList('n', withParts ? undefined : false, someKeys ? { keys: { own: '$keys' } } : {})}]) AS page
  }
  ${total}
  RETURN page, total`;
}

const ENTITY_PAGES = new Map<string, string>();

function entityPageFor(
  order: EntityOrder,
  after: boolean,
  filters: readonly EntityFilterName[],
  withTotal: boolean,
  someKeys: boolean,
  withParts: boolean,
): string {
  const shape = JSON.stringify([order, after, filters, withTotal, someKeys, withParts]);
  let statement = ENTITY_PAGES.get(shape);
  if (statement === undefined) {
    statement = entityPage(order, after, filters, withTotal, someKeys, withParts);
    ENTITY_PAGES.set(shape, statement);
  }
  return statement;
}

export function entityPageStatement(query: EntityPageQuery): Statement {
  const filters = {
    entityTypes: listParam(query.entityTypes),
    categories: listParam(query.categories),
    countries: listParam(query.countries),
  };
  const present = (Object.keys(ENTITY_FILTERS) as EntityFilterName[]).filter(
    (name) => filters[name] !== null,
  );
  const statement = entityPageFor(
    query.order,
    query.after != null,
    present,
    query.withTotal,
    query.keys != null,
    query.withParts ?? true,
  );
  return {
    statement,
    parameters: {
      ...filters,
      limit: countParam(query.first + 1),
      afterKey: query.after?.[0] ?? null,
      afterId: query.after?.[1] ?? null,
      ...(query.keys != null ? { keys: query.keys } : {}),
    },
  };
}

export async function readEntities(
  reader: Reader,
  query: EntityPageQuery,
): Promise<Page<GraphRecord>> {
  const [row] = await readStatement(reader, entityPageStatement(query));
  return toPage(row ?? { page: [], total: 0 }, query, { own: query.keys ?? null });
}
