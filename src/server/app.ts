import { readFileSync } from 'node:fs';
import { useCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention';
import { useDisableIntrospection } from '@graphql-yoga/plugin-disable-introspection';
import { usePersistedOperations } from '@graphql-yoga/plugin-persisted-operations';
import { createYoga, type Plugin, useReadinessCheck, type YogaServerInstance } from 'graphql-yoga';
import type { Driver } from 'neo4j-driver';
import { type ApiConfig, DEFAULT_API } from '../config.js';
import { createContext, type GraphContext } from '../graphql/context.js';
import { buildSchema } from '../graphql/schema.js';
import { isReachable, type Reader } from '../queries/read.js';
import { exportPlugin } from './exports.js';
import { requestLimitPlugins } from './limits.js';

export interface AppOptions {
  driver: Driver;
  database: string;
  /** Limits and production switches; the defaults suit development and tests. */
  api?: ApiConfig;
  /** Sees every Cypher statement the API sends (tests count them). */
  onStatement?: Reader['onStatement'];
}

export type App = YogaServerInstance<Record<string, unknown>, GraphContext>;

/**
 * The GraphQL API at /graphql, liveness at /health, readiness (Neo4j reachable) at /ready.
 * Stateless: all state is in Neo4j, so any number of these can serve one database.
 */
export function createApp({ driver, database, api = DEFAULT_API, onStatement }: AppOptions): App {
  const reader: Reader = {
    driver,
    database,
    timeoutMs: api.limits.queryTimeoutMs,
    requestTimeoutMs: api.limits.requestTimeoutMs,
    ...(onStatement ? { onStatement } : {}),
  };
  const plugins: Plugin[] = [
    ...requestLimitPlugins(api.limits, api.production),
    useReadinessCheck({ endpoint: '/ready', check: () => isReachable(reader) }),
    // Browsers may send simple (non-preflighted) requests cross-site; requiring a JSON body or
    // a custom header makes them preflight, so CORS decides.
    useCSRFPrevention({ requestHeaders: ['x-graphql-yoga-csrf', 'graphql-client-name'] }),
    exportPlugin(reader, api.limits.maxConcurrentExports),
  ];
  if (!api.introspection) plugins.push(useDisableIntrospection());
  if (api.persistedOperations) plugins.push(persistedOperations(api.persistedOperations));
  return createYoga<Record<string, unknown>, GraphContext>({
    schema: buildSchema(),
    graphqlEndpoint: '/graphql',
    healthCheckEndpoint: '/health',
    context: () => createContext(reader),
    plugins,
    graphiql: api.graphiql,
    landingPage: false,
    // Unexpected errors become "Unexpected error." with a code; details stay in the log.
    maskedErrors: true,
    batching: api.limits.maxBatch > 0 ? { limit: api.limits.maxBatch } : false,
    cors: corsFor(api.corsOrigins),
    logging: 'warn',
  });
}

function corsFor(origins: string[]) {
  if (origins.includes('*')) return { origin: '*', methods: ['GET', 'POST'] };
  if (origins.length === 0) return false;
  return { origin: origins, methods: ['GET', 'POST'] };
}

/** Only the operations in the file run; clients send `extensions.persistedQuery.sha256Hash`. */
function persistedOperations(file: string): Plugin {
  const operations = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
  const refused = (message: string, code: string) => ({
    message,
    extensions: { code, http: { status: 400, spec: false } },
  });
  return usePersistedOperations({
    getPersistedOperation: (id: string) => operations[id] ?? null,
    allowArbitraryOperations: false,
    customErrors: {
      persistedQueryOnly: refused(
        'Only persisted operations run here: send extensions.persistedQuery.sha256Hash, not a query.',
        'PERSISTED_QUERY_ONLY',
      ),
      notFound: refused('Persisted operation not found.', 'PERSISTED_QUERY_NOT_FOUND'),
      keyNotFound: refused(
        'Send the persisted operation id as extensions.persistedQuery.sha256Hash.',
        'PERSISTED_QUERY_NOT_FOUND',
      ),
    },
  }) as Plugin;
}
