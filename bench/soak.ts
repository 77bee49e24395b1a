/**
 * `npm run soak`: the API under a long mixed load while its graph is reloaded, all real and on
 * loopback. A fresh local Neo4j gets a generated graph in two variants (A, B) that differ in
 * many facts; `policygraph start` (production mode) serves it; for the run's length a reload
 * alternates B, A, B, ... while a probe, normal clients and hostile clients (one class per
 * attack) ask. Reports the goals, pass or fail, in bench/results/soak-DATE.md (and .json);
 * exits 1 when a goal fails.
 *
 *   npm run soak -- [--minutes 10 | --seconds N] [--facts 100000] [--reload-seconds 60]
 *                   [--max-rss-mb 1024] [--out bench/results]
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os, { tmpdir } from 'node:os';
import path from 'node:path';
import { Command, InvalidArgumentError } from 'commander';
import { createDriver } from '../src/neo4j/driver.js';
import { describeEnvironment } from './environment.js';
import { runClass } from './soak/clients.js';
import { clientAgent, REQUEST_TIMEOUT_MS } from './soak/http.js';
import { goals, renderReport, resultJson, type SoakResult } from './soak/report.js';
import { type ClassStats, emptyStats } from './soak/stats.js';
import {
  type LoadRun,
  runLoad,
  type ServerUnderSoak,
  startNeo4j,
  startServer,
} from './soak/system.js';
import { writeVariants } from './soak/variants.js';
import {
  type ClientClass,
  HOSTILE_CLASSES,
  type HostileClass,
  hostileRequests,
  normalRequests,
} from './soak/workload.js';

const positive = (min: number) => (value: string) => {
  const n = Number(value.replaceAll('_', ''));
  if (!Number.isFinite(n) || n < min) throw new InvalidArgumentError(`at least ${min}`);
  return n;
};

const options = new Command('soak')
  .description('PolicyGraph under mixed and hostile load while its graph is reloaded')
  .option('--minutes <n>', 'how long the clients run', positive(0.1), 10)
  .option(
    '--seconds <n>',
    'how long the clients run, in seconds (instead of --minutes)',
    positive(1),
  )
  .option('--facts <n>', 'facts in the generated graph', positive(100), 100_000)
  .option('--reload-seconds <n>', 'a reload starts this often', positive(1), 60)
  .option('--max-rss-mb <n>', "the goal for the server's max RSS, in MiB", positive(64), 1024)
  .option('--out <dir>', 'where the report goes', 'bench/results')
  .parse()
  .opts<{
    minutes: number;
    seconds?: number;
    facts: number;
    reloadSeconds: number;
    maxRssMb: number;
    out: string;
  }>();

/** Connections per class: the hostile ones bounded, a few more than the export slots for (f). */
const CONNECTIONS: Record<Exclude<ClientClass, 'probe'>, number> = {
  normal: 4,
  'a-timeline-tree': 2,
  'b-nodes-copies': 2,
  'c-aliased-searches': 4,
  'd-huge-answers': 2,
  'e-limits': 2,
  'f-slow-downloads': 3,
};
const PAUSE_MS: Partial<Record<ClientClass, number>> = { 'e-limits': 20, 'f-slow-downloads': 500 };
/** A slow download is read for this long at most, then dropped (see downloadHoldMs). */
const DOWNLOAD_HOLD_MS = 20_000;
const PROBE_INTERVAL_MS = 100;
/**
 * Where each client sends from: the server limits heavy requests per remote address, as it
 * would per host. Prefixes of 127.0.0.0/8, all loopback: normal user i is 127.0.1.i, hostile
 * class k 127.0.2.k, the probe 127.0.3.1.
 */
const CLIENT_ADDRESSES = { normal: '127.0.1.', hostile: '127.0.2.', probe: '127.0.3.1' };

