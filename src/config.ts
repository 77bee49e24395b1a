import { availableParallelism } from 'node:os';
import { z } from 'zod';

/**
 * PolicyGraph's settings, all read from the environment and checked once at start, so that a
 * wrong value stops the program with the variable's name instead of failing later.
 */
export interface Config {
  /** Where the API reads the graph. `uri` unset means: start the local Neo4j and use it. */
  neo4j: {
    uri: string | undefined;
    username: string;
    password: string;
    database: string;
    /** The driver's connections at most (NEO4J_MAX_CONNECTION_POOL_SIZE); admission is sized on it. */
    maxConnectionPoolSize?: number;
  };
  /** The HTTP port of the GraphQL server. */
  port: number;
  /** The Neo4j that PolicyGraph starts by itself when NEO4J_URI is unset. */
  localNeo4j: LocalNeo4jConfig;
  api: ApiConfig;
}

/** How the API guards itself: limits on every request, and what production turns off. */
export interface ApiConfig {
  /** NODE_ENV=production: introspection, GraphiQL and cross-origin requests off by default. */
  production: boolean;
  introspection: boolean;
  graphiql: boolean;
  /** Origins allowed to call from a browser; ['*'] for any, [] for none. */
  corsOrigins: string[];
  /** A JSON file of allowed operations ({ "id": "query ..." }); when set, only those run. */
  persistedOperations: string | undefined;
  /** Serve /metrics (Prometheus text): on in development, off in production unless METRICS. */
  metrics: boolean;
  limits: RequestLimits;
}

export interface RequestLimits {
  maxDepth: number;
  maxCost: number;
  maxAliases: number;
  maxTokens: number;
  maxDirectives: number;
  maxBodyBytes: number;
  /** Operations in one batched request; 0 turns batching off. */
  maxBatch: number;
  /** Neo4j cancels a statement that runs longer. */
  queryTimeoutMs: number;
  /**
   * No statement of a request starts later than this after the request began, and none runs
   * past it. It bounds how long a request may read a replaced generation of the graph, so a
   * load's --retain must exceed it.
   */
  requestTimeoutMs: number;
  /** Downloads under /export/ at once in this process, each a scan of the graph; 0 turns them off. */
  maxConcurrentExports: number;
  /** Statements one request runs at once; its other statements wait their turn. */
  maxStatementsPerRequest: number;
  /** GraphQL requests executing at once in this process; more wait in line. */
  maxConcurrentRequests: number;
  /** Requests waiting for their turn; more are refused at once (503, Retry-After). */
  maxQueuedRequests: number;
  /** A request that waits longer than this for its turn is refused (503) rather than run late. */
  maxQueueWaitMs: number;
  /** A request that may cost more than this (src/graphql/cost.ts) is heavy: it runs in the heavy lane. */
  heavyRequestCost: number;
  /** Heavy requests executing at once; cheap requests never wait behind them. */
  maxHeavyRequests: number;
  /** A heavy request waits this long at most for the heavy lane, then is refused (503). */
  maxHeavyQueueWaitMs: number;
  /** Heavy requests of one client (one remote address) in the heavy lane at once; its others wait. */
  maxHeavyRequestsPerClient: number;
  /** Requests a second from one client (one remote address); more get 429. 0: no limit. */
  rateLimitPerClient: number;
  /** Bytes one request may read from Neo4j and answer; more stops it with RESPONSE_TOO_LARGE. */
  maxResponseBytes: number;
}

/** The driver's default pool, which the API's driver keeps unless NEO4J_MAX_CONNECTION_POOL_SIZE. */
export const DEFAULT_CONNECTION_POOL_SIZE = 100;

/**
 * How many requests may execute at once without the pool running dry: each request holds at most
 * `maxStatementsPerRequest` connections, and so does each export (it reads a page at a time, a
 * page being one request), so (requests + exports) × statements per request must not exceed the
 * pool. /ready uses a connection of its own, outside the pool. With the defaults:
 * floor(100 / 4) − 2 = 23 requests, 23 × 4 + 2 × 4 = 100 connections.
 */
