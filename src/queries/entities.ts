import { toPage } from './facts.js';
import { recordMap } from './fragments.js';
import { countParam, listParam } from './params.js';
import { type Reader, readRows } from './read.js';
import { type GraphRecord, type Page, toRecord } from './records.js';

const NODES_BY_ID = `
UNWIND $ids AS id
MATCH (n:Record {id: id}) WHERE n:Entity OR n:Fact OR n:Source
RETURN id, ${recordMap('n')} AS record`;

/** Any records by id (entities, facts, sources); unknown ids are missing from the map. */
export async function readNodes(
  reader: Reader,
  ids: readonly string[],
): Promise<Map<string, GraphRecord>> {
  const rows = await readRows(reader, NODES_BY_ID, { ids });
  return new Map(rows.map((row) => [row.id as string, toRecord(row.record)]));
}

const LINKED_FROM = `
UNWIND $ids AS id
MATCH (e:Record {id: id}) WHERE e:Entity
CALL (e) {
  MATCH (e)<-[link]-(other:Entity) WHERE type(link) = $type
  WITH other ORDER BY other.name, other.id LIMIT $limit
  RETURN collect(${recordMap('other')}) AS records
}
RETURN id, records`;

/**
 * For each entity, the first `limit` entities that link to it with one type, by name: an
 * organization's products or subsidiaries.
 */
export async function readLinkedFrom(
  reader: Reader,
  ids: readonly string[],
  query: { type: string; limit: number },
): Promise<Map<string, GraphRecord[]>> {
  const rows = await readRows(reader, LINKED_FROM, {
    ids,
    type: query.type,
    limit: countParam(query.limit),
  });
  return new Map(rows.map((row) => [row.id as string, (row.records as unknown[]).map(toRecord)]));
}

export type EntityOrder = 'NAME_ASC' | 'NAME_DESC' | 'ID_ASC';

export interface EntityPageQuery {
  entityTypes?: readonly string[] | null | undefined;
  kinds?: readonly string[] | null | undefined;
  countries?: readonly string[] | null | undefined;
  order: EntityOrder;
  first: number;
  /** The key of the last item of the previous page. */
  after?: readonly [string, string] | null | undefined;
  withTotal: boolean;
}

const ENTITY_FILTER = `($entityTypes IS NULL OR n.kindOfRecord IN $entityTypes)
    AND ($kinds IS NULL OR n.kind IN $kinds)
    AND ($countries IS NULL OR n.country IN $countries)`;

function entityPage(key: string, direction: 'ASC' | 'DESC'): string {
  const comparison = direction === 'ASC' ? '>' : '<';
  return `
  CALL () {
    MATCH (n:Entity) WHERE ${ENTITY_FILTER}
    WITH n, ${key} AS key
    WHERE $afterKey IS NULL OR key ${comparison} $afterKey OR (key = $afterKey AND n.id ${comparison} $afterId)
    ORDER BY key ${direction}, n.id ${direction}
    LIMIT $limit
    RETURN collect({key: [key, n.id], record: ${recordMap('n')}}) AS page
  }
  CALL () {
    WITH 1 AS wanted WHERE $withTotal
    MATCH (n:Entity) WHERE ${ENTITY_FILTER}
    RETURN count(n) AS total
  }
  RETURN page, total`;
}

const ENTITY_PAGES: Record<EntityOrder, string> = {
  NAME_ASC: entityPage('n.name', 'ASC'),
  NAME_DESC: entityPage('n.name', 'DESC'),
  ID_ASC: entityPage('n.id', 'ASC'),
};

export async function readEntities(
  reader: Reader,
  query: EntityPageQuery,
): Promise<Page<GraphRecord>> {
  const [row] = await readRows(reader, ENTITY_PAGES[query.order], {
    entityTypes: listParam(query.entityTypes),
    kinds: listParam(query.kinds),
    countries: listParam(query.countries),
    limit: countParam(query.first + 1),
    afterKey: query.after?.[0] ?? null,
    afterId: query.after?.[1] ?? null,
    withTotal: query.withTotal,
  });
  return toPage(row ?? { page: [], total: 0 }, query);
}
