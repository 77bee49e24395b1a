/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type Confidence =
  | 'HIGH'
  | 'LOW'
  | 'MEDIUM';

export type EntityType =
  | 'ORGANIZATION'
  | 'PERSON'
  | 'POLICY'
  | 'PRODUCT'
  | 'REGION';

/** The part an entity plays in a fact. */
export type FactRole =
  /** The organization acquired, wholly or in part. */
  | 'ACQUIRED'
  /** The organization that acquires another or a stake in it. */
  | 'ACQUIRER'
  | 'ACTOR'
  | 'APPLICANT'
  /** The organization whose board it is. */
  | 'BOARD'
  /** Who commits to buy compute. */
  | 'BUYER'
  /** A customer an export licence lets goods go to. */
  | 'CUSTOMER'
  /** A region an export licence lets goods go to. */
  | 'DESTINATION'
  /** The organization where a person holds a role. */
  | 'EMPLOYER'
  /** The authority that grants an export licence. */
  | 'GRANTOR'
  /** The organization an ownership stake is held in. */
  | 'HELD'
  /** Who holds a board seat, a role or an ownership stake. */
  | 'HOLDER'
  | 'IMPOSER'
  | 'INVESTEE'
  | 'INVESTOR'
  | 'JURISDICTION'
  /** Who holds an export licence: the exporter. */
  | 'LICENSEE'
  /** The product an availability offers. */
  | 'OFFERED'
  | 'ON_BEHALF_OF'
  | 'OPERATOR'
  | 'PARTY'
  | 'POLICY'
  /** A product a partnership or restriction concerns. */
  | 'PRODUCT'
  /** Who provides the compute bought: a cloud, a chip or systems maker. */
  | 'PROVIDER'
  /** A region a partnership or an availability covers. */
  | 'REGION'
  | 'REPORTER'
  /** What a restriction or policy action targets. */
  | 'TARGET';

export type FactStatus =
  | 'ABANDONED'
  | 'ACTIVE'
  | 'ANNOUNCED'
  | 'BLOCKED'
  | 'CANCELLED'
  | 'COMPLETED'
  | 'DENIED'
  | 'ENDED'
  | 'PLANNED'
  | 'REVOKED';

export type TimelineChange =
  | 'ENDED'
  /** A dated event: an investment, a policy action. */
  | 'HAPPENED'
  | 'STARTED';

export type SuggestionsQueryVariables = Exact<{
  query: string;
  types?: Array<EntityType> | EntityType | null | undefined;
}>;


export type SuggestionsQuery = { search: { edges: Array<{ node:
        | { __typename: 'Organization', id: string, name: string, country: string | null }
        | { __typename: 'Person', id: string, name: string, country: string | null }
        | { __typename: 'Policy', id: string, name: string, country: string | null }
        | { __typename: 'Product', id: string, name: string, country: string | null }
        | { __typename: 'Region', id: string, name: string, country: string | null }
       }> } };

type FactSummary_Acquisition_Fragment = { __typename: 'Acquisition', kind: string | null, share: number | null, id: string, status: FactStatus, confidence: Confidence, description: string | null, price: { value: number, currency: string } | null, date: { text: string, earliest: string } | null, start: { text: string, earliest: string } | null, end: { text: string, latest: string } | null, involves: Array<{ role: FactRole, entity:
      | { __typename: 'Organization', id: string, name: string }
      | { __typename: 'Person', id: string, name: string }
      | { __typename: 'Policy', id: string, name: string }
      | { __typename: 'Product', id: string, name: string }
      | { __typename: 'Region', id: string, name: string }
     }>, sources: Array<{ quote: string | null, source: { id: string, url: string, title: string | null, publisher: string | null, published: { text: string } | null } }> };

type FactSummary_Availability_Fragment = { __typename: 'Availability', audience: string | null, id: string, status: FactStatus, confidence: Confidence, description: string | null, date: { text: string, earliest: string } | null, start: { text: string, earliest: string } | null, end: { text: string, latest: string } | null, involves: Array<{ role: FactRole, entity:
      | { __typename: 'Organization', id: string, name: string }
      | { __typename: 'Person', id: string, name: string }
      | { __typename: 'Policy', id: string, name: string }
      | { __typename: 'Product', id: string, name: string }
      | { __typename: 'Region', id: string, name: string }
     }>, sources: Array<{ quote: string | null, source: { id: string, url: string, title: string | null, publisher: string | null, published: { text: string } | null } }> };

type FactSummary_BoardSeat_Fragment = { __typename: 'BoardSeat', role: string, id: string, status: FactStatus, confidence: Confidence, description: string | null, date: { text: string, earliest: string } | null, start: { text: string, earliest: string } | null, end: { text: string, latest: string } | null, involves: Array<{ role: FactRole, entity:
      | { __typename: 'Organization', id: string, name: string }
      | { __typename: 'Person', id: string, name: string }
      | { __typename: 'Policy', id: string, name: string }
      | { __typename: 'Product', id: string, name: string }
      | { __typename: 'Region', id: string, name: string }
     }>, sources: Array<{ quote: string | null, source: { id: string, url: string, title: string | null, publisher: string | null, published: { text: string } | null } }> };

type FactSummary_ComputeCommitment_Fragment = { __typename: 'ComputeCommitment', amountBound: string | null, capacity: string | null, term: string | null, id: string, status: FactStatus, confidence: Confidence, description: string | null, amount: { value: number, currency: string } | null, date: { text: string, earliest: string } | null, start: { text: string, earliest: string } | null, end: { text: string, latest: string } | null, involves: Array<{ role: FactRole, entity:
      | { __typename: 'Organization', id: string, name: string }
      | { __typename: 'Person', id: string, name: string }
      | { __typename: 'Policy', id: string, name: string }
      | { __typename: 'Product', id: string, name: string }
      | { __typename: 'Region', id: string, name: string }
     }>, sources: Array<{ quote: string | null, source: { id: string, url: string, title: string | null, publisher: string | null, published: { text: string } | null } }> };

type FactSummary_ExportLicence_Fragment = { __typename: 'ExportLicence', kind: string | null, conditions: string | null, id: string, status: FactStatus, confidence: Confidence, description: string | null, date: { text: string, earliest: string } | null, start: { text: string, earliest: string } | null, end: { text: string, latest: string } | null, involves: Array<{ role: FactRole, entity:
      | { __typename: 'Organization', id: string, name: string }
      | { __typename: 'Person', id: string, name: string }
      | { __typename: 'Policy', id: string, name: string }
      | { __typename: 'Product', id: string, name: string }
      | { __typename: 'Region', id: string, name: string }
     }>, sources: Array<{ quote: string | null, source: { id: string, url: string, title: string | null, publisher: string | null, published: { text: string } | null } }> };

type FactSummary_Investment_Fragment = { __typename: 'Investment', undisclosed: boolean, round: string | null, id: string, status: FactStatus, confidence: Confidence, description: string | null, amount: { value: number, currency: string } | null, date: { text: string, earliest: string } | null, start: { text: string, earliest: string } | null, end: { text: string, latest: string } | null, involves: Array<{ role: FactRole, entity:
      | { __typename: 'Organization', id: string, name: string }
      | { __typename: 'Person', id: string, name: string }
      | { __typename: 'Policy', id: string, name: string }
      | { __typename: 'Product', id: string, name: string }
      | { __typename: 'Region', id: string, name: string }
     }>, sources: Array<{ quote: string | null, source: { id: string, url: string, title: string | null, publisher: string | null, published: { text: string } | null } }> };

type FactSummary_OwnershipStake_Fragment = { __typename: 'OwnershipStake', share: number | null, shareClass: string | null, id: string, status: FactStatus, confidence: Confidence, description: string | null, date: { text: string, earliest: string } | null, start: { text: string, earliest: string } | null, end: { text: string, latest: string } | null, involves: Array<{ role: FactRole, entity:
      | { __typename: 'Organization', id: string, name: string }
      | { __typename: 'Person', id: string, name: string }
      | { __typename: 'Policy', id: string, name: string }
      | { __typename: 'Product', id: string, name: string }
      | { __typename: 'Region', id: string, name: string }
     }>, sources: Array<{ quote: string | null, source: { id: string, url: string, title: string | null, publisher: string | null, published: { text: string } | null } }> };

type FactSummary_Partnership_Fragment = { __typename: 'Partnership', kind: string | null, id: string, status: FactStatus, confidence: Confidence, description: string | null, date: { text: string, earliest: string } | null, start: { text: string, earliest: string } | null, end: { text: string, latest: string } | null, involves: Array<{ role: FactRole, entity:
      | { __typename: 'Organization', id: string, name: string }
      | { __typename: 'Person', id: string, name: string }
      | { __typename: 'Policy', id: string, name: string }
      | { __typename: 'Product', id: string, name: string }
      | { __typename: 'Region', id: string, name: string }
     }>, sources: Array<{ quote: string | null, source: { id: string, url: string, title: string | null, publisher: string | null, published: { text: string } | null } }> };

type FactSummary_PatentStatistic_Fragment = { __typename: 'PatentStatistic', field: string, count: number, unit: string, id: string, status: FactStatus, confidence: Confidence, description: string | null, date: { text: string, earliest: string } | null, start: { text: string, earliest: string } | null, end: { text: string, latest: string } | null, involves: Array<{ role: FactRole, entity:
      | { __typename: 'Organization', id: string, name: string }
      | { __typename: 'Person', id: string, name: string }
      | { __typename: 'Policy', id: string, name: string }
      | { __typename: 'Product', id: string, name: string }
      | { __typename: 'Region', id: string, name: string }
     }>, sources: Array<{ quote: string | null, source: { id: string, url: string, title: string | null, publisher: string | null, published: { text: string } | null } }> };

type FactSummary_PolicyAction_Fragment = { __typename: 'PolicyAction', action: string, id: string, status: FactStatus, confidence: Confidence, description: string | null, date: { text: string, earliest: string } | null, start: { text: string, earliest: string } | null, end: { text: string, latest: string } | null, involves: Array<{ role: FactRole, entity:
      | { __typename: 'Organization', id: string, name: string }
      | { __typename: 'Person', id: string, name: string }
      | { __typename: 'Policy', id: string, name: string }
      | { __typename: 'Product', id: string, name: string }
      | { __typename: 'Region', id: string, name: string }
     }>, sources: Array<{ quote: string | null, source: { id: string, url: string, title: string | null, publisher: string | null, published: { text: string } | null } }> };

type FactSummary_Restriction_Fragment = { __typename: 'Restriction', kind: string | null, id: string, status: FactStatus, confidence: Confidence, description: string | null, date: { text: string, earliest: string } | null, start: { text: string, earliest: string } | null, end: { text: string, latest: string } | null, involves: Array<{ role: FactRole, entity:
      | { __typename: 'Organization', id: string, name: string }
      | { __typename: 'Person', id: string, name: string }
      | { __typename: 'Policy', id: string, name: string }
      | { __typename: 'Product', id: string, name: string }
      | { __typename: 'Region', id: string, name: string }
     }>, sources: Array<{ quote: string | null, source: { id: string, url: string, title: string | null, publisher: string | null, published: { text: string } | null } }> };

type FactSummary_Role_Fragment = { __typename: 'Role', title: string, id: string, status: FactStatus, confidence: Confidence, description: string | null, date: { text: string, earliest: string } | null, start: { text: string, earliest: string } | null, end: { text: string, latest: string } | null, involves: Array<{ role: FactRole, entity:
      | { __typename: 'Organization', id: string, name: string }
      | { __typename: 'Person', id: string, name: string }
      | { __typename: 'Policy', id: string, name: string }
      | { __typename: 'Product', id: string, name: string }
      | { __typename: 'Region', id: string, name: string }
     }>, sources: Array<{ quote: string | null, source: { id: string, url: string, title: string | null, publisher: string | null, published: { text: string } | null } }> };

export type FactSummaryFragment =
  | FactSummary_Acquisition_Fragment
  | FactSummary_Availability_Fragment
  | FactSummary_BoardSeat_Fragment
  | FactSummary_ComputeCommitment_Fragment
  | FactSummary_ExportLicence_Fragment
  | FactSummary_Investment_Fragment
  | FactSummary_OwnershipStake_Fragment
  | FactSummary_Partnership_Fragment
  | FactSummary_PatentStatistic_Fragment
  | FactSummary_PolicyAction_Fragment
  | FactSummary_Restriction_Fragment
  | FactSummary_Role_Fragment
;

export type EntityCardQueryVariables = Exact<{
  id: string | number;
  asOf?: string | null | undefined;
  after?: string | null | undefined;
}>;


