import {
  FACT_FILTER_NAMES,
  type FactFilterName,
  factConditions,
  factDay,
  factFilter,
  type RecordProperties,
  recordList,
} from './fragments.js';
import { countParam, dateParam, listParam } from './params.js';
import { type Reader, readStatement, type Statement } from './reader.js';
import {
  type GraphRecord,
  type Page,
  type RawRecord,
  type ReadKeys,
  readNames,
  toPartialRecord,
  toRecord,
} from './records.js';
import { FACT_ROLE_TYPES } from './roles.js';
import { statementsByShape } from './shapes.js';

export type Direction = 'ASC' | 'DESC';

/** What narrows a list of facts; every part optional. Dates are `YYYY-MM-DD`. */
export interface FactQuery {
  /** Record kinds of the seed model: 'investment', 'boardSeat', ... */
  factTypes?: readonly string[] | null | undefined;
  /** The curated category (GraphQL's `kinds` filter): see FACT_CONDITIONS in fragments.ts. */
  categories?: readonly string[] | null | undefined;
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
  /**
   * Whether to read each fact's sort key, which only a cursor needs: a request that asks for no
   * cursor gets items without one (key null). Read when left out.
   */
  withKeys?: boolean;
  /** Whether to read each fact's links and citations (else resolvers read them if needed). */
  withParts?: boolean;
  /** What to read of each fact, its linked entities and its sources; all when left out. */
  properties?: RecordProperties | null;
}

export function factFilterParams(query: FactQuery) {
  return {
    factTypes: listParam(query.factTypes),
    categories: listParam(query.categories),
    statuses: listParam(query.statuses),
    confidences: listParam(query.confidences),
    from: dateParam(query.from),
    to: dateParam(query.to),
    asOf: dateParam(query.asOf),
  };
}

/** The shape of a page of an entity's facts, which picks its statement. */
interface FactsOfShape {
  direction: Direction;
  /** The filters given: only these are in the text. */
  filters: readonly FactFilterName[];
  after: boolean;
  total: boolean;
  /** Each fact's entities' own first page of facts, read in the same statement (NestedFacts). */
  nested: Direction | null;
  /** The entities themselves too (a request for one entity and its facts: one statement). */
  entity: boolean;
}

/**
 * The first page of facts of each entity that the facts of a page involve, when a request asks
 * for it (an entity, its facts, their entities and their facts): read in the statement of the
 * outer page, it saves the statement of the level below. Only a plain first page (no filter,
 * cursor or total), as a request most often asks; any other is read by its own statement.
 */
export interface NestedFacts {
  roleTypes: readonly string[] | null;
  direction: Direction;
  first: number;
  withKeys: boolean;
  withParts: boolean;
  properties: RecordProperties | null;
}

/**
 * The facts of many entities at once, in given roles: one statement for a whole level. Only the
 * filters given and the cursor, when there is one, are in the text: each is evaluated on every
 * fact of every entity, and an entity such as a region takes part in thousands.
 */
/**
 * The first facts of an entity by day, as rows (fact, day), for a subquery. An entity in a few
 * facts expands its relationships and sorts them. A hub (a region, in thousands) would cost its
 * whole degree, so the statement reads the fact_valid_from index in order instead, keeps the
 * facts that name the entity and stops at the limit: about limit × facts / degree index
 * entries, fewer than its degree once degree² > limit × facts (the generation's total). So a
 * page costs about the same at any size of graph (measured: 6,000 db hits for a region in 1,200
 * facts of 100,000, where expanding took as many, and ten times that at 1,000,000). Every fact
 * has a validFrom (the seed requires a date or a start).
 */
