import type { PathError } from '../errors.js';
import { kindName } from '../model.js';
import type { Seed } from '../seedRecords.js';

/** Every id names one record, across all files. */
export function uniqueIds(seed: Seed): PathError[] {
  return seed.records
    .filter((record) => seed.byId.get(record.id) !== record)
    .map((record) => {
      const first = seed.byId.get(record.id);
      const kind = first ? kindName(first.collection.kind) : 'record';
      return {
        file: record.file,
        path: [...record.path, 'id'],
        message: `id: "${record.id}" is already the id of the ${kind} at {related}; ids must be unique across all seed files`,
        ...(first ? { related: { file: first.file, path: [...first.path, 'id'] } } : {}),
      };
    });
}
