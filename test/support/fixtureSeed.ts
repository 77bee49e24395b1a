import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect } from 'vitest';
import { loadSeed } from '../../src/load/load.js';
import { apiClient } from './api.js';
import { useTestDatabase } from './database.js';

/**
 * For a test of one fact kind: the small seed with `fixture`'s files beside it, copied to a
 * folder of the file's own (`dir`, for tests that edit it) and loaded into the test database,
 * with the API in-process over it.
 */
export function useFixtureSeed(fixture: string) {
  const db = useTestDatabase();
  const request = apiClient(db.driver, db.database);
  const ok = async (query: string) => {
    const response = await request(query);
    expect(response.errors).toBeUndefined();
    return response.data as Record<string, any>;
  };
  const dir = mkdtempSync(path.join(tmpdir(), `policygraph-${path.basename(fixture)}-`));
  beforeAll(async () => {
    cpSync('test/fixtures/seed-small', dir, { recursive: true });
    cpSync(fixture, dir, { recursive: true });
    await loadSeed(db.driver(), db.database, dir);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return { db, request, ok, dir };
}
