import { parseSeedDate } from '../dates.js';
import type { PathError } from '../errors.js';
import { DATE_FIELDS } from '../model.js';
import type { Seed, SeedRecord } from '../seedRecords.js';

/**
 * Dates name real days; a fact holds at a point (date) or over a period (start, maybe end), and
 * its period does not end before it starts.
 */
export function dates(seed: Seed): PathError[] {
  const errors: PathError[] = [];
  // No closure per record: this loop runs for every record of a million-fact seed.
  const at = (record: SeedRecord, field: string, message: string) =>
    errors.push({
      file: record.file,
      path: [...record.path, field],
      message: `${field}: ${message}`,
    });
  for (const record of seed.records) {
    for (const field of DATE_FIELDS) {
      const value = record.data[field];
      // The schema reports a value that is not shaped like a date; here only impossible days.
      if (
        typeof value === 'string' &&
        /^\d{4}(-\d{2}(-\d{2})?)?$/.test(value) &&
        !parseSeedDate(value)
      ) {
        at(record, field, `${value} is not a day of the calendar`);
      }
    }
    if (record.collection.group !== 'fact') continue;
    const { date, start, end } = record.data;
    if (date !== undefined && (start !== undefined || end !== undefined)) {
      at(
        record,
        'date',
        'give either date (a point in time) or start and end (a period), not both',
      );
    } else if (date === undefined && start === undefined) {
      errors.push({
        file: record.file,
        path: record.path,
        message: 'missing "date" or "start": say when this held, as precisely as the sources do',
      });
    } else if (typeof start === 'string' && typeof end === 'string') {
      const from = parseSeedDate(start);
      const to = parseSeedDate(end);
      if (from && to && from.first > to.last) at(record, 'end', `${end} is before start ${start}`);
    }
    const status = record.data.status;
    if ((status === 'ended' || status === 'revoked') && end === undefined && date === undefined) {
      at(
        record,
        'status',
        `${status === 'ended' ? 'an' : 'a'} ${status} fact needs the end date (end), or a date if it held at one point`,
      );
    }
  }
  return errors;
}
