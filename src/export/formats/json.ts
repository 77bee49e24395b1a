import { type ExportedGraph, graphSummary } from '../graph.js';
import { chunked } from './chunks.js';
import { Spool } from './spool.js';

/**
 * networkx's node-link format, for `networkx.node_link_graph(data, edges="links")`: a directed
 * multigraph; each node `{"id", ...attributes}`, each link `{"source", "target", "key", ...}`
 * with the edge's id as its key. `graph` (asOf, exportedAt, counts) comes last, once the counts
 * are known. Links are spooled to a temporary file while the nodes stream; the file is made
 * when the first links are set aside, so an export that fails before reading any makes none.
 */
export function nodeLinkJson(graph: ExportedGraph): AsyncIterable<string> {
  async function* pieces() {
    let spool: Spool | undefined;
    const setAside = async (text: string) => {
      spool ??= await Spool.create();
      await spool.write(text);
    };
    try {
      yield '{"directed":true,"multigraph":true,"nodes":[';
      let nodes = 0;
      let links = 0;
      let pending = '';
      for await (const element of graph.elements) {
        if (element.element === 'node') {
          yield `${nodes++ ? ',' : ''}\n${JSON.stringify({ id: element.id, ...element.attributes })}`;
          continue;
        }
        const { id, source, target, attributes } = element;
        pending += `${links++ ? ',' : ''}\n${JSON.stringify({ source, target, key: id, ...attributes })}`;
        if (pending.length >= 64 * 1024) {
          await setAside(pending);
          pending = '';
        }
      }
      yield '\n],"links":[';
      if (spool) yield* spool.read();
      yield pending;
      yield `\n],"graph":${JSON.stringify(graphSummary(graph))}}\n`;
    } finally {
      await spool?.remove();
    }
  }
  return chunked(pieces());
}
