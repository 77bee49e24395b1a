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

function render({ admission, statements, connectionPoolSize }: MetricsSources, delay: Histogram) {
  const seconds = (nanoseconds: number) => (Number.isFinite(nanoseconds) ? nanoseconds / 1e9 : 0);
  const memory = process.memoryUsage();
  const lines = [
    '# HELP policygraph_event_loop_delay_seconds Event-loop delay since the previous scrape.',
    '# TYPE policygraph_event_loop_delay_seconds summary',
    `policygraph_event_loop_delay_seconds{quantile="0.5"} ${seconds(delay.percentile(50))}`,
    `policygraph_event_loop_delay_seconds{quantile="0.99"} ${seconds(delay.percentile(99))}`,
    `policygraph_event_loop_delay_seconds{quantile="1"} ${seconds(delay.max)}`,
    '# HELP process_resident_memory_bytes Resident memory.',
    '# TYPE process_resident_memory_bytes gauge',
    `process_resident_memory_bytes ${memory.rss}`,
    '# HELP nodejs_heap_used_bytes V8 heap in use.',
    '# TYPE nodejs_heap_used_bytes gauge',
    `nodejs_heap_used_bytes ${memory.heapUsed}`,
    '# HELP policygraph_requests_executing GraphQL requests executing now.',
    '# TYPE policygraph_requests_executing gauge',
    `policygraph_requests_executing ${admission.executing}`,
    '# HELP policygraph_requests_queued GraphQL requests waiting for their turn.',
    '# TYPE policygraph_requests_queued gauge',
    `policygraph_requests_queued ${admission.queued}`,
    '# HELP policygraph_requests_refused_total GraphQL requests refused with 503 (busy).',
    '# TYPE policygraph_requests_refused_total counter',
    `policygraph_requests_refused_total ${admission.refused}`,
    '# HELP policygraph_statements_in_flight Cypher statements holding or waiting for a pooled connection.',
    '# TYPE policygraph_statements_in_flight gauge',
    `policygraph_statements_in_flight ${statements.statementsInFlight}`,
  ];
  if (connectionPoolSize !== undefined) {
    lines.push(
      '# HELP policygraph_connection_pool_size The Neo4j driver pool size.',
      '# TYPE policygraph_connection_pool_size gauge',
      `policygraph_connection_pool_size ${connectionPoolSize}`,
    );
  }
  return `${lines.join('\n')}\n`;
}
