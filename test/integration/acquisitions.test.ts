import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSeed } from '../../src/load/load.js';
import { createApp } from '../../src/server/app.js';
import { useFixtureSeed } from '../support/fixtureSeed.js';

/**
 * A fact kind added through the model alone (src/model/facts.ts): the seed schema, the load and
 * the API follow. Loaded from a test-only fixture beside the small seed.
 */
describe('acquisitions, a fact kind written once in the model', () => {
  const { db, ok, dir } = useFixtureSeed('test/fixtures/acquisitions');

  it('reads an acquisition with its roles, price, dates and status', async () => {
    const data = await ok(`{
      fact(id: "example-cloud-group-sample-vision-labs-2023") {
        __typename status confidence
        ... on Acquisition {
          kind terms share
          acquirer { id name }
          acquired { id }
          price { value currency }
          announced { text precision }
          closed { text earliest }
          date { text }
          sources { source { id } quote }
          involves { role entity { id } }
        }
      }
    }`);
    expect(data.fact).toEqual({
      __typename: 'Acquisition',
      status: 'COMPLETED',
      confidence: 'HIGH',
      kind: 'whole-company',
      terms: 'all cash',
      share: null,
      acquirer: { id: 'example-cloud-group', name: 'Example Cloud Group' },
      acquired: { id: 'sample-vision-labs' },
      price: { value: 1200000000, currency: 'USD' },
      announced: { text: '2023-03', precision: 'MONTH' },
      closed: { text: '2023-09-14', earliest: '2023-09-14' },
      date: { text: '2023-09-14' },
      sources: [
        {
          source: { id: 'example-acquisition-release' },
          quote: 'Example Cloud Group has completed its acquisition of Sample Vision Labs.',
        },
      ],
      // Single roles have no curator's order.
      involves: expect.arrayContaining([
        { role: 'ACQUIRER', entity: { id: 'example-cloud-group' } },
        { role: 'ACQUIRED', entity: { id: 'sample-vision-labs' } },
      ]),
    });
    expect(data.fact.involves).toHaveLength(2);
  });

  it('lists them on both organizations, in the fields the model names', async () => {
    const data = await ok(`{
      buyer: entity(id: "example-cloud-group") {
        ... on Organization { acquisitions { totalCount edges { node { id } } } }
      }
      target: entity(id: "demo-chip-works") {
        ... on Organization {
          acquiredBy { edges { node { id status share price { value } } } }
          acquisitions { totalCount }
        }
      }
    }`);
    expect(data.buyer.acquisitions).toEqual({
      totalCount: 2,
      edges: [
        { node: { id: 'example-cloud-group-sample-vision-labs-2023' } },
        { node: { id: 'example-cloud-group-demo-chip-works-2024' } },
      ],
    });
    expect(data.target).toEqual({
      acquiredBy: {
        edges: [
          {
            node: {
              id: 'example-cloud-group-demo-chip-works-2024',
              status: 'BLOCKED',
              share: 51,
              price: null,
            },
          },
        ],
      },
      acquisitions: { totalCount: 0 },
    });
  });

  it('filters by type, role and status; a blocked deal never held, so "as of" leaves it out', async () => {
    const data = await ok(`{
      all: facts(types: [ACQUISITION]) { totalCount }
      blocked: facts(types: [ACQUISITION], filter: { statuses: [BLOCKED] }) { edges { node { id } } }
      asOf: facts(types: [ACQUISITION], asOf: "2024-01-01") { edges { node { id } } }
      byRole: entity(id: "sample-vision-labs") {
        facts(roles: [ACQUIRED]) { edges { node { __typename id } } }
      }
      investments: facts(types: [INVESTMENT]) { totalCount }
    }`);
    expect(data.all.totalCount).toBe(2);
    expect(data.blocked.edges).toEqual([
      { node: { id: 'example-cloud-group-demo-chip-works-2024' } },
    ]);
    expect(data.asOf.edges).toEqual([
      { node: { id: 'example-cloud-group-sample-vision-labs-2023' } },
    ]);
    expect(data.byRole.facts.edges).toEqual([
      { node: { __typename: 'Acquisition', id: 'example-cloud-group-sample-vision-labs-2023' } },
    ]);
    // The small seed's own facts are still there, unchanged by the new kind.
    expect(data.investments.totalCount).toBeGreaterThan(0);
  });

  it('reaches the exports with every field of its own: price, share, terms and its dates', async () => {
    const app = createApp({ driver: db.driver(), database: db.database });
    const response = await app.fetch('http://localhost/export/graph.ndjson');
    expect(response.status).toBe(200);
    const lines = (await response.text())
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    const completed = lines.find(
      (line) => line.id === 'example-cloud-group-sample-vision-labs-2023',
    );
    expect(completed).toMatchObject({
      element: 'node',
      group: 'fact',
      type: 'ACQUISITION',
      kind: 'whole-company',
      price: 1200000000,
      priceCurrency: 'USD',
      terms: 'all cash',
      announced: '2023-03',
      announcedEarliest: '2023-03-01',
      announcedLatest: '2023-03-31',
      closed: '2023-09-14',
      status: 'COMPLETED',
    });
    const blocked = lines.find((line) => line.id === 'example-cloud-group-demo-chip-works-2024');
    expect(blocked).toMatchObject({ kind: 'majority-stake', share: 51, status: 'BLOCKED' });
    expect(blocked).not.toHaveProperty('price');

    // The same columns in the CSV files.
    const csv = await app.fetch('http://localhost/export/nodes.csv');
    const header = (await csv.text()).split('\n')[0]?.split(',') ?? [];
    expect(header).toEqual(
      expect.arrayContaining([
        'price',
        'priceCurrency',
        'share',
        'terms',
        'announced',
        'closedLatest',
      ]),
    );
  });

  it('refuses a status the kind does not have, naming the file and the field', async () => {
    const bad = mkdtempSync(path.join(tmpdir(), 'policygraph-acquisitions-bad-'));
    try {
      cpSync(dir, bad, { recursive: true });
      const file = path.join(bad, 'acquisitions.yaml');
      writeFileSync(file, readFileSync(file, 'utf8').replace('status: blocked', 'status: active'));
      await expect(loadSeed(db.driver(), db.database, bad)).rejects.toThrow(
        /acquisitions\.yaml[\s\S]*status/,
      );
    } finally {
      rmSync(bad, { recursive: true, force: true });
    }
  });
});
