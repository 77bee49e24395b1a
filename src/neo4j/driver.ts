import neo4j, { type Driver } from 'neo4j-driver';
import type { Config } from '../config.js';

/** One driver per process: it pools connections and, for neo4j:// URIs, routes reads in a cluster. */
export function createDriver(uri: string, credentials: Config['neo4j']): Driver {
  return neo4j.driver(uri, neo4j.auth.basic(credentials.username, credentials.password), {
    userAgent: 'policygraph',
    // Fail fast when Neo4j is away rather than queueing requests for a minute.
    connectionAcquisitionTimeout: 10_000,
    connectionTimeout: 5_000,
    disableLosslessIntegers: true,
  });
}