export function requestsThePoolAllows(
  poolSize: number,
  maxStatementsPerRequest: number,
  maxConcurrentExports: number,
): number {
  return Math.floor(poolSize / maxStatementsPerRequest) - maxConcurrentExports;
}

/**
 * The limits' defaults, sized on the API's own requests. The deepest request the tests make (a
 * connection in a connection in a connection: 20 organizations, 10 investments each, 10 board
 * seats each) has depth 12 and costs 13,280 (src/graphql/cost.ts). The examples cost up to
 * 17,803, the explorer's costliest request (access routes) 34,330, the notebook's (a
 * neighbourhood one ring deep, limit 200) 17,400; two rings deep with the most facts (limit 500)
 * cost 87,000. Refused: three nested timelines, 504,504,501
 * with their defaults; 100 copies of an id with its timeline's facts and their entities,
 * 430,200 (test/integration/cost.test.ts).
 */
export const DEFAULT_LIMITS: RequestLimits = {
  maxDepth: 15,
  maxCost: 250_000,
  maxAliases: 20,
  maxTokens: 3_000,
  maxDirectives: 20,
  maxBodyBytes: 100_000,
  maxBatch: 0,
  queryTimeoutMs: 5_000,
  requestTimeoutMs: 30_000,
  // An export of 100,000 facts reads for about 30 s in about 270 MB.
  maxConcurrentExports: 2,
  // Twenty aliased searches run five rounds of four: a little slower for that request, and no
  // request can take the pool from the others.
  maxStatementsPerRequest: 4,
  maxConcurrentRequests: requestsThePoolAllows(DEFAULT_CONNECTION_POOL_SIZE, 4, 2),
  // A waiting request holds only its parsed body (at most MAX_BODY_BYTES).
  maxQueuedRequests: 100,
  maxQueueWaitMs: 2_000,
  // A lookup with its facts' first page costs about 300, the examples 51 to 17,803. Heavy work
  // is mostly Neo4j's, on the same cores: heavy requests on half the cores, each running one
  // statement at a time, leave the other half to the cheap ones (bench/soak.ts measures it).
  heavyRequestCost: 1_000,
  maxHeavyRequests: Math.max(1, Math.floor(availableParallelism() / 2)),
  // A heavy request may run for seconds (twenty searches, one at a time): the next in line
  // waits for it rather than be refused.
  maxHeavyQueueWaitMs: 10_000,
  // One client cannot fill the heavy lane: its second heavy request waits for its first.
  maxHeavyRequestsPerClient: 1,
  // Off in development (tests, notebooks in loops); production's default is PRODUCTION_RATE_LIMIT.
  rateLimitPerClient: 0,
  // Records read, as JSON: the largest example (05, a path) answers 17 KB from 30 to 100 KB of
  // records, so 4 MB is 40 times that; 100 entities with 100 facts each (1 MB of answer) is over.
  maxResponseBytes: 4_000_000,
};

/**
 * Requests a second one client may send in production: a person in the explorer sends a few
 * (a page, a search as they type); a notebook in a loop is slowed to this, not refused for good.
 */
export const PRODUCTION_RATE_LIMIT = 20;

export const DEFAULT_API: ApiConfig = {
  production: false,
  introspection: true,
  graphiql: true,
  corsOrigins: ['*'],
  persistedOperations: undefined,
  metrics: true,
  limits: DEFAULT_LIMITS,
};

export interface LocalNeo4jConfig {
  host: string;
  port: number;
  /** Folder for the database files and logs; created when missing. */
  dir: string;
  heapMb: number;
  pageCacheMb: number;
  /** More JVM options, after the launcher's own (so they win): a GC, JIT or diagnostics flag. */
  javaOptions?: string[];
}

const NEO4J_SCHEMES = ['bolt', 'bolt+s', 'bolt+ssc', 'neo4j', 'neo4j+s', 'neo4j+ssc'];

