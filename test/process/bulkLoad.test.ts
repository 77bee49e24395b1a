import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, describe, expect, it } from 'vitest';
import { generateSeed } from '../../src/generate/synthetic.js';
import { loadSeed } from '../../src/load/load.js';
import { createDriver } from '../../src/neo4j/driver.js';
import {
  databaseFolders,
  localDatabaseExists,
  runImporter,
} from '../../src/neo4j/local/importer.js';
import type { LocalNeo4j } from '../../src/neo4j/local/launcher.js';
import { apiClient } from '../support/api.js';
import { runCli } from '../support/cli.js';
import { freePort } from '../support/freePort.js';
import { SHORT_LIVED_ENV, startShortLivedNeo4j } from '../support/shortLivedNeo4j.js';

const credentials = { username: 'neo4j', password: 'bulk-load-test', database: 'neo4j' };
const work = mkdtempSync(path.join(tmpdir(), 'policygraph-bulk-'));
const started: LocalNeo4j[] = [];
const drivers: Driver[] = [];

afterAll(async () => {
  await Promise.all(drivers.map((driver) => driver.close()));
  await Promise.all(started.map((neo4j) => neo4j.stop()));
  rmSync(work, { recursive: true, force: true });
});

async function start(dir: string): Promise<Driver> {
  const neo4j = await startShortLivedNeo4j({ dir, port: await freePort(), ...credentials });
  started.push(neo4j);
  const driver = createDriver(neo4j.uri, { ...credentials, uri: neo4j.uri });
  drivers.push(driver);
  return driver;
}

/** `policygraph load` as a user runs it first: NEO4J_URI unset, an empty local folder. */
async function firstLocalLoad(dir: string, seed: string) {
  const cli = runCli(['load', '--seed', seed], {
    LOCAL_NEO4J_DIR: dir,
    LOCAL_NEO4J_PORT: String(await freePort()),
    LOCAL_NEO4J_HEAP_MB: '512',
    LOCAL_NEO4J_PAGECACHE_MB: '128',
    NEO4J_PASSWORD: credentials.password,
    ...SHORT_LIVED_ENV,
  });
  const code = await cli.exited;
  return { code, output: cli.output() };
}

/**
 * The whole graph, in a form to compare: every node's labels and properties with their Cypher
 * types, every relationship with its ends (by id, or by key for :Graph), type and properties.
 * Times written when the load ran differ between two loads; their types are compared instead.
 */
async function dump(driver: Driver) {
  const nodes = await driver.executeQuery(
    `MATCH (n)
     RETURN labels(n) AS labels,
            [k IN keys(n) | [k, valueType(n[k]),
              CASE WHEN k IN ['claimedAt', 'switchedAt'] THEN null ELSE n[k] END]] AS properties`,
    {},
    { database: credentials.database },
  );
  const relationships = await driver.executeQuery(
    `MATCH (a)-[r]->(b)
     RETURN a.id AS from, type(r) AS type, b.id AS to,
            [k IN keys(r) | [k, valueType(r[k]), r[k]]] AS properties`,
    {},
    { database: credentials.database },
  );
  const text = (value: unknown) => JSON.stringify(value);
  const sortedProperties = (properties: unknown[][]) =>
    [...properties].sort((a, b) => String(a[0]).localeCompare(String(b[0])));
  return {
    nodes: nodes.records
      .map((record) =>
        text({
          labels: [...record.get('labels')].sort(),
          properties: sortedProperties(record.get('properties')),
        }),
      )
      .sort(),
    relationships: relationships.records
      .map((record) =>
        text({ ...record.toObject(), properties: sortedProperties(record.get('properties')) }),
      )
      .sort(),
  };
}

type Dump = Awaited<ReturnType<typeof dump>>;

function difference(a: Dump, b: Dump): Dump {
  const missing = (items: string[], from: string[]) => {
    const other = new Set(from);
    return items.filter((item) => !other.has(item)).slice(0, 3);
  };
  return {
    nodes: missing(a.nodes, b.nodes),
    relationships: missing(a.relationships, b.relationships),
  };
}

const EXAMPLES = new URL('../../examples/queries/', import.meta.url);

/**
 * An answer as far as it is determined: shortest paths come in no particular order, and a
 * query asks for some of dozens of equally short ones (examples/queries/05-...), so which ones
 * depends on the store's order; how many and how long is compared.
 */
function comparable(data: Record<string, any> | null | undefined) {
  if (!data?.shortestPaths) return data;
  const paths = data.shortestPaths as { length: number }[];
  return { ...data, shortestPaths: { count: paths.length, lengths: paths.map((p) => p.length) } };
}

/** Every example query's answer, through the API in-process. */
async function answers(driver: Driver): Promise<unknown[]> {
  const request = apiClient(() => driver, credentials.database);
  const result: unknown[] = [];
  for (const file of readdirSync(EXAMPLES).sort()) {
    const { status, data, errors } = await request(readFileSync(new URL(file, EXAMPLES), 'utf8'));
    result.push({ file, status, data: comparable(data), errors });
  }
  return result;
}

