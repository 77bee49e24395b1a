import type { IncomingMessage } from 'node:http';
import type { Plugin } from 'graphql-yoga';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';

/** Paths never limited: a load balancer's health and readiness checks. */
const UNLIMITED = new Set(['/health', '/ready']);

/**
 * At most `perSecond` requests a second from one client (one remote address), any path but
 * /health and /ready. A request over it does no work: it is answered 429 TOO_MANY_REQUESTS with
 * Retry-After, and only once the client's second is over (at most one second later), so a
 * client that sends again at once, as a flood does, is slowed to its rate instead of spinning
 * on refusals. Behind a proxy every client has the proxy's address: limit per client there.
 * Counts live in this process: N processes behind a balancer allow N times the rate.
 */
export function rateLimitPlugin(perSecond: number): Plugin {
  const limiter = new RateLimiterMemory({ points: perSecond, duration: 1 });
  return {
    async onRequest({ url, serverContext, endResponse }) {
      if (UNLIMITED.has(url.pathname)) return;
      const client = (serverContext as { req?: IncomingMessage }).req?.socket.remoteAddress;
      if (!client) return;
      try {
        await limiter.consume(client);
      } catch (refusal) {
        if (!(refusal instanceof RateLimiterRes)) throw refusal;
        const waitMs = Math.min(Math.max(refusal.msBeforeNext, 0), 1_000);
        await new Promise((resolve) => setTimeout(resolve, waitMs));
        endResponse(tooManyRequests(perSecond));
      }
    },
  };
}

function tooManyRequests(perSecond: number): Response {
  const message = `Too many requests from this client: at most ${perSecond} a second (RATE_LIMIT_PER_CLIENT); slow down and try again after Retry-After seconds.`;
  return new Response(
    JSON.stringify({ errors: [{ message, extensions: { code: 'TOO_MANY_REQUESTS' } }] }),
    {
      status: 429,
      headers: { 'content-type': 'application/json; charset=utf-8', 'retry-after': '1' },
    },
  );
}
