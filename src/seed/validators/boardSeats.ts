import type { PathError } from '../errors.js';
import type { Seed } from '../seedRecords.js';

/** An observer seat does not vote. */
export function boardSeats(seed: Seed): PathError[] {
  return seed.records
    .filter(
      (r) =>
        r.collection.kind === 'boardSeat' && r.data.role === 'observer' && r.data.voting === true,
    )
    .map((record) => ({
      file: record.file,
      path: [...record.path, 'voting'],
      message: 'voting: an observer seat does not vote; set voting: false or change the role',
    }));
}
