import type { Driver } from 'neo4j-driver';
import type { Reader } from '../queries/read.js';
import { createLoaders, type Loaders } from './loaders.js';

/** What every resolver gets: the reader, and loaders that batch one request's reads. */
export interface GraphContext {
  driver: Driver;
  database: string;
  reader: Reader;
  loaders: Loaders;
}

export function createContext(reader: Reader): GraphContext {
  return {
    driver: reader.driver,
    database: reader.database,
    reader,
    loaders: createLoaders(reader),
  };
}
