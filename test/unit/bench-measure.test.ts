import { describe, expect, it } from 'vitest';
import { summarize, turnOrder } from '../../bench/measure.js';

describe('the benchmark measuring implementations in turns', () => {
  it('turns the order by one place each round, so each goes first in turn', () => {
    const order = [0, 1, 2, 3].map((round) => turnOrder(['raw', 'ours', 'theirs'], round));
    expect(order).toEqual([
      ['raw', 'ours', 'theirs'],
      ['ours', 'theirs', 'raw'],
      ['theirs', 'raw', 'ours'],
      ['raw', 'ours', 'theirs'],
    ]);
    expect(turnOrder([], 3)).toEqual([]);
  });

  it('pools the rounds: percentiles over every latency, requests per second over their time', () => {
    const measurement = summarize(1, [
      { latencies: [5, 1, 3], seconds: 1, failures: 0 },
      { latencies: [2, 4, 100], seconds: 2, failures: 1 },
    ]);
    expect(measurement).toEqual({
      connections: 1,
      requests: 6,
      requestsPerSecond: 2,
      p50: 4,
      p99: 100,
      failures: 1,
    });
  });

  it('answers no rate and no percentiles for a target that answered nothing', () => {
    const measurement = summarize(32, [{ latencies: [], seconds: 0, failures: 3 }]);
    expect(measurement.requestsPerSecond).toBe(0);
    expect(measurement.p50).toBeNaN();
    expect(measurement.failures).toBe(3);
  });
});
