import {
  ENTITY_PAGE,
  type EntityResult,
  FACT_PAGE,
  type FactResult,
  type PageResult,
  type SourceResult,
} from './documents.js';
import type { Snapshot, Snapshots } from './executor.js';
import type { ExportedGraph, GraphCounts, GraphEdge, GraphElement } from './graph.js';
import {
  entityLinks,
  entityNode,
  entitySources,
  factEdges,
  factNode,
  factSources,
  sourceNode,
} from './shape.js';

/** An export that cannot be made: the API refused or failed, with its error code. */
export class ExportError extends Error {
  override name = 'ExportError';
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
  }
}

export interface ReadOptions {
  /** Keep only the facts that held on this day (and the sources they cite); entities all stay. */
  asOf?: string | null | undefined;
  /** Stops reading pages when aborted (the client went away). */
  signal?: AbortSignal | undefined;
  /** 1 to 100, the API's largest page. */
  pageSize?: number;
}

/**
 * The whole graph, read a page at a time through the public GraphQL API. Every edge comes after
 * both its ends: entities first (a grouping with the sources it cites), then the links between
 * them, then each page of facts with the sources it cites for the first time. Only the entities'
 * links (about one per entity) and the ids of the sources already written are held; facts
 * stream.
 *
 * One snapshot for the whole export: every page reads the same generation of the graph, so a
 * load meanwhile changes nothing in it; if that generation is deleted before the export ends,
 * the export fails (GRAPH_REPLACED) rather than give a file with records missing.
 */
export function readGraph(open: Snapshots, options: ReadOptions = {}): ExportedGraph {
  const counts: GraphCounts = { entities: 0, facts: 0, sources: 0, edges: 0 };
  const asOf = options.asOf ?? null;
  async function* elements(): AsyncGenerator<GraphElement> {
    const snapshot = open();
    const links: GraphEdge[] = [];
    const read = <T>(document: string, field: string, variables: Record<string, unknown>) =>
      pages<T>(snapshot, document, field, variables, options);
    const written = new Set<string>();
    /** Each source the first time something cites it. */
    function* firstTime(sources: SourceResult[]): Generator<GraphElement> {
      for (const source of sources) {
        if (written.has(source.id)) continue;
        written.add(source.id);
        counts.sources++;
        yield sourceNode(source);
      }
    }
    for await (const entities of read<EntityResult>(ENTITY_PAGE, 'entities', {})) {
      for (const entity of entities) {
        counts.entities++;
        yield entityNode(entity);
        yield* firstTime(entitySources(entity));
        links.push(...entityLinks(entity));
      }
    }
    for (const link of links.splice(0)) {
      counts.edges++;
      yield link;
    }
    for await (const facts of read<FactResult>(FACT_PAGE, 'facts', { asOf })) {
      for (const fact of facts) {
        yield* firstTime(factSources(fact));
        counts.facts++;
        yield factNode(fact);
        for (const edge of factEdges(fact)) {
          counts.edges++;
          yield edge;
        }
      }
    }
  }
  return { asOf, exportedAt: new Date().toISOString(), elements: elements(), counts };
}

/**
 * The nodes of a connection, page after page. The next page is asked for while the consumer
 * handles this one, so Neo4j and the writer work at the same time; no more than one page ahead.
 */
async function* pages<T>(
  { execute, check }: Snapshot,
  document: string,
  field: string,
  variables: Record<string, unknown>,
  { signal, pageSize = 100 }: ReadOptions,
): AsyncGenerator<T[]> {
  const fetchPage = async (after: string | null): Promise<PageResult<T>> => {
    signal?.throwIfAborted();
    const result = await execute(document, { ...variables, first: pageSize, after });
    const error = result.errors?.[0];
    if (error) {
      throw new ExportError(
        error.message,
        String(error.extensions?.code ?? 'INTERNAL_SERVER_ERROR'),
      );
    }
    // Checked after reading: the mark is committed before any deletion starts, so a page whose
    // check passes was read whole.
    await check();
    return (result.data as Record<string, PageResult<T>>)[field] as PageResult<T>;
  };
  let next: Promise<PageResult<T>> | undefined = fetchPage(null);
  while (next) {
    const page: PageResult<T> = await next;
    next = page.pageInfo.hasNextPage ? fetchPage(page.pageInfo.endCursor) : undefined;
    // A page read ahead for a consumer that stopped is dropped, its failure with it.
    next?.catch(() => {});
    yield page.edges.map((edge) => edge.node);
  }
}
