import { once } from 'node:events';
import { createWriteStream, mkdirSync, type WriteStream } from 'node:fs';
import path from 'node:path';
import { Readable, type Writable } from 'node:stream';
import { finished, pipeline } from 'node:stream/promises';
import { InvalidArgumentError } from 'commander';
import { loadConfig } from '../config.js';
import { inProcessExecutor } from '../export/executor.js';
import { EXPORT_FILES, type ExportFormat, parseAsOf } from '../export/files.js';
import { csvTables } from '../export/formats/csv.js';
import type { ExportedGraph } from '../export/graph.js';
import { ExportError, readGraph } from '../export/read.js';
import { openDatabase } from '../neo4j/connect.js';

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
 * or stdout; CSV as nodes.csv and edges.csv in the folder --out, from one pass.
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
  try {
    const reader = {
      driver: database.driver,
      database: config.neo4j.database,
      timeoutMs: config.api.limits.queryTimeoutMs,
    };
    const graph = readGraph(inProcessExecutor(reader), { asOf: options.asOf });
    const written =
      options.format === 'csv'
        ? await writeCsv(graph, options.out as string)
        : await writeFile(graph, options.format, options.out);
    const { entities, facts, sources, edges } = graph.counts;
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    log(
      `Exported ${entities} entities, ${facts} facts, ${sources} sources and ${edges} edges to ${written} in ${seconds} s.`,
    );
  } finally {
    await database.close();
  }
}

async function writeFile(
  graph: ExportedGraph,
  format: ExportFormat,
  out: string | undefined,
): Promise<string> {
  const file = EXPORT_FILES.find((candidate) => candidate.format === format);
  if (!file) throw new ExportError(`unknown format ${format}`, 'BAD_USER_INPUT');
  const text = Readable.from(file.render(graph));
  if (out) {
    await pipeline(text, createWriteStream(out));
    return out;
  }
  try {
    // stdout stays open for whoever owns it.
    await pipeline(text, process.stdout, { end: false });
  } catch (error) {
    // A reader that stopped early (`| head`) is not a failure of the export.
    if ((error as NodeJS.ErrnoException).code !== 'EPIPE') throw error;
  }
  return 'stdout';
}

async function writeCsv(graph: ExportedGraph, dir: string): Promise<string> {
  mkdirSync(dir, { recursive: true });
  const files: Record<'nodes' | 'edges', WriteStream> = {
    nodes: createWriteStream(path.join(dir, 'nodes.csv')),
    edges: createWriteStream(path.join(dir, 'edges.csv')),
  };
  try {
    for await (const { table, text } of csvTables(graph, ['nodes', 'edges'])) {
      await write(files[table], text);
    }
  } finally {
    for (const file of Object.values(files)) file.end();
  }
  await Promise.all(Object.values(files).map((file) => finished(file)));
  return `${path.join(dir, 'nodes.csv')} and ${path.join(dir, 'edges.csv')}`;
}

async function write(stream: Writable, text: string): Promise<void> {
  if (!stream.write(text)) await once(stream, 'drain');
}
