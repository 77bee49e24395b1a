/**
 * Preloaded into the server under test (`node --import tsx --import ./bench/soak/monitor.ts`):
 * measures the server's own event-loop delay, so that the figure does not depend on the load
 * generator's loop. Reports over the IPC channel the soak opens: every few seconds, and when
 * asked ('soak:report'); 'soak:reset' starts the histogram afresh. Does nothing without IPC.
 */
import { monitorEventLoopDelay } from 'node:perf_hooks';

const REPORT_EVERY_MS = 5_000;

if (process.send) {
  const histogram = monitorEventLoopDelay({ resolution: 10 });
  histogram.enable();
  const ms = (ns: number) => Math.round(ns / 1e4) / 100;
  const report = () =>
    process.send?.({
      soak: 'eventLoopDelay',
      p50: ms(histogram.percentile(50)),
      p99: ms(histogram.percentile(99)),
      max: ms(histogram.max),
      count: histogram.count,
    });
  process.on('message', (message) => {
    if (message === 'soak:reset') histogram.reset();
    if (message === 'soak:report') report();
  });
  setInterval(report, REPORT_EVERY_MS).unref();
  // The channel must not keep the server alive once it is asked to stop.
  process.channel?.unref();
}
