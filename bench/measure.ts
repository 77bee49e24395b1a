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

export async function measure(
  baseUrl: string,
  request: BenchRequest,
  connections: number,
  seconds: number,
): Promise<Measurement> {
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
  latencies.sort((a, b) => a - b);
  return {
    connections,
    requests: latencies.length,
    requestsPerSecond: latencies.length / result.duration,
    p50: percentile(latencies, 0.5),
    p99: percentile(latencies, 0.99),
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
