import { FACT_KINDS } from '../../model/facts.js';
import type { FactKindSpec } from '../../model/spec.js';
import type { PathError } from '../errors.js';
import type { Seed } from '../seedRecords.js';

const EVENT_KINDS: ReadonlySet<string> = new Set(
  Object.entries(FACT_KINDS as Record<string, FactKindSpec>)
    .filter(([, spec]) => spec.events)
    .map(([kind]) => kind),
);

/** An event that took place (a round, a signing, with its date) is completed, not active. */
export function events(seed: Seed): PathError[] {
  return seed.records
    .filter(
      (r) =>
        EVENT_KINDS.has(r.collection.kind) &&
        r.data.date !== undefined &&
        (r.data.status === 'active' || r.data.status === 'ended'),
    )
    .map((record) => ({
      file: record.file,
      path: [...record.path, 'status'],
      message: `status: ${String(record.data.status)} is for what holds over a period; an event that took place on its date is completed`,
    }));
}
