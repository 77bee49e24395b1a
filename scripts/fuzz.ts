/**
 * The fuzz test's property (test/integration/fuzz.test.ts) over many more requests, against a
 * running server over HTTP: no 5xx, every error coded, no internal error, nothing of the server
 * or the database shown; and, when NEO4J_URI is set, the graph unchanged.
 *
 *   npm run fuzz -- [url] [--runs 20000] [--seed n] [--path i]
 *
 * The URL defaults to FUZZ_URL or http://localhost:4000/graphql; --runs to FUZZ_RUNS or 20000;
 * --seed to FUZZ_SEED or a random one. Every failing request is listed with its seed and path:
 * `--seed s --path i --runs 1` sends it again; FUZZ_SEED=s FUZZ_PATH=i FUZZ_RUNS=1 with
 * vitest replays it in-process.
 */
import { parseArgs } from 'node:util';
import fc from 'fast-check';
import { loadConfig } from '../src/config.js';
import { READ_DIGESTS } from '../src/load/cypher.js';
import { createDriver } from '../src/neo4j/driver.js';
import { generationParam, readCurrentGeneration } from '../src/neo4j/generation.js';
import {
  describeRequest,
  type FuzzRequest,
  FuzzStats,
  fuzzRequest,
  judge,
  MASKED_MESSAGE,
} from './fuzz/index.js';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    runs: { type: 'string' },
    seed: { type: 'string' },
    path: { type: 'string' },
  },
});

const url = positionals[0] ?? process.env.FUZZ_URL ?? 'http://localhost:4000/graphql';
const runs = Number(values.runs ?? process.env.FUZZ_RUNS ?? 20_000);
const seed = Number(values.seed ?? process.env.FUZZ_SEED ?? (Date.now() ^ 0x5eed) >>> 0);
const path = values.path ?? process.env.FUZZ_PATH;
const firstIndex = path ? Number(path.split(':')[0]) : 0;

if (!Number.isInteger(runs) || runs < 1 || !Number.isInteger(seed) || Number.isNaN(firstIndex)) {
  console.error('usage: npm run fuzz -- [url] [--runs n] [--seed n] [--path i]');
  process.exit(2);
}

interface Failure {
  index: number;
  request: FuzzRequest;
  problems: string[];
  answer: string;
}

/** A problem without the request's own values, to count problems of one kind together. */
const problemKind = (problem: string) =>
  problem
    .replace(/got invalid value .*/, 'got invalid value …')
    .replace(/\\"[^"\\]*\\"/g, '…')
    .slice(0, 140);

/** Sends one request as a plain JSON client would, and judges the answer. */
async function send(request: FuzzRequest) {
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json',
    },
    body: JSON.stringify({ query: request.query, variables: request.variables }),
    signal: AbortSignal.timeout(30_000),
  });
  const text = await response.text();
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    body = undefined;
  }
  const verdict = judge(response.status, body);
  if (body === undefined)
    verdict.problems.push(`an answer that is not JSON: ${text.slice(0, 200)}`);
  if (verdict.internal) {
    verdict.problems.push(
      `INTERNAL_SERVER_ERROR ("${MASKED_MESSAGE}") for input the API should refuse with a code`,
    );
  }
  return { status: response.status, verdict, answer: text.slice(0, 1_000) };
}

/** Every record's digest and the counts of nodes and relationships, when NEO4J_URI is set. */
async function graphState(): Promise<string[] | undefined> {
  const config = loadConfig();
  if (!config.neo4j.uri) return undefined;
  const driver = createDriver(config.neo4j.uri, config.neo4j);
  try {
    // The digests of the generation readers use (a database holds two for a while after a load).
    const generation = generationParam(await readCurrentGeneration(driver, config.neo4j.database));
    const run = async (cypher: string) =>
      (
        await driver.executeQuery(cypher, { generation }, { database: config.neo4j.database })
      ).records.map((record) => record.toObject());
    const digests = (await run(READ_DIGESTS)).map((row) => `${row.id}:${row.hash}`).sort();
    const [counts] = await run(
      'RETURN COUNT { MATCH (n) } AS nodes, COUNT { MATCH ()-[r]->() } AS relationships',
    );
    return [`nodes:${counts?.nodes}`, `relationships:${counts?.relationships}`, ...digests];
  } finally {
    await driver.close();
  }
}

