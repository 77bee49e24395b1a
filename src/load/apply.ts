import neo4j, { type Driver } from 'neo4j-driver';
import { generationParam } from '../neo4j/generation.js';
import {
  AWAIT_INDEXES,
  CLAIM_GENERATION,
  CREATE_RECORDS,
  CREATE_RELATIONSHIPS,
  DELETE_GENERATION,
  DELETE_GENERATION_NODE,
  DELETE_LEGACY,
  DELETE_OWN_GENERATION,
  LEGACY_CLEARED,
  MARK_RETIRING,
  READ_LEGACY_CLEARED,
  READ_RETIRABLE,
  REFRESH_STATISTICS,
  SCHEMA_STATEMENTS,
  SET_RECORD_PROPERTIES,
  SWITCH_GENERATION,
} from './cypher.js';
import type { PlannedRecord } from './plan.js';

const BATCH = 10_000;
/**
 * Write batches in flight at once. Two keep Neo4j busy while the driver packs the next batch
 * (measured: more than two gains nothing on two cores, and risks lock waits on shared targets).
 */
const WRITE_CONCURRENCY = 2;

/** Creates the constraints and indexes the graph needs; each is a no-op when it exists. */
export async function ensureDatabaseSchema(driver: Driver, database: string): Promise<void> {
  for (const statement of SCHEMA_STATEMENTS) await driver.executeQuery(statement, {}, { database });
  await driver.executeQuery(AWAIT_INDEXES, {}, { database });
}

/** Called with the rows written so far and the total, as the load goes. */
export type OnProgress = (done: number, total: number) => void;

/** What a generation holds, stored on its :Generation node for the API's totals. */
export interface GenerationTotals {
  records: number;
  entities: number;
  facts: number;
  sources: number;
}

export class GenerationConflictError extends Error {
  override name = 'GenerationConflictError';
}

/** Claims the next generation number; only the latest claimant may switch. */
export async function claimGeneration(driver: Driver, database: string): Promise<number> {
  const { records } = await driver.executeQuery(CLAIM_GENERATION, {}, { database });
  return Number(records[0]?.get('generation'));
}

/**
 * Writes the whole plan as `generation`: every record with its final labels and
 * `generation`, and every relationship, in many small transactions (memory stays bounded at any
 * size). Readers read only the current generation, so none of this is visible to them until
 * the switch. A load that dies midway leaves an abandoned generation, which the next load
 * deletes.
 */
export async function writeGeneration(
  driver: Driver,
  database: string,
  generation: number,
  plan: PlannedRecord[],
  onProgress?: OnProgress,
): Promise<void> {
  const withRelationships = plan.filter((record) => record.relationships.length > 0);
  const total = plan.length + countRelationships(withRelationships);
  let done = 0;
  const advance = (rows: number) => {
    done += rows;
    onProgress?.(done, total);
  };
  const param = generationParam(generation);
  const elements = new Map<string, string>();
  // One statement per kind: its labels are a parameter, the same for the whole batch.
  const byKind = new Map<string, PlannedRecord[]>();
  for (const record of plan) {
    const kind = String(record.properties.kindOfRecord);
    let records = byKind.get(kind);
    if (!records) {
      records = [];
      byKind.set(kind, records);
    }
    records.push(record);
  }
  const nodeBatches = [...byKind.values()].flatMap((records) => batches(records));
  await inParallel(nodeBatches, WRITE_CONCURRENCY, async (batch) => {
    const rows = batch.map(({ properties }) => ({ properties }));
    const labels = (batch[0] as PlannedRecord).labels;
    const { records } = await driver.executeQuery(
      CREATE_RECORDS,
      { rows, labels, generation: param },
      { database },
    );
    for (const [i, record] of records.entries())
      elements.set((batch[i] as PlannedRecord).id, record.get('element'));
    advance(batch.length);
  });
  await inParallel(
    batches(withRelationships, (record) => record.relationships.length),
    WRITE_CONCURRENCY,
    async (batch) => {
      const rows = batch.map(({ id, relationships }) => ({
        from: elements.get(id),
        relationships: relationships.map(({ to, type, properties }) => ({
          to: elements.get(to),
          type,
          properties,
        })),
      }));
      await driver.executeQuery(CREATE_RELATIONSHIPS, { rows }, { database });
      advance(countRelationships(batch));
    },
  );
}

