/**
 * The GraphQL documents an export sends: a page of entities with every field, the links they
 * record and a grouping's sources, and a page of facts with every field, their entities' roles and their sources. Any
 * client of the public API could send the same.
 */

import { factFragments } from './factFields.js';

const DAY = 'text earliest latest';
const SOURCE = `id url title publisher author published { ${DAY} } updated { ${DAY} } kind notes`;

export const ENTITY_PAGE = `
query ExportEntities($first: Int!, $after: String) {
  entities(orderBy: ID_ASC, first: $first, after: $after) {
    pageInfo { hasNextPage endCursor }
    edges {
      node {
        __typename id name aliases description country notes
        identifiers { wikidata ticker lei website }
        ... on Organization { kind founded { ${DAY} } parent { id } }
        ... on Region { kind code partOf { id } members { id } sources { quote source { ${SOURCE} } } }
        ... on Product { kind launched { ${DAY} } provider { id } basedOn { id } }
        ... on Policy { kind citation url issuer { id } jurisdiction { id } }
      }
    }
  }
}`;

export const FACT_PAGE = `
query ExportFacts($asOf: Date, $first: Int!, $after: String) {
  facts(asOf: $asOf, first: $first, after: $after) {
    pageInfo { hasNextPage endCursor }
    edges {
      node {
        __typename id
        date { ${DAY} } start { ${DAY} } end { ${DAY} }
        status confidence description notes
        sources { quote source { ${SOURCE} } }
        involves { role entity { id } }
        ${factFragments(DAY, SOURCE)}
      }
    }
  }
}`;

/** A PartialDate as selected above. */
export interface DayResult {
  text: string;
  earliest: string;
  latest: string;
}

type Ref = { id: string } | null | undefined;

export interface EntityResult {
  __typename: 'Organization' | 'Person' | 'Region' | 'Product' | 'Policy';
  id: string;
  name: string;
  aliases: string[];
  description: string | null;
  country: string | null;
  notes: string | null;
  identifiers: Record<'wikidata' | 'ticker' | 'lei' | 'website', string | null>;
  kind?: string | null;
  founded?: DayResult | null;
  parent?: Ref;
  code?: string | null;
  partOf?: Ref;
  members?: { id: string }[];
  /** A grouping's sources, with the words that name its members. */
  sources?: CitationResult[];
  launched?: DayResult | null;
  provider?: Ref;
  basedOn?: { id: string }[];
  citation?: string | null;
  url?: string | null;
  issuer?: Ref;
  jurisdiction?: Ref;
}

export interface SourceResult {
  id: string;
  url: string;
  title: string | null;
  publisher: string | null;
  author: string | null;
  published: DayResult | null;
  updated: DayResult | null;
  kind: string | null;
  notes: string | null;
}

export interface CitationResult {
  quote: string | null;
  source: SourceResult;
}

export interface FactResult {
  __typename: string;
  id: string;
  date: DayResult | null;
  start: DayResult | null;
  end: DayResult | null;
  status: string;
  confidence: string;
  description: string | null;
  notes: string | null;
  sources: CitationResult[];
  involves: { role: string; entity: { id: string } }[];
  estimates?: EstimateResult[];
  /** Each kind's own fields (factFields.ts), as the API gives them. */
  [field: string]: unknown;
}

export interface EstimateResult {
  value: number;
  currency: string;
  note: string | null;
  source: SourceResult | null;
}

export interface MoneyResult {
  value: number;
  currency: string;
}

export interface PageResult<T> {
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { node: T }[];
}
