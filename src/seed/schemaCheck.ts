import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv, type ErrorObject } from 'ajv';
import addFormats from 'ajv-formats';
import type { PathError } from './errors.js';

/** schema/seed.schema.json: the single source of truth for the seed files' shape. */
export const SEED_SCHEMA_FILE = fileURLToPath(
  new URL('../../schema/seed.schema.json', import.meta.url),
);

type SchemaNode = {
  errorMessage?: string;
  description?: string;
  properties?: Record<string, SchemaNode>;
  enum?: string[];
};

// Ajv gathers the errors of a $ref by copying all those found so far (vErrors.concat): quadratic
// in a record with thousands of mistakes (80,000 bad sources: a minute). Appending in place is
// linear and gives the same errors.
const COPY_ERRORS =
  /vErrors = vErrors === null \? ([\w.]+)\.errors : vErrors\.concat\(\1\.errors\);/g;
const APPEND_ERRORS =
  'if (vErrors === null) vErrors = $1.errors.slice(); else for (const e of $1.errors) vErrors.push(e);';

function appendErrorsInPlace(code: string): string {
  const appended = code.replace(COPY_ERRORS, APPEND_ERRORS);
  if (appended.includes('.concat(')) {
    throw new Error('Ajv now gathers errors differently; update appendErrorsInPlace');
  }
  return appended;
}

function compileSchema() {
  const ajv = new Ajv({
    allErrors: true,
    verbose: true,
    strict: true,
    code: { process: appendErrorsInPlace },
  });
  addFormats.default(ajv, ['uri']);
  // Our own keyword: the message for a value that does not match the pattern or type.
  ajv.addKeyword({ keyword: 'errorMessage', schemaType: 'string' });
  return ajv.compile(JSON.parse(readFileSync(SEED_SCHEMA_FILE, 'utf8')));
}

let validator: ReturnType<typeof compileSchema> | undefined;

/** Checks one file's data against the schema; every problem, each at its path. */
export function checkSchema(file: string, data: unknown): PathError[] {
  return checkSchemaUpTo(file, data, Number.POSITIVE_INFINITY).errors;
}

/**
 * The first problems of one file's data, at least `limit` of them when there are that many, each
 * at its path; `more` when some were not looked for. A file of junk may have hundreds of
 * thousands, and describing each costs time and memory.
 */
export function checkSchemaUpTo(
  file: string,
  data: unknown,
  limit: number,
): { errors: PathError[]; more: boolean } {
  const errors: PathError[] = [];
  for (const failure of failures(data)) {
    if (errors.length >= limit) return { errors, more: true };
    for (const error of failure.errors) {
      for (const found of toPathError(file, error)) {
        const { path } = found;
        // A record checked alone is item 0 of its list; its path gets its place in the file.
        errors.push(
          failure.index === undefined
            ? found
            : { ...found, path: [path[0] ?? '', failure.index, ...path.slice(2)] },
        );
      }
    }
  }
  return { errors, more: false };
}

/** Whether one file's data fits the schema, without describing what does not. */
export function fitsSchema(data: unknown): boolean {
  validator ??= compileSchema();
  return validator(data) === true;
}

/**
 * Ajv's errors for the data, a batch per record that has any: records are checked one at a
 * time, so that the check stops once enough errors are found.
 */
function* failures(data: unknown): Generator<{ errors: ErrorObject[]; index?: number }> {
  validator ??= compileSchema();
  const check = validator;
  const collections = (check.schema as SchemaNode).properties ?? {};
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    if (!check(data)) yield { errors: check.errors ?? [] };
    return;
  }
  const entries = Object.entries(data);
  // The file's shape without the records: unknown keys, and collections that are not lists.
  const shape = Object.fromEntries(
    entries.map(([key, value]) => [key, Array.isArray(value) ? [] : value]),
  );
  if (!check(shape)) yield { errors: check.errors ?? [] };
  for (const [key, list] of entries) {
    if (!Array.isArray(list) || !Object.hasOwn(collections, key)) continue;
    for (const [index, record] of list.entries()) {
      if (!check(Object.fromEntries([[key, [record]]]))) {
        yield { errors: check.errors ?? [], index };
      }
    }
  }
}

