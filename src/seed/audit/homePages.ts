import type { AuditCheck } from './check.js';
import { isHomePage } from './urls.js';

/** A source is a document: its address is not a site's home page. */
export const homePages: AuditCheck = {
  name: 'home-page',
  severity: 'failure',
  run(seed) {
    return seed.records
      .filter(
        (record) =>
          record.collection.group === 'source' &&
          typeof record.data.url === 'string' &&
          isHomePage(record.data.url),
      )
      .map((record) => ({
        file: record.file,
        path: [...record.path, 'url'],
        message: `url: ${String(record.data.url)} is a site's home page, not the document; give the address of the page that says what the facts cite`,
      }));
  },
};
