import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { loadConfig } from '../../src/config.js';
import { createDriver } from '../../src/neo4j/driver.js';
import { type LocalNeo4j, startLocalNeo4j } from '../../src/neo4j/local/launcher.js';
import { LOCK_TIMES_FILE, type LockTimes, serveDatabaseLock } from './databaseLock.js';
import { freePort } from './freePort.js';
import type { TestNeo4j } from './neo4jContext.js';

const TEST_DIR = '.neo4j/test';

/**
 * Starts one local Neo4j for the whole run (fresh data, a free port), or uses NEO4J_URI when it
 * is set. Tests erase the database, so a NEO4J_URI that holds data is refused unless
 * POLICYGRAPH_TESTS_MAY_ERASE=yes says that is fine. Serves the lock that lets one test file at
 * a time use it (see databaseLock.ts), and a folder for what the shared graphs hold (database.ts).
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  // The integration and e2e projects both list this setup; in one run they share one Neo4j.
  const shared = globalThis as { [SHARED]?: { started: Promise<Started>; users: number } };
  shared[SHARED] ??= { started: start(), users: 0 };
  const entry = shared[SHARED];
  entry.users += 1;
  const started = await entry.started;
  project.provide('neo4j', started.neo4j);
  return async () => {
    entry.users -= 1;
    if (entry.users > 0) return;
    delete shared[SHARED];
    await started.stop();
  };
}

const SHARED = Symbol.for('policygraph.testNeo4j');

interface Started {
  neo4j: TestNeo4j;
  stop: () => Promise<void>;
}

/**
 * Hands out how to reach the Neo4j at once, and starts it meanwhile: files that need none run
 * during the start, and the lock grants nothing until it is ready (or fails, naming why).
 */
async function start(): Promise<Started> {
  const config = loadConfig();
  let local: LocalNeo4j | undefined;
  const uri = config.neo4j.uri;
  let ready: Promise<string>;
  if (!uri) {
    rmSync(TEST_DIR, { recursive: true, force: true });
    ready = startOnAFreePort(config).then((started) => {
      local = started;
      return started.uri;
    });
  } else {
    const given = uri;
    ready = refuseToEraseData(given, config).then(() => given);
  }
  const lock = await serveDatabaseLock(ready);
  const state = mkdtempSync(path.join(tmpdir(), 'policygraph-test-state-'));
  return {
    neo4j: { ...config.neo4j, local: !config.neo4j.uri, lockPort: lock.port, state },
    stop: async () => {
      keepLockTimes(lock.times());
      await lock.close();
      rmSync(state, { recursive: true, force: true });
      await ready.catch(() => {});
      await local?.stop();
    },
  };
}

/**
 * A free port is free when asked, not always when Neo4j binds it a moment later (other processes
 * take ports too): on "Address already in use", another port.
 */
async function startOnAFreePort(config: ReturnType<typeof loadConfig>): Promise<LocalNeo4j> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await startLocalNeo4j({
        host: '127.0.0.1',
        port: await freePort(),
        dir: TEST_DIR,
        heapMb: 1024,
        pageCacheMb: 256,
        ...(config.localNeo4j.javaOptions ? { javaOptions: config.localNeo4j.javaOptions } : {}),
        username: config.neo4j.username,
        password: config.neo4j.password,
      });
    } catch (error) {
      if (attempt === 3 || !/Address already in use/.test((error as Error).message)) throw error;
    }
  }
}

async function refuseToEraseData(uri: string, config: ReturnType<typeof loadConfig>) {
  if (process.env.POLICYGRAPH_TESTS_MAY_ERASE === 'yes') return;
  const driver = createDriver(uri, config.neo4j);
  try {
    const { records } = await driver.executeQuery(
      'MATCH (n) RETURN count(n) AS nodes',
      {},
      { database: config.neo4j.database },
    );
    const nodes = records[0]?.get('nodes') ?? 0;
    if (nodes > 0) {
      throw new Error(
        `The tests erase their database, and ${config.neo4j.database} at ${uri} holds ${nodes} nodes. ` +
          'Unset NEO4J_URI to test on a local Neo4j, point it at an empty database, ' +
          'or set POLICYGRAPH_TESTS_MAY_ERASE=yes.',
      );
    }
  } finally {
    await driver.close();
  }
}

/**
 * Adds this run's lock times to those of earlier runs (a run of a few files keeps the others'),
 * and says in one line how the shared Neo4j was used.
 */
function keepLockTimes(times: Record<string, LockTimes>): void {
  const entries = Object.values(times);
  if (entries.length === 0) return;
  let kept: Record<string, LockTimes> = {};
  try {
    kept = JSON.parse(readFileSync(LOCK_TIMES_FILE, 'utf8'));
  } catch {
    // None yet, or unreadable: start again.
  }
  mkdirSync(path.dirname(LOCK_TIMES_FILE), { recursive: true });
  writeFileSync(LOCK_TIMES_FILE, `${JSON.stringify({ ...kept, ...times }, null, 1)}\n`);
  const seconds = (ms: number) => (ms / 1000).toFixed(0);
  const sum = (key: 'heldMs' | 'waitedMs') => entries.reduce((total, t) => total + t[key], 0);
  console.log(
    `shared Neo4j: ${entries.length} files held it ${seconds(sum('heldMs'))} s in all, and waited for it ${seconds(sum('waitedMs'))} s; it was held ${seconds(heldSpan(entries))} s of the run and idle ${seconds(idleBetween(entries))} s between its first grant and its last release`,
  );
}

/** How long at least one file held the lock (overlapping holds of readers count once). */
function heldSpan(entries: LockTimes[]): number {
  const spans = entries
    .map((t) => [t.grantedAtMs, t.grantedAtMs + t.heldMs] as const)
    .sort((a, b) => a[0] - b[0]);
  let total = 0;
  let end = Number.NEGATIVE_INFINITY;
  for (const [from, to] of spans) {
    if (to <= end) continue;
    total += to - Math.max(from, end);
    end = to;
  }
  return total;
}

/** How long nobody held the lock between the first grant and the last release. */
function idleBetween(entries: LockTimes[]): number {
  const first = Math.min(...entries.map((t) => t.grantedAtMs));
  const last = Math.max(...entries.map((t) => t.grantedAtMs + t.heldMs));
  return last - first - heldSpan(entries);
}
