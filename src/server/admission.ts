import type { IncomingMessage, ServerResponse } from 'node:http';
import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { Slots, SlotsFull, WaitedTooLong } from '../concurrency.js';
import type { RequestLimits } from '../config.js';
import type { GraphContext } from '../graphql/context.js';
import { costOf } from './limits.js';

/** What /metrics reports about admission. */
export interface AdmissionStats {
  readonly executing: number;
  readonly queued: number;
  readonly heavyExecuting: number;
  readonly heavyQueued: number;
  readonly refused: number;
}

/**
 * Admission control for GraphQL operations, once they are parsed, valid and within the cost
 * limit, so a refused request never holds a place. At most `maxConcurrentRequests` execute at once
 * (sized on the driver's pool, see requestsThePoolAllows); of them at most `maxHeavyRequests`
 * may cost more than `heavyRequestCost` (the heavy lane), so cheap requests keep running while
 * heavy ones wait their turn, the cheaper first, each running one statement at a time. Each
 * lane's line holds up to `maxQueuedRequests`; the rest are refused at once with 503
 * SERVICE_UNAVAILABLE and Retry-After, and a request that waits longer than `maxQueueWaitMs`
 * (`maxHeavyQueueWaitMs` for the heavy lane) is refused too rather than run late. One client (a remote address) may
 * have `maxHeavyRequestsPerClient` heavy requests running or waiting; another is refused at once
 * with 429 TOO_MANY_REQUESTS, so no client fills the heavy lane. Behind a proxy every client has
 * the proxy's address: limit per client there. A request holds its places until its
 * answer is built (execution and serialisation), not while the bytes are sent. Health, readiness,
 * metrics, exports (their own limit) and the explorer's files are not GraphQL operations.
 *
 * This must come after the cost limit among the plugins: it reads the cost that one computed.
 */
export function admissionPlugin(limits: RequestLimits): {
  plugin: Plugin;
  stats: AdmissionStats;
} {
  const requests = new Slots(limits.maxConcurrentRequests, limits.maxQueuedRequests);
  const heavy = new Slots(limits.maxHeavyRequests, limits.maxQueuedRequests);
  const releases = new WeakMap<Request, (() => void)[]>();
  let refused = 0;
  const retryAfterSeconds = String(Math.max(1, Math.ceil(limits.maxQueueWaitMs / 1000)));

  const hold = (request: Request, release: () => void) => {
    const held = releases.get(request);
    if (held) held.push(release);
    else releases.set(request, [release]);
  };

  /** Each client's own line for the heavy lane; dropped when the client has none left. */
  const clientLines = new Map<string, Slots>();
  const heavyTurn = async (client: string, maxWaitMs: number): Promise<() => void> => {
    let line = clientLines.get(client);
    if (!line) {
      line = new Slots(limits.maxHeavyRequestsPerClient, limits.maxQueuedRequests);
      clientLines.set(client, line);
    }
    const ownLine = line;
    const release = await ownLine.acquire(maxWaitMs);
    return () => {
      release();
      if (ownLine.running === 0 && ownLine.waiting === 0) clientLines.delete(client);
    };
  };

  const plugin: Plugin = {
    async onExecute({ context, setResultAndStopExecution }) {
      const { request, req, res } = context as {
        request?: Request;
        req?: IncomingMessage;
        res?: ServerResponse;
      };
      if (!request) return;
      const cost = costOf(context);
      const client = req?.socket.remoteAddress ?? 'unknown';
      try {
        // Heavy first: a heavy request waiting for its lane holds no place a cheap one could use.
        if (cost !== undefined && cost > limits.heavyRequestCost) {
          try {
            // A client's own line is as slow as its own requests: it may wait until its deadline.
            hold(request, await heavyTurn(client, limits.requestTimeoutMs));
          } catch (error) {
            if (!(error instanceof SlotsFull)) throw error;
            refused++;
            setResultAndStopExecution({ errors: [tooMany(limits, retryAfterSeconds)] });
            return;
          }
          hold(request, await heavy.acquire(limits.maxHeavyQueueWaitMs, heavyRank(cost)));
          // One statement at a time: a heavy lane is then at most one of Neo4j's cores.
          const reader = (context as Partial<GraphContext>).reader;
          if (reader?.statementSlots) reader.statementSlots = new Slots(1);
        }
        hold(request, await requests.acquire(limits.maxQueueWaitMs));
      } catch (error) {
        if (!(error instanceof SlotsFull || error instanceof WaitedTooLong)) throw error;
        releaseAll(request);
        refused++;
        setResultAndStopExecution({ errors: [busy(error, retryAfterSeconds)] });
        return;
      }
      // Under Node's HTTP server, a request that ends without an answer (its client gone, a
      // hook that threw) still gives its places back.
      res?.once('close', () => releaseAll(request));
    },
    onResponse({ request }) {
      releaseAll(request);
    },
  };

  function releaseAll(request: Request): void {
    const held = releases.get(request);
    if (!held) return;
    releases.delete(request);
    for (const release of held) release();
  }

  const stats: AdmissionStats = {
    get executing() {
      return requests.running;
    },
    get queued() {
      return requests.waiting + heavy.waiting;
    },
    get heavyExecuting() {
      return heavy.running;
    },
    get heavyQueued() {
      return heavy.waiting;
    },
    get refused() {
      return refused;
    },
  };
  return { plugin, stats };
}

/**
 * A heavy request's place in line: its arrival plus 1 ms per 10 of cost. A cheaper request
 * overtakes a costlier one that came up to the difference earlier (a 10,000 lookup overtakes
 * twenty searches at 14,000 that came 400 ms before it), and nothing is overtaken for ever.
 */
export function heavyRank(cost: number, now = Date.now()): number {
  return now + cost / 10;
}

function tooMany(limits: RequestLimits, retryAfterSeconds: string): GraphQLError {
  return new GraphQLError(
    `This client already has ${limits.maxHeavyRequestsPerClient} heavy request(s) running and ${limits.maxQueuedRequests} waiting (requests that may cost over ${limits.heavyRequestCost}, HEAVY_REQUEST_COST; MAX_HEAVY_REQUESTS_PER_CLIENT run at once, MAX_QUEUED_REQUESTS wait): wait for their answers, or ask for less.`,
    {
      extensions: {
        code: 'TOO_MANY_REQUESTS',
        http: { status: 429, headers: { 'retry-after': retryAfterSeconds } },
      },
    },
  );
}

function busy(error: SlotsFull | WaitedTooLong, retryAfterSeconds: string): GraphQLError {
  const message =
    error instanceof SlotsFull
      ? 'The server is busy: too many requests are running or waiting (MAX_CONCURRENT_REQUESTS, MAX_HEAVY_REQUESTS, MAX_QUEUED_REQUESTS); try again after Retry-After seconds.'
      : `The server is busy: the request waited ${error.waitedMs} ms for its turn (MAX_QUEUE_WAIT_MS, MAX_HEAVY_QUEUE_WAIT_MS for requests over HEAVY_REQUEST_COST) and was not run; try again after Retry-After seconds.`;
  return new GraphQLError(message, {
    extensions: {
      code: 'SERVICE_UNAVAILABLE',
      http: { status: 503, headers: { 'retry-after': retryAfterSeconds } },
    },
  });
}
