/**
 * `npm run bench`: generates a synthetic graph, loads it with `policygraph load`, and measures
 * six questions three ways on the same Neo4j (raw driver, PolicyGraph, @neo4j/graphql); then
 * queries a and d at other scales. Writes the Markdown report to bench/results/ and prints it.
 *
 *   npm run bench -- [--facts 100000] [--curve 10000,100000,1000000] [--seconds 10] [--quick]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Command, InvalidArgumentError } from 'commander';
import { DIFFERENCES, NOT_EXPRESSIBLE } from './implementations/neo4jGraphql.js';
import { renderReport, type ScalePoint } from './report.js';
import { buildDist, runScale } from './scale.js';

interface Options {
  facts: number;
  curve: number[];
  seconds: number;
  connections: number;
  quick: boolean;
  out: string;
}

const count = (value: string) => {
  const n = Number(value.replaceAll('_', ''));
  if (!Number.isInteger(n) || n < 1000) throw new InvalidArgumentError('at least 1000');
  return n;
};

const options = new Command('bench')
  .description('PolicyGraph against the raw driver and @neo4j/graphql, on a synthetic graph')
  .option('--facts <n>', 'facts in the main graph (all six queries, three ways)', count)
  .option('--curve <list>', 'graph sizes for the scale curve of queries a and d', (list) =>
    list.split(',').map(count),
  )
  .option('--seconds <s>', 'seconds per measurement', Number)
  .option('--connections <n>', 'concurrent connections of the loaded runs', Number, 32)
  .option('--quick', 'a small graph and short runs: the whole benchmark in under five minutes')
  .option('--out <dir>', 'where the report goes', 'bench/results')
  .parse()
  .opts<Partial<Options>>();

const quick = options.quick === true;
const settings: Options = {
  facts: options.facts ?? (quick ? 10_000 : 100_000),
  curve: options.curve ?? (quick ? [3_000, 10_000, 30_000] : [10_000, 100_000, 1_000_000]),
  seconds: options.seconds ?? (quick ? 2 : 10),
  connections: options.connections ?? 32,
  quick,
  out: options.out ?? 'bench/results',
};

const started = performance.now();
await buildDist();
const sizes = [...new Set([...settings.curve, settings.facts])].sort((a, b) => a - b);
const points: ScalePoint[] = [];
let environment: string[] = [];
for (const facts of sizes) {
  const full = facts === settings.facts;
  const point = await runScale({
    facts,
    queries: full ? 'all' : 'curve',
    seconds: settings.seconds,
    connections: settings.connections,
    onEnvironment: (lines) => {
      environment = lines;
    },
  });
  points.push(point);
}

const main = points.find((point) => point.facts === settings.facts) as ScalePoint;
const markdown = renderReport({
  title: `PolicyGraph benchmark, ${settings.facts.toLocaleString('en-US')} facts${quick ? ' (quick)' : ''}`,
  environment: [
    ...environment,
    `Run on ${new Date().toISOString().slice(0, 10)} in ${((performance.now() - started) / 60_000).toFixed(1)} min`,
  ],
  seconds: settings.seconds,
  connections: settings.connections,
  main,
  curve: points.filter((point) => settings.curve.includes(point.facts)),
  notExpressible: NOT_EXPRESSIBLE,
  differences: DIFFERENCES,
});
mkdirSync(settings.out, { recursive: true });
const file = path.join(
  settings.out,
  `${new Date().toISOString().slice(0, 10)}-${settings.facts}${quick ? '-quick' : ''}.md`,
);
writeFileSync(file, markdown);
// The figures themselves, for comparing runs.
writeFileSync(file.replace(/\.md$/, '.json'), `${JSON.stringify(points, null, 2)}\n`);
console.log(`\n${markdown}\nWritten to ${file}.`);
