import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { InvalidArgumentError } from 'commander';
import { loadConfig } from '../config.js';
import { inProcessSnapshots } from '../export/executor.js';
import { EXPORT_FILES, type ExportFile, type ExportFormat, parseAsOf } from '../export/files.js';
import { type CsvTable, csvTables } from '../export/formats/csv.js';
import type { ExportedGraph } from '../export/graph.js';
import { ExportError, readGraph } from '../export/readGraph.js';
import { openDatabase } from '../neo4j/connect.js';
import { makeFolder, OutputFile } from './outputFile.js';

const CSV_TABLES: readonly CsvTable[] = ['nodes', 'edges'];

export interface ExportCliOptions {
  format: ExportFormat;
  asOf?: string;
  out?: string;
}

const log = (line: string) => process.stderr.write(`${line}\n`);

/** commander's parser for --as-of: a malformed day stops before Neo4j is touched. */
export function asOfOption(text: string): string {
  try {
    return parseAsOf(text) as string;
  } catch (error) {
    throw new InvalidArgumentError((error as ExportError).message);
  }
}

/**
 * `policygraph export`: the whole graph through the public GraphQL API (in-process), to a file
 * or stdout; CSV as nodes.csv and edges.csv in the folder --out, from one pass. Files named by
 * --out are replaced; on a failure they are removed and the command exits 1.
 */
export async function exportGraph(options: ExportCliOptions): Promise<void> {
  if (options.format === 'csv' && !options.out) {
    throw new InvalidArgumentError(
      '--format csv writes two files, nodes.csv and edges.csv: name their folder with --out DIR',
    );
  }
  const started = performance.now();
  const config = loadConfig();
  const database = await openDatabase(config, log);
  // Opened once Neo4j answers, so that an export that cannot start leaves an older file alone.
  let target: Target | undefined;
  try {
    target = await openTarget(options);
    const reader = {
      driver: database.driver,
      database: config.neo4j.database,
      timeoutMs: config.api.limits.queryTimeoutMs,
    };
    const graph = readGraph(inProcessSnapshots(reader), { asOf: options.asOf });
    await target.write(graph);
    const { entities, facts, sources, edges } = graph.counts;
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    log(
      `Exported ${entities} entities, ${facts} facts, ${sources} sources and ${edges} edges to ${target.name} in ${seconds} s.`,
    );
  } catch (error) {
    await target?.discard();
    throw error;
  } finally {
    await database.close();
  }
}

/** Where an export goes. */
interface Target {
  /** For the closing line: the files, or stdout. */
  name: string;
  /** Writes the whole graph, then closes. */
  write(graph: ExportedGraph): Promise<void>;
  /** After a failure: removes the files begun. */
  discard(): Promise<void>;
}

const FILE_ADVICE =
  '--out names the file to write; its folder must exist, and an existing file is replaced.';
const CSV_ADVICE =
  '--out names the folder for nodes.csv and edges.csv; it is created if missing, and existing files in it are replaced.';

async function openTarget({ format, out }: ExportCliOptions): Promise<Target> {
  if (format === 'csv') return openCsvFolder(out as string);
  const file = EXPORT_FILES.find((candidate) => candidate.format === format);
  if (!file) throw new ExportError(`unknown format ${format}`, 'BAD_USER_INPUT');
  if (!out) return stdout(file);
  const output = await OutputFile.open(out, FILE_ADVICE);
  return {
    name: out,
    async write(graph) {
      for await (const text of file.render(graph)) await output.write(text);
      await output.close();
    },
    discard: () => output.discard(),
  };
}

function stdout(file: ExportFile): Target {
  return {
    name: 'stdout',
    async write(graph) {
      try {
        // stdout stays open for whoever owns it.
        await pipeline(Readable.from(file.render(graph)), process.stdout, { end: false });
      } catch (error) {
        // A reader that stopped early (`| head`) is not a failure of the export.
        if ((error as NodeJS.ErrnoException).code !== 'EPIPE') throw error;
      }
    },
    discard: async () => {},
  };
}

async function openCsvFolder(dir: string): Promise<Target> {
  await makeFolder(dir, CSV_ADVICE);
  const opened: OutputFile[] = [];
  const discard = async () => {
    await Promise.all(opened.map((output) => output.discard()));
  };
  try {
    for (const table of CSV_TABLES) {
      opened.push(await OutputFile.open(path.join(dir, `${table}.csv`), CSV_ADVICE));
    }
  } catch (error) {
    await discard();
    throw error;
  }
  const [nodes, edges] = opened as [OutputFile, OutputFile];
  return {
    name: `${nodes.path} and ${edges.path}`,
    async write(graph) {
      for await (const { table, text } of csvTables(graph, CSV_TABLES)) {
        await (table === 'nodes' ? nodes : edges).write(text);
      }
      await Promise.all(opened.map((output) => output.close()));
    },
    discard,
  };
}