const port = (fallback: number) =>
  z.coerce
    .number({ error: 'must be a port number' })
    .int('must be a whole number')
    .min(0, 'must be from 0 to 65535')
    .max(65535, 'must be from 0 to 65535')
    .default(fallback);

const megabytes = (fallback: number) =>
  z.coerce
    .number({ error: 'must be a number of megabytes' })
    .int('must be a whole number of megabytes')
    .min(64, 'must be at least 64 (megabytes)')
    .default(fallback);

const count = (fallback: number, min = 1) =>
  z.coerce
    .number({ error: 'must be a whole number' })
    .int('must be a whole number')
    .min(min, `must be at least ${min}`)
    .default(fallback);

const flag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'], { error: 'must be true or false' })
  .transform((value) => ['true', '1', 'yes'].includes(value))
  .optional();

const environment = z.object({
  NODE_ENV: z.string().optional(),
  GRAPHQL_INTROSPECTION: flag,
  GRAPHIQL: flag,
  CORS_ORIGINS: z
    .string()
    .trim()
    .refine(
      (value) =>
        value
          .split(',')
          .every((origin) => origin.trim() === '*' || /^https?:\/\/[^/\s]+$/.test(origin.trim())),
      'must be * or a comma-separated list of origins such as https://example.org',
    )
    .optional(),
  PERSISTED_OPERATIONS: z.string().trim().min(1, 'must be a file path').optional(),
  GRAPHQL_MAX_DEPTH: count(DEFAULT_LIMITS.maxDepth),
  GRAPHQL_MAX_COST: count(DEFAULT_LIMITS.maxCost),
  GRAPHQL_MAX_ALIASES: count(DEFAULT_LIMITS.maxAliases, 0),
  GRAPHQL_MAX_TOKENS: count(DEFAULT_LIMITS.maxTokens),
  GRAPHQL_MAX_DIRECTIVES: count(DEFAULT_LIMITS.maxDirectives, 0),
  GRAPHQL_MAX_BATCH: count(DEFAULT_LIMITS.maxBatch, 0),
  MAX_BODY_BYTES: count(DEFAULT_LIMITS.maxBodyBytes, 1024),
  QUERY_TIMEOUT_MS: count(DEFAULT_LIMITS.queryTimeoutMs, 10),
  REQUEST_TIMEOUT_MS: count(DEFAULT_LIMITS.requestTimeoutMs, 10),
  MAX_CONCURRENT_EXPORTS: count(DEFAULT_LIMITS.maxConcurrentExports, 0),
  MAX_STATEMENTS_PER_REQUEST: count(DEFAULT_LIMITS.maxStatementsPerRequest),
  // Unset: as many as the pool allows (see requestsThePoolAllows).
  MAX_CONCURRENT_REQUESTS: z.coerce
    .number({ error: 'must be a whole number' })
    .int('must be a whole number')
    .min(1, 'must be at least 1')
    .optional(),
  MAX_QUEUED_REQUESTS: count(DEFAULT_LIMITS.maxQueuedRequests, 0),
  MAX_QUEUE_WAIT_MS: count(DEFAULT_LIMITS.maxQueueWaitMs, 10),
  HEAVY_REQUEST_COST: count(DEFAULT_LIMITS.heavyRequestCost, 0),
  MAX_HEAVY_REQUESTS: count(DEFAULT_LIMITS.maxHeavyRequests),
  MAX_HEAVY_QUEUE_WAIT_MS: count(DEFAULT_LIMITS.maxHeavyQueueWaitMs, 10),
  MAX_HEAVY_REQUESTS_PER_CLIENT: count(DEFAULT_LIMITS.maxHeavyRequestsPerClient),
  // Unset: PRODUCTION_RATE_LIMIT in production, none in development.
  RATE_LIMIT_PER_CLIENT: z.coerce
    .number({ error: 'must be a whole number' })
    .int('must be a whole number')
    .min(0, 'must be at least 0')
    .optional(),
  MAX_RESPONSE_BYTES: count(DEFAULT_LIMITS.maxResponseBytes, 10_000),
  METRICS: flag,
  NEO4J_MAX_CONNECTION_POOL_SIZE: count(DEFAULT_CONNECTION_POOL_SIZE),
  NEO4J_URI: z
    .string()
    .trim()
    .optional()
    .transform((value) => (value === '' ? undefined : value))
    .refine((value) => value === undefined || hasNeo4jScheme(value), {
      message: `must be a URI such as neo4j://host:7687 or neo4j+s://id.databases.neo4j.io (schemes: ${NEO4J_SCHEMES.join(', ')})`,
    }),
  NEO4J_USERNAME: z.string().min(1, 'must not be empty').optional(),
  // Neo4j refuses passwords shorter than 8 characters, so the local Neo4j could not use one.
  NEO4J_PASSWORD: z.string().min(8, 'must have at least 8 characters').optional(),
  // The Neo4j Docker image's form, user/password; NEO4J_USERNAME and NEO4J_PASSWORD win over it.
  NEO4J_AUTH: z
    .string()
    .regex(/^[^/]+\/.{8,}$/, 'must be user/password, with a password of at least 8 characters')
    .optional(),
  NEO4J_DATABASE: z
    .string()
    .regex(
      /^[A-Za-z][A-Za-z0-9.-]{2,62}$/,
      'must be a Neo4j database name: 3 to 63 letters, digits, dots or dashes, starting with a letter',
    )
    .default('neo4j'),
  PORT: port(4000),
  LOCAL_NEO4J_HOST: z.string().min(1, 'must not be empty').default('127.0.0.1'),
  LOCAL_NEO4J_PORT: port(7687),
  LOCAL_NEO4J_DIR: z.string().min(1, 'must not be empty').default('.neo4j/dev'),
  // Sized for a 2-core, 24 GiB machine: room for large loads without starving Node.
  LOCAL_NEO4J_HEAP_MB: megabytes(2048),
  LOCAL_NEO4J_PAGECACHE_MB: megabytes(1024),
  LOCAL_NEO4J_JAVA_OPTIONS: z
    .string()
    .default('')
    .transform((value) => value.split(/\s+/).filter(Boolean))
    .refine((options) => options.every((option) => option.startsWith('-')), {
      message: 'must be JVM options separated by spaces, each starting with "-"',
    }),
});

