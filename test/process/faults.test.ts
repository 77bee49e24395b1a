import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSeed } from '../../src/load/load.js';
import { createDriver } from '../../src/neo4j/driver.js';
import type { LocalNeo4j } from '../../src/neo4j/local/launcher.js';
import { createApp } from '../../src/server/app.js';
import { listen, type RunningServer } from '../../src/server/http.js';
import { freePort } from '../support/freePort.js';
import { startShortLivedNeo4j } from '../support/shortLivedNeo4j.js';

/** A Neo4j of this test's own, stopped and started again while the API runs. */
describe('when Neo4j goes away and comes back', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'policygraph-faults-'));
  const credentials = { username: 'neo4j', password: 'faults-test', database: 'neo4j' };
  let port: number;
  let neo4j: LocalNeo4j;
  let driver: ReturnType<typeof createDriver>;
  let server: RunningServer;
  let base: string;

  const start = () => startShortLivedNeo4j({ dir, port, ...credentials });
  const ask = async () => {
    const started = performance.now();
    const response = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ entity(id: "openai") { name } }' }),
    });
    return {
      status: response.status,
      body: await response.json(),
      ms: performance.now() - started,
    };
  };
  const ready = async () => (await fetch(`${base}/ready`)).status;

  beforeAll(async () => {
    port = await freePort();
    neo4j = await start();
    driver = createDriver(neo4j.uri, { uri: neo4j.uri, ...credentials });
    await loadSeed(driver, 'neo4j', 'test/fixtures/seed-small');
    server = await listen(createApp({ driver, database: 'neo4j' }), 0, { host: '127.0.0.1' });
    base = `http://127.0.0.1:${server.port}`;
  }, 240_000);

  afterAll(async () => {
    await server?.close();
    await driver?.close();
    await neo4j?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('serves, then fails fast with SERVICE_UNAVAILABLE and turns /ready to 503, then recovers by itself', async () => {
    expect((await ask()).body.data).toEqual({ entity: { name: 'OpenAI' } });
    expect(await ready()).toBe(200);
    expect((await fetch(`${base}/health`)).status).toBe(200);

    await neo4j.stop();
    const down = await ask();
    expect(down.status).toBeLessThan(500);
    expect(down.body.errors[0].extensions.code).toBe('SERVICE_UNAVAILABLE');
    // Fails fast: the driver's retries are capped at 3 s; no request hangs on a dead database.
    expect(down.ms).toBeLessThan(15_000);
    expect(await ready()).toBe(503);
    expect((await fetch(`${base}/health`)).status).toBe(200);

    neo4j = await start();
    let answer = await ask();
    for (let tries = 0; answer.body.errors && tries < 30; tries++) {
      await sleep(1000);
      answer = await ask();
    }
    expect(answer.body.data).toEqual({ entity: { name: 'OpenAI' } });
    expect(await ready()).toBe(200);
  }, 240_000);
});
