import crypto from 'node:crypto';
import { nameKeys } from '../model/nameKeys.js';
import { parseSeedDate } from '../seed/dates.js';
import { type Collection, DATE_FIELDS, type ReferenceField } from '../seed/model.js';
import { referencesOf } from '../seed/references.js';
import { domainOf, isObject, type Seed, type SeedRecord } from '../seed/seedRecords.js';
import type { GenerationTotals } from './apply.js';

/**
 * What Neo4j should hold for a valid seed: one node per record, with the relationships it owns.
 *
 * Facts are nodes of their own, not relationship properties: a fact has several parties (a
 * funding round, a joint venture), several sources each with its quote, and an id of its own
 * that the API, the diff and other facts name. Each record owns its outgoing relationships, so
 * a record and its relationships are added, changed and removed together.
 */
export interface PlannedRecord {
  id: string;
  /** Record, then Entity, Fact or Source, then the kind's own label. */
  labels: string[];
  properties: Record<string, unknown>;
  relationships: PlannedRelationship[];
  /** A digest of all the above; equal digests mean nothing to change. */
  hash: string;
}

export interface PlannedRelationship {
  type: string;
  to: string;
  properties: Record<string, unknown>;
}

const GROUP_LABEL = { entity: 'Entity', fact: 'Fact', source: 'Source' } as const;

export function planSeed(seed: Seed): PlannedRecord[] {
  return seed.records.map(planRecord);
}

function planRecord(record: SeedRecord): PlannedRecord {
  const { collection } = record;
  const { labels, edges, edgeFields } = shapeOf(collection);
  const properties = nodeProperties(record, collection, edgeFields);
  const relationships: PlannedRelationship[] = [];
  for (const field of edges)
    for (const relationship of plannedRelationships(record, field))
      relationships.push(relationship);
  const hash = digest(labels, properties, relationships);
  properties.hash = hash;
  return { id: record.id, labels: [...labels], properties, relationships, hash };
}

/** What every record of a collection shares, worked out once per collection. */
interface CollectionShape {
  labels: readonly string[];
  /** The reference fields stored as relationships. */
  edges: readonly ReferenceField[];
  /** Their top-level fields, which are therefore not node properties. */
  edgeFields: ReadonlySet<string>;
}

const shapes = new WeakMap<Collection, CollectionShape>();

function shapeOf(collection: Collection): CollectionShape {
  let shape = shapes.get(collection);
  if (!shape) {
    const edges = collection.references.filter((field) => field.relationship !== undefined);
    shape = {
      labels: ['Record', GROUP_LABEL[collection.group], collection.label],
      edges,
      edgeFields: new Set(edges.map((field) => field.path[0])),
    };
    shapes.set(collection, shape);
  }
  return shape;
}

function nodeProperties(
  record: SeedRecord,
  collection: Collection,
  edgeFields: ReadonlySet<string>,
): Record<string, unknown> {
  const properties: Record<string, unknown> = { kindOfRecord: collection.kind };
  for (const key in record.data) {
    const value = record.data[key];
    if (edgeFields.has(key) || value === undefined || value === null) continue;
    if (key === 'identifiers' && isObject(value)) Object.assign(properties, value);
    else if (collection.money?.includes(key) && isObject(value)) {
      properties[`${key}Value`] = value.value;
      properties[`${key}Currency`] = value.currency;
    } else if (isObject(value) || (Array.isArray(value) && value.some(isObject))) {
      // Nested details (reported estimates) are kept whole, as JSON.
      properties[key] = JSON.stringify(value);
    } else properties[key] = value;
  }
  Object.assign(properties, validity(record.data));
  if (collection.group === 'entity') properties.nameKeys = entityNameKeys(record.data);
  // The file a fact is written in, for coverage by domain; moving it to another file changes it.
  if (collection.group === 'fact') properties.domain = domainOf(record.file);
  return properties;
}

/** What search compares a query with (src/model/nameKeys.ts), and what its index holds. */
function entityNameKeys(data: Readonly<Record<string, unknown>>): string[] {
  const aliases = Array.isArray(data.aliases) ? data.aliases.map(String) : [];
  return nameKeys(String(data.name ?? ''), aliases);
}

/**
 * When a fact held, as two Neo4j dates for "as of" queries: from the first day its start (or
 * date) may mean to the last day its end (or date) may mean. Precision is kept beside the text.
 */
function validity(data: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const field of DATE_FIELDS) {
    const parsed =
      typeof data[field] === 'string' ? parseSeedDate(data[field] as string) : undefined;
    if (parsed) result[`${field}Precision`] = parsed.precision;
  }
  const from = parseText(data.date ?? data.start);
  const to = parseText(data.date ?? data.end);
  // ISO days here; the load's Cypher stores them as Neo4j dates (DATE_PROPERTIES), which is
  // cheaper than packing a driver Date object per record.
  if (from) result.validFrom = from.first;
  if (to) result.validTo = to.last;
  return result;
}

/** The node properties that Neo4j stores as dates (indexed, for "as of" queries). */
export const DATE_PROPERTIES = ['validFrom', 'validTo'] as const;

function parseText(value: unknown) {
  return typeof value === 'string' ? parseSeedDate(value) : undefined;
}

function plannedRelationships(record: SeedRecord, field: ReferenceField): PlannedRelationship[] {
  const type = field.relationship as string;
  return referencesOf(record, field).map(({ id, item, path }, position) => {
    const properties: Record<string, unknown> = {};
    for (const name of field.relationshipProperties ?? []) {
      if (item?.[name] !== undefined) properties[name] = item[name];
    }
    // Lists keep their order (the first source, the lead investor).
    if (typeof path[1] === 'number' || Array.isArray(record.data[field.path[0]]))
      properties.position = position;
    return { type, to: id, properties };
  });
}

/**
 * A digest of a record's labels, properties and relationships: SHA-256 of their JSON with keys
 * sorted, so that equal content gives an equal digest whatever the key order. Written out by
 * hand rather than by sorting a copy of the whole record: this runs for every record of a
 * million-fact seed, and properties are flat (nested details are stored as JSON text).
 */
function digest(
  labels: readonly string[],
  properties: Record<string, unknown>,
  relationships: PlannedRelationship[],
): string {
  const json = `{"labels":${JSON.stringify(labels)},"properties":${sortedJson(properties)},"relationships":[${relationships
    .map(
      (r) =>
        `{"properties":${sortedJson(r.properties)},"to":${JSON.stringify(r.to)},"type":${JSON.stringify(r.type)}}`,
    )
    .join(',')}]}`;
  return crypto.hash('sha256', json, 'base64url').slice(0, 22);
}

/**
 * JSON of a flat object with its keys sorted: a sorted copy, then the native stringify. Flat
 * holds by construction: nodeProperties stores nested details as JSON text, and relationship
 * properties are quotes and positions.
 */
function sortedJson(value: Record<string, unknown>): string {
  const sorted: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort()) sorted[key] = value[key];
  return JSON.stringify(sorted);
}

/** How many records, entities, facts and sources a plan holds (stored on its generation). */
export function totalsOf(plan: PlannedRecord[]): GenerationTotals {
  const totals: GenerationTotals = { records: plan.length, entities: 0, facts: 0, sources: 0 };
  for (const record of plan) {
    const group = record.labels[1];
    if (group === 'Entity') totals.entities++;
    else if (group === 'Fact') totals.facts++;
    else if (group === 'Source') totals.sources++;
  }
  return totals;
}
