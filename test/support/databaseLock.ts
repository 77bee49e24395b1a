import { connect, createServer, type Server, type Socket } from 'node:net';

/**
 * The shared test Neo4j is used by one test file at a time, while files that bring their own
 * Neo4j (the process tier) run beside them. The global setup serves this lock on a loopback
 * port; a file holds it by keeping a connection open, so a worker that dies releases it too.
 */
export async function serveDatabaseLock(): Promise<{ port: number; close: () => Promise<void> }> {
  const waiting: Socket[] = [];
  let holder: Socket | undefined;
  const grantNext = () => {
    while (!holder && waiting.length > 0) {
      const next = waiting.shift() as Socket;
      if (next.destroyed) continue;
      holder = next;
      next.write('granted\n');
    }
  };
  const server: Server = createServer((socket) => {
    socket.on('error', () => {});
    socket.on('close', () => {
      if (holder === socket) holder = undefined;
      grantNext();
    });
    waiting.push(socket);
    grantNext();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('the database lock has no port');
  return {
    port: address.port,
    close: () =>
      new Promise((resolve) => {
        for (const socket of [holder, ...waiting]) socket?.destroy();
        server.close(() => resolve());
      }),
  };
}

/** Waits for the lock; resolves with the function that releases it. */
export function takeDatabaseLock(port: number): Promise<() => void> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('error', reject);
    socket.once('data', () => resolve(() => socket.end()));
    socket.once('close', () => reject(new Error('the database lock closed before it was granted')));
  });
}
