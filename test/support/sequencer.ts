import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

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
 * changes that only save time. Files that read the same shared graph run one after another, so
 * it is loaded once. And the two workers are kept busy: the shared Neo4j serves one file at a
 * time (see databaseLock.ts), so one worker should always be on a file that uses it while the
 * other runs, one after another, the files that bring their own Neo4j or need none. Workers take
 * files in list order, so the list is the order in which that plan takes them, worked out from
 * each file's duration in the last run (vitest's cache). Without durations (a fresh clone), the
 * two kinds alternate.
 */
export default class TierSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const byGroup = new Map<number, TestSpecification[]>();
    for (const spec of sorted) {
      const order = spec.project.config.sequence.groupOrder;
      byGroup.set(order, [...(byGroup.get(order) ?? []), spec]);
    }
    const duration = (spec: TestSpecification) =>
      this.ctx.cache.getFileTestResults(
        `${spec.project.name}:${relative(this.ctx.config.root, spec.moduleId)}`,
      )?.duration;
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

  // Simulated: the worker free first takes a file that brings its own Neo4j when no other
  // worker runs one, else the next file of the shared Neo4j, which starts when it is free.
  const busyUntil = Array.from({ length: workers }, () => 0);
  const runsFree = Array.from({ length: workers }, () => false);
  let sharedFreeAt = 0;
  const result: TestSpecification[] = [];
  while (free.length > 0 || users.length > 0) {
    const worker = busyUntil.indexOf(Math.min(...busyUntil));
    const now = busyUntil[worker] as number;
    const takeFree =
      free.length > 0 &&
      (users.length === 0 ||
        !runsFree.some((running, i) => running && i !== worker && (busyUntil[i] as number) > now));
    const spec = (takeFree ? free.shift() : users.shift()) as TestSpecification;
    const took = duration(spec) as number;
    if (takeFree) {
      busyUntil[worker] = now + took;
    } else {
      sharedFreeAt = Math.max(now, sharedFreeAt) + took;
      busyUntil[worker] = sharedFreeAt;
    }
    runsFree[worker] = takeFree;
    result.push(spec);
  }
  return result;
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
