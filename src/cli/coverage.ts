import { readFileSync, writeFileSync } from 'node:fs';
import { coverageOfSeed } from '../seed/coverage.js';
import { renderCoverage } from '../seed/coverageReport.js';
import { formatSeedError } from '../seed/errors.js';
import { validateSeed } from '../seed/validate.js';
import type { SeedOptions } from './validate.js';

export interface CoverageOptions extends SeedOptions {
  /** The file to write (docs/coverage.md); stdout when left out. */
  out?: string;
  /** Write nothing; fail when `out` is not what would be written (npm run lint). */
  check?: boolean;
}

/** `policygraph coverage`: the seed's coverage report, as docs/coverage.md holds it. */
export function coverage(options: CoverageOptions): void {
  const { seed, errors } = validateSeed(options.seed);
  if (errors.length > 0) {
    for (const error of errors) console.error(formatSeedError(error));
    console.error(
      `\n${errors.length} ${errors.length === 1 ? 'error' : 'errors'}; no coverage of an invalid seed.`,
    );
    process.exitCode = 1;
    return;
  }
  const report = renderCoverage(coverageOfSeed(seed), options.seed.replace(/\/+$/, ''));
  if (!options.out) {
    process.stdout.write(report);
    return;
  }
  if (options.check) {
    if (readIfAny(options.out) !== report) {
      console.error(`${options.out} is stale: run npm run codegen:coverage`);
      process.exitCode = 1;
    }
    return;
  }
  if (readIfAny(options.out) === report) return;
  writeFileSync(options.out, report);
  console.log(`wrote ${options.out}`);
}

function readIfAny(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}
