import { existsSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import sirv from 'sirv';

/** Where `npm run build` puts the explorer (explorer/ built by Vite). */
export const BUILT_EXPLORER = fileURLToPath(new URL('../../dist/explorer', import.meta.url));

export type StaticHandler = (
  request: IncomingMessage,
  response: ServerResponse,
  next: () => void,
) => void;

/** The API's own paths; everything else a browser GETs is the explorer's. */
const API_PATHS = /^\/(graphql|health|ready|export)(\/|\?|$)/;

// The page loads only its own files and talks only to this API.
const PAGE_HEADERS = {
  'Content-Security-Policy':
    "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};

/**
 * Serves the built explorer from `dir`: hashed assets cached for good, the page revalidated.
 * When it has not been built, `/` says how to build it instead of a bare 404.
 */
export function explorerFiles(dir: string = BUILT_EXPLORER): StaticHandler {
  if (!existsSync(join(dir, 'index.html'))) return notBuilt(dir);
  const files = sirv(dir, {
    etag: true,
    setHeaders: (response, pathname) => {
      for (const [name, value] of Object.entries(PAGE_HEADERS)) response.setHeader(name, value);
      response.setHeader(
        'Cache-Control',
        pathname.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
      );
    },
  });
  return (request, response, next) => {
    if (!isPageRequest(request)) return next();
    files(request, response, next);
  };
}

function notBuilt(dir: string): StaticHandler {
  return (request, response, next) => {
    if (!isPageRequest(request) || !/^\/(\?|$)/.test(request.url ?? '')) return next();
    response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
    response.end(
      `The explorer is not built (no ${join(dir, 'index.html')}): run \`npm run build\`, or \`npm run explorer:dev\` for a dev server. The API is at /graphql.\n`,
    );
  };
}

function isPageRequest(request: IncomingMessage): boolean {
  return (
    (request.method === 'GET' || request.method === 'HEAD') && !API_PATHS.test(request.url ?? '/')
  );
}