/**
 * Loads `seed` through the bulk importer (the CLI, into an empty folder) and transactionally
 * (loadSeed into another empty local Neo4j), and compares the two graphs whole.
 */
async function compareLoads(name: string, seed: string) {
  const bulkDir = path.join(work, `${name}-bulk`);
  const { code, output } = await firstLocalLoad(bulkDir, seed);
  expect(output).toContain("Neo4j's bulk importer was used");
  // Prepared in parts, on threads of their own (src/load/seedParts.ts).
  expect(output).toMatch(/seed checked, planned and written as CSV files on \d+ threads? in/);
  expect(output).toMatch(/validated and planned in [\d.]+ s, compared and written in [\d.]+ s/);
  expect(code).toBe(0);

  const transactional = await start(path.join(work, `${name}-transactional`));
  const result = await loadSeed(transactional, credentials.database, seed);
  expect(result.generation).toBe(1);
  const bulk = await start(bulkDir);

  const [imported, written] = [await dump(bulk), await dump(transactional)];
  expect(imported.nodes.length).toBe(result.records + 2); // and :Graph, :Generation
  expect(imported.relationships.length).toBeGreaterThan(0);
  // What one graph holds and the other not: short to read when they differ.
  expect(difference(imported, written)).toEqual({ nodes: [], relationships: [] });
  expect(difference(written, imported)).toEqual({ nodes: [], relationships: [] });
  expect(imported).toEqual(written);
  return { bulk, transactional };
}

describe('the first load into an empty local Neo4j, through the bulk importer', () => {
  it('gives the curated seed the graph a transactional load gives, and the API the same answers', async () => {
    const { bulk, transactional } = await compareLoads('curated', 'seed');
    const [fromBulk, fromTransactions] = [await answers(bulk), await answers(transactional)];
    expect(fromBulk.length).toBeGreaterThan(5);
    expect(fromBulk).toEqual(fromTransactions);
    // The indexes exist and were filled: search finds an entity by a name key.
    const { records } = await bulk.executeQuery(
      'SHOW INDEXES YIELD name, state, populationPercent WHERE state <> "ONLINE" OR populationPercent < 100 RETURN count(*) AS pending',
      {},
      { database: credentials.database },
    );
    expect(Number(records[0]?.get('pending'))).toBe(0);
  }, 600_000);

  it('gives a generated seed the graph a transactional load gives', async () => {
    const seed = path.join(work, 'generated-seed');
    generateSeed({ out: seed, entities: 300, facts: 2_000 });
    await compareLoads('generated', seed);
  }, 600_000);

  it('refuses a seed with a mistake before anything is imported, and says what is wrong', async () => {
    const seed = path.join(work, 'broken-seed');
    cpSync('test/fixtures/seed-small', seed, { recursive: true });
    cpSync('test/fixtures/broken/unknown-reference.yaml', path.join(seed, 'a.yaml'));
    const home = path.join(work, 'broken-bulk');
    const { code, output } = await firstLocalLoad(home, seed);
    expect(code).toBe(1);
    expect(output).toContain('investors: unknown organization or person "microsfot"');
    expect(output).not.toContain('bulk importer');
    expect(localDatabaseExists(home, credentials.database)).toBe(false);
  });

  it('leaves no half-imported database after the importer fails, and the next import works', async () => {
    const home = path.join(work, 'failing');
    const csv = path.join(work, 'failing-csv');
    const write = (file: string, text: string) => {
      writeFileSync(path.join(csv, file), text);
      return path.join(csv, file);
    };
    mkdirSync(csv, { recursive: true });
    const nodes = write('nodes.csv', 'id:ID,name:string\n"a","A"\n"b","B"\n');
    // A relationship to a node that does not exist: the importer stops, its store half written.
    const broken = write('broken.csv', ':START_ID,:END_ID\n"a","missing"\n');
    const good = write('good.csv', ':START_ID,:END_ID\n"a","b"\n');
    const files = (relationships: string) => ({
      database: credentials.database,
      nodes: [{ labels: ['Thing'], file: nodes }],
      relationships: [{ type: 'LINKS', file: relationships }],
      arrayDelimiter: 'U+001F',
      multiline: false,
      reportFile: path.join(csv, 'import.report'),
      maxOffHeapMb: 128,
    });
    const run = { home, heapMb: 256, log: () => {} };
    await expect(runImporter(files(broken), run)).rejects.toThrow(
      /Neo4j's bulk importer failed \(exit \d+\); nothing was imported/,
    );
    expect(localDatabaseExists(home, credentials.database)).toBe(false);
    for (const folder of databaseFolders(home, credentials.database))
      expect(existsSync(folder)).toBe(false);

    await runImporter(files(good), run);
    const driver = await start(home);
    const { records } = await driver.executeQuery(
      'MATCH (:Thing {id: "a"})-[r:LINKS]->(:Thing {id: "b"}) RETURN count(r) AS links',
      {},
      { database: credentials.database },
    );
    expect(Number(records[0]?.get('links'))).toBe(1);
  }, 300_000);
});
