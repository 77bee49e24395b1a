import { createYoga, type YogaServerInstance } from 'graphql-yoga';
import type { Driver } from 'neo4j-driver';
import { createContext, type GraphContext } from '../graphql/context.js';
import { buildSchema } from '../graphql/schema.js';
import type { Reader } from '../queries/read.js';

export interface AppOptions {
  driver: Driver;
  database: string;
  /** Sees every Cypher statement the API sends (tests count them). */
  onStatement?: Reader['onStatement'];
}

export type App = YogaServerInstance<Record<string, unknown>, GraphContext>;

/** The GraphQL API at /graphql and a liveness check at /health. Stateless: all state is in Neo4j. */
export function createApp({ driver, database, onStatement }: AppOptions): App {
  const reader: Reader = { driver, database, ...(onStatement ? { onStatement } : {}) };
  return createYoga<Record<string, unknown>, GraphContext>({
    schema: buildSchema(),
    graphqlEndpoint: '/graphql',
    healthCheckEndpoint: '/health',
    context: () => createContext(reader),
    logging: 'warn',
  });
}
