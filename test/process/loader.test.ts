import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { inProcessSnapshots } from '../../src/export/executor.js';
import type { ExportedGraph, GraphElement } from '../../src/export/graph.js';
import { readGraph } from '../../src/export/readGraph.js';
import { generateSeed } from '../../src/generate/synthetic.js';
import { diffSeed, InvalidSeedError, type LoadOptions, loadSeed } from '../../src/load/load.js';
import { createDriver } from '../../src/neo4j/driver.js';
import {
  currentGeneration,
  GENERATION_TTL_MS,
  invalidateGeneration,
} from '../../src/neo4j/generation.js';
import { readFacts } from '../../src/queries/facts.js';
import { pinReader, type Reader } from '../../src/queries/reader.js';
import { createApp } from '../../src/server/app.js';
import { runCli } from '../support/cli.js';
import { useTestDatabase } from '../support/database.js';
import { currentDigests, currentGenerationOf, queryCurrent } from '../support/generation.js';

const SMALL = 'test/fixtures/seed-small';
const work = mkdtempSync(path.join(tmpdir(), 'policygraph-loader-'));

describe('policygraph load', () => {
  const db = useTestDatabase();
  const query = async (cypher: string, params = {}) =>
    (await db.driver().executeQuery(cypher, params, { database: db.database })).records.map((r) =>
      r.toObject(),
    );
  /** Raw Cypher on the current generation ($generation). */
  const current = (cypher: string, params = {}) => queryCurrent(db, cypher, params);
  const digests = () => currentDigests(db);
  const load = (dir: string, options: LoadOptions = {}) =>
    loadSeed(db.driver(), db.database, dir, options);
  /** How many nodes each generation has, by generation. */
  const generations = async () =>
    Object.fromEntries(
      (
        await query(
          'MATCH (n:Record) RETURN n.generation AS generation, count(n) AS n ORDER BY generation',
        )
      ).map((row) => [String(row.generation), row.n]),
    );

  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('reads nothing of a database written before generations, and deletes it at the first load', async () => {
    // As the loader before generations left a database: ids unique alone, nodes without a
    // generation, and staged nodes of a load that died.
    await query('CREATE CONSTRAINT record_id IF NOT EXISTS FOR (n:Record) REQUIRE n.id IS UNIQUE');
    await query(`CREATE (:Record:Entity:Organization {id: 'openai', name: 'OpenAI', kindOfRecord: 'organization'}),
                        (:Staged {id: 'half-written', kindOfRecord: 'organization'})`);
    const app = createApp({ driver: db.driver(), database: db.database });
    const ask = async () =>
      (
        await app.fetch('http://localhost/graphql', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({
            query: '{ entity(id: "openai") { name } entities(first: 5) { totalCount } }',
          }),
        })
      ).json();
    expect(await ask()).toEqual({ data: { entity: null, entities: { totalCount: 0 } } });
    const result = await load(SMALL);
    expect(result.diff.added).toHaveLength(14);
    expect(
      await query(
        'MATCH (n) WHERE n:Staged OR (n:Record AND n.generation IS NULL) RETURN count(n) AS n',
      ),
    ).toEqual([{ n: 0 }]);
    await new Promise((resolve) => setTimeout(resolve, GENERATION_TTL_MS + 50));
    expect(await ask()).toEqual({
      data: { entity: { name: 'OpenAI' }, entities: { totalCount: 8 } },
    });
    // A fresh start for the tests below.
    await query('MATCH (n) DETACH DELETE n');
    invalidateGeneration(db.driver(), db.database);
  });

  it('loads the seed: a node per record, facts linked to their parties and sources', async () => {
    const result = await load(SMALL);
    expect(result.diff.added).toHaveLength(14);
    expect(result.generation).toBe(1);
    expect(await query('MATCH (n:Record) RETURN count(n) AS n')).toEqual([{ n: 14 }]);
    expect(await query('MATCH (n:Record {generation: 1}) RETURN count(n) AS n')).toEqual([
      { n: 14 },
    ]);
    expect(
      await query(
        "MATCH (g:Graph {key: 'graph'}), (n:Generation {number: 1}) RETURN g.current AS current, g.next AS next, n.entities AS entities, n.facts AS facts, n.sources AS sources, n.switchedAt IS NOT NULL AS switched",
      ),
    ).toEqual([{ current: 1, next: 1, entities: 8, facts: 4, sources: 2, switched: true }]);
    const [investment] = await query(`
      MATCH (f:Fact:Investment {id: 'microsoft-openai-2019'})
      RETURN [(f)-[:INVESTOR]->(o) | o.id] AS investors, [(f)-[:INVESTEE]->(o) | o.id] AS investees,
             [(f)-[c:CITES]->(s) | [s.id, c.quote]] AS sources, f.amountValue AS amount,
             f.amountCurrency AS currency, toString(f.validFrom) AS validFrom, f.datePrecision AS precision`);
    expect(investment).toEqual({
      investors: ['microsoft'],
      investees: ['openai'],
      sources: [['microsoft-2019', 'Microsoft is investing $1 billion in OpenAI']],
      amount: 1000000000,
      currency: 'USD',
      validFrom: '2019-07-22',
      precision: 'day',
    });
    const [seat] = await query(
      "MATCH (f:BoardSeat {id: 'templeton-observer'}) RETURN toString(f.validFrom) AS from, toString(f.validTo) AS to",
    );
    // Month precision: the seat may have begun on any day of January 2024.
    expect(seat).toEqual({ from: '2024-01-01', to: '2024-07-09' });
    expect(
      await query(
        "MATCH (n:Entity {id: '21vianet'}) RETURN n.aliases AS aliases, n.ticker AS ticker",
      ),
    ).toEqual([{ aliases: ['VNET Group', 'VNET', 'Shanghai Blue Cloud'], ticker: 'NASDAQ:VNET' }]);
  });

  it('creates the constraints and indexes it needs', async () => {
    const names = (await query('SHOW INDEXES YIELD name RETURN collect(name) AS names'))[0]?.names;
    expect(names).toEqual(
      expect.arrayContaining([
        'record_id_generation',
        'record_generation',
        'entity_search',
        'fact_valid_from',
        'fact_valid_to',
      ]),
    );
    expect(names).not.toContain('record_id');
  });

  it('makes ids unique within a generation: a composite uniqueness constraint on (id, generation)', async () => {
    expect(
      await query(
        "SHOW CONSTRAINTS YIELD name, type, labelsOrTypes, properties WHERE name = 'record_id_generation' RETURN type, labelsOrTypes, properties",
      ),
    ).toEqual([
      {
        type: 'UNIQUENESS',
        labelsOrTypes: ['Record'],
        properties: ['id', 'generation'],
      },
    ]);
    const generation = await currentGenerationOf(db);
    await expect(
      current("CREATE (:Record {id: 'openai', generation: $generation})"),
    ).rejects.toThrow(/already exists/);
    // Another generation may hold the same id; this one is removed again at once.
    await query("CREATE (:Record {id: 'openai', generation: -1})");
    await query('MATCH (n:Record {generation: -1}) DELETE n');
    expect(generation).toBe(1);
  });

  it('changes nothing on a second load of the same seed', async () => {
    const before = await query('MATCH (n:Record) RETURN elementId(n) AS element ORDER BY element');
    const result = await load(SMALL);
    expect(result.diff).toMatchObject({ added: [], changed: [], removed: [], unchanged: 14 });
    expect(result.generation).toBeNull();
    expect(await currentGenerationOf(db)).toBe(1);
    expect(await query('MATCH (n:Record) RETURN elementId(n) AS element ORDER BY element')).toEqual(
      before,
    );
  });

  it('applies an edit: diff and load report it, and the graph follows', async () => {
    const edited = path.join(work, 'edited');
    cpSync(SMALL, edited, { recursive: true });
    const facts = path.join(edited, 'facts.yaml');
    writeFileSync(
      facts,
      readFileSync(facts, 'utf8').replace('value: 1000000000', 'value: 1500000000'),
    );
    const entities = path.join(edited, 'entities.yaml');
    writeFileSync(
      entities,
      readFileSync(entities, 'utf8').replace('name: OpenAI', 'name: OpenAI Group PBC'),
    );
    const diff = await diffSeed(db.driver(), db.database, edited);
    expect(diff.changed.map((r) => r.id).sort()).toEqual(['microsoft-openai-2019', 'openai']);
    expect([diff.added.length, diff.removed.length]).toEqual([0, 0]);

    const result = await load(edited);
    expect(result.diff.changed).toHaveLength(2);
    // A whole new copy: generation 2, beside generation 1, which is kept for a while.
    expect(result.generation).toBe(2);
    expect(await generations()).toEqual({ '1': 14, '2': 14 });
    expect(
      await current(
        "MATCH (f {id: 'microsoft-openai-2019', generation: $generation}) RETURN f.amountValue AS amount",
      ),
    ).toEqual([{ amount: 1500000000 }]);
    expect(
      await current(
        "MATCH ({id: 'microsoft-openai-2019', generation: $generation})-[r]->() RETURN count(r) AS n",
      ),
    ).toEqual([{ n: 3 }]);
    // The new entity has all the relationships of the facts that point at it, all within its
    // own generation; the old generation is untouched.
    expect(
      await current(`MATCH (n:Record {id: 'openai', generation: $generation}) RETURN n.name AS name,
                   COUNT { (n)<-[:INVESTEE|BOARD_OF|PROVIDED_BY|IMPOSED_BY]-(m) WHERE m.generation = n.generation } AS incoming,
                   COUNT { (n)--(m) WHERE m.generation <> n.generation } AS across`),
    ).toEqual([{ name: 'OpenAI Group PBC', incoming: 4, across: 0 }]);
    expect(
      await query("MATCH (n:Record {id: 'openai', generation: 1}) RETURN n.name AS name"),
    ).toEqual([{ name: 'OpenAI' }]);
  });

  it('removes an entity the seed no longer has, with its facts', async () => {
    const removed = path.join(work, 'removed');
    cpSync(SMALL, removed, { recursive: true });
    const entities = path.join(removed, 'entities.yaml');
    const facts = path.join(removed, 'facts.yaml');
    writeFileSync(
      entities,
      readFileSync(entities, 'utf8').replace(
        /people:\n {2}- id: dee-templeton\n {4}name: Dee Templeton\n/,
        '',
      ),
    );
    writeFileSync(
      facts,
      readFileSync(facts, 'utf8').replace(/boardSeats:\n(?: {2}.*\n| {4}.*\n)+/, ''),
    );

    const diff = runCli(['diff', '--seed', removed], db.env);
    expect(await diff.exited).toBe(0);
    expect(diff.output()).toBe(
      [
        '~ organization openai: name',
        '~ investment microsoft-openai-2019: amountValue',
        '- person dee-templeton',
        '- boardSeat templeton-observer',
        '0 to add, 2 to change, 2 to remove, 10 unchanged.',
        '',
      ].join('\n'),
    );

    const result = await load(removed);
    expect(result.diff.removed.sort()).toEqual(['dee-templeton', 'templeton-observer']);
    expect(
      await current(
        "MATCH (n {generation: $generation}) WHERE n.id IN ['dee-templeton', 'templeton-observer'] RETURN count(n) AS n",
      ),
    ).toEqual([{ n: 0 }]);
    expect(
      await current('MATCH (n:Record {generation: $generation}) RETURN count(n) AS n'),
    ).toEqual([{ n: 12 }]);
  });

  it('refuses an invalid seed without touching the database', async () => {
    const before = await digests();
    const invalid = path.join(work, 'invalid');
    cpSync(SMALL, invalid, { recursive: true });
    cpSync('test/fixtures/broken/unknown-reference.yaml', path.join(invalid, 'broken.yaml'));
    await expect(load(invalid)).rejects.toThrow(InvalidSeedError);
    await expect(load(invalid)).rejects.toThrow(
      /broken\.yaml:4:17: investors: unknown organization or person "microsfot"/,
    );
    expect(await digests()).toEqual(before);
  });

  it('leaves the current generation serving when a load is killed midway; the next load deletes what it wrote', async () => {
    await load(SMALL);
    const before = await digests();
    const serving = await currentGenerationOf(db);
    const large = path.join(work, 'large');
    generateSeed({ out: large, entities: 2000, facts: 20000, seed: 7 });
    const cli = runCli(['load', '--seed', large], db.env);
    await cli.waitForLine(/^Loading: [3-9]0%/);
    cli.child.kill('SIGKILL');
    await cli.exited;
    expect(await currentGenerationOf(db)).toBe(serving);
    expect(await digests()).toEqual(before);
    // What it wrote is a generation of its own, claimed and never switched to: invisible.
    const [left] = await query(`
      MATCH (g:Graph {key: 'graph'}), (a:Generation) WHERE a.number > g.current
      RETURN a.number AS abandoned, a.switchedAt IS NULL AS never,
             COUNT { MATCH (n:Record) WHERE n.generation = a.number } AS nodes`);
    expect(left).toMatchObject({ never: true });
    expect(left?.nodes).toBeGreaterThan(0);
    const app = createApp({ driver: db.driver(), database: db.database });
    const response = await app.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ entities(first: 100) { totalCount } }' }),
    });
    expect(await response.json()).toEqual({ data: { entities: { totalCount: 8 } } });

    const result = await load(path.join(work, 'edited'));
    expect(result.retired).toContain(left?.abandoned);
    expect(
      await query('MATCH (n:Record {generation: $g}) RETURN count(n) AS n', { g: left?.abandoned }),
    ).toEqual([{ n: 0 }]);
    expect(
      await query('MATCH (n:Generation {number: $g}) RETURN n', { g: left?.abandoned }),
    ).toEqual([]);
  }, 180_000);

  it('deletes a replaced generation once it was replaced longer ago than RETAIN, not before', async () => {
    const small = await load(SMALL, { retainMs: 2_000 });
    const replaced = small.generation as number;
    expect(replaced).toBeTypeOf('number');
    const edited = await load(path.join(work, 'edited'), { retainMs: 2_000 });
    expect(edited.retired).not.toContain(replaced);
    expect(
      await query('MATCH (n:Record {generation: $g}) RETURN count(n) AS n', { g: replaced }),
    ).toEqual([{ n: 14 }]);
    // Replaced under 2 s ago: a load now (which writes nothing) keeps it.
    const early = await load(path.join(work, 'edited'), { retainMs: 2_000 });
    expect(early.generation).toBeNull();
    expect(early.retired).not.toContain(replaced);
    await new Promise((resolve) => setTimeout(resolve, 2_100));
    const late = await load(path.join(work, 'edited'), { retainMs: 2_000 });
    expect(late.generation).toBeNull();
    expect(late.retired).toContain(replaced);
    expect(
      await query('MATCH (n:Record {generation: $g}) RETURN count(n) AS n', { g: replaced }),
    ).toEqual([{ n: 0 }]);
    // The current one is whole.
    expect(await currentGenerationOf(db)).toBe(edited.generation);
    expect(await digests()).toHaveLength(14);
  }, 60_000);

  it('reads one generation for a whole request: a request pinned before a switch reads the old graph entirely', async () => {
    await load(SMALL);
    const reader: Reader = { driver: db.driver(), database: db.database };
    const page = { direction: 'ASC', first: 20, withTotal: true } as const;
    const request = pinReader(reader);
    const before = await readFacts(request, page);
    await load(path.join(work, 'edited'));
    // The same request, after the switch: still the old graph, whole.
    expect(await readFacts(request, page)).toEqual(before);
    // A request that starts now reads the new one.
    const after = await readFacts(pinReader(reader), page);
    expect(after).not.toEqual(before);
    const amount = (p: typeof before) => {
      const node = p.items.find((item) => item.node.id === 'microsoft-openai-2019')?.node;
      return node?.kind === 'investment' ? node.props.amountValue : undefined;
    };
    expect([amount(before), amount(after)]).toEqual([1000000000, 1500000000]);
  });

  it('invalidates the generation cache of its own process at the switch', async () => {
    const cached = await currentGeneration(db.driver(), db.database, 60_000);
    const result = await load(SMALL);
    expect(result.generation).not.toBe(cached);
    // Cached for a minute, yet the load in this process made it read again.
    expect(await currentGeneration(db.driver(), db.database, 60_000)).toBe(result.generation);
    expect(GENERATION_TTL_MS).toBeLessThanOrEqual(1_000);
  });

  it('exports one generation whole while a load switches the graph; fails if it is deleted meanwhile', async () => {
    await load(SMALL);
    const reader: Reader = { driver: db.driver(), database: db.database, timeoutMs: 5_000 };
    const exported = (graph: ExportedGraph) => graph.elements[Symbol.asyncIterator]();
    const rest = async (elements: AsyncIterator<GraphElement>) => {
      const all: GraphElement[] = [];
      for (let next = await elements.next(); !next.done; next = await elements.next())
        all.push(next.value);
      return all;
    };
    const whole = await rest(exported(readGraph(inProcessSnapshots(reader), { pageSize: 2 })));
    expect(whole.filter((element) => element.element === 'node')).toHaveLength(14);

    // A load switches the graph after the export's first page: the export keeps its generation.
    const during = exported(readGraph(inProcessSnapshots(reader), { pageSize: 2 }));
    const first = await during.next();
    await load(path.join(work, 'edited'));
    expect([first.value, ...(await rest(during))]).toEqual(whole);

    // The export's generation deleted before it ends (RETAIN 0): it fails, and says so.
    const cut = exported(readGraph(inProcessSnapshots(reader), { pageSize: 2 }));
    await cut.next();
    const result = await load(SMALL, { retainMs: 0 });
    expect(result.retired.length).toBeGreaterThan(0);
    await expect(rest(cut)).rejects.toThrow(/graph was replaced during the export; export again/);
  });

  it('lets readers see the old graph or the new one during loads, never a mix: 500+ statements across 10+ loads', async () => {
    const seedA = path.join(work, 'a');
    const seedB = path.join(work, 'b');
    // The same ids, other facts, dates, sources and quotes: a mix shows in any answer.
    generateSeed({ out: seedA, entities: 100, facts: 300, seed: 11 });
    generateSeed({ out: seedB, entities: 100, facts: 300, seed: 12 });
    // The API as another process would run it: its own driver, so only its cache's time to
    // live (not the load's invalidation) brings it to a new generation.
    const driver = createDriver(db.uri, {
      uri: db.uri,
      username: db.env.NEO4J_USERNAME as string,
      password: db.env.NEO4J_PASSWORD as string,
      database: db.database,
    });
    let statements = 0;
    const app = createApp({
      driver,
      database: db.database,
      onStatement: () => {
        statements++;
      },
    });
    const ask = async (query: string) => {
      const response = await app.fetch('http://localhost/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query }),
      });
      // A fact's parties have no order of their own (only lists have positions): their order
      // may differ between two copies of the same graph, so it is not compared.
      return JSON.stringify(await response.json(), (key, value) =>
        key === 'involves' && Array.isArray(value)
          ? [...value].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)))
          : value,
      );
    };
    const QUERIES = [
      // One statement: a page of facts with their parties and sources, and the total.
      `{ facts(first: 40) { totalCount edges { node { id status date { text } start { text }
           sources { quote source { id url } } involves { role entity { id name } } } } } }`,
      // Several statements: a page of entities, then their facts (a loader), then those facts'
      // entities (a node loader): all must read one generation.
      `{ entities(first: 15, orderBy: ID_ASC, filter: { types: [ORGANIZATION] }) { totalCount edges { node { id name
           ... on Organization { facts(first: 4) { totalCount edges { node { id
             sources { quote } involves { role entity { id name } } } } } } } } } }`,
      `{ entity(id: "org-0000003") { name timeline(first: 20) { date { text } change fact { id } } } }`,
    ];
    try {
      const answers: Record<'A' | 'B', string[]> = { A: [], B: [] };
      for (const [name, dir] of [
        ['A', seedA],
        ['B', seedB],
      ] as const) {
        await load(dir);
        await new Promise((resolve) => setTimeout(resolve, GENERATION_TTL_MS + 50));
        answers[name] = await Promise.all(QUERIES.map(ask));
      }
      for (const [i, answer] of answers.A.entries()) {
        expect(answer).not.toEqual(answers.B[i]);
        expect(answer).not.toContain('errors');
      }

      let loading = true;
      const seen = { A: 0, B: 0 };
      const mixes: string[] = [];
      statements = 0;
      const reader = async (worker: number) => {
        for (let i = worker; loading; i++) {
          const q = i % QUERIES.length;
          const answer = await ask(QUERIES[q] as string);
          if (answer === answers.A[q]) seen.A++;
          else if (answer === answers.B[q]) seen.B++;
          else mixes.push(`query ${q}: ${answer.slice(0, 300)}`);
        }
      };
      const readers = [0, 1, 2, 3].map(reader);
      let loads = 0;
      for (; loads < 10 || statements < 500; loads++) {
        // Replaced generations are deleted after 3 s: longer than the cache's second plus a
        // request, so deletion runs while readers read, never under one.
        await load(loads % 2 === 0 ? seedA : seedB, { retainMs: 3_000 });
        if (loads > 60) break;
      }
      loading = false;
      await Promise.all(readers);
      expect(mixes).toEqual([]);
      expect(loads).toBeGreaterThanOrEqual(10);
      expect(statements).toBeGreaterThanOrEqual(500);
      console.log(
        `never a mix: ${statements} statements, ${seen.A + seen.B} requests, ${loads} loads`,
      );
      expect(seen.A).toBeGreaterThan(0);
      expect(seen.B).toBeGreaterThan(0);
    } finally {
      await driver.close();
    }
  }, 600_000);
});
