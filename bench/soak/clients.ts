/**
 * The client loops: each sends its class's requests one after another until the end time or its
 * request budget, whichever comes first, and records what each got.
 */
import type { Agent } from 'undici';
import { type SoakRequest, send } from './http.js';
import { type ClassStats, record } from './stats.js';

export interface LoopOptions {
  base: string;
  /** Date.now() at which every loop stops starting requests. */
  end: number;
  /** Requests per connection at most, whatever the time. */
  maxRequests: number;
  /** A pause between two requests of one connection. */
  pauseMs?: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** One connection: the requests in turn, from `offset`, recorded into `stats`. */
export async function runLoop(
  requests: readonly SoakRequest[],
  stats: ClassStats,
  options: LoopOptions,
  offset = 0,
  agent?: Agent,
): Promise<void> {
  for (let n = 0; n < options.maxRequests && Date.now() < options.end; n += 1) {
    const request = requests[(offset + n) % requests.length] as SoakRequest;
    record(stats, await send(options.base, request, agent));
    const pause = Math.min(options.pauseMs ?? 0, options.end - Date.now());
    if (pause > 0) await sleep(pause);
  }
}

/**
 * `connections` loops at once over the same requests, each starting at a different one; loop i
 * sends from `agents[i % agents.length]` (one agent: one client with several connections).
 */
export async function runClass(
  requests: readonly SoakRequest[],
  connections: number,
  stats: ClassStats,
  options: LoopOptions,
  agents: readonly Agent[] = [],
): Promise<void> {
  await Promise.all(
    Array.from({ length: connections }, (_, i) =>
      runLoop(requests, stats, options, i, agents[i % agents.length]),
    ),
  );
}
