import type { Driver } from 'neo4j-driver';
import { invalidateGeneration, readCurrentGeneration } from '../neo4j/generation.js';
import { countSeedErrors, formatSeedError, type SeedError } from '../seed/errors.js';
import { validateSeed } from '../seed/validate.js';
import {
  claimGeneration,
  deleteOwnGeneration,
  ensureDatabaseSchema,
  GenerationConflictError,
  type GenerationTotals,
  type OnProgress,
  retireGenerations,
  setProperties,
  switchGeneration,
  writeGeneration,
} from './apply.js';
import { diffWithDatabase, isEmptyDiff, type SeedDiff } from './diff.js';
import { type PlannedRecord, planSeed, totalsOf } from './plan.js';

export class InvalidSeedError extends Error {
  override name = 'InvalidSeedError';
  constructor(readonly errors: SeedError[]) {
    super(describeInvalidSeed(errors));
  }
}

function describeInvalidSeed(errors: SeedError[]): string {
  const count = countSeedErrors(errors).errors;
  return `${errors.map(formatSeedError).join('\n')}\n\n${count} ${count === 1 ? 'error' : 'errors'} in the seed; the database was not touched.`;
}

/**
 * How long a replaced generation is kept before a load deletes it: longer than any API reader
 * may still use it, which is the generation cache's life (GENERATION_TTL_MS) plus the API's
 * REQUEST_TIMEOUT_MS (30 s by default), plus a margin. Must exceed the API's REQUEST_TIMEOUT_MS.
 */
export const DEFAULT_RETAIN_MS = 60_000;

export interface LoadResult {
  diff: SeedDiff;
  records: number;
  facts: number;
  /** The generation written and switched to; null when the diff was empty (nothing written). */
  generation: number | null;
  /** Old generations deleted by this load. */
  retired: number[];
  seconds: { validate: number; load: number };
}

export interface LoadOptions {
  onProgress?: OnProgress;
  /** How long replaced generations are kept (DEFAULT_RETAIN_MS); tests shorten it. */
  retainMs?: number;
}

/**
 * `policygraph load`: validate → plan → diff → write a new generation → switch → retire. Refuses
 * to touch the database when the seed has any error. The diff against the current generation
 * says what changes (an empty diff writes nothing); a load that changes anything writes the
 * whole graph as a new generation, invisible to readers until the switch, one small write.
 */
export async function loadSeed(
  driver: Driver,
  database: string,
  dir: string,
  options: LoadOptions = {},
): Promise<LoadResult> {
  return loadPlan(driver, database, prepareSeed(dir), options);
}

/** A validated seed's plan, and how long validating and planning took. */
export interface PreparedSeed {
  plan: PlannedRecord[];
  facts: number;
  validateSeconds: number;
}

/** Validates and plans; an InvalidSeedError when the seed has any error (nothing touched). */
export function prepareSeed(dir: string): PreparedSeed {
  const started = performance.now();
  const { seed, errors } = validateSeed(dir);
  if (errors.length > 0) throw new InvalidSeedError(errors);
  const plan = planSeed(seed);
  return {
    plan,
    facts: seed.records.filter((record) => record.collection.group === 'fact').length,
    validateSeconds: (performance.now() - started) / 1000,
  };
}

/** loadSeed's work after validating and planning: compare, write a new generation, switch, retire. */
export async function loadPlan(
  driver: Driver,
  database: string,
  { plan, facts, validateSeconds }: PreparedSeed,
  options: LoadOptions = {},
): Promise<LoadResult> {
  const validated = performance.now();
  const retainMs = options.retainMs ?? DEFAULT_RETAIN_MS;

  await ensureDatabaseSchema(driver, database);
  const retired = await retireGenerations(driver, database, { retainMs });
  const current = await readCurrentGeneration(driver, database);
  const diff = await diffWithDatabase(driver, database, plan, current);
  let generation: number | null = null;
  if (!isEmptyDiff(diff)) {
    generation = await claimGeneration(driver, database);
    try {
      retired.push(...(await retireGenerations(driver, database, { retainMs, below: generation })));
      await writeGeneration(driver, database, generation, plan, options.onProgress);
      await switchGeneration(driver, database, generation, totalsOf(plan));
    } catch (error) {
      await deleteOwnGeneration(driver, database, generation).catch(() => {});
      throw error;
    } finally {
      // Readers in this process read the new generation from their next request on.
      invalidateGeneration(driver, database);
    }
    retired.push(
      ...(await retireGenerations(driver, database, {
        retainMs,
        below: generation,
        legacy: true,
      })),
    );
  }
  const finished = performance.now();
  return {
    diff,
    records: plan.length,
    facts,
    generation,
    retired,
    seconds: { validate: validateSeconds, load: (finished - validated) / 1000 },
  };
}

/**
 * The first generation, which Neo4j's bulk importer wrote offline into an empty database
 * (src/load/bulk.ts), made what a transactional load leaves: the schema (its indexes filled
 * from the imported nodes), the lists the importer cannot write, the generation claimed and
 * switched to with its totals, statistics refreshed, legacy cleanup marked done.
 */
export async function finishImportedGeneration(
  driver: Driver,
  database: string,
  totals: GenerationTotals,
  generation: number,
  emptyLists: { id: string; properties: Record<string, unknown[]> }[],
): Promise<void> {
  await ensureDatabaseSchema(driver, database);
  await setProperties(driver, database, generation, emptyLists);
  const claimed = await claimGeneration(driver, database);
  if (claimed !== generation)
    throw new GenerationConflictError(
      `The imported database already had generations (claimed ${claimed}, imported ${generation}).`,
    );
  try {
    await switchGeneration(driver, database, generation, totals);
  } finally {
    invalidateGeneration(driver, database);
  }
  await retireGenerations(driver, database, {
    retainMs: DEFAULT_RETAIN_MS,
    below: generation,
    legacy: true,
  });
}

/** `policygraph diff`: validate, then compare with the current generation without writing. */
export async function diffSeed(driver: Driver, database: string, dir: string): Promise<SeedDiff> {
  const { seed, errors } = validateSeed(dir);
  if (errors.length > 0) throw new InvalidSeedError(errors);
  const current = await readCurrentGeneration(driver, database);
  return diffWithDatabase(driver, database, planSeed(seed), current);
}