function firstFacts(v: {
  entity: string;
  fact: string;
  rel: string;
  day: string;
  roleTypes: string;
  limit: string;
  conditions: string;
  direction: Direction;
  /** Only facts after a cursor ($afterDay, $afterId). */
  after: boolean;
}): string {
  const { entity, fact, rel, day, direction } = v;
  const comparison = direction === 'ASC' ? '>' : '<';
  const afterCursor = v.after
    ? `WHERE ${day} ${comparison} $afterDay OR (${day} = $afterDay AND ${fact}.id ${comparison} $afterId)`
    : '';
  const hub = `COUNT { (${entity})<--() } ^ 2 > ${v.limit} * generationFacts`;
  const page = `ORDER BY ${day} ${direction}, ${fact}.id ${direction}
        LIMIT ${v.limit}
        RETURN ${fact}, ${day}`;
  return `CALL (${entity}, generationFacts) {
        WITH ${entity}, generationFacts WHERE NOT (${hub})
        MATCH (${entity})<-[${rel}]-(${fact}:Fact)
        WHERE type(${rel}) IN ${v.roleTypes} AND ${v.conditions}
        WITH DISTINCT ${fact}
        WITH ${fact}, ${factDay(fact)} AS ${day}
        ${afterCursor}
        ${page}
      UNION ALL
        WITH ${entity}, generationFacts WHERE ${hub}
        // A subquery of its own, so that only a hub reads the index (the planner would
        // otherwise scan it first and test the degree on every fact).
        CALL (${entity}) {
          MATCH (${fact}:Fact) USING INDEX ${fact}:Fact(validFrom)
          WHERE ${fact}.validFrom IS NOT NULL AND ${fact}.generation = $generation AND ${v.conditions}
            AND EXISTS { (${fact})-[${rel}]->(${entity}) WHERE type(${rel}) IN ${v.roleTypes} }
          WITH ${fact}, ${fact}.validFrom AS ${day}
          ${afterCursor}
          ${page}
        }
        RETURN ${fact}, ${day}
      }`;
}

/** The parameters naming the properties to read (RecordProperties), of a page and a nested one. */
const KEYS = { own: '$ownKeys', linked: '$linkedKeys', cited: '$citedKeys' };
const NESTED_KEYS = {
  own: '$nestedOwnKeys',
  linked: '$nestedLinkedKeys',
  cited: '$nestedCitedKeys',
};

function keysParams(properties: RecordProperties | null | undefined, prefix = '') {
  const name = (key: string) =>
    prefix ? `${prefix}${key[0]?.toUpperCase()}${key.slice(1)}Keys` : `${key}Keys`;
  return {
    [name('own')]: properties?.own ?? null,
    [name('linked')]: properties?.linked ?? null,
    [name('cited')]: properties?.cited ?? null,
  };
}

function factsOfEntities({
  direction,
  filters,
  after,
  total,
  nested,
  entity,
}: FactsOfShape): string {
  const conditions = factConditions('f', filters);
  // The nested page of each linked entity `t`: no filter, no cursor, as NestedFacts says.
  const linked = nested
    ? (t: string) => `COLLECT {
        ${firstFacts({ entity: t, fact: 'g', rel: 'r2', day: 'day2', roleTypes: '$nestedRoleTypes', limit: '$nestedLimit', conditions: 'true', direction: nested, after: false })}
        WITH g, day2 ORDER BY day2 ${nested}, g.id ${nested}
        RETURN [CASE WHEN $nestedWithKeys THEN [toString(day2), g.id] END, ${recordList('g', '$nestedWithParts', { suffix: '2', keys: NESTED_KEYS })}]
      }`
    : undefined;
  const record = recordList('f', '$withParts', { keys: KEYS, ...(linked ? { linked } : {}) });
  return `
  OPTIONAL MATCH (generation:Generation {number: $generation})
  WITH coalesce(generation.facts, 0) AS generationFacts
  UNWIND $ids AS id
  MATCH (e:Record {id: id, generation: $generation}) WHERE e:Entity
  CALL (e, generationFacts) {
    ${firstFacts({ entity: 'e', fact: 'f', rel: 'r', day: 'day', roleTypes: '$roleTypes', limit: '$limit', conditions, direction, after })}
    WITH f, day ORDER BY day ${direction}, f.id ${direction}
    RETURN collect([CASE WHEN $withKeys THEN [toString(day), f.id] END, ${record}]) AS page
  }
  ${
    total
      ? `CALL (e) {
    MATCH (e)<-[r]-(f:Fact) WHERE type(r) IN $roleTypes AND ${conditions}
    RETURN count(DISTINCT f) AS total
  }`
      : 'WITH id, e, page, null AS total'
  }
  RETURN id, page, total${entity ? `, ${recordList('e')} AS entity` : ''}`;
}

const factsOfEntitiesFor = statementsByShape(factsOfEntities);

/**
 * The shape of a list of all facts, which picks its statement: only the shape is in the text,
 * every value is a parameter.
 */