export type EntityCardQuery = { entity:
    | { __typename: 'Organization', id: string, name: string, aliases: Array<string>, description: string | null, country: string | null, identifiers: { website: string | null, wikidata: string | null, ticker: string | null }, facts: { totalCount: number, edges: Array<{ node:
            | { __typename: 'Acquisition', kind: string | null, share: number | null, id: string, status: FactStatus, confidence: Confidence, description: string | null, price: { value: number, currency: string } | null, date: { text: string, earliest: string } | null, start: { text: string, earliest: string } | null, end: { text: string, latest: string } | null, involves: Array<{ role: FactRole, entity:
                  | { __typename: 'Organization', id: string, name: string }
                  | { __typename: 'Person', id: string, name: string }
                  | { __typename: 'Policy', id: string, name: string }
                  | { __typename: 'Product', id: string, name: string }
                  | { __typename: 'Region', id: string, name: string }
                 }>, sources: Array<{ quote: string | null, source: { id: string, url: string, title: string | null, publisher: string | null, published: { text: string } | null } }> }
            | { __typename: 'Availability', audience: string | null, id: string, status: FactStatus, confidence: Confidence, description: string | null, date: { text: string, earliest: string } | null, start: { text: string, earliest: string } | null, end: { text: string, latest: string } | null, involves: Array<{ role: FactRole, entity:
                  | { __typename: 'Organization', id: string, name: string }
                  | { __typename: 'Person', id: string, name: string }
                  | { __typename: 'Policy', id: string, name: string }
                  | { __typename: 'Product', id: string, name: string }
                  | { __typename: 'Region', id: string, name: string }
                 }>, sources: Array<{ quote: string | null, source: { id: string, url: string, title: string | null, publisher: string | null, published: { text: string } | null } }> }
            | { __typename: 'BoardSeat', role: string, id: string, status: FactStatus, confidence: Confidence, description: string | null, date: { text: string, earliest: string } | null, start: { text: string, earliest: string } | null, end: { text: string, latest: string } | null, involves: Array<{ role: FactRole, entity:
                  | { __typename: 'Organization', id: string, name: string }
                  | { __typename: 'Person', id: string, name: string }
                  | { __typename: 'Policy', id: string, name: string }
                  | { __typename: 'Product', id: string, name: string }
                  | { __typename: 'Region', id: string, name: string }
                 }>, sources: Array<{ quote: string | null, source: { id: string, url: string, title: string | null, publisher: string | null, published: { text: string } | null } }> }
            | { __typename: 'ComputeCommitment', amountBound: string | null, capacity: string | null, term: string | null, id: string, status: FactStatus, confidence: Confidence, description: string | null, amount: { value: number, currency: string } | null, date: { text: string, earliest: string } | null, start: { text: string, earliest: string } | null, end: { text: string, latest: string } | null, involves: Array<{ role: FactRole, entity:
                  | { __typename: 'Organization', id: string, name: string }
                  | { __typename: 'Person', id: string, name: string }
                  | { __typename: 'Policy', id: string, name: string }
                  | { __typename: 'Product', id: string, name: string }
                  | { __typename: 'Region', id: string, name: string }
                 }>, sources: Array<{ quote: string | null, source: { id: string, url: string, title: string | null, publisher: string | null, published: { text: string } | null } }> }
            | { __typename: 'ExportLicence', kind: string | null, conditions: string | null, id: string, status: FactStatus, confidence: Confidence, description: string | null, date: { text: string, earliest: string } | null, start: { text: string, earliest: string } | null, end: { text: string, latest: string } | null, involves: Array<{ role: FactRole, entity:
                  | { __typename: 'Organization', id: string, name: string }
                  | { __typename: 'Person', id: string, name: string }
                  | { __typename: 'Policy', id: string, name: string }
                  | { __typename: 'Product', id: string, name: string }
                  | { __typename: 'Region', id: string, name: string }
                 }>, sources: Array<{ quote: string | null, source: { id: string, url: string, title: string | null, publisher: string | null, published: { text: string } | null } }> }
            | { __typename: 'Investment', undisclosed: boolean, round: string | null, id: string, status: FactStatus, confidence: Confidence, description: string | null, amount: { value: number, currency: string } | null, date: { text: string, earliest: string } | null, start: { text: string, earliest: string } | null, end: { text: string, latest: string } | null, involves: Array<{ role: FactRole, entity:
                  | { __typename: 'Organization', id: string, name: string }
                  | { __typename: 'Person', id: string, name: string }
                  | { __typename: 'Policy', id: string, name: string }
                  | { __typename: 'Product', id: string, name: string }
                  | { __typename: 'Region', id: string, name: string }
                 }>, sources: Array<{ quote: string | null, source: { id: string, url: string, title: string | null, publisher: string | null, published: { text: string } | null } }> }
            | { __typename: 'OwnershipStake', share: number | null, shareClass: string | null, id: string, status: FactStatus, confidence: Confidence, description: string | null, date: { text: string, earliest: string } | null, start: { text: string, earliest: string } | null, end: { text: string, latest: string } | null, involves: Array<{ role: FactRole, entity:
                  | { __typename: 'Organization', id: string, name: string }
                  | { __typename: 'Person', id: string, name: string }
                  | { __typename: 'Policy', id: string, name: string }
                  | { __typename: 'Product', id: string, name: string }
                  | { __typename: 'Region', id: string, name: string }
                 }>, sources: Array<{ quote: string | null, source: { id: string, url: string, title: string | null, publisher: string | null, published: { text: string } | null } }> }
            | { __typename: 'Partnership', kind: string | null, id: string, status: FactStatus, confidence: Confidence, description: string | null, date: { text: string, earliest: string } | null, start: { text: string, earliest: string } | null, end: { text: string, latest: string } | null, involves: Array<{ role: FactRole, entity:
                  | { __typename: 'Organization', id: string, name: string }
                  | { __typename: 'Person', id: string, name: string }
                  | { __typename: 'Policy', id: string, name: string }
                  | { __typename: 'Product', id: string, name: string }
                  | { __typename: 'Region', id: string, name: string }
                 }>, sources: Array<{ quote: string | null, source: { id: string, url: string, title: string | null, publisher: string | null, published: { text: string } | null } }> }
            | { __typename: 'PatentStatistic', field: string, count: number, unit: string, id: string, status: FactStatus, confidence: Confidence, description: string | null, date: { text: string, earliest: string } | null, start: { text: string, earliest: string } | null, end: { text: string, latest: string } | null, involves: Array<{ role: FactRole, entity:
                  | { __typename: 'Organization', id: string, name: string }
                  | { __typename: 'Person', id: string, name: string }
                  | { __typename: 'Policy', id: string, name: string }
                  | { __typename: 'Product', id: string, name: string }
                  | { __typename: 'Region', id: string, name: string }
                 }>, sources: Array<{ quote: string | null, source: { id: string, url: string, title: string | null, publisher: string | null, published: { text: string } | null } }> }
            | { __typename: 'PolicyAction', action: string, id: string, status: FactStatus, confidence: Confidence, description: string | null, date: { text: string, earliest: string } | null, start: { text: string, earliest: string } | null, end: { text: string, latest: string } | null, involves: Array<{ role: FactRole, entity:
                  | { __typename: 'Organization', id: string, name: string }
                  | { __typename: 'Person', id: string, name: string }
                  | { __typename: 'Policy', id: string, name: string }
                  | { __typename: 'Product', id: string, name: string }
                  | { __typename: 'Region', id: string, name: string }
                 }>, sources: Array<{ quote: string | null, source: { id: string, url: string, title: string | null, publisher: string | null, published: { text: string } | null } }> }
            | { __typename: 'Restriction', kind: string | null, id: string, status: FactStatus, confidence: Confidence, description: string | null, date: { text: string, earliest: string } | null, start: { text: string, earliest: string } | null, end: { text: string, latest: string } | null, involves: Array<{ role: FactRole, entity:
                  | { __typename: 'Organization', id: string, name: string }
                  | { __typename: 'Person', id: string, name: string }
                  | { __typename: 'Policy', id: string, name: string }
                  | { __typename: 'Product', id: string, name: string }
                  | { __typename: 'Region', id: string, name: string }
                 }>, sources: Array<{ quote: string | null, source: { id: string, url: string, title: string | null, publisher: string | null, published: { text: string } | null } }> }
            | { __typename: 'Role', title: string, id: string, status: FactStatus, confidence: Confidence, description: string | null, date: { text: string, earliest: string } | null, start: { text: string, earliest: string } | null, end: { text: string, latest: string } | null, involves: Array<{ role: FactRole, entity:
                  | { __typename: 'Organization', id: string, name: string }
                  | { __typename: 'Person', id: string, name: string }
                  | { __typename: 'Policy', id: string, name: string }
                  | { __typename: 'Product', id: string, name: string }
                  | { __typename: 'Region', id: string, name: string }
                 }>, sources: Array<{ quote: string | null, source: { id: string, url: string, title: string | null, publisher: string | null, published: { text: string } | null } }> }
           }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } }
    | { __typename: 'Person', id: string, name: string, aliases: Array<string>, description: string | null, country: string | null, identifiers: { website: string | null, wikidata: string | null, ticker: string | null }, facts: { totalCount: number, edges: Array<{ node:
            | { __typename: 'Acquisition', kind: string | null, share: number | null, id: string, status: FactStatus, confidence: Confidence, description: string | null, price: { value: number, currency: string } | null, date: { text: string, earliest: string } | null, start: { text: string, earliest: string } | null, end: { text: string, latest: string } | null, involves: Array<{ role: FactRole, entity:
                  | { __typename: 'Organization', id: string, name: string }
                  | { __typename: 'Person', id: string, name: string }
                  | { __typename: 'Policy', id: string, name: string }
                  | { __typename: 'Product', id: string, name: string }
                  | { __typename: 'Region', id: string, name: string }
                 }>, sources: Array<{ quote: string | null, source: { id: string, url: string, title: string | null, publisher: string | null, published: { text: string } | null } }> }
            | { __typename: 'Availability', audience: string | null, id: string, status: FactStatus, confidence: Confidence, description: string | null, date: { text: string, earliest: string } | null, start: { text: string, earliest: string } | null, end: { text: string, latest: string } | null, involves: Array<{ role: FactRole, entity:
                  | { __typename: 'Organization', id: string, name: string }
                  | { __typename: 'Person', id: string, name: string }
                  | { __typename: 'Policy', id: string, name: string }
                  | { __typename: 'Product', id: string, name: string }
                  | { __typename: 'Region', id: string, name: string }
                 }>, sources: Array<{ quote: string | null, source: { id: string, url: string, title: string | null, publisher: string | null, published: { text: string } | null } }> }
            | { __typename: 'BoardSeat', role: string, id: string, status: FactStatus, confidence: Confidence, description: string | null, date: { text: string, earliest: string } | null, start: { text: string, earliest: string } | null, end: { text: string, latest: string } | null, involves: Array<{ role: FactRole, entity:
                  | { __typename: 'Organization', id: string, name: string }
                  | { __typename: 'Person', id: string, name: string }
                  | { __typename: 'Policy', id: string, name: string }
                  | { __typename: 'Product', id: string, name: string }
                  | { __typename: 'Region', id: string, name: string }
                 }>, sources: Array<{ quote: string | null, source: { id: string, url: string, title: string | null, publisher: string | null, published: { text: string } | null } }> }
            | { __typename: 'ComputeCommitment', amountBound: string | null, capacity: string | null, term: string | null, id: string, status: FactStatus, confidence: Confidence, description: string | null, amount: { value: number, currency: string } | null, date: { text: string, earliest: string } | null, start: { text: string, earliest: string } | null, end: { text: string, latest: string } | null, involves: Array<{ role: FactRole, entity:
                  | { __typename: 'Organization', id: string, name: string }
                  | { __typename: 'Person', id: string, name: string }
                  | { __typename: 'Policy', id: string, name: string }
                  | { __typename: 'Product', id: string, name: string }
                  | { __typename: 'Region', id: string, name: string }
                 }>, sources: Array<{ quote: string | null, source: { id: string, url: string, title: string | null, publisher: string | null, published: { text: string } | null } }> }
            | { __typename: 'ExportLicence', kind: string | null, conditions: string | null, id: string, status: FactStatus, confidence: Confidence, description: string | null, date: { text: string, earliest: string } | null, start: { text: string, earliest: string } | null, end: { text: string, latest: string } | null, involves: Array<{ role: FactRole, entity:
                  | { __typename: 'Organization', id: string, name: string }
                  | { __typename: 'Person', id: string, name: string }
                  | { __typename: 'Policy', id: string, name: string }
                  | { __typename: 'Product', id: string, name: string }
                  | { __typename: 'Region', id: string, name: string }
                 }>, sources: Array<{ quote: string | null, source: { id: string, url: string, title: string | null, publisher: string | null, published: { text: string } | null } }> }
            | { __typename: 'Investment', undisclosed: boolean, round: string | null, id: string, status: FactStatus, confidence: Confidence, description: string | null, amount: { value: number, currency: string } | null, date: { text: string, earliest: string } | null, start: { text: string, earliest: string } | null, end: { text: string, latest: string } | null, involves: Array<{ role: FactRole, entity:
                  | { __typename: 'Organization', id: string, name: string }
                  | { __typename: 'Person', id: string, name: string }
                  | { __typename: 'Policy', id: string, name: string }
                  | { __typename: 'Product', id: string, name: string }
                  | { __typename: 'Region', id: string, name: string }
                 }>, sources: Array<{ quote: string | null, source: { id: string, url: string, title: string | null, publisher: string | null, published: { text: string } | null } }> }
            | { __typename: 'OwnershipStake', share: number | null, shareClass: string | null, id: string, status: FactStatus, confidence: Confidence, description: string | null, date: { text: string, earliest: string } | null, start: { text: string, earliest: string } | null, end: { text: string, latest: string } | null, involves: Array<{ role: FactRole, entity:
                  | { __typename: 'Organization', id: string, name: string }
                  | { __typename: 'Person', id: string, name: string }
                  | { __typename: 'Policy', id: string, name: string }
                  | { __typename: 'Product', id: string, name: string }
                  | { __typename: 'Region', id: string, name: string }
                 }>, sources: Array<{ quote: string | null, source: { id: string, url: string, title: string | null, publisher: string | null, published: { text: string } | null } }> }
            | { __typename: 'Partnership', kind: string | null, id: string, status: FactStatus, confidence: Confidence, description: string | null, date: { text: string, earliest: string } | null, start: { text: string, earliest: string } | null, end: { text: string, latest: string } | null, involves: Array<{ role: FactRole, entity:
                  | { __typename: 'Organization', id: string, name: string }
                  | { __typename: 'Person', id: string, name: string }
                  | { __typename: 'Policy', id: string, name: string }
                  | { __typename: 'Product', id: string, name: string }
                  | { __typename: 'Region', id: string, name: string }
                 }>, sources: Array<{ quote: string | null, source: { id: string, url: string, title: string | null, publisher: string | null, published: { text: string } | null } }> }
            | { __typename: 'PatentStatistic', field: string, count: number, unit: string, id: string, status: FactStatus, confidence: Confidence, description: string | null, date: { text: string, earliest: string } | null, start: { text: string, earliest: string } | null, end: { text: string, latest: string } | null, involves: Array<{ role: FactRole, entity:
                  | { __typename: 'Organization', id: string, name: string }
                  | { __typename: 'Person', id: string, name: string }
                  | { __typename: 'Policy', id: string, name: string }
                  | { __typename: 'Product', id: string, name: string }
                  | { __typename: 'Region', id: string, name: string }
                 }>, sources: Array<{ quote: string | null, source: { id: string, url: string, title: string | null, publisher: string | null, published: { text: string } | null } }> }
            | { __typename: 'PolicyAction', action: string, id: string, status: FactStatus, confidence: Confidence, description: string | null, date: { text: string, earliest: string } | null, start: { text: string, earliest: string } | null, end: { text: string, latest: string } | null, involves: Array<{ role: FactRole, entity:
                  | { __typename: 'Organization', id: string, name: string }
                  | { __typename: 'Person', id: string, name: string }
                  | { __typename: 'Policy', id: string, name: string }
                  | { __typename: 'Product', id: string, name: string }
                  | { __typename: 'Region', id: string, name: string }
                 }>, sources: Array<{ quote: string | null, source: { id: string, url: string, title: string | null, publisher: string | null, published: { text: string } | null } }> }
            | { __typename: 'Restriction', kind: string | null, id: string, status: FactStatus, confidence: Confidence, description: string | null, date: { text: string, earliest: string } | null, start: { text: string, earliest: string } | null, end: { text: string, latest: string } | null, involves: Array<{ role: FactRole, entity:
                  | { __typename: 'Organization', id: string, name: string }
                  | { __typename: 'Person', id: string, name: string }
                  | { __typename: 'Policy', id: string, name: string }
                  | { __typename: 'Product', id: string, name: string }
                  | { __typename: 'Region', id: string, name: string }
                 }>, sources: Array<{ quote: string | null, source: { id: string, url: string, title: string | null, publisher: string | null, published: { text: string } | null } }> }
            | { __typename: 'Role', title: string, id: string, status: FactStatus, confidence: Confidence, description: string | null, date: { text: string, earliest: string } | null, start: { text: string, earliest: string } | null, end: { text: string, latest: string } | null, involves: Array<{ role: FactRole, entity:
                  | { __typename: 'Organization', id: string, name: string }
                  | { __typename: 'Person', id: string, name: string }
                  | { __typename: 'Policy', id: string, name: string }
                  | { __typename: 'Product', id: string, name: string }
                  | { __typename: 'Region', id: string, name: string }
                 }>, sources: Array<{ quote: string | null, source: { id: string, url: string, title: string | null, publisher: string | null, published: { text: string } | null } }> }
           }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } }
    | { __typename: 'Policy', id: string, name: string, aliases: Array<string>, description: string | null, country: string | null, identifiers: { website: string | null, wikidata: string | null, ticker: string | null }, facts: { totalCount: number, edges: Array<{ node:
            | { __typename: 'Acquisition', kind: string | null, share: number | null, id: string, status: FactStatus, confidence: Confidence, description: string | null, price: { value: number, currency: string } | null, date: { text: string, earliest: string } | null, start: { text: string, earliest: string } | null, end: { text: string, latest: string } | null, involves: Array<{ role: FactRole, entity:
                  | { __typename: 'Organization', id: string, name: string }
                  | { __typename: 'Person', id: string, name: string }
                  | { __typename: 'Policy', id: string, name: string }
                  | { __typename: 'Product', id: string, name: string }
                  | { __typename: 'Region', id: string, name: string }
                 }>, sources: Array<{ quote: string | null, source: { id: string, url: string, title: string | null, publisher: string | null, published: { text: string } | null } }> }
            | { __typename: 'Availability', audience: string | null, id: string, status: FactStatus, confidence: Confidence, description: string | null, date: { text: string, earliest: string } | null, start: { text: string, earliest: string } | null, end: { text: string, latest: string } | null, involves: Array<{ role: FactRole, entity:
                  | { __typename: 'Organization', id: string, name: string }
                  | { __typename: 'Person', id: string, name: string }
                  | { __typename: 'Policy', id: string, name: string }
                  | { __typename: 'Product', id: string, name: string }
                  | { __typename: 'Region', id: string, name: string }
                 }>, sources: Array<{ quote: string | null, source: { id: string, url: string, title: string | null, publisher: string | null, published: { text: string } | null } }> }
            | { __typename: 'BoardSeat', role: string, id: string, status: FactStatus, confidence: Confidence, description: string | null, date: { text: string, earliest: string } | null, start: { text: string, earliest: string } | null, end: { text: string, latest: string } | null, involves: Array<{ role: FactRole, entity:
                  | { __typename: 'Organization', id: string, name: string }
                  | { __typename: 'Person', id: string, name: string }
                  | { __typename: 'Policy', id: string, name: string }
                  | { __typename: 'Product', id: string, name: string }
                  | { __typename: 'Region', id: string, name: string }
                 }>, sources: Array<{ quote: string | null, source: { id: string, url: string, title: string | null, publisher: string | null, published: { text: string } | null } }> }
            | { __typename: 'ComputeCommitment', amountBound: string | null, capacity: string | null, term: string | null, id: string, status: FactStatus, confidence: Confidence, description: string | null, amount: { value: number, currency: string } | null, date: { text: string, earliest: string } | null, start: { text: string, earliest: string } | null, end: { text: string, latest: string } | null, involves: Array<{ role: FactRole, entity:
                  | { __typename: 'Organization', id: string, name: string }
                  | { __typename: 'Person', id: string, name: string }
                  | { __typename: 'Policy', id: string, name: string }
                  | { __typename: 'Product', id: string, name: string }
                  | { __typename: 'Region', id: string, name: string }
                 }>, sources: Array<{ quote: string | null, source: { id: string, url: string, title: string | null, publisher: string | null, published: { text: string } | null } }> }
            | { __typename: 'ExportLicence', kind: string | null, conditions: string | null, id: string, status: FactStatus, confidence: Confidence, description: string | null, date: { text: string, earliest: string } | null, start: { text: string, earliest: string } | null, end: { text: string, latest: string } | null, involves: Array<{ role: FactRole, entity:
                  | { __typename: 'Organization', id: string, name: string }
                  | { __typename: 'Person', id: string, name: string }
                  | { __typename: 'Policy', id: string, name: string }
                  | { __typename: 'Product', id: string, name: string }
                  | { __typename: 'Region', id: string, name: string }
                 }>, sources: Array<{ quote: string | null, source: { id: string, url: string, title: string | null, publisher: string | null, published: { text: string } | null } }> }
            | { __typename: 'Investment', undisclosed: boolean, round: string | null, id: string, status: FactStatus, confidence: Confidence, description: string | null, amount: { value: number, currency: string } | null, date: { text: string, earliest: string } | null, start: { text: string, earliest: string } | null, end: { text: string, latest: string } | null, involves: Array<{ role: FactRole, entity:
                  | { __typename: 'Organization', id: string, name: string }
                  | { __typename: 'Person', id: string, name: string }
                  | { __typename: 'Policy', id: string, name: string }
                  | { __typename: 'Product', id: string, name: string }
                  | { __typename: 'Region', id: string, name: string }
                 }>, sources: Array<{ quote: string | null, source: { id: string, url: string, title: string | null, publisher: string | null, published: { text: string } | null } }> }
            | { __typename: 'OwnershipStake', share: number | null, shareClass: string | null, id: string, status: FactStatus, confidence: Confidence, description: string | null, date: { text: string, earliest: string } | null, start: { text: string, earliest: string } | null, end: { text: string, latest: string } | null, involves: Array<{ role: FactRole, entity:
                  | { __typename: 'Organization', id: string, name: string }
                  | { __typename: 'Person', id: string, name: string }
                  | { __typename: 'Policy', id: string, name: string }
                  | { __typename: 'Product', id: string, name: string }
                  | { __typename: 'Region', id: string, name: string }
                 }>, sources: Array<{ quote: string | null, source: { id: string, url: string, title: string | null, publisher: string | null, published: { text: string } | null } }> }
            | { __typename: 'Partnership', kind: string | null, id: string, status: FactStatus, confidence: Confidence, description: string | null, date: { text: string, earliest: string } | null, start: { text: string, earliest: string } | null, end: { text: string, latest: string } | null, involves: Array<{ role: FactRole, entity:
                  | { __typename: 'Organization', id: string, name: string }
                  | { __typename: 'Person', id: string, name: string }
                  | { __typename: 'Policy', id: string, name: string }
                  | { __typename: 'Product', id: string, name: string }
                  | { __typename: 'Region', id: string, name: string }
                 }>, sources: Array<{ quote: string | null, source: { id: string, url: string, title: string | null, publisher: string | null, published: { text: string } | null } }> }
            | { __typename: 'PatentStatistic', field: string, count: number, unit: string, id: string, status: FactStatus, confidence: Confidence, description: string | null, date: { text: string, earliest: string } | null, start: { text: string, earliest: string } | null, end: { text: string, latest: string } | null, involves: Array<{ role: FactRole, entity:
                  | { __typename: 'Organization', id: string, name: string }
                  | { __typename: 'Person', id: string, name: string }
                  | { __typename: 'Policy', id: string, name: string }
                  | { __typename: 'Product', id: string, name: string }
                  | { __typename: 'Region', id: string, name: string }
                 }>, sources: Array<{ quote: string | null, source: { id: string, url: string, title: string | null, publisher: string | null, published: { text: string } | null } }> }
            | { __typename: 'PolicyAction', action: string, id: string, status: FactStatus, confidence: Confidence, description: string | null, date: { text: string, earliest: string } | null, start: { text: string, earliest: string } | null, end: { text: string, latest: string } | null, involves: Array<{ role: FactRole, entity:
                  | { __typename: 'Organization', id: string, name: string }
                  | { __typename: 'Person', id: string, name: string }
                  | { __typename: 'Policy', id: string, name: string }
                  | { __typename: 'Product', id: string, name: string }
                  | { __typename: 'Region', id: string, name: string }
                 }>, sources: Array<{ quote: string | null, source: { id: string, url: string, title: string | null, publisher: string | null, published: { text: string } | null } }> }
            | { __typename: 'Restriction', kind: string | null, id: string, status: FactStatus, confidence: Confidence, description: string | null, date: { text: string, earliest: string } | null, start: { text: string, earliest: string } | null, end: { text: string, latest: string } | null, involves: Array<{ role: FactRole, entity:
                  | { __typename: 'Organization', id: string, name: string }
                  | { __typename: 'Person', id: string, name: string }
                  | { __typename: 'Policy', id: string, name: string }
                  | { __typename: 'Product', id: string, name: string }
                  | { __typename: 'Region', id: string, name: string }
                 }>, sources: Array<{ quote: string | null, source: { id: string, url: string, title: string | null, publisher: string | null, published: { text: string } | null } }> }
            | { __typename: 'Role', title: string, id: string, status: FactStatus, confidence: Confidence, description: string | null, date: { text: string, earliest: string } | null, start: { text: string, earliest: string } | null, end: { text: string, latest: string } | null, involves: Array<{ role: FactRole, entity:
                  | { __typename: 'Organization', id: string, name: string }
                  | { __typename: 'Person', id: string, name: string }
                  | { __typename: 'Policy', id: string, name: string }
                  | { __typename: 'Product', id: string, name: string }
                  | { __typename: 'Region', id: string, name: string }
                 }>, sources: Array<{ quote: string | null, source: { id: string, url: string, title: string | null, publisher: string | null, published: { text: string } | null } }> }
           }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } }
    | { __typename: 'Product', id: string, name: string, aliases: Array<string>, description: string | null, country: string | null, identifiers: { website: string | null, wikidata: string | null, ticker: string | null }, facts: { totalCount: number, edges: Array<{ node:
            | { __typename: 'Acquisition', kind: string | null, share: number | null, id: string, status: FactStatus, confidence: Confidence, description: string | null, price: { value: number, currency: string } | null, date: { text: string, earliest: string } | null, start: { text: string, earliest: string } | null, end: { text: string, latest: string } | null, involves: Array<{ role: FactRole, entity:
                  | { __typename: 'Organization', id: string, name: string }
                  | { __typename: 'Person', id: string, name: string }
                  | { __typename: 'Policy', id: string, name: string }
                  | { __typename: 'Product', id: string, name: string }
                  | { __typename: 'Region', id: string, name: string }
                 }>, sources: Array<{ quote: string | null, source: { id: string, url: string, title: string | null, publisher: string | null, published: { text: string } | null } }> }
            | { __typename: 'Availability', audience: string | null, id: string, status: FactStatus, confidence: Confidence, description: string | null, date: { text: string, earliest: string } | null, start: { text: string, earliest: string } | null, end: { text: string, latest: string } | null, involves: Array<{ role: FactRole, entity:
                  | { __typename: 'Organization', id: string, name: string }
                  | { __typename: 'Person', id: string, name: string }
                  | { __typename: 'Policy', id: string, name: string }
                  | { __typename: 'Product', id: string, name: string }
                  | { __typename: 'Region', id: string, name: string }
                 }>, sources: Array<{ quote: string | null, source: { id: string, url: string, title: string | null, publisher: string | null, published: { text: string } | null } }> }
            | { __typename: 'BoardSeat', role: string, id: string, status: FactStatus, confidence: Confidence, description: string | null, date: { text: string, earliest: string } | null, start: { text: string, earliest: string } | null, end: { text: string, latest: string } | null, involves: Array<{ role: FactRole, entity:
                  | { __typename: 'Organization', id: string, name: string }
                  | { __typename: 'Person', id: string, name: string }
                  | { __typename: 'Policy', id: string, name: string }
                  | { __typename: 'Product', id: string, name: string }
                  | { __typename: 'Region', id: string, name: string }
                 }>, sources: Array<{ quote: string | null, source: { id: string, url: string, title: string | null, publisher: string | null, published: { text: string } | null } }> }
            | { __typename: 'ComputeCommitment', amountBound: string | null, capacity: string | null, term: string | null, id: string, status: FactStatus, confidence: Confidence, description: string | null, amount: { value: number, currency: string } | null, date: { text: string, earliest: string } | null, start: { text: string, earliest: string } | null, end: { text: string, latest: string } | null, involves: Array<{ role: FactRole, entity:
                  | { __typename: 'Organization', id: string, name: string }
                  | { __typename: 'Person', id: string, name: string }
                  | { __typename: 'Policy', id: string, name: string }
                  | { __typename: 'Product', id: string, name: string }
                  | { __typename: 'Region', id: string, name: string }
                 }>, sources: Array<{ quote: string | null, source: { id: string, url: string, title: string | null, publisher: string | null, published: { text: string } | null } }> }
            | { __typename: 'ExportLicence', kind: string | null, conditions: string | null, id: string, status: FactStatus, confidence: Confidence, description: string | null, date: { text: string, earliest: string } | null, start: { text: string, earliest: string } | null, end: { text: string, latest: string } | null, involves: Array<{ role: FactRole, entity:
                  | { __typename: 'Organization', id: string, name: string }
                  | { __typename: 'Person', id: string, name: string }
                  | { __typename: 'Policy', id: string, name: string }
                  | { __typename: 'Product', id: string, name: string }
                  | { __typename: 'Region', id: string, name: string }
                 }>, sources: Array<{ quote: string | null, source: { id: string, url: string, title: string | null, publisher: string | null, published: { text: string } | null } }> }
            | { __typename: 'Investment', undisclosed: boolean, round: string | null, id: string, status: FactStatus, confidence: Confidence, description: string | null, amount: { value: number, currency: string } | null, date: { text: string, earliest: string } | null, start: { text: string, earliest: string } | null, end: { text: string, latest: string } | null, involves: Array<{ role: FactRole, entity:
                  | { __typename: 'Organization', id: string, name: string }
                  | { __typename: 'Person', id: string, name: string }
                  | { __typename: 'Policy', id: string, name: string }
                  | { __typename: 'Product', id: string, name: string }
                  | { __typename: 'Region', id: string, name: string }
                 }>, sources: Array<{ quote: string | null, source: { id: string, url: string, title: string | null, publisher: string | null, published: { text: string } | null } }> }
            | { __typename: 'OwnershipStake', share: number | null, shareClass: string | null, id: string, status: FactStatus, confidence: Confidence, description: string | null, date: { text: string, earliest: string } | null, start: { text: string, earliest: string } | null, end: { text: string, latest: string } | null, involves: Array<{ role: FactRole, entity:
                  | { __typename: 'Organization', id: string, name: string }
                  | { __typename: 'Person', id: string, name: string }
                  | { __typename: 'Policy', id: string, name: string }
                  | { __typename: 'Product', id: string, name: string }
                  | { __typename: 'Region', id: string, name: string }
                 }>, sources: Array<{ quote: string | null, source: { id: string, url: string, title: string | null, publisher: string | null, published: { text: string } | null } }> }
            | { __typename: 'Partnership', kind: string | null, id: string, status: FactStatus, confidence: Confidence, description: string | null, date: { text: string, earliest: string } | null, start: { text: string, earliest: string } | null, end: { text: string, latest: string } | null, involves: Array<{ role: FactRole, entity:
                  | { __typename: 'Organization', id: string, name: string }
                  | { __typename: 'Person', id: string, name: string }
                  | { __typename: 'Policy', id: string, name: string }
                  | { __typename: 'Product', id: string, name: string }
                  | { __typename: 'Region', id: string, name: string }
                 }>, sources: Array<{ quote: string | null, source: { id: string, url: string, title: string | null, publisher: string | null, published: { text: string } | null } }> }
            | { __typename: 'PatentStatistic', field: string, count: number, unit: string, id: string, status: FactStatus, confidence: Confidence, description: string | null, date: { text: string, earliest: string } | null, start: { text: string, earliest: string } | null, end: { text: string, latest: string } | null, involves: Array<{ role: FactRole, entity:
                  | { __typename: 'Organization', id: string, name: string }
                  | { __typename: 'Person', id: string, name: string }
                  | { __typename: 'Policy', id: string, name: string }
                  | { __typename: 'Product', id: string, name: string }
                  | { __typename: 'Region', id: string, name: string }
                 }>, sources: Array<{ quote: string | null, source: { id: string, url: string, title: string | null, publisher: string | null, published: { text: string } | null } }> }
            | { __typename: 'PolicyAction', action: string, id: string, status: FactStatus, confidence: Confidence, description: string | null, date: { text: string, earliest: string } | null, start: { text: string, earliest: string } | null, end: { text: string, latest: string } | null, involves: Array<{ role: FactRole, entity:
                  | { __typename: 'Organization', id: string, name: string }
                  | { __typename: 'Person', id: string, name: string }
                  | { __typename: 'Policy', id: string, name: string }
                  | { __typename: 'Product', id: string, name: string }
                  | { __typename: 'Region', id: string, name: string }
                 }>, sources: Array<{ quote: string | null, source: { id: string, url: string, title: string | null, publisher: string | null, published: { text: string } | null } }> }
            | { __typename: 'Restriction', kind: string | null, id: string, status: FactStatus, confidence: Confidence, description: string | null, date: { text: string, earliest: string } | null, start: { text: string, earliest: string } | null, end: { text: string, latest: string } | null, involves: Array<{ role: FactRole, entity:
                  | { __typename: 'Organization', id: string, name: string }
                  | { __typename: 'Person', id: string, name: string }
                  | { __typename: 'Policy', id: string, name: string }
                  | { __typename: 'Product', id: string, name: string }
                  | { __typename: 'Region', id: string, name: string }
                 }>, sources: Array<{ quote: string | null, source: { id: string, url: string, title: string | null, publisher: string | null, published: { text: string } | null } }> }
            | { __typename: 'Role', title: string, id: string, status: FactStatus, confidence: Confidence, description: string | null, date: { text: string, earliest: string } | null, start: { text: string, earliest: string } | null, end: { text: string, latest: string } | null, involves: Array<{ role: FactRole, entity:
                  | { __typename: 'Organization', id: string, name: string }
                  | { __typename: 'Person', id: string, name: string }
                  | { __typename: 'Policy', id: string, name: string }
                  | { __typename: 'Product', id: string, name: string }
                  | { __typename: 'Region', id: string, name: string }
                 }>, sources: Array<{ quote: string | null, source: { id: string, url: string, title: string | null, publisher: string | null, published: { text: string } | null } }> }
           }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } }
    | { __typename: 'Region', id: string, name: string, aliases: Array<string>, description: string | null, country: string | null, identifiers: { website: string | null, wikidata: string | null, ticker: string | null }, facts: { totalCount: number, edges: Array<{ node:
            | { __typename: 'Acquisition', kind: string | null, share: number | null, id: string, status: FactStatus, confidence: Confidence, description: string | null, price: { value: number, currency: string } | null, date: { text: string, earliest: string } | null, start: { text: string, earliest: string } | null, end: { text: string, latest: string } | null, involves: Array<{ role: FactRole, entity:
                  | { __typename: 'Organization', id: string, name: string }
                  | { __typename: 'Person', id: string, name: string }
                  | { __typename: 'Policy', id: string, name: string }
                  | { __typename: 'Product', id: string, name: string }
                  | { __typename: 'Region', id: string, name: string }
                 }>, sources: Array<{ quote: string | null, source: { id: string, url: string, title: string | null, publisher: string | null, published: { text: string } | null } }> }
            | { __typename: 'Availability', audience: string | null, id: string, status: FactStatus, confidence: Confidence, description: string | null, date: { text: string, earliest: string } | null, start: { text: string, earliest: string } | null, end: { text: string, latest: string } | null, involves: Array<{ role: FactRole, entity:
                  | { __typename: 'Organization', id: string, name: string }
                  | { __typename: 'Person', id: string, name: string }
                  | { __typename: 'Policy', id: string, name: string }
                  | { __typename: 'Product', id: string, name: string }
                  | { __typename: 'Region', id: string, name: string }
                 }>, sources: Array<{ quote: string | null, source: { id: string, url: string, title: string | null, publisher: string | null, published: { text: string } | null } }> }
            | { __typename: 'BoardSeat', role: string, id: string, status: FactStatus, confidence: Confidence, description: string | null, date: { text: string, earliest: string } | null, start: { text: string, earliest: string } | null, end: { text: string, latest: string } | null, involves: Array<{ role: FactRole, entity:
                  | { __typename: 'Organization', id: string, name: string }
                  | { __typename: 'Person', id: string, name: string }
                  | { __typename: 'Policy', id: string, name: string }
                  | { __typename: 'Product', id: string, name: string }
                  | { __typename: 'Region', id: string, name: string }
                 }>, sources: Array<{ quote: string | null, source: { id: string, url: string, title: string | null, publisher: string | null, published: { text: string } | null } }> }
            | { __typename: 'ComputeCommitment', amountBound: string | null, capacity: string | null, term: string | null, id: string, status: FactStatus, confidence: Confidence, description: string | null, amount: { value: number, currency: string } | null, date: { text: string, earliest: string } | null, start: { text: string, earliest: string } | null, end: { text: string, latest: string } | null, involves: Array<{ role: FactRole, entity:
                  | { __typename: 'Organization', id: string, name: string }
                  | { __typename: 'Person', id: string, name: string }
                  | { __typename: 'Policy', id: string, name: string }
                  | { __typename: 'Product', id: string, name: string }
                  | { __typename: 'Region', id: string, name: string }
                 }>, sources: Array<{ quote: string | null, source: { id: string, url: string, title: string | null, publisher: string | null, published: { text: string } | null } }> }
            | { __typename: 'ExportLicence', kind: string | null, conditions: string | null, id: string, status: FactStatus, confidence: Confidence, description: string | null, date: { text: string, earliest: string } | null, start: { text: string, earliest: string } | null, end: { text: string, latest: string } | null, involves: Array<{ role: FactRole, entity:
                  | { __typename: 'Organization', id: string, name: string }
                  | { __typename: 'Person', id: string, name: string }
                  | { __typename: 'Policy', id: string, name: string }
                  | { __typename: 'Product', id: string, name: string }
                  | { __typename: 'Region', id: string, name: string }
                 }>, sources: Array<{ quote: string | null, source: { id: string, url: string, title: string | null, publisher: string | null, published: { text: string } | null } }> }
            | { __typename: 'Investment', undisclosed: boolean, round: string | null, id: string, status: FactStatus, confidence: Confidence, description: string | null, amount: { value: number, currency: string } | null, date: { text: string, earliest: string } | null, start: { text: string, earliest: string } | null, end: { text: string, latest: string } | null, involves: Array<{ role: FactRole, entity:
                  | { __typename: 'Organization', id: string, name: string }
                  | { __typename: 'Person', id: string, name: string }
                  | { __typename: 'Policy', id: string, name: string }
                  | { __typename: 'Product', id: string, name: string }
                  | { __typename: 'Region', id: string, name: string }
                 }>, sources: Array<{ quote: string | null, source: { id: string, url: string, title: string | null, publisher: string | null, published: { text: string } | null } }> }
            | { __typename: 'OwnershipStake', share: number | null, shareClass: string | null, id: string, status: FactStatus, confidence: Confidence, description: string | null, date: { text: string, earliest: string } | null, start: { text: string, earliest: string } | null, end: { text: string, latest: string } | null, involves: Array<{ role: FactRole, entity:
                  | { __typename: 'Organization', id: string, name: string }
                  | { __typename: 'Person', id: string, name: string }
                  | { __typename: 'Policy', id: string, name: string }
                  | { __typename: 'Product', id: string, name: string }
                  | { __typename: 'Region', id: string, name: string }
                 }>, sources: Array<{ quote: string | null, source: { id: string, url: string, title: string | null, publisher: string | null, published: { text: string } | null } }> }
            | { __typename: 'Partnership', kind: string | null, id: string, status: FactStatus, confidence: Confidence, description: string | null, date: { text: string, earliest: string } | null, start: { text: string, earliest: string } | null, end: { text: string, latest: string } | null, involves: Array<{ role: FactRole, entity:
                  | { __typename: 'Organization', id: string, name: string }
                  | { __typename: 'Person', id: string, name: string }
                  | { __typename: 'Policy', id: string, name: string }
                  | { __typename: 'Product', id: string, name: string }
                  | { __typename: 'Region', id: string, name: string }
                 }>, sources: Array<{ quote: string | null, source: { id: string, url: string, title: string | null, publisher: string | null, published: { text: string } | null } }> }
            | { __typename: 'PatentStatistic', field: string, count: number, unit: string, id: string, status: FactStatus, confidence: Confidence, description: string | null, date: { text: string, earliest: string } | null, start: { text: string, earliest: string } | null, end: { text: string, latest: string } | null, involves: Array<{ role: FactRole, entity:
                  | { __typename: 'Organization', id: string, name: string }
                  | { __typename: 'Person', id: string, name: string }
                  | { __typename: 'Policy', id: string, name: string }
                  | { __typename: 'Product', id: string, name: string }
                  | { __typename: 'Region', id: string, name: string }
                 }>, sources: Array<{ quote: string | null, source: { id: string, url: string, title: string | null, publisher: string | null, published: { text: string } | null } }> }
            | { __typename: 'PolicyAction', action: string, id: string, status: FactStatus, confidence: Confidence, description: string | null, date: { text: string, earliest: string } | null, start: { text: string, earliest: string } | null, end: { text: string, latest: string } | null, involves: Array<{ role: FactRole, entity:
                  | { __typename: 'Organization', id: string, name: string }
                  | { __typename: 'Person', id: string, name: string }
                  | { __typename: 'Policy', id: string, name: string }
                  | { __typename: 'Product', id: string, name: string }
                  | { __typename: 'Region', id: string, name: string }
                 }>, sources: Array<{ quote: string | null, source: { id: string, url: string, title: string | null, publisher: string | null, published: { text: string } | null } }> }
            | { __typename: 'Restriction', kind: string | null, id: string, status: FactStatus, confidence: Confidence, description: string | null, date: { text: string, earliest: string } | null, start: { text: string, earliest: string } | null, end: { text: string, latest: string } | null, involves: Array<{ role: FactRole, entity:
                  | { __typename: 'Organization', id: string, name: string }
                  | { __typename: 'Person', id: string, name: string }
                  | { __typename: 'Policy', id: string, name: string }
                  | { __typename: 'Product', id: string, name: string }
                  | { __typename: 'Region', id: string, name: string }
                 }>, sources: Array<{ quote: string | null, source: { id: string, url: string, title: string | null, publisher: string | null, published: { text: string } | null } }> }
            | { __typename: 'Role', title: string, id: string, status: FactStatus, confidence: Confidence, description: string | null, date: { text: string, earliest: string } | null, start: { text: string, earliest: string } | null, end: { text: string, latest: string } | null, involves: Array<{ role: FactRole, entity:
                  | { __typename: 'Organization', id: string, name: string }
                  | { __typename: 'Person', id: string, name: string }
                  | { __typename: 'Policy', id: string, name: string }
                  | { __typename: 'Product', id: string, name: string }
                  | { __typename: 'Region', id: string, name: string }
                 }>, sources: Array<{ quote: string | null, source: { id: string, url: string, title: string | null, publisher: string | null, published: { text: string } | null } }> }
           }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } }
   | null };

