import type { PathError } from '../errors.js';
import type { SeedRecord } from '../seedRecords.js';
import type { AuditCheck } from './check.js';
import { sameDocumentKey } from './urls.js';

/** One source per document: no two sources with one address. */
export const duplicateUrls: AuditCheck = {
  name: 'duplicate-url',
  severity: 'failure',
  run(seed) {
    const first = new Map<string, SeedRecord>();
    const errors: PathError[] = [];
    for (const record of seed.records) {
      if (record.collection.group !== 'source' || typeof record.data.url !== 'string') continue;
      const key = sameDocumentKey(record.data.url);
      if (key === undefined) continue;
      const earlier = first.get(key);
      if (!earlier) {
        first.set(key, record);
        continue;
      }
      errors.push({
        file: record.file,
        path: [...record.path, 'url'],
        message: `url: the address of source "${earlier.id}" at {related} too (scheme, www., a trailing slash and the fragment aside); keep one source and cite it`,
        related: { file: earlier.file, path: [...earlier.path, 'url'] },
      });
    }
    return errors;
  },
};
