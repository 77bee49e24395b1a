import {
  type AttributeSpec,
  type Attributes,
  EDGE_ATTRIBUTES,
  type ExportedGraph,
  type GraphElement,
  graphSummary,
  NODE_ATTRIBUTES,
  type ValueType,
} from '../graph.js';
import { chunked, flatText } from './chunks.js';
import { xmlAttribute, xmlText } from './xml.js';

/** GraphML's attr.type for each value type; lists are JSON text. */
const GRAPHML_TYPES: Record<ValueType, string> = {
  string: 'string',
  int: 'int',
  double: 'double',
  boolean: 'boolean',
  list: 'string',
  records: 'string',
};

const GRAPH_ATTRIBUTES: readonly AttributeSpec[] = [
  { name: 'asOf', type: 'string' },
  { name: 'exportedAt', type: 'string' },
  { name: 'entities', type: 'int' },
  { name: 'facts', type: 'int' },
  { name: 'sources', type: 'int' },
  { name: 'edges', type: 'int' },
];

/**
 * Key ids say what they are for (`n_label`, `e_role`): never `d3` or `d7`, which Gephi reads as
 * yEd's label keys.
 */
const DOMAINS = [
  { prefix: 'n', for: 'node', attributes: NODE_ATTRIBUTES },
  { prefix: 'e', for: 'edge', attributes: EDGE_ATTRIBUTES },
  { prefix: 'g', for: 'graph', attributes: GRAPH_ATTRIBUTES },
] as const;

function header(): string {
  const keys = DOMAINS.flatMap((domain) =>
    domain.attributes.map(
      ({ name, type }) =>
        `  <key id="${domain.prefix}_${name}" for="${domain.for}" attr.name="${name}" attr.type="${GRAPHML_TYPES[type]}"/>\n`,
    ),
  );
  return `<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">
${keys.join('')}  <graph id="policygraph" edgedefault="directed">
`;
}

function data(prefix: string, attributes: Attributes, indent: string): string {
  let text = '';
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined) continue;
    text += `${indent}<data key="${prefix}_${name}">${xmlText(flatText(value))}</data>\n`;
  }
  return text;
}

function elementXml(element: GraphElement): string {
  if (element.element === 'node') {
    return `    <node id="${xmlAttribute(element.id)}">\n${data('n', element.attributes, '      ')}    </node>\n`;
  }
  const { id, source, target } = element;
  return `    <edge id="${xmlAttribute(id)}" source="${xmlAttribute(source)}" target="${xmlAttribute(target)}">\n${data('e', element.attributes, '      ')}    </edge>\n`;
}

/**
 * GraphML with a typed key per attribute, for Gephi, networkx (`read_graphml`), yEd and igraph.
 * Every edge follows its ends; the graph's own data (asOf, exportedAt, counts) come last inside
 * <graph>, where GraphML allows them, once the counts are known.
 */
export function graphml(graph: ExportedGraph): AsyncIterable<string> {
  async function* pieces() {
    yield header();
    for await (const element of graph.elements) yield elementXml(element);
    const { counts, ...about } = graphSummary(graph);
    yield `${data('g', { ...about, ...counts, asOf: about.asOf ?? undefined }, '    ')}  </graph>\n</graphml>\n`;
  }
  return chunked(pieces());
}
