import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DEFAULT_LIMITS } from '../config.js';
import type { App } from './app.js';
import { explorerFiles, type StaticHandler } from './explorer.js';

export interface RunningServer {
  server: Server;
  port: number;
  /** Stops taking connections, lets requests in flight finish, then resolves. */
  close(): Promise<void>;
}

export interface ListenOptions {
  host?: string;
  /** Request bodies larger than this are refused with 413 before they are read. */
  maxBodyBytes?: number;
  /** The built explorer served at `/` (default dist/explorer); false serves the API alone. */
  explorer?: string | false;
  /**
   * A connection on which nothing moves for this long is closed: a client that stops reading a
   * download would otherwise hold it (and its export slot) for good.
   */
  idleTimeoutMs?: number;
}

export const IDLE_TIMEOUT_MS = 60_000;

export function listen(
  app: App,
  port: number,
  options: ListenOptions = {},
): Promise<RunningServer> {
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_LIMITS.maxBodyBytes;
  const explorer: StaticHandler | undefined =
    options.explorer === false ? undefined : explorerFiles(options.explorer);
  const server = createServer((request, response) => {
    if (refuseBody(request, response, maxBodyBytes)) return;
    const api = () => void app(request, response);
    if (explorer) explorer(request, response, api);
    else api();
  });
  // Without a 'timeout' listener, Node destroys the idle socket.
  server.setTimeout(options.idleTimeoutMs ?? IDLE_TIMEOUT_MS);
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, options.host, () => {
      server.off('error', reject);
      resolve({
        server,
        port: (server.address() as AddressInfo).port,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            server.closeIdleConnections();
          }),
      });
    });
  });
}

/**
 * The body-size limit, checked on the declared length so nothing is read: a body without a
 * length (chunked) is refused too, as its size is unknown until it has been read.
 */
function refuseBody(request: IncomingMessage, response: ServerResponse, max: number): boolean {
  const declared = request.headers['content-length'];
  const chunked = request.headers['transfer-encoding'] !== undefined;
  let refusal: { status: number; message: string } | undefined;
  if (declared !== undefined && Number(declared) > max) {
    refusal = {
      status: 413,
      message: `The request body has ${declared} bytes; the limit is ${max} bytes, set by MAX_BODY_BYTES.`,
    };
  } else if (chunked && declared === undefined) {
    refusal = {
      status: 411,
      message:
        'Send the request body with a Content-Length header (bodies are limited by MAX_BODY_BYTES).',
    };
  }
  if (!refusal) return false;
  const code = refusal.status === 413 ? 'PAYLOAD_TOO_LARGE' : 'LENGTH_REQUIRED';
  response.writeHead(refusal.status, { 'content-type': 'application/json', connection: 'close' });
  response.end(JSON.stringify({ errors: [{ message: refusal.message, extensions: { code } }] }));
  // The unread body is dropped with the connection.
  request.socket.destroySoon();
  return true;
}
