import type { AccessAnswer, AccessRoute } from '../queries/access.js';
import type { Neighbourhood } from '../queries/neighbourhood.js';
import type { PatentRank } from '../queries/patents.js';
import type { PathStep } from '../queries/paths.js';
import type { Citation, GraphRecord, Page } from '../queries/records.js';
import type { FactRoleName } from '../queries/roles.js';
import type { TimelineEvent } from '../queries/timeline.js';
import { COLLECTION_BY_KIND } from '../seed/model.js';

/**
 * What the resolvers pass around for each GraphQL type (codegen.yml's mappers): the records the
 * queries return, and a few small shapes made here.
 */
export type {
  AccessAnswer,
  AccessRoute,
  Citation,
  GraphRecord,
  Neighbourhood,
  PatentRank,
  PathStep,
  TimelineEvent,
};

export type PathRecord = PathStep[];

export interface Involvement {
  role: FactRoleName;
  entity: GraphRecord;
}

export interface Estimate {
  value: number;
  currency: string;
  sourceId?: string;
  note?: string;
}

/** A page and the ordering its cursors belong to. */
export interface Connection {
  page: Page<unknown>;
  ordering: string;
}

export interface Edge {
  cursor: string;
  node: unknown;
}

export interface NeighbourhoodEdge {
  source: string;
  target: string;
  role?: FactRoleName;
  relation: string;
}

/** The GraphQL type of a record: its kind's label (Organization, BoardSeat, Source). */
export function typeName(record: GraphRecord): string {
  const collection = COLLECTION_BY_KIND.get(record.kind);
  if (!collection) throw new Error(`record ${record.id} has an unknown kind ${record.kind}`);
  return collection.label;
}

/** GraphQL enum values to the seed model's kinds: BOARD_SEAT to boardSeat. */
export function kindOfType(type: string): string {
  return type.toLowerCase().replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase());
}

export function isFactRecord(record: GraphRecord): boolean {
  return COLLECTION_BY_KIND.get(record.kind)?.group === 'fact';
}
