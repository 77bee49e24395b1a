import { availableParallelism } from 'node:os';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, PRODUCTION_RATE_LIMIT } from '../../src/config.js';

describe('loadConfig', () => {
  it('defaults to a local Neo4j on 127.0.0.1:7687 and the API on port 4000', () => {
    const config = loadConfig({});
    expect(config.neo4j).toEqual({
      uri: undefined,
      username: 'neo4j',
      password: 'policygraph',
      database: 'neo4j',
      maxConnectionPoolSize: 100,
    });
    expect(config.port).toBe(4000);
    expect(config.localNeo4j).toMatchObject({ host: '127.0.0.1', port: 7687, dir: '.neo4j/dev' });
  });

  it('reads every variable', () => {
    const config = loadConfig({
      NEO4J_URI: 'neo4j+s://abc123.databases.neo4j.io',
      NEO4J_USERNAME: 'reader',
      NEO4J_PASSWORD: 'a-long-secret',
      NEO4J_DATABASE: 'policy-graph',
      PORT: '4555',
      LOCAL_NEO4J_PORT: '7699',
      LOCAL_NEO4J_HEAP_MB: '4096',
      LOCAL_NEO4J_JAVA_OPTIONS: ' -XX:TieredStopAtLevel=1   -Xss2m ',
    });
    expect(config.neo4j).toEqual({
      uri: 'neo4j+s://abc123.databases.neo4j.io',
      username: 'reader',
      password: 'a-long-secret',
      database: 'policy-graph',
      maxConnectionPoolSize: 100,
    });
    expect(config.port).toBe(4555);
    expect(config.localNeo4j.port).toBe(7699);
    expect(config.localNeo4j.heapMb).toBe(4096);
    expect(config.localNeo4j.javaOptions).toEqual(['-XX:TieredStopAtLevel=1', '-Xss2m']);
  });

  it('takes the login from NEO4J_AUTH, as the Neo4j Docker image does, unless NEO4J_USERNAME or NEO4J_PASSWORD say otherwise', () => {
    expect(loadConfig({ NEO4J_AUTH: 'admin/with/slash' }).neo4j).toMatchObject({
      username: 'admin',
      password: 'with/slash',
    });
    expect(
      loadConfig({ NEO4J_AUTH: 'admin/secret-one', NEO4J_PASSWORD: 'secret-two' }).neo4j,
    ).toMatchObject({ username: 'admin', password: 'secret-two' });
    expect(() => loadConfig({ NEO4J_AUTH: 'nopassword' })).toThrow(
      'NEO4J_AUTH=(hidden): must be user/password',
    );
  });

  it('allows 2 HTTP exports at once by default; MAX_CONCURRENT_EXPORTS sets it, 0 turns them off', () => {
    expect(loadConfig({}).api.limits.maxConcurrentExports).toBe(2);
    expect(loadConfig({ MAX_CONCURRENT_EXPORTS: '5' }).api.limits.maxConcurrentExports).toBe(5);
    expect(loadConfig({ MAX_CONCURRENT_EXPORTS: '0' }).api.limits.maxConcurrentExports).toBe(0);
  });

  it('admits as many requests as the pool holds: pool / statements per request − exports', () => {
    const limits = (env: Record<string, string>) => loadConfig(env).api.limits;
    expect(limits({})).toMatchObject({
      maxStatementsPerRequest: 4,
      maxConcurrentRequests: 23,
      maxQueuedRequests: 100,
      maxQueueWaitMs: 2_000,
      maxResponseBytes: 4_000_000,
      heavyRequestCost: 1_000,
      maxHeavyRequestsPerClient: 1,
      maxHeavyQueueWaitMs: 10_000,
    });
    // Half the cores, at least one.
    expect(limits({}).maxHeavyRequests).toBe(Math.max(1, Math.floor(availableParallelism() / 2)));
    expect(limits({ MAX_HEAVY_REQUESTS: '3', HEAVY_REQUEST_COST: '0' })).toMatchObject({
      maxHeavyRequests: 3,
      heavyRequestCost: 0,
    });
    expect(limits({ NEO4J_MAX_CONNECTION_POOL_SIZE: '50' }).maxConcurrentRequests).toBe(10);
    expect(limits({ MAX_STATEMENTS_PER_REQUEST: '2', MAX_CONCURRENT_EXPORTS: '0' })).toMatchObject({
      maxConcurrentRequests: 50,
    });
    expect(limits({ MAX_CONCURRENT_REQUESTS: '5' }).maxConcurrentRequests).toBe(5);
    expect(() => loadConfig({ MAX_CONCURRENT_REQUESTS: '24' })).toThrow(
      /MAX_CONCURRENT_REQUESTS=24: .* at most 23 requests/,
    );
    expect(() => loadConfig({ NEO4J_MAX_CONNECTION_POOL_SIZE: '8' })).toThrow(
      /cannot hold one request and the exports/,
    );
    expect(() => loadConfig({ MAX_RESPONSE_BYTES: '10' })).toThrow(/MAX_RESPONSE_BYTES/);
  });

  it('serves /metrics in development, not in production unless METRICS says so', () => {
    expect(loadConfig({}).api.metrics).toBe(true);
    expect(loadConfig({ NODE_ENV: 'production' }).api.metrics).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production', METRICS: 'true' }).api.metrics).toBe(true);
  });

  it('limits requests per client in production only, unless RATE_LIMIT_PER_CLIENT says', () => {
    expect(loadConfig({}).api.limits.rateLimitPerClient).toBe(0);
    expect(loadConfig({ NODE_ENV: 'production' }).api.limits.rateLimitPerClient).toBe(
      PRODUCTION_RATE_LIMIT,
    );
    expect(
      loadConfig({ NODE_ENV: 'production', RATE_LIMIT_PER_CLIENT: '0' }).api.limits
        .rateLimitPerClient,
    ).toBe(0);
    expect(loadConfig({ RATE_LIMIT_PER_CLIENT: '50' }).api.limits.rateLimitPerClient).toBe(50);
    expect(() => loadConfig({ RATE_LIMIT_PER_CLIENT: '-1' })).toThrow(/RATE_LIMIT_PER_CLIENT/);
  });

  it('treats an empty NEO4J_URI as unset', () => {
    expect(loadConfig({ NEO4J_URI: '' }).neo4j.uri).toBeUndefined();
  });

  it.each([
    ['PORT', 'abc', 'PORT="abc": must be a port number'],
    ['PORT', '70000', 'PORT="70000": must be from 0 to 65535'],
    ['PORT', '40.5', 'PORT="40.5": must be a whole number'],
    [
      'NEO4J_URI',
      'http://localhost:7474',
      'NEO4J_URI="http://localhost:7474": must be a URI such as neo4j://host:7687',
    ],
    ['NEO4J_URI', 'not a uri', 'NEO4J_URI="not a uri": must be a URI'],
    ['NEO4J_DATABASE', 'x', 'NEO4J_DATABASE="x": must be a Neo4j database name'],
    ['MAX_CONCURRENT_EXPORTS', '-1', 'MAX_CONCURRENT_EXPORTS="-1": must be at least 0'],
    ['MAX_CONCURRENT_EXPORTS', 'two', 'MAX_CONCURRENT_EXPORTS="two": must be a whole number'],
    [
      'LOCAL_NEO4J_JAVA_OPTIONS',
      '-Xss2m TieredStopAtLevel=1',
      'LOCAL_NEO4J_JAVA_OPTIONS="-Xss2m TieredStopAtLevel=1": must be JVM options separated by spaces',
    ],
    [
      'LOCAL_NEO4J_PAGECACHE_MB',
      '10',
      'LOCAL_NEO4J_PAGECACHE_MB="10": must be at least 64 (megabytes)',
    ],
  ])('rejects %s=%j, naming the variable', (name, value, message) => {
    expect(() => loadConfig({ [name]: value })).toThrow(ConfigError);
    expect(() => loadConfig({ [name]: value })).toThrow(message);
  });

  it('names every bad variable at once and never prints a password', () => {
    let error: unknown;
    try {
      loadConfig({ PORT: '-1', NEO4J_PASSWORD: 'short', NEO4J_USERNAME: '' });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as Error).message;
    expect(message).toContain('PORT="-1"');
    expect(message).toContain('NEO4J_USERNAME="": must not be empty');
    expect(message).toContain('NEO4J_PASSWORD=(hidden): must have at least 8 characters');
    expect(message).not.toContain('short');
  });
});