export type NeighbourhoodQueryVariables = Exact<{
  id: string | number;
  asOf?: string | null | undefined;
}>;


export type NeighbourhoodQuery = { neighbourhood: { truncated: boolean, center:
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
    , entities: Array<
      | { __typename: 'Organization', id: string, name: string }
      | { __typename: 'Person', id: string, name: string }
      | { __typename: 'Policy', id: string, name: string }
      | { __typename: 'Product', id: string, name: string }
      | { __typename: 'Region', id: string, name: string }
    >, facts: Array<
      | { __typename: 'Acquisition', id: string, description: string | null }
      | { __typename: 'Availability', id: string, description: string | null }
      | { __typename: 'BoardSeat', id: string, description: string | null }
      | { __typename: 'ComputeCommitment', id: string, description: string | null }
      | { __typename: 'ExportLicence', id: string, description: string | null }
      | { __typename: 'Investment', id: string, description: string | null }
      | { __typename: 'OwnershipStake', id: string, description: string | null }
      | { __typename: 'Partnership', id: string, description: string | null }
      | { __typename: 'PatentStatistic', id: string, description: string | null }
      | { __typename: 'PolicyAction', id: string, description: string | null }
      | { __typename: 'Restriction', id: string, description: string | null }
      | { __typename: 'Role', id: string, description: string | null }
    >, edges: Array<{ source: string, target: string, role: FactRole | null, relation: string }> } | null };

