import { readFileSync } from 'node:fs';
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
 * it is loaded once. Files that do not use the shared Neo4j (they bring their own, or need none)
 * alternate with those that do, so that the second worker has something to run while the shared
 * Neo4j is busy with one file at a time (see databaseLock.ts).
 */
export default class TierSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const byGroup = new Map<number, TestSpecification[]>();
    for (const spec of sorted) {
      const order = spec.project.config.sequence.groupOrder;
      byGroup.set(order, [...(byGroup.get(order) ?? []), spec]);
    }
    return [...byGroup.keys()]
      .sort((a, b) => a - b)
      .flatMap((order) => interleave(byGroup.get(order) ?? []));
  }
}

function interleave(specs: TestSpecification[]): TestSpecification[] {
  const uses = new Map(specs.map((spec) => [spec, sharedUse(spec)]));
  const free = specs.filter((spec) => uses.get(spec) === undefined);
  const users = specs.filter((spec) => uses.get(spec) !== undefined);
  // Each graph's files together, graphs in the order their first file came.
  const graphs = [...new Set(users.map((spec) => uses.get(spec)))];
  users.sort((a, b) => graphs.indexOf(uses.get(a)) - graphs.indexOf(uses.get(b)));
  const result: TestSpecification[] = [];
  while (free.length > 0 || users.length > 0) {
    const user = users.shift();
    if (user) result.push(user);
    const other = free.shift();
    if (other) result.push(other);
  }
  return result;
}
