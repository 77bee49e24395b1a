import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { LAUNCHER_DIR, launcherClasspath } from './build.js';
import { checkJava, javaCommand, ToolchainError } from './toolchain.js';

/**
 * Neo4j's bulk importer (`neo4j-admin database import full`), run offline into the local
 * Neo4j's folder before it starts: it writes the store files directly, far faster than
 * transactions, but only into a database that does not exist yet. Its classes come with the
 * launcher's classpath (neo4j-command-line, neo4j-import-tool).
 */

/** Where the launcher's Neo4j (DatabaseManagementServiceBuilder(home)) keeps a database. */
export function databaseFolders(home: string, database: string): string[] {
  return [
    path.join(home, 'data/databases', database),
    path.join(home, 'data/transactions', database),
  ];
}

/** Whether the local Neo4j's folder holds this database already (it has been started, or imported into). */
export function localDatabaseExists(home: string, database: string): boolean {
  return databaseFolders(home, database).some((folder) => existsSync(folder));
}

export interface ImportFiles {
  database: string;
  nodes: { labels: string[]; file: string }[];
  relationships: { type: string; file: string }[];
  /** --array-delimiter, as the importer spells it (such as U+001F). */
  arrayDelimiter: string;
  /** Some fields span lines: slower parsing, needed only then. */
  multiline: boolean;
  /** The importer's report of bad entries (it stops at the first one: --bad-tolerance=0). */
  reportFile: string;
  /** Off-heap memory the importer may use, in MiB (it takes 90% of the machine's by default). */
  maxOffHeapMb: number;
}

export const ADMIN_MAIN_CLASS = 'org.neo4j.cli.AdminTool';

/** The importer's command-line arguments after the main class. */
export function importerArguments(files: ImportFiles): string[] {
  return [
    'database',
    'import',
    'full',
    ...files.nodes.map(({ labels, file }) => `--nodes=${labels.join(':')}=${file}`),
    ...files.relationships.map(({ type, file }) => `--relationships=${type}=${file}`),
    `--array-delimiter=${files.arrayDelimiter}`,
    // Every input comes from a validated plan: one bad entry is a bug, not data to skip.
    '--bad-tolerance=0',
    '--skip-bad-relationships=false',
    '--skip-duplicate-nodes=false',
    // A quoted empty cell is an empty string; an unquoted one sets nothing.
    '--ignore-empty-strings=false',
    '--trim-strings=false',
    `--multiline-fields=${files.multiline}`,
    `--report-file=${files.reportFile}`,
    `--max-off-heap-memory=${files.maxOffHeapMb}m`,
    files.database,
  ];
}

export interface ImporterRun {
  /** The local Neo4j's folder (--home of the launcher). */
  home: string;
  heapMb: number;
  javaOptions?: string[] | undefined;
  log: (line: string) => void;
}

export class BulkImportError extends ToolchainError {
  override name = 'BulkImportError';
}

/**
 * Runs the importer into `home`. On failure it removes what it wrote, so that the folder holds
 * no half-imported database and the next load starts from scratch, and throws a BulkImportError
 * with the end of the importer's output.
 */
export async function runImporter(files: ImportFiles, run: ImporterRun): Promise<void> {
  checkJava();
  const classpath = await launcherClasspath(run.log);
  mkdirSync(run.home, { recursive: true });
  const args = [
    `-Xmx${run.heapMb}m`,
    ...(run.javaOptions ?? []),
    '-cp',
    classpath,
    ADMIN_MAIN_CLASS,
    ...importerArguments(files),
  ];
  try {
    await new Promise<void>((resolve, reject) => {
      // NEO4J_CONF: the launcher's settings, so the store is written as the launcher reads it.
      const child = spawn(javaCommand(), args, {
        env: { ...process.env, NEO4J_HOME: run.home, NEO4J_CONF: LAUNCHER_DIR },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      const tail: string[] = [];
      const keep = (chunk: Buffer) => {
        tail.push(...chunk.toString().split('\n'));
        tail.splice(0, Math.max(0, tail.length - 30));
      };
      child.stdout.on('data', keep);
      child.stderr.on('data', keep);
      child.on('error', (error) =>
        reject(new BulkImportError(`Neo4j's bulk importer could not be run: ${error.message}`)),
      );
      child.on('close', (code) => {
        if (code === 0) return resolve();
        reject(
          new BulkImportError(
            `Neo4j's bulk importer failed (exit ${code}); nothing was imported. It printed:\n${tail.join('\n').trim()}`,
          ),
        );
      });
    });
  } catch (error) {
    removeDatabase(run.home, files.database);
    throw error;
  }
}

/** Deletes a database's store and transaction logs from the local Neo4j's folder (offline). */
export function removeDatabase(home: string, database: string): void {
  for (const folder of databaseFolders(home, database))
    rmSync(folder, { recursive: true, force: true });
}
