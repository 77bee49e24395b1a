import neo4j from 'neo4j-driver';
import {
  type AnyRecord,
  type Citation,
  isOfKind,
  type Link,
  type RecordKind,
  type RecordOf,
  type StoredProps,
} from '../model/recordTypes.js';

/**
 * What the queries return: plain objects, not driver types. A record is any node of the graph,
 * typed by its kind from the model (src/model/records.ts); the GraphQL layer maps records to its
 * types (see src/graphql/mappers.ts).
 */
export type GraphRecord = AnyRecord;
export type { Citation, Link };

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
  if (typeof value === 'object') {
    if (neo4j.isDate(value)) return value.toString();
    if (neo4j.isInt(value)) return value.toNumber();
    const result: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
      const converted = plain(item);
      if (converted !== undefined) result[key] = converted;
    }
    return result;
  }
  return value;
}

/**
 * A record as recordList (fragments.ts) returns it: [properties, links, citations]; links and
 * citations absent when the statement did not read them (CASE WHEN $withParts ...). Its nodes
 * are typed by their kind here, the one place the graph's data meets the model's types: the
 * loader wrote each node from a seed validated against the schema that the model generates, so
 * a node's properties are those of its kindOfRecord.
 */
export type RawRecord = readonly [
  node: ReadProperties,
  links?: readonly RawLink[],
  citations?: readonly RawCitation[],
];
/** [type, position, properties, ...what recordList's `linked` added]. */
export type RawLink = readonly [
  type: string,
  position: number | undefined,
  node: ReadProperties,
  ...more: unknown[],
];
type RawCitation = readonly [
  quote: string | undefined,
  position: number | undefined,
  source: ReadProperties,
];

/**
 * A node's properties as readProperties (fragments.ts) returns them: [key, value] pairs, or the
 * values of the names asked for, in their order.
 */
type ReadProperties = readonly unknown[] | StoredProps<RecordKind>;

/**
 * Properties read in part (only those a request asks for): reading one that was not read is a
 * bug of the API, so it throws rather than answer null as if the record had no such property.
 */
function onlyRead(
  properties: StoredProps<RecordKind>,
  readKeys: ReadonlySet<string>,
): StoredProps<RecordKind> {
  return new Proxy(properties, {
    get(target, key, receiver) {
      if (typeof key === 'string' && !readKeys.has(key)) {
        throw new Error(`property ${key} of ${String(target.id)} was not read by its statement`);
      }
      return Reflect.get(target, key, receiver);
    },
  });
}

function propertiesOf(read: ReadProperties, names?: readonly string[]): StoredProps<RecordKind> {
  if (!Array.isArray(read)) return read as StoredProps<RecordKind>;
  const properties: Record<string, unknown> = {};
  if (names) {
    read.forEach((value, index) => {
      if (value !== undefined) properties[names[index] as string] = value;
    });
  } else {
    for (const [key, value] of read as readonly (readonly [string, unknown])[]) {
      if (value !== undefined) properties[key] = value;
    }
  }
  return properties as unknown as StoredProps<RecordKind>;
}

/** Reads the list that recordList (fragments.ts) returns; `[properties]` for a node alone. */
export function toRecord(raw: unknown): GraphRecord {
  return recordOf(raw);
}

/** The names of the properties read, as the statement's keys parameter gave them. */
export interface ReadNames {
  names: readonly string[];
  set: ReadonlySet<string>;
}

/** The properties read of a record and of its parts, where only some were (RecordProperties). */
export interface ReadKeys {
  own?: ReadNames | undefined;
  linked?: ReadNames | undefined;
  cited?: ReadNames | undefined;
}

/** toRecord for a record whose node, linked entities or cited sources hold only some properties. */
export function toPartialRecord(raw: unknown, readKeys: ReadKeys): GraphRecord {
  return recordOf(raw, readKeys);
}

/**
 * The record of a recordList (fragments.ts), as the reader's rows hold it: plain already (readRows
 * converts each row as it arrives, nulls left out), so it is read as is, not copied again.
 */
function recordOf(raw: unknown, readKeys: ReadKeys = {}): GraphRecord {
  const [read, links, citations] = raw as RawRecord;
  const record = recordWith(read, readKeys.own);
  if (links) {
    record.links = [...links]
      .sort(byPosition)
      .map(([type, , node]) => ({ type, node: recordWith(node, readKeys.linked) }));
  }
  if (citations) {
    record.citations = [...citations].sort(byPosition).map(([quote, , source]) => ({
      source: sourceRecord(recordWith(source, readKeys.cited)),
      ...(quote === undefined ? {} : { quote }),
    }));
  }
  return record;
}

/** A record of its properties alone, all of them or those named in `readKeys`. */
function recordWith(read: ReadProperties, readKeys: ReadNames | undefined): GraphRecord {
  const properties = propertiesOf(read, readKeys?.names);
  const node = readKeys ? onlyRead(properties, readKeys.set) : properties;
  return { id: node.id, kind: node.kindOfRecord, props: node } as GraphRecord;
}

function sourceRecord(record: GraphRecord): RecordOf<'source'> {
  if (!isOfKind(record, ['source'])) throw new Error(`${record.id} is cited but not a source`);
  return record;
}

/** Links and citations in their seed's order: their second item is the position. */
function byPosition(a: readonly unknown[], b: readonly unknown[]): number {
  return ((a[1] as number | undefined) ?? 0) - ((b[1] as number | undefined) ?? 0);
}
