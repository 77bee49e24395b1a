/** The benchmark's Markdown: figures per query and implementation, the scale curve, the targets. */
import type { Measurement } from './measure.js';
import { QUERY_NAMES, QUERY_TITLES, type QueryName } from './workload.js';

export const IMPLEMENTATIONS = ['raw', 'policygraph', 'neo4j-graphql'] as const;
export type Implementation = (typeof IMPLEMENTATIONS)[number];

export const IMPLEMENTATION_TITLES: Record<Implementation, string> = {
  raw: 'raw driver',
  policygraph: 'PolicyGraph',
  'neo4j-graphql': '@neo4j/graphql',
};

/** Measurements at 1 and at many connections, per implementation and query. */
export type Results = Partial<
  Record<Implementation, Partial<Record<QueryName, { one: Measurement; many: Measurement }>>>
>;

export interface LoadFigures {
  facts: number;
  entities: number;
  validateSeconds: number;
  /** The same in parts, on every core (checkInParts). */
  partsSeconds: number;
  /** js-yaml reading the seed files, and nothing else: the floor of validate. */
  parseSeconds: number;
  /** The same on every core: the floor of validate in parts. */
  parseOnCoresSeconds: number;
  /** `policygraph load` on an empty database: validate, plan, compare and write. */
  loadSeconds: number;
  /** The same, with the command's start and its connection to Neo4j. */
  wallSeconds: number;
  /** Neo4j's bulk importer alone (`neo4j-admin database import`), as the load reports it: its floor. */
  importSeconds: number;
}

/** The first answer's error, where an implementation failed a query. */
export type Failures = Partial<Record<Implementation, Partial<Record<QueryName, string>>>>;

export interface ScalePoint {
  facts: number;
  load: LoadFigures;
  results: Results;
  errors: Failures;
}

export interface Report {
  title: string;
  environment: string[];
  seconds: number;
  connections: number;
  main: ScalePoint;
  curve: ScalePoint[];
  /** Why a query has no @neo4j/graphql figure. */
  notExpressible: Partial<Record<QueryName, string>>;
  /** How @neo4j/graphql's request differs from the others', per query. */
  differences: Partial<Record<QueryName, string>>;
}

const fixed = (n: number, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : '–');
const ms = (n: number) => fixed(n, n < 10 ? 2 : 1);
const rate = (n: number) => Math.round(n).toLocaleString('en-US');
const ratio = (n: number) => (Number.isFinite(n) ? `${n.toFixed(2)}×` : '–');

export function renderReport(report: Report): string {
  const { main } = report;
  const lines = [
    `# ${report.title}`,
    '',
    ...report.environment.map((line) => `- ${line}`),
    `- Each figure: autocannon sending one request for ${report.seconds} s after a warm-up, at 1 and at ${report.connections} connections; the server, Neo4j and autocannon share the machine. The implementations' servers run side by side and take turns, in rounds of a quarter of that time each, so that their ratios compare them on the same machine's moments.`,
    '',
    '## Load',
    '',
    "A user's first load: `policygraph load` with NEO4J_URI unset into an empty local Neo4j folder, which goes through Neo4j's bulk importer (CSV files, imported offline, then Neo4j started to build the schema and switch to the generation). `load` counts what the command reports (validate and plan; write the files, import, build the schema, switch), not Neo4j's start; the last column is the whole command: the process's start, Neo4j's start and stop too. Validate on one thread, and in parts on every core (what validate does from 64 MB of seed on; below that the threads' start costs what they save). The floors beside: js-yaml reading the files and nothing else, on one thread and on every core (each thread's parsing, its start left out; validate parses with it), and Neo4j's bulk importer by itself (the load runs it).",
    '',
    '| facts | entities | validate (facts/s) | validate in parts (facts/s) | js-yaml alone (facts/s) | js-yaml on every core (facts/s) | load (facts/s) | importer alone (facts/s) | load time | command time |',
    '|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...[main, ...report.curve]
      .filter((point, i, all) => all.findIndex((p) => p.facts === point.facts) === i)
      .sort((a, b) => a.facts - b.facts)
      .map(
        ({ load }) =>
          `| ${rate(load.facts)} | ${rate(load.entities)} | ${rate(load.facts / load.validateSeconds)} | ${rate(load.facts / load.partsSeconds)} | ${rate(load.facts / load.parseSeconds)} | ${rate(load.facts / load.parseOnCoresSeconds)} | ${rate(load.facts / load.loadSeconds)} | ${rate(load.facts / load.importSeconds)} | ${fixed(load.loadSeconds)} s | ${fixed(load.wallSeconds)} s |`,
      ),
    '',
    `## Queries at ${rate(main.facts)} facts`,
    '',
    `| query | implementation | req/s (1) | p50 ms (1) | p99 ms (1) | req/s (${report.connections}) | p50 ms (${report.connections}) | p99 ms (${report.connections}) | p50 (1) vs raw | req/s (${report.connections}) vs raw |`,
    '|---|---|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const query of QUERY_NAMES) {
    const raw = main.results.raw?.[query];
    for (const implementation of IMPLEMENTATIONS) {
      const figures = main.results[implementation]?.[query];
      const name = `${QUERY_TITLES[query]} | ${IMPLEMENTATION_TITLES[implementation]}`;
      if (!figures) {
        const failed = main.errors[implementation]?.[query];
        const why = implementation === 'neo4j-graphql' ? report.notExpressible[query] : undefined;
        const cell = failed ? `failed: ${failed}` : why ? 'not expressible (below)' : '–';
        lines.push(`| ${name} | ${cell.replaceAll('|', '/')} | | | | | | | |`);
        continue;
      }
      const { one, many } = figures;
      const failures = one.failures + many.failures;
      lines.push(
        `| ${name} | ${rate(one.requestsPerSecond)} | ${ms(one.p50)} | ${ms(one.p99)} | ${rate(many.requestsPerSecond)} | ${ms(many.p50)} | ${ms(many.p99)} | ${raw ? ratio(one.p50 / raw.one.p50) : '–'} | ${raw ? ratio(many.requestsPerSecond / raw.many.requestsPerSecond) : '–'}${failures ? ` (${failures} failed)` : ''} |`,
      );
    }
  }
  lines.push(
    '',
    '### How the @neo4j/graphql requests differ',
    '',
    ...QUERY_NAMES.flatMap((query) => {
      const note = report.differences[query] ?? report.notExpressible[query];
      return note ? [`- ${QUERY_TITLES[query]}: ${note}`] : [];
    }),
    '',
    ...renderCurve(report),
    '',
    ...renderTargets(report),
  );
  return `${lines.join('\n')}\n`;
}