export type TimelineQueryVariables = Exact<{
  id: string | number;
  to?: string | null | undefined;
  first: number;
}>;


export type TimelineQuery = { entity:
    | { id: string, timeline: Array<{ change: TimelineChange, date: { text: string, earliest: string }, fact:
          | { __typename: 'Acquisition', id: string, description: string | null }
          | { __typename: 'Availability', id: string, description: string | null }
          | { __typename: 'BoardSeat', id: string, description: string | null }
          | { __typename: 'ComputeCommitment', id: string, description: string | null }
          | { __typename: 'ExportLicence', id: string, description: string | null }
          | { __typename: 'Investment', id: string, description: string | null }
          | { __typename: 'OwnershipStake', id: string, description: string | null }
          | { __typename: 'Partnership', id: string, description: string | null }
          | { __typename: 'PatentStatistic', id: string, description: string | null }
          | { __typename: 'PolicyAction', id: string, description: string | null }
          | { __typename: 'Restriction', id: string, description: string | null }
          | { __typename: 'Role', id: string, description: string | null }
         }> }
    | { id: string, timeline: Array<{ change: TimelineChange, date: { text: string, earliest: string }, fact:
          | { __typename: 'Acquisition', id: string, description: string | null }
          | { __typename: 'Availability', id: string, description: string | null }
          | { __typename: 'BoardSeat', id: string, description: string | null }
          | { __typename: 'ComputeCommitment', id: string, description: string | null }
          | { __typename: 'ExportLicence', id: string, description: string | null }
          | { __typename: 'Investment', id: string, description: string | null }
          | { __typename: 'OwnershipStake', id: string, description: string | null }
          | { __typename: 'Partnership', id: string, description: string | null }
          | { __typename: 'PatentStatistic', id: string, description: string | null }
          | { __typename: 'PolicyAction', id: string, description: string | null }
          | { __typename: 'Restriction', id: string, description: string | null }
          | { __typename: 'Role', id: string, description: string | null }
         }> }
    | { id: string, timeline: Array<{ change: TimelineChange, date: { text: string, earliest: string }, fact:
          | { __typename: 'Acquisition', id: string, description: string | null }
          | { __typename: 'Availability', id: string, description: string | null }
          | { __typename: 'BoardSeat', id: string, description: string | null }
          | { __typename: 'ComputeCommitment', id: string, description: string | null }
          | { __typename: 'ExportLicence', id: string, description: string | null }
          | { __typename: 'Investment', id: string, description: string | null }
          | { __typename: 'OwnershipStake', id: string, description: string | null }
          | { __typename: 'Partnership', id: string, description: string | null }
          | { __typename: 'PatentStatistic', id: string, description: string | null }
          | { __typename: 'PolicyAction', id: string, description: string | null }
          | { __typename: 'Restriction', id: string, description: string | null }
          | { __typename: 'Role', id: string, description: string | null }
         }> }
    | { id: string, timeline: Array<{ change: TimelineChange, date: { text: string, earliest: string }, fact:
          | { __typename: 'Acquisition', id: string, description: string | null }
          | { __typename: 'Availability', id: string, description: string | null }
          | { __typename: 'BoardSeat', id: string, description: string | null }
          | { __typename: 'ComputeCommitment', id: string, description: string | null }
          | { __typename: 'ExportLicence', id: string, description: string | null }
          | { __typename: 'Investment', id: string, description: string | null }
          | { __typename: 'OwnershipStake', id: string, description: string | null }
          | { __typename: 'Partnership', id: string, description: string | null }
          | { __typename: 'PatentStatistic', id: string, description: string | null }
          | { __typename: 'PolicyAction', id: string, description: string | null }
          | { __typename: 'Restriction', id: string, description: string | null }
          | { __typename: 'Role', id: string, description: string | null }
         }> }
    | { id: string, timeline: Array<{ change: TimelineChange, date: { text: string, earliest: string }, fact:
          | { __typename: 'Acquisition', id: string, description: string | null }
          | { __typename: 'Availability', id: string, description: string | null }
          | { __typename: 'BoardSeat', id: string, description: string | null }
          | { __typename: 'ComputeCommitment', id: string, description: string | null }
          | { __typename: 'ExportLicence', id: string, description: string | null }
          | { __typename: 'Investment', id: string, description: string | null }
          | { __typename: 'OwnershipStake', id: string, description: string | null }
          | { __typename: 'Partnership', id: string, description: string | null }
          | { __typename: 'PatentStatistic', id: string, description: string | null }
          | { __typename: 'PolicyAction', id: string, description: string | null }
          | { __typename: 'Restriction', id: string, description: string | null }
          | { __typename: 'Role', id: string, description: string | null }
         }> }
   | null };