/** Sets properties on records of `generation`, by id, in batches. */
export async function setProperties(
  driver: Driver,
  database: string,
  generation: number,
  rows: { id: string; properties: Record<string, unknown> }[],
): Promise<void> {
  for (const batch of batches(rows))
    await driver.executeQuery(
      SET_RECORD_PROPERTIES,
      { rows: batch, generation: generationParam(generation) },
      { database },
    );
}

/**
 * THE SWITCH: one small write makes `generation` current, if no later load has claimed a
 * generation since (else a GenerationConflictError, and this generation is abandoned).
 */
export async function switchGeneration(
  driver: Driver,
  database: string,
  generation: number,
  totals: GenerationTotals,
): Promise<void> {
  const { records } = await driver.executeQuery(
    SWITCH_GENERATION,
    {
      generation: generationParam(generation),
      totals: Object.fromEntries(Object.entries(totals).map(([k, v]) => [k, neo4j.int(v)])),
    },
    { database },
  );
  if (records.length === 0) {
    throw new GenerationConflictError(
      `Another load claimed a newer generation of the graph while this one wrote generation ${generation}; the other load's graph wins, and this one was not switched to.`,
    );
  }
  await driver.executeQuery(REFRESH_STATISTICS, {}, { database });
}

/**
 * Deletes, after a failure, what this load wrote, unless its generation is current. Best
 * effort: what is left is deleted by the next load as an abandoned generation.
 */
export async function deleteOwnGeneration(
  driver: Driver,
  database: string,
  generation: number,
): Promise<void> {
  for (;;) {
    const { records } = await driver.executeQuery(
      DELETE_OWN_GENERATION,
      { generation: generationParam(generation) },
      { database },
    );
    if (Number(records[0]?.get('deleted') ?? 0) === 0) return;
  }
}

export interface RetireOptions {
  /**
   * How long a superseded generation is kept: longer than any reader may still use it (the
   * API's generation cache, plus REQUEST_TIMEOUT_MS, plus a margin).
   */
  retainMs: number;
  /** Generations claimed below this one and never switched to are abandoned. */
  below?: number | undefined;
  /** Also delete nodes from before generations (run after a switch). */
  legacy?: boolean;
}

/**
 * Deletes the generations no reader can be using: each is first marked retiring in a committed
 * transaction of its own (exports check the mark), then deleted in bounded transactions, then
 * its :Generation node. Answers the numbers deleted.
 */
export async function retireGenerations(
  driver: Driver,
  database: string,
  options: RetireOptions,
): Promise<number[]> {
  const { records } = await driver.executeQuery(
    READ_RETIRABLE,
    {
      retainMs: neo4j.int(Math.max(0, Math.round(options.retainMs))),
      below: neo4j.int(options.below ?? 0),
    },
    { database },
  );
  const retired = records.map((record) => Number(record.get('generation')));
  const session = driver.session({ database });
  try {
    for (const generation of retired) {
      const params = { generation: generationParam(generation) };
      await driver.executeQuery(MARK_RETIRING, params, { database });
      // CALL ... IN TRANSACTIONS needs an auto-commit transaction, hence session.run.
      await session.run(DELETE_GENERATION, params);
      await driver.executeQuery(DELETE_GENERATION_NODE, params, { database });
    }
    if (options.legacy) {
      const { records: cleared } = await driver.executeQuery(READ_LEGACY_CLEARED, {}, { database });
      if (cleared[0]?.get('cleared') !== true) {
        await session.run(DELETE_LEGACY);
        await driver.executeQuery(LEGACY_CLEARED, {}, { database });
      }
    }
  } finally {
    await session.close();
  }
  return retired;
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
