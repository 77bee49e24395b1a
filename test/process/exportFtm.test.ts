import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { useSharedGraph } from '../support/database.js';
import { useHttpApi } from '../support/http.js';
import { runPython } from '../support/python.js';
import { CURATED_SEED } from '../support/sharedGraphs.js';

type Entity = { id: string; schema: string; properties: Record<string, string[]> };
interface ReadBack {
  problems: string[];
  schemata: Record<string, number>;
  entities: Record<string, Entity>;
}

const LINK_SCHEMATA = [
  'Ownership',
  'Directorship',
  'Employment',
  'Sanction',
  'UnknownLink',
  'Event',
];

describe('the FollowTheMoney export (policygraph export --format ftm, /export/graph.ftm.json)', () => {
  const db = useSharedGraph(CURATED_SEED);
  const api = useHttpApi(db.driver, db.database);
  const work = mkdtempSync(path.join(tmpdir(), 'policygraph-ftm-test-'));
  let http: string;
  let read: ReadBack;
  let lines: Entity[];

  beforeAll(async () => {
    const response = await fetch(api.url('/export/graph.ftm.json'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/x-ndjson/);
    http = await response.text();
    const file = path.join(work, 'graph.ftm.json');
    writeFileSync(file, http);
    lines = http
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line));
    const run = await runPython(['test/process/ftm_readback.py', file]);
    expect(run.code, run.stderr).toBe(0);
    read = JSON.parse(run.stdout);
  }, 180_000);
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('is read by the followthemoney package without a problem: schemata, properties, values, references', () => {
    expect(read.problems).toEqual([]);
    expect(Object.keys(read.entities)).toHaveLength(lines.length);
    // Every kind of link this mapping makes is there on the seed.
    for (const schema of [
      'Company',
      'Person',
      'Ownership',
      'Directorship',
      'Sanction',
      'UnknownLink',
    ]) {
      expect(read.schemata[schema], schema).toBeGreaterThan(0);
    }
  });

  it('holds every organization, person and product, and every fact, as the API counts them', async () => {
    const { body } = await api.post({
      query: `{
        kept: entities(filter: { types: [ORGANIZATION, PERSON, PRODUCT] }, first: 1) { totalCount }
        facts(first: 1) { totalCount }
      }`,
    });
    expect(body.errors).toBeUndefined();
    const things = lines.filter((line) => !LINK_SCHEMATA.includes(line.schema));
    expect(things).toHaveLength(body.data.kept.totalCount);
    const links = lines.filter((line) => LINK_SCHEMATA.includes(line.schema));
    const factIds = new Set(links.map((link) => link.properties.recordId?.[0]));
    expect(factIds.has(undefined)).toBe(false);
    expect(factIds.size).toBe(body.data.facts.totalCount);
    for (const link of links)
      expect(link.id.startsWith(`pg-${link.properties.recordId?.[0]}`)).toBe(true);
  });

  it('maps known facts: an Entity List listing, an ownership stake, a board seat', () => {
    const byId = (id: string) => read.entities[id] as Entity;
    const listing = byId('pg-zhipu-ai-entity-listing');
    expect(listing.schema).toBe('Sanction');
    expect(listing.properties).toMatchObject({
      entity: ['pg-zhipu-ai'],
      authority: [expect.stringMatching(/Bureau of Industry and Security|BIS/)],
      program: [expect.stringMatching(/Entity List/)],
      startDate: ['2025-01-16'],
      listingDate: ['2025-01-16'],
    });
    expect(listing.properties.sourceUrl?.length).toBeGreaterThan(0);
    expect(byId('pg-zhipu-ai').schema).toBe('Company');

    const stake = byId('pg-openai-foundation-stake-openai-group-2025');
    expect(stake.schema).toBe('Ownership');
    expect(stake.properties).toMatchObject({
      owner: ['pg-openai-foundation'],
      asset: ['pg-openai'],
      percentage: ['26'],
      startDate: ['2025-10-28'],
      sharesCurrency: ['USD'],
    });

    const seat = byId('pg-dee-templeton-openai-observer');
    expect(seat.schema).toBe('Directorship');
    expect(seat.properties).toMatchObject({
      director: ['pg-dee-templeton'],
      organization: ['pg-openai-foundation'],
      role: ['observer'],
      startDate: ['2024-01-05'],
      endDate: ['2024-07-09'],
    });
    expect(byId('pg-dee-templeton').schema).toBe('Person');
  });

  it('the CLI writes the same file', async () => {
    const out = path.join(work, 'cli.ftm.json');
    const run = runCli(['export', '--format', 'ftm', '--out', out], db.env);
    expect(await run.exited, run.output()).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(http);
  });
});
