import { afterEach, describe, expect, it } from 'vitest';
import { type HeldLock, serveDatabaseLock, takeDatabaseLock } from '../support/databaseLock.js';

/** A promise and what settles it, for a Neo4j that starts when the test says. */
function deferred() {
  let resolve: (uri: string) => void = () => {};
  let reject: (error: Error) => void = () => {};
  const promise = new Promise<string>((yes, no) => {
    resolve = yes;
    reject = no;
  });
  return { promise, resolve, reject };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 30));

describe('the shared Neo4j lock', () => {
  let close: (() => Promise<void>) | undefined;
  afterEach(async () => close?.());

  /** A lock, and a way to ask for it that records who was granted, in order. */
  async function lock(ready: Promise<string> = Promise.resolve('bolt://127.0.0.1:7687')) {
    const served = await serveDatabaseLock(ready);
    close = served.close;
    const granted: string[] = [];
    const held = new Map<string, HeldLock>();
    const ask = (file: string, graph?: string) => {
      const asked = takeDatabaseLock(
        served.port,
        file,
        graph === undefined ? { write: true } : { write: false, graph },
      ).then((lock) => {
        granted.push(file);
        held.set(file, lock);
        return lock;
      });
      // A request still waiting when the test ends is refused as the lock closes: that is fine.
      asked.catch(() => {});
      return asked;
    };
    return { served, granted, held: (file: string) => held.get(file) as HeldLock, ask };
  }

  it('grants nothing until the Neo4j is ready, then grants its URI', async () => {
    const start = deferred();
    const { granted, held, ask } = await lock(start.promise);
    void ask('a.test.ts');
    await tick();
    expect(granted).toEqual([]);
    start.resolve('bolt://127.0.0.1:7777');
    await tick();
    expect(granted).toEqual(['a.test.ts']);
    expect(held('a.test.ts').uri).toBe('bolt://127.0.0.1:7777');
  });

  it('tells every file why, when the Neo4j did not start', async () => {
    const start = deferred();
    const { ask } = await lock(start.promise);
    const asked = [ask('a.test.ts'), ask('b.test.ts', 'G')];
    start.reject(new Error('Java was not found\nat all'));
    for (const request of asked) {
      await expect(request).rejects.toThrow(
        'the shared Neo4j did not start: Java was not found at all',
      );
    }
  });

  it('lets one writer in at a time, in the order they asked', async () => {
    const { granted, held, ask } = await lock();
    void ask('a.test.ts');
    await tick();
    void ask('b.test.ts');
    await tick();
    expect(granted).toEqual(['a.test.ts']);
    held('a.test.ts').release();
    await tick();
    expect(granted).toEqual(['a.test.ts', 'b.test.ts']);
  });

  it('lets the readers of one graph in together, once the first has it loaded', async () => {
    const { granted, held, ask } = await lock();
    void ask('first.test.ts', 'G');
    await tick();
    void ask('second.test.ts', 'G');
    await tick();
    expect(granted).toEqual(['first.test.ts']);
    held('first.test.ts').ready();
    await tick();
    expect(granted).toEqual(['first.test.ts', 'second.test.ts']);
  });

  it('keeps a reader of another graph, and a writer, waiting until the readers are done', async () => {
    const { granted, held, ask } = await lock();
    void ask('reader.test.ts', 'G');
    await tick();
    held('reader.test.ts').ready();
    void ask('other-graph.test.ts', 'H');
    await tick();
    void ask('writer.test.ts');
    await tick();
    expect(granted).toEqual(['reader.test.ts']);
    held('reader.test.ts').release();
    await tick();
    expect(granted).toEqual(['reader.test.ts', 'other-graph.test.ts']);
  });

  it('lets no reader pass a writer that asked before it', async () => {
    const { granted, held, ask } = await lock();
    void ask('reader.test.ts', 'G');
    await tick();
    held('reader.test.ts').ready();
    void ask('writer.test.ts');
    await tick();
    void ask('late-reader.test.ts', 'G');
    await tick();
    expect(granted).toEqual(['reader.test.ts']);
    held('reader.test.ts').release();
    await tick();
    expect(granted).toEqual(['reader.test.ts', 'writer.test.ts']);
  });

  it('frees the lock when a holder goes away, and keeps how long each waited and held it', async () => {
    const { served, granted, held, ask } = await lock();
    void ask('a.test.ts');
    await tick();
    void ask('b.test.ts');
    await tick();
    held('a.test.ts').release();
    await tick();
    held('b.test.ts').release();
    await tick();
    expect(granted).toEqual(['a.test.ts', 'b.test.ts']);
    const times = served.times();
    expect(Object.keys(times).sort()).toEqual(['a.test.ts', 'b.test.ts']);
    expect(times['b.test.ts']?.waitedMs).toBeGreaterThanOrEqual(20);
    expect(times['a.test.ts']?.heldMs).toBeGreaterThanOrEqual(20);
  });
});