interface AllFactsShape {
  direction: Direction;
  /** After a cursor: the page starts at a day of the validFrom index. */
  after: boolean;
  /** Facts only up to a day ($until: asOf or to, the earlier): the range ends there. */
  until: boolean;
  /** Of some types: the fact_kind_of_record index can find them. */
  types: boolean;
  /** Whether to count, and how: from the counts store (no filter), or the facts kept. */
  total: 'none' | 'all' | 'filtered';
}

/**
 * Every fact has a validFrom (the seed requires a date or a start), so its day is validFrom, and
 * a page is a range of the fact_valid_from index read in order from the cursor, stopping at the
 * limit. `NOT (a = x AND b <= y)` rather than `a > x OR b > y`: the planner would turn an OR into a
 * union of two index seeks and lose the order.
 */
function allFacts(shape: AllFactsShape): string {
  const ascending = shape.direction === 'ASC';
  const start = !shape.after
    ? 'f.validFrom IS NOT NULL'
    : ascending
      ? 'f.validFrom >= $afterDay AND NOT (f.validFrom = $afterDay AND f.id <= $afterId)'
      : 'f.validFrom <= $afterDay AND NOT (f.validFrom = $afterDay AND f.id >= $afterId)';
  // What an index can answer; factFilter repeats it in a form no index serves ($x IS NULL OR ...).
  const seekable = [
    ...(shape.until ? ['f.validFrom <= $until'] : []),
    ...(shape.types ? ['f.kindOfRecord IN $factTypes'] : []),
  ];
  const total = {
    none: 'WITH page, null AS total',
    // The generation's own total, stored by the load: the counts store counts every generation.
    all: `CALL () {
    OPTIONAL MATCH (g:Generation {number: $generation})
    RETURN coalesce(g.facts, 0) AS total
  }`,
    // Facts of a few types are fewer than facts up to a day, which the planner tends to prefer.
    filtered: `CALL () {
    MATCH (f:Fact)${shape.types ? ' USING INDEX f:Fact(kindOfRecord)' : ''}
    WHERE ${[...seekable, 'f.generation = $generation', factFilter('f')].join(' AND ')}
    RETURN count(f) AS total
  }`,
  }[shape.total];
  return `
  CALL () {
    MATCH (f:Fact) WHERE ${[start, ...seekable, 'f.generation = $generation', factFilter('f')].join(' AND ')}
    WITH f ORDER BY f.validFrom ${shape.direction}, f.id ${shape.direction}
    LIMIT $limit
    RETURN collect([CASE WHEN $withKeys THEN [toString(f.validFrom), f.id] END, ${recordList('f', '$withParts', { keys: KEYS })}]) AS page
  }
  ${total}
  RETURN page, total`;
}

const allFactsFor = statementsByShape(allFacts);

function pageParams(query: FactPageQuery) {
  return {
    ...factFilterParams(query),
    limit: countParam(query.first + 1),
    afterDay: dateParam(query.after?.[0]),
    afterId: query.after?.[1] ?? null,
    withTotal: query.withTotal,
    withKeys: query.withKeys ?? true,
    withParts: query.withParts ?? true,
    ...keysParams(query.properties),
  };
}

const roleTypesParam = (roleTypes: readonly string[] | null) =>
  roleTypes && roleTypes.length > 0 ? roleTypes : FACT_ROLE_TYPES;

export function factsOfEntitiesStatement(
  ids: readonly string[],
  roleTypes: readonly string[] | null,
  query: FactPageQuery,
  nested: NestedFacts | null = null,
  withEntities = false,
): Statement {
  const params = pageParams(query);
  const statement = factsOfEntitiesFor({
    direction: query.direction,
    filters: FACT_FILTER_NAMES.filter((name) => params[name] !== null),
    after: params.afterDay !== null,
    total: query.withTotal,
    // Linked entities are read with the facts' parts only.
    nested: nested && (query.withParts ?? true) ? nested.direction : null,
    entity: withEntities,
  });
  return {
    statement,
    parameters: {
      ...params,
      ids,
      roleTypes: roleTypesParam(roleTypes),
      ...(nested
        ? {
            nestedRoleTypes: roleTypesParam(nested.roleTypes),
            nestedLimit: countParam(nested.first + 1),
            nestedWithKeys: nested.withKeys,
            nestedWithParts: nested.withParts,
            ...keysParams(nested.properties, 'nested'),
          }
        : {}),
    },
  };
}

