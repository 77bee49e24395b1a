import type { Plugin } from 'graphql-yoga';

const METHODS = 'GET, POST';

/**
 * CORS for an API that uses no credentials (no cookies, no auth header), so it never sends
 * `Access-Control-Allow-Credentials`. `*` among the origins answers `*`; otherwise only a listed
 * origin is echoed (with `Vary: Origin`), and any other origin — `null` included, which
 * sandboxed iframes and `data:` pages send — gets no `Access-Control-Allow-Origin` at all.
 * No origins: no CORS headers. Yoga's own CORS cannot do this: it echoes the origin with
 * credentials for `*`, and answers `null` with credentials to an origin not listed.
 */
export function corsPlugin(origins: readonly string[]): Plugin {
  return {
    onRequest({ request, fetchAPI, endResponse }) {
      // A preflight is answered here, before GraphQL; the headers are added in onResponse.
      if (request.method.toUpperCase() !== 'OPTIONS') return;
      endResponse(new fetchAPI.Response(null, { status: 204, headers: { 'Content-Length': '0' } }));
    },
    onResponse({ request, response }) {
      for (const [name, value] of Object.entries(corsHeaders(origins, request.headers))) {
        // Vary adds to what the response already varies on; the others are ours alone.
        if (name === 'Vary') response.headers.append(name, value);
        else response.headers.set(name, value);
      }
    },
  };
}

/** The CORS response headers for a request's headers, given the allowed origins. */
export function corsHeaders(
  origins: readonly string[],
  request: { get(name: string): string | null },
): Record<string, string> {
  const origin = request.get('origin');
  if (origin === null || origins.length === 0) return {};
  const any = origins.includes('*');
  // The answer depends on the Origin unless every origin gets `*`: caches must know.
  const vary = any ? [] : ['Origin'];
  const allowed = any || (origin !== 'null' && origins.includes(origin));
  if (!allowed) return { Vary: vary.join(', ') };
  const headers: Record<string, string> = {
    'Access-Control-Allow-Origin': any ? '*' : origin,
    'Access-Control-Allow-Methods': METHODS,
  };
  const requested = request.get('access-control-request-headers');
  if (requested) {
    headers['Access-Control-Allow-Headers'] = requested;
    vary.push('Access-Control-Request-Headers');
  }
  if (vary.length > 0) headers.Vary = vary.join(', ');
  return headers;
}