export type PathsQueryVariables = Exact<{
  from: string | number;
  to: string | number;
  asOf?: string | null | undefined;
}>;


export type PathsQuery = { shortestPaths: Array<{ length: number, steps: Array<{ relation: string, from:
        | { __typename: 'Organization', id: string, name: string }
        | { __typename: 'Person', id: string, name: string }
        | { __typename: 'Policy', id: string, name: string }
        | { __typename: 'Product', id: string, name: string }
        | { __typename: 'Region', id: string, name: string }
      , to:
        | { __typename: 'Organization', id: string, name: string }
        | { __typename: 'Person', id: string, name: string }
        | { __typename: 'Policy', id: string, name: string }
        | { __typename: 'Product', id: string, name: string }
        | { __typename: 'Region', id: string, name: string }
      , fact:
        | { __typename: 'Acquisition', kind: string | null, share: number | null, id: string, status: FactStatus, confidence: Confidence, description: string | null, price: { value: number, currency: string } | null, date: { text: string, earliest: string } | null, start: { text: string, earliest: string } | null, end: { text: string, latest: string } | null, involves: Array<{ role: FactRole, entity:
              | { __typename: 'Organization', id: string, name: string }
              | { __typename: 'Person', id: string, name: string }
              | { __typename: 'Policy', id: string, name: string }
              | { __typename: 'Product', id: string, name: string }
              | { __typename: 'Region', id: string, name: string }
             }>, sources: Array<{ quote: string | null, source: { id: string, url: string, title: string | null, publisher: string | null, published: { text: string } | null } }> }
        | { __typename: 'Availability', audience: string | null, id: string, status: FactStatus, confidence: Confidence, description: string | null, date: { text: string, earliest: string } | null, start: { text: string, earliest: string } | null, end: { text: string, latest: string } | null, involves: Array<{ role: FactRole, entity:
              | { __typename: 'Organization', id: string, name: string }
              | { __typename: 'Person', id: string, name: string }
              | { __typename: 'Policy', id: string, name: string }
              | { __typename: 'Product', id: string, name: string }
              | { __typename: 'Region', id: string, name: string }
             }>, sources: Array<{ quote: string | null, source: { id: string, url: string, title: string | null, publisher: string | null, published: { text: string } | null } }> }
        | { __typename: 'BoardSeat', role: string, id: string, status: FactStatus, confidence: Confidence, description: string | null, date: { text: string, earliest: string } | null, start: { text: string, earliest: string } | null, end: { text: string, latest: string } | null, involves: Array<{ role: FactRole, entity:
              | { __typename: 'Organization', id: string, name: string }
              | { __typename: 'Person', id: string, name: string }
              | { __typename: 'Policy', id: string, name: string }
              | { __typename: 'Product', id: string, name: string }
              | { __typename: 'Region', id: string, name: string }
             }>, sources: Array<{ quote: string | null, source: { id: string, url: string, title: string | null, publisher: string | null, published: { text: string } | null } }> }
        | { __typename: 'ComputeCommitment', amountBound: string | null, capacity: string | null, term: string | null, id: string, status: FactStatus, confidence: Confidence, description: string | null, amount: { value: number, currency: string } | null, date: { text: string, earliest: string } | null, start: { text: string, earliest: string } | null, end: { text: string, latest: string } | null, involves: Array<{ role: FactRole, entity:
              | { __typename: 'Organization', id: string, name: string }
              | { __typename: 'Person', id: string, name: string }
              | { __typename: 'Policy', id: string, name: string }
              | { __typename: 'Product', id: string, name: string }
              | { __typename: 'Region', id: string, name: string }
             }>, sources: Array<{ quote: string | null, source: { id: string, url: string, title: string | null, publisher: string | null, published: { text: string } | null } }> }
        | { __typename: 'ExportLicence', kind: string | null, conditions: string | null, id: string, status: FactStatus, confidence: Confidence, description: string | null, date: { text: string, earliest: string } | null, start: { text: string, earliest: string } | null, end: { text: string, latest: string } | null, involves: Array<{ role: FactRole, entity:
              | { __typename: 'Organization', id: string, name: string }
              | { __typename: 'Person', id: string, name: string }
              | { __typename: 'Policy', id: string, name: string }
              | { __typename: 'Product', id: string, name: string }
              | { __typename: 'Region', id: string, name: string }
             }>, sources: Array<{ quote: string | null, source: { id: string, url: string, title: string | null, publisher: string | null, published: { text: string } | null } }> }
        | { __typename: 'Investment', undisclosed: boolean, round: string | null, id: string, status: FactStatus, confidence: Confidence, description: string | null, amount: { value: number, currency: string } | null, date: { text: string, earliest: string } | null, start: { text: string, earliest: string } | null, end: { text: string, latest: string } | null, involves: Array<{ role: FactRole, entity:
              | { __typename: 'Organization', id: string, name: string }
              | { __typename: 'Person', id: string, name: string }
              | { __typename: 'Policy', id: string, name: string }
              | { __typename: 'Product', id: string, name: string }
              | { __typename: 'Region', id: string, name: string }
             }>, sources: Array<{ quote: string | null, source: { id: string, url: string, title: string | null, publisher: string | null, published: { text: string } | null } }> }
        | { __typename: 'OwnershipStake', share: number | null, shareClass: string | null, id: string, status: FactStatus, confidence: Confidence, description: string | null, date: { text: string, earliest: string } | null, start: { text: string, earliest: string } | null, end: { text: string, latest: string } | null, involves: Array<{ role: FactRole, entity:
              | { __typename: 'Organization', id: string, name: string }
              | { __typename: 'Person', id: string, name: string }
              | { __typename: 'Policy', id: string, name: string }
              | { __typename: 'Product', id: string, name: string }
              | { __typename: 'Region', id: string, name: string }
             }>, sources: Array<{ quote: string | null, source: { id: string, url: string, title: string | null, publisher: string | null, published: { text: string } | null } }> }
        | { __typename: 'Partnership', kind: string | null, id: string, status: FactStatus, confidence: Confidence, description: string | null, date: { text: string, earliest: string } | null, start: { text: string, earliest: string } | null, end: { text: string, latest: string } | null, involves: Array<{ role: FactRole, entity:
              | { __typename: 'Organization', id: string, name: string }
              | { __typename: 'Person', id: string, name: string }
              | { __typename: 'Policy', id: string, name: string }
              | { __typename: 'Product', id: string, name: string }
              | { __typename: 'Region', id: string, name: string }
             }>, sources: Array<{ quote: string | null, source: { id: string, url: string, title: string | null, publisher: string | null, published: { text: string } | null } }> }
        | { __typename: 'PatentStatistic', field: string, count: number, unit: string, id: string, status: FactStatus, confidence: Confidence, description: string | null, date: { text: string, earliest: string } | null, start: { text: string, earliest: string } | null, end: { text: string, latest: string } | null, involves: Array<{ role: FactRole, entity:
              | { __typename: 'Organization', id: string, name: string }
              | { __typename: 'Person', id: string, name: string }
              | { __typename: 'Policy', id: string, name: string }
              | { __typename: 'Product', id: string, name: string }
              | { __typename: 'Region', id: string, name: string }
             }>, sources: Array<{ quote: string | null, source: { id: string, url: string, title: string | null, publisher: string | null, published: { text: string } | null } }> }
        | { __typename: 'PolicyAction', action: string, id: string, status: FactStatus, confidence: Confidence, description: string | null, date: { text: string, earliest: string } | null, start: { text: string, earliest: string } | null, end: { text: string, latest: string } | null, involves: Array<{ role: FactRole, entity:
              | { __typename: 'Organization', id: string, name: string }
              | { __typename: 'Person', id: string, name: string }
              | { __typename: 'Policy', id: string, name: string }
              | { __typename: 'Product', id: string, name: string }
              | { __typename: 'Region', id: string, name: string }
             }>, sources: Array<{ quote: string | null, source: { id: string, url: string, title: string | null, publisher: string | null, published: { text: string } | null } }> }
        | { __typename: 'Restriction', kind: string | null, id: string, status: FactStatus, confidence: Confidence, description: string | null, date: { text: string, earliest: string } | null, start: { text: string, earliest: string } | null, end: { text: string, latest: string } | null, involves: Array<{ role: FactRole, entity:
              | { __typename: 'Organization', id: string, name: string }
              | { __typename: 'Person', id: string, name: string }
              | { __typename: 'Policy', id: string, name: string }
              | { __typename: 'Product', id: string, name: string }
              | { __typename: 'Region', id: string, name: string }
             }>, sources: Array<{ quote: string | null, source: { id: string, url: string, title: string | null, publisher: string | null, published: { text: string } | null } }> }
        | { __typename: 'Role', title: string, id: string, status: FactStatus, confidence: Confidence, description: string | null, date: { text: string, earliest: string } | null, start: { text: string, earliest: string } | null, end: { text: string, latest: string } | null, involves: Array<{ role: FactRole, entity:
              | { __typename: 'Organization', id: string, name: string }
              | { __typename: 'Person', id: string, name: string }
              | { __typename: 'Policy', id: string, name: string }
              | { __typename: 'Product', id: string, name: string }
              | { __typename: 'Region', id: string, name: string }
             }>, sources: Array<{ quote: string | null, source: { id: string, url: string, title: string | null, publisher: string | null, published: { text: string } | null } }> }
       | null }> }> };

