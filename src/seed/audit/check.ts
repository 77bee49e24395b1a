import type { PathError } from '../errors.js';
import type { Seed } from '../seedRecords.js';
import type { DistinctPairs } from './distinctPairs.js';

/**
 * One check of `policygraph audit`: what a valid seed may hold but curators should not leave
 * in it. The audit runs validation first, so a check may take every reference to resolve and
 * every date to parse.
 */
export interface AuditCheck {
  /** Its name, shown after each finding ([quote]) and in the summary. */
  name: string;
  /** A failure fails the audit (exit 1); a warning is shown and passes. */
  severity: 'failure' | 'warning';
  run(seed: Seed, context: AuditContext): PathError[];
}

export interface AuditContext {
  /** Today, YYYY-MM-DD: whether a status still holds or a source is old depends on it. */
  today: string;
  /** Pairs of entities that look alike but are distinct (the distinct-entities file). */
  distinct: DistinctPairs;
}
