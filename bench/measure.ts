/**
 * One measurement: autocannon sends one request over and over on N connections for a while.
 * Latencies are taken from every response at the clock's resolution (autocannon's own
 * histogram rounds to whole milliseconds, too coarse for sub-millisecond floors).
 */
import autocannon from 'autocannon';
import type { BenchRequest } from './workload.js';

export interface Measurement {
  connections: number;
  requests: number;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  /** Network errors, timeouts, non-2xx answers and GraphQL errors. */
  failures: number;
}

/** What one run of autocannon saw: every latency, its duration, its failures. */
interface Sample {
  latencies: number[];
  seconds: number;
  failures: number;
}

export async function measure(
  baseUrl: string,
  request: BenchRequest,
  connections: number,
  seconds: number,
): Promise<Measurement> {
  return summarize(connections, [await sample({ baseUrl, request }, connections, seconds)]);
}

/** A server under test and the request it is sent. */
export interface Target {
  baseUrl: string;
  request: BenchRequest;
}

/**
 * Measures several targets taking turns: `rounds` rounds of seconds / rounds each, the order
 * turning by one each round, their samples pooled. On a shared machine the load of other
 * processes drifts over minutes; measured one after the other, one target could get a quiet
 * minute and the next a busy one, and their ratio would say more about the machine than about
 * them. Taking turns, each sees the same machine.
 */
export async function measureInTurns<K extends string>(
  targets: Partial<Record<K, Target>>,
  connections: number,
  seconds: number,
  rounds: number,
): Promise<Partial<Record<K, Measurement>>> {
  const entries = Object.entries(targets) as [K, Target][];
  const samples = new Map<K, Sample[]>(entries.map(([name]) => [name, []]));
  for (let round = 0; round < rounds; round++) {
    for (const [name, target] of turnOrder(entries, round)) {
      samples.get(name)?.push(await sample(target, connections, seconds / rounds));
    }
  }
  return Object.fromEntries(
    entries.map(([name]) => [name, summarize(connections, samples.get(name) ?? [])]),
  ) as Partial<Record<K, Measurement>>;
}

/** The order of a round: the list turned by one place per round. */
export function turnOrder<T>(items: readonly T[], round: number): T[] {
  const shift = items.length === 0 ? 0 : round % items.length;
  return [...items.slice(shift), ...items.slice(0, shift)];
}

/** Pools samples into one measurement: percentiles over all their latencies. */
export function summarize(connections: number, samples: readonly Sample[]): Measurement {
  const latencies = samples.flatMap((one) => one.latencies).sort((a, b) => a - b);
  const seconds = samples.reduce((sum, one) => sum + one.seconds, 0);
  return {
    connections,
    requests: latencies.length,
    requestsPerSecond: seconds > 0 ? latencies.length / seconds : 0,
    p50: percentile(latencies, 0.5),
    p99: percentile(latencies, 0.99),
    failures: samples.reduce((sum, one) => sum + one.failures, 0),
  };
}

async function sample(
  { baseUrl, request }: Target,
  connections: number,
  seconds: number,
): Promise<Sample> {
  const latencies: number[] = [];
  let graphqlErrors = 0;
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: baseUrl + request.path,
        connections,
        duration: seconds,
        requests: [
          {
            method: request.method,
            headers: { 'content-type': 'application/json' },
            ...(request.body === undefined ? {} : { body: request.body }),
            // A GraphQL error answers 200: a body with "errors" is a failure too.
            onResponse: (status: number, body: string) => {
              if (status === 200 && body.startsWith('{"errors"')) graphqlErrors++;
            },
          },
        ],
      },
      (error, result) => (error ? reject(error) : resolve(result)),
    );
    instance.on('response', (_client, _status, _bytes, responseTime: number) => {
      latencies.push(responseTime);
    });
  });
  return {
    latencies,
    seconds: result.duration,
    failures: result.errors + result.timeouts + result.non2xx + graphqlErrors,
  };
}

function percentile(sorted: number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] as number;
}

/** Sends a request once and returns the answer's text; throws on anything but a clean 200. */
export async function ask(baseUrl: string, request: BenchRequest): Promise<string> {
  const response = await fetch(baseUrl + request.path, {
    method: request.method,
    headers: { 'content-type': 'application/json' },
    ...(request.body === undefined ? {} : { body: request.body }),
  });
  const text = await response.text();
  if (response.status !== 200 || text.includes('"errors"'))
    throw new Error(`${request.path} answered ${response.status}: ${text.slice(0, 500)}`);
  return text;
}
