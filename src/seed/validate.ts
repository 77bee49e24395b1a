import path from 'node:path';
import {
  compareSeedErrors,
  formatSeedError,
  MAX_ERRORS_PER_FILE,
  type PathError,
  type SeedError,
} from './errors.js';
import { listSeedFiles } from './files.js';
import { COLLECTIONS, kindName } from './model.js';
import { type ParsedFile, parseSeedFile, readSeedFileFast } from './parse.js';
import { checkSchemaUpTo, fitsSchema } from './schemaCheck.js';
import { buildSeed, collectRecords, isObject, type Seed, type SeedRecord } from './seedRecords.js';
import { readSeedText } from './seedText.js';
import { kindsNamedIn, kindsNotRead, UncheckedReferences } from './unreadable.js';
import { VALIDATORS } from './validators/index.js';

export interface ValidationResult {
  seed: Seed;
  /**
   * Every mistake in every file, in the order to fix them: the files that did not parse, then
   * what the schema refuses, then the checks across records, each in file and line order; and
   * the notes on them. Empty when the seed is valid.
   */
  errors: SeedError[];
  files: string[];
  /** Where a mistake found on the records is in its file (for checks beyond validation: audit). */
  place(error: PathError): SeedError;
}

/**
 * The order errors are reported in: a file that did not parse explains errors elsewhere (its
 * records are missing), and a record the schema refuses may explain a check that fails.
 */
type Stage = 'parse' | 'schema' | 'checks';
const STAGES: readonly Stage[] = ['parse', 'schema', 'checks'];

const NOT_A_MAPPING =
  'a seed file is a mapping of lists, such as organizations: followed by a list of organizations';

/**
 * Reads and checks every seed file under the given folders (or the files named): YAML syntax, the schema, then the checks across
 * records. Needs no database. File names in errors are relative to the working directory.
 */
export function validateSeed(paths: string | readonly string[]): ValidationResult {
  const files = seedFilesOf(paths);
  const located = new FileLocator();
  const limit = new ErrorLimit();
  const unchecked = new UncheckedReferences();
  const report = new Report();
  const records: SeedRecord[] = [];
  for (const absolute of files) {
    const file = displayName(absolute);
    located.remember(file, absolute);
    const read = readSeedText(file, absolute);
    if ('error' in read) {
      report.add('parse', [read.error]);
      // Not read, or not text: nothing tells what it holds.
      unchecked.add({ file, reason: 'could not be read', stage: 'parse', kinds: 'any' });
      continue;
    }
    const { text } = read;
    const plain = plainRecords(file, text);
    if (plain) {
      append(records, plain);
      continue;
    }
    // A file with a mistake is parsed again, keeping positions, to place each error. Its
    // syntax tree is then dropped: a large seed's would not fit in memory.
    const result = parseSeedFile(file, text);
    report.add('parse', limit.keep(result.errors, 'parse'));
    if (result.data === undefined && result.errors.length > 0) {
      unchecked.add({ file, reason: 'did not parse', stage: 'parse', kinds: kindsNamedIn(text) });
      continue;
    }
    if (!isObject(result.data) && result.data !== null) {
      report.add('schema', [{ file, line: 1, column: 1, message: NOT_A_MAPPING }]);
      unchecked.add({ file, reason: 'is not a mapping of lists', stage: 'schema', kinds: 'any' });
      continue;
    }
    const data = isObject(result.data) ? result.data : {};
    const schema = checkSchemaUpTo(file, data, limit.room(file));
    if (schema.more) limit.cut(file, 'schema');
    report.add(
      'schema',
      limit.keep(schema.errors, 'schema').map((error) => result.locate(error)),
    );
    const notRead = kindsNotRead(data);
    if (notRead) {
      unchecked.add({
        file,
        reason: 'has records the schema could not read',
        stage: 'schema',
        kinds: notRead,
      });
    }
    append(records, collectRecords(file, data));
  }
  const seed = buildSeed(records);
  const place = (error: PathError): SeedError => {
    const placed = located.locate(error);
    if (!error.related) return placed;
    const related = located.locate({ ...error.related, message: '' });
    const where = formatSeedError({ ...related, message: '' }).slice(0, -2);
    return { ...placed, message: placed.message.replace('{related}', where) };
  };
  for (const validator of VALIDATORS) {
    const found = unchecked.leaveOut(validator(seed));
    report.add('checks', limit.keep(found, 'checks').map(place));
  }
  for (const { stage, note } of [...unchecked.notes(), ...limit.omitted()]) {
    report.add(stage, [note]);
  }
  return { seed, errors: report.inOrder(), files, place };
}

