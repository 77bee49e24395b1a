import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { createDriver } from '../../src/neo4j/driver.js';
import type { LocalNeo4j } from '../../src/neo4j/local/launcher.js';
import { isAlive } from '../../src/neo4j/local/staleProcess.js';
import { checkJava } from '../../src/neo4j/local/toolchain.js';
import { runCli } from '../support/cli.js';
import { freePort } from '../support/freePort.js';
import { SHORT_LIVED_ENV, startShortLivedNeo4j } from '../support/shortLivedNeo4j.js';

const credentials = { username: 'neo4j', password: 'launcher-test', database: 'neo4j' };
const dir = mkdtempSync(path.join(tmpdir(), 'policygraph-launcher-'));
const started: LocalNeo4j[] = [];

async function start(): Promise<LocalNeo4j> {
  const neo4j = await startShortLivedNeo4j({ dir, port: await freePort(), ...credentials });
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
    ...SHORT_LIVED_ENV,
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

/**
 * One story, each step starting from where the last one left the folder, so that it takes four
 * starts of Neo4j rather than one or two a test.
 */
describe('the local Neo4j launcher', () => {
  let running: LocalNeo4j;
  let command: Awaited<ReturnType<typeof runNeo4jCommand>>;

  afterAll(async () => {
    await Promise.all(started.map((neo4j) => neo4j.stop()));
    command?.child.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  });

  // Here rather than in test/unit/toolchain.test.ts: the unit tier runs without Java.
  it('accepts the Java of this machine', () => {
    expect(checkJava()).toBeGreaterThanOrEqual(17);
  });

  it('serves Bolt with the configured login', async () => {
    running = await start();
    expect(running.uri).toMatch(/^bolt:\/\/127\.0\.0\.1:\d+$/);
    expect(running.owned).toBe(true);
    expect(await query<number>(running.uri, 'RETURN 1 + 1')).toBe(2);
    await query(running.uri, "CREATE (:Marker {name: 'kept'})");
  });

  it('starts again after a run killed with SIGKILL, with the data committed before', async () => {
    const pid = launcherPid();
    process.kill(pid, 'SIGKILL');
    await running.exited;
    // The killed run left its pid file behind.
    expect(readFileSync(path.join(dir, 'launcher.pid'), 'utf8')).toBe(String(pid));

    running = await start();
    expect(await query<string>(running.uri, 'MATCH (m:Marker) RETURN m.name')).toBe('kept');
  });

  it('replaces a launcher left running by a run whose process is gone', async () => {
    const leftOver = running;
    // As if the process that started it had been killed while the launcher kept running.
    const info = path.join(dir, 'launcher.json');
    writeFileSync(
      info,
      JSON.stringify({ ...JSON.parse(readFileSync(info, 'utf8')), owner: deadPid() }),
    );
    running = await start();
    expect(running.owned).toBe(true);
    expect(await leftOver.exited).toBe(0);
    expect(await query<string>(running.uri, 'MATCH (m:Marker) RETURN m.name')).toBe('kept');
  });

  it('stops cleanly', async () => {
    await running.stop();
    expect(await running.exited).toBe(0);
  });

  it('connects to the local Neo4j that another running command started, and leaves it running', async () => {
    command = await runNeo4jCommand();
    const shared = await start();
    expect(shared.owned).toBe(false);
    expect(await query<string>(shared.uri, 'MATCH (m:Marker) RETURN m.name')).toBe('kept');
    await shared.stop();
    expect(await query<number>(shared.uri, 'RETURN 1')).toBe(1);
  });

  it('stops by itself when the process that started it is killed', async () => {
    const pid = launcherPid();
    expect(isAlive(pid)).toBe(true);
    command.child.kill('SIGKILL');
    await waitUntilDead(pid);
    expect(isAlive(pid)).toBe(false);
  });
});