function hasNeo4jScheme(value: string): boolean {
  try {
    return NEO4J_SCHEMES.includes(new URL(value).protocol.replace(/:$/, ''));
  } catch {
    return false;
  }
}

function splitAuth(auth: string | undefined): [string?, string?] {
  if (!auth) return [];
  const slash = auth.indexOf('/');
  return [auth.slice(0, slash), auth.slice(slash + 1)];
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Reads the configuration; throws a ConfigError naming every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = environment.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => {
      const name = String(issue.path[0]);
      const shown = /PASSWORD|AUTH/.test(name) ? '(hidden)' : JSON.stringify(env[name] ?? '');
      return `  ${name}=${shown}: ${issue.message}`;
    });
    throw new ConfigError(`Invalid environment:\n${problems.join('\n')}`);
  }
  const e = parsed.data;
  const [authUser, authPassword] = splitAuth(e.NEO4J_AUTH);
  return {
    neo4j: {
      uri: e.NEO4J_URI,
      username: e.NEO4J_USERNAME ?? authUser ?? 'neo4j',
      password: e.NEO4J_PASSWORD ?? authPassword ?? 'policygraph',
      database: e.NEO4J_DATABASE,
      maxConnectionPoolSize: e.NEO4J_MAX_CONNECTION_POOL_SIZE,
    },
    port: e.PORT,
    localNeo4j: {
      host: e.LOCAL_NEO4J_HOST,
      port: e.LOCAL_NEO4J_PORT,
      dir: e.LOCAL_NEO4J_DIR,
      heapMb: e.LOCAL_NEO4J_HEAP_MB,
      pageCacheMb: e.LOCAL_NEO4J_PAGECACHE_MB,
      javaOptions: e.LOCAL_NEO4J_JAVA_OPTIONS,
    },
    api: apiConfig(e),
  };
}

