/**
 * The soak's verdict: the goals, each passed or failed, and the report in Markdown. Pure: it
 * takes the figures and gives text, so the unit tests can check it.
 */
import { type ClassStats, clientErrorCount, type Latencies, summarize } from './stats.js';
import type { EventLoopDelay, LoadRun } from './system.js';
import { type ClientClass, HOSTILE_CLASSES } from './workload.js';

export const PROBE_P99_GOAL_MS = 250;

export interface SoakResult {
  date: string;
  environment: string[];
  plannedSeconds: number;
  /** How long the clients ran. */
  clientSeconds: number;
  /** The whole run, until the last reload (started before the end) had finished. */
  seconds: number;
  reloadSeconds: number;
  facts: number;
  entities: number;
  markedFacts: number;
  onlyInA: number;
  onlyInB: number;
  initialLoad: LoadRun;
  loads: LoadRun[];
  classes: Partial<Record<ClientClass, ClassStats>>;
  server: {
    maxRssMb: number;
    endRssMb: number;
    /** Whether it was still running at the end. */
    survived: boolean;
    eventLoopDelay: EventLoopDelay | undefined;
  };
  maxRssGoalMb: number;
}

export interface Goal {
  goal: string;
  measured: string;
  pass: boolean;
}

const isHostile = (name: string) => (HOSTILE_CLASSES as readonly string[]).includes(name);

const classes = (result: SoakResult) =>
  Object.entries(result.classes) as [ClientClass, ClassStats][];

/** 5xx that count against the server: all but admission-control 503s to a hostile flood. */
export function failing5xx(name: string, stats: ClassStats): number {
  return stats.serverErrors - (isHostile(name) ? stats.admission503 : 0);
}

export function probeLatency(result: SoakResult): Latencies {
  return summarize(result.classes.probe?.latenciesMs ?? []);
}

export function goals(result: SoakResult): Goal[] {
  const total = (pick: (name: ClientClass, stats: ClassStats) => number) =>
    classes(result).reduce((sum, [name, stats]) => sum + pick(name, stats), 0);
  const bad5xx = total(failing5xx);
  const masked = total((_, stats) => stats.masked);
  const mixes = total((_, stats) => stats.mixes);
  const probe = probeLatency(result);
  // The probe and normal clients ask reasonable questions: each deserves a clean answer.
  const wellBehaved = total((name, stats) =>
    name === 'probe' || name === 'normal' ? clientErrorCount(stats) + stats.errorAnswers : 0,
  );
  const failedLoads = result.loads.filter((load) => !load.ok).length;
  return [
    {
      goal: 'No 5xx, except 503s of admission control to hostile classes',
      measured: `${bad5xx} 5xx`,
      pass: bad5xx === 0,
    },
    { goal: 'No masked errors (Unexpected error.)', measured: String(masked), pass: masked === 0 },
    { goal: 'No mixes of two loads in one answer', measured: String(mixes), pass: mixes === 0 },
    {
      goal: `Probe p99 under ${PROBE_P99_GOAL_MS} ms`,
      measured: `${ms(probe.p99)} (${probe.count} requests)`,
      pass: probe.count > 0 && probe.p99 < PROBE_P99_GOAL_MS,
    },
    {
      goal: 'Probe and normal clients: every request answered 200 without errors',
      measured: `${wellBehaved} not`,
      pass: wellBehaved === 0,
    },
    {
      goal: `Server max RSS under ${result.maxRssGoalMb} MiB`,
      measured: `${Math.round(result.server.maxRssMb)} MiB`,
      pass: result.server.maxRssMb > 0 && result.server.maxRssMb < result.maxRssGoalMb,
    },
    {
      goal: 'Every reload succeeded, and the server is still up',
      measured: `${result.loads.length - failedLoads} of ${result.loads.length}${result.server.survived ? '' : ', server down'}`,
      pass: failedLoads === 0 && result.initialLoad.ok && result.server.survived,
    },
  ];
}

const ms = (value: number) => (Number.isFinite(value) ? `${value.toFixed(1)} ms` : '—');
const counts = (record: Record<string, number>) =>
  Object.entries(record)
    .sort((a, b) => a[0].localeCompare(b[0]))
    .map(([key, n]) => `${key}: ${n}`)
    .join(', ') || '—';

