import { readFileSync } from 'node:fs';
import path from 'node:path';
import { compareSeedErrors, type PathError, type SeedError } from './errors.js';
import { listSeedFiles } from './files.js';
import { COLLECTIONS, kindName } from './model.js';
import { type ParsedFile, parseSeedFile, readSeedFileFast } from './parse.js';
import { buildSeed, collectRecords, isObject, type Seed } from './records.js';
import { checkSchema } from './schemaCheck.js';
import { VALIDATORS } from './validators/index.js';

export interface ValidationResult {
  seed: Seed;
  /** Every mistake in every file, in file and line order. Empty when the seed is valid. */
  errors: SeedError[];
  files: string[];
}

/**
 * Reads and checks every seed file under the given folders (or the files named): YAML syntax, the schema, then the checks across
 * records. Needs no database. File names in errors are relative to the working directory.
 */
export function validateSeed(paths: string | readonly string[]): ValidationResult {
  const files = (typeof paths === 'string' ? [paths] : paths).flatMap((p) =>
    /\.ya?ml$/.test(p) ? [p] : listSeedFiles(p),
  );
  const located = new FileLocator();
  const errors: SeedError[] = [];
  const records = [];
  for (const absolute of files) {
    const file = displayName(absolute);
    located.remember(file, absolute);
    const text = readFileSync(absolute, 'utf8');
    const fast = readSeedFileFast(text);
    if (fast && isObject(fast.data) && checkSchema(file, fast.data).length === 0) {
      records.push(...collectRecords(file, fast.data));
      continue;
    }
    // A file with a mistake is parsed again, keeping positions, to place each error. Its
    // syntax tree is then dropped: a large seed's would not fit in memory.
    const result = parseSeedFile(file, text);
    errors.push(...result.errors);
    if (result.data === undefined && result.errors.length > 0) continue;
    if (!isObject(result.data) && result.data !== null) {
      errors.push({
        file,
        line: 1,
        column: 1,
        message:
          'a seed file is a mapping of lists, such as organizations: followed by a list of organizations',
      });
      continue;
    }
    errors.push(...checkSchema(file, result.data ?? {}).map((error) => result.locate(error)));
    records.push(...collectRecords(file, result.data));
  }
  const seed = buildSeed(records);
  const place = (error: PathError): SeedError => {
    const placed = located.locate(error);
    if (!error.related) return placed;
    const related = located.locate({ ...error.related, message: '' });
    const where = `${related.file}:${related.line}:${related.column}`;
    return { ...placed, message: placed.message.replace('{related}', where) };
  };
  for (const validator of VALIDATORS) errors.push(...validator(seed).map(place));
  return { seed, errors: dedupe(errors).sort(compareSeedErrors), files };
}

/** Places errors found after parsing by parsing their files again: rare, and only those files. */
class FileLocator {
  private readonly paths = new Map<string, string>();
  private readonly parsed = new Map<string, ParsedFile>();

  remember(file: string, absolute: string): void {
    this.paths.set(file, absolute);
  }

  locate(error: PathError): SeedError {
    const absolute = this.paths.get(error.file);
    if (!absolute) return { file: error.file, line: 1, column: 1, message: error.message };
    let file = this.parsed.get(error.file);
    if (!file) {
      file = parseSeedFile(error.file, readFileSync(absolute, 'utf8'));
      this.parsed.set(error.file, file);
    }
    return file.locate(error);
  }
}

/** A path relative to the working directory when the file is below it, else absolute. */
function displayName(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative)
    ? relative
    : path.resolve(file);
}

/** The schema and a validator may both see one mistake; say it once. */
function dedupe(errors: SeedError[]): SeedError[] {
  const seen = new Set<string>();
  return errors.filter((error) => {
    const key = `${error.file}:${error.line}:${error.column}:${error.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** "12 organizations, 3 people, ..., 75 facts": what a valid seed holds. */
export function summarize(seed: Seed): string {
  const counts = COLLECTIONS.map((collection) => ({
    collection,
    count: seed.records.filter((record) => record.collection === collection).length,
  })).filter(({ count }) => count > 0);
  const facts = counts
    .filter(({ collection }) => collection.group === 'fact')
    .reduce((sum, { count }) => sum + count, 0);
  const entities = counts
    .filter(({ collection }) => collection.group === 'entity')
    .reduce((sum, { count }) => sum + count, 0);
  const parts = counts.map(
    ({ collection, count }) =>
      `${count} ${count === 1 ? kindName(collection.kind) : collection.plural}`,
  );
  return `${entities} entities, ${facts} facts (${parts.join(', ')})`;
}
