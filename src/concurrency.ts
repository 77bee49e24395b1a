/**
 * A counting semaphore with a bounded waiting line, first come first served within a rank: at most `max` holders
 * at once, at most `maxWaiting` waiting, and a waiter that waits longer than it was willing to is
 * turned away. The per-request statement cap and the server's admission control are both this.
 * (p-limit would do for the cap, but it is not a dependency here and has no bounded line.)
 */
export class Slots {
  private held = 0;
  private readonly line: Waiter[] = [];

  constructor(
    readonly max: number,
    readonly maxWaiting = Number.POSITIVE_INFINITY,
  ) {
    if (!(max >= 1)) throw new RangeError(`Slots needs at least one slot, got ${max}`);
  }

  get running(): number {
    return this.held;
  }

  get waiting(): number {
    return this.line.length;
  }

  /**
   * A slot, as the function that gives it back (once, however often it is called). Rejects at
   * once with SlotsFull when the line is full, and with WaitedTooLong after `maxWaitMs` in line.
   * The line is ordered by `rank`, lowest first, and first come first served within a rank.
   */
  acquire(maxWaitMs?: number, rank = 0): Promise<() => void> {
    if (this.held < this.max) {
      this.held++;
      return Promise.resolve(this.releaser());
    }
    if (this.line.length >= this.maxWaiting) return Promise.reject(new SlotsFull());
    return new Promise((resolve, reject) => {
      const waiter: Waiter = { resolve, reject, rank };
      if (maxWaitMs !== undefined) {
        waiter.deadline = { at: performance.now() + maxWaitMs, ms: maxWaitMs };
        waiter.timer = setTimeout(() => {
          const index = this.line.indexOf(waiter);
          if (index >= 0) this.line.splice(index, 1);
          reject(new WaitedTooLong(maxWaitMs));
        }, maxWaitMs);
      }
      const before = this.line.findIndex((other) => other.rank > rank);
      if (before < 0) this.line.push(waiter);
      else this.line.splice(before, 0, waiter);
    });
  }

  /** Runs `task` in a slot, waiting for one as long as it takes. */
  async run<T>(task: () => Promise<T>): Promise<T> {
    const release = await this.acquire();
    try {
      return await task();
    } finally {
      release();
    }
  }

  private releaser(): () => void {
    let held = true;
    return () => {
      if (!held) return;
      held = false;
      // The slot passes straight to the next in line, so that no newcomer overtakes it; but not
      // to one past its deadline whose timer has not run yet (this process was busy, as when a
      // large answer is serialised in one go): it would run late, which its deadline forbids.
      for (let next = this.line.shift(); next; next = this.line.shift()) {
        clearTimeout(next.timer);
        if (next.deadline && performance.now() >= next.deadline.at) {
          next.reject(new WaitedTooLong(next.deadline.ms));
          continue;
        }
        next.resolve(this.releaser());
        return;
      }
      this.held--;
    };
  }
}

interface Waiter {
  resolve: (release: () => void) => void;
  reject: (error: WaitedTooLong) => void;
  rank: number;
  /** When it stops waiting (performance.now()), and how long it was willing to wait. */
  deadline?: { at: number; ms: number };
  timer?: NodeJS.Timeout;
}

export class SlotsFull extends Error {
  override name = 'SlotsFull';
  constructor() {
    super('every slot is taken and the waiting line is full');
  }
}

export class WaitedTooLong extends Error {
  override name = 'WaitedTooLong';
  constructor(readonly waitedMs: number) {
    super(`no slot came free within ${waitedMs} ms`);
  }
}
