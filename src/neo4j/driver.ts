import neo4j, { type Driver } from 'neo4j-driver';
import type { Config } from '../config.js';

/** One driver per process: it pools connections and, for neo4j:// URIs, routes reads in a cluster. */
export function createDriver(uri: string, credentials: Config['neo4j']): Driver {
  return neo4j.driver(uri, neo4j.auth.basic(credentials.username, credentials.password), {
    userAgent: 'policygraph',
    // Fail fast when Neo4j is away rather than queueing requests for a minute.
    connectionAcquisitionTimeout: 10_000,
    connectionTimeout: 5_000,
    // Transactions are retried when a cluster member goes away, but not for long: a request
    // should fail fast with SERVICE_UNAVAILABLE rather than hang.
    maxTransactionRetryTime: 3_000,
    disableLosslessIntegers: true,
    ...(credentials.maxConnectionPoolSize
      ? { maxConnectionPoolSize: credentials.maxConnectionPoolSize }
      : {}),
  });
}

/**
 * A driver with a single connection of its own, for the readiness check: /ready then says
 * whether Neo4j answers, not whether the requests' pool happens to be busy.
 */
export function createProbeDriver(uri: string, credentials: Config['neo4j']): Driver {
  return neo4j.driver(uri, neo4j.auth.basic(credentials.username, credentials.password), {
    userAgent: 'policygraph-ready',
    maxConnectionPoolSize: 1,
    connectionAcquisitionTimeout: 2_000,
    connectionTimeout: 2_000,
    maxTransactionRetryTime: 0,
    disableLosslessIntegers: true,
  });
}
