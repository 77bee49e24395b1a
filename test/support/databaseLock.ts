import { connect, createServer, type Server, type Socket } from 'node:net';

/** How long each file waited for and held the shared Neo4j in the runs so far (sequencer.ts). */
export const LOCK_TIMES_FILE = '.neo4j/shared-neo4j-times.json';

/** How long a file waited for the shared Neo4j and then held it, in milliseconds. */
export interface LockTimes {
  waitedMs: number;
  heldMs: number;
  /** When it was granted, counted from when the shared Neo4j was ready. */
  grantedAtMs: number;
}

/** What a file does with the shared Neo4j: writes (erases, loads), or only reads one graph. */
export type LockUse = { write: true } | { write: false; graph: string };

interface Request {
  socket: Socket;
  file: string;
  use: LockUse;
  askedAt: number;
  grantedAt?: number;
}

/**
 * The shared test Neo4j is used by one writing test file at a time, or by the files that only
 * read the same graph, together; files that bring their own Neo4j (the process tier) run beside
 * them. The global setup serves this lock on a loopback port; a file holds it by keeping a
 * connection open, so a worker that dies releases it too. Requests are granted in the order they
 * came. A file that reads a graph first makes sure the graph is loaded (loading it if not) and
 * then says "ready": only then do other readers of that graph join it.
 *
 * Nothing is granted before `ready` resolves, with the Neo4j's URI, which each grant carries; if
 * it rejects, every request is told why.
 *
 * A file names itself and its use in its first line; the lock keeps how long each waited and
 * held it, for the sequencer's plan (see sequencer.ts).
 */
export async function serveDatabaseLock(ready: Promise<string>): Promise<{
  port: number;
  times: () => Record<string, LockTimes>;
  close: () => Promise<void>;
}> {
  const waiting: Request[] = [];
  const holders = new Set<Request>();
  /** Readers of the graph the holders read join them once the first has it loaded. */
  let readersMayJoin = false;
  const times: Record<string, LockTimes> = {};
  let state: 'starting' | { uri: string } | Error = 'starting';
  let readyAt = 0;

  const grant = (request: Request) => {
    waiting.shift();
    holders.add(request);
    request.grantedAt = Date.now();
    request.socket.write(`granted ${(state as { uri: string }).uri}\n`);
  };
  const grantNext = () => {
    if (state instanceof Error) {
      for (const request of waiting.splice(0)) {
        request.socket.end(`failed: the shared Neo4j did not start: ${oneLine(state.message)}\n`);
      }
      return;
    }
    if (state === 'starting') return;
    for (let head = waiting[0]; head; head = waiting[0]) {
      if (head.socket.destroyed) {
        waiting.shift();
        continue;
      }
      if (holders.size === 0) {
        readersMayJoin = false;
        grant(head);
        continue;
      }
      const [holder] = holders;
      const joins =
        readersMayJoin &&
        !head.use.write &&
        holder !== undefined &&
        !holder.use.write &&
        holder.use.graph === head.use.graph;
      if (!joins) return;
      grant(head);
    }
  };

  const server: Server = createServer((socket) => {
    socket.on('error', () => {});
    socket.setEncoding('utf8');
    let request: Request | undefined;
    let buffered = '';
    socket.on('data', (chunk: string) => {
      buffered += chunk;
      for (let end = buffered.indexOf('\n'); end >= 0; end = buffered.indexOf('\n')) {
        const line = buffered.slice(0, end);
        buffered = buffered.slice(end + 1);
        if (!request) {
          const [file = '', graph] = line.split('\t');
          const use: LockUse = graph === undefined ? { write: true } : { write: false, graph };
          request = { socket, file, use, askedAt: Date.now() };
          waiting.push(request);
        } else if (line === 'ready' && holders.has(request)) {
          readersMayJoin = true;
        }
        grantNext();
      }
    });
    socket.on('close', () => {
      if (request?.grantedAt !== undefined) {
        times[request.file] = {
          waitedMs: request.grantedAt - request.askedAt,
          heldMs: Date.now() - request.grantedAt,
          grantedAtMs: request.grantedAt - readyAt,
        };
      }
      if (request) holders.delete(request);
      grantNext();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  ready.then(
    (uri) => {
      state = { uri };
      readyAt = Date.now();
      grantNext();
    },
    (error: Error) => {
      state = error;
      grantNext();
    },
  );
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('the database lock has no port');
  return {
    port: address.port,
    times: () => times,
    close: () =>
      new Promise((resolve) => {
        for (const request of [...holders, ...waiting]) request.socket.destroy();
        server.close(() => resolve());
      }),
  };
}

const oneLine = (text: string) => text.replace(/\s+/g, ' ');

/** The lock, held by this file until `release`; a reader calls `ready` once its graph is loaded. */
export interface HeldLock {
  /** Where the shared Neo4j answers. */
  uri: string;
  ready: () => void;
  release: () => void;
}

/** Waits for the lock, for the file `file` and its use of the shared Neo4j. */
export function takeDatabaseLock(port: number, file: string, use: LockUse): Promise<HeldLock> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    socket.write(use.write ? `${file}\n` : `${file}\t${use.graph}\n`);
    socket.once('error', reject);
    socket.setEncoding('utf8');
    socket.once('data', (line: string) => {
      if (line.startsWith('failed: ')) reject(new Error(line.slice('failed: '.length).trim()));
      else {
        const uri = line.trim().slice('granted '.length);
        resolve({ uri, ready: () => socket.write('ready\n'), release: () => socket.end() });
      }
    });
    socket.once('close', () => reject(new Error('the database lock closed before it was granted')));
  });
}