const log = (line: string) => console.error(`[soak] ${line}`);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const plannedSeconds = Math.round(options.seconds ?? options.minutes * 60);
/** A short run holds its slow downloads for half its length, so none outlasts it by much. */
const downloadHoldMs = Math.min(DOWNLOAD_HOLD_MS, plannedSeconds * 500);
const work = mkdtempSync(path.join(tmpdir(), 'policygraph-soak-'));
let server: ServerUnderSoak | undefined;
let stopNeo4j: (() => Promise<void>) | undefined;
let exitCode = 1;
/** The most the server's RSS reached, from the samples (see sampleMemory). */
let peakRssMb = 0;
try {
  log(`generating ${options.facts} facts in variants A and B`);
  const graph = writeVariants(path.join(work, 'seeds'), options.facts);
  const neo4j = await startNeo4j(work);
  stopNeo4j = neo4j.stop;
  log('loading A');
  const initialLoad = await runLoad(neo4j.env, graph.seeds.A, 'A');
  if (!initialLoad.ok) throw new Error(`the first load failed: ${initialLoad.error}`);
  const driver = createDriver(neo4j.uri, neo4j);
  const environment = await describeEnvironment(driver, neo4j.database).finally(() =>
    driver.close(),
  );
  server = await startServer(neo4j.env);
  const running = server;
  log(`server ${running.base} (pid ${running.pid}); running for ${plannedSeconds} s`);

  const loadAtStart = loadAverage();
  const started = Date.now();
  const end = started + plannedSeconds * 1000;
  running.resetEventLoop();
  const classes: Partial<Record<ClientClass, ClassStats>> = {};
  const loop = { base: running.base, end, maxRequests: 1_000_000 };

  const normal = emptyStats();
  classes.normal = normal;
  // Each normal connection is a user of its own; each hostile class one client (one address)
  // with several connections; the probe another (see CLIENT_ADDRESSES).
  const normalAgents = Array.from({ length: CONNECTIONS.normal }, (_, i) =>
    clientAgent(`${CLIENT_ADDRESSES.normal}${i + 1}`),
  );
  const clients: Promise<void>[] = [
    runClass(normalRequests(graph), CONNECTIONS.normal, normal, loop, normalAgents),
  ];
  for (const [name, requests] of Object.entries(hostileRequests(graph, downloadHoldMs)) as [
    HostileClass,
    ReturnType<typeof hostileRequests>[HostileClass],
  ][]) {
    const stats = emptyStats();
    classes[name] = stats;
    const pauseMs = PAUSE_MS[name];
    const agent = clientAgent(`${CLIENT_ADDRESSES.hostile}${HOSTILE_CLASSES.indexOf(name) + 1}`);
    clients.push(
      runClass(requests, CONNECTIONS[name], stats, pauseMs ? { ...loop, pauseMs } : loop, [agent]),
    );
  }
  const probe = runProbe(running.base, graph.hubs[1] ?? graph.hubs[0] ?? 'org-0000000', end);
  const loads = reloadUntil(end, neo4j.env, graph.seeds);
  const memory = sampleMemory(running, end);

  let clientSeconds = 0;
  const clientsDone = Promise.all([probe, ...clients]).then(([probeStats]) => {
    clientSeconds = (Date.now() - started) / 1000;
    return probeStats;
  });
  const [probeStats, loadRuns] = await Promise.all([clientsDone, loads, memory]);
  classes.probe = probeStats;
  const seconds = (Date.now() - started) / 1000;
  const eventLoopDelay = await running.eventLoopDelay();
  const now = running.memory();
  const result: SoakResult = {
    date: new Date().toISOString().slice(0, 10),
    // Other work on the machine slows everything; the load average says how much there was.
    environment: [
      ...environment,
      `Load average (1 min) at the start ${loadAtStart}, at the end ${loadAverage()}`,
    ],
    plannedSeconds,
    clientSeconds,
    seconds,
    reloadSeconds: options.reloadSeconds,
    facts: graph.facts,
    entities: graph.entities,
    markedFacts: graph.markedFacts.length,
    onlyInA: graph.onlyIn.A.length,
    onlyInB: graph.onlyIn.B.length,
    initialLoad,
    loads: loadRuns,
    // The probe first, then normal, then the hostile classes in order.
    classes: {
      probe: probeStats,
      ...Object.fromEntries(Object.entries(classes).filter(([name]) => name !== 'probe')),
    },
    server: {
      maxRssMb: Math.max(peakRssMb, now?.maxRssMb ?? 0),
      endRssMb: now?.rssMb ?? 0,
      survived: running.alive(),
      eventLoopDelay,
    },
    maxRssGoalMb: options.maxRssMb,
  };
  const markdown = renderReport(result);
  mkdirSync(options.out, { recursive: true });
  const file = path.join(options.out, `soak-${result.date}.md`);
  writeFileSync(file, markdown);
  writeFileSync(file.replace(/\.md$/, '.json'), `${JSON.stringify(resultJson(result), null, 2)}\n`);
  console.log(`\n${markdown}\nWritten to ${file}.`);
  exitCode = goals(result).every((goal) => goal.pass) ? 0 : 1;
} catch (error) {
  console.error(`soak failed: ${(error as Error).stack ?? error}`);
  exitCode = 2;
} finally {
  await server?.stop();
  await stopNeo4j?.();
  rmSync(work, { recursive: true, force: true });
}
process.exit(exitCode);

