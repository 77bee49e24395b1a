import path from 'node:path';
import { COLLECTION_BY_KEY, type Collection } from './model.js';

/** One record of a seed file (an entity, a source or a fact) with where it was written. */
export interface SeedRecord {
  collection: Collection;
  id: string;
  data: Readonly<Record<string, unknown>>;
  file: string;
  /** Its place in the file: the collection's key and the index in its list. */
  path: readonly [string, number];
}

/** All records of all files, and the first record of each id. */
export interface Seed {
  records: SeedRecord[];
  byId: Map<string, SeedRecord>;
}

/**
 * The records of one file. Lenient on purpose: a record the schema rejected is still collected
 * when it has an id, so that every other mistake is reported in the same run.
 */
export function collectRecords(file: string, data: unknown): SeedRecord[] {
  if (!isObject(data)) return [];
  const records: SeedRecord[] = [];
  for (const [key, list] of Object.entries(data)) {
    const collection = COLLECTION_BY_KEY.get(key);
    if (!collection || !Array.isArray(list)) continue;
    list.forEach((item, index) => {
      if (isObject(item) && typeof item.id === 'string') {
        records.push({ collection, id: item.id, data: item, file, path: [key, index] });
      }
    });
  }
  return records;
}

export function buildSeed(records: SeedRecord[]): Seed {
  const byId = new Map<string, SeedRecord>();
  for (const record of records) if (!byId.has(record.id)) byId.set(record.id, record);
  return { records, byId };
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The domain a record belongs to: its file's name without .yaml (labs-money, export-rules), as
 * curators split the seed. The load stores it on facts, so that coverage can count by it.
 */
export function domainOf(file: string): string {
  return path.basename(file).replace(/\.ya?ml$/, '');
}
