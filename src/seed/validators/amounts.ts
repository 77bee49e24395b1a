import type { PathError } from '../errors.js';
import type { Seed } from '../seedRecords.js';

/** An investment states its amount, or says it was undisclosed (with estimates if any were reported). */
export function amounts(seed: Seed): PathError[] {
  const errors: PathError[] = [];
  for (const record of seed.records) {
    if (record.collection.kind !== 'investment') continue;
    const { amount, undisclosed, estimates } = record.data;
    const at = (field: string, message: string) =>
      errors.push({
        file: record.file,
        path: [...record.path, field],
        message: `${field}: ${message}`,
      });
    if (amount !== undefined && undisclosed !== undefined) {
      at(
        'undisclosed',
        'an investment with an amount was disclosed; remove undisclosed or the amount',
      );
    } else if (amount === undefined && undisclosed === undefined) {
      errors.push({
        file: record.file,
        path: record.path,
        message: 'missing "amount": give the amount (value and currency), or undisclosed: true',
      });
    }
    if (estimates !== undefined && undisclosed === undefined) {
      at(
        'estimates',
        'estimates are for undisclosed amounts; add undisclosed: true or remove them',
      );
    }
  }
  return errors;
}