export type AccessRoutesQueryVariables = Exact<{
  provider: string | number;
  region: string | number;
  asOf?: string | null | undefined;
}>;


export type AccessRoutesQuery = { accessRoutes: { asOf: string, reachable: boolean, summary: string, provider:
      | { __typename: 'Organization', id: string, name: string }
      | { __typename: 'Person', id: string, name: string }
      | { __typename: 'Policy', id: string, name: string }
      | { __typename: 'Product', id: string, name: string }
      | { __typename: 'Region', id: string, name: string }
    , region: { id: string, name: string }, blockedBy: Array<{ __typename: 'Restriction', kind: string | null, id: string, status: FactStatus, confidence: Confidence, description: string | null, imposedBy: { id: string, name: string }, products: Array<{ id: string, name: string }>, date: { text: string, earliest: string } | null, start: { text: string, earliest: string } | null, end: { text: string, latest: string } | null, involves: Array<{ role: FactRole, entity:
          | { __typename: 'Organization', id: string, name: string }
          | { __typename: 'Person', id: string, name: string }
          | { __typename: 'Policy', id: string, name: string }
          | { __typename: 'Product', id: string, name: string }
          | { __typename: 'Region', id: string, name: string }
         }>, sources: Array<{ quote: string | null, source: { id: string, url: string, title: string | null, publisher: string | null, published: { text: string } | null } }> }>, routes: Array<{ product: { id: string, name: string }, provider: { id: string, name: string } | null, lineage: Array<{ id: string, name: string }>, operator: { id: string, name: string } | null, facts: Array<
        | { __typename: 'Acquisition', kind: string | null, share: number | null, id: string, status: FactStatus, confidence: Confidence, description: string | null, price: { value: number, currency: string } | null, date: { text: string, earliest: string } | null, start: { text: string, earliest: string } | null, end: { text: string, latest: string } | null, involves: Array<{ role: FactRole, entity:
              | { __typename: 'Organization', id: string, name: string }
              | { __typename: 'Person', id: string, name: string }
              | { __typename: 'Policy', id: string, name: string }
              | { __typename: 'Product', id: string, name: string }
              | { __typename: 'Region', id: string, name: string }
             }>, sources: Array<{ quote: string | null, source: { id: string, url: string, title: string | null, publisher: string | null, published: { text: string } | null } }> }
        | { __typename: 'Availability', audience: string | null, id: string, status: FactStatus, confidence: Confidence, description: string | null, date: { text: string, earliest: string } | null, start: { text: string, earliest: string } | null, end: { text: string, latest: string } | null, involves: Array<{ role: FactRole, entity:
              | { __typename: 'Organization', id: string, name: string }
              | { __typename: 'Person', id: string, name: string }
              | { __typename: 'Policy', id: string, name: string }
              | { __typename: 'Product', id: string, name: string }
              | { __typename: 'Region', id: string, name: string }
             }>, sources: Array<{ quote: string | null, source: { id: string, url: string, title: string | null, publisher: string | null, published: { text: string } | null } }> }
        | { __typename: 'BoardSeat', role: string, id: string, status: FactStatus, confidence: Confidence, description: string | null, date: { text: string, earliest: string } | null, start: { text: string, earliest: string } | null, end: { text: string, latest: string } | null, involves: Array<{ role: FactRole, entity:
              | { __typename: 'Organization', id: string, name: string }
              | { __typename: 'Person', id: string, name: string }
              | { __typename: 'Policy', id: string, name: string }
              | { __typename: 'Product', id: string, name: string }
              | { __typename: 'Region', id: string, name: string }
             }>, sources: Array<{ quote: string | null, source: { id: string, url: string, title: string | null, publisher: string | null, published: { text: string } | null } }> }
        | { __typename: 'ComputeCommitment', amountBound: string | null, capacity: string | null, term: string | null, id: string, status: FactStatus, confidence: Confidence, description: string | null, amount: { value: number, currency: string } | null, date: { text: string, earliest: string } | null, start: { text: string, earliest: string } | null, end: { text: string, latest: string } | null, involves: Array<{ role: FactRole, entity:
              | { __typename: 'Organization', id: string, name: string }
              | { __typename: 'Person', id: string, name: string }
              | { __typename: 'Policy', id: string, name: string }
              | { __typename: 'Product', id: string, name: string }
              | { __typename: 'Region', id: string, name: string }
             }>, sources: Array<{ quote: string | null, source: { id: string, url: string, title: string | null, publisher: string | null, published: { text: string } | null } }> }
        | { __typename: 'ExportLicence', kind: string | null, conditions: string | null, id: string, status: FactStatus, confidence: Confidence, description: string | null, date: { text: string, earliest: string } | null, start: { text: string, earliest: string } | null, end: { text: string, latest: string } | null, involves: Array<{ role: FactRole, entity:
              | { __typename: 'Organization', id: string, name: string }
              | { __typename: 'Person', id: string, name: string }
              | { __typename: 'Policy', id: string, name: string }
              | { __typename: 'Product', id: string, name: string }
              | { __typename: 'Region', id: string, name: string }
             }>, sources: Array<{ quote: string | null, source: { id: string, url: string, title: string | null, publisher: string | null, published: { text: string } | null } }> }
        | { __typename: 'Investment', undisclosed: boolean, round: string | null, id: string, status: FactStatus, confidence: Confidence, description: string | null, amount: { value: number, currency: string } | null, date: { text: string, earliest: string } | null, start: { text: string, earliest: string } | null, end: { text: string, latest: string } | null, involves: Array<{ role: FactRole, entity:
              | { __typename: 'Organization', id: string, name: string }
              | { __typename: 'Person', id: string, name: string }
              | { __typename: 'Policy', id: string, name: string }
              | { __typename: 'Product', id: string, name: string }
              | { __typename: 'Region', id: string, name: string }
             }>, sources: Array<{ quote: string | null, source: { id: string, url: string, title: string | null, publisher: string | null, published: { text: string } | null } }> }
        | { __typename: 'OwnershipStake', share: number | null, shareClass: string | null, id: string, status: FactStatus, confidence: Confidence, description: string | null, date: { text: string, earliest: string } | null, start: { text: string, earliest: string } | null, end: { text: string, latest: string } | null, involves: Array<{ role: FactRole, entity:
              | { __typename: 'Organization', id: string, name: string }
              | { __typename: 'Person', id: string, name: string }
              | { __typename: 'Policy', id: string, name: string }
              | { __typename: 'Product', id: string, name: string }
              | { __typename: 'Region', id: string, name: string }
             }>, sources: Array<{ quote: string | null, source: { id: string, url: string, title: string | null, publisher: string | null, published: { text: string } | null } }> }
        | { __typename: 'Partnership', kind: string | null, id: string, status: FactStatus, confidence: Confidence, description: string | null, date: { text: string, earliest: string } | null, start: { text: string, earliest: string } | null, end: { text: string, latest: string } | null, involves: Array<{ role: FactRole, entity:
              | { __typename: 'Organization', id: string, name: string }
              | { __typename: 'Person', id: string, name: string }
              | { __typename: 'Policy', id: string, name: string }
              | { __typename: 'Product', id: string, name: string }
              | { __typename: 'Region', id: string, name: string }
             }>, sources: Array<{ quote: string | null, source: { id: string, url: string, title: string | null, publisher: string | null, published: { text: string } | null } }> }
        | { __typename: 'PatentStatistic', field: string, count: number, unit: string, id: string, status: FactStatus, confidence: Confidence, description: string | null, date: { text: string, earliest: string } | null, start: { text: string, earliest: string } | null, end: { text: string, latest: string } | null, involves: Array<{ role: FactRole, entity:
              | { __typename: 'Organization', id: string, name: string }
              | { __typename: 'Person', id: string, name: string }
              | { __typename: 'Policy', id: string, name: string }
              | { __typename: 'Product', id: string, name: string }
              | { __typename: 'Region', id: string, name: string }
             }>, sources: Array<{ quote: string | null, source: { id: string, url: string, title: string | null, publisher: string | null, published: { text: string } | null } }> }
        | { __typename: 'PolicyAction', action: string, id: string, status: FactStatus, confidence: Confidence, description: string | null, date: { text: string, earliest: string } | null, start: { text: string, earliest: string } | null, end: { text: string, latest: string } | null, involves: Array<{ role: FactRole, entity:
              | { __typename: 'Organization', id: string, name: string }
              | { __typename: 'Person', id: string, name: string }
              | { __typename: 'Policy', id: string, name: string }
              | { __typename: 'Product', id: string, name: string }
              | { __typename: 'Region', id: string, name: string }
             }>, sources: Array<{ quote: string | null, source: { id: string, url: string, title: string | null, publisher: string | null, published: { text: string } | null } }> }
        | { __typename: 'Restriction', kind: string | null, id: string, status: FactStatus, confidence: Confidence, description: string | null, date: { text: string, earliest: string } | null, start: { text: string, earliest: string } | null, end: { text: string, latest: string } | null, involves: Array<{ role: FactRole, entity:
              | { __typename: 'Organization', id: string, name: string }
              | { __typename: 'Person', id: string, name: string }
              | { __typename: 'Policy', id: string, name: string }
              | { __typename: 'Product', id: string, name: string }
              | { __typename: 'Region', id: string, name: string }
             }>, sources: Array<{ quote: string | null, source: { id: string, url: string, title: string | null, publisher: string | null, published: { text: string } | null } }> }
        | { __typename: 'Role', title: string, id: string, status: FactStatus, confidence: Confidence, description: string | null, date: { text: string, earliest: string } | null, start: { text: string, earliest: string } | null, end: { text: string, latest: string } | null, involves: Array<{ role: FactRole, entity:
              | { __typename: 'Organization', id: string, name: string }
              | { __typename: 'Person', id: string, name: string }
              | { __typename: 'Policy', id: string, name: string }
              | { __typename: 'Product', id: string, name: string }
              | { __typename: 'Region', id: string, name: string }
             }>, sources: Array<{ quote: string | null, source: { id: string, url: string, title: string | null, publisher: string | null, published: { text: string } | null } }> }
      >, circumvents: Array<{ id: string }>, limitedBy: Array<{ __typename: 'Restriction', kind: string | null, id: string, status: FactStatus, confidence: Confidence, description: string | null, date: { text: string, earliest: string } | null, start: { text: string, earliest: string } | null, end: { text: string, latest: string } | null, involves: Array<{ role: FactRole, entity:
            | { __typename: 'Organization', id: string, name: string }
            | { __typename: 'Person', id: string, name: string }
            | { __typename: 'Policy', id: string, name: string }
            | { __typename: 'Product', id: string, name: string }
            | { __typename: 'Region', id: string, name: string }
           }>, sources: Array<{ quote: string | null, source: { id: string, url: string, title: string | null, publisher: string | null, published: { text: string } | null } }> }> }> } | null };

