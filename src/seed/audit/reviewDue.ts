import { monthsBefore, parseSeedDate } from '../dates.js';
import type { PathError } from '../errors.js';
import { isObject, type Seed, type SeedRecord } from '../seedRecords.js';
import type { AuditCheck } from './check.js';

/** How old the newest source of a state still active may be before it is due for review. */
export const REVIEW_AFTER_MONTHS = 18;

/**
 * A state that still holds (a start, no end, status active) rests on a source of the last 18
 * months: an older one says it held then, not that it holds now. A warning: the state may well
 * hold; a curator should look.
 */
export const reviewDue: AuditCheck = {
  name: 'review-due',
  severity: 'warning',
  run(seed, { today }) {
    const cutoff = monthsBefore(today, REVIEW_AFTER_MONTHS);
    const errors: PathError[] = [];
    for (const record of seed.records) {
      const { start, end, status } = record.data;
      if (record.collection.group !== 'fact' || status !== 'active') continue;
      if (typeof start !== 'string' || end !== undefined) continue;
      const newest = newestPublished(seed, record);
      // A period's last day: a source of "2024" may be from December.
      if (newest && newest.last >= cutoff) continue;
      errors.push({
        file: record.file,
        path: [...record.path, 'status'],
        message: newest
          ? `review due: active since ${start}, and its newest source was published ${newest.text}, over ${REVIEW_AFTER_MONTHS} months before today (${today}); check that it still holds and cite a newer source, or end it`
          : `review due: active since ${start}, and none of its sources says when it was published; check that it still holds and cite a dated source`,
      });
    }
    return errors;
  },
};

function newestPublished(seed: Seed, record: SeedRecord) {
  const citations = Array.isArray(record.data.sources) ? record.data.sources : [];
  let newest: ReturnType<typeof parseSeedDate>;
  for (const citation of citations) {
    if (!isObject(citation) || typeof citation.source !== 'string') continue;
    const published = seed.byId.get(citation.source)?.data.published;
    const date = typeof published === 'string' ? parseSeedDate(published) : undefined;
    if (date && (!newest || date.last > newest.last)) newest = date;
  }
  return newest;
}
