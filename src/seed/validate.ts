import { readFileSync } from 'node:fs';
import path from 'node:path';
import { compareSeedErrors, type PathError, type SeedError } from './errors.js';
import { listSeedFiles } from './files.js';
import { COLLECTIONS } from './model.js';
import { type ParsedFile, parseSeedFile } from './parse.js';
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
  const parsed = new Map<string, ParsedFile>();
  const errors: SeedError[] = [];
  const records = [];
  for (const absolute of files) {
    const file = displayName(absolute);
    const result = parseSeedFile(file, readFileSync(absolute, 'utf8'));
    parsed.set(file, result);
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
    const located = locateIn(parsed, error);
    if (!error.related) return located;
    const related = locateIn(parsed, { ...error.related, message: '' });
    const where = `${related.file}:${related.line}:${related.column}`;
    return { ...located, message: located.message.replace('{related}', where) };
  };
  for (const validator of VALIDATORS) errors.push(...validator(seed).map(place));
  return { seed, errors: dedupe(errors).sort(compareSeedErrors), files };
}

function locateIn(parsed: Map<string, ParsedFile>, error: PathError): SeedError {
  const file = parsed.get(error.file);
  return file
    ? file.locate(error)
    : { file: error.file, line: 1, column: 1, message: error.message };
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
      `${count} ${count === 1 ? collection.kind.replace(/[A-Z]/g, (l) => ` ${l.toLowerCase()}`) : collection.plural}`,
  );
  return `${entities} entities, ${facts} facts (${parts.join(', ')})`;
}
