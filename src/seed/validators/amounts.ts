import { FACT_KINDS } from '../../model/facts.js';
import type { PathError } from '../errors.js';
import { kindName } from '../model.js';
import type { Seed } from '../seedRecords.js';

/** The kinds whose amount may be undisclosed: investments and compute commitments. */
const UNDISCLOSABLE: ReadonlySet<string> = new Set(
  Object.entries(FACT_KINDS)
    .filter(([, spec]) => 'amount' in spec.fields && 'undisclosed' in spec.fields)
    .map(([kind]) => kind),
);

/**
 * An investment or a commitment states its amount, or says it was undisclosed (an investment
 * with estimates if any were reported); a bound qualifies an amount that is there.
 */
export function amounts(seed: Seed): PathError[] {
  const errors: PathError[] = [];
  for (const record of seed.records) {
    if (!UNDISCLOSABLE.has(record.collection.kind)) continue;
    const { amount, undisclosed, estimates, amountBound } = record.data;
    const kind = kindName(record.collection.kind);
    const at = (field: string, message: string) =>
      errors.push({
        file: record.file,
        path: [...record.path, field],
        message: `${field}: ${message}`,
      });
    if (amount !== undefined && undisclosed !== undefined) {
      at(
        'undisclosed',
        `${/^[aeiou]/.test(kind) ? 'an' : 'a'} ${kind} with an amount was disclosed; remove undisclosed or the amount`,
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
    if (amountBound !== undefined && amount === undefined) {
      at('amountBound', 'a bound qualifies the amount; give the amount or remove the bound');
    }
  }
  return errors;
}