function apiConfig(e: z.infer<typeof environment>): ApiConfig {
  const production = e.NODE_ENV === 'production';
  const admitted = concurrentRequests(e);
  const origins = e.CORS_ORIGINS?.split(',')
    .map((origin) => origin.trim())
    .filter(Boolean);
  return {
    production,
    introspection: e.GRAPHQL_INTROSPECTION ?? !production,
    graphiql: e.GRAPHIQL ?? !production,
    corsOrigins: origins ?? (production ? [] : ['*']),
    persistedOperations: e.PERSISTED_OPERATIONS,
    metrics: e.METRICS ?? !production,
    limits: {
      maxDepth: e.GRAPHQL_MAX_DEPTH,
      maxCost: e.GRAPHQL_MAX_COST,
      maxAliases: e.GRAPHQL_MAX_ALIASES,
      maxTokens: e.GRAPHQL_MAX_TOKENS,
      maxDirectives: e.GRAPHQL_MAX_DIRECTIVES,
      maxBodyBytes: e.MAX_BODY_BYTES,
      maxBatch: e.GRAPHQL_MAX_BATCH,
      queryTimeoutMs: e.QUERY_TIMEOUT_MS,
      requestTimeoutMs: e.REQUEST_TIMEOUT_MS,
      maxConcurrentExports: e.MAX_CONCURRENT_EXPORTS,
      maxStatementsPerRequest: e.MAX_STATEMENTS_PER_REQUEST,
      maxConcurrentRequests: admitted,
      maxQueuedRequests: e.MAX_QUEUED_REQUESTS,
      maxQueueWaitMs: e.MAX_QUEUE_WAIT_MS,
      heavyRequestCost: e.HEAVY_REQUEST_COST,
      maxHeavyRequests: e.MAX_HEAVY_REQUESTS,
      maxHeavyQueueWaitMs: e.MAX_HEAVY_QUEUE_WAIT_MS,
      maxHeavyRequestsPerClient: e.MAX_HEAVY_REQUESTS_PER_CLIENT,
      rateLimitPerClient:
        e.RATE_LIMIT_PER_CLIENT ??
        (production ? PRODUCTION_RATE_LIMIT : DEFAULT_LIMITS.rateLimitPerClient),
      maxResponseBytes: e.MAX_RESPONSE_BYTES,
    },
  };
}

/** MAX_CONCURRENT_REQUESTS, or as many as the pool allows; never more than it allows. */
function concurrentRequests(e: z.infer<typeof environment>): number {
  const pool = e.NEO4J_MAX_CONNECTION_POOL_SIZE;
  const perRequest = e.MAX_STATEMENTS_PER_REQUEST;
  const allowed = requestsThePoolAllows(pool, perRequest, e.MAX_CONCURRENT_EXPORTS);
  const sizes = `NEO4J_MAX_CONNECTION_POOL_SIZE=${pool}, MAX_STATEMENTS_PER_REQUEST=${perRequest}, MAX_CONCURRENT_EXPORTS=${e.MAX_CONCURRENT_EXPORTS}`;
  if (allowed < 1) {
    throw new ConfigError(
      `Invalid environment:\n  ${sizes}: the pool cannot hold one request and the exports; raise the pool or lower the others.`,
    );
  }
  const asked = e.MAX_CONCURRENT_REQUESTS ?? allowed;
  if (asked > allowed) {
    throw new ConfigError(
      `Invalid environment:\n  MAX_CONCURRENT_REQUESTS=${asked}: with ${sizes} the pool holds at most ${allowed} requests (pool / statements per request − exports); lower it or raise the pool.`,
    );
  }
  return asked;
}