export interface FactPages {
  /** Each entity's page. */
  pages: Map<string, Page<GraphRecord>>;
  /** The nested page of each entity the pages' facts involve, when asked for (NestedFacts). */
  nested: Map<string, Page<GraphRecord>>;
  /** The entities themselves, when asked for. */
  entities: Map<string, GraphRecord>;
}

/** For each entity id, its page of facts in the roles given (relationship types; all if none). */
export async function readFactsOfEntities(
  reader: Reader,
  ids: readonly string[],
  roleTypes: readonly string[] | null,
  query: FactPageQuery,
  nested: NestedFacts | null = null,
  withEntities = false,
): Promise<FactPages> {
  const rows = await readStatement(
    reader,
    factsOfEntitiesStatement(ids, roleTypes, query, nested, withEntities),
  );
  const nestedPages = new Map<string, Page<GraphRecord>>();
  if (nested) {
    const linked = readKeysOf(query.properties)?.linked;
    for (const row of rows) {
      for (const [, record] of row.page as PageRow) {
        // A link is [type, position, entity, its page of facts] (linked, above).
        for (const [, , node, facts] of (record as RawRecord)[1] ?? []) {
          if (facts === undefined) continue;
          const id = (linked ? toPartialRecord([node], { own: linked }) : toRecord([node])).id;
          nestedPages.set(
            id,
            toPage({ page: facts }, { ...nested, withTotal: false }, nested.properties),
          );
        }
      }
    }
  }
  return {
    pages: new Map(rows.map((row) => [row.id as string, toPage(row, query, query.properties)])),
    nested: nestedPages,
    entities: new Map(
      withEntities ? rows.map((row) => [row.id as string, toRecord(row.entity)]) : [],
    ),
  };
}

export function factPageStatement(query: FactPageQuery): Statement {
  const { withTotal: _inTheText, ...params } = pageParams(query);
  const until = earlier(params.asOf, params.to);
  const filtered = [
    params.factTypes,
    params.categories,
    params.statuses,
    params.confidences,
    params.from,
    params.to,
    params.asOf,
  ].some((value) => value !== null);
  const statement = allFactsFor({
    direction: query.direction,
    after: params.afterDay !== null,
    until: until !== null,
    types: params.factTypes !== null,
    total: !query.withTotal ? 'none' : filtered ? 'filtered' : 'all',
  });
  return { statement, parameters: { ...params, until } };
}

export async function readFacts(reader: Reader, query: FactPageQuery): Promise<Page<GraphRecord>> {
  const [row] = await readStatement(reader, factPageStatement(query));
  return toPage(row ?? { page: [], total: 0 }, query, query.properties);
}

type Day = ReturnType<typeof dateParam>;

/** The earlier of two days; either may be null. */
function earlier(a: Day, b: Day): Day {
  if (a === null || b === null) return a ?? b;
  return a.toString() <= b.toString() ? a : b;
}

/** A page as the statements collect it: [sort key, record] per item; no key when not asked. */
type PageRow = [key: unknown[] | undefined, record: unknown][];

export function toPage(
  row: Record<string, unknown>,
  query: { first: number; withTotal: boolean },
  /** The properties read, where only some were (RecordProperties). */
  properties?: Partial<RecordProperties> | null,
): Page<GraphRecord> {
  const rows = row.page as PageRow;
  const readKeys = readKeysOf(properties);
  return {
    items: rows.slice(0, query.first).map(([key, record]) => ({
      key: key ?? null,
      node: readKeys ? toPartialRecord(record, readKeys) : toRecord(record),
    })),
    hasNextPage: rows.length > query.first,
    ...(query.withTotal ? { totalCount: row.total as number } : {}),
  };
}

function readKeysOf(properties: Partial<RecordProperties> | null | undefined): ReadKeys | null {
  if (!properties) return null;
  const set = (names: readonly string[] | null | undefined) =>
    names ? readNames(names) : undefined;
  const readKeys = {
    own: set(properties.own),
    linked: set(properties.linked),
    cited: set(properties.cited),
  };
  return readKeys.own || readKeys.linked || readKeys.cited ? readKeys : null;
}
