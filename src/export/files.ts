import { isDay } from '../graphql/scalars.js';
import { csvTable } from './formats/csv.js';
import { ftm } from './formats/ftm.js';
import { graphml } from './formats/graphml.js';
import { nodeLinkJson } from './formats/json.js';
import { ndjson } from './formats/ndjson.js';
import type { ExportedGraph } from './graph.js';
import { ExportError } from './readGraph.js';

export const EXPORT_FORMATS = ['json', 'ndjson', 'csv', 'graphml', 'ftm'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** One file an export writes: its name (also its path under /export/), type and text. */
export interface ExportFile {
  name: string;
  format: ExportFormat;
  contentType: string;
  render: (graph: ExportedGraph) => AsyncIterable<string>;
}

export const EXPORT_FILES: readonly ExportFile[] = [
  {
    name: 'graph.json',
    format: 'json',
    contentType: 'application/json; charset=utf-8',
    render: nodeLinkJson,
  },
  {
    name: 'graph.ndjson',
    format: 'ndjson',
    contentType: 'application/x-ndjson; charset=utf-8',
    render: ndjson,
  },
  {
    name: 'graph.graphml',
    format: 'graphml',
    contentType: 'application/graphml+xml; charset=utf-8',
    render: graphml,
  },
  {
    // FollowTheMoney entities, one JSON object a line, as OpenSanctions, Aleph and yente read them.
    name: 'graph.ftm.json',
    format: 'ftm',
    contentType: 'application/x-ndjson; charset=utf-8',
    render: ftm,
  },
  {
    name: 'nodes.csv',
    format: 'csv',
    contentType: 'text/csv; charset=utf-8; header=present',
    render: (graph) => csvTable(graph, 'nodes'),
  },
  {
    name: 'edges.csv',
    format: 'csv',
    contentType: 'text/csv; charset=utf-8; header=present',
    render: (graph) => csvTable(graph, 'edges'),
  },
];

/** The day of `--as-of` / `?asOf=`, checked before anything is read; the API's rule and words. */
export function parseAsOf(text: string | null | undefined): string | null {
  if (text === null || text === undefined) return null;
  if (isDay(text)) return text;
  throw new ExportError(
    `asOf must be a calendar day written YYYY-MM-DD, such as 2024-08-01; got ${JSON.stringify(String(text).slice(0, 40))}.`,
    'BAD_USER_INPUT',
  );
}
