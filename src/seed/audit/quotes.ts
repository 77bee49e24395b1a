import { isObject } from '../seedRecords.js';
import type { AuditCheck } from './check.js';

/** Every citation quotes the words of its source that support the fact. */
export const quotes: AuditCheck = {
  name: 'quote',
  severity: 'failure',
  run(seed) {
    return seed.records.flatMap((record) => {
      if (record.collection.group !== 'fact' || !Array.isArray(record.data.sources)) return [];
      return record.data.sources.flatMap((citation: unknown, index) =>
        isObject(citation) && typeof citation.quote !== 'string'
          ? [
              {
                file: record.file,
                path: [...record.path, 'sources', index],
                message: `sources: the citation of "${String(citation.source)}" has no quote; add the words of the source that support the fact`,
              },
            ]
          : [],
      );
    });
  },
};
