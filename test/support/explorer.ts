import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll } from 'vitest';
import { createApp } from '../../src/server/app.js';
import { listen, type RunningServer } from '../../src/server/http.js';
import type { TestDatabase } from './database.js';
import { TEST_API } from './testApi.js';

/**
 * The explorer built from explorer/ by Vite as in production, and served by the API at `/`
 * over the database `useDatabase` gives. The build comes first, before the file takes the shared
 * Neo4j, so other files need not wait for it; then `prepare` (load the graph the tests look at,
 * for a file that does not share one), then the server.
 */
export function useExplorer(
  useDatabase: () => TestDatabase,
  prepare: (db: TestDatabase) => Promise<unknown> = async () => {},
) {
  const built = mkdtempSync(join(tmpdir(), 'policygraph-explorer-'));
  let server: RunningServer | undefined;
  beforeAll(async () => {
    await build({
      configFile: 'explorer/vite.config.ts',
      build: { outDir: built },
      logLevel: 'warn',
    });
  }, 300_000);
  const db = useDatabase();
  beforeAll(async () => {
    await prepare(db);
    server = await listen(
      createApp({ driver: db.driver(), database: db.database, api: TEST_API }),
      0,
      {
        host: '127.0.0.1',
        explorer: built,
      },
    );
  }, 300_000);
  afterAll(async () => {
    await server?.close();
    rmSync(built, { recursive: true, force: true });
  });
  return {
    db,
    url: (path: string) => `http://127.0.0.1:${server?.port}${path}`,
    /** Waits until every panel has its answer. */
    settled: (page: Page) =>
      page.waitForSelector('body[data-loading="false"]', { state: 'attached' }),
  };
}
