import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { Slots, SlotsFull, WaitedTooLong } from '../../src/concurrency.js';
import { heavyRank } from '../../src/server/admission.js';

describe('Slots', () => {
  it('runs at most max tasks at once, and all of them in the end', async () => {
    const slots = new Slots(3);
    let running = 0;
    let most = 0;
    const task = async (i: number) => {
      running++;
      most = Math.max(most, running);
      await sleep(5 + (i % 3));
      running--;
      return i;
    };
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) => slots.run(() => task(i))),
    );
    expect(results).toEqual(Array.from({ length: 20 }, (_, i) => i));
    expect(most).toBe(3);
    expect(slots.running).toBe(0);
  });

  it('gives a slot back when the task fails', async () => {
    const slots = new Slots(1);
    await expect(slots.run(() => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(await slots.run(async () => 'next')).toBe('next');
    expect(slots.running).toBe(0);
  });

  it('serves waiters first come, first served, and a release counts once', async () => {
    const slots = new Slots(1);
    const release = await slots.acquire();
    const order: number[] = [];
    const waiters = [1, 2, 3].map((n) =>
      slots.acquire().then((next) => {
        order.push(n);
        next();
      }),
    );
    release();
    release();
    await Promise.all(waiters);
    expect(order).toEqual([1, 2, 3]);
    expect(slots.running).toBe(0);
  });

  it('serves a lower rank first, and first come first served within a rank', async () => {
    const slots = new Slots(1);
    const release = await slots.acquire();
    const order: string[] = [];
    const waiters = (
      [
        ['a', 30],
        ['b', 10],
        ['c', 30],
        ['d', 20],
        ['e', 10],
      ] as const
    ).map(([name, rank]) =>
      slots.acquire(undefined, rank).then((next) => {
        order.push(name);
        next();
      }),
    );
    release();
    await Promise.all(waiters);
    expect(order).toEqual(['b', 'e', 'd', 'a', 'c']);
  });

  it('refuses at once when the waiting line is full', async () => {
    const slots = new Slots(1, 1);
    const release = await slots.acquire();
    const waiting = slots.acquire();
    const started = performance.now();
    await expect(slots.acquire()).rejects.toBeInstanceOf(SlotsFull);
    expect(performance.now() - started).toBeLessThan(50);
    expect(slots.waiting).toBe(1);
    release();
    (await waiting)();
    expect(slots.running).toBe(0);
  });

  it('turns a waiter away after its longest wait, and leaves the line', async () => {
    const slots = new Slots(1, 5);
    const release = await slots.acquire();
    await expect(slots.acquire(30)).rejects.toBeInstanceOf(WaitedTooLong);
    expect(slots.waiting).toBe(0);
    release();
    expect(slots.running).toBe(0);
    (await slots.acquire(30))();
  });

  it('turns a waiter away past its longest wait even when the process was too busy to run its timer', async () => {
    const slots = new Slots(1, 5);
    const release = await slots.acquire();
    const late = slots.acquire(20);
    const patient = slots.acquire(60_000);
    // Busy for longer than the first waiter would wait, then the slot comes free, in one go:
    // its timer could not run in between.
    const busyUntil = performance.now() + 40;
    while (performance.now() < busyUntil) {
      // a large answer being serialised
    }
    release();
    await expect(late).rejects.toBeInstanceOf(WaitedTooLong);
    // The slot went to the next waiter still willing to wait.
    expect(slots.running).toBe(1);
    (await patient)();
    expect(slots.running).toBe(0);
  });

  it('needs at least one slot', () => {
    expect(() => new Slots(0)).toThrow(RangeError);
  });
});

describe('heavyRank', () => {
  it('lets a cheaper request overtake a costlier one by a tenth of a millisecond per cost', () => {
    // Twenty searches (14,000) that came 300 ms before a lookup of 10,000 go after it ...
    expect(heavyRank(10_000, 1_300)).toBeLessThan(heavyRank(14_000, 1_000));
    // ... but not if they came 500 ms before: nothing waits for ever.
    expect(heavyRank(10_000, 1_500)).toBeGreaterThan(heavyRank(14_000, 1_000));
  });
});
