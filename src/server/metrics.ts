import { monitorEventLoopDelay } from 'node:perf_hooks';
import type { Plugin } from 'graphql-yoga';
import type { AdmissionStats } from './admission.js';

export interface MetricsSources {
  admission: AdmissionStats;
  /** Statements holding or waiting for a connection of the pool now. */
  statements: { statementsInFlight: number };
  /** The pool's size, for comparison with the statements in flight. */
  connectionPoolSize: number | undefined;
}

/**
 * GET /metrics in Prometheus text format: event-loop delay (since the previous scrape), memory,
 * requests executing, queued and refused, statements holding a connection. Cheap: it reads
 * counters, never Neo4j. The event-loop histogram is sampled by Node itself (perf_hooks), so
 * measuring costs nothing while no one asks.
 */
export function metricsPlugin(sources: MetricsSources): Plugin {
  const delay = monitorEventLoopDelay({ resolution: 10 });
  delay.enable();
  return {
    onRequest({ url, request, endResponse }) {
      if (url.pathname !== '/metrics') return;
      if (request.method !== 'GET') {
        endResponse(new Response(null, { status: 405, headers: { allow: 'GET' } }));
        return;
      }
      const text = render(sources, delay);
      delay.reset();
      endResponse(
        new Response(text, {
          headers: { 'content-type': 'text/plain; version=0.0.4; charset=utf-8' },
        }),
      );
    },
  };
}

type Histogram = ReturnType<typeof monitorEventLoopDelay>;

/** One metric in Prometheus text format: its help, its type, then its samples. */
function metric(
  name: string,
  type: 'gauge' | 'counter' | 'summary',
  help: string,
  samples: [labels: string, value: number][],
): string[] {
  return [
    `# HELP ${name} ${help}`,
    `# TYPE ${name} ${type}`,
    ...samples.map(([labels, value]) => `${name}${labels} ${value}`),
  ];
}

function render({ admission, statements, connectionPoolSize }: MetricsSources, delay: Histogram) {
  const seconds = (nanoseconds: number) => (Number.isFinite(nanoseconds) ? nanoseconds / 1e9 : 0);
  const memory = process.memoryUsage();
  const lines = [
    ...metric(
      'policygraph_event_loop_delay_seconds',
      'summary',
      'Event-loop delay since the previous scrape.',
      [
        ['{quantile="0.5"}', seconds(delay.percentile(50))],
        ['{quantile="0.99"}', seconds(delay.percentile(99))],
        ['{quantile="1"}', seconds(delay.max)],
      ],
    ),
    ...metric('process_resident_memory_bytes', 'gauge', 'Resident memory.', [['', memory.rss]]),
    ...metric('nodejs_heap_used_bytes', 'gauge', 'V8 heap in use.', [['', memory.heapUsed]]),
    ...metric('policygraph_requests_executing', 'gauge', 'GraphQL requests executing now.', [
      ['', admission.executing],
    ]),
    ...metric('policygraph_requests_queued', 'gauge', 'GraphQL requests waiting for their turn.', [
      ['', admission.queued],
    ]),
    ...metric(
      'policygraph_heavy_requests_executing',
      'gauge',
      'GraphQL requests over HEAVY_REQUEST_COST executing now.',
      [['', admission.heavyExecuting]],
    ),
    ...metric(
      'policygraph_heavy_requests_queued',
      'gauge',
      'GraphQL requests over HEAVY_REQUEST_COST waiting for the heavy lane.',
      [['', admission.heavyQueued]],
    ),
    ...metric(
      'policygraph_requests_refused_total',
      'counter',
      'GraphQL requests refused by admission control: 503 busy, 429 a client over its heavy share.',
      [['', admission.refused]],
    ),
    ...metric(
      'policygraph_statements_in_flight',
      'gauge',
      'Cypher statements holding or waiting for a pooled connection.',
      [['', statements.statementsInFlight]],
    ),
  ];
  if (connectionPoolSize !== undefined) {
    lines.push(
      ...metric('policygraph_connection_pool_size', 'gauge', 'The Neo4j driver pool size.', [
        ['', connectionPoolSize],
      ]),
    );
  }
  return `${lines.join('\n')}\n`;
}
