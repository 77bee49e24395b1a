import { type Driver, routing } from 'neo4j-driver';
import { generationParam } from '../neo4j/generation.js';
import { READ_DIGESTS, READ_RECORDS } from './cypher.js';
import type { PlannedRecord } from './plan.js';

/** What a load would do: the records to add, to change and to remove, by id. */
export interface SeedDiff {
  added: PlannedRecord[];
  changed: PlannedRecord[];
  removed: string[];
  unchanged: number;
}

export function isEmptyDiff(diff: SeedDiff): boolean {
  return diff.added.length + diff.changed.length + diff.removed.length === 0;
}

/**
 * Compares the plan with one generation of the graph (the current one; null: none yet) by
 * digest: one read of every record's id and digest. A record whose kind changed is removed and
 * added, since its labels change.
 */
export async function diffWithDatabase(
  driver: Driver,
  database: string,
  plan: PlannedRecord[],
  generation: number | null,
): Promise<SeedDiff> {
  const { records } = await driver.executeQuery(
    READ_DIGESTS,
    { generation: generationParam(generation) },
    { database, routing: routing.READ },
  );
  const stored = new Map<string, string>(
    records.map((record) => [record.get('id'), record.get('hash')]),
  );
  const diff: SeedDiff = { added: [], changed: [], removed: [], unchanged: 0 };
  const planned = new Set<string>();
  for (const record of plan) {
    planned.add(record.id);
    const hash = stored.get(record.id);
    if (hash === undefined) diff.added.push(record);
    else if (hash === record.hash) diff.unchanged += 1;
    else diff.changed.push(record);
  }
  for (const id of stored.keys()) if (!planned.has(id)) diff.removed.push(id);
  const kindChanged = await readKindChanges(driver, database, diff.changed, generation);
  diff.changed = diff.changed.filter((record) => !kindChanged.has(record.id));
  // Item by item: a spread of a million records would overflow the stack.
  for (const id of kindChanged) diff.removed.push(id);
  for (const record of plan) if (kindChanged.has(record.id)) diff.added.push(record);
  return diff;
}

async function readKindChanges(
  driver: Driver,
  database: string,
  changed: PlannedRecord[],
  generation: number | null,
): Promise<Set<string>> {
  if (changed.length === 0) return new Set();
  const stored = await readStoredRecords(
    driver,
    database,
    changed.map((record) => record.id),
    generation,
  );
  return new Set(
    changed
      .filter(
        (record) =>
          stored.get(record.id)?.properties.kindOfRecord !== record.properties.kindOfRecord,
      )
      .map((record) => record.id),
  );
}

export interface StoredRecord {
  properties: Record<string, unknown>;
  relationships: { type: string; to: string; properties: Record<string, unknown> }[];
}

/** Some records of one generation, as stored. */
export async function readStoredRecords(
  driver: Driver,
  database: string,
  ids: string[],
  generation: number | null,
): Promise<Map<string, StoredRecord>> {
  const { records } = await driver.executeQuery(
    READ_RECORDS,
    { ids, generation: generationParam(generation) },
    { database, routing: routing.READ },
  );
  return new Map(
    records.map((record) => [
      record.get('id'),
      { properties: record.get('properties'), relationships: record.get('relationships') },
    ]),
  );
}

/** The fields whose values differ between the database and the plan, for the diff's report. */
export function changedFields(stored: StoredRecord, planned: PlannedRecord): string[] {
  const names = new Set([...Object.keys(stored.properties), ...Object.keys(planned.properties)]);
  names.delete('hash');
  names.delete('generation');
  // Derived from the name and aliases, which are reported themselves.
  names.delete('nameKeys');
  const fields = [...names].filter(
    (name) => String(stored.properties[name]) !== String(planned.properties[name]),
  );
  const key = (r: { type: string; to: string; properties: Record<string, unknown> }) =>
    `${r.type}>${r.to}>${JSON.stringify(Object.entries(r.properties).sort())}`;
  const storedRels = stored.relationships.map(key).sort().join('|');
  const plannedRels = planned.relationships.map(key).sort().join('|');
  if (storedRels !== plannedRels) {
    const types = new Set([...stored.relationships, ...planned.relationships].map((r) => r.type));
    for (const type of types) {
      const a = stored.relationships
        .filter((r) => r.type === type)
        .map(key)
        .sort()
        .join('|');
      const b = planned.relationships
        .filter((r) => r.type === type)
        .map(key)
        .sort()
        .join('|');
      if (a !== b) fields.push(type);
    }
  }
  return fields.sort();
}
