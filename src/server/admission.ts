import type { ServerResponse } from 'node:http';
import type { Plugin } from 'graphql-yoga';
import { Slots, SlotsFull, WaitedTooLong } from '../concurrency.js';
import type { RequestLimits } from '../config.js';

/** What /metrics reports about admission. */
export interface AdmissionStats {
  readonly executing: number;
  readonly queued: number;
  readonly refused: number;
}

/**
 * Admission control for GraphQL requests: at most `maxConcurrentRequests` execute at once (sized
 * on the driver's pool, see requestsThePoolAllows), up to `maxQueuedRequests` wait their turn,
 * and the rest are refused at once with 503 SERVICE_UNAVAILABLE and Retry-After; a request that
 * waits longer than `maxQueueWaitMs` is refused too rather than run late. A request holds its
 * slot until its answer is built (execution and serialisation), not while the bytes are sent.
 * Health, readiness, metrics and the explorer's files are not GraphQL requests and pass.
 */
export function admissionPlugin(
  limits: RequestLimits,
  endpoint: string,
): { plugin: Plugin; stats: AdmissionStats } {
  const slots = new Slots(limits.maxConcurrentRequests, limits.maxQueuedRequests);
  const releases = new WeakMap<Request, () => void>();
  let refused = 0;
  const retryAfterSeconds = String(Math.max(1, Math.ceil(limits.maxQueueWaitMs / 1000)));
  const plugin: Plugin = {
    async onRequest({ request, url, endResponse, serverContext }) {
      if (url.pathname !== endpoint || request.method === 'OPTIONS') return;
      let release: () => void;
      try {
        release = await slots.acquire(limits.maxQueueWaitMs);
      } catch (error) {
        if (!(error instanceof SlotsFull || error instanceof WaitedTooLong)) throw error;
        refused++;
        endResponse(busy(error, retryAfterSeconds));
        return;
      }
      releases.set(request, release);
      // Under Node's HTTP server, a request that ends without an answer (its client gone, a
      // hook that threw) still gives its slot back.
      (serverContext as { res?: ServerResponse }).res?.once('close', release);
    },
    onResponse({ request }) {
      releases.get(request)?.();
    },
  };
  const stats: AdmissionStats = {
    get executing() {
      return slots.running;
    },
    get queued() {
      return slots.waiting;
    },
    get refused() {
      return refused;
    },
  };
  return { plugin, stats };
}

function busy(error: SlotsFull | WaitedTooLong, retryAfterSeconds: string): Response {
  const message =
    error instanceof SlotsFull
      ? 'The server is busy: too many requests are running or waiting (MAX_CONCURRENT_REQUESTS, MAX_QUEUED_REQUESTS); try again after Retry-After seconds.'
      : `The server is busy: the request waited ${error.waitedMs} ms for its turn (MAX_QUEUE_WAIT_MS) and was not run; try again after Retry-After seconds.`;
  return new Response(
    JSON.stringify({ errors: [{ message, extensions: { code: 'SERVICE_UNAVAILABLE' } }] }),
    {
      status: 503,
      headers: {
        'content-type': 'application/json; charset=utf-8',
        'retry-after': retryAfterSeconds,
      },
    },
  );
}
