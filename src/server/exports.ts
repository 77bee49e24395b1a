import type { ServerResponse } from 'node:http';
import type { GraphQLSchema } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { inProcessSnapshots, type Snapshots } from '../export/executor.js';
import { EXPORT_FILES, type ExportFile, parseAsOf } from '../export/files.js';
import { ExportError, readGraph } from '../export/readGraph.js';
import type { Reader } from '../queries/reader.js';
import { ExportSlots } from './exportSlots.js';

const PREFIX = '/export/';
const PATHS = EXPORT_FILES.map((file) => `${PREFIX}${file.name}`);
/** What a client refused for too many exports is told to wait: most exports take seconds. */
const RETRY_AFTER_SECONDS = 10;

/** How an error code of the API answers a download that has not started yet. */
const STATUS: Record<string, number> = {
  BAD_USER_INPUT: 400,
  SERVICE_UNAVAILABLE: 503,
  QUERY_TIMEOUT: 503,
  GRAPH_REPLACED: 503,
};

/**
 * GET /export/graph.json, graph.ndjson, graph.graphml, graph.ftm.json, nodes.csv and edges.csv (`?asOf=DAY` for
 * the facts that held that day): the whole graph as a download, read a page at a time through
 * the API's own schema and resolvers, with the API's statement timeout. The body streams with
 * backpressure: a page is read when the client has taken the previous ones, and reading stops
 * when the client goes away. At most `maxConcurrentExports` run at once (MAX_CONCURRENT_EXPORTS;
 * 0 turns them off); a slot is given back when the download ends, fails or its client goes away.
 */
export function exportPlugin(
  reader: Reader,
  maxConcurrentExports: number,
  schema?: GraphQLSchema,
): Plugin {
  // Built on the first export, so that apps that never export do not build the schema twice.
  let execute: Snapshots | undefined;
  const slots = new ExportSlots(maxConcurrentExports);
  return {
    async onRequest({ request, url, endResponse, serverContext }) {
      if (url.pathname !== PREFIX.slice(0, -1) && !url.pathname.startsWith(PREFIX)) return;
      if (slots.max === 0) {
        endResponse(failure(404, 'EXPORTS_OFF', EXPORTS_OFF));
        return;
      }
      execute ??= inProcessSnapshots(reader, schema);
      // Under Node's HTTP server: a download that fails midway is cut off (the connection
      // reset), so that no client takes the part it got for the whole file.
      const response = (serverContext as { res?: ServerResponse }).res;
      const cutOff = () => {
        response?.destroy();
        return response !== undefined;
      };
      endResponse(await answer(request, url, execute, slots, cutOff));
    },
  };
}

async function answer(
  request: Request,
  url: URL,
  execute: Snapshots,
  slots: ExportSlots,
  cutOff: () => boolean,
): Promise<Response> {
  const file = EXPORT_FILES.find((candidate) => `${PREFIX}${candidate.name}` === url.pathname);
  if (!file) {
    return failure(404, 'NOT_FOUND', `No export at ${url.pathname}. ${EXPORTS_ARE}`);
  }
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    return failure(405, 'METHOD_NOT_ALLOWED', 'Exports are read with GET.', { allow: 'GET, HEAD' });
  }
  const unknown = [...url.searchParams.keys()].filter((name) => name !== 'asOf');
  if (unknown.length > 0 || url.searchParams.getAll('asOf').length > 1) {
    return failure(
      400,
      'BAD_USER_INPUT',
      `Exports take one parameter, asOf=YYYY-MM-DD; got ${url.search.slice(0, 100)}.`,
    );
  }
  let release: (() => void) | undefined;
  try {
    const asOf = parseAsOf(url.searchParams.get('asOf'));
    const headers = downloadHeaders(file, asOf);
    if (request.method === 'HEAD') return new Response(null, { headers });
    release = slots.take();
    if (!release) {
      return failure(503, 'TOO_MANY_EXPORTS', tooMany(slots.max), {
        'retry-after': String(RETRY_AFTER_SECONDS),
      });
    }
    const chunks = file.render(readGraph(execute, { asOf, signal: request.signal }));
    return new Response(await streamed(chunks, request.signal, cutOff, release), { headers });
  } catch (error) {
    release?.();
    if (error instanceof ExportError && STATUS[error.code]) {
      return failure(STATUS[error.code] as number, error.code, error.message);
    }
    console.error('export failed before it started:', error);
    return failure(500, 'INTERNAL_SERVER_ERROR', 'Unexpected error.');
  }
}

const EXPORTS_ARE = `The exports are ${PATHS.join(', ')}; add ?asOf=YYYY-MM-DD to keep the facts that held on that day.`;

const EXPORTS_OFF =
  'Exports over HTTP are turned off on this server (MAX_CONCURRENT_EXPORTS=0). Its operator turns them on by setting MAX_CONCURRENT_EXPORTS to 1 or more; `policygraph export` writes the same files from the command line.';

const tooMany = (max: number) =>
  `This server is already running ${max === 1 ? '1 export' : `${max} exports`}, the most it runs at once (MAX_CONCURRENT_EXPORTS=${max}). Try again in ${RETRY_AFTER_SECONDS} s.`;

function downloadHeaders(file: ExportFile, asOf: string | null): Headers {
  const [stem, extension] = file.name.split('.');
  const name = asOf ? `${stem}-${asOf}.${extension}` : file.name;
  return new Headers({
    'content-type': file.contentType,
    'content-disposition': `attachment; filename="${name}"`,
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  });
}

function failure(
  status: number,
  code: string,
  message: string,
  headers: Record<string, string> = {},
): Response {
  const body = { errors: [{ message, extensions: { code, exports: PATHS } }] };
  return Response.json(body, { status, headers });
}

/**
 * A body that pulls a chunk only when the server has written the previous one. The first chunk
 * is read before answering, so a failure to start (Neo4j away) still gets a status code; a
 * failure later can only cut the download short. `release` gives the export's slot back when
 * the body ends, fails or is cancelled, or the client goes away.
 */
async function streamed(
  chunks: AsyncIterable<string>,
  signal: AbortSignal,
  cutOff: () => boolean,
  release: () => void,
): Promise<ReadableStream<Uint8Array>> {
  const iterator = chunks[Symbol.asyncIterator]();
  const encoder = new TextEncoder();
  // The client went away: end the reading (and remove a spool file) even if no chunk is pulled.
  // The reader's next page sees the signal too, so at most a page is read after this.
  const stop = () => {
    release();
    void iterator.return?.().catch(() => {});
  };
  const finish = () => {
    signal.removeEventListener('abort', stop);
    release();
  };
  signal.addEventListener('abort', stop, { once: true });
  const first = await iterator.next().catch((error: unknown) => {
    finish();
    throw error;
  });
  let pending: IteratorResult<string> | undefined = first;
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        try {
          const next = pending ?? (await iterator.next());
          pending = undefined;
          if (next.done) {
            finish();
            controller.close();
          } else {
            controller.enqueue(encoder.encode(next.value));
          }
        } catch (error) {
          finish();
          if (!signal.aborted) console.error('export failed while streaming:', error);
          // Cut off, the connection tells the client; in-process, the stream's error does.
          if (cutOff()) controller.close();
          else controller.error(error);
        }
      },
      async cancel() {
        finish();
        await iterator.return?.();
      },
    },
    // Nothing read ahead of what the client takes, beyond the page the reader prefetches.
    { highWaterMark: 0 },
  );
}
