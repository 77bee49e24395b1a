import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { beforeAll } from 'vitest';
import { generateSeed } from '../../src/generate/synthetic.js';
import { loadSeed } from '../../src/load/load.js';

/**
 * A synthetic graph of the given size, generated and loaded before the file's tests (the load
 * also refreshes Neo4j's index statistics); the seed folder is removed once loaded.
 */
export function useGeneratedGraph(
  db: { driver: () => Driver; database: string },
  size: { entities: number; facts: number },
  timeoutMs = 300_000,
): void {
  beforeAll(() => loadGeneratedGraph(db, size), timeoutMs);
}

/** Generates a synthetic graph of the given size into a temporary folder and loads it. */
export async function loadGeneratedGraph(
  db: { driver: () => Driver; database: string },
  size: { entities: number; facts: number },
): Promise<void> {
  const work = mkdtempSync(path.join(tmpdir(), 'policygraph-generated-'));
  try {
    generateSeed({ out: work, ...size });
    await loadSeed(db.driver(), db.database, work);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
