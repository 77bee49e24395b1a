import { readFileSync } from 'node:fs';
import { useCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention';
import { useDisableIntrospection } from '@graphql-yoga/plugin-disable-introspection';
import { usePersistedOperations } from '@graphql-yoga/plugin-persisted-operations';
import { createYoga, type Plugin, type YogaServerInstance } from 'graphql-yoga';
import type { Driver } from 'neo4j-driver';
import { type ApiConfig, DEFAULT_API } from '../config.js';
import { createContext, type GraphContext } from '../graphql/context.js';
import { clientError } from '../graphql/errors.js';
import { buildSchema } from '../graphql/schema.js';
import { ResponseTooLarge } from '../queries/errors.js';
import { isReachable, type Reader } from '../queries/reader.js';
import { admissionPlugin } from './admission.js';
import { corsPlugin } from './cors.js';
import { exportPlugin } from './exports.js';
import { requestLimitPlugins } from './limits.js';
import { metricsPlugin } from './metrics.js';
import { rateLimitPlugin } from './rateLimit.js';
import { reconcilePlugin } from './reconcile.js';

export interface AppOptions {
  driver: Driver;
  database: string;
  /** Limits and production switches; the defaults suit development and tests. */
  api?: ApiConfig;
  /** Sees every Cypher statement the API sends (tests count them). */
  onStatement?: Reader['onStatement'];
  /**
   * The driver /ready asks, best one of its own (createProbeDriver): then /ready says whether
   * Neo4j answers, not whether the requests' pool is busy. Defaults to `driver`.
   */
  readinessDriver?: Driver;
  /** The driver's pool size, reported at /metrics. */
  connectionPoolSize?: number | undefined;
}

export type App = YogaServerInstance<Record<string, unknown>, GraphContext>;

const GRAPHQL_ENDPOINT = '/graphql';

/**
 * The GraphQL API at /graphql, liveness at /health, readiness (Neo4j reachable) at /ready,
 * and, when on, metrics at /metrics.
 * Stateless: all state is in Neo4j, so any number of these can serve one database.
 */
export function createApp({
  driver,
  database,
  api = DEFAULT_API,
  onStatement,
  readinessDriver = driver,
  connectionPoolSize,
}: AppOptions): App {
  const gauges = { statementsInFlight: 0 };
  const reader: Reader = {
    driver,
    database,
    timeoutMs: api.limits.queryTimeoutMs,
    requestTimeoutMs: api.limits.requestTimeoutMs,
    ...(onStatement ? { onStatement } : {}),
    perRequest: {
      maxConcurrentStatements: api.limits.maxStatementsPerRequest,
      maxResponseBytes: api.limits.maxResponseBytes,
    },
    gauges,
  };
  const admission = admissionPlugin(api.limits);
  const plugins: Plugin[] = [
    corsPlugin(api.corsOrigins),
    ...(api.limits.rateLimitPerClient > 0 ? [rateLimitPlugin(api.limits.rateLimitPerClient)] : []),
    ...requestLimitPlugins(api.limits, api.production),
    // After the limits: only a request that will run takes a place, in the lane its cost says.
    admission.plugin,
    readinessPlugin(() => isReachable({ driver: readinessDriver, database })),
    responseSizePlugin(api.limits.maxResponseBytes),
    // Browsers may send simple (non-preflighted) requests cross-site; requiring a JSON body or
    // a custom header makes them preflight, so CORS decides.
    useCSRFPrevention({ requestHeaders: ['x-graphql-yoga-csrf', 'graphql-client-name'] }),
    exportPlugin(reader, api.limits.maxConcurrentExports),
    reconcilePlugin(reader),
  ];
  if (api.metrics) {
    plugins.push(
      metricsPlugin({ admission: admission.stats, statements: gauges, connectionPoolSize }),
    );
  }
  if (!api.introspection) plugins.push(useDisableIntrospection());
  if (api.persistedOperations) plugins.push(persistedOperations(api.persistedOperations));
  return createYoga<Record<string, unknown>, GraphContext>({
    schema: buildSchema(),
    graphqlEndpoint: GRAPHQL_ENDPOINT,
    healthCheckEndpoint: '/health',
    context: () => createContext(reader),
    plugins,
    graphiql: api.graphiql,
    landingPage: false,
    // Unexpected errors become "Unexpected error." with a code; details stay in the log.
    maskedErrors: true,
    batching: api.limits.maxBatch > 0 ? { limit: api.limits.maxBatch } : false,
    // corsPlugin above: yoga's own CORS sends credentials and answers `null` to unlisted origins.
    cors: false,
    // listen() refuses a body by its declared length before reading it, and Node's parser reads
    // no further than that length; yoga's own limit copies every body through a stream, 7 % of
    // a small request's CPU.
    maxRequestBodySize: false,
    logging: 'warn',
  });
}

/**
 * /ready: 200 when Neo4j answers, else 503. yoga's useReadinessCheck does the same but matches
 * every other request's URL against a URLPattern too, 2 % of a small request's CPU.
 */
function readinessPlugin(reachable: () => Promise<boolean>): Plugin {
  return {
    onRequest({ url, endResponse, fetchAPI }) {
      if (url.pathname !== '/ready') return;
      return reachable().then((ready) =>
        endResponse(new fetchAPI.Response(null, { status: ready ? 200 : 503 })),
      );
    },
  };
}

/**
 * MAX_RESPONSE_BYTES on the answer itself. Statements count their records as they read them and
 * stop the request when over (src/queries/reader.ts); such a request is answered with that error
 * alone, without the partial data. The serialised answer is measured too, as GraphQL can repeat
 * what was read (the same entity under many aliases).
 */
function responseSizePlugin(maxBytes: number): Plugin {
  const tooLarge = () => ({ errors: [clientError(new ResponseTooLarge(maxBytes))] });
  return {
    onExecutionResult({ result, setResult, context }) {
      if (!result || Symbol.asyncIterator in result) return;
      if ((context as Partial<GraphContext>).reader?.budget?.exceeded) {
        setResult(tooLarge());
        return;
      }
      setResult({
        ...result,
        stringify: (sanitized) => {
          const json = JSON.stringify(sanitized);
          // A UTF-16 unit is at most 3 bytes of UTF-8: most answers need no count of their bytes.
          const over = json.length * 3 > maxBytes && Buffer.byteLength(json) > maxBytes;
          return over ? JSON.stringify(tooLarge()) : json;
        },
      });
    },
  };
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
