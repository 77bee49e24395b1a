import type { PolicyGraphSeedFile } from './types.generated.js';

/**
 * The kinds of record a seed file holds, what Neo4j labels each gets, and which of its fields
 * refer to other records. Validation, the load plan and the diff all read this one table.
 */

export type EntityKind = 'organization' | 'person' | 'region' | 'product' | 'policy';
export type FactKind =
  | 'partnership'
  | 'investment'
  | 'boardSeat'
  | 'role'
  | 'restriction'
  | 'availability'
  | 'patentStatistic'
  | 'policyAction';
export type RecordKind = EntityKind | FactKind | 'source';
export type CollectionKey = keyof PolicyGraphSeedFile;

export interface ReferenceField {
  /** The field, or for a list of objects the list and the field in each: ['sources', 'source']. */
  path: readonly [string] | readonly [string, string];
  /** The kinds of record it may name. */
  kinds: readonly RecordKind[];
  /** The relationship type in Neo4j, from this record to the one named; none for a check only. */
  relationship?: string;
  /** For a list of objects: the fields of each object kept on the relationship. */
  relationshipProperties?: readonly string[];
}

export interface Collection {
  key: CollectionKey;
  kind: RecordKind;
  /** Plural for messages and summaries. */
  plural: string;
  group: 'entity' | 'fact' | 'source';
  /** The Neo4j label of this kind, besides Record and Entity, Fact or Source. */
  label: string;
  references: readonly ReferenceField[];
}

const ORG = ['organization'] as const;
const PERSON = ['person'] as const;
const REGION = ['region'] as const;
const PRODUCT = ['product'] as const;
const POLICY = ['policy'] as const;
const ORG_OR_PERSON = ['organization', 'person'] as const;

/** Every fact cites its sources; the quote travels on the relationship. */
const CITES: ReferenceField = {
  path: ['sources', 'source'],
  kinds: ['source'],
  relationship: 'CITES',
  relationshipProperties: ['quote'],
};

