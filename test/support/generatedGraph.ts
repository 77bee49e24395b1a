import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll } from 'vitest';
import { generateSeed } from '../../src/generate/synthetic.js';
import { loadSeed } from '../../src/load/load.js';

/**
 * A synthetic graph of the given size, generated and loaded before the file's tests (the load
 * also refreshes Neo4j's index statistics), its seed folder removed after.
 */
export function useGeneratedGraph(
  db: { driver: () => Driver; database: string },
  size: { entities: number; facts: number },
  timeoutMs = 300_000,
): void {
  const work = mkdtempSync(path.join(tmpdir(), 'policygraph-generated-'));
  beforeAll(async () => {
    generateSeed({ out: work, ...size });
    await loadSeed(db.driver(), db.database, work);
  }, timeoutMs);
  afterAll(() => rmSync(work, { recursive: true, force: true }));
}
