import neo4j from 'neo4j-driver';

/** A `YYYY-MM-DD` day (checked by the caller) as a Neo4j date parameter; null stays null. */
export function dateParam(day: string | null | undefined) {
  if (!day) return null;
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return new neo4j.types.Date(year, month, date);
}

/** Row counts for LIMIT must be integers, not floats. */
export function countParam(value: number) {
  return neo4j.int(value);
}

/** Null for an absent or empty list, so that `$list IS NULL` means "no filter". */
export function listParam<T>(values: readonly T[] | null | undefined): readonly T[] | null {
  return values && values.length > 0 ? values : null;
}
