/**
 * The system under soak, all real and on loopback: a fresh local Neo4j, `policygraph load` as a
 * child process, and `policygraph start` as a child process in production mode with the
 * event-loop monitor preloaded; its memory is read from /proc.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { loadConfig } from '../../src/config.js';
import { startLocalNeo4j } from '../../src/neo4j/local/launcher.js';

const CLI = ['--import', 'tsx', 'src/cli/index.ts'];
const MONITOR = './bench/soak/monitor.ts';
const HOST = '127.0.0.1';
const LOAD_TIMEOUT_MS = 10 * 60_000;
const SERVER_START_TIMEOUT_MS = 60_000;

const log = (line: string) => console.error(line);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A free port on loopback, from the system. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, HOST, () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

export interface Neo4jForSoak {
  env: NodeJS.ProcessEnv;
  database: string;
  username: string;
  password: string;
  uri: string;
  stop(): Promise<void>;
}

export async function startNeo4j(dir: string): Promise<Neo4jForSoak> {
  const config = loadConfig({ ...process.env, NEO4J_URI: undefined });
  const neo4j = await startLocalNeo4j({
    ...config.localNeo4j,
    host: HOST,
    port: await freePort(),
    dir: path.join(dir, 'neo4j'),
    heapMb: 2048,
    pageCacheMb: 1024,
    username: config.neo4j.username,
    password: config.neo4j.password,
    log,
  });
  return {
    uri: neo4j.uri,
    database: config.neo4j.database,
    username: config.neo4j.username,
    password: config.neo4j.password,
    env: {
      ...process.env,
      NEO4J_URI: neo4j.uri,
      NEO4J_USERNAME: config.neo4j.username,
      NEO4J_PASSWORD: config.neo4j.password,
    },
    stop: () => neo4j.stop(),
  };
}

export interface LoadRun {
  variant: string;
  seconds: number;
  ok: boolean;
  /** The last lines of its output when it failed. */
  error?: string;
}

/** `policygraph load --seed <dir>` in a child process, as users run it; bounded in time. */
export function runLoad(env: NodeJS.ProcessEnv, seed: string, variant: string): Promise<LoadRun> {
  const started = performance.now();
  const child = spawn(process.execPath, [...CLI, 'load', '--seed', seed], {
    env: { ...env, NODE_OPTIONS: `${env.NODE_OPTIONS ?? ''} --max-old-space-size=4096`.trim() },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-2_000);
  });
  const timer = setTimeout(() => child.kill('SIGKILL'), LOAD_TIMEOUT_MS);
  return new Promise((resolve) => {
    child.on('close', (code) => {
      clearTimeout(timer);
      const seconds = (performance.now() - started) / 1000;
      const run: LoadRun = { variant, seconds, ok: code === 0 };
      if (code !== 0)
        run.error = `exit ${code}: ${stderr.trim().split('\n').slice(-3).join(' | ')}`;
      resolve(run);
    });
  });
}

export interface EventLoopDelay {
  p50: number;
  p99: number;
  max: number;
  count: number;
}

export interface ServerUnderSoak {
  base: string;
  pid: number;
  /** Starts the event-loop histogram afresh: the run is measured, not the start. */
  resetEventLoop(): void;
  eventLoopDelay(): Promise<EventLoopDelay | undefined>;
  memory(): { rssMb: number; maxRssMb: number } | undefined;
  /** Whether it is still running (a crash is a finding). */
  alive(): boolean;
  stop(): Promise<void>;
}

/** `policygraph start` in production mode against the soak's Neo4j; resolves once it is up. */
export async function startServer(env: NodeJS.ProcessEnv): Promise<ServerUnderSoak> {
  const port = await freePort();
  const child: ChildProcess = spawn(
    process.execPath,
    ['--import', 'tsx', '--import', MONITOR, 'src/cli/index.ts', 'start'],
    {
      env: {
        ...env,
        PORT: String(port),
        NODE_ENV: 'production',
        GRAPHQL_INTROSPECTION: 'false',
        GRAPHIQL: 'false',
      },
      stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
    },
  );
  let latest: EventLoopDelay | undefined;
  const waiting = new Set<(delay: EventLoopDelay) => void>();
  child.on('message', (message: { soak?: string } & EventLoopDelay) => {
    if (message?.soak !== 'eventLoopDelay') return;
    latest = { p50: message.p50, p99: message.p99, max: message.max, count: message.count };
    for (const resolve of waiting) resolve(latest);
    waiting.clear();
  });
  const base = `http://${HOST}:${port}`;
  const deadline = Date.now() + SERVER_START_TIMEOUT_MS;
  for (;;) {
    if (child.exitCode !== null) throw new Error('the server exited while starting');
    const up = await fetch(`${base}/health`).then(
      (response) => response.ok,
      () => false,
    );
    if (up) break;
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`the server did not answer /health within ${SERVER_START_TIMEOUT_MS} ms`);
    }
    await sleep(200);
  }
  const pid = child.pid as number;
  let maxSampled = 0;
  const memory = () => {
    const status = readProcStatus(pid);
    if (!status) return undefined;
    maxSampled = Math.max(maxSampled, status.rssMb);
    return { rssMb: status.rssMb, maxRssMb: Math.max(maxSampled, status.hwmMb) };
  };
  return {
    base,
    pid,
    resetEventLoop: () => child.send?.('soak:reset'),
    eventLoopDelay: () =>
      new Promise((resolve) => {
        if (!child.connected) return resolve(latest);
        const timer = setTimeout(() => resolve(latest), 5_000);
        waiting.add((delay) => {
          clearTimeout(timer);
          resolve(delay);
        });
        child.send('soak:report');
      }),
    memory,
    alive: () => child.exitCode === null && child.signalCode === null,
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** VmRSS (now) and VmHWM (the most it has had) of a process, in MiB. */
export function readProcStatus(pid: number): { rssMb: number; hwmMb: number } | undefined {
  let text: string;
  try {
    text = readFileSync(`/proc/${pid}/status`, 'utf8');
  } catch {
    return undefined;
  }
  const kb = (name: string) =>
    Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(text)?.[1] ?? 0);
  return { rssMb: kb('VmRSS') / 1024, hwmMb: kb('VmHWM') / 1024 };
}
