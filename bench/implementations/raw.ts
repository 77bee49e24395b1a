/**
 * The floor: the six questions as hand-written Cypher, one statement each, run with the
 * neo4j-driver behind the thinnest HTTP server that can answer them (POST {query, params} →
 * JSON rows). What PolicyGraph adds on top of this is the GraphQL layer.
 *
 * a, b, c and d are written here as one would by hand for exactly this question: a in one
 * statement where PolicyGraph's API sends three; d with the bidirectional shortestPath() and
 * nothing else. e and f run the same statement as PolicyGraph, which already answers each in one
 * statement. Like PolicyGraph, each reads one generation of the graph (the current one, from the
 * same per-process cache), so that both answer the same question at the same cost.
 */
import { createServer } from 'node:http';
import { type Driver, routing } from 'neo4j-driver';
import { currentGeneration, generationParam } from '../../src/neo4j/generation.js';
import { ACCESS_ROUTES } from '../../src/queries/access.js';
import { NEIGHBOURHOOD } from '../../src/queries/neighbourhood.js';
import { countParam, dateParam } from '../../src/queries/params.js';
import { FACT_ROLE_TYPES, LINK_TYPES } from '../../src/queries/roles.js';
import { luceneQuery, queryWords } from '../../src/queries/search.js';
import {
  type BenchRequest,
  FACTS_PER_LEVEL,
  NEIGHBOURHOOD_LIMIT,
  PAGE_SIZE,
  type QueryName,
  type WorkloadParams,
} from '../workload.js';

const FACT_DAY = (f: string) => `coalesce(${f}.validFrom, date('9999-12-31')), ${f}.id`;

const STATEMENTS: Record<QueryName, string> = {
  entity: `
    MATCH (e:Record {id: $id, generation: $generation}) WHERE e:Entity
    RETURN e {.id, .name, .kindOfRecord,
      facts: COLLECT {
        MATCH (e)<-[role]-(f:Fact) WHERE type(role) IN $roleTypes
        WITH DISTINCT f ORDER BY ${FACT_DAY('f')} LIMIT $first
        RETURN f {.id, .kindOfRecord, .date, .start, .end, .status,
          sources: COLLECT { MATCH (f)-[c:CITES]->(s:Source) RETURN s {.url, .title, quote: c.quote} },
          involves: COLLECT {
            MATCH (f)-[r]->(x:Entity)
            RETURN {role: type(r), entity: x {.id, .name,
              facts: COLLECT {
                MATCH (x)<-[r2]-(g:Fact) WHERE type(r2) IN $roleTypes
                WITH DISTINCT g ORDER BY ${FACT_DAY('g')} LIMIT $first
                RETURN g {.id, .date, .status}
              }}}
          }}
      }} AS entity`,
  search: `
    CALL db.index.fulltext.queryNodes('entity_search', $lucene) YIELD node, score
    WHERE node.generation = $generation
    RETURN node.id AS id, node.name AS name, score
    LIMIT $first`,
  page: `
    MATCH (e:Entity) WHERE e.name >= $afterName AND e.generation = $generation
    WITH e WHERE e.name > $afterName OR e.id > $afterId
    RETURN e.id AS id, e.name AS name
    ORDER BY e.name, e.id
    LIMIT $first`,
  path: `
    MATCH (a:Record {id: $from, generation: $generation}), (b:Record {id: $to, generation: $generation})
    MATCH p = shortestPath((a)-[:${FACT_ROLE_TYPES.join('|')}*..8]-(b))
    RETURN [n IN nodes(p) | n {.id, .name, .kindOfRecord}] AS nodes`,
  access: ACCESS_ROUTES,
  neighbourhood: NEIGHBOURHOOD,
};

/** The parameters each statement runs with: what the client would send. */
function statementParams(name: QueryName, p: WorkloadParams): Record<string, unknown> {
  const first = FACTS_PER_LEVEL;
  switch (name) {
    case 'entity':
      return { id: p.entityId, roleTypes: FACT_ROLE_TYPES, first };
    case 'search':
      return { lucene: luceneQuery(queryWords(p.searchText)), first: 10 };
    case 'page':
      return { afterName: p.pageAfter[0], afterId: p.pageAfter[1], first: PAGE_SIZE };
    case 'path':
      return { from: p.pathFrom, to: p.pathTo };
    case 'access':
      return { provider: p.provider, region: p.region, asOf: p.asOf };
    case 'neighbourhood':
      return {
        id: p.neighbourhoodId,
        depth: 2,
        asOf: p.asOf,
        factTypes: null,
        categories: null,
        statuses: null,
        confidences: null,
        from: null,
        to: null,
        limit: NEIGHBOURHOOD_LIMIT,
        probe: NEIGHBOURHOOD_LIMIT + 1,
        roleTypes: FACT_ROLE_TYPES,
        linkTypes: LINK_TYPES,
      };
  }
}

export function rawRequests(params: WorkloadParams): Record<QueryName, BenchRequest> {
  const request = (name: QueryName): BenchRequest => ({
    method: 'POST',
    path: '/query',
    body: JSON.stringify({ query: name, params: statementParams(name, params) }),
  });
  return {
    entity: request('entity'),
    search: request('search'),
    page: request('page'),
    path: request('path'),
    access: request('access'),
    neighbourhood: request('neighbourhood'),
  };
}

/**
 * POST /query {query, params}: runs the named statement in a read transaction and answers its
 * rows as JSON. Integers arrive as numbers (the driver's disableLosslessIntegers).
 */
export async function startRaw(options: {
  driver: Driver;
  database: string;
  port: number;
}): Promise<{ url: string; close(): Promise<void> }> {
  const server = createServer(async (request, response) => {
    try {
      let body = '';
      for await (const chunk of request) body += chunk;
      const { query, params } = JSON.parse(body) as {
        query: QueryName;
        params: Record<string, unknown>;
      };
      const generation = await currentGeneration(options.driver, options.database);
      const { records } = await options.driver.executeQuery(
        STATEMENTS[query],
        { ...toDriverParams(params), generation: generationParam(generation) },
        { database: options.database, routing: routing.READ },
      );
      response.setHeader('content-type', 'application/json');
      response.end(JSON.stringify(records.map((record) => record.toObject())));
    } catch (error) {
      response.statusCode = 500;
      response.end(JSON.stringify({ error: String(error) }));
    }
  });
  await new Promise<void>((resolve) => server.listen(options.port, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${options.port}/query`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** Whole numbers as Neo4j integers (LIMIT needs one) and the ISO day as a Neo4j date. */
function toDriverParams(params: Record<string, unknown>): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(params)) {
    if (typeof value === 'number' && Number.isInteger(value)) result[key] = countParam(value);
    else if (key === 'asOf' && typeof value === 'string') result[key] = dateParam(value);
    else result[key] = value;
  }
  return result;
}
