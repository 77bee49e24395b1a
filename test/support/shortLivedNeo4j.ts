import { type LocalNeo4j, startLocalNeo4j } from '../../src/neo4j/local/launcher.js';

/**
 * JVM options for a local Neo4j that a test starts and stops within seconds: the JIT's second
 * tier costs more CPU than it saves in so short a run (a start takes about 8 CPU-seconds
 * instead of 13), and two cores are shared by the whole suite.
 */
export const SHORT_LIVED_JAVA_OPTIONS = ['-XX:TieredStopAtLevel=1'];

/** The same, for a policygraph command the test runs in a process of its own. */
export const SHORT_LIVED_ENV = { LOCAL_NEO4J_JAVA_OPTIONS: SHORT_LIVED_JAVA_OPTIONS.join(' ') };

/** A small local Neo4j of a test's own, on 127.0.0.1, quiet. */
export function startShortLivedNeo4j(options: {
  dir: string;
  port: number;
  username: string;
  password: string;
}): Promise<LocalNeo4j> {
  return startLocalNeo4j({
    host: '127.0.0.1',
    heapMb: 512,
    pageCacheMb: 64,
    javaOptions: SHORT_LIVED_JAVA_OPTIONS,
    log: () => {},
    ...options,
  });
}
