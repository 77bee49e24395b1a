import { createYoga, type YogaServerInstance } from 'graphql-yoga';
import type { Driver } from 'neo4j-driver';
import type { GraphContext } from '../graphql/context.js';
import { buildSchema } from '../graphql/schema.js';

export interface AppOptions {
  driver: Driver;
  database: string;
}

export type App = YogaServerInstance<Record<string, unknown>, GraphContext>;

/** The GraphQL API at /graphql and a liveness check at /health. Stateless: all state is in Neo4j. */
export function createApp({ driver, database }: AppOptions): App {
  return createYoga<Record<string, unknown>, GraphContext>({
    schema: buildSchema(),
    graphqlEndpoint: '/graphql',
    healthCheckEndpoint: '/health',
    context: () => ({ driver, database }),
    logging: 'warn',
  });
}
