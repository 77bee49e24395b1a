import type { Driver } from 'neo4j-driver';

/** What every resolver gets: the shared driver and the database to read. */
export interface GraphContext {
  driver: Driver;
  database: string;
}
