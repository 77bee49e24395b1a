import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { createDriver } from '../../src/neo4j/driver.js';
import { type LocalNeo4j, startLocalNeo4j } from '../../src/neo4j/local/launcher.js';
import { isAlive } from '../../src/neo4j/local/staleProcess.js';
import { checkJava } from '../../src/neo4j/local/toolchain.js';
import { runCli } from '../support/cli.js';
import { freePort } from '../support/freePort.js';

const credentials = { username: 'neo4j', password: 'launcher-test', database: 'neo4j' };
const dir = mkdtempSync(path.join(tmpdir(), 'policygraph-launcher-'));
const started: LocalNeo4j[] = [];

async function start(): Promise<LocalNeo4j> {
  const neo4j = await startLocalNeo4j({
    host: '127.0.0.1',
    port: await freePort(),
    dir,
    heapMb: 512,
    pageCacheMb: 64,
    ...credentials,
    log: () => {},
  });
  started.push(neo4j);
  return neo4j;
}

async function query<T>(uri: string, cypher: string): Promise<T> {
  const driver = createDriver(uri, { ...credentials, uri });
  try {
    const { records } = await driver.executeQuery(cypher, {}, { database: 'neo4j' });
    return records[0]?.get(0) as T;
  } finally {
    await driver.close();
  }
}

/** `policygraph neo4j` on the same folder, in a process of its own; resolves once it is ready. */
async function runNeo4jCommand() {
  const cli = runCli(['neo4j'], {
    LOCAL_NEO4J_DIR: dir,
    LOCAL_NEO4J_PORT: String(await freePort()),
    LOCAL_NEO4J_HEAP_MB: '512',
    NEO4J_PASSWORD: credentials.password,
  });
  await cli.waitForLine(/Ctrl-C stops it/);
  return cli;
}

/** The pid of a process that has exited. */
function deadPid(): number {
  return spawnSync('true').pid as number;
}

const launcherPid = () => Number(readFileSync(path.join(dir, 'launcher.pid'), 'utf8'));

async function waitUntilDead(pid: number): Promise<void> {
  for (let waited = 0; isAlive(pid) && waited < 30_000; waited += 100) await sleep(100);
}

describe('the local Neo4j launcher', () => {
  afterAll(async () => {
    await Promise.all(started.map((neo4j) => neo4j.stop()));
    rmSync(dir, { recursive: true, force: true });
  });

  // Here rather than in test/unit/toolchain.test.ts: the unit tier runs without Java.
  it('accepts the Java of this machine', () => {
    expect(checkJava()).toBeGreaterThanOrEqual(17);
  });

  it('serves Bolt with the configured login, and stops cleanly', async () => {
    const neo4j = await start();
    expect(neo4j.uri).toMatch(/^bolt:\/\/127\.0\.0\.1:\d+$/);
    expect(await query<number>(neo4j.uri, 'RETURN 1 + 1')).toBe(2);
    await query(neo4j.uri, "CREATE (:Marker {name: 'kept'})");
    await neo4j.stop();
    expect(await neo4j.exited).toBe(0);
  });

  it('starts again after a run killed with SIGKILL, with the data committed before', async () => {
    const first = await start();
    const pid = launcherPid();
    process.kill(pid, 'SIGKILL');
    await first.exited;
    // The killed run left its pid file behind.
    expect(readFileSync(path.join(dir, 'launcher.pid'), 'utf8')).toBe(String(pid));

    const second = await start();
    expect(await query<string>(second.uri, 'MATCH (m:Marker) RETURN m.name')).toBe('kept');
    await second.stop();
  });

  it('replaces a launcher left running by a run whose process is gone', async () => {
    const leftOver = await start();
    // As if the process that started it had been killed while the launcher kept running.
    const info = path.join(dir, 'launcher.json');
    writeFileSync(
      info,
      JSON.stringify({ ...JSON.parse(readFileSync(info, 'utf8')), owner: deadPid() }),
    );
    const replacement = await start();
    expect(replacement.owned).toBe(true);
    expect(await leftOver.exited).toBe(0);
    expect(await query<string>(replacement.uri, 'MATCH (m:Marker) RETURN m.name')).toBe('kept');
    await replacement.stop();
  });

  it('connects to the local Neo4j that another running command started, and leaves it running', async () => {
    const cli = await runNeo4jCommand();
    const shared = await start();
    expect(shared.owned).toBe(false);
    expect(await query<string>(shared.uri, 'MATCH (m:Marker) RETURN m.name')).toBe('kept');
    await shared.stop();
    expect(await query<number>(shared.uri, 'RETURN 1')).toBe(1);
    cli.child.kill('SIGTERM');
    expect(await cli.exited).toBe(0);
  });

  it('stops by itself when the process that started it is killed', async () => {
    const cli = await runNeo4jCommand();
    const pid = launcherPid();
    expect(isAlive(pid)).toBe(true);
    cli.child.kill('SIGKILL');
    await waitUntilDead(pid);
    expect(isAlive(pid)).toBe(false);
  });
});
