import { type ExportedGraph, type GraphElement, graphSummary } from '../graph.js';
import { chunked } from './chunks.js';

/** One JSON object per element, its attributes beside its id. */
export function elementLine(element: GraphElement): string {
  const { attributes, ...identity } = element;
  return JSON.stringify({ ...identity, ...attributes });
}

/**
 * NDJSON: a line per node (`{"element":"node","id":...}`) or edge (`{"element":"edge","id":...,
 * "source":...,"target":...}`), every edge after its ends; the last line is the graph's own
 * (`{"element":"graph","asOf":...,"counts":...}`), so a file without it was cut short.
 */
export function ndjson(graph: ExportedGraph): AsyncIterable<string> {
  async function* lines() {
    for await (const element of graph.elements) yield `${elementLine(element)}\n`;
    yield `${JSON.stringify({ element: 'graph', ...graphSummary(graph) })}\n`;
  }
  return chunked(lines());
}
