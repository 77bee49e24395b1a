/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query Suggestions($query: String!, $types: [EntityType!]) {\n    search(query: $query, types: $types, first: 8) {\n      edges {\n        node {\n          __typename\n          id\n          name\n          country\n        }\n      }\n    }\n  }\n": typeof types.SuggestionsDocument,
    "\n  fragment FactSummary on Fact {\n    __typename\n    id\n    status\n    confidence\n    description\n    date { text earliest }\n    start { text earliest }\n    end { text latest }\n    involves { role entity { __typename id name } }\n    sources { quote source { id url title publisher published { text } } }\n    ... on Partnership { kind }\n    ... on Restriction { kind }\n    ... on BoardSeat { role }\n    ... on Role { title }\n    ... on PolicyAction { action }\n    ... on PatentStatistic { field count unit }\n    ... on Investment { amount { value currency } undisclosed round }\n    ... on Availability { audience }\n    ... on Acquisition { kind price { value currency } share }\n    ... on OwnershipStake { share shareClass }\n    ... on ComputeCommitment { amount { value currency } amountBound capacity term }\n    ... on ExportLicence { kind conditions }\n  }\n": typeof types.FactSummaryFragmentDoc,
    "\n  query EntityCard($id: ID!, $asOf: Date, $after: String) {\n    entity(id: $id) {\n      __typename\n      id\n      name\n      aliases\n      description\n      country\n      identifiers { website wikidata ticker }\n      facts(asOf: $asOf, first: 100, after: $after) {\n        totalCount\n        edges { node { ...FactSummary } }\n        pageInfo { hasNextPage endCursor }\n      }\n    }\n  }\n": typeof types.EntityCardDocument,
    "\n  query Neighbourhood($id: ID!, $asOf: Date) {\n    neighbourhood(id: $id, depth: 1, asOf: $asOf, limit: 80) {\n      center { id }\n      entities { __typename id name }\n      facts { __typename id description }\n      edges { source target role relation }\n      truncated\n    }\n  }\n": typeof types.NeighbourhoodDocument,
    "\n  query Timeline($id: ID!, $to: Date, $first: Int!) {\n    entity(id: $id) {\n      id\n      timeline(to: $to, first: $first) {\n        date { text earliest }\n        change\n        fact { __typename id description }\n      }\n    }\n  }\n": typeof types.TimelineDocument,
    "\n  query Paths($from: ID!, $to: ID!, $asOf: Date) {\n    shortestPaths(from: $from, to: $to, maxHops: 6, asOf: $asOf, first: 3) {\n      length\n      steps {\n        from { __typename id name }\n        to { __typename id name }\n        relation\n        fact { ...FactSummary }\n      }\n    }\n  }\n": typeof types.PathsDocument,
    "\n  query AccessRoutes($provider: ID!, $region: ID!, $asOf: Date) {\n    accessRoutes(provider: $provider, region: $region, asOf: $asOf) {\n      asOf\n      reachable\n      summary\n      provider { __typename id name }\n      region { id name }\n      blockedBy { ...FactSummary imposedBy { id name } products { id name } }\n      routes {\n        product { id name }\n        provider { id name }\n        lineage { id name }\n        operator { id name }\n        facts { ...FactSummary }\n        circumvents { id }\n        limitedBy { ...FactSummary }\n      }\n    }\n  }\n": typeof types.AccessRoutesDocument,
    "\n  query EntityNames($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      ... on Entity { __typename id name }\n    }\n  }\n": typeof types.EntityNamesDocument,
    "\n  query Landing($today: Date!) {\n    coverage {\n      entities\n      facts\n      sources\n      factsByType { value count }\n      factsByDomain { value count }\n    }\n    facts(asOf: $today, orderBy: DATE_DESC, first: 6) {\n      edges { node { ...FactSummary } }\n    }\n  }\n": typeof types.LandingDocument,
};
const documents: Documents = {
    "\n  query Suggestions($query: String!, $types: [EntityType!]) {\n    search(query: $query, types: $types, first: 8) {\n      edges {\n        node {\n          __typename\n          id\n          name\n          country\n        }\n      }\n    }\n  }\n": types.SuggestionsDocument,
    "\n  fragment FactSummary on Fact {\n    __typename\n    id\n    status\n    confidence\n    description\n    date { text earliest }\n    start { text earliest }\n    end { text latest }\n    involves { role entity { __typename id name } }\n    sources { quote source { id url title publisher published { text } } }\n    ... on Partnership { kind }\n    ... on Restriction { kind }\n    ... on BoardSeat { role }\n    ... on Role { title }\n    ... on PolicyAction { action }\n    ... on PatentStatistic { field count unit }\n    ... on Investment { amount { value currency } undisclosed round }\n    ... on Availability { audience }\n    ... on Acquisition { kind price { value currency } share }\n    ... on OwnershipStake { share shareClass }\n    ... on ComputeCommitment { amount { value currency } amountBound capacity term }\n    ... on ExportLicence { kind conditions }\n  }\n": types.FactSummaryFragmentDoc,
    "\n  query EntityCard($id: ID!, $asOf: Date, $after: String) {\n    entity(id: $id) {\n      __typename\n      id\n      name\n      aliases\n      description\n      country\n      identifiers { website wikidata ticker }\n      facts(asOf: $asOf, first: 100, after: $after) {\n        totalCount\n        edges { node { ...FactSummary } }\n        pageInfo { hasNextPage endCursor }\n      }\n    }\n  }\n": types.EntityCardDocument,
    "\n  query Neighbourhood($id: ID!, $asOf: Date) {\n    neighbourhood(id: $id, depth: 1, asOf: $asOf, limit: 80) {\n      center { id }\n      entities { __typename id name }\n      facts { __typename id description }\n      edges { source target role relation }\n      truncated\n    }\n  }\n": types.NeighbourhoodDocument,
    "\n  query Timeline($id: ID!, $to: Date, $first: Int!) {\n    entity(id: $id) {\n      id\n      timeline(to: $to, first: $first) {\n        date { text earliest }\n        change\n        fact { __typename id description }\n      }\n    }\n  }\n": types.TimelineDocument,
    "\n  query Paths($from: ID!, $to: ID!, $asOf: Date) {\n    shortestPaths(from: $from, to: $to, maxHops: 6, asOf: $asOf, first: 3) {\n      length\n      steps {\n        from { __typename id name }\n        to { __typename id name }\n        relation\n        fact { ...FactSummary }\n      }\n    }\n  }\n": types.PathsDocument,
    "\n  query AccessRoutes($provider: ID!, $region: ID!, $asOf: Date) {\n    accessRoutes(provider: $provider, region: $region, asOf: $asOf) {\n      asOf\n      reachable\n      summary\n      provider { __typename id name }\n      region { id name }\n      blockedBy { ...FactSummary imposedBy { id name } products { id name } }\n      routes {\n        product { id name }\n        provider { id name }\n        lineage { id name }\n        operator { id name }\n        facts { ...FactSummary }\n        circumvents { id }\n        limitedBy { ...FactSummary }\n      }\n    }\n  }\n": types.AccessRoutesDocument,
    "\n  query EntityNames($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      ... on Entity { __typename id name }\n    }\n  }\n": types.EntityNamesDocument,
    "\n  query Landing($today: Date!) {\n    coverage {\n      entities\n      facts\n      sources\n      factsByType { value count }\n      factsByDomain { value count }\n    }\n    facts(asOf: $today, orderBy: DATE_DESC, first: 6) {\n      edges { node { ...FactSummary } }\n    }\n  }\n": types.LandingDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Suggestions($query: String!, $types: [EntityType!]) {\n    search(query: $query, types: $types, first: 8) {\n      edges {\n        node {\n          __typename\n          id\n          name\n          country\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').SuggestionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FactSummary on Fact {\n    __typename\n    id\n    status\n    confidence\n    description\n    date { text earliest }\n    start { text earliest }\n    end { text latest }\n    involves { role entity { __typename id name } }\n    sources { quote source { id url title publisher published { text } } }\n    ... on Partnership { kind }\n    ... on Restriction { kind }\n    ... on BoardSeat { role }\n    ... on Role { title }\n    ... on PolicyAction { action }\n    ... on PatentStatistic { field count unit }\n    ... on Investment { amount { value currency } undisclosed round }\n    ... on Availability { audience }\n    ... on Acquisition { kind price { value currency } share }\n    ... on OwnershipStake { share shareClass }\n    ... on ComputeCommitment { amount { value currency } amountBound capacity term }\n    ... on ExportLicence { kind conditions }\n  }\n"): typeof import('./graphql').FactSummaryFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EntityCard($id: ID!, $asOf: Date, $after: String) {\n    entity(id: $id) {\n      __typename\n      id\n      name\n      aliases\n      description\n      country\n      identifiers { website wikidata ticker }\n      facts(asOf: $asOf, first: 100, after: $after) {\n        totalCount\n        edges { node { ...FactSummary } }\n        pageInfo { hasNextPage endCursor }\n      }\n    }\n  }\n"): typeof import('./graphql').EntityCardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Neighbourhood($id: ID!, $asOf: Date) {\n    neighbourhood(id: $id, depth: 1, asOf: $asOf, limit: 80) {\n      center { id }\n      entities { __typename id name }\n      facts { __typename id description }\n      edges { source target role relation }\n      truncated\n    }\n  }\n"): typeof import('./graphql').NeighbourhoodDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Timeline($id: ID!, $to: Date, $first: Int!) {\n    entity(id: $id) {\n      id\n      timeline(to: $to, first: $first) {\n        date { text earliest }\n        change\n        fact { __typename id description }\n      }\n    }\n  }\n"): typeof import('./graphql').TimelineDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Paths($from: ID!, $to: ID!, $asOf: Date) {\n    shortestPaths(from: $from, to: $to, maxHops: 6, asOf: $asOf, first: 3) {\n      length\n      steps {\n        from { __typename id name }\n        to { __typename id name }\n        relation\n        fact { ...FactSummary }\n      }\n    }\n  }\n"): typeof import('./graphql').PathsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccessRoutes($provider: ID!, $region: ID!, $asOf: Date) {\n    accessRoutes(provider: $provider, region: $region, asOf: $asOf) {\n      asOf\n      reachable\n      summary\n      provider { __typename id name }\n      region { id name }\n      blockedBy { ...FactSummary imposedBy { id name } products { id name } }\n      routes {\n        product { id name }\n        provider { id name }\n        lineage { id name }\n        operator { id name }\n        facts { ...FactSummary }\n        circumvents { id }\n        limitedBy { ...FactSummary }\n      }\n    }\n  }\n"): typeof import('./graphql').AccessRoutesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EntityNames($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      ... on Entity { __typename id name }\n    }\n  }\n"): typeof import('./graphql').EntityNamesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Landing($today: Date!) {\n    coverage {\n      entities\n      facts\n      sources\n      factsByType { value count }\n      factsByDomain { value count }\n    }\n    facts(asOf: $today, orderBy: DATE_DESC, first: 6) {\n      edges { node { ...FactSummary } }\n    }\n  }\n"): typeof import('./graphql').LandingDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
