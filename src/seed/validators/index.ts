import type { PathError } from '../errors.js';
import type { Seed } from '../seedRecords.js';
import { amounts } from './amounts.js';
import { boardSeats } from './boardSeats.js';
import { dates } from './dates.js';
import { events } from './events.js';
import { references } from './references.js';
import { regions } from './regions.js';
import { uniqueIds } from './uniqueIds.js';

/** The checks across records, that the schema alone cannot make, each named after what it checks. */
export const VALIDATORS: readonly ((seed: Seed) => PathError[])[] = [
  uniqueIds,
  references,
  dates,
  events,
  amounts,
  regions,
  boardSeats,
];
