/**
 * Every request the explorer sends: public GraphQL documents, typed by graphql-codegen
 * (`npm run codegen` writes ./gql from them and schema/*.graphql).
 */
import { graphql } from './gql';

export const Suggestions = graphql(`
  query Suggestions($query: String!, $types: [EntityType!]) {
    search(query: $query, types: $types, first: 8) {
      edges {
        node {
          __typename
          id
          name
          country
        }
      }
    }
  }
`);

export const FactSummary = graphql(`
  fragment FactSummary on Fact {
    __typename
    id
    status
    confidence
    description
    date { text earliest }
    start { text earliest }
    end { text latest }
    involves { role entity { __typename id name } }
    sources { quote source { id url title publisher published { text } } }
    ... on Partnership { kind }
    ... on Restriction { kind }
    ... on BoardSeat { role }
    ... on Role { title }
    ... on PolicyAction { action }
    ... on PatentStatistic { field count unit }
    ... on Investment { amount { value currency } undisclosed round }
    ... on Availability { audience }
    ... on Acquisition { kind price { value currency } share }
    ... on OwnershipStake { share shareClass }
    ... on ComputeCommitment { amount { value currency } amountBound capacity term }
    ... on ExportLicence { kind conditions }
  }
`);

export const EntityCard = graphql(`
  query EntityCard($id: ID!, $asOf: Date, $after: String) {
    entity(id: $id) {
      __typename
      id
      name
      aliases
      description
      country
      identifiers { website wikidata ticker }
      facts(asOf: $asOf, first: 100, after: $after) {
        totalCount
        edges { node { ...FactSummary } }
        pageInfo { hasNextPage endCursor }
      }
    }
  }
`);

export const Neighbourhood = graphql(`
  query Neighbourhood($id: ID!, $asOf: Date) {
    neighbourhood(id: $id, depth: 1, asOf: $asOf, limit: 80) {
      center { id }
      entities { __typename id name }
      facts { __typename id description }
      edges { source target role relation }
      truncated
    }
  }
`);

export const Timeline = graphql(`
  query Timeline($id: ID!, $to: Date, $first: Int!) {
    entity(id: $id) {
      id
      timeline(to: $to, first: $first) {
        date { text earliest }
        change
        fact { __typename id description }
      }
    }
  }
`);

export const Paths = graphql(`
  query Paths($from: ID!, $to: ID!, $asOf: Date) {
    shortestPaths(from: $from, to: $to, maxHops: 6, asOf: $asOf, first: 3) {
      length
      steps {
        from { __typename id name }
        to { __typename id name }
        relation
        fact { ...FactSummary }
      }
    }
  }
`);

export const AccessRoutes = graphql(`
  query AccessRoutes($provider: ID!, $region: ID!, $asOf: Date) {
    accessRoutes(provider: $provider, region: $region, asOf: $asOf) {
      asOf
      reachable
      summary
      provider { __typename id name }
      region { id name }
      blockedBy { ...FactSummary imposedBy { id name } products { id name } }
      routes {
        product { id name }
        provider { id name }
        lineage { id name }
        operator { id name }
        facts { ...FactSummary }
        circumvents { id }
        limitedBy { ...FactSummary }
      }
    }
  }
`);

export const EntityNames = graphql(`
  query EntityNames($ids: [ID!]!) {
    nodes(ids: $ids) {
      ... on Entity { __typename id name }
    }
  }
`);

/** The landing page: what the graph holds, and its latest facts up to `today`. */
export const Landing = graphql(`
  query Landing($today: Date!) {
    coverage {
      entities
      facts
      sources
      factsByType { value count }
      factsByDomain { value count }
    }
    facts(asOf: $today, orderBy: DATE_DESC, first: 6) {
      edges { node { ...FactSummary } }
    }
  }
`);
