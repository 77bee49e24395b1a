import type { PublisherSector } from './publishers.js';

/**
 * What the graph holds, counted several ways: docs/coverage.md counts it in the seed files
 * (src/seed/coverage.ts), the API's `coverage` field in the loaded graph (src/queries/
 * coverage.ts). Both give this shape, in this order, so that one can be checked against the
 * other.
 */
export interface Coverage {
  entities: number;
  facts: number;
  sources: number;
  /** By fact type (its GraphQL type: Investment, Restriction, ...), most first. */
  factsByType: Tally[];
  /** By fact type and category (a restriction's kind, a seat's role, ...), most first. */
  factsByCategory: CategoryTally[];
  /** By entity type and category (an organization's kind, a product's kind, ...), most first. */
  entitiesByCategory: CategoryTally[];
  /** By domain: the seed file a fact is written in, without .yaml. Most first. */
  factsByDomain: Tally[];
  /** By year of start or date, earliest first. */
  factsByYear: Tally[];
  /** By who publishes the source (publishers.ts), in PUBLISHER_SECTORS order. */
  sourcesByPublisher: Tally<PublisherSector>[];
  /** By confidence: high, medium, low. */
  factsByConfidence: Tally<Confidence>[];
  /** The regions the most facts name, most first, at most `TOP_REGIONS`. */
  topRegions: RegionTally[];
}

export interface Tally<V extends string = string> {
  value: V;
  count: number;
}

export interface CategoryTally {
  /** The GraphQL type: Restriction, Organization. */
  type: string;
  /** Null for a type without categories (an investment, a person). */
  category: string | null;
  count: number;
}

export interface RegionTally {
  id: string;
  name: string;
  /** How many facts name it in a role: as a target, the region covered, a jurisdiction. */
  facts: number;
}

export type Confidence = 'high' | 'medium' | 'low';
export const CONFIDENCES: readonly Confidence[] = ['high', 'medium', 'low'];
/** Curators leave confidence out when the sources agree: that is high. */
export const DEFAULT_CONFIDENCE: Confidence = 'high';

/** How many regions the report lists, and the API by default. */
export const TOP_REGIONS = 15;

/** The year of a fact without date or start (a valid seed has none). */
export const UNDATED = 'undated';

/** Counts by value, most first, then by value: the order of every "most first" list. */
export function mostFirst<V extends string>(counts: ReadonlyMap<V, number>): Tally<V>[] {
  return [...counts]
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => b.count - a.count || compareText(a.value, b.value));
}

/** Counts in a fixed order of values; values counted zero times are listed with 0. */
export function inOrder<V extends string>(
  counts: ReadonlyMap<V, number>,
  order: readonly V[],
): Tally<V>[] {
  return order.map((value) => ({ value, count: counts.get(value) ?? 0 }));
}

/** Years in order, undated last. */
export function byYear(counts: ReadonlyMap<string, number>): Tally[] {
  return [...counts]
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => yearKey(a.value).localeCompare(yearKey(b.value)));
}

function yearKey(year: string): string {
  return year === UNDATED ? '~' : year;
}

/** Category tallies, most first, then by type and category (uncategorized last). */
export function categoriesMostFirst(tallies: CategoryTally[]): CategoryTally[] {
  return tallies.sort(
    (a, b) =>
      b.count - a.count ||
      compareText(a.type, b.type) ||
      compareText(a.category ?? '~', b.category ?? '~'),
  );
}

/** Regions, most facts first, then by id; the first `TOP_REGIONS` (or `limit`). */
export function topRegionsOf(tallies: RegionTally[], limit = TOP_REGIONS): RegionTally[] {
  return tallies.sort((a, b) => b.facts - a.facts || compareText(a.id, b.id)).slice(0, limit);
}

/** Code-unit order, the same on every machine (localeCompare's order depends on the ICU). */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Adds one to a count. */
export function countIn<K>(counts: Map<K, number>, key: K, by = 1): void {
  counts.set(key, (counts.get(key) ?? 0) + by);
}