function toPathError(file: string, error: ErrorObject): PathError[] {
  const path = error.instancePath
    .split('/')
    .slice(1)
    .map((segment) =>
      /^\d+$/.test(segment) ? Number(segment) : segment.replace(/~1/g, '/').replace(/~0/g, '~'),
    );
  const schema = error.parentSchema as SchemaNode;
  const field = [...path].reverse().find((segment) => typeof segment === 'string');
  const prefix = field === undefined ? '' : `${field}: `;
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required': {
      const missing = String(params.missingProperty);
      const about = schema.properties?.[missing]?.description;
      const message =
        path.length === 0
          ? `missing "${missing}"`
          : `missing "${missing}"${about ? ` (${about})` : ''}`;
      return [{ file, path, message }];
    }
    case 'additionalProperties': {
      const unknown = String(params.additionalProperty);
      const allowed = Object.keys(schema.properties ?? {});
      const guess = suggest(unknown, allowed);
      const hint = guess ? `did you mean "${guess}"?` : `allowed here: ${allowed.join(', ')}`;
      return [
        {
          file,
          path: [...path, unknown],
          at: 'key',
          message: `unknown field "${unknown}"; ${hint}`,
        },
      ];
    }
    case 'enum': {
      const allowed = (params.allowedValues as unknown[]).map(String);
      const value = String(error.data);
      const guess = suggest(value, allowed);
      const rule =
        allowed.length <= 12
          ? `use one of: ${allowed.join(', ')}`
          : `it must be ${lowerFirst(schema.description?.replace(/\.$/, '') ?? 'an allowed value')}`;
      const suggestion = guess ? `; did you mean "${guess}"?` : '';
      return [{ file, path, message: `${prefix}"${value}" is not allowed; ${rule}${suggestion}` }];
    }
    case 'type': {
      if (schema.errorMessage) return [{ file, path, message: `${prefix}${schema.errorMessage}` }];
      const found =
        error.data === null
          ? 'nothing'
          : Array.isArray(error.data)
            ? 'a list'
            : `a ${typeof error.data}`;
      return [
        { file, path, message: `${prefix}must be ${article(String(params.type))}, not ${found}` },
      ];
    }
    case 'pattern':
    case 'format':
      return [
        {
          file,
          path,
          message: `${prefix}${schema.errorMessage ?? `must match ${params.pattern ?? params.format}`}`,
        },
      ];
    case 'minItems':
      return [
        {
          file,
          path,
          message: `${prefix}must list at least ${params.limit} ${params.limit === 1 ? 'item' : 'items'}`,
        },
      ];
    case 'minLength':
      return [{ file, path, message: `${prefix}must not be empty` }];
    case 'uniqueItems':
      return [
        {
          file,
          path,
          message: `${prefix}lists the same value twice (items ${Number(params.j) + 1} and ${Number(params.i) + 1})`,
        },
      ];
    case 'const':
      return [
        {
          file,
          path,
          message: `${prefix}must be ${JSON.stringify(params.allowedValue)} or left out`,
        },
      ];
    case 'exclusiveMinimum':
    case 'minimum':
    case 'maximum':
    case 'exclusiveMaximum':
      return [{ file, path, message: `${prefix}must be ${error.message}` }];
    default:
      return [{ file, path, message: `${prefix}${error.message ?? 'is not valid'}` }];
  }
}

/**
 * The candidate a typo most likely meant, if any is close enough: the fewest edits, and among
 * equals the longest shared beginning ("USA" means "US" rather than "SA").
 */
export function suggest(value: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestScore = Number.POSITIVE_INFINITY;
  for (const candidate of candidates) {
    const score =
      distance(value.toLowerCase(), candidate.toLowerCase()) * 100 - sharedPrefix(value, candidate);
    if (score < bestScore) {
      best = candidate;
      bestScore = score;
    }
  }
  return similar(value, best) ? best : undefined;
}

function sharedPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n]?.toLowerCase() === b[n]?.toLowerCase()) n += 1;
  return n;
}

/** Close enough to be a typo: at most a third of the letters differ. */
export function similar(a: string, b: string | undefined): b is string {
  if (b === undefined) return false;
  return distance(a.toLowerCase(), b.toLowerCase()) <= Math.max(1, Math.floor(b.length / 3));
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

function article(type: string): string {
  const word = type === 'array' ? 'list' : type === 'object' ? 'mapping' : type;
  return /^[aeiou]/.test(word) ? `an ${word}` : `a ${word}`;
}

import { distance } from 'fastest-levenshtein';