function loadAverage(): string {
  return (os.loadavg()[0] ?? 0).toFixed(1);
}

/** A reload every --reload-seconds, alternating B, A, B, ...; none starts after the end. */
async function reloadUntil(
  end: number,
  env: NodeJS.ProcessEnv,
  seeds: Record<'A' | 'B', string>,
): Promise<LoadRun[]> {
  const runs: LoadRun[] = [];
  let next = Date.now() + options.reloadSeconds * 1000;
  while (next < end) {
    await sleep(next - Date.now());
    const variant = runs.length % 2 === 0 ? 'B' : 'A';
    log(`reload ${runs.length + 1}: ${variant}`);
    const run = await runLoad(env, seeds[variant], variant);
    log(`reload ${runs.length + 1}: ${run.ok ? 'done' : 'FAILED'} in ${run.seconds.toFixed(1)} s`);
    runs.push(run);
    next = Math.max(next + options.reloadSeconds * 1000, Date.now());
  }
  return runs;
}

/** The server's RSS every second until the end (VmHWM catches peaks between samples). */
async function sampleMemory(target: ServerUnderSoak, end: number): Promise<void> {
  while (Date.now() < end) {
    const memory = target.memory();
    if (memory) peakRssMb = Math.max(peakRssMb, memory.maxRssMb);
    await sleep(Math.min(1_000, Math.max(0, end - Date.now())));
  }
}

/** The probe in its own process (see soak/probe.ts); its tally, or an empty one if it failed. */
function runProbe(base: string, entity: string, end: number): Promise<ClassStats> {
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      'bench/soak/probe.ts',
      base,
      entity,
      String(end),
      String(PROBE_INTERVAL_MS),
      CLIENT_ADDRESSES.probe,
    ],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  let stdout = '';
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
  });
  // Bounded: the probe ends by itself at `end`, plus one request's timeout.
  const timer = setTimeout(
    () => child.kill('SIGKILL'),
    end - Date.now() + REQUEST_TIMEOUT_MS + 10_000,
  );
  return new Promise((resolve) => {
    child.on('close', (code) => {
      clearTimeout(timer);
      try {
        resolve(JSON.parse(stdout.trim().split('\n').pop() ?? '') as ClassStats);
      } catch {
        log(`the probe failed (exit ${code})`);
        const stats = emptyStats();
        stats.clientErrors['probe process failed'] = 1;
        stats.requests = 1;
        resolve(stats);
      }
    });
  });
}
