import { loadConfig } from '../config.js';
import { bulkLoad, isFirstLocalLoad } from '../load/bulk.js';
import { changedFields, readStoredRecords } from '../load/diff.js';
import {
  diffSeed,
  type LoadResult,
  loadPlan,
  type PreparedSeed,
  prepareSeed,
} from '../load/load.js';
import { openDatabase } from '../neo4j/connect.js';
import { readCurrentGeneration } from '../neo4j/generation.js';
import { progressReporter } from './progress.js';
import type { SeedOptions } from './validate.js';

export interface LoadCliOptions extends SeedOptions {
  /** Seconds a replaced generation is kept before a load deletes it (--retain). */
  retain?: number;
}

/**
 * `policygraph load`: make Neo4j equal to the seed: a new generation, switched to at once. The
 * first load into the local Neo4j (an empty folder) goes through Neo4j's bulk importer instead
 * of transactions; every other load, and a plan the importer cannot hold, is transactional.
 */
export async function load(options: LoadCliOptions): Promise<void> {
  const config = loadConfig();
  let prepared: PreparedSeed | undefined;
  if (await isFirstLocalLoad(config)) {
    const outcome = await bulkLoad(config, options.seed, log);
    if ('reason' in outcome) {
      log(`The bulk importer cannot hold this seed (${outcome.reason}); loading in transactions.`);
      prepared = outcome.prepared;
    } else {
      await outcome.database.close();
      const { prepare, import: importing, start, finish } = outcome.bulk;
      const preparation =
        outcome.threads === undefined
          ? `seed validated, planned and written as CSV files in ${prepare.toFixed(1)} s`
          : `seed checked, planned and written as CSV files on ${outcome.threads} ${outcome.threads === 1 ? 'thread' : 'threads'} in ${prepare.toFixed(1)} s`;
      console.log(
        `First load into the empty local Neo4j: Neo4j's bulk importer was used (${preparation}, imported in ${importing.toFixed(1)} s, Neo4j started in ${start.toFixed(1)} s, schema built and generation switched in ${finish.toFixed(1)} s).`,
      );
      const { records } = outcome.result;
      console.log(
        describeCounts({ added: records, changed: 0, removed: 0, unchanged: 0 }, outcome.result),
      );
      return;
    }
  }
  prepared ??= prepareSeed(options.seed);
  const database = await openDatabase(config);
  try {
    const result = await loadPlan(database.driver, config.neo4j.database, prepared, {
      onProgress: progressReporter('Loading'),
      ...(options.retain === undefined ? {} : { retainMs: options.retain * 1000 }),
    });
    console.log(describeLoad(result));
  } finally {
    await database.close();
  }
}

const log = (line: string) => process.stderr.write(`${line}\n`);

export function describeLoad(result: LoadResult): string {
  const { diff } = result;
  return describeCounts(
    {
      added: diff.added.length,
      changed: diff.changed.length,
      removed: diff.removed.length,
      unchanged: diff.unchanged,
    },
    result,
  );
}

function describeCounts(
  counts: { added: number; changed: number; removed: number; unchanged: number },
  { records, facts, seconds }: Omit<LoadResult, 'diff'>,
): string {
  const changes = `${counts.added} added, ${counts.changed} changed, ${counts.removed} removed, ${counts.unchanged} unchanged`;
  const rate = Math.round(facts / (seconds.validate + seconds.load));
  return `Loaded ${records} records (${facts} facts): ${changes}; validated and planned in ${seconds.validate.toFixed(1)} s, compared and written in ${seconds.load.toFixed(1)} s (${rate} facts/s).`;
}

/** `policygraph diff`: what a load would add, change and remove. */
export async function diff(options: SeedOptions): Promise<void> {
  const config = loadConfig();
  const database = await openDatabase(config);
  try {
    const result = await diffSeed(database.driver, config.neo4j.database, options.seed);
    const generation = await readCurrentGeneration(database.driver, config.neo4j.database);
    const kind = (properties: Record<string, unknown>) => String(properties.kindOfRecord);
    for (const record of result.added) console.log(`+ ${kind(record.properties)} ${record.id}`);
    const stored = await readStoredRecords(
      database.driver,
      config.neo4j.database,
      result.changed.map((r) => r.id),
      generation,
    );
    for (const record of result.changed) {
      const before = stored.get(record.id);
      const fields = before ? changedFields(before, record) : [];
      console.log(
        `~ ${kind(record.properties)} ${record.id}${fields.length ? `: ${fields.join(', ')}` : ''}`,
      );
    }
    const removed = await readStoredRecords(
      database.driver,
      config.neo4j.database,
      result.removed,
      generation,
    );
    for (const id of result.removed)
      console.log(`- ${kind(removed.get(id)?.properties ?? {})} ${id}`);
    console.log(
      `${result.added.length} to add, ${result.changed.length} to change, ${result.removed.length} to remove, ${result.unchanged} unchanged.`,
    );
  } finally {
    await database.close();
  }
}