export function renderReport(result: SoakResult): string {
  const verdict = goals(result);
  const passed = verdict.every((goal) => goal.pass);
  const probe = probeLatency(result);
  const eld = result.server.eventLoopDelay;
  const loadSeconds = result.loads.map((load) => load.seconds);
  const lines = [
    `# PolicyGraph soak run, ${result.date}`,
    '',
    `**${passed ? 'PASS' : 'FAIL'}**: ${verdict.filter((goal) => goal.pass).length} of ${verdict.length} goals met.`,
    '',
    ...result.environment.map((line) => `- ${line}`),
    `- Duration: clients ran ${result.clientSeconds.toFixed(0)} s (planned ${result.plannedSeconds} s); with the last reload, ${result.seconds.toFixed(0)} s; a reload every ${result.reloadSeconds} s`,
    `- Graph: ${result.facts.toLocaleString('en-US')} facts, ${result.entities.toLocaleString('en-US')} entities; variants A and B differ in ${result.markedFacts.toLocaleString('en-US')} marked facts, ${result.onlyInA.toLocaleString('en-US')} facts only in A and ${result.onlyInB.toLocaleString('en-US')} only in B`,
    '',
    '## Goals',
    '',
    '| goal | measured | pass |',
    '|---|---|---|',
    ...verdict.map(
      (goal) => `| ${goal.goal} | ${goal.measured} | ${goal.pass ? 'yes' : '**no**'} |`,
    ),
    '',
    '## Loads',
    '',
    `Initial load (A): ${result.initialLoad.seconds.toFixed(1)} s${result.initialLoad.ok ? '' : ` — failed: ${result.initialLoad.error}`}.`,
    `Reloads during the run: ${result.loads.length} (${result.loads.filter((load) => load.ok).length} succeeded); duration p50 ${(summarize(loadSeconds).p50 || 0).toFixed(1)} s, max ${(summarize(loadSeconds).max || 0).toFixed(1)} s.`,
    '',
    '| # | variant | seconds | result |',
    '|---:|---|---:|---|',
    ...result.loads.map(
      (load, i) =>
        `| ${i + 1} | ${load.variant} | ${load.seconds.toFixed(1)} | ${load.ok ? 'ok' : `failed: ${load.error}`} |`,
    ),
    '',
    '## Probe',
    '',
    `${probe.count} requests: p50 ${ms(probe.p50)}, p99 ${ms(probe.p99)}, max ${ms(probe.max)}.`,
    '',
    '## Clients',
    '',
    'Each class runs at its own concurrency until the end time. "admission 503" are 503s that say "busy, retry" (SERVICE_UNAVAILABLE, TOO_MANY_EXPORTS or Retry-After); they count as failures only for the probe and normal clients. "not clean": answers other than a 200 without errors.',
    '',
    '| class | requests | by HTTP status | by extensions.code | client errors | not clean | 5xx | admission 503 | failing 5xx | masked | mixes | p50 | p99 |',
    '|---|---:|---|---|---|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...classes(result).map(([name, stats]) => {
      const latency = summarize(stats.latenciesMs);
      return `| ${name} | ${stats.requests} | ${counts(stats.byStatus)} | ${counts(stats.byCode)} | ${counts(stats.clientErrors)} | ${stats.errorAnswers} | ${stats.serverErrors} | ${stats.admission503} | ${failing5xx(name, stats)} | ${stats.masked} | ${stats.mixes} | ${ms(latency.p50)} | ${ms(latency.p99)} |`;
    }),
    '',
    '## Server',
    '',
    `- Memory: max RSS ${Math.round(result.server.maxRssMb)} MiB (VmHWM, the most it ever had), RSS at the end ${Math.round(result.server.endRssMb)} MiB.`,
    `- Event-loop delay (measured in the server, during the run): ${eld ? `p50 ${ms(eld.p50)}, p99 ${ms(eld.p99)}, max ${ms(eld.max)}` : 'not reported'}.`,
    `- ${result.server.survived ? 'Still running at the end.' : 'It was no longer running at the end.'}`,
    '',
  ];
  return lines.join('\n');
}

/** The result for the JSON file: latencies summarized instead of listed. */
export function resultJson(result: SoakResult): unknown {
  return {
    ...result,
    classes: Object.fromEntries(
      classes(result).map(([name, { latenciesMs, ...stats }]) => [
        name,
        { ...stats, latency: summarize(latenciesMs) },
      ]),
    ),
    goals: goals(result),
    pass: goals(result).every((goal) => goal.pass),
  };
}
