import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { neo4jVersion } from '../../src/neo4j/local/build.js';

// No Docker engine runs the tests, so these pin what can be read: the Compose file and the Dockerfile.

interface ComposeService {
  image?: string;
  build?: string;
  command?: string[];
  environment?: Record<string, string>;
  volumes?: string[];
  healthcheck?: { test: string[] };
  depends_on?: Record<string, { condition: string }>;
}

const compose = parse(readFileSync('docker-compose.yml', 'utf8'), { merge: true }) as {
  services: Record<string, ComposeService>;
  volumes: Record<string, unknown>;
};
const { neo4j, seed, api } = compose.services as Record<string, ComposeService>;

describe('docker-compose.yml', () => {
  it('runs the same Neo4j Community version as the local launcher', () => {
    expect(neo4j?.image).toBe(`neo4j:${neo4jVersion()}-community`);
    expect(neo4jVersion()).toMatch(/^5\.26\.\d+$/);
  });

  it('gives Neo4j the transaction settings the local launcher gives it', () => {
    // The Neo4j image's form of a setting: NEO4J_, then its name with _ doubled and . as _.
    const settings = readFileSync('neo4j-local/neo4j.conf', 'utf8')
      .split('\n')
      .filter((line) => line.startsWith('db.transaction.'))
      .map((line) => line.split('='));
    expect(settings.length).toBeGreaterThanOrEqual(2);
    for (const [name, value] of settings)
      expect(
        neo4j?.environment?.[`NEO4J_${String(name).replaceAll('_', '__').replaceAll('.', '_')}`],
      ).toBe(value);
  });

  it('keeps Neo4j data in a named volume and checks its health over Bolt', () => {
    const [volume] = neo4j?.volumes?.[0]?.split(':') ?? [];
    expect(volume).toBeDefined();
    expect(compose.volumes).toHaveProperty(volume as string);
    expect(neo4j?.healthcheck?.test.join(' ')).toContain('cypher-shell');
  });

  it('takes NEO4J_AUTH from the environment, with a default, for every service', () => {
    for (const service of [neo4j, seed, api]) {
      expect(service?.environment?.NEO4J_AUTH).toMatch(/^\$\{NEO4J_AUTH:-neo4j\/.{8,}\}$/);
    }
  });

  it('loads the seed once Neo4j is healthy, and starts the API after the load succeeded', () => {
    expect(seed?.command).toEqual(['load', '--seed', '/app/seed']);
    expect(seed?.depends_on?.neo4j?.condition).toBe('service_healthy');
    expect(api?.depends_on).toEqual({
      neo4j: { condition: 'service_healthy' },
      seed: { condition: 'service_completed_successfully' },
    });
    expect(api?.environment?.NEO4J_URI).toBe('bolt://neo4j:7687');
  });
});

describe('Dockerfile', () => {
  const dockerfile = readFileSync('Dockerfile', 'utf8');

  it('builds in a stage of its own and runs as a non-root user on Node 24 (the current LTS) with production dependencies only', () => {
    const stages = dockerfile.match(/^FROM .+$/gm) ?? [];
    expect(stages).toHaveLength(2);
    expect(stages.every((from) => from.startsWith('FROM node:24-'))).toBe(true);
    expect(dockerfile).toMatch(/npm prune --omit=dev/);
    const runtime = dockerfile.slice(dockerfile.lastIndexOf('FROM '));
    expect(runtime).toMatch(/^USER node$/m);
    expect(runtime).toMatch(/COPY --from=build \/app\/node_modules/);
  });
});
