import { once } from 'node:events';
import { readdirSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_API, DEFAULT_LIMITS } from '../../src/config.js';
import { createApp } from '../../src/server/app.js';
import { listen, type RunningServer } from '../../src/server/http.js';
import { useTestDatabase } from '../support/database.js';
import { useGeneratedGraph } from '../support/generatedGraph.js';

/** Pages of 100: 30 pages of facts and 3 of entities, a download of a few MB. */
const SIZE = { entities: 250, facts: 3_000 };
const PAGES = Math.ceil(SIZE.entities / 100) + SIZE.facts / 100;

type Line = Record<string, unknown>;

const spools = () => readdirSync(tmpdir()).filter((name) => /^policygraph-export-\w+$/.test(name));

describe('export downloads stream', () => {
  const db = useTestDatabase();
  useGeneratedGraph(db, SIZE);
  let statements = 0;
  /** Fails the statement with this number (counted from 1), when set. */
  let failAt: number | undefined;
  const app = (maxConcurrentExports = DEFAULT_LIMITS.maxConcurrentExports) =>
    createApp({
      driver: db.driver(),
      database: db.database,
      api: { ...DEFAULT_API, limits: { ...DEFAULT_LIMITS, maxConcurrentExports } },
      onStatement: () => {
        statements += 1;
        if (statements === failAt) throw new Error('the database failed midway');
      },
    });
  let server: RunningServer;
  let base: string;
  beforeAll(async () => {
    server = await listen(app(), 0, { host: '127.0.0.1' });
    base = `http://127.0.0.1:${server.port}`;
  });
  afterAll(() => server.close());
  const reset = (fail?: number) => {
    statements = 0;
    failAt = fail;
  };

  it('reads a page only when the client has taken what came before (backpressure)', async () => {
    reset();
    const response = await app().fetch('http://localhost/export/graph.ndjson');
    const reader = (response.body as ReadableStream<Uint8Array>).getReader();
    await reader.read();
    const atFirstChunk = statements;
    await sleep(500);
    // The pages for the first chunk and one read ahead, then nothing while the client waits.
    expect(statements).toBe(atFirstChunk);
    expect(statements).toBeLessThan(PAGES / 4);
    let bytes = 0;
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
      bytes += chunk.value.length;
    }
    expect(statements).toBe(PAGES);
    expect(bytes).toBeGreaterThan(1_000_000);
  });

  it('stops reading pages, and removes its spool file, when the client goes away', async () => {
    reset();
    const before = spools();
    const client = new AbortController();
    const response = await fetch(`${base}/export/graph.json`, { signal: client.signal });
    const reader = (response.body as ReadableStream<Uint8Array>).getReader();
    // Read until this download has set links aside on disk.
    let spooled: string[] = [];
    for (let chunk = 0; chunk < 100 && spooled.length === 0; chunk++) {
      await reader.read();
      spooled = spools().filter((name) => !before.includes(name));
    }
    expect(spooled).toHaveLength(1);
    client.abort();
    await sleep(500);
    const afterAbort = statements;
    await sleep(1_000);
    expect(statements).toBe(afterAbort);
    expect(statements).toBeLessThan(PAGES / 2);
    expect(spools()).toEqual(before);
  });

  it('cuts a download that fails midway off, so that no client takes it for the whole graph', async () => {
    reset(PAGES - 5);
    const response = await fetch(`${base}/export/nodes.csv`);
    expect(response.status).toBe(200);
    await expect(response.text()).rejects.toThrow(/terminated/);
    reset(PAGES - 5);
    const inProcess = await app().fetch('http://localhost/export/graph.graphml');
    await expect(inProcess.text()).rejects.toThrow(/failed midway/);
    reset();
    expect((await fetch(`${base}/health`)).status).toBe(200);
  });

  it('runs MAX_CONCURRENT_EXPORTS downloads at once; one more gets 503, a slot frees when a download ends, fails or its client goes away', async () => {
    const limited = await listen(app(1), 0, { host: '127.0.0.1' });
    const url = `http://127.0.0.1:${limited.port}/export/graph.json`;
    const clients: AbortController[] = [];
    /** A download started and then left unread, holding its slot. */
    const hold = async () => {
      const client = new AbortController();
      clients.push(client);
      const response = await fetch(url, { signal: client.signal });
      expect(response.status).toBe(200);
      await (response.body as ReadableStream<Uint8Array>).getReader().read();
      return client;
    };
    try {
      reset();
      const held = await hold();
      const over = await fetch(url);
      expect(over.status).toBe(503);
      expect(over.headers.get('retry-after')).toMatch(/^\d+$/);
      const body = (await over.json()) as { errors: { message: string; extensions: Line }[] };
      expect(body.errors[0]?.extensions.code).toBe('TOO_MANY_EXPORTS');
      expect(body.errors[0]?.message).toMatch(/1 export.*MAX_CONCURRENT_EXPORTS/);
      // The client goes away: its slot frees once the server sees the connection close.
      held.abort();
      let next = await fetch(url);
      for (let tries = 0; next.status === 503 && tries < 20; tries++) {
        await sleep(100);
        next = await fetch(url);
      }
      expect(next.status).toBe(200);
      // Read to its end: the slot frees.
      reset();
      expect((await next.text()).length).toBeGreaterThan(1_000_000);
      // Failed midway: the slot frees.
      reset(PAGES - 5);
      const failing = await fetch(url);
      expect(failing.status).toBe(200);
      await expect(failing.text()).rejects.toThrow(/terminated/);
      reset();
      await hold();
    } finally {
      for (const client of clients) client.abort();
      await limited.close();
    }
  }, 60_000);

  it('closes a connection on which nothing moves for the idle timeout, so a stalled client cannot keep a slot', async () => {
    // Node counts reads and writes alike: a client that stops reading a download goes as quiet
    // as this one, which never sends its request; a closed connection frees the slot (above).
    const quick = await listen(app(1), 0, { host: '127.0.0.1', idleTimeoutMs: 300 });
    try {
      const socket = connect(quick.port, '127.0.0.1');
      const started = Date.now();
      await once(socket, 'close');
      expect(Date.now() - started).toBeLessThan(3_000);
    } finally {
      await quick.close();
    }
  });

  it('answers 404 saying how to turn exports on when MAX_CONCURRENT_EXPORTS is 0', async () => {
    const response = await app(0).fetch('http://localhost/export/nodes.csv');
    expect(response.status).toBe(404);
    const body = (await response.json()) as { errors: { message: string; extensions: Line }[] };
    expect(body.errors[0]?.extensions.code).toBe('EXPORTS_OFF');
    expect(body.errors[0]?.message).toMatch(/MAX_CONCURRENT_EXPORTS=0.*policygraph export/);
  });
});