export type EntityNamesQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type EntityNamesQuery = { nodes: Array<
    | { __typename: 'Organization', id: string, name: string }
    | { __typename: 'Person', id: string, name: string }
    | { __typename: 'Policy', id: string, name: string }
    | { __typename: 'Product', id: string, name: string }
    | { __typename: 'Region', id: string, name: string }
    | Record<PropertyKey, never>
   | null> };

export type LandingQueryVariables = Exact<{
  today: string;
}>;


export type LandingQuery = { coverage: { entities: number, facts: number, sources: number, factsByType: Array<{ value: string, count: number }>, factsByDomain: Array<{ value: string, count: number }> }, facts: { edges: Array<{ node:
        | { __typename: 'Acquisition', kind: string | null, share: number | null, id: string, status: FactStatus, confidence: Confidence, description: string | null, price: { value: number, currency: string } | null, date: { text: string, earliest: string } | null, start: { text: string, earliest: string } | null, end: { text: string, latest: string } | null, involves: Array<{ role: FactRole, entity:
              | { __typename: 'Organization', id: string, name: string }
              | { __typename: 'Person', id: string, name: string }
              | { __typename: 'Policy', id: string, name: string }
              | { __typename: 'Product', id: string, name: string }
              | { __typename: 'Region', id: string, name: string }
             }>, sources: Array<{ quote: string | null, source: { id: string, url: string, title: string | null, publisher: string | null, published: { text: string } | null } }> }
        | { __typename: 'Availability', audience: string | null, id: string, status: FactStatus, confidence: Confidence, description: string | null, date: { text: string, earliest: string } | null, start: { text: string, earliest: string } | null, end: { text: string, latest: string } | null, involves: Array<{ role: FactRole, entity:
              | { __typename: 'Organization', id: string, name: string }
              | { __typename: 'Person', id: string, name: string }
              | { __typename: 'Policy', id: string, name: string }
              | { __typename: 'Product', id: string, name: string }
              | { __typename: 'Region', id: string, name: string }
             }>, sources: Array<{ quote: string | null, source: { id: string, url: string, title: string | null, publisher: string | null, published: { text: string } | null } }> }
        | { __typename: 'BoardSeat', role: string, id: string, status: FactStatus, confidence: Confidence, description: string | null, date: { text: string, earliest: string } | null, start: { text: string, earliest: string } | null, end: { text: string, latest: string } | null, involves: Array<{ role: FactRole, entity:
              | { __typename: 'Organization', id: string, name: string }
              | { __typename: 'Person', id: string, name: string }
              | { __typename: 'Policy', id: string, name: string }
              | { __typename: 'Product', id: string, name: string }
              | { __typename: 'Region', id: string, name: string }
             }>, sources: Array<{ quote: string | null, source: { id: string, url: string, title: string | null, publisher: string | null, published: { text: string } | null } }> }
        | { __typename: 'ComputeCommitment', amountBound: string | null, capacity: string | null, term: string | null, id: string, status: FactStatus, confidence: Confidence, description: string | null, amount: { value: number, currency: string } | null, date: { text: string, earliest: string } | null, start: { text: string, earliest: string } | null, end: { text: string, latest: string } | null, involves: Array<{ role: FactRole, entity:
              | { __typename: 'Organization', id: string, name: string }
              | { __typename: 'Person', id: string, name: string }
              | { __typename: 'Policy', id: string, name: string }
              | { __typename: 'Product', id: string, name: string }
              | { __typename: 'Region', id: string, name: string }
             }>, sources: Array<{ quote: string | null, source: { id: string, url: string, title: string | null, publisher: string | null, published: { text: string } | null } }> }
        | { __typename: 'ExportLicence', kind: string | null, conditions: string | null, id: string, status: FactStatus, confidence: Confidence, description: string | null, date: { text: string, earliest: string } | null, start: { text: string, earliest: string } | null, end: { text: string, latest: string } | null, involves: Array<{ role: FactRole, entity:
              | { __typename: 'Organization', id: string, name: string }
              | { __typename: 'Person', id: string, name: string }
              | { __typename: 'Policy', id: string, name: string }
              | { __typename: 'Product', id: string, name: string }
              | { __typename: 'Region', id: string, name: string }
             }>, sources: Array<{ quote: string | null, source: { id: string, url: string, title: string | null, publisher: string | null, published: { text: string } | null } }> }
        | { __typename: 'Investment', undisclosed: boolean, round: string | null, id: string, status: FactStatus, confidence: Confidence, description: string | null, amount: { value: number, currency: string } | null, date: { text: string, earliest: string } | null, start: { text: string, earliest: string } | null, end: { text: string, latest: string } | null, involves: Array<{ role: FactRole, entity:
              | { __typename: 'Organization', id: string, name: string }
              | { __typename: 'Person', id: string, name: string }
              | { __typename: 'Policy', id: string, name: string }
              | { __typename: 'Product', id: string, name: string }
              | { __typename: 'Region', id: string, name: string }
             }>, sources: Array<{ quote: string | null, source: { id: string, url: string, title: string | null, publisher: string | null, published: { text: string } | null } }> }
        | { __typename: 'OwnershipStake', share: number | null, shareClass: string | null, id: string, status: FactStatus, confidence: Confidence, description: string | null, date: { text: string, earliest: string } | null, start: { text: string, earliest: string } | null, end: { text: string, latest: string } | null, involves: Array<{ role: FactRole, entity:
              | { __typename: 'Organization', id: string, name: string }
              | { __typename: 'Person', id: string, name: string }
              | { __typename: 'Policy', id: string, name: string }
              | { __typename: 'Product', id: string, name: string }
              | { __typename: 'Region', id: string, name: string }
             }>, sources: Array<{ quote: string | null, source: { id: string, url: string, title: string | null, publisher: string | null, published: { text: string } | null } }> }
        | { __typename: 'Partnership', kind: string | null, id: string, status: FactStatus, confidence: Confidence, description: string | null, date: { text: string, earliest: string } | null, start: { text: string, earliest: string } | null, end: { text: string, latest: string } | null, involves: Array<{ role: FactRole, entity:
              | { __typename: 'Organization', id: string, name: string }
              | { __typename: 'Person', id: string, name: string }
              | { __typename: 'Policy', id: string, name: string }
              | { __typename: 'Product', id: string, name: string }
              | { __typename: 'Region', id: string, name: string }
             }>, sources: Array<{ quote: string | null, source: { id: string, url: string, title: string | null, publisher: string | null, published: { text: string } | null } }> }
        | { __typename: 'PatentStatistic', field: string, count: number, unit: string, id: string, status: FactStatus, confidence: Confidence, description: string | null, date: { text: string, earliest: string } | null, start: { text: string, earliest: string } | null, end: { text: string, latest: string } | null, involves: Array<{ role: FactRole, entity:
              | { __typename: 'Organization', id: string, name: string }
              | { __typename: 'Person', id: string, name: string }
              | { __typename: 'Policy', id: string, name: string }
              | { __typename: 'Product', id: string, name: string }
              | { __typename: 'Region', id: string, name: string }
             }>, sources: Array<{ quote: string | null, source: { id: string, url: string, title: string | null, publisher: string | null, published: { text: string } | null } }> }
        | { __typename: 'PolicyAction', action: string, id: string, status: FactStatus, confidence: Confidence, description: string | null, date: { text: string, earliest: string } | null, start: { text: string, earliest: string } | null, end: { text: string, latest: string } | null, involves: Array<{ role: FactRole, entity:
              | { __typename: 'Organization', id: string, name: string }
              | { __typename: 'Person', id: string, name: string }
              | { __typename: 'Policy', id: string, name: string }
              | { __typename: 'Product', id: string, name: string }
              | { __typename: 'Region', id: string, name: string }
             }>, sources: Array<{ quote: string | null, source: { id: string, url: string, title: string | null, publisher: string | null, published: { text: string } | null } }> }
        | { __typename: 'Restriction', kind: string | null, id: string, status: FactStatus, confidence: Confidence, description: string | null, date: { text: string, earliest: string } | null, start: { text: string, earliest: string } | null, end: { text: string, latest: string } | null, involves: Array<{ role: FactRole, entity:
              | { __typename: 'Organization', id: string, name: string }
              | { __typename: 'Person', id: string, name: string }
              | { __typename: 'Policy', id: string, name: string }
              | { __typename: 'Product', id: string, name: string }
              | { __typename: 'Region', id: string, name: string }
             }>, sources: Array<{ quote: string | null, source: { id: string, url: string, title: string | null, publisher: string | null, published: { text: string } | null } }> }
        | { __typename: 'Role', title: string, id: string, status: FactStatus, confidence: Confidence, description: string | null, date: { text: string, earliest: string } | null, start: { text: string, earliest: string } | null, end: { text: string, latest: string } | null, involves: Array<{ role: FactRole, entity:
              | { __typename: 'Organization', id: string, name: string }
              | { __typename: 'Person', id: string, name: string }
              | { __typename: 'Policy', id: string, name: string }
              | { __typename: 'Product', id: string, name: string }
              | { __typename: 'Region', id: string, name: string }
             }>, sources: Array<{ quote: string | null, source: { id: string, url: string, title: string | null, publisher: string | null, published: { text: string } | null } }> }
       }> } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const FactSummaryFragmentDoc = new TypedDocumentString(`
    fragment FactSummary on Fact {
  __typename
  id
  status
  confidence
  description
  date {
    text
    earliest
  }
  start {
    text
    earliest
  }
  end {
    text
    latest
  }
  involves {
    role
    entity {
      __typename
      id
      name
    }
  }
  sources {
    quote
    source {
      id
      url
      title
      publisher
      published {
        text
      }
    }
  }
  ... on Partnership {
    kind
  }
  ... on Restriction {
    kind
  }
  ... on BoardSeat {
    role
  }
  ... on Role {
    title
  }
  ... on PolicyAction {
    action
  }
  ... on PatentStatistic {
    field
    count
    unit
  }
  ... on Investment {
    amount {
      value
      currency
    }
    undisclosed
    round
  }
  ... on Availability {
    audience
  }
  ... on Acquisition {
    kind
    price {
      value
      currency
    }
    share
  }
  ... on OwnershipStake {
    share
    shareClass
  }
  ... on ComputeCommitment {
    amount {
      value
      currency
    }
    amountBound
    capacity
    term
  }
  ... on ExportLicence {
    kind
    conditions
  }
}
    `, {"fragmentName":"FactSummary"}) as unknown as TypedDocumentString<FactSummaryFragment, unknown>;
export const SuggestionsDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<SuggestionsQuery, SuggestionsQueryVariables>;
export const EntityCardDocument = new TypedDocumentString(`
    query EntityCard($id: ID!, $asOf: Date, $after: String) {
  entity(id: $id) {
    __typename
    id
    name
    aliases
    description
    country
    identifiers {
      website
      wikidata
      ticker
    }
    facts(asOf: $asOf, first: 100, after: $after) {
      totalCount
      edges {
        node {
          ...FactSummary
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
}
    fragment FactSummary on Fact {
  __typename
  id
  status
  confidence
  description
  date {
    text
    earliest
  }
  start {
    text
    earliest
  }
  end {
    text
    latest
  }
  involves {
    role
    entity {
      __typename
      id
      name
    }
  }
  sources {
    quote
    source {
      id
      url
      title
      publisher
      published {
        text
      }
    }
  }
  ... on Partnership {
    kind
  }
  ... on Restriction {
    kind
  }
  ... on BoardSeat {
    role
  }
  ... on Role {
    title
  }
  ... on PolicyAction {
    action
  }
  ... on PatentStatistic {
    field
    count
    unit
  }
  ... on Investment {
    amount {
      value
      currency
    }
    undisclosed
    round
  }
  ... on Availability {
    audience
  }
  ... on Acquisition {
    kind
    price {
      value
      currency
    }
    share
  }
  ... on OwnershipStake {
    share
    shareClass
  }
  ... on ComputeCommitment {
    amount {
      value
      currency
    }
    amountBound
    capacity
    term
  }
  ... on ExportLicence {
    kind
    conditions
  }
}`) as unknown as TypedDocumentString<EntityCardQuery, EntityCardQueryVariables>;
export const NeighbourhoodDocument = new TypedDocumentString(`
    query Neighbourhood($id: ID!, $asOf: Date) {
  neighbourhood(id: $id, depth: 1, asOf: $asOf, limit: 80) {
    center {
      id
    }
    entities {
      __typename
      id
      name
    }
    facts {
      __typename
      id
      description
    }
    edges {
      source
      target
      role
      relation
    }
    truncated
  }
}
    `) as unknown as TypedDocumentString<NeighbourhoodQuery, NeighbourhoodQueryVariables>;
export const TimelineDocument = new TypedDocumentString(`
    query Timeline($id: ID!, $to: Date, $first: Int!) {
  entity(id: $id) {
    id
    timeline(to: $to, first: $first) {
      date {
        text
        earliest
      }
      change
      fact {
        __typename
        id
        description
      }
    }
  }
}
    `) as unknown as TypedDocumentString<TimelineQuery, TimelineQueryVariables>;
export const PathsDocument = new TypedDocumentString(`
    query Paths($from: ID!, $to: ID!, $asOf: Date) {
  shortestPaths(from: $from, to: $to, maxHops: 6, asOf: $asOf, first: 3) {
    length
    steps {
      from {
        __typename
        id
        name
      }
      to {
        __typename
        id
        name
      }
      relation
      fact {
        ...FactSummary
      }
    }
  }
}
    fragment FactSummary on Fact {
  __typename
  id
  status
  confidence
  description
  date {
    text
    earliest
  }
  start {
    text
    earliest
  }
  end {
    text
    latest
  }
  involves {
    role
    entity {
      __typename
      id
      name
    }
  }
  sources {
    quote
    source {
      id
      url
      title
      publisher
      published {
        text
      }
    }
  }
  ... on Partnership {
    kind
  }
  ... on Restriction {
    kind
  }
  ... on BoardSeat {
    role
  }
  ... on Role {
    title
  }
  ... on PolicyAction {
    action
  }
  ... on PatentStatistic {
    field
    count
    unit
  }
  ... on Investment {
    amount {
      value
      currency
    }
    undisclosed
    round
  }
  ... on Availability {
    audience
  }
  ... on Acquisition {
    kind
    price {
      value
      currency
    }
    share
  }
  ... on OwnershipStake {
    share
    shareClass
  }
  ... on ComputeCommitment {
    amount {
      value
      currency
    }
    amountBound
    capacity
    term
  }
  ... on ExportLicence {
    kind
    conditions
  }
}`) as unknown as TypedDocumentString<PathsQuery, PathsQueryVariables>;
export const AccessRoutesDocument = new TypedDocumentString(`
    query AccessRoutes($provider: ID!, $region: ID!, $asOf: Date) {
  accessRoutes(provider: $provider, region: $region, asOf: $asOf) {
    asOf
    reachable
    summary
    provider {
      __typename
      id
      name
    }
    region {
      id
      name
    }
    blockedBy {
      ...FactSummary
      imposedBy {
        id
        name
      }
      products {
        id
        name
      }
    }
    routes {
      product {
        id
        name
      }
      provider {
        id
        name
      }
      lineage {
        id
        name
      }
      operator {
        id
        name
      }
      facts {
        ...FactSummary
      }
      circumvents {
        id
      }
      limitedBy {
        ...FactSummary
      }
    }
  }
}
    fragment FactSummary on Fact {
  __typename
  id
  status
  confidence
  description
  date {
    text
    earliest
  }
  start {
    text
    earliest
  }
  end {
    text
    latest
  }
  involves {
    role
    entity {
      __typename
      id
      name
    }
  }
  sources {
    quote
    source {
      id
      url
      title
      publisher
      published {
        text
      }
    }
  }
  ... on Partnership {
    kind
  }
  ... on Restriction {
    kind
  }
  ... on BoardSeat {
    role
  }
  ... on Role {
    title
  }
  ... on PolicyAction {
    action
  }
  ... on PatentStatistic {
    field
    count
    unit
  }
  ... on Investment {
    amount {
      value
      currency
    }
    undisclosed
    round
  }
  ... on Availability {
    audience
  }
  ... on Acquisition {
    kind
    price {
      value
      currency
    }
    share
  }
  ... on OwnershipStake {
    share
    shareClass
  }
  ... on ComputeCommitment {
    amount {
      value
      currency
    }
    amountBound
    capacity
    term
  }
  ... on ExportLicence {
    kind
    conditions
  }
}`) as unknown as TypedDocumentString<AccessRoutesQuery, AccessRoutesQueryVariables>;
export const EntityNamesDocument = new TypedDocumentString(`
    query EntityNames($ids: [ID!]!) {
  nodes(ids: $ids) {
    ... on Entity {
      __typename
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<EntityNamesQuery, EntityNamesQueryVariables>;
export const LandingDocument = new TypedDocumentString(`
    query Landing($today: Date!) {
  coverage {
    entities
    facts
    sources
    factsByType {
      value
      count
    }
    factsByDomain {
      value
      count
    }
  }
  facts(asOf: $today, orderBy: DATE_DESC, first: 6) {
    edges {
      node {
        ...FactSummary
      }
    }
  }
}
    fragment FactSummary on Fact {
  __typename
  id
  status
  confidence
  description
  date {
    text
    earliest
  }
  start {
    text
    earliest
  }
  end {
    text
    latest
  }
  involves {
    role
    entity {
      __typename
      id
      name
    }
  }
  sources {
    quote
    source {
      id
      url
      title
      publisher
      published {
        text
      }
    }
  }
  ... on Partnership {
    kind
  }
  ... on Restriction {
    kind
  }
  ... on BoardSeat {
    role
  }
  ... on Role {
    title
  }
  ... on PolicyAction {
    action
  }
  ... on PatentStatistic {
    field
    count
    unit
  }
  ... on Investment {
    amount {
      value
      currency
    }
    undisclosed
    round
  }
  ... on Availability {
    audience
  }
  ... on Acquisition {
    kind
    price {
      value
      currency
    }
    share
  }
  ... on OwnershipStake {
    share
    shareClass
  }
  ... on ComputeCommitment {
    amount {
      value
      currency
    }
    amountBound
    capacity
    term
  }
  ... on ExportLicence {
    kind
    conditions
  }
}`) as unknown as TypedDocumentString<LandingQuery, LandingQueryVariables>;