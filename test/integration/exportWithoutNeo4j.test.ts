import { describe, expect, it } from 'vitest';
import { DEFAULT_API, DEFAULT_LIMITS } from '../../src/config.js';
import { EXPORT_FILES } from '../../src/export/files.js';
import { createDriver } from '../../src/neo4j/driver.js';
import { createApp } from '../../src/server/app.js';
import { freePort } from '../support/freePort.js';

/**
 * Downloads when Neo4j cannot be reached. No Neo4j is needed, so this file does not wait for the
 * shared one while the driver waits out its retries.
 */
describe('export downloads without Neo4j', () => {
  it('answer 503 with the reason, before sending anything', async () => {
    const uri = `bolt://127.0.0.1:${await freePort()}`;
    const database = 'neo4j';
    const driver = createDriver(uri, { uri, username: 'neo4j', password: 'unused', database });
    try {
      const away = createApp({
        driver,
        database,
        api: {
          ...DEFAULT_API,
          limits: { ...DEFAULT_LIMITS, maxConcurrentExports: EXPORT_FILES.length },
        },
      });
      // At once: each waits out the driver's retries, a few seconds.
      await Promise.all(
        EXPORT_FILES.map(async ({ name }) => {
          const response = await away.fetch(`http://localhost/export/${name}`);
          expect(response.status, name).toBe(503);
          expect(response.headers.get('content-type'), name).toMatch(/^application\/json/);
          const body = (await response.json()) as { errors: { extensions: { code: string } }[] };
          expect(body.errors[0]?.extensions.code, name).toBe('SERVICE_UNAVAILABLE');
        }),
      );
    } finally {
      await driver.close();
    }
  });
});
