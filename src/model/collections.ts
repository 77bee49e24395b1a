import { FACT_KINDS, type FactKind } from './facts.js';
import { type EntityKind, type FactField, isRoleField } from './spec.js';

/**
 * The kinds of record a seed file holds, what Neo4j labels each gets, and which of its fields
 * refer to other records. Validation, the load plan and the diff all read this one table; its
 * fact kinds are made from FACT_KINDS (facts.ts).
 */

export type { EntityKind, FactKind };
export type RecordKind = EntityKind | FactKind | 'source';
/** The top-level keys of a seed file (src/seed/types.generated.ts checks they agree). */
export type CollectionKey =
  | 'organizations'
  | 'people'
  | 'regions'
  | 'products'
  | 'policies'
  | 'sources'
  | (typeof FACT_KINDS)[FactKind]['key'];

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
  /** Fields holding money, stored as two properties (amountValue, amountCurrency). */
  money?: readonly string[];
}

const ORG = ['organization'] as const;
const REGION = ['region'] as const;
const PRODUCT = ['product'] as const;
const ORG_OR_PERSON = ['organization', 'person'] as const;

/**
 * Every fact cites its sources, and a grouping the documents that name its members; the quote
 * travels on the relationship.
 */
const CITES: ReferenceField = {
  path: ['sources', 'source'],
  kinds: ['source'],
  relationship: 'CITES',
  relationshipProperties: ['quote'],
};

/** Fields of a fact kind that name sources to check but are not relationships. */
const CHECKED_SOURCES: Partial<Record<FactKind, readonly ReferenceField[]>> = {
  investment: [{ path: ['estimates', 'source'], kinds: ['source'] }],
};

/** The GraphQL type and Neo4j label of each kind. */
const ENTITY_LABELS = {
  organization: 'Organization',
  person: 'Person',
  region: 'Region',
  product: 'Product',
  policy: 'Policy',
  source: 'Source',
} as const;

const ENTITY_COLLECTIONS: readonly Collection[] = [
  {
    key: 'organizations',
    kind: 'organization',
    plural: 'organizations',
    group: 'entity',
    label: ENTITY_LABELS.organization,
    references: [{ path: ['parent'], kinds: ORG, relationship: 'PART_OF' }],
  },
  {
    key: 'people',
    kind: 'person',
    plural: 'people',
    group: 'entity',
    label: ENTITY_LABELS.person,
    references: [],
  },
  {
    key: 'regions',
    kind: 'region',
    plural: 'regions',
    group: 'entity',
    label: ENTITY_LABELS.region,
    references: [
      { path: ['members'], kinds: REGION, relationship: 'HAS_MEMBER' },
      { path: ['partOf'], kinds: REGION, relationship: 'PART_OF' },
      CITES,
    ],
  },
  {
    key: 'products',
    kind: 'product',
    plural: 'products',
    group: 'entity',
    label: ENTITY_LABELS.product,
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
    label: ENTITY_LABELS.policy,
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
    label: ENTITY_LABELS.source,
    references: [],
  },
];

/** Each fact kind's collection: its sources, then its roles as relationships. */
const FACT_COLLECTIONS: readonly Collection[] = (
  Object.entries(FACT_KINDS) as [FactKind, (typeof FACT_KINDS)[FactKind]][]
).map(([kind, spec]) => ({
  key: spec.key as CollectionKey,
  kind,
  plural: spec.plural,
  group: 'fact',
  label: spec.label,
  references: [
    CITES,
    ...Object.entries(spec.fields).flatMap(([name, field]) =>
      isRoleField(field)
        ? [{ path: [name] as const, kinds: field.kinds, relationship: field.relationship }]
        : [],
    ),
    ...(CHECKED_SOURCES[kind] ?? []),
  ],
  money: Object.entries(spec.fields).flatMap(([name, field]) =>
    !isRoleField(field) && field.stored === 'money' ? [name] : [],
  ),
}));

export const FACT_KIND_LABELS = Object.fromEntries(
  Object.entries(FACT_KINDS).map(([kind, spec]) => [kind, spec.label]),
) as { readonly [K in FactKind]: (typeof FACT_KINDS)[K]['label'] };

export type LabelOf<K extends RecordKind> = K extends FactKind
  ? (typeof FACT_KINDS)[K]['label']
  : (typeof ENTITY_LABELS)[Exclude<K, FactKind>];

export const COLLECTIONS: readonly Collection[] = [...ENTITY_COLLECTIONS, ...FACT_COLLECTIONS];

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

/**
 * Seed fields that name a day, month or year: the shared ones (a fact's date, start and end, an
 * entity's founding, a source's publication) and each fact kind's own (an acquisition's
 * announced and closed). The validator checks each is a real day; the load keeps its precision.
 */
export const DATE_FIELDS: readonly string[] = [
  ...new Set([
    'date',
    'start',
    'end',
    'founded',
    'launched',
    'published',
    'updated',
    ...Object.values(FACT_KINDS).flatMap((kind) =>
      Object.entries(kind.fields as Readonly<Record<string, FactField>>).flatMap(([name, field]) =>
        !isRoleField(field) && field.seed.$ref === '#/definitions/date' ? [name] : [],
      ),
    ),
  ]),
];
