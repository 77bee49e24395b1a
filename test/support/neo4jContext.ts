/** What the global setup hands to every test file: how to reach the test Neo4j. */
export interface TestNeo4j {
  username: string;
  password: string;
  database: string;
  /** True when the tests started the local Neo4j (NEO4J_URI unset). */
  local: boolean;
  /** The port of the lock that hands out this Neo4j, and its URI with it (databaseLock.ts). */
  lockPort: number;
  /** A folder for this run: what the shared graph in the database was loaded from. */
  state: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: TestNeo4j;
  }
}
