import { parseSeedDate } from '../dates.js';
import type { PathError } from '../errors.js';
import type { AuditCheck } from './check.js';

/**
 * A fact's status agrees with its end as of today: what is active has not ended, what ended
 * has. Validation already refuses what contradicts itself on any day (an ended fact without an
 * end, an event with a date marked active or ended: validators/dates.ts and events.ts); these
 * two depend on the day the audit runs, which is why validation, which must give the same
 * answer every day, leaves them to the audit.
 */
export const statusDates: AuditCheck = {
  name: 'status-dates',
  severity: 'failure',
  run(seed, { today }) {
    const errors: PathError[] = [];
    for (const record of seed.records) {
      if (record.collection.group !== 'fact' || typeof record.data.end !== 'string') continue;
      const end = parseSeedDate(record.data.end);
      if (!end) continue;
      const at = (message: string) =>
        errors.push({ file: record.file, path: [...record.path, 'status'], message });
      if (record.data.status === 'active' && end.last < today) {
        at(
          `status: active, but it ended ${end.text} (today is ${today}); set status: ended, or correct the end`,
        );
      } else if (record.data.status === 'ended' && end.first > today) {
        at(
          `status: ended, but its end ${end.text} is still to come (today is ${today}); set status: active until then, or correct the end`,
        );
      }
    }
    return errors;
  },
};