/** The seed files under the given folders, and the files named, in the order validateSeed reads them. */
export function seedFilesOf(paths: string | readonly string[]): string[] {
  return (typeof paths === 'string' ? [paths] : paths).flatMap((p) =>
    /\.ya?ml$/.test(p) ? [p] : listSeedFiles(p),
  );
}

/** The errors of each stage, to be reported stage by stage. */
class Report {
  private readonly byStage: Record<Stage, SeedError[]> = { parse: [], schema: [], checks: [] };

  add(stage: Stage, errors: readonly SeedError[]): void {
    append(this.byStage[stage], errors);
  }

  /** Stage by stage, each in file and line order, each mistake once. */
  inOrder(): SeedError[] {
    return dedupe(STAGES.flatMap((stage) => this.byStage[stage].sort(compareSeedErrors)));
  }
}

/** Keeps the first MAX_ERRORS_PER_FILE errors of each file, and says which files had more. */
class ErrorLimit {
  private readonly counts = new Map<string, number>();
  /** The files cut short, and the stage of the last errors shown of each. */
  private readonly cutShort = new Map<string, Stage>();

  keep<E extends { file: string }>(errors: readonly E[], stage: Stage): E[] {
    return errors.filter((error) => {
      const count = (this.counts.get(error.file) ?? 0) + 1;
      this.counts.set(error.file, count);
      if (count <= MAX_ERRORS_PER_FILE) return true;
      this.cut(error.file, stage);
      return false;
    });
  }

  /** How many more errors of the file are shown. */
  room(file: string): number {
    return Math.max(0, MAX_ERRORS_PER_FILE - (this.counts.get(file) ?? 0));
  }

  /** The file has errors beyond those shown, maybe not even looked for. */
  cut(file: string, stage: Stage): void {
    if (!this.cutShort.has(file)) this.cutShort.set(file, stage);
  }

  /** A line for each file with errors left out, after its others. */
  omitted(): { stage: Stage; note: SeedError }[] {
    return [...this.cutShort].map(([file, stage]) => ({
      stage,
      note: {
        file,
        message: `more errors not shown (at most ${MAX_ERRORS_PER_FILE} a file, MAX_ERRORS_PER_FILE); fix these and validate again`,
        note: true,
      },
    }));
  }
}

/**
 * The records of a file that is plainly valid, read the fast way; undefined otherwise. Its data
 * is then dropped before the file is parsed again: a large file's would be held twice.
 */
export function plainRecords(file: string, text: string): SeedRecord[] | undefined {
  const fast = readSeedFileFast(text);
  if (!fast || !isObject(fast.data) || !fitsSchema(fast.data)) return undefined;
  return collectRecords(file, fast.data);
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
      const read = readSeedText(error.file, absolute);
      if ('error' in read) return { ...read.error, message: error.message };
      file = parseSeedFile(error.file, read.text);
      this.parsed.set(error.file, file);
    }
    return file.locate(error);
  }
}

/** `target.push(...items)` without the spread, which overflows the stack past ~100,000 items. */
function append<T>(target: T[], items: readonly T[]): void {
  for (const item of items) target.push(item);
}

/** A path relative to the working directory when the file is below it, else absolute. */
export function displayName(file: string): string {
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
  const counts = new Map<string, number>();
  for (const record of seed.records)
    counts.set(record.collection.kind, (counts.get(record.collection.kind) ?? 0) + 1);
  return summarizeCounts(counts);
}

/** The same from the number of records of each kind. */
export function summarizeCounts(countByKind: ReadonlyMap<string, number>): string {
  const counts = COLLECTIONS.map((collection) => ({
    collection,
    count: countByKind.get(collection.kind) ?? 0,
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
