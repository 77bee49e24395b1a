import { MAX_ERRORS_PER_FILE, type PathError } from '../errors.js';
import { kindName, type RecordKind, type ReferenceField } from '../model.js';
import { referencesOf } from '../references.js';
import { suggest } from '../schemaCheck.js';
import { isObject, type Seed, type SeedRecord } from '../seedRecords.js';

/** Every reference names an existing record of a kind the field allows, and not the record itself. */
export function references(seed: Seed): PathError[] {
  const errors: PathError[] = [];
  const unknownPerFile = new Map<string, number>();
  let idsByKind: Map<RecordKind, string[]> | undefined;
  for (const record of seed.records) {
    for (const field of record.collection.references) {
      const [name, inner] = field.path;
      const value = record.data[name];
      // The common cases, checked without building a reference list: one valid id, or a list
      // of valid ids or of objects that each hold one.
      if (allFine(seed, record, field, value, inner)) continue;
      for (const { id, path } of referencesOf(record, field)) {
        if (isFine(seed, record, field, id)) continue;
        idsByKind ??= indexByKind(seed);
        const message = problem(seed, record, field, id, idsByKind, unknownPerFile);
        errors.push({
          file: record.file,
          path: [...record.path, ...path],
          message: `${field.path.at(-1)}: ${message}`,
          // A file that did not parse may hold the id: validateSeed then leaves the error out.
          ...(seed.byId.has(id) ? {} : { unresolved: field.kinds }),
        });
      }
    }
  }
  return errors;
}

function allFine(
  seed: Seed,
  record: SeedRecord,
  field: ReferenceField,
  value: unknown,
  inner: string | undefined,
): boolean {
  if (inner === undefined && typeof value === 'string') return isFine(seed, record, field, value);
  if (!Array.isArray(value)) return false;
  for (const item of value) {
    const id = inner === undefined ? item : isObject(item) ? item[inner] : undefined;
    if (typeof id !== 'string' || !isFine(seed, record, field, id)) return false;
  }
  return true;
}

function isFine(seed: Seed, record: SeedRecord, field: ReferenceField, id: string): boolean {
  const target = seed.byId.get(id);
  return id !== record.id && target !== undefined && field.kinds.includes(target.collection.kind);
}

function indexByKind(seed: Seed): Map<RecordKind, string[]> {
  const idsByKind = new Map<RecordKind, string[]>();
  for (const [id, record] of seed.byId) {
    const ids = idsByKind.get(record.collection.kind) ?? [];
    ids.push(id);
    idsByKind.set(record.collection.kind, ids);
  }
  return idsByKind;
}

/** What is wrong with a reference that is not fine. */
function problem(
  seed: Seed,
  record: SeedRecord,
  field: ReferenceField,
  id: string,
  idsByKind: Map<RecordKind, string[]>,
  unknownPerFile: Map<string, number>,
): string {
  const wanted = field.kinds.map(kindName).join(' or ');
  if (id === record.id) return `"${id}" is this record itself; it must name another ${wanted}`;
  const target = seed.byId.get(id);
  if (!target) {
    // A guess compares the id with every id of the kinds: only for the errors that are shown.
    const unknown = (unknownPerFile.get(record.file) ?? 0) + 1;
    unknownPerFile.set(record.file, unknown);
    const guess =
      unknown <= MAX_ERRORS_PER_FILE
        ? suggest(
            id,
            field.kinds.flatMap((kind) => idsByKind.get(kind) ?? []),
          )
        : undefined;
    const hint = guess ? `; did you mean "${guess}"?` : '';
    return `unknown ${wanted} "${id}"${hint}`;
  }
  return `"${id}" is ${article(kindName(target.collection.kind))}, but this field takes ${article(wanted)}`;
}

function article(words: string): string {
  return /^[aeiou]/.test(words) ? `an ${words}` : `a ${words}`;
}
