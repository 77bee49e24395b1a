import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import type { Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll } from 'vitest';
import { createApp } from '../../src/server/app.js';
import { listen, type RunningServer } from '../../src/server/http.js';

/**
 * The explorer built from explorer/ by Vite as in production, and served by the API at `/`
 * over the file's database. `before` runs first (load the graph the tests look at).
 */
export function useExplorer(
  db: { driver: () => Driver; database: string },
  before: () => Promise<unknown>,
) {
  const built = mkdtempSync(join(tmpdir(), 'policygraph-explorer-'));
  let server: RunningServer | undefined;
  beforeAll(async () => {
    await build({
      configFile: 'explorer/vite.config.ts',
      build: { outDir: built },
      logLevel: 'warn',
    });
    await before();
    server = await listen(createApp({ driver: db.driver(), database: db.database }), 0, {
      host: '127.0.0.1',
      explorer: built,
    });
  }, 300_000);
  afterAll(async () => {
    await server?.close();
    rmSync(built, { recursive: true, force: true });
  });
  return {
    url: (path: string) => `http://127.0.0.1:${server?.port}${path}`,
    /** Waits until every panel has its answer. */
    settled: (page: Page) =>
      page.waitForSelector('body[data-loading="false"]', { state: 'attached' }),
  };
}
