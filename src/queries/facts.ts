import { factDay, factFilter, recordMap } from './fragments.js';
import { countParam, dateParam, listParam } from './params.js';
import { type Reader, readRows } from './read.js';
import { type GraphRecord, type Page, toRecord } from './records.js';
import { FACT_ROLE_TYPES } from './roles.js';

export type Direction = 'ASC' | 'DESC';

/** What narrows a list of facts; every part optional. Dates are `YYYY-MM-DD`. */
export interface FactQuery {
  /** Fact kinds of the seed model: 'investment', 'boardSeat', ... */
  factTypes?: readonly string[] | null | undefined;
  kinds?: readonly string[] | null | undefined;
  statuses?: readonly string[] | null | undefined;
  confidences?: readonly string[] | null | undefined;
  from?: string | null | undefined;
  to?: string | null | undefined;
  asOf?: string | null | undefined;
}

export interface FactPageQuery extends FactQuery {
  direction: Direction;
  /** Items per page; one more is read to know whether another page follows. */
  first: number;
  /** The key of the last item of the previous page: [day, id]. */
  after?: readonly [string, string] | null | undefined;
  withTotal: boolean;
}

export function factFilterParams(query: FactQuery) {
  return {
    factTypes: listParam(query.factTypes),
    kinds: listParam(query.kinds),
    statuses: listParam(query.statuses),
    confidences: listParam(query.confidences),
    from: dateParam(query.from),
    to: dateParam(query.to),
    asOf: dateParam(query.asOf),
  };
}

/** A page of facts in order of their day, after a keyset cursor; `source` binds `f`. */
function factPage(direction: Direction): string {
  const comparison = direction === 'ASC' ? '>' : '<';
  return `
    WITH DISTINCT f
    WITH f, ${factDay('f')} AS day
    WHERE $afterDay IS NULL OR day ${comparison} $afterDay OR (day = $afterDay AND f.id ${comparison} $afterId)
    ORDER BY day ${direction}, f.id ${direction}
    LIMIT $limit
    RETURN collect({key: [toString(day), f.id], record: ${recordMap('f')}}) AS page`;
}

/** How many facts `match` finds, counted only when the client asked for totalCount. */
function totalCount(scope: string, match: string): string {
  return `
  CALL (${scope}) {
    WITH 1 AS wanted WHERE $withTotal
    ${match} AND ${factFilter('f')}
    RETURN count(DISTINCT f) AS total
  }`;
}

/** The facts of many entities at once, in given roles: one statement for a whole level. */
function factsOfEntities(direction: Direction): string {
  return `
  UNWIND $ids AS id
  MATCH (e:Record {id: id}) WHERE e:Entity
  CALL (e) {
    MATCH (e)<-[r]-(f:Fact)
    WHERE type(r) IN $roleTypes AND ${factFilter('f')}
    ${factPage(direction)}
  }
  ${totalCount('e', 'MATCH (e)<-[r]-(f:Fact) WHERE type(r) IN $roleTypes')}
  RETURN id, page, total`;
}

function allFacts(direction: Direction): string {
  return `
  CALL () {
    MATCH (f:Fact) WHERE ${factFilter('f')}
    ${factPage(direction)}
  }
  ${totalCount('', 'MATCH (f:Fact) WHERE true')}
  RETURN page, total`;
}

const FACTS_OF_ENTITIES = { ASC: factsOfEntities('ASC'), DESC: factsOfEntities('DESC') };
const ALL_FACTS = { ASC: allFacts('ASC'), DESC: allFacts('DESC') };

function pageParams(query: FactPageQuery) {
  return {
    ...factFilterParams(query),
    limit: countParam(query.first + 1),
    afterDay: dateParam(query.after?.[0]),
    afterId: query.after?.[1] ?? null,
    withTotal: query.withTotal,
  };
}

/** For each entity id, its page of facts in the roles given (relationship types; all if none). */
export async function readFactsOfEntities(
  reader: Reader,
  ids: readonly string[],
  roleTypes: readonly string[] | null,
  query: FactPageQuery,
): Promise<Map<string, Page<GraphRecord>>> {
  const rows = await readRows(reader, FACTS_OF_ENTITIES[query.direction], {
    ...pageParams(query),
    ids,
    roleTypes: roleTypes && roleTypes.length > 0 ? roleTypes : FACT_ROLE_TYPES,
  });
  return new Map(rows.map((row) => [row.id as string, toPage(row, query)]));
}

export async function readFacts(reader: Reader, query: FactPageQuery): Promise<Page<GraphRecord>> {
  const [row] = await readRows(reader, ALL_FACTS[query.direction], pageParams(query));
  return toPage(row ?? { page: [], total: 0 }, query);
}

type PageRow = { key: unknown[]; record: unknown }[];

export function toPage(
  row: Record<string, unknown>,
  query: { first: number; withTotal: boolean },
): Page<GraphRecord> {
  const rows = row.page as PageRow;
  return {
    items: rows
      .slice(0, query.first)
      .map((item) => ({ key: item.key, node: toRecord(item.record) })),
    hasNextPage: rows.length > query.first,
    ...(query.withTotal ? { totalCount: row.total as number } : {}),
  };
}
