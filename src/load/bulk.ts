import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Config } from '../config.js';
import { type Database, openDatabase } from '../neo4j/connect.js';
import { localDatabaseExists, removeDatabase, runImporter } from '../neo4j/local/importer.js';
import { findOrClearLauncher } from '../neo4j/local/staleProcess.js';
import type { GenerationTotals } from './apply.js';
import { ARRAY_DELIMITER_OPTION, type WrittenTables, writePlanTables } from './importTables.js';
import {
  finishImportedGeneration,
  type LoadResult,
  type PreparedSeed,
  prepareSeed,
} from './load.js';
import { totalsOf } from './plan.js';
import { prepareInParts } from './seedParts.js';

/**
 * The first load into the local Neo4j, through Neo4j's bulk importer: the seed is written as CSV
 * files, imported offline into the empty folder, then Neo4j starts and the load finishes as a
 * transactional one would (schema, generation switch, statistics). Several times faster than
 * transactions, but only possible into a database that does not exist yet.
 */

/** The generation a first load writes (the first number CLAIM_GENERATION hands out). */
const FIRST_GENERATION = 1;
/** The database the launcher serves; the importer writes only that one here. */
const LOCAL_DATABASE = 'neo4j';

/**
 * Whether a load may use the importer: the local Neo4j (NEO4J_URI unset), whose folder holds no
 * database yet and which nobody runs.
 */
export async function isFirstLocalLoad(config: Config): Promise<boolean> {
  if (config.neo4j.uri || config.neo4j.database !== LOCAL_DATABASE) return false;
  const home = path.resolve(config.localNeo4j.dir);
  if (localDatabaseExists(home, LOCAL_DATABASE)) return false;
  return (await findOrClearLauncher(home)) === undefined;
}

/** Seconds of each step of a bulk load, for its report. */
export interface BulkSeconds {
  /** Reading, checking and planning the seed, and writing its CSV files. */
  prepare: number;
  import: number;
  start: number;
  finish: number;
}

export interface BulkLoadResult {
  /** Every record was added: the database was empty. */
  result: Omit<LoadResult, 'diff'>;
  bulk: BulkSeconds;
  /**
   * The threads that prepared the seed in parts; undefined when it was validated and planned
   * the usual way.
   */
  threads: number | undefined;
  /** The started local Neo4j, for the caller to use and close. */
  database: Database;
}

/** The seed validated and planned, for a transactional load: the importer cannot hold it. */
export interface NotImportable {
  reason: string;
  prepared: PreparedSeed;
}

/**
 * Prepares the seed as import tables, imports them, starts the local Neo4j and finishes the
 * generation.
 *
 * The seed is prepared on every core (prepareInParts), or, when that cannot vouch for it,
 * validated and planned the usual way: an invalid seed is then an InvalidSeedError, and a plan
 * the importer cannot hold is answered as NotImportable (with the plan, for a transactional
 * load), both before anything is written to the database. Any later failure removes the
 * database from the folder, so the next load starts afresh.
 *
 * The result's `validate` seconds are those of preparing, its `load` seconds those of importing
 * and finishing; Neo4j's start is in neither (nor is it in a transactional load's, which connects
 * to a started Neo4j), but in `bulk.start`.
 */
export async function bulkLoad(
  config: Config,
  seed: string,
  log: (line: string) => void,
): Promise<BulkLoadResult | NotImportable> {
  const home = path.resolve(config.localNeo4j.dir);
  const staging = mkdtempSync(path.join(tmpdir(), 'policygraph-import-'));
  const seconds: BulkSeconds = { prepare: 0, import: 0, start: 0, finish: 0 };
  let step = performance.now();
  const lap = (name: keyof BulkSeconds) => {
    const now = performance.now();
    seconds[name] = (now - step) / 1000;
    step = now;
  };
  let prepared: Prepared;
  try {
    const outcome = await prepare(seed, staging);
    if ('reason' in outcome) return outcome;
    prepared = outcome;
    lap('prepare');
    log(`Importing ${prepared.totals.records} records with Neo4j's bulk importer...`);
    await runImporter(
      {
        database: LOCAL_DATABASE,
        ...prepared.files,
        arrayDelimiter: ARRAY_DELIMITER_OPTION,
        multiline: prepared.multiline,
        reportFile: path.join(staging, 'import.report'),
        maxOffHeapMb: config.localNeo4j.pageCacheMb,
      },
      {
        home,
        heapMb: config.localNeo4j.heapMb,
        javaOptions: config.localNeo4j.javaOptions,
        log,
      },
    );
    lap('import');
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
  let database: Database | undefined;
  try {
    database = await openDatabase(config, log);
    lap('start');
    await finishImportedGeneration(
      database.driver,
      config.neo4j.database,
      prepared.totals,
      FIRST_GENERATION,
      prepared.emptyLists,
    );
    lap('finish');
  } catch (error) {
    await database?.close();
    removeDatabase(home, LOCAL_DATABASE);
    throw error;
  }
  const { records, facts } = prepared.totals;
  return {
    database,
    bulk: seconds,
    threads: prepared.threads,
    result: {
      records,
      facts,
      generation: FIRST_GENERATION,
      retired: [],
      seconds: { validate: seconds.prepare, load: seconds.import + seconds.finish },
    },
  };
}

/** The seed as CSV files in `staging`, and what the rest of the load needs of it. */
interface Prepared extends WrittenTables {
  totals: GenerationTotals;
  threads: number | undefined;
}

async function prepare(seed: string, staging: string): Promise<Prepared | NotImportable> {
  const parts = await prepareInParts(seed, staging, FIRST_GENERATION);
  if (parts) return parts;
  const prepared = prepareSeed(seed);
  const written = writePlanTables(prepared.plan, FIRST_GENERATION, staging);
  if ('notImportable' in written) return { reason: written.notImportable, prepared };
  return { ...written, totals: totalsOf(prepared.plan), threads: undefined };
}
