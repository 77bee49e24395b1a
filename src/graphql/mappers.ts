import {
  type EntityRecord,
  type FactRecord,
  isOfKind,
  type RecordKind,
  type RecordOf,
} from '../model/recordTypes.js';
import type { AccessAnswer, AccessRoute } from '../queries/access.js';
import type { RegionFacts } from '../queries/coverage.js';
import type { Neighbourhood } from '../queries/neighbourhood.js';
import type { PatentRank } from '../queries/patents.js';
import type { PathStep } from '../queries/paths.js';
import type { Citation, GraphRecord, Page } from '../queries/records.js';
import type { FactRoleName } from '../queries/roles.js';
import type { Hit } from '../queries/search.js';
import type { TimelineEvent } from '../queries/timeline.js';
import { COLLECTION_BY_KIND, FACT_KIND_LABELS, type LabelOf } from '../seed/model.js';
import type { CoverageReads } from './resolvers/coverage.js';

/**
 * What the resolvers pass around for each GraphQL type (codegen.ts's mappers): the records the
 * queries return, one type per kind from the model, and a few small shapes made here.
 */
export type {
  AccessAnswer,
  AccessRoute,
  Citation,
  CoverageReads,
  EntityRecord,
  FactRecord,
  GraphRecord,
  Neighbourhood,
  PatentRank,
  PathStep,
  RecordOf,
  RegionFacts,
  TimelineEvent,
};

export type PathRecord = PathStep[];

export interface Involvement {
  role: FactRoleName;
  entity: EntityRecord;
}

export interface Estimate {
  value: number;
  currency: string;
  sourceId?: string;
  note?: string;
}

/** What a page of a connection holds: records, or search hits (a record and its score). */
export type EdgeNode = GraphRecord | Hit;

/** A page and the ordering its cursors belong to. */
export interface Connection {
  page: Page<EdgeNode>;
  ordering: string;
}

/** An item of a page; its cursor is encoded only when asked for (most lists never are). */
export interface Edge {
  ordering: string;
  key: readonly unknown[] | null;
  node: EdgeNode;
}

export interface NeighbourhoodEdge {
  source: string;
  target: string;
  role?: FactRoleName;
  relation: string;
}

/** The GraphQL type of a record: its kind's label (Organization, BoardSeat, Source). */
export function typeName<K extends RecordKind>(record: RecordOf<K>): LabelOf<K> {
  const collection = COLLECTION_BY_KIND.get(record.kind);
  if (!collection) throw new Error(`record ${record.id} has an unknown kind ${record.kind}`);
  return collection.label as LabelOf<K>;
}

/** GraphQL enum values to the seed model's kinds: BOARD_SEAT to boardSeat. */
export function kindOfType(type: string): string {
  return type.toLowerCase().replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase());
}

export const FACT_KIND_LIST = Object.keys(FACT_KIND_LABELS) as (keyof typeof FACT_KIND_LABELS)[];
export const ENTITY_KINDS = ['organization', 'person', 'region', 'product', 'policy'] as const;

export function isFactRecord(record: GraphRecord): record is FactRecord {
  return isOfKind(record, FACT_KIND_LIST);
}

export function isEntityRecord(record: GraphRecord): record is EntityRecord {
  return isOfKind(record, ENTITY_KINDS);
}

/**
 * A record as the kind a field promises: the model fixes what kinds a relationship or a list
 * holds, so a record of another kind is a bug in the load or the query, not bad input.
 */
export function asKind<K extends RecordKind>(record: EdgeNode, kinds: readonly K[]): RecordOf<K> {
  const node = 'record' in record ? record.record : record;
  if (!isOfKind(node, kinds))
    throw new Error(`record ${node.id} is a ${node.kind}, not a ${kinds.join(' or ')}`);
  return node;
}

/** A stored value as the API's enums spell it: `announced` → `ANNOUNCED`. */
export function upper<S extends string>(text: S): Uppercase<S> {
  return text.toUpperCase() as Uppercase<S>;
}

export function asKindOrNull<K extends RecordKind>(
  record: EdgeNode | null | undefined,
  kinds: readonly K[],
): RecordOf<K> | null {
  return record ? asKind(record, kinds) : null;
}

export function allOfKind<K extends RecordKind>(
  records: readonly EdgeNode[],
  kinds: readonly K[],
): RecordOf<K>[] {
  return records.map((record) => asKind(record, kinds));
}
