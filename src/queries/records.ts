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
 * cursors; null where the statement read none, as no cursor was asked for), and the total when
 * it was asked for.
 */
export interface Page<T> {
  items: readonly { key: readonly unknown[] | null; node: T }[];
  hasNextPage: boolean;
  totalCount?: number;
}

/**
 * A row as the driver gives it (`record.toObject()`), turned into plain JavaScript: dates into ISO
 * strings, integers into numbers, nulls left out; with about its size as JSON, counted in the
 * same pass (the request's ResponseBudget). The driver builds a row's lists for that row alone,
 * so they are converted where they are rather than copied: a record of two levels of facts is
 * hundreds of lists.
 */
export function plainRow(values: Record<string, unknown>): {
  row: Record<string, unknown>;
  bytes: number;
} {
  counted = 0;
  const row = convert(values) as Record<string, unknown>;
  return { row, bytes: counted };
}

/** The bytes convert has counted since plainRow began: one row is converted at a time. */
let counted = 0;

function convert(value: unknown): unknown {
  if (value === null || value === undefined) return undefined;
  switch (typeof value) {
    case 'string':
      counted += value.length + 2;
      return value;
    case 'boolean':
      counted += 5;
      return value;
    case 'object':
      break;
    default:
      counted += 8;
      return value;
  }
  if (Array.isArray(value)) {
    counted += 2 + value.length;
    for (let index = 0; index < value.length; index++) {
      const item = convert(value[index]);
      if (item === undefined) counted += 4;
      value[index] = item;
    }
    return value;
  }
  if (neo4j.isDate(value)) {
    const text = value.toString();
    counted += text.length + 2;
    return text;
  }
  if (neo4j.isInt(value)) {
    counted += 8;
    return value.toNumber();
  }
  counted += 2;
  const result: Record<string, unknown> = {};
  for (const key in value) {
    const item = convert((value as Record<string, unknown>)[key]);
    if (item === undefined) continue;
    counted += key.length + 4;
    result[key] = item;
  }
  return result;
}

/**
 * A record as recordList (fragments.ts) returns it: [properties, links, citations]; links and
 * citations absent when the statement did not read them (CASE WHEN $withParts ..., or a shape
 * without them). Its nodes
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

function propertiesOf(read: ReadProperties, names?: ReadNames): StoredProps<RecordKind> {
  if (!Array.isArray(read)) return read as StoredProps<RecordKind>;
  const properties: Record<string, unknown> = {};
  if (names) {
    for (let index = 0; index < read.length; index++) {
      const value = read[index];
      if (value !== undefined) properties[names.names[index] as string] = value;
    }
    return new Proxy(properties, names.guard) as unknown as StoredProps<RecordKind>;
  }
  for (const [key, value] of read as readonly (readonly [string, unknown])[]) {
    if (value !== undefined) properties[key] = value;
  }
  return properties as unknown as StoredProps<RecordKind>;
}

/** Reads the list that recordList (fragments.ts) returns; `[properties]` for a node alone. */
export function toRecord(raw: unknown): GraphRecord {
  return recordOf(raw);
}

/** The names of the properties read, as the statement's keys parameter gave them. */
export interface ReadNames {
  readonly names: readonly string[];
  /** The handler of the Proxy around each record read with these names (partialGuard). */
  readonly guard: ProxyHandler<Record<string, unknown>>;
}

const readNamesOf = new WeakMap<readonly string[], ReadNames>();

/**
 * The ReadNames of a list of names, made once per list: a request's lists are remembered with
 * its document (selection.ts), so requests asking alike share them.
 */
export function readNames(names: readonly string[]): ReadNames {
  let read = readNamesOf.get(names);
  if (!read) {
    read = { names, guard: partialGuard(new Set(names)) };
    readNamesOf.set(names, read);
  }
  return read;
}

/**
 * Properties read in part (only those a request asks for): reading one that was not read is a
 * bug of the API, so it throws rather than answer null as if the record had no such property.
 * An Object method's name (constructor, toString) or toJSON is never a stored property's, and
 * tools ask for them (util.inspect, JSON.stringify). Measured against the alternatives, a Proxy
 * per record is the cheapest guard: a prototype that is a Proxy slows every property written.
 */
function partialGuard(read: ReadonlySet<string>): ProxyHandler<Record<string, unknown>> {
  return {
    get(target, key, receiver) {
      if (typeof key === 'string' && !read.has(key) && !(key in target) && key !== 'toJSON') {
        throw new Error(`property ${key} of ${String(target.id)} was not read by its statement`);
      }
      return Reflect.get(target, key, receiver);
    },
  };
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
    // The row's lists are this request's own (plainRow): sorted where they are.
    record.links = (links as RawLink[])
      .sort(byPosition)
      .map(([type, , node]) => ({ type, node: recordWith(node, readKeys.linked) }));
  }
  if (citations) {
    record.citations = (citations as RawCitation[]).sort(byPosition).map(([quote, , source]) => ({
      source: sourceRecord(recordWith(source, readKeys.cited)),
      ...(quote === undefined ? {} : { quote }),
    }));
  }
  return record;
}

/** A record of its properties alone, all of them or those named in `readKeys`. */
function recordWith(read: ReadProperties, readKeys: ReadNames | undefined): GraphRecord {
  const node = propertiesOf(read, readKeys);
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