export const COLLECTIONS: readonly Collection[] = [
  {
    key: 'organizations',
    kind: 'organization',
    plural: 'organizations',
    group: 'entity',
    label: 'Organization',
    references: [{ path: ['parent'], kinds: ORG, relationship: 'PART_OF' }],
  },
  {
    key: 'people',
    kind: 'person',
    plural: 'people',
    group: 'entity',
    label: 'Person',
    references: [],
  },
  {
    key: 'regions',
    kind: 'region',
    plural: 'regions',
    group: 'entity',
    label: 'Region',
    references: [
      { path: ['members'], kinds: REGION, relationship: 'HAS_MEMBER' },
      { path: ['partOf'], kinds: REGION, relationship: 'PART_OF' },
    ],
  },
  {
    key: 'products',
    kind: 'product',
    plural: 'products',
    group: 'entity',
    label: 'Product',
    references: [
      { path: ['provider'], kinds: ORG, relationship: 'PROVIDED_BY' },
      { path: ['basedOn'], kinds: PRODUCT, relationship: 'BASED_ON' },
    ],
  },
  {
    key: 'policies',
    kind: 'policy',
    plural: 'policies',
    group: 'entity',
    label: 'Policy',
    references: [
      { path: ['issuer'], kinds: ORG_OR_PERSON, relationship: 'ISSUED_BY' },
      { path: ['jurisdiction'], kinds: REGION, relationship: 'APPLIES_IN' },
    ],
  },
  {
    key: 'sources',
    kind: 'source',
    plural: 'sources',
    group: 'source',
    label: 'Source',
    references: [],
  },
  {
    key: 'partnerships',
    kind: 'partnership',
    plural: 'partnerships',
    group: 'fact',
    label: 'Partnership',
    references: [
      CITES,
      { path: ['parties'], kinds: ORG_OR_PERSON, relationship: 'PARTY' },
      { path: ['products'], kinds: PRODUCT, relationship: 'CONCERNS' },
      { path: ['regions'], kinds: REGION, relationship: 'IN_REGION' },
    ],
  },
  {
    key: 'investments',
    kind: 'investment',
    plural: 'investments',
    group: 'fact',
    label: 'Investment',
    references: [
      CITES,
      { path: ['investors'], kinds: ORG_OR_PERSON, relationship: 'INVESTOR' },
      { path: ['investee'], kinds: ORG, relationship: 'INVESTEE' },
      { path: ['estimates', 'source'], kinds: ['source'] },
    ],
  },
  {
    key: 'boardSeats',
    kind: 'boardSeat',
    plural: 'board seats',
    group: 'fact',
    label: 'BoardSeat',
    references: [
      CITES,
      { path: ['person'], kinds: PERSON, relationship: 'HOLDER' },
      { path: ['board'], kinds: ORG, relationship: 'BOARD_OF' },
      { path: ['onBehalfOf'], kinds: ORG, relationship: 'ON_BEHALF_OF' },
    ],
  },
  {
    key: 'roles',
    kind: 'role',
    plural: 'roles',
    group: 'fact',
    label: 'Role',
    references: [
      CITES,
      { path: ['person'], kinds: PERSON, relationship: 'HOLDER' },
      { path: ['organization'], kinds: ORG, relationship: 'ROLE_AT' },
    ],
  },
  {
    key: 'restrictions',
    kind: 'restriction',
    plural: 'restrictions',
    group: 'fact',
    label: 'Restriction',
    references: [
      CITES,
      { path: ['imposedBy'], kinds: ORG, relationship: 'IMPOSED_BY' },
      { path: ['targets'], kinds: ['region', 'organization', 'product'], relationship: 'TARGETS' },
      { path: ['products'], kinds: PRODUCT, relationship: 'CONCERNS' },
      { path: ['policy'], kinds: POLICY, relationship: 'UNDER_POLICY' },
    ],
  },
  {
    key: 'availabilities',
    kind: 'availability',
    plural: 'availabilities',
    group: 'fact',
    label: 'Availability',
    references: [
      CITES,
      { path: ['product'], kinds: PRODUCT, relationship: 'OFFERS' },
      { path: ['region'], kinds: REGION, relationship: 'IN_REGION' },
      { path: ['operator'], kinds: ORG, relationship: 'OPERATED_BY' },
    ],
  },
  {
    key: 'patentStatistics',
    kind: 'patentStatistic',
    plural: 'patent statistics',
    group: 'fact',
    label: 'PatentStatistic',
    references: [
      CITES,
      { path: ['reportedBy'], kinds: ORG, relationship: 'REPORTED_BY' },
      { path: ['jurisdiction'], kinds: REGION, relationship: 'FOR_REGION' },
      { path: ['applicant'], kinds: ORG, relationship: 'FOR_APPLICANT' },
    ],
  },
  {
    key: 'policyActions',
    kind: 'policyAction',
    plural: 'policy actions',
    group: 'fact',
    label: 'PolicyAction',
    references: [
      CITES,
      { path: ['actor'], kinds: ORG_OR_PERSON, relationship: 'ACTOR' },
      { path: ['policy'], kinds: POLICY, relationship: 'ON_POLICY' },
      {
        path: ['targets'],
        kinds: ['organization', 'person', 'region', 'product'],
        relationship: 'TARGETS',
      },
    ],
  },
];

export const COLLECTION_BY_KEY = new Map(COLLECTIONS.map((c) => [c.key as string, c]));
export const COLLECTION_BY_KIND = new Map(COLLECTIONS.map((c) => [c.kind, c]));

/** Words for a kind in messages: "board seat", "patent statistic". */
export function kindName(kind: RecordKind): string {
  return kind.replace(/[A-Z]/g, (letter) => ` ${letter.toLowerCase()}`);
}

const REFERENCED_KINDS = new Set<RecordKind>(
  COLLECTIONS.flatMap((collection) => collection.references.flatMap((field) => field.kinds)),
);

/**
 * Whether other records may point at records of this kind (entities and sources do; facts do
 * not). The loader rewrites those in place, to keep the relationships that point at them.
 */
export function isReferencedKind(kind: RecordKind): boolean {
  return REFERENCED_KINDS.has(kind);
}
