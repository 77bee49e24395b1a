import { stringify } from 'csv-stringify/sync';
import {
  type Attributes,
  EDGE_ATTRIBUTES,
  type ExportedGraph,
  type GraphEdge,
  type GraphNode,
  NODE_ATTRIBUTES,
} from '../graph.js';
import { flatText } from './chunks.js';

export type CsvTable = 'nodes' | 'edges';

/**
 * Gephi's spreadsheet import: nodes with `Id` and `Label`, edges with `Source`, `Target`,
 * `Type` (Directed), `Id` and `Kind` (what Gephi keeps parallel edges apart by: the role, or the
 * relation). Every other column is an attribute, lists as JSON text, absent values empty.
 */
const NODE_ATTRIBUTE_NAMES = NODE_ATTRIBUTES.map((a) => a.name).filter((name) => name !== 'label');
const EDGE_ATTRIBUTE_NAMES = EDGE_ATTRIBUTES.map((a) => a.name);

export const CSV_COLUMNS: Record<CsvTable, string[]> = {
  nodes: ['Id', 'Label', ...NODE_ATTRIBUTE_NAMES],
  edges: ['Source', 'Target', 'Type', 'Kind', 'Id', ...EDGE_ATTRIBUTE_NAMES],
};

const cells = (attributes: Attributes, names: readonly string[]) =>
  names.map((name) => {
    const value = attributes[name];
    return value === undefined ? '' : flatText(value);
  });

const nodeRow = (node: GraphNode) => [
  node.id,
  flatText(node.attributes.label ?? ''),
  ...cells(node.attributes, NODE_ATTRIBUTE_NAMES),
];

const edgeRow = (edge: GraphEdge) => [
  edge.source,
  edge.target,
  'Directed',
  flatText(edge.attributes.role ?? edge.attributes.relation ?? ''),
  edge.id,
  ...cells(edge.attributes, EDGE_ATTRIBUTE_NAMES),
];

const ROWS_PER_CHUNK = 500;

/**
 * The CSV tables asked for, in one pass over the graph: chunks of text, each for one table,
 * quoted by csv-stringify (fields holding commas, quotes or line breaks are quoted, quotes
 * doubled). The CLI writes both files from one pass; over HTTP each file is its own request.
 * Cells are written as they are: no spreadsheet-formula escaping, which would change the data.
 */
export async function* csvTables(
  graph: ExportedGraph,
  tables: readonly CsvTable[],
): AsyncGenerator<{ table: CsvTable; text: string }> {
  const rows: Record<CsvTable, string[][]> = { nodes: [], edges: [] };
  const headed = new Set<CsvTable>();
  // A header goes out with its table's first rows, so the first chunk comes after a database
  // read: a download whose first read fails still gets a status (see server/exports.ts).
  const take = (table: CsvTable) => {
    const header = headed.has(table) ? '' : stringify([CSV_COLUMNS[table]]);
    headed.add(table);
    const text = header + stringify(rows[table]);
    rows[table] = [];
    return { table, text };
  };
  for await (const element of graph.elements) {
    const table = element.element === 'node' ? 'nodes' : 'edges';
    if (!tables.includes(table)) continue;
    rows[table].push(element.element === 'node' ? nodeRow(element) : edgeRow(element));
    if (rows[table].length >= ROWS_PER_CHUNK) yield take(table);
  }
  for (const table of tables) {
    if (rows[table].length > 0 || !headed.has(table)) yield take(table);
  }
}

/** One CSV table as text chunks. */
export async function* csvTable(graph: ExportedGraph, table: CsvTable): AsyncGenerator<string> {
  for await (const chunk of csvTables(graph, [table])) yield chunk.text;
}
