import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import { isReferencedKind, type RecordKind } from '../seed/model.js';
import {
  AWAIT_INDEXES,
  CREATE_RELATIONSHIPS,
  DELETE_OUTGOING,
  DELETE_RECORDS,
  DELETE_STAGED,
  PROMOTE_STAGED,
  READ_ELEMENT_IDS,
  REFRESH_STATISTICS,
  SCHEMA_STATEMENTS,
  STAGE_RECORDS,
  STAGE_RELATIONSHIPS,
  UPDATE_RECORDS,
} from './cypher.js';
import type { SeedDiff } from './diff.js';
import type { PlannedRecord } from './plan.js';

const BATCH = 10_000;
/**
 * Staging batches in flight at once. Two keep Neo4j busy while the driver packs the next batch
 * (measured: more than two gains nothing on two cores, and risks lock waits on shared targets).
 */
const STAGE_CONCURRENCY = 2;
// The switch of a large load may take minutes; the server's default timeout suits API reads.
const SWITCH_TIMEOUT_MS = 60 * 60 * 1000;

/** Creates the constraints and indexes the graph needs; each is a no-op when it exists. */
export async function ensureDatabaseSchema(driver: Driver, database: string): Promise<void> {
  for (const statement of SCHEMA_STATEMENTS) await driver.executeQuery(statement, {}, { database });
  await driver.executeQuery(AWAIT_INDEXES, {}, { database });
}

/** Called with the rows written so far and the total, as the load goes. */
export type OnProgress = (done: number, total: number) => void;

/**
 * Applies a diff so that readers see the old graph or the new one, never a mix, and a load that
 * fails or is killed midway leaves the old graph:
 *
 * 1. Stage: new records, and new versions of changed facts, are written as :Staged nodes with
 *    their relationships, in many small transactions (memory stays bounded at any size).
 *    Readers match on kind labels, so staged nodes are invisible to them.
 * 2. Switch, in ONE transaction: delete removed records and the old versions of changed facts,
 *    promote the staged nodes to their labels, and rewrite in place the changed records that
 *    other records point at (entities and sources, which must keep their incoming relationships).
 *
 * A load that dies before the switch commits leaves staged nodes, which the next load clears.
 */
export async function applyDiff(
  driver: Driver,
  database: string,
  diff: SeedDiff,
  onProgress?: OnProgress,
): Promise<void> {
  const inPlace = diff.changed.filter((record) => isReferencedKind(kindOf(record)));
  const replaced = diff.changed.filter((record) => !isReferencedKind(kindOf(record)));
  const staged = [...diff.added, ...replaced];
  const stagedRelationships = staged.filter((record) => record.relationships.length > 0);
  const inPlaceRelationships = relationshipRows(inPlace);
  const total =
    staged.length +
    countRelationships(stagedRelationships) +
    diff.removed.length +
    replaced.length +
    inPlace.length * 2 +
    inPlaceRelationships.length;
  let done = 0;
  const advance = (rows: number) => {
    done += rows;
    onProgress?.(done, total);
  };

  try {
    // Each batch is a transaction of its own: staging a million records needs no more memory.
    const elements = new Map<string, string>();
    await inParallel(batches(staged), STAGE_CONCURRENCY, async (batch) => {
      const rows = batch.map(({ properties }) => ({ properties }));
      const { records } = await driver.executeQuery(STAGE_RECORDS, { rows }, { database });
      for (const [i, record] of records.entries())
        elements.set((batch[i] as PlannedRecord).id, record.get('element'));
      advance(batch.length);
    });
    await readLiveElements(driver, database, stagedRelationships, elements);
    await inParallel(
      batches(stagedRelationships, (record) => record.relationships.length),
      STAGE_CONCURRENCY,
      async (batch) => {
        const rows = batch.map(({ id, relationships }) => ({
          from: elements.get(id),
          relationships: relationships.map(({ to, type, properties }) => ({
            to: elements.get(to),
            type,
            properties,
          })),
        }));
        await driver.executeQuery(STAGE_RELATIONSHIPS, { rows }, { database });
        advance(countRelationships(batch));
      },
    );

    const session = driver.session({ database });
    try {
      await session.executeWrite(
        async (tx) => {
          await inBatches(
            tx,
            DELETE_RECORDS,
            'ids',
            [...diff.removed, ...replaced.map((r) => r.id)],
            advance,
          );
          for (const [kind, labels] of labelsByKind(staged)) {
            await tx.run(PROMOTE_STAGED, { kind, labels });
          }
          await inBatches(
            tx,
            UPDATE_RECORDS,
            'rows',
            inPlace.map(({ id, properties }) => ({ id, properties })),
            advance,
          );
          await inBatches(
            tx,
            DELETE_OUTGOING,
            'ids',
            inPlace.map((r) => r.id),
            advance,
          );
          await inBatches(tx, CREATE_RELATIONSHIPS, 'rows', inPlaceRelationships, advance);
        },
        { timeout: SWITCH_TIMEOUT_MS, metadata: { app: 'policygraph-load' } },
      );
    } finally {
      await session.close();
    }
    await driver.executeQuery(REFRESH_STATISTICS, {}, { database });
  } catch (error) {
    // Leave no staged nodes behind when we can; if this fails too, the next load deletes them.
    await clearStaged(driver, database).catch(() => {});
    throw error;
  }
}

