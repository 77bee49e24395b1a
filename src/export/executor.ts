import {
  type DocumentNode,
  type ExecutionResult,
  execute,
  type GraphQLSchema,
  parse,
  validate,
} from 'graphql';
import { createContext } from '../graphql/context.js';
import { buildSchema } from '../graphql/schema.js';
import { pinReader, type Reader, readerGeneration, readRows } from '../queries/reader.js';
import { ExportError } from './readGraph.js';

/** Runs a GraphQL document against the public API: in-process here, or over HTTP elsewhere. */
export type Executor = (
  document: string,
  variables: Record<string, unknown>,
) => Promise<ExecutionResult>;

/**
 * One export's view of the graph: every page it executes reads the same generation, so an
 * export is a snapshot even when a load switches the graph meanwhile.
 */
export interface Snapshot {
  execute: Executor;
  /**
   * Fails when the generation read is being deleted (a load retires it once it has been
   * replaced long enough): pages read before may then miss records. Called after each page.
   */
  check(): Promise<void>;
}

/** Opens a snapshot: one per export. */
export type Snapshots = () => Snapshot;

/** The version of the graph being exported was deleted before the export ended. */
export const GRAPH_REPLACED = 'The graph was replaced during the export; export again.';

const READ_RETIRING = `
OPTIONAL MATCH (g:Generation {number: $generation})
RETURN g IS NOT NULL AS exists, coalesce(g.retiring, false) AS retiring`;

/**
 * The API's own schema and resolvers, executed in-process: the same read transactions and
 * statement timeout as a request to /graphql, without HTTP. Each call gets a fresh context, so
 * the per-request loaders' caches last one page; all the calls of one snapshot read one
 * generation. Exports outlive REQUEST_TIMEOUT_MS, so none applies to them; each statement keeps
 * the statement timeout.
 */
export function inProcessSnapshots(
  reader: Reader,
  schema: GraphQLSchema = buildSchema(),
): Snapshots {
  const parsed = new Map<string, DocumentNode>();
  const { requestTimeoutMs: _notForExports, pin: _pinnedPerExport, ...unpinned } = reader;
  return () => {
    const pinned = pinReader(unpinned);
    // The check is the export's own, not a statement of the API's pages: not reported.
    const { onStatement: _notAPage, ...checker } = pinned;
    return {
      execute: async (source, variables) => {
        let document = parsed.get(source);
        if (!document) {
          document = parse(source);
          const errors = validate(schema, document);
          // The export's own documents: invalid means the schema changed under them.
          if (errors.length > 0)
            throw new Error(`export query does not fit the schema: ${errors[0]}`);
          parsed.set(source, document);
        }
        return execute({
          schema,
          document,
          variableValues: variables,
          contextValue: createContext(pinned),
        });
      },
      check: async () => {
        if ((await readerGeneration(checker)) === null) return;
        const [row] = await readRows(checker, READ_RETIRING, {});
        if (!row?.exists || row.retiring) throw new ExportError(GRAPH_REPLACED, 'GRAPH_REPLACED');
      },
    };
  };
}
