import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Config } from '../config.js';
import { type Database, openDatabase } from '../neo4j/connect.js';
import { localDatabaseExists, removeDatabase, runImporter } from '../neo4j/local/importer.js';
import { findOrClearLauncher } from '../neo4j/local/staleProcess.js';
import { writeCsvFile } from './csvFile.js';
import { ARRAY_DELIMITER_OPTION, type ImportTables, importTables } from './importTables.js';
import { finishImportedGeneration, type LoadResult, type PreparedSeed } from './load.js';

/**
 * The first load into the local Neo4j, through Neo4j's bulk importer: the plan is written as CSV
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
  files: number;
  import: number;
  start: number;
  finish: number;
}

export interface BulkLoadResult {
  result: LoadResult;
  bulk: BulkSeconds;
  /** The started local Neo4j, for the caller to use and close. */
  database: Database;
}

/**
 * Writes the plan as import tables, imports them, starts the local Neo4j and finishes the
 * generation. The tables are built first: a NotImportableError (a plan the importer cannot
 * hold) comes before anything is written, and the caller loads transactionally instead. Any
 * later failure removes the database from the folder, so the next load starts afresh.
 *
 * The result's `load` seconds are those of writing, importing and finishing; Neo4j's start is
 * not in them (nor is it in a transactional load's, which connects to a started Neo4j), but in
 * `bulk.start`.
 */
export async function bulkLoad(
  config: Config,
  prepared: PreparedSeed,
  log: (line: string) => void,
): Promise<BulkLoadResult> {
  const tables = importTables(prepared.plan, FIRST_GENERATION);
  const home = path.resolve(config.localNeo4j.dir);
  const staging = mkdtempSync(path.join(tmpdir(), 'policygraph-import-'));
  const seconds: BulkSeconds = { files: 0, import: 0, start: 0, finish: 0 };
  let step = performance.now();
  const lap = (name: keyof BulkSeconds) => {
    const now = performance.now();
    seconds[name] = (now - step) / 1000;
    step = now;
  };
  try {
    const files = writeTables(tables, staging);
    lap('files');
    log(`Importing ${prepared.plan.length} records with Neo4j's bulk importer...`);
    await runImporter(
      {
        database: LOCAL_DATABASE,
        ...files,
        arrayDelimiter: ARRAY_DELIMITER_OPTION,
        multiline: tables.multiline,
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
      prepared.plan,
      FIRST_GENERATION,
      tables.emptyLists,
    );
    lap('finish');
  } catch (error) {
    await database?.close();
    removeDatabase(home, LOCAL_DATABASE);
    throw error;
  }
  const records = prepared.plan.length;
  return {
    database,
    bulk: seconds,
    result: {
      diff: { added: prepared.plan, changed: [], removed: [], unchanged: 0 },
      records,
      facts: prepared.facts,
      generation: FIRST_GENERATION,
      retired: [],
      seconds: {
        validate: prepared.validateSeconds,
        load: seconds.files + seconds.import + seconds.finish,
      },
    },
  };
}

/** Writes each table to a CSV file of its own; answers the importer's inputs. */
export function writeTables(tables: ImportTables, dir: string) {
  const nodes = tables.nodes.map((table, i) => {
    const file = path.join(dir, `nodes-${i}.csv`);
    writeCsvFile(file, table.header, table.rows());
    return { labels: table.labels, file };
  });
  const relationships = tables.relationships.map((table, i) => {
    const file = path.join(dir, `relationships-${i}.csv`);
    writeCsvFile(file, table.header, table.rows());
    return { type: table.type, file };
  });
  return { nodes, relationships };
}
