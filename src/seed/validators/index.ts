import type { PathError } from '../errors.js';
import type { Seed } from '../seedRecords.js';
import { amounts } from './amounts.js';
import { boardSeats } from './boardSeats.js';
import { dates } from './dates.js';
import { events } from './events.js';
import { references } from './references.js';
import { regions } from './regions.js';
import { uniqueIds } from './uniqueIds.js';

export type Validator = (seed: Seed) => PathError[];

/** The checks across records, that the schema alone cannot make, each named after what it checks. */
export const VALIDATORS: readonly Validator[] = [
  uniqueIds,
  references,
  dates,
  events,
  amounts,
  regions,
  boardSeats,
];

/**
 * The checks whose every error on a part of a seed (some of its files) is an error of the whole
 * seed, so that parts may be checked apart (src/seed/parts.ts). What they cannot see across
 * parts: an id of one part repeated in another (uniqueIds), a region code likewise (regions).
 * references is not among them: a part's reference may name a record of another part.
 */
export const PART_VALIDATORS: readonly Validator[] = [
  uniqueIds,
  dates,
  events,
  amounts,
  regions,
  boardSeats,
];