/** Adds the element ids of the live records that staged records point at. */
async function readLiveElements(
  driver: Driver,
  database: string,
  records: PlannedRecord[],
  elements: Map<string, string>,
): Promise<void> {
  const live = new Set<string>();
  for (const record of records)
    for (const { to } of record.relationships) if (!elements.has(to)) live.add(to);
  for (const ids of batches([...live])) {
    const { records: rows } = await driver.executeQuery(READ_ELEMENT_IDS, { ids }, { database });
    for (const row of rows) elements.set(row.get('id'), row.get('element'));
  }
}

async function inBatches(
  tx: ManagedTransaction,
  statement: string,
  key: 'ids' | 'rows',
  items: unknown[],
  advance: (rows: number) => void,
): Promise<void> {
  for (const batch of batches(items)) {
    await tx.run(statement, { [key]: batch });
    advance(batch.length);
  }
}

/** Consecutive slices of about BATCH rows, each item weighing `rows(item)` rows. */
function batches<T>(items: T[], rows: (item: T) => number = () => 1): T[][] {
  const result: T[][] = [];
  let batch: T[] = [];
  let weight = 0;
  for (const item of items) {
    batch.push(item);
    weight += rows(item);
    if (weight >= BATCH) {
      result.push(batch);
      batch = [];
      weight = 0;
    }
  }
  if (batch.length > 0) result.push(batch);
  return result;
}

/**
 * Runs `work` on every item, at most `concurrency` at a time. After a failure no new item
 * starts; the first error is thrown once the items in flight have finished, so nothing is
 * still writing when the caller clears up.
 */
async function inParallel<T>(
  items: T[],
  concurrency: number,
  work: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  let failed = false;
  const worker = async () => {
    while (!failed && next < items.length) {
      try {
        await work(items[next++] as T);
      } catch (error) {
        failed = true;
        throw error;
      }
    }
  };
  const results = await Promise.allSettled(
    Array.from({ length: Math.min(concurrency, items.length) }, worker),
  );
  const failure = results.find((result) => result.status === 'rejected');
  if (failure) throw failure.reason;
}

function countRelationships(records: PlannedRecord[]): number {
  return records.reduce((sum, record) => sum + record.relationships.length, 0);
}

/**
 * Deletes what a load that failed or was killed left staged, in bounded transactions, for
 * there may be many. Run before staging anew.
 */
export async function clearStaged(driver: Driver, database: string): Promise<void> {
  for (;;) {
    const { records } = await driver.executeQuery(
      DELETE_STAGED,
      { limit: neo4j.int(BATCH) },
      { database },
    );
    if (Number(records[0]?.get('deleted') ?? 0) === 0) return;
  }
}

function relationshipRows(records: PlannedRecord[]) {
  return records.flatMap((record) =>
    record.relationships.map((r) => ({
      from: record.id,
      to: r.to,
      type: r.type,
      properties: r.properties,
    })),
  );
}

/** The labels each kind of staged record gets when it goes live. */
function labelsByKind(records: PlannedRecord[]): Map<RecordKind, string[]> {
  return new Map(records.map((record) => [kindOf(record), record.labels]));
}

function kindOf(record: PlannedRecord): RecordKind {
  return record.properties.kindOfRecord as RecordKind;
}
