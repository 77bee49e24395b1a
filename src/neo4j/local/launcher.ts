import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { createInterface } from 'node:readline';
import type { LocalNeo4jConfig } from '../../config.js';
import { LAUNCHER_CONFIG, LAUNCHER_MAIN_CLASS, launcherClasspath } from './build.js';
import { findOrClearLauncher, writeLauncherInfo } from './staleProcess.js';
import { checkJava, javaCommand, ToolchainError } from './toolchain.js';

export interface LocalNeo4jOptions extends LocalNeo4jConfig {
  username: string;
  password: string;
  /** Progress messages; stderr by default. */
  log?: (line: string) => void;
}

export interface LocalNeo4j {
  /** The Bolt URI to connect to, such as bolt://127.0.0.1:7687. */
  uri: string;
  /**
   * False when another policygraph command already ran the local Neo4j on this folder and this
   * one connects to it: then stop() leaves it running and exited never resolves.
   */
  owned: boolean;
  /** Resolves with the exit code when the process ends, whoever ended it. */
  exited: Promise<number | null>;
  /** Shuts Neo4j down cleanly; kills it if it has not stopped within the timeout. */
  stop(timeoutMs?: number): Promise<void>;
}

const READY_TIMEOUT_MS = 180_000;

// JVM flags from Neo4j's own start script, which the embedded engine expects too.
const JVM_FLAGS = [
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '--add-opens=java.base/java.lang=ALL-UNNAMED',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '-Djdk.nio.maxCachedBufferSize=1024',
  '-XX:+UseG1GC',
  '-XX:-OmitStackTraceInFastThrow',
  '-XX:+ExitOnOutOfMemoryError',
];

/**
 * Starts the local Neo4j (the launcher in neo4j-local/) and resolves once Bolt accepts
 * connections, or connects to the one another policygraph command runs on the same folder. The process stops when `stop()` is called, on SIGINT/SIGTERM, and by itself when
 * the Node process that started it dies.
 */
export async function startLocalNeo4j(options: LocalNeo4jOptions): Promise<LocalNeo4j> {
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  checkJava();
  const classpath = await launcherClasspath(log);
  const home = path.resolve(options.dir);
  mkdirSync(home, { recursive: true });
  const running = await findOrClearLauncher(home);
  if (running) {
    log(`Using the local Neo4j that process ${running.owner} runs at ${running.uri}.`);
    return { uri: running.uri, owned: false, exited: new Promise(() => {}), stop: async () => {} };
  }
  await ensurePortFree(options.host, options.port);

  const child = spawn(
    javaCommand(),
    [
      `-Xms${options.heapMb}m`,
      `-Xmx${options.heapMb}m`,
      ...JVM_FLAGS,
      ...(options.javaOptions ?? []),
      '-cp',
      classpath,
      LAUNCHER_MAIN_CLASS,
      '--home',
      home,
      '--config',
      LAUNCHER_CONFIG,
      '--listen',
      `${options.host}:${options.port}`,
      '--pagecache',
      String(options.pageCacheMb),
      '--exit-on-stdin-close',
    ],
    {
      env: { ...process.env, NEO4J_USERNAME: options.username, NEO4J_PASSWORD: options.password },
      stdio: ['pipe', 'pipe', 'pipe'],
    },
  );
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  const uri = await waitUntilReady(child, exited, home);
  writeLauncherInfo(home, { uri, owner: process.pid });
  return { uri, owned: true, exited, stop: (timeoutMs) => stop(child, exited, timeoutMs) };
}

function waitUntilReady(
  child: ChildProcess,
  exited: Promise<number | null>,
  home: string,
): Promise<string> {
  const stderrTail: string[] = [];
  child.stderr?.on('data', (chunk: Buffer) => {
    stderrTail.push(...chunk.toString().split('\n'));
    stderrTail.splice(0, Math.max(0, stderrTail.length - 40));
  });
  const failure = (reason: string) =>
    new ToolchainError(
      `The local Neo4j did not start: ${reason}. Its log: ${path.join(home, 'logs/debug.log')}` +
        (stderrTail.some(Boolean) ? `\nIt printed:\n${stderrTail.join('\n').trim()}` : ''),
    );

  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(failure(`not ready after ${READY_TIMEOUT_MS / 1000} s`));
    }, READY_TIMEOUT_MS);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(failure(error.message));
    });
    void exited.then((code) => {
      clearTimeout(timer);
      reject(failure(`it exited with code ${code}`));
    });
    if (!child.stdout) return reject(failure('no output stream'));
    const lines = createInterface({ input: child.stdout });
    lines.on('line', (line) => {
      const ready = /^READY (bolt:\/\/\S+)$/.exec(line);
      if (ready?.[1]) {
        clearTimeout(timer);
        resolve(ready[1]);
      }
    });
  });
}

async function stop(
  child: ChildProcess,
  exited: Promise<number | null>,
  timeoutMs = 60_000,
): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
  await exited;
  clearTimeout(timer);
}

function ensurePortFree(host: string, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', (error: NodeJS.ErrnoException) => {
      reject(
        new ToolchainError(
          error.code === 'EADDRINUSE'
            ? `${host}:${port} is already in use, perhaps by another Neo4j. Stop it, set ` +
                'LOCAL_NEO4J_PORT to a free port, or set NEO4J_URI to use that Neo4j.'
            : `cannot listen on ${host}:${port} for the local Neo4j: ${error.message}`,
        ),
      );
    });
    probe.listen(port, host, () => probe.close(() => resolve()));
  });
}
