import { type Driver, routing } from 'neo4j-driver';

export interface DbmsInfo {
  /** The product, "Neo4j Kernel". */
  name: string;
  version: string;
  /** "community" or "enterprise"; Aura reports "enterprise". */
  edition: string;
}

const DBMS_COMPONENTS =
  'CALL dbms.components() YIELD name, versions, edition RETURN name, versions[0] AS version, edition';

/** Which Neo4j the driver talks to, read in a routed read transaction. */
export async function readDbmsInfo(driver: Driver, database: string): Promise<DbmsInfo> {
  const { records } = await driver.executeQuery(
    DBMS_COMPONENTS,
    {},
    { database, routing: routing.READ },
  );
  const kernel = records.find((record) => record.get('name') === 'Neo4j Kernel') ?? records[0];
  if (!kernel) throw new Error('dbms.components() returned nothing');
  return {
    name: kernel.get('name'),
    version: kernel.get('version'),
    edition: kernel.get('edition'),
  };
}