function renderCurve(report: Report): string[] {
  const points = [...report.curve].sort((a, b) => a.facts - b.facts);
  const queries = ['entity', 'path'] as const;
  const lines = [
    '## Scale curve (p50 at 1 connection, req/s at many; raw driver for comparison)',
    '',
    `| facts | ${queries.map((q) => `${QUERY_TITLES[q]}: PolicyGraph p50 ms | req/s | raw p50 ms`).join(' | ')} |`,
    `|---:|${queries.map(() => '---:|---:|---:|').join('')}`,
  ];
  for (const point of points) {
    const cells = queries.map((query) => {
      const ours = point.results.policygraph?.[query];
      const raw = point.results.raw?.[query];
      return `${ours ? ms(ours.one.p50) : '–'} | ${ours ? rate(ours.many.requestsPerSecond) : '–'} | ${raw ? ms(raw.one.p50) : '–'}`;
    });
    lines.push(`| ${rate(point.facts)} | ${cells.join(' | ')} |`);
  }
  return lines;
}

interface Target {
  name: string;
  value: string;
  met: boolean;
}

/** The issue's targets, each with the figure that meets or misses it. */
export function targets(report: Report): Target[] {
  const { main } = report;
  const result: Target[] = [];
  for (const query of QUERY_NAMES) {
    const ours = main.results.policygraph?.[query];
    const theirs = main.results['neo4j-graphql']?.[query];
    const raw = main.results.raw?.[query];
    if (ours && theirs) {
      const times = ours.many.requestsPerSecond / theirs.many.requestsPerSecond;
      result.push({
        name: `${QUERY_TITLES[query]}: throughput ≥ 2× @neo4j/graphql`,
        // No answer from @neo4j/graphql within the measurement: no ratio to give.
        value: theirs.many.requests === 0 ? 'theirs: no answer in time' : ratio(times),
        met: times >= 2,
      });
    }
    if (ours && raw) {
      const times = ours.one.p50 / raw.one.p50;
      result.push({
        name: `${QUERY_TITLES[query]}: p50 at 1 connection ≤ 1.5× raw`,
        value: ratio(times),
        met: times <= 1.5,
      });
    }
  }
  const at = (facts: number) => report.curve.find((point) => point.facts === facts);
  const points = [...report.curve].sort((a, b) => a.facts - b.facts);
  const [middle, largest] = points.slice(-2);
  const lookup = (point: ScalePoint | undefined) => point?.results.policygraph?.entity?.one.p50;
  if (middle && largest && lookup(middle) && lookup(largest) && at(largest.facts)) {
    const times = (lookup(largest) as number) / (lookup(middle) as number);
    result.push({
      name: `a. lookups at ${rate(largest.facts)} facts ≤ 1.5× slower than at ${rate(middle.facts)}`,
      value: ratio(times),
      met: times <= 1.5,
    });
  }
  // Load and validate at the main graph's size and above, each beside its floor on this machine.
  for (const point of [main, ...points.filter((p) => p.facts > main.facts)]) {
    const { load } = point;
    const loadRate = load.facts / load.loadSeconds;
    result.push({
      name: `load ≥ 20,000 facts/s, at ${rate(load.facts)} facts`,
      value: `${rate(loadRate)} facts/s (the importer alone: ${rate(load.facts / load.importSeconds)})`,
      met: loadRate >= 20_000,
    });
    // What validate does, one way or the other: the faster.
    const validateRate = load.facts / Math.min(load.validateSeconds, load.partsSeconds);
    result.push({
      name: `validate ≥ 200,000 facts/s, at ${rate(load.facts)} facts`,
      value: `${rate(validateRate)} facts/s (js-yaml alone on every core: ${rate(load.facts / load.parseOnCoresSeconds)})`,
      met: validateRate >= 200_000,
    });
  }
  return result;
}

function renderTargets(report: Report): string[] {
  return [
    '## Targets',
    '',
    '| target | measured | met |',
    '|---|---:|:---:|',
    ...targets(report).map((t) => `| ${t.name} | ${t.value} | ${t.met ? 'yes' : '**no**'} |`),
  ];
}
