import type { Driver } from 'neo4j-driver';
import {
  AWAIT_INDEXES,
  CREATE_RECORDS,
  CREATE_RELATIONSHIPS,
  DELETE_OUTGOING,
  DELETE_RECORDS,
  SCHEMA_STATEMENTS,
  UPDATE_RECORDS,
} from './cypher.js';
import type { SeedDiff } from './diff.js';

const BATCH = 5_000;
const LOAD_TIMEOUT_MS = 60 * 60 * 1000;

/** Creates the constraints and indexes the graph needs; each is a no-op when it exists. */
export async function ensureDatabaseSchema(driver: Driver, database: string): Promise<void> {
  for (const statement of SCHEMA_STATEMENTS) await driver.executeQuery(statement, {}, { database });
  await driver.executeQuery(AWAIT_INDEXES, {}, { database });
}

export interface ApplyProgress {
  total: number;
  /** Called after each batch with the number of rows written so far. */
  onProgress?: (done: number) => void;
}

/**
 * Applies a diff in ONE write transaction: Neo4j commits all of it or nothing, so a load that
 * fails or is killed midway leaves the previous graph, and readers see the old graph or the new.
 */
export async function applyDiff(
  driver: Driver,
  database: string,
  diff: SeedDiff,
  progress?: ApplyProgress,
): Promise<void> {
  const rewritten = [...diff.added, ...diff.changed];
  const relationships = rewritten.flatMap((record) =>
    record.relationships.map((r) => ({
      from: record.id,
      to: r.to,
      type: r.type,
      properties: r.properties,
    })),
  );
  const session = driver.session({ database });
  try {
    await session.executeWrite(
      async (tx) => {
        let done = 0;
        const run = async (statement: string, key: 'ids' | 'rows', items: unknown[]) => {
          for (let i = 0; i < items.length; i += BATCH) {
            const batch = items.slice(i, i + BATCH);
            await tx.run(statement, { [key]: batch });
            done += batch.length;
            progress?.onProgress?.(done);
          }
        };
        await run(DELETE_RECORDS, 'ids', diff.removed);
        await run(
          DELETE_OUTGOING,
          'ids',
          diff.changed.map((record) => record.id),
        );
        await run(
          CREATE_RECORDS,
          'rows',
          diff.added.map(({ labels, properties }) => ({ labels, properties })),
        );
        await run(
          UPDATE_RECORDS,
          'rows',
          diff.changed.map(({ id, properties }) => ({ id, properties })),
        );
        await run(CREATE_RELATIONSHIPS, 'rows', relationships);
      },
      // The server's default timeout suits API reads; a large load may take minutes.
      { timeout: LOAD_TIMEOUT_MS, metadata: { app: 'policygraph-load' } },
    );
  } finally {
    await session.close();
  }
}

/** The number of rows applyDiff writes, for a progress bar. */
export function diffSize(diff: SeedDiff): number {
  const rewritten = [...diff.added, ...diff.changed];
  return (
    diff.removed.length +
    diff.changed.length * 2 +
    diff.added.length +
    rewritten.reduce((sum, record) => sum + record.relationships.length, 0)
  );
}
