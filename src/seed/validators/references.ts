import { MAX_ERRORS_PER_FILE, type PathError } from '../errors.js';
import { kindName, type RecordKind, type ReferenceField } from '../model.js';
import { isObject, type Seed, type SeedRecord } from '../records.js';
import { suggest } from '../schemaCheck.js';

/** Every reference names an existing record of a kind the field allows, and not the record itself. */
export function references(seed: Seed): PathError[] {
  const idsByKind = new Map<RecordKind, string[]>();
  for (const [id, record] of seed.byId) {
    const ids = idsByKind.get(record.collection.kind) ?? [];
    ids.push(id);
    idsByKind.set(record.collection.kind, ids);
  }
  const errors: PathError[] = [];
  const unknownPerFile = new Map<string, number>();
  for (const record of seed.records) {
    for (const field of record.collection.references) {
      for (const { id, path } of referencesOf(record, field)) {
        const message = checkReference(seed, record, field, id, idsByKind, unknownPerFile);
        if (message)
          errors.push({
            file: record.file,
            path: [...record.path, ...path],
            message: `${field.path.at(-1)}: ${message}`,
          });
      }
    }
  }
  return errors;
}

function checkReference(
  seed: Seed,
  record: SeedRecord,
  field: ReferenceField,
  id: string,
  idsByKind: Map<RecordKind, string[]>,
  unknownPerFile: Map<string, number>,
): string | undefined {
  // Built only for a message: this runs for every reference of a large seed.
  const wanted = () => field.kinds.map(kindName).join(' or ');
  if (id === record.id) return `"${id}" is this record itself; it must name another ${wanted()}`;
  const target = seed.byId.get(id);
  if (!target) {
    // A guess compares the id with every id of the kinds: only for the errors that are shown.
    const unknown = (unknownPerFile.get(record.file) ?? 0) + 1;
    unknownPerFile.set(record.file, unknown);
    const candidates = () => field.kinds.flatMap((kind) => idsByKind.get(kind) ?? []);
    const guess = unknown <= MAX_ERRORS_PER_FILE ? suggest(id, candidates()) : undefined;
    const hint = guess ? `; did you mean "${guess}"?` : '';
    return `unknown ${wanted()} "${id}"${hint}`;
  }
  if (!field.kinds.includes(target.collection.kind)) {
    return `"${id}" is ${article(kindName(target.collection.kind))}, but this field takes ${article(wanted())}`;
  }
  return undefined;
}

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

function article(words: string): string {
  return /^[aeiou]/.test(words) ? `an ${words}` : `a ${words}`;
}
