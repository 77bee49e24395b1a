/**
 * One graph size: a generated seed loaded with `policygraph load` into an empty local Neo4j
 * folder (the bulk importer's path, as a user's first load), then that Neo4j started and each
 * implementation in a process of its own, measured with autocannon.
 */
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { loadConfig } from '../src/config.js';
import { generateSeed } from '../src/generate/synthetic.js';
import { createDriver } from '../src/neo4j/driver.js';
import { startLocalNeo4j } from '../src/neo4j/local/launcher.js';
import { listSeedFiles } from '../src/seed/files.js';
import { readSeedFileFast } from '../src/seed/parse.js';
import { runParts, seedParts, workerModule } from '../src/seed/threads.js';
import { validateSeed } from '../src/seed/validate.js';
import { describeEnvironment } from './environment.js';
import { neo4jGraphqlRequests } from './implementations/neo4jGraphql.js';
import { policyGraphRequests } from './implementations/policygraph.js';
import { rawRequests } from './implementations/raw.js';
import { ask, measure, measureInTurns, type Target } from './measure.js';
import { findParams, page49Cursor } from './params.js';
import type { Failures, Implementation, LoadFigures, Results, ScalePoint } from './report.js';
import { IMPLEMENTATIONS } from './report.js';
import { type BenchRequest, QUERY_NAMES, type QueryName, type WorkloadParams } from './workload.js';

const run = promisify(execFile);
const PRODUCTION_CLI = 'dist/cli/index.js';

