import type { FACT_KINDS, FactKind } from './facts.js';
import type { EntityKind, StoredType } from './spec.js';

/**
 * What the graph stores for a record of each kind, as types derived from the model: a fact's
 * properties from its kind's fields in FACT_KINDS, so that renaming a field there fails `tsc`
 * wherever the old name is read. Dates are stored as the curator's text (`2024-07`).
 */

export type RecordKind = EntityKind | FactKind | 'source';

type StoredValue<T> = T extends 'string'
  ? string
  : T extends 'number'
    ? number
    : T extends 'boolean'
      ? boolean
      : T extends 'json'
        ? string
        : never;

type FieldsOf<K extends FactKind> = (typeof FACT_KINDS)[K]['fields'];
type PropertyName<K extends FactKind> = {
  [N in keyof FieldsOf<K>]: FieldsOf<K>[N] extends { stored: StoredType } ? N : never;
}[keyof FieldsOf<K>];

/** A field's stored value: an enum's values, else its stored type. */
type ValueOf<F> = F extends { seed: { enum: readonly (infer E)[] } }
  ? E
  : F extends { stored: infer S }
    ? StoredValue<S>
    : never;

/** Money is kept as two properties, so that amounts can be compared in Cypher. */
type MoneyProps<N extends string> = { readonly [P in `${N}Value`]?: number } & {
  readonly [P in `${N}Currency`]?: string;
};

type OwnFactProps<K extends FactKind> = {
  readonly [N in PropertyName<K> as FieldsOf<K>[N] extends { stored: 'money' }
    ? never
    : N]?: ValueOf<FieldsOf<K>[N]>;
} & MoneyProps<
  Extract<
    {
      [N in PropertyName<K>]: FieldsOf<K>[N] extends { stored: 'money' } ? N : never;
    }[PropertyName<K>],
    string
  >
>;

/** A fact kind's statuses, from the model. */
export type StatusOf<K extends FactKind> = (typeof FACT_KINDS)[K]['statuses']['values'][number];
export type FactStatusName = StatusOf<FactKind>;
export type ConfidenceName = 'high' | 'medium' | 'low';

/**
 * What the loader adds to every node that the API reads: its kind and the precision of its
 * dates. (What it adds for Cypher alone, such as the digest and the "as of" days, is not read:
 * FOR_CYPHER_ONLY in src/queries/fragments.ts.)
 */
interface Bookkeeping<K extends RecordKind> {
  readonly id: string;
  readonly kindOfRecord: K;
  readonly [precision: `${string}Precision`]: string | undefined;
}

interface FactCommonProps<K extends FactKind> {
  readonly date?: string;
  readonly start?: string;
  readonly end?: string;
  readonly status: StatusOf<K>;
  readonly confidence?: ConfidenceName;
  readonly description?: string;
  readonly notes?: string;
}

/** Every entity's properties; `identifiers` are kept flat on the node. */
interface EntityCommonProps {
  readonly name: string;
  readonly aliases?: readonly string[];
  /** Derived by the loader from name and aliases, for search (see nameKeys.ts). */
  readonly nameKeys?: readonly string[];
  readonly description?: string;
  readonly country?: string;
  readonly notes?: string;
  readonly wikidata?: string;
  readonly ticker?: string;
  readonly lei?: string;
  readonly website?: string;
}

/** Entity kinds' own properties (their references are relationships). */
interface EntityOwnProps {
  organization: { readonly kind?: string; readonly founded?: string };
  person: Record<never, never>;
  region: { readonly kind?: string; readonly code?: string };
  product: { readonly kind?: string; readonly launched?: string };
  policy: { readonly kind?: string; readonly citation?: string; readonly url?: string };
}

interface SourceProps {
  readonly url: string;
  readonly title?: string;
  readonly publisher?: string;
  readonly author?: string;
  readonly published?: string;
  readonly updated?: string;
  readonly kind?: string;
  readonly notes?: string;
}

/** The properties stored on the node of a record of kind K. */
export type StoredProps<K extends RecordKind> = Bookkeeping<K> &
  (K extends FactKind
    ? FactCommonProps<K> & OwnFactProps<K>
    : K extends EntityKind
      ? EntityCommonProps & EntityOwnProps[K]
      : SourceProps);

/**
 * A record of kind K as the queries return it: its stored properties, and, when they were read,
 * its outgoing relationships to entities and (for a fact) its sources.
 */
export interface StoredRecord<K extends RecordKind> {
  readonly id: string;
  readonly kind: K;
  readonly props: StoredProps<K>;
  /**
   * The record's outgoing relationships to entities: a fact's parties in their roles, an
   * entity's provider or parent. Undefined when the record was reached as a neighbour and only
   * its properties were read.
   */
  links?: readonly Link[];
  /** A fact's sources in order, each with its quote. */
  citations?: readonly Citation[];
}

/** A record of one of the kinds K (a discriminated union on `kind`). */
export type AnyRecord = { [P in RecordKind]: StoredRecord<P> }[RecordKind];
export type RecordOf<K extends RecordKind> = Extract<AnyRecord, { kind: K }>;
export type EntityRecord = RecordOf<EntityKind>;
export type FactRecord = RecordOf<FactKind>;

export interface Link {
  /** The relationship type, such as INVESTOR or PROVIDED_BY. */
  type: string;
  node: AnyRecord;
}

export interface Citation {
  source: RecordOf<'source'>;
  quote?: string;
}

/** Whether a record is of one of the kinds: narrows the union for typed resolvers. */
export function isOfKind<K extends RecordKind>(
  record: AnyRecord,
  kinds: readonly K[],
): record is RecordOf<K> {
  return (kinds as readonly RecordKind[]).includes(record.kind);
}
