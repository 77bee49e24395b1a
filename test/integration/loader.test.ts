import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateSeed } from '../../src/generate/synthetic.js';
import { READ_DIGESTS } from '../../src/load/cypher.js';
import { diffSeed, InvalidSeedError, loadSeed } from '../../src/load/load.js';
import { runCli } from '../support/cli.js';
import { useTestDatabase } from '../support/database.js';

const SMALL = 'test/fixtures/seed-small';
const work = mkdtempSync(path.join(tmpdir(), 'policygraph-loader-'));

describe('policygraph load', () => {
  const db = useTestDatabase();
  const query = async (cypher: string, params = {}) =>
    (await db.driver().executeQuery(cypher, params, { database: db.database })).records.map((r) =>
      r.toObject(),
    );
  const digests = async () =>
    (await query(READ_DIGESTS)).map((row) => `${row.id}:${row.hash}`).sort();
  const load = (dir: string) => loadSeed(db.driver(), db.database, dir);

  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('loads the seed: a node per record, facts linked to their parties and sources', async () => {
    const result = await load(SMALL);
    expect(result.diff.added).toHaveLength(14);
    expect(await query('MATCH (n:Record) RETURN count(n) AS n')).toEqual([{ n: 14 }]);
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
      expect.arrayContaining(['record_id', 'entity_names', 'fact_valid_from', 'fact_valid_to']),
    );
  });

  it('changes nothing on a second load of the same seed', async () => {
    const before = await query('MATCH (n:Record) RETURN elementId(n) AS element ORDER BY element');
    const result = await load(SMALL);
    expect(result.diff).toMatchObject({ added: [], changed: [], removed: [], unchanged: 14 });
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
    const [{ element }] = (await query(
      "MATCH (n:Record {id: 'openai'}) RETURN elementId(n) AS element",
    )) as [{ element: string }];

    const diff = await diffSeed(db.driver(), db.database, edited);
    expect(diff.changed.map((r) => r.id).sort()).toEqual(['microsoft-openai-2019', 'openai']);
    expect([diff.added.length, diff.removed.length]).toEqual([0, 0]);

    await load(edited);
    expect(
      await query("MATCH (f {id: 'microsoft-openai-2019'}) RETURN f.amountValue AS amount"),
    ).toEqual([{ amount: 1500000000 }]);
    expect(
      await query("MATCH ({id: 'microsoft-openai-2019'})-[r]->() RETURN count(r) AS n"),
    ).toEqual([{ n: 3 }]);
    // An entity is rewritten in place: the facts that point at it still do.
    expect(
      await query(`MATCH (n:Record {id: 'openai'}) RETURN elementId(n) AS element, n.name AS name,
                   COUNT { (n)<-[:INVESTEE|BOARD_OF|PROVIDED_BY|IMPOSED_BY]-() } AS incoming`),
    ).toEqual([{ element, name: 'OpenAI Group PBC', incoming: 4 }]);
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
      await query(
        "MATCH (n) WHERE n.id IN ['dee-templeton', 'templeton-observer'] RETURN count(n) AS n",
      ),
    ).toEqual([{ n: 0 }]);
    expect(await query('MATCH (n:Record) RETURN count(n) AS n')).toEqual([{ n: 12 }]);
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

  it('leaves the previous graph whole when the loader is killed midway', async () => {
    await load(SMALL);
    const before = await digests();
    const large = path.join(work, 'large');
    generateSeed({ out: large, entities: 2000, facts: 20000, seed: 7 });
    const cli = runCli(['load', '--seed', large], db.env);
    await cli.waitForLine(/^Loading: [3-9]0%/);
    cli.child.kill('SIGKILL');
    await cli.exited;
    expect(await digests()).toEqual(before);
    // What it had staged is invisible to readers, and the next load clears it away.
    expect(await query('MATCH (n:Staged) RETURN count(n) > 0 AS left')).toEqual([{ left: true }]);
    await load(SMALL);
    expect(await query('MATCH (n:Staged) RETURN count(n) AS n')).toEqual([{ n: 0 }]);
  });

  it('lets readers see the old graph or the new one during a load, never a mix', async () => {
    const oldSeed = path.join(work, 'old');
    const newSeed = path.join(work, 'new');
    generateSeed({ out: oldSeed, entities: 1000, facts: 8000, seed: 1 });
    generateSeed({ out: newSeed, entities: 1200, facts: 12000, seed: 2 });
    await load(oldSeed);
    const [{ n: oldCount }] = (await query('MATCH (n:Record) RETURN count(n) AS n')) as [
      { n: number },
    ];

    let loading = true;
    const seen = new Set<string>();
    const reader = (async () => {
      while (loading) {
        const [row] = await query(`
          MATCH (n:Record) WITH count(n) AS records
          OPTIONAL MATCH (f:Fact) WHERE NOT (f)-[:CITES]->()
          RETURN records, count(f) AS uncited`);
        seen.add(`${row?.records}/${row?.uncited}`);
      }
    })();
    await load(newSeed);
    loading = false;
    await reader;
    const [{ n: newCount }] = (await query('MATCH (n:Record) RETURN count(n) AS n')) as [
      { n: number },
    ];
    expect(newCount).not.toBe(oldCount);
    // Every read saw one whole graph: its record count, and no fact yet without its sources.
    expect([...seen].filter((s) => s !== `${oldCount}/0` && s !== `${newCount}/0`)).toEqual([]);
    expect(seen.size).toBeGreaterThan(0);
  });
});
