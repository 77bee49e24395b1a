import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';
import { LOCK_TIMES_FILE, type LockTimes } from './databaseLock.js';

/** How long each file waited for the shared Neo4j in the last run that ran it (globalSetup.ts). */
function lockWaits(): Record<string, number> {
  try {
    const times: Record<string, LockTimes> = JSON.parse(readFileSync(LOCK_TIMES_FILE, 'utf8'));
    return Object.fromEntries(Object.entries(times).map(([file, t]) => [file, t.waitedMs]));
  } catch {
    return {};
  }
}

/** How a test file uses the shared Neo4j: the graph it shares, '' for an empty database. */
function sharedUse(spec: TestSpecification): string | undefined {
  const text = readFileSync(spec.moduleId, 'utf8');
  if (/\buseCuratedApi\(/.test(text)) return 'CURATED_SEED';
  const shared = /\buseSharedGraph\((\w+)\)/.exec(text);
  if (shared) return shared[1];
  return /\buseTestDatabase\b/.test(text) ? '' : undefined;
}

/**
 * The order of the files in vitest's default (by project, then slowest first), with two
 * changes that only save time. Files that read the same shared graph come one after another, so
 * it is loaded once and they can read it together. And the workers are kept busy: the shared
 * Neo4j serves one writing file at a time, or the readers of one graph (see databaseLock.ts),
 * so a worker that would wait for it runs a file that brings its own Neo4j, or needs none,
 * instead. Workers take files in list order, so the list is the order in which that plan takes
 * them, worked out from each file's duration in the last run (vitest's cache). Without
 * durations (a fresh clone), the two kinds alternate.
 */
export default class TierSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const byGroup = new Map<number, TestSpecification[]>();
    for (const spec of sorted) {
      const order = spec.project.config.sequence.groupOrder;
      byGroup.set(order, [...(byGroup.get(order) ?? []), spec]);
    }
    const waits = lockWaits();
    // What a file costs: its duration in the last run, less the time it waited for the shared
    // Neo4j then (that wait depends on the order, which is what is being planned).
    const duration = (spec: TestSpecification) => {
      const took = this.ctx.cache.getTestSpecificationResult(spec)?.duration;
      if (took === undefined) return undefined;
      return Math.max(0, took - (waits[relative(this.ctx.config.root, spec.moduleId)] ?? 0));
    };
    return [...byGroup.keys()]
      .sort((a, b) => a - b)
      .flatMap((order) => {
        const specs = byGroup.get(order) ?? [];
        const workers = specs[0]?.project.config.maxWorkers ?? 1;
        return planned(specs, duration, workers);
      });
  }
}

function planned(
  specs: TestSpecification[],
  duration: (spec: TestSpecification) => number | undefined,
  workers: number,
): TestSpecification[] {
  const uses = new Map(specs.map((spec) => [spec, sharedUse(spec)]));
  const free = specs.filter((spec) => uses.get(spec) === undefined);
  const users = specs.filter((spec) => uses.get(spec) !== undefined);
  // Each graph's files together, graphs in the order their first file came.
  const graphs = [...new Set(users.map((spec) => uses.get(spec)))];
  users.sort((a, b) => graphs.indexOf(uses.get(a)) - graphs.indexOf(uses.get(b)));
  const known = specs.every((spec) => duration(spec) !== undefined);
  if (!known || workers < 2) return alternate(users, free);
  // Longest first among the files that need no lock, so none of them is left alone at the end.
  free.sort((a, b) => (duration(b) as number) - (duration(a) as number));
  const plans = BALANCES.flatMap((balance) =>
    WAITS_MS.map((waitMs) => simulate(users, free, uses, duration, workers, { balance, waitMs })),
  );
  return plans.reduce((best, plan) => (plan.ends < best.ends ? plan : best)).order;
}

/**
 * How much more work without the lock than with it a worker must have left before it prefers
 * a file without the lock to one with it that could start at once: the plans tried.
 */
const BALANCES = [0.5, 0.75, 1, 1.25, 1.5, 2, Number.POSITIVE_INFINITY];

/** How long a worker may wait for the lock rather than take a file without it: the plans tried. */
const WAITS_MS = [0, 5_000, 10_000, 20_000];

/** The shared Neo4j starts while the first files run (globalSetup.ts): about this long. */
const SHARED_NEO4J_START_MS = 10_000;

/**
 * Simulated: the worker free first takes the next file of the shared Neo4j if it can start
 * within `waitMs` (the lock is free by then, or it reads the graph the holders read) and there
 * is not far more work left without the lock (`balance`), else a file that needs no lock, else
 * the next file of the shared Neo4j, which starts when the lock comes free. Returns the order
 * and when it ends.
 */
function simulate(
  users: TestSpecification[],
  free: TestSpecification[],
  uses: Map<TestSpecification, string | undefined>,
  duration: (spec: TestSpecification) => number | undefined,
  workers: number,
  { balance, waitMs }: { balance: number; waitMs: number },
): { order: TestSpecification[]; ends: number } {
  const left = { users: [...users], free: [...free] };
  const sum = (specs: TestSpecification[]) =>
    specs.reduce((total, spec) => total + (duration(spec) as number), 0);
  const busyUntil = Array.from({ length: workers }, () => 0);
  /** The graph the current holders read ('' for a writer), and when the last of them ends. */
  let held = { graph: '', until: SHARED_NEO4J_START_MS };
  const order: TestSpecification[] = [];
  while (left.free.length > 0 || left.users.length > 0) {
    const worker = busyUntil.indexOf(Math.min(...busyUntil));
    const now = busyUntil[worker] as number;
    const next = left.users[0];
    const graph = next ? (uses.get(next) as string) : '';
    const joins = graph !== '' && graph === held.graph && held.until > now;
    const startsSoon = next !== undefined && (held.until <= now + waitMs || joins);
    const freeAhead = sum(left.free) > balance * sum(left.users);
    const takeUser = next !== undefined && ((startsSoon && !freeAhead) || left.free.length === 0);
    const spec = (takeUser ? left.users.shift() : left.free.shift()) as TestSpecification;
    const took = duration(spec) as number;
    if (takeUser) {
      const start = joins ? now : Math.max(now, held.until);
      held = { graph, until: Math.max(joins ? held.until : 0, start + took) };
      busyUntil[worker] = start + took;
    } else {
      busyUntil[worker] = now + took;
    }
    order.push(spec);
  }
  return { order, ends: Math.max(...busyUntil) };
}

/** One of each in turn. */
function alternate(users: TestSpecification[], free: TestSpecification[]): TestSpecification[] {
  const result: TestSpecification[] = [];
  while (free.length > 0 || users.length > 0) {
    const user = users.shift();
    if (user) result.push(user);
    const other = free.shift();
    if (other) result.push(other);
  }
  return result;
}
