import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SHORT_LIVED_ENV } from '../support/shortLivedNeo4j.js';

/** A client class's figures in the report's JSON. */
interface ClassJson {
  requests: number;
  byStatus: Record<string, number>;
  clientErrors: Record<string, number>;
  serverErrors: number;
  admission503: number;
  latency: { count: number };
}

/**
 * The whole soak, short and small: its own Neo4j, loads, server and clients for 8 s. Checks that
 * the report is complete and its figures add up, not that today's server meets the goals.
 */
describe('npm run soak', () => {
  const out = mkdtempSync(path.join(tmpdir(), 'policygraph-soak-test-'));
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('runs every client class, reloads, and writes a report whose figures add up', async () => {
    const child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        'bench/soak.ts',
        ...['--facts', '500', '--seconds', '8', '--reload-seconds', '2', '--out', out],
      ],
      {
        env: { ...process.env, NEO4J_URI: '', ...SHORT_LIVED_ENV },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let output = '';
    for (const stream of [child.stdout, child.stderr]) {
      stream.on('data', (chunk: Buffer) => {
        output += chunk.toString();
      });
    }
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    // 0: every goal met; 1: one failed; anything else: the soak itself broke.
    expect([0, 1], output.slice(-3_000)).toContain(code);

    const date = new Date().toISOString().slice(0, 10);
    const markdown = readFileSync(path.join(out, `soak-${date}.md`), 'utf8');
    for (const section of ['## Goals', '## Loads', '## Probe', '## Clients', '## Server']) {
      expect(markdown).toContain(section);
    }
    expect(output).toContain(markdown.trim().split('\n')[0] as string);
    const result = JSON.parse(readFileSync(path.join(out, `soak-${date}.json`), 'utf8'));
    expect(result.pass).toBe(code === 0);
    expect(result.goals).toHaveLength(7);
    expect(markdown).toContain(`**${result.pass ? 'PASS' : 'FAIL'}**`);

    expect(Object.keys(result.classes).sort()).toEqual(
      [
        'probe',
        'normal',
        'a-timeline-tree',
        'b-nodes-copies',
        'c-aliased-searches',
        'd-huge-answers',
        'e-limits',
        'f-slow-downloads',
      ].sort(),
    );
    const sum = (counts: Record<string, number>) =>
      Object.values(counts).reduce((a, b) => a + b, 0);
    for (const [name, stats] of Object.entries(result.classes as Record<string, ClassJson>)) {
      expect(stats.requests, name).toBeGreaterThan(0);
      expect(sum(stats.byStatus) + sum(stats.clientErrors), name).toBe(stats.requests);
      expect(stats.latency.count, name).toBe(stats.requests);
      expect(stats.admission503, name).toBeLessThanOrEqual(stats.byStatus['503'] ?? 0);
      const fivexx = Object.entries<number>(stats.byStatus)
        .filter(([status]) => Number(status) >= 500)
        .reduce((total, [, n]) => total + n, 0);
      expect(stats.serverErrors, name).toBe(fivexx);
      expect(markdown).toContain(`| ${name} | ${stats.requests} |`);
    }
    // The limits class meets each limit that refuses before GraphQL.
    expect(result.classes['e-limits'].byStatus['413']).toBeGreaterThan(0);
    expect(result.classes['e-limits'].byStatus['411']).toBeGreaterThan(0);
    expect(result.classes['e-limits'].byCode.LIMIT_EXCEEDED).toBeGreaterThan(0);

    expect(result.initialLoad.ok).toBe(true);
    expect(result.loads.length).toBeGreaterThanOrEqual(1);
    expect(result.loads[0].variant).toBe('B');
    expect(result.facts).toBe(500);
    expect(result.markedFacts + result.onlyInA + result.onlyInB).toBeGreaterThan(0);
    expect(result.server.maxRssMb).toBeGreaterThan(0);
    expect(result.server.maxRssMb).toBeGreaterThanOrEqual(result.server.endRssMb);
    expect(result.server.eventLoopDelay.count).toBeGreaterThan(0);
    expect(result.clientSeconds).toBeGreaterThanOrEqual(8);
    expect(result.seconds).toBeGreaterThanOrEqual(result.clientSeconds);
  }, 240_000);
});
