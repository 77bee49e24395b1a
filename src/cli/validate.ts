import { countSeedErrors, formatSeedError } from '../seed/errors.js';
import { summarize, validateSeed } from '../seed/validate.js';

export interface SeedOptions {
  seed: string;
}

/** `policygraph validate`: every mistake at once as file:line:column; exit 1 if there is any. */
export function validate(options: SeedOptions): void {
  const started = performance.now();
  const result = validateSeed(options.seed);
  for (const error of result.errors) console.error(formatSeedError(error));
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  if (result.errors.length > 0) {
    const { errors, files } = countSeedErrors(result.errors);
    console.error(
      `\n${errors} ${errors === 1 ? 'error' : 'errors'} in ${files} ${files === 1 ? 'file' : 'files'}; nothing was loaded.`,
    );
    process.exitCode = 1;
    return;
  }
  console.log(`Valid: ${result.files.length} files, ${summarize(result.seed)} in ${seconds} s.`);
}
