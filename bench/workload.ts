/**
 * The benchmark's six questions and the values they are asked with, shared by the three
 * implementations (raw driver, PolicyGraph, @neo4j/graphql) so that all three answer the same
 * thing on the same graph.
 */

export const QUERY_NAMES = ['entity', 'search', 'page', 'path', 'access', 'neighbourhood'] as const;
export type QueryName = (typeof QUERY_NAMES)[number];

export const QUERY_TITLES: Record<QueryName, string> = {
  entity: 'a. entity, facts 2 levels deep',
  search: 'b. search with a typo',
  page: 'c. 50th page, sorted (keyset)',
  path: 'd. shortest path, 4 hops',
  access: 'e. access routes',
  neighbourhood: 'f. neighbourhood as of a date',
};

/** Page size of the sorted list; the 50th page starts after PAGE_SIZE * 49 entities. */
export const PAGE_SIZE = 20;
export const PAGE_NUMBER = 50;
/** Facts per entity at each level of query a. */
export const FACTS_PER_LEVEL = 10;
export const NEIGHBOURHOOD_LIMIT = 100;

/** The values every implementation asks with, found on the loaded graph (see params.ts). */
export interface WorkloadParams {
  /** An organization with facts (query a). */
  entityId: string;
  /** A name with one letter dropped (query b). */
  searchText: string;
  /** The last entity of page 49 in name order: [name, id] (query c). */
  pageAfter: [string, string];
  /** Two entities whose shortest path takes four steps entity–fact–entity (query d). */
  pathFrom: string;
  pathTo: string;
  /** A provider and a region for access routes (query e). */
  provider: string;
  region: string;
  /** The entity of the neighbourhood (depth 2) and its date (query f). */
  neighbourhoodId: string;
  asOf: string;
}

/** One HTTP request of a query: what autocannon sends. */
export interface BenchRequest {
  method: 'GET' | 'POST';
  path: string;
  body?: string;
}

/** A GraphQL POST to `path`. */
export function graphqlRequest(
  path: string,
  query: string,
  variables: Record<string, unknown>,
): BenchRequest {
  return { method: 'POST', path, body: JSON.stringify({ query, variables }) };
}
