import { existsSync } from 'node:fs';
import type { PathError, SeedError } from '../errors.js';
import { parseSeedFile } from '../parse.js';
import { isObject } from '../seedRecords.js';
import { readSeedText } from '../seedText.js';

/**
 * The entities curators have looked at and found distinct although their names are alike
 * (OpenAI and the OpenAI Foundation, SoftBank Group and SoftBank Corp.), each pair with the
 * reason. Kept in a file beside the seed rather than in code, so that curators own it:
 *
 *   distinct:
 *     - entities: [openai, openai-foundation]
 *       reason: The foundation controls OpenAI Group PBC; ...
 */
export interface DistinctPairs {
  has(a: string, b: string): boolean;
  /** Each listed pair's ids and where it is written, to check that its entities exist. */
  entries: { ids: [string, string]; error: (message: string) => SeedError }[];
}

/** The file curators keep it in, read when the audit is not given another. */
export const DISTINCT_ENTITIES_FILE = 'curation/distinct-entities.yaml';

export const NO_DISTINCT_PAIRS: DistinctPairs = { has: () => false, entries: [] };

/** Reads the file; its mistakes as errors at their places. */
export function readDistinctPairs(file: string): { pairs: DistinctPairs; errors: SeedError[] } {
  if (!existsSync(file))
    return { pairs: NO_DISTINCT_PAIRS, errors: [{ file, message: 'no such file' }] };
  const read = readSeedText(file, file);
  if ('error' in read) return { pairs: NO_DISTINCT_PAIRS, errors: [read.error] };
  const parsed = parseSeedFile(file, read.text);
  if (parsed.errors.length > 0) return { pairs: NO_DISTINCT_PAIRS, errors: parsed.errors };
  const errors: SeedError[] = [];
  const at = (path: (string | number)[], message: string, key = false) =>
    parsed.locate({ file, path, message, ...(key ? { at: 'key' } : {}) } as PathError);
  const keys = new Set<string>();
  const entries: DistinctPairs['entries'] = [];
  const data = parsed.data;
  const list = isObject(data) ? data.distinct : undefined;
  if (!isObject(data) || !Array.isArray(list)) {
    return {
      pairs: NO_DISTINCT_PAIRS,
      errors: [at([], 'the file is a mapping with one key, distinct: a list of pairs')],
    };
  }
  for (const key of Object.keys(data)) {
    if (key !== 'distinct') errors.push(at([key], `unknown key "${key}"; only distinct`, true));
  }
  list.forEach((item, index) => {
    const path = ['distinct', index];
    if (!isObject(item)) {
      errors.push(at(path, 'each pair is a mapping: entities: [id, id] and reason: why'));
      return;
    }
    for (const key of Object.keys(item)) {
      if (key !== 'entities' && key !== 'reason')
        errors.push(
          at([...path, key], `unknown key "${key}"; a pair has entities and reason`, true),
        );
    }
    const ids = item.entities;
    if (
      !Array.isArray(ids) ||
      ids.length !== 2 ||
      !ids.every((id) => typeof id === 'string') ||
      ids[0] === ids[1]
    ) {
      errors.push(at([...path, 'entities'], 'entities: the ids of two different entities'));
      return;
    }
    if (typeof item.reason !== 'string' || item.reason.trim() === '') {
      errors.push(at([...path, 'reason'], 'reason: say why the two are distinct'));
      return;
    }
    const pair = ids as [string, string];
    keys.add(pairKey(...pair));
    entries.push({ ids: pair, error: (message) => at([...path, 'entities'], message) });
  });
  return { pairs: { has: (a, b) => keys.has(pairKey(a, b)), entries }, errors };
}

function pairKey(a: string, b: string): string {
  return a < b ? `${a} ${b}` : `${b} ${a}`;
}
