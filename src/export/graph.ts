/**
 * The exported graph, the same in every format. It is bipartite and lossless: entities, facts
 * and sources are nodes; each fact points at its entities (with their role) and at its sources
 * (with the quote); entities point at the entities they record themselves (a product's
 * provider, a region's grouping), and a grouping at the sources naming its members. Attributes are flat, so that a table (pandas, Gephi's data
 * laboratory) needs no unpacking; a list stays a list in JSON and NDJSON and is JSON text in CSV
 * and GraphML.
 */

import { currencyColumn, EXPORTED_FACT_KINDS } from './factFields.js';

/** `list`: a list of strings; `records`: a list of objects. */
export type ValueType = 'string' | 'int' | 'double' | 'boolean' | 'list' | 'records';

export interface AttributeSpec {
  name: string;
  type: ValueType;
}

export type Value = string | number | boolean | readonly unknown[];
export type Attributes = Record<string, Value | undefined>;

export interface GraphNode {
  element: 'node';
  id: string;
  attributes: Attributes;
}

export interface GraphEdge {
  element: 'edge';
  /** Unique in the export: `source:role-or-relation:position`. */
  id: string;
  source: string;
  target: string;
  attributes: Attributes;
}

export type GraphElement = GraphNode | GraphEdge;

/** A curated date as the API gives it: the text, and the first and last day it may mean. */
const partialDate = (name: string): AttributeSpec[] => [
  { name, type: 'string' },
  { name: `${name}Earliest`, type: 'string' },
  { name: `${name}Latest`, type: 'string' },
];

/** Each fact kind's own fields (factFields.ts): a money field is two columns, a date three. */
function factAttributes(): AttributeSpec[] {
  return EXPORTED_FACT_KINDS.flatMap((kind) =>
    kind.fields.flatMap(({ name, shape }): AttributeSpec[] => {
      switch (shape) {
        case 'money':
          return [
            { name, type: 'double' },
            { name: currencyColumn(name), type: 'string' },
          ];
        case 'partialDate':
          return partialDate(name);
        case 'estimates':
          return [{ name, type: 'records' }];
        default:
          return [{ name, type: shape }];
      }
    }),
  );
}

/** The first of each name: a field several kinds share (`kind`) is one column. */
function uniqueByName(attributes: AttributeSpec[]): AttributeSpec[] {
  const seen = new Set<string>();
  return attributes.filter(({ name }) => !seen.has(name) && seen.add(name));
}

/**
 * Every node attribute, in column order. Names are the API's field names; `group` says which
 * of entity, fact or source a node is and `type` its GraphQL type (ORGANIZATION, INVESTMENT,
 * SOURCE). A field two types share keeps one column (`kind`, `url`, `title`).
 */
export const NODE_ATTRIBUTES: readonly AttributeSpec[] = uniqueByName([
  { name: 'label', type: 'string' },
  { name: 'group', type: 'string' },
  { name: 'type', type: 'string' },
  { name: 'kind', type: 'string' },
  { name: 'aliases', type: 'list' },
  { name: 'description', type: 'string' },
  { name: 'notes', type: 'string' },
  { name: 'country', type: 'string' },
  { name: 'code', type: 'string' },
  { name: 'wikidata', type: 'string' },
  { name: 'ticker', type: 'string' },
  { name: 'lei', type: 'string' },
  { name: 'website', type: 'string' },
  ...partialDate('founded'),
  ...partialDate('launched'),
  { name: 'citation', type: 'string' },
  { name: 'url', type: 'string' },
  ...partialDate('date'),
  ...partialDate('start'),
  ...partialDate('end'),
  { name: 'status', type: 'string' },
  { name: 'confidence', type: 'string' },
  ...factAttributes(),
  { name: 'sourceUrls', type: 'list' },
  { name: 'publisher', type: 'string' },
  { name: 'author', type: 'string' },
  ...partialDate('published'),
  ...partialDate('updated'),
]);

/**
 * Every edge attribute. As in the API's neighbourhood edges: `role` is the entity's part in a
 * fact (INVESTOR) and `relation` what joins them (`investment`; `cites` and `estimate` for
 * sources; `provider`, `part of`, ... for links entities record). `position` keeps the
 * curator's order (the lead investor first).
 */
export const EDGE_ATTRIBUTES: readonly AttributeSpec[] = [
  { name: 'relation', type: 'string' },
  { name: 'role', type: 'string' },
  { name: 'position', type: 'int' },
  { name: 'quote', type: 'string' },
  { name: 'value', type: 'double' },
  { name: 'currency', type: 'string' },
  { name: 'note', type: 'string' },
];

export interface GraphCounts {
  entities: number;
  facts: number;
  sources: number;
  edges: number;
}

/** What an export holds: its elements, streamed once, and what describes them. */
export interface ExportedGraph {
  /** The day facts were kept for, or null for all facts. */
  asOf: string | null;
  exportedAt: string;
  elements: AsyncIterable<GraphElement>;
  /** Filled in as the elements pass: final once they have all been read. */
  counts: GraphCounts;
}

/** The graph-level data every format ends with (a truncated file lacks it). */
export function graphSummary(graph: ExportedGraph) {
  return { asOf: graph.asOf, exportedAt: graph.exportedAt, counts: graph.counts };
}