async function main(): Promise<number> {
  console.log(`fuzz: ${runs} requests to ${url}, seed ${seed}${path ? `, path ${path}` : ''}`);
  const before = await graphState();
  if (!before) console.log('fuzz: NEO4J_URI is not set, so the graph is not compared');

  const stats = new FuzzStats();
  const statuses = new Map<number, number>();
  const codes = new Map<string, number>();
  const failures: Failure[] = [];
  const started = Date.now();
  let lastReport = started;
  let index = firstIndex;

  await fc.assert(
    fc.asyncProperty(fuzzRequest, async (request) => {
      const current = index++;
      try {
        const { status, verdict, answer } = await send(request);
        stats.add(request, verdict);
        statuses.set(status, (statuses.get(status) ?? 0) + 1);
        for (const code of verdict.outcome.split(' ')[1]?.split('+') ?? []) {
          codes.set(code, (codes.get(code) ?? 0) + 1);
        }
        if (verdict.problems.length) {
          failures.push({ index: current, request, problems: verdict.problems, answer });
        }
      } catch (error) {
        failures.push({ index: current, request, problems: [`no answer: ${error}`], answer: '' });
      }
      const now = Date.now();
      if (now - lastReport > 10_000 || stats.runs === runs) {
        lastReport = now;
        const rate = (stats.runs / ((now - started) / 1000)).toFixed(0);
        console.log(`fuzz: ${stats.runs}/${runs} (${rate}/s), ${failures.length} failing so far`);
      }
      // Failures are collected, not thrown, so that the run goes on past the first.
    }),
    { numRuns: runs, seed, ...(path ? { path } : {}) },
  );

  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`\nfuzz: ${stats.runs} requests in ${seconds} s, seed ${seed}`);
  console.log(stats.summary());
  const sorted = <K>(map: Map<K, number>) =>
    [...map].sort((a, b) => b[1] - a[1]).map(([key, count]) => `${key} ${count}`);
  console.log(`statuses: ${sorted(statuses).join(', ')}`);
  console.log(`codes: ${sorted(codes).join(', ')}`);

  let graphChanged = false;
  if (before) {
    graphChanged = JSON.stringify(await graphState()) !== JSON.stringify(before);
    console.log(graphChanged ? 'graph: CHANGED by the requests' : 'graph: unchanged');
  }

  if (failures.length) {
    // One example of each kind of problem first, then the rest up to 30.
    const kinds = new Map<string, { count: number; first: Failure }>();
    for (const failure of failures) {
      for (const problem of new Set(failure.problems.map(problemKind))) {
        const kind = kinds.get(problem) ?? { count: 0, first: failure };
        kind.count += 1;
        kinds.set(problem, kind);
      }
    }
    console.log(`\n${failures.length} failing requests; problems:`);
    for (const [problem, { count, first }] of [...kinds].sort((a, b) => b[1].count - a[1].count)) {
      console.log(`  ${String(count).padStart(6)}  ${problem} (first: path ${first.index})`);
    }
    const examples = [...new Set([...[...kinds.values()].map((kind) => kind.first), ...failures])];
    for (const failure of examples.slice(0, 30)) {
      console.log(
        `\n[path ${failure.index}] replay: npm run fuzz -- ${url} --seed ${seed} --path ${failure.index} --runs 1`,
      );
      console.log(`  ${failure.problems.join('\n  ')}`);
      console.log(`  ${describeRequest(failure.request, 1_000).replace(/\n/g, '\n  ')}`);
      console.log(`  answer: ${failure.answer}`);
    }
    if (examples.length > 30) console.log(`\n... and ${examples.length - 30} more`);
  }
  return failures.length || graphChanged ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
