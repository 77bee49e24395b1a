import { type Driver, routing } from 'neo4j-driver';

export interface DbmsInfo {
  /** The product, "Neo4j Kernel". */
  name: string;
  version: string;
  /** "community" or "enterprise"; Aura reports "enterprise". */
  edition: string;
}

export const DBMS_COMPONENTS =
  'CALL dbms.components() YIELD name, versions, edition RETURN name, versions[0] AS version, edition';

/** The kernel's row of DBMS_COMPONENTS (the first row if none is named so). */
export function dbmsInfoOf(rows: readonly Record<string, unknown>[]): DbmsInfo {
  const kernel = rows.find((row) => row.name === 'Neo4j Kernel') ?? rows[0];
  if (!kernel) throw new Error('dbms.components() returned nothing');
  return {
    name: String(kernel.name),
    version: String(kernel.version),
    edition: String(kernel.edition),
  };
}

/**
 * Which Neo4j the driver talks to, read in a routed read transaction: for the CLI and benchmarks.
 * The API reads it through src/queries (readDatabaseInfo), with a request's limits.
 */
export async function readDbmsInfo(driver: Driver, database: string): Promise<DbmsInfo> {
  const { records } = await driver.executeQuery(
    DBMS_COMPONENTS,
    {},
    { database, routing: routing.READ },
  );
  return dbmsInfoOf(records.map((record) => record.toObject()));
}
