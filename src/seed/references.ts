import type { ReferenceField } from './model.js';
import { isObject, type SeedRecord } from './seedRecords.js';

/**
 * What a record's reference fields name: read by the reference validator and by the load's plan
 * (one reading of the seed for both, and the plan does not depend on a validator).
 */
/** The ids a field holds: one, a list, or one in each object of a list. */
export function referencesOf(
  record: SeedRecord,
  field: ReferenceField,
): { id: string; path: (string | number)[]; item?: Record<string, unknown> }[] {
  const [name, inner] = field.path;
  const value = record.data[name];
  if (inner === undefined) {
    if (typeof value === 'string') return [{ id: value, path: [name] }];
    if (Array.isArray(value)) {
      return value.flatMap((id, index) =>
        typeof id === 'string' ? [{ id, path: [name, index] }] : [],
      );
    }
    return [];
  }
  if (!Array.isArray(value)) return [];
  return value.flatMap((item, index) =>
    isObject(item) && typeof item[inner] === 'string'
      ? [{ id: item[inner] as string, path: [name, index, inner], item }]
      : [],
  );
}

/**
 * Each id a field holds, as referencesOf finds them, without building a list: for the checks of
 * a million-fact seed (src/seed/parts.ts).
 */
export function forEachReferencedId(
  record: SeedRecord,
  field: ReferenceField,
  visit: (id: string) => void,
): void {
  const [name, inner] = field.path;
  const value = record.data[name];
  if (inner === undefined) {
    if (typeof value === 'string') visit(value);
    else if (Array.isArray(value)) for (const id of value) if (typeof id === 'string') visit(id);
    return;
  }
  if (!Array.isArray(value)) return;
  for (const item of value)
    if (isObject(item) && typeof item[inner] === 'string') visit(item[inner] as string);
}
