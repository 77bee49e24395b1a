/** What the global setup hands to every test file: how to reach the test Neo4j. */
export interface TestNeo4j {
  uri: string;
  username: string;
  password: string;
  database: string;
  /** True when the tests started the local Neo4j (NEO4J_URI unset). */
  local: boolean;
}

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: TestNeo4j;
  }
}
