import { pinReader, type Reader, requestReader } from '../queries/reader.js';
import { createLoaders, type Loaders } from './loaders.js';

/**
 * What every resolver gets: the reader, and loaders that batch one request's reads. No driver:
 * resolvers reach Neo4j only through src/queries (readRows), with the request's limits.
 */
export interface GraphContext {
  /** Pinned to one generation of the graph for the whole request (see pinReader). */
  reader: Reader;
  loaders: Loaders;
}

/**
 * A request's context. Its reader is pinned when the request starts, so every statement of the
 * request reads the same generation and the request's deadline (REQUEST_TIMEOUT_MS) counts
 * from now; a reader pinned already (an export's) is kept as it is. Each request gets its own
 * statement slots and byte budget.
 */
export function createContext(appReader: Reader): GraphContext {
  const reader = requestReader(appReader);
  const pinned = reader.pin ? reader : pinReader(reader);
  return {
    reader: pinned,
    loaders: createLoaders(pinned),
  };
}
