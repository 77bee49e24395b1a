import neo4j from 'neo4j-driver';
import type { RecordKind } from '../seed/model.js';

/**
 * What the queries return: plain objects, not driver types. A record is any node of the graph;
 * the GraphQL layer maps records to its types (see src/graphql/mappers.ts).
 */
export interface GraphRecord {
  id: string;
  kind: RecordKind;
  /** The node's properties as stored by the loader, with dates as `YYYY-MM-DD` strings. */
  props: Readonly<Record<string, unknown>>;
  /**
   * The record's outgoing relationships to entities: a fact's parties in their roles, an
   * entity's provider or parent. Undefined when the record was reached as a neighbour and only
   * its properties were read.
   */
  links?: readonly Link[];
  /** A fact's sources in order, each with its quote. */
  citations?: readonly Citation[];
}

export interface Link {
  /** The relationship type, such as INVESTOR or PROVIDED_BY. */
  type: string;
  node: GraphRecord;
}

export interface Citation {
  source: GraphRecord;
  quote?: string;
}

/**
 * A page of a list: each item with its sort key (the GraphQL layer turns keys into opaque
 * cursors), and the total when it was asked for.
 */
export interface Page<T> {
  items: readonly { key: readonly unknown[]; node: T }[];
  hasNextPage: boolean;
  totalCount?: number;
}

/** Turns driver values into plain JavaScript: dates into ISO strings, nested maps and lists. */
export function plain(value: unknown): unknown {
  if (value === null || value === undefined) return undefined;
  if (Array.isArray(value)) return value.map(plain);
  if (neo4j.isDate(value as never)) return (value as { toString(): string }).toString();
  if (neo4j.isInt(value as never)) return (value as { toNumber(): number }).toNumber();
  if (typeof value === 'object') {
    const result: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
      const converted = plain(item);
      if (converted !== undefined) result[key] = converted;
    }
    return result;
  }
  return value;
}

interface RawRecord {
  node: Record<string, unknown>;
  links?: { type: string; position?: number; node: Record<string, unknown> }[];
  citations?: { quote?: string; position?: number; source: Record<string, unknown> }[];
}

/** Reads the map that the RECORD projection (fragments.ts) returns. */
export function toRecord(raw: unknown): GraphRecord {
  const { node, links, citations } = plain(raw) as RawRecord;
  const record: GraphRecord = {
    id: node.id as string,
    kind: node.kindOfRecord as RecordKind,
    props: node,
  };
  if (links) {
    record.links = [...links]
      .sort(byPosition)
      .map((link) => ({ type: link.type, node: toRecord({ node: link.node }) }));
  }
  if (citations) {
    record.citations = [...citations].sort(byPosition).map((citation) => ({
      source: toRecord({ node: citation.source }),
      ...(citation.quote === undefined ? {} : { quote: citation.quote }),
    }));
  }
  return record;
}

function byPosition(a: { position?: number }, b: { position?: number }): number {
  return (a.position ?? 0) - (b.position ?? 0);
}
