/**
 * `npm run bench:profile -- --query page`: where a request's time goes. Against a Neo4j that
 * already holds a generated graph (NEO4J_URI; `policygraph generate` and `load`), it starts the
 * server under test with --cpu-prof, sends one request over and over on one connection, and
 * prints the p50 and the functions that took the server's CPU, by self time and by package.
 *
 *   npm run bench:profile -- --query entity|search|page|path|access|neighbourhood
 *                            [--implementation policygraph|raw] [--seconds 10] [--no-profile]
 *
 * With --no-profile it prints the figures alone, measured without the profiler's overhead.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Command } from 'commander';
import neo4j from 'neo4j-driver';
import { loadConfig } from '../src/config.js';
import { policyGraphRequests } from './implementations/policygraph.js';
import { rawRequests } from './implementations/raw.js';
import { ask, measure } from './measure.js';
import { findParams, page49Cursor } from './params.js';
import { buildDist } from './scale.js';
import { graphqlRequest, QUERY_NAMES, type QueryName, type WorkloadParams } from './workload.js';

const options = new Command('bench:profile')
  .option('--query <name>', QUERY_NAMES.join('|'))
  .option('--example <file>', 'a .graphql file to send instead (PolicyGraph only)')
  .option('--implementation <name>', 'policygraph or raw', 'policygraph')
  .option('--seconds <s>', 'seconds of requests', Number, 10)
  .option('--top <n>', 'functions listed', Number, 30)
  .option('--no-profile', 'measure only, without the profiler (its overhead grows with CPU work)')
  .parse()
  .opts<{
    query?: QueryName;
    example?: string;
    implementation: 'policygraph' | 'raw';
    seconds: number;
    top: number;
    profile: boolean;
  }>();

const PORT = 4098;
const base = `http://127.0.0.1:${PORT}`;
const config = loadConfig();
const driver = neo4j.driver(
  config.neo4j.uri as string,
  neo4j.auth.basic(config.neo4j.username, config.neo4j.password),
);
const params = options.example
  ? ({} as WorkloadParams)
  : await findParams(driver, config.neo4j.database);
await driver.close();

const answers = () =>
  fetch(`${base}/`, { method: 'HEAD' }).then(
    () => true,
    () => false,
  );
if (await answers()) throw new Error(`something already answers at ${base}; stop it first`);
const profiles = mkdtempSync(path.join(tmpdir(), 'policygraph-profile-'));
await buildDist();
// As in the benchmark: PolicyGraph compiled and run as deployed, the raw server with tsx.
const script =
  options.implementation === 'policygraph'
    ? ['dist/cli/index.js', 'start']
    : ['--import', 'tsx', 'bench/server.ts', 'raw', String(PORT)];
const profiling = options.profile ? ['--cpu-prof', `--cpu-prof-dir=${profiles}`] : [];
const server = spawn(process.execPath, [...profiling, ...script], {
  // As in the benchmark: production settings, but for the per-client rate limit.
  env: { ...process.env, PORT: String(PORT), NODE_ENV: 'production', RATE_LIMIT_PER_CLIENT: '0' },
  stdio: ['ignore', 'ignore', 'inherit'],
});
while (!(await answers())) await new Promise((resolve) => setTimeout(resolve, 200));
const stopped = new Promise((resolve) => server.on('exit', resolve));
let figures: Awaited<ReturnType<typeof measure>>;
try {
  const requests =
    options.implementation === 'policygraph'
      ? policyGraphRequests(
          params,
          options.query === 'page' && !options.example ? await page49Cursor(base) : '',
        )
      : rawRequests(params);
  const request = options.example
    ? graphqlRequest('/graphql', readFileSync(options.example, 'utf8'), {})
    : requests[options.query ?? 'entity'];
  await ask(base, request);
  await measure(base, request, 1, Math.max(1, options.seconds / 3));
  figures = await measure(base, request, 1, options.seconds);
} finally {
  server.kill('SIGTERM');
  await stopped;
}

console.log(
  `${options.implementation} ${options.example ?? options.query}: p50 ${figures.p50.toFixed(2)} ms, p99 ${figures.p99.toFixed(2)} ms, ${Math.round(figures.requestsPerSecond)} req/s at 1 connection`,
);
if (options.profile) {
  const [file] = readdirSync(profiles).filter((name) => name.endsWith('.cpuprofile'));
  if (!file) throw new Error(`no profile written in ${profiles}`);
  console.log(`profile: ${path.join(profiles, file)}`);
  summarize(JSON.parse(readFileSync(path.join(profiles, file), 'utf8')), options.top);
}

interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[];
  samples: number[];
  timeDeltas: number[];
}

/** Self time by function and by package (or file), as shares of the samples that were not idle. */
function summarize(profile: CpuProfile, top: number): void {
  const frames = new Map(profile.nodes.map((node) => [node.id, node.callFrame]));
  const byFunction = new Map<string, number>();
  const byPackage = new Map<string, number>();
  let busy = 0;
  profile.samples.forEach((id, index) => {
    const frame = frames.get(id);
    const micros = profile.timeDeltas[index] ?? 0;
    if (!frame || frame.functionName === '(idle)') return;
    busy += micros;
    const file = frame.url.split('/').at(-1) ?? '';
    const name = `${frame.functionName || '(anonymous)'} ${file}:${frame.lineNumber + 1}`;
    byFunction.set(name, (byFunction.get(name) ?? 0) + micros);
    const pkg = frame.url.includes('node_modules/')
      ? packageOf(frame.url)
      : frame.url.startsWith('node:')
        ? 'node'
        : frame.url
          ? path.relative(process.cwd(), new URL(frame.url, 'file:///').pathname)
          : frame.functionName;
    byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + micros);
  });
  const print = (title: string, counts: Map<string, number>, n: number) => {
    console.log(`\n${title} (busy ${(busy / 1e6).toFixed(1)} s of CPU)`);
    for (const [name, micros] of [...counts].sort((a, b) => b[1] - a[1]).slice(0, n)) {
      console.log(`${((100 * micros) / busy).toFixed(1).padStart(5)}%  ${name}`);
    }
  };
  print('self time by function', byFunction, top);
  print('self time by package or file', byPackage, 25);
}

function packageOf(url: string): string {
  const parts = (url.split('node_modules/').at(-1) ?? '').split('/');
  return parts[0]?.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? '');
}
