/**
 * JVM options for a local Neo4j that a test starts and stops within seconds: the JIT's second
 * tier costs more CPU than it saves in so short a run (a start takes about 8 CPU-seconds
 * instead of 13), and two cores are shared by the whole suite.
 */
export const SHORT_LIVED_JAVA_OPTIONS = ['-XX:TieredStopAtLevel=1'];

/** The same, for a policygraph command the test runs in a process of its own. */
export const SHORT_LIVED_ENV = { LOCAL_NEO4J_JAVA_OPTIONS: SHORT_LIVED_JAVA_OPTIONS.join(' ') };
