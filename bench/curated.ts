/**
 * `npm run bench:curated`: the curated graph (seed/) as users ask it. Loads it into a fresh local
 * Neo4j, then measures each example query of examples/queries/ against `policygraph start`
 * (production settings, rate limit off), at one connection: p50, p99 and requests per second.
 * Where a hand-written statement answers the same question (the founding story's access
 * routes), the raw driver is measured beside it. Writes bench/results/DATE-curated.md and prints it.
 *
 *   npm run bench:curated -- [--seconds 5] [--out bench/results]
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { Command } from 'commander';
import { loadConfig } from '../src/config.js';
import { startLocalNeo4j } from '../src/neo4j/local/launcher.js';
import { rawRequests } from './implementations/raw.js';
import { ask, type Measurement, measure, measureInTurns, type Target } from './measure.js';
import { buildDist, SERVER_PORT, startServer, stopServer } from './scale.js';
import { graphqlRequest, type QueryName, type WorkloadParams } from './workload.js';

const options = new Command('bench:curated')
  .option('--seconds <s>', 'seconds per measurement', Number, 5)
  .option('--out <dir>', 'where the report goes', 'bench/results')
  .parse()
  .opts<{ seconds: number; out: string }>();

const EXAMPLES = 'examples/queries';
const PORT = 7698;
const base = `http://127.0.0.1:${SERVER_PORT}`;
const rawBase = `http://127.0.0.1:${SERVER_PORT + 1}`;
/** Rounds in which PolicyGraph and raw take turns, where both answer. */
const ROUNDS = 4;
const log = (line: string) => console.error(line);

/** The founding questions a hand-written statement answers too, asked as the examples ask. */
const RAW_PARAMS: WorkloadParams = {
  entityId: 'openai',
  searchText: 'openai',
  pageAfter: ['', ''],
  pathFrom: '21vianet',
  pathTo: 'openai',
  provider: 'openai',
  region: 'cn',
  neighbourhoodId: 'openai',
  asOf: '2024-08-01',
};
/**
 * Only where the raw statement asks exactly what the example asks: the founding question (the
 * same access-routes statement). The example path asks for up to 25 shortest paths and the alias
 * example looks a name up, where raw.ts has one shortest path and a typo search.
 */
const RAW_BESIDE: Record<string, QueryName> = {
  '01-china-access-to-openai.graphql': 'access',
};

interface Row {
  example: string;
  policygraph: Measurement;
  raw?: Measurement;
}

const started = performance.now();
await buildDist();
const work = mkdtempSync(path.join(tmpdir(), 'policygraph-bench-curated-'));
const config = loadConfig({ ...process.env, NEO4J_URI: undefined });
const neo4j = await startLocalNeo4j({
  ...config.localNeo4j,
  dir: path.join(work, 'neo4j'),
  port: PORT,
  username: config.neo4j.username,
  password: config.neo4j.password,
  log,
});
const env = {
  ...process.env,
  NEO4J_URI: neo4j.uri,
  NEO4J_USERNAME: config.neo4j.username,
  NEO4J_PASSWORD: config.neo4j.password,
};
const rows: Row[] = [];
try {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ['--import', 'tsx', 'src/cli/index.ts', 'load', '--seed', 'seed'],
    { env },
  );
  log(stdout.trim().split('\n').at(-1) ?? '');
  const examples = readdirSync(EXAMPLES).filter((name) => name.endsWith('.graphql'));
  const raw = rawRequests(RAW_PARAMS);
  // Both servers run side by side, and where raw answers too they take turns (measureInTurns).
  const servers = [await startServer('policygraph', env, SERVER_PORT)];
  try {
    servers.push(await startServer('raw', env, SERVER_PORT + 1));
    for (const example of examples.sort()) {
      const query = readFileSync(path.join(EXAMPLES, example), 'utf8');
      const rawName = RAW_BESIDE[example];
      const targets: { policygraph: Target; raw?: Target } = {
        policygraph: { baseUrl: base, request: graphqlRequest('/graphql', query, {}) },
        ...(rawName ? { raw: { baseUrl: rawBase, request: raw[rawName] } } : {}),
      };
      for (const { baseUrl, request } of Object.values(targets)) {
        await ask(baseUrl, request);
        await measure(baseUrl, request, 1, Math.max(1, options.seconds / 3));
      }
      const figures = await measureInTurns(targets, 1, options.seconds, ROUNDS);
      const policygraph = figures.policygraph as Measurement;
      rows.push({ example, policygraph, ...(figures.raw ? { raw: figures.raw } : {}) });
      log(`${example}: p50 ${policygraph.p50.toFixed(2)} ms, p99 ${policygraph.p99.toFixed(2)} ms`);
    }
  } finally {
    for (const server of servers) await stopServer(server);
  }
} finally {
  await neo4j.stop();
  rmSync(work, { recursive: true, force: true });
}

const ms = (value: number) => value.toFixed(2);
const markdown = [
  '# PolicyGraph on the curated graph',
  '',
  `- ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${((performance.now() - started) / 60_000).toFixed(1)} min; the curated seed (seed/) loaded into a fresh local Neo4j.`,
  `- Each example of ${EXAMPLES}/ sent over and over on one connection for ${options.seconds} s after a warm-up, to \`policygraph start\` in production mode (the per-client rate limit off). The raw driver answers with one hand-written statement where one exists (bench/implementations/raw.ts), its server running beside, the two taking turns in four rounds.`,
  '',
  '| example | p50 ms | p99 ms | req/s | raw p50 ms | raw p99 ms | p50 vs raw |',
  '|---|---:|---:|---:|---:|---:|---:|',
  ...rows.map(({ example, policygraph: pg, raw }) =>
    [
      example.replace(/\.graphql$/, ''),
      ms(pg.p50),
      ms(pg.p99),
      Math.round(pg.requestsPerSecond),
      raw ? ms(raw.p50) : '',
      raw ? ms(raw.p99) : '',
      raw ? `${(pg.p50 / raw.p50).toFixed(2)}×` : '',
    ]
      .join(' | ')
      .replace(/^/, '| ')
      .replace(/$/, ' |'),
  ),
  '',
].join('\n');
mkdirSync(options.out, { recursive: true });
const file = path.join(options.out, `${new Date().toISOString().slice(0, 10)}-curated.md`);
writeFileSync(file, markdown);
console.log(markdown);
console.error(`Written to ${file}`);
