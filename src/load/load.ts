import type { Driver } from 'neo4j-driver';
import { formatSeedError, type SeedError } from '../seed/errors.js';
import { validateSeed } from '../seed/validate.js';
import { applyDiff, clearStaged, ensureDatabaseSchema, type OnProgress } from './apply.js';
import { diffWithDatabase, isEmptyDiff, type SeedDiff } from './diff.js';
import { planSeed } from './plan.js';

export class InvalidSeedError extends Error {
  override name = 'InvalidSeedError';
  constructor(readonly errors: SeedError[]) {
    super(
      `${errors.map(formatSeedError).join('\n')}\n\n${errors.length} ${errors.length === 1 ? 'error' : 'errors'} in the seed; the database was not touched.`,
    );
  }
}

export interface LoadResult {
  diff: SeedDiff;
  records: number;
  facts: number;
  seconds: { validate: number; load: number };
}

export interface LoadOptions {
  onProgress?: OnProgress;
}

/**
 * `policygraph load`: validate → plan → diff → apply. Refuses to touch the database when the
 * seed has any error; otherwise makes it equal to the seed, switching in one transaction.
 */
export async function loadSeed(
  driver: Driver,
  database: string,
  dir: string,
  options: LoadOptions = {},
): Promise<LoadResult> {
  const started = performance.now();
  const { seed, errors } = validateSeed(dir);
  if (errors.length > 0) throw new InvalidSeedError(errors);
  const plan = planSeed(seed);
  const validated = performance.now();

  await ensureDatabaseSchema(driver, database);
  await clearStaged(driver, database);
  const diff = await diffWithDatabase(driver, database, plan);
  if (!isEmptyDiff(diff)) await applyDiff(driver, database, diff, options.onProgress);
  const finished = performance.now();
  return {
    diff,
    records: plan.length,
    facts: seed.records.filter((record) => record.collection.group === 'fact').length,
    seconds: { validate: (validated - started) / 1000, load: (finished - validated) / 1000 },
  };
}

/** `policygraph diff`: validate, then compare with the database without writing. */
export async function diffSeed(driver: Driver, database: string, dir: string): Promise<SeedDiff> {
  const { seed, errors } = validateSeed(dir);
  if (errors.length > 0) throw new InvalidSeedError(errors);
  return diffWithDatabase(driver, database, planSeed(seed));
}