/** Compiles src/ into dist/, which the server under test runs as deployed. */
export async function buildDist(): Promise<void> {
  await run(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json']);
}
/** Memory for the benchmark's Neo4j: a million facts' store fits in the page cache. */
const HEAP_MB = 4096;
const PAGE_CACHE_MB = 4096;
/** The share of entities in a generated graph: 100,000 facts come with ~10,000 organizations. */
const FACTS_PER_ENTITY = 6;
const BENCH_PORT = 7699;
export const SERVER_PORT = 4099;

export interface ScaleOptions {
  facts: number;
  /** All six queries three ways, or queries a and d for the curve (raw and PolicyGraph). */
  queries: 'all' | 'curve';
  seconds: number;
  connections: number;
  onEnvironment(lines: string[]): void;
}

const log = (line: string) => console.error(line);

export async function runScale(options: ScaleOptions): Promise<ScalePoint> {
  const work = mkdtempSync(path.join(tmpdir(), `policygraph-bench-${options.facts}-`));
  const config = loadConfig({ ...process.env, NEO4J_URI: undefined });
  const local = {
    ...config.localNeo4j,
    dir: path.join(work, 'neo4j'),
    port: BENCH_PORT,
    heapMb: HEAP_MB,
    pageCacheMb: PAGE_CACHE_MB,
  };
  // The load as a user's first one: NEO4J_URI unset, the local Neo4j's folder empty, so
  // `policygraph load` uses Neo4j's bulk importer, then starts Neo4j to finish (and stops it).
  const load = await generateAndLoad(options.facts, path.join(work, 'seed'), {
    ...process.env,
    NEO4J_URI: '',
    NEO4J_USERNAME: config.neo4j.username,
    NEO4J_PASSWORD: config.neo4j.password,
    LOCAL_NEO4J_DIR: local.dir,
    LOCAL_NEO4J_PORT: String(local.port),
    LOCAL_NEO4J_HEAP_MB: String(local.heapMb),
    LOCAL_NEO4J_PAGECACHE_MB: String(local.pageCacheMb),
  }).catch((error) => {
    rmSync(work, { recursive: true, force: true });
    throw error;
  });
  log(
    `${options.facts} facts: validated in ${load.validateSeconds.toFixed(1)} s, loaded in ${load.loadSeconds.toFixed(1)} s`,
  );
  const neo4j = await startLocalNeo4j({
    ...local,
    username: config.neo4j.username,
    password: config.neo4j.password,
    log,
  });
  const driver = createDriver(neo4j.uri, config.neo4j);
  const env = {
    ...process.env,
    NEO4J_URI: neo4j.uri,
    NEO4J_USERNAME: config.neo4j.username,
    NEO4J_PASSWORD: config.neo4j.password,
  };
  try {
    options.onEnvironment(await describeEnvironment(driver, config.neo4j.database));
    const params = await findParams(driver, config.neo4j.database);
    log(`Parameters: ${JSON.stringify(params)}`);
    const errors: Failures = {};
    const implementations: Implementation[] =
      options.queries === 'all' ? [...IMPLEMENTATIONS] : ['raw', 'policygraph'];
    const queries: QueryName[] = options.queries === 'all' ? [...QUERY_NAMES] : ['entity', 'path'];
    const results = await measureAll(implementations, queries, params, env, options, errors);
    return { facts: options.facts, load, results, errors };
  } finally {
    await driver.close();
    await neo4j.stop();
    rmSync(work, { recursive: true, force: true });
  }
}

async function generateAndLoad(
  facts: number,
  seed: string,
  env: NodeJS.ProcessEnv,
): Promise<LoadFigures> {
  const generated = generateSeed({
    out: seed,
    entities: Math.max(1_100, Math.round(facts / FACTS_PER_ENTITY)),
    facts,
  });
  // js-yaml alone over the same files: what validate cannot go below, as it parses with it.
  const parseSeconds = secondsToParse(seed);
  // Validation alone, in this process: what `policygraph validate` does.
  const validating = performance.now();
  const { errors } = validateSeed(seed);
  const validateSeconds = (performance.now() - validating) / 1000;
  if (errors.length > 0) throw new Error(`the generated seed is invalid: ${errors[0]?.message}`);
  // The same in parts, on every core (what validate does from PARTS_FROM_BYTES on), compiled as
  // users run it: from source, each thread would compile the TypeScript it reads first. And its
  // floor: js-yaml alone on every core.
  const { checkInParts } = (await import(
    pathToFileURL(path.resolve('dist/seed/parts.js')).href
  )) as typeof import('../src/seed/parts.js');
  const checking = performance.now();
  if (!(await checkInParts(seed)))
    throw new Error('the generated seed was not vouched for in parts');
  const partsSeconds = (performance.now() - checking) / 1000;
  const parseOnCoresSeconds = await secondsToParseOnCores(seed);
  // The load as users run it: `policygraph load`, timed from outside (the whole command: the
  // process's start, the CSV files, the import, Neo4j's start and stop) and by itself
  // (validate and plan; write the files, import, build the schema and switch).
  const loading = performance.now();
  // Compiled, as users run it (the package's bin, the Docker image).
  const { stdout } = await run(process.execPath, [PRODUCTION_CLI, 'load', '--seed', seed], {
    // A million facts' plan needs more than Node's default heap (README, "Scale").
    env: { ...env, NODE_OPTIONS: `${env.NODE_OPTIONS ?? ''} --max-old-space-size=8192`.trim() },
    maxBuffer: 64 * 1024 * 1024,
  });
  const wallSeconds = (performance.now() - loading) / 1000;
  const reported = /validated and planned in ([\d.]+) s, compared and written in ([\d.]+) s/.exec(
    stdout,
  );
  if (!reported) throw new Error(`unexpected output of policygraph load: ${stdout}`);
  // The figures are those of the bulk importer's path; a fallback to transactions would not be.
  if (!stdout.includes("Neo4j's bulk importer was used"))
    throw new Error(`policygraph load did not use the bulk importer: ${stdout}`);
  const loadSeconds = Number(reported[1]) + Number(reported[2]);
  const imported = /imported in ([\d.]+) s/.exec(stdout);
  if (!imported) throw new Error(`policygraph load did not report the import's time: ${stdout}`);
  return {
    facts,
    entities: generated.entities,
    validateSeconds,
    partsSeconds,
    parseSeconds,
    parseOnCoresSeconds,
    loadSeconds,
    wallSeconds,
    importSeconds: Number(imported[1]),
  };
}

/** Seconds js-yaml takes to read every seed file under `seed`, as validate reads them. */
function secondsToParse(seed: string): number {
  const texts = listSeedFiles(seed).map((file) => readFileSync(file, 'utf8'));
  const start = performance.now();
  for (const text of texts) {
    if (!readSeedFileFast(text)) throw new Error('the generated seed has a file js-yaml refuses');
  }
  return (performance.now() - start) / 1000;
}

const PARSE_WORKER = workerModule(import.meta.url, 'parseWorker');

/**
 * Seconds js-yaml takes to read every seed file under `seed` on every core, the files in the
 * parts checkInParts makes: the slowest thread's parsing, its start left out.
 */
async function secondsToParseOnCores(seed: string): Promise<number> {
  const run = await runParts<number>(PARSE_WORKER, seedParts(seed).parts, () => false);
  if ('declined' in run) throw new Error('no part declines');
  return Math.max(...run.results);
}

/** Rounds of each measurement, in which the implementations take turns (measureInTurns). */
const ROUNDS = 4;

/**
 * Every implementation's server runs at once, each on a port of its own, and each query is
 * measured on all of them taking turns, so that they share the machine's quiet and busy moments.
 * Before that, each asks the query and is warmed up with it: Neo4j compiles its hot paths as
 * they run and fills its page cache, and whichever implementation went first paid for that
 * (raw's p50 for a was twice its warm figure).
 */
async function measureAll(
  implementations: readonly Implementation[],
  queries: readonly QueryName[],
  params: WorkloadParams,
  env: NodeJS.ProcessEnv,
  options: ScaleOptions,
  errors: Failures,
): Promise<Results> {
  const servers: ChildProcess[] = [];
  try {
    const bases = {} as Record<Implementation, string>;
    const requests: Partial<Record<Implementation, Partial<Record<QueryName, BenchRequest>>>> = {};
    for (const [index, implementation] of implementations.entries()) {
      const port = SERVER_PORT + index;
      servers.push(await startServer(implementation, env, port));
      const base = `http://127.0.0.1:${port}`;
      bases[implementation] = base;
      requests[implementation] =
        implementation === 'raw'
          ? rawRequests(params)
          : implementation === 'policygraph'
            ? policyGraphRequests(params, queries.includes('page') ? await page49Cursor(base) : '')
            : neo4jGraphqlRequests(params);
      errors[implementation] = {};
    }
    const results: Results = {};
    for (const query of queries) {
      const targets: Partial<Record<Implementation, Target>> = {};
      for (const implementation of implementations) {
        const request = requests[implementation]?.[query];
        if (!request) continue;
        const target = { baseUrl: bases[implementation], request };
        // The first answer must be right before anything is measured; one that fails is
        // reported in the table instead of figures.
        try {
          await ask(target.baseUrl, request);
        } catch (error) {
          log(`${implementation} ${query}: ${(error as Error).message}`);
          const failures = errors[implementation] ?? {};
          failures[query] = (error as Error).message.slice(0, 200);
          continue;
        }
        await measure(target.baseUrl, request, options.connections, warmSeconds(options));
        targets[implementation] = target;
      }
      const one = await measureInTurns(targets, 1, options.seconds, ROUNDS);
      const many = await measureInTurns(targets, options.connections, options.seconds, ROUNDS);
      for (const implementation of Object.keys(targets) as Implementation[]) {
        const [atOne, atMany] = [one[implementation], many[implementation]];
        if (!atOne || !atMany) continue;
        const figures = { one: atOne, many: atMany };
        results[implementation] = { ...results[implementation], [query]: figures };
        log(
          `${implementation} ${query}: ${figures.one.p50.toFixed(2)} ms p50 at 1, ${Math.round(figures.many.requestsPerSecond)} req/s at ${options.connections}`,
        );
      }
    }
    return results;
  } finally {
    for (const server of servers) await stopServer(server);
  }
}

const warmSeconds = (options: ScaleOptions) => Math.max(1, Math.round(options.seconds / 3));

/** The server under test in its own process; resolves once it answers. */
export async function startServer(
  implementation: Implementation,
  env: NodeJS.ProcessEnv,
  port = SERVER_PORT,
): Promise<ChildProcess> {
  const args =
    implementation === 'policygraph'
      ? // As deployed (the Docker image's entry point): the compiled CLI, without tsx.
        [PRODUCTION_CLI, 'start']
      : ['--import', 'tsx', 'bench/server.ts', implementation, String(port)];
  const child = spawn(process.execPath, args, {
    // Production settings, but for the per-client rate limit: here one client sends every request.
    env: { ...env, PORT: String(port), NODE_ENV: 'production', RATE_LIMIT_PER_CLIENT: '0' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${implementation} server exited early`);
    const up = await fetch(`http://127.0.0.1:${port}/`, { method: 'HEAD' }).then(
      () => true,
      () => false,
    );
    if (up) return child;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  child.kill();
  throw new Error(`${implementation} server did not start within 60 s`);
}

export async function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}
