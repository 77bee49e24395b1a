import type { Driver } from 'neo4j-driver';
import { type Reader, requestReader } from '../queries/read.js';
import { createLoaders, type Loaders } from './loaders.js';

/** What every resolver gets: the reader, and loaders that batch one request's reads. */
export interface GraphContext {
  driver: Driver;
  database: string;
  reader: Reader;
  loaders: Loaders;
}

export function createContext(appReader: Reader): GraphContext {
  // This request's own statement slots and byte budget.
  const reader = requestReader(appReader);
  return {
    driver: reader.driver,
    database: reader.database,
    reader,
    loaders: createLoaders(reader),
  };
}
