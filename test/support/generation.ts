import neo4j, { type Driver } from 'neo4j-driver';
import { READ_DIGESTS } from '../../src/load/cypher.js';
import { readCurrentGeneration } from '../../src/neo4j/generation.js';

type Db = { driver: () => Driver; database: string };

/** The generation readers use now (uncached); null before the first load. */
export function currentGenerationOf(db: Db): Promise<number | null> {
  return readCurrentGeneration(db.driver(), db.database);
}

/**
 * Runs raw Cypher on the current generation: `$generation` is set to it. Tests that count or
 * read nodes by hand use this, since a database holds more than one generation for a while.
 */
export async function queryCurrent(
  db: Db,
  cypher: string,
  params: Record<string, unknown> = {},
): Promise<Record<string, unknown>[]> {
  const generation = await currentGenerationOf(db);
  const { records } = await db
    .driver()
    .executeQuery(
      cypher,
      { ...params, generation: generation === null ? null : neo4j.int(generation) },
      { database: db.database },
    );
  return records.map((record) => record.toObject());
}

/** `id:digest` of every record of the current generation, sorted. */
export async function currentDigests(db: Db): Promise<string[]> {
  return (await queryCurrent(db, READ_DIGESTS)).map((row) => `${row.id}:${row.hash}`).sort();
}
