/**
 * PolicyGraph's GraphQL API, as a client asks it the six questions: the real `policygraph
 * start` (production mode) against the benchmark's Neo4j, over HTTP.
 */
import {
  type BenchRequest,
  FACTS_PER_LEVEL,
  graphqlRequest,
  NEIGHBOURHOOD_LIMIT,
  PAGE_SIZE,
  type QueryName,
  type WorkloadParams,
} from '../workload.js';

const ENTITY = `query Entity($id: ID!, $first: Int!) {
  entity(id: $id) {
    id name
    facts(first: $first) { edges { node {
      id date { text } start { text } end { text } status
      sources { quote source { url title } }
      involves { role entity { id name
        facts(first: $first) { edges { node { id date { text } status } } }
      } }
    } } }
  }
}`;

const SEARCH = `query Search($text: String!) {
  search(query: $text, first: 10) { edges { score node { id name } } }
}`;

const PAGE = `query Page($first: Int!, $after: String) {
  entities(first: $first, after: $after, orderBy: NAME_ASC) {
    edges { node { id name } }
    pageInfo { endCursor hasNextPage }
  }
}`;

const PATH = `query Path($from: ID!, $to: ID!) {
  shortestPaths(from: $from, to: $to, maxHops: 4, viaLinks: false, first: 1) {
    length steps { from { id name } to { id name } fact { id } }
  }
}`;

const ACCESS = `query Access($provider: ID!, $region: ID!, $asOf: Date) {
  accessRoutes(provider: $provider, region: $region, asOf: $asOf) {
    reachable summary
    blockedBy { id sources { source { url } } }
    routes { product { id name } operator { id name } facts { id } }
  }
}`;

const NEIGHBOURHOOD = `query Neighbourhood($id: ID!, $asOf: Date, $limit: Int!) {
  neighbourhood(id: $id, depth: 2, asOf: $asOf, limit: $limit) {
    entities { id name }
    facts { id status }
    edges { source target role relation }
    truncated
  }
}`;

export const PAGE_QUERY = PAGE;

export function policyGraphRequests(
  params: WorkloadParams,
  /** The end cursor of page 49, read from the API by paging (see params.ts). */
  page49Cursor: string,
): Record<QueryName, BenchRequest> {
  const request = (query: string, variables: Record<string, unknown>) =>
    graphqlRequest('/graphql', query, variables);
  return {
    entity: request(ENTITY, { id: params.entityId, first: FACTS_PER_LEVEL }),
    search: request(SEARCH, { text: params.searchText }),
    page: request(PAGE, { first: PAGE_SIZE, after: page49Cursor }),
    path: request(PATH, { from: params.pathFrom, to: params.pathTo }),
    access: request(ACCESS, {
      provider: params.provider,
      region: params.region,
      asOf: params.asOf,
    }),
    neighbourhood: request(NEIGHBOURHOOD, {
      id: params.neighbourhoodId,
      asOf: params.asOf,
      limit: NEIGHBOURHOOD_LIMIT,
    }),
  };
}
