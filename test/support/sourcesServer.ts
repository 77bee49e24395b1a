import { readFileSync, writeFileSync } from 'node:fs';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { freePort } from './freePort.js';

/**
 * The pages of test/fixtures/sources-check/seed.yaml.template, served on 127.0.0.1 (never the
 * network): each answers as a page on the web may, from a good page to one without end.
 */
export interface SourcesServer {
  origin: string;
  /** An address where nothing listens. */
  refused: string;
  /** Requests for a path so far. */
  hits: (path: string) => number;
  /**
   * The most requests for /wait/... in flight at once so far (from arrival to the answer sent,
   * 50 ms later); `resetWaits` starts counting again.
   */
  maxWaitsInFlight: () => number;
  resetWaits: () => void;
  /** Bytes /huge queued for sending before its client went away. */
  hugeBytesSent: () => number;
  /** Resolves when a client of /huge closes its connection. */
  hugeClosed: Promise<void>;
  /** Writes the fixture seed with this server's addresses into `dir`; returns dir. */
  writeSeed: (dir: string) => string;
  close: () => Promise<void>;
}

const TEMPLATE = 'test/fixtures/sources-check/seed.yaml.template';

const page = (body: string) =>
  `<!doctype html><html><head><title>A source</title><style>p { color: red }</style></head><body>${body}<script>var hidden = "This sentence was edited away.";</script></body></html>`;

const PAGES: Record<string, string> = {
  '/ok': page(
    '<article><h1>Access</h1><p>OpenAI will block API traffic from regions where it does not support access.</p><p>Microsoft keeps serving Azure OpenAI in China through 21Vianet.</p></article>',
  ),
  // The quote is left only in a script, which is no text a reader sees.
  '/absent': page('<p>The page was rewritten since it was cited.</p>'),
  '/markup': page(
    '<p>Microsoft &amp; OpenAI <b>extend</b>\n   their&nbsp;partnership &#8211; &ldquo;the <i>next</i> phase&rdquo;</p>',
  ),
};

const REDIRECTS: Record<string, string> = {
  '/moved': '/ok',
  '/loop-a': '/loop-b',
  '/loop-b': '/loop-a',
  '/to-ftp': 'ftp://127.0.0.1/file',
};

/** Filler of /huge, after its first paragraph, sent until the client goes away. */
const FILLER = Buffer.from('<p>More of the same. </p>'.repeat(2_600));

export async function startSourcesServer(): Promise<SourcesServer> {
  const hits = new Map<string, number>();
  let waitsInFlight = 0;
  let maxWaitsInFlight = 0;
  let hugeBytesSent = 0;
  let hugeWasClosed: () => void = () => {};
  const hugeClosed = new Promise<void>((resolve) => {
    hugeWasClosed = resolve;
  });
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const count = (hits.get(url.pathname) ?? 0) + 1;
    hits.set(url.pathname, count);
    const html = PAGES[url.pathname];
    if (html !== undefined) return send(response, 200, 'text/html; charset=utf-8', html);
    const location = REDIRECTS[url.pathname];
    if (location !== undefined) {
      response.writeHead(url.pathname === '/moved' ? 301 : 302, { location });
      return response.end();
    }
    // /chain/N redirects to /chain/N-1, down to /chain/0, a good page.
    const chain = /^\/chain\/(\d+)$/.exec(url.pathname);
    if (chain) {
      const n = Number(chain[1]);
      if (n === 0) return send(response, 200, 'text/html', page('<p>End of the chain.</p>'));
      response.writeHead(307, { location: `/chain/${n - 1}` });
      return response.end();
    }
    if (url.pathname.startsWith('/wait/')) {
      waitsInFlight += 1;
      maxWaitsInFlight = Math.max(maxWaitsInFlight, waitsInFlight);
      setTimeout(() => {
        // Counted out before the answer: no client can have it, and so ask again, before this.
        waitsInFlight -= 1;
        send(response, 200, 'text/html', page('<p>Worth the wait.</p>'));
      }, 50);
      return;
    }
    switch (url.pathname) {
      case '/cookie':
        // Sets a cookie and sends the client back to the same page, which wants the cookie.
        if (request.headers.cookie?.includes('consent=yes')) {
          return send(response, 200, 'text/html', page('<p>Welcome back.</p>'));
        }
        response.writeHead(302, {
          location: '/cookie',
          'set-cookie': 'consent=yes; Path=/; HttpOnly',
        });
        return response.end();
      case '/flaky':
        return count === 1
          ? send(response, 500, 'text/plain', 'try again')
          : send(response, 200, 'text/html', page('<p>Served on the second attempt.</p>'));
      case '/down':
        return send(response, 503, 'text/plain', 'down for maintenance');
      case '/slow':
        // Never answers: the client's time limit ends the request.
        return;
      case '/huge':
        return sendForever(response);
      case '/report.pdf':
      case '/annex.pdf':
        // The quote is in the bytes: only a check that took a PDF for HTML would find it.
        return send(response, 200, 'application/pdf', '%PDF-1.4 Words in a PDF.');
      default:
        return send(response, 404, 'text/plain', 'not found');
    }
  });

  function sendForever(response: ServerResponse): void {
    let closed = false;
    response.on('close', () => {
      closed = true;
      hugeWasClosed();
    });
    response.writeHead(200, { 'content-type': 'text/html' });
    response.write('<!doctype html><html><body><p>The first paragraph of a page without end.</p>');
    // As fast as the client reads, never faster: the test measures what it did not read.
    const pump = () => {
      while (!closed) {
        hugeBytesSent += FILLER.length;
        if (!response.write(FILLER)) {
          response.once('drain', pump);
          return;
        }
      }
    };
    pump();
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  const refused = `http://127.0.0.1:${await freePort()}`;
  return {
    origin,
    refused,
    hits: (pathname) => hits.get(pathname) ?? 0,
    maxWaitsInFlight: () => maxWaitsInFlight,
    resetWaits: () => {
      maxWaitsInFlight = 0;
    },
    hugeBytesSent: () => hugeBytesSent,
    hugeClosed,
    writeSeed: (dir) => {
      const text = readFileSync(TEMPLATE, 'utf8')
        .replaceAll('{origin}', origin)
        .replaceAll('{refused}', refused);
      writeFileSync(path.join(dir, 'seed.yaml'), text);
      return dir;
    },
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function send(response: ServerResponse, status: number, contentType: string, body: string): void {
  response.writeHead(status, { 'content-type': contentType });
  response.end(body);
}
