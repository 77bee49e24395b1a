import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSeed } from '../../src/load/load.js';
import { createApp } from '../../src/server/app.js';
import { useFixtureSeed } from '../support/fixtureSeed.js';

/**
 * Ownership stakes, a fact kind added through the model: a share held over a period, or on the
 * day it was disclosed. Loaded from a test-only fixture beside the small seed.
 */
describe('ownership stakes: who holds how much of an organization, when', () => {
  const { db, ok, dir } = useFixtureSeed('test/fixtures/ownership-stakes');

  it('reads a stake with its holder, the organization held, share, class, value and period', async () => {
    const data = await ok(`{
      fact(id: "example-holding-stake-sample-robotics-2023") {
        __typename status
        start { text } end { text } date { text }
        ... on OwnershipStake {
          share shareClass
          value { value currency }
          holder { __typename id }
          held { id name }
          involves { role entity { id } }
        }
      }
    }`);
    expect(data.fact).toEqual({
      __typename: 'OwnershipStake',
      status: 'ACTIVE',
      start: { text: '2023-06-30' },
      end: null,
      date: null,
      share: 45,
      shareClass: 'preferred shares',
      value: { value: 900000000, currency: 'USD' },
      holder: { __typename: 'Organization', id: 'example-holding-group' },
      held: { id: 'sample-robotics', name: 'Sample Robotics' },
      involves: expect.arrayContaining([
        { role: 'HOLDER', entity: { id: 'example-holding-group' } },
        { role: 'HELD', entity: { id: 'sample-robotics' } },
      ]),
    });
    expect(data.fact.involves).toHaveLength(2);
  });

  it('lists them on the holder (an organization or a person) and on the organization held', async () => {
    const data = await ok(`{
      group: entity(id: "example-holding-group") {
        ... on Organization {
          stakesHeld { totalCount edges { node { id status } } }
          ownedBy { totalCount }
        }
      }
      person: entity(id: "jane-example") {
        ... on Person { stakesHeld { edges { node { id share date { text } } } } }
      }
      held: entity(id: "sample-robotics") {
        ... on Organization { ownedBy(filter: { statuses: [ACTIVE] }) { edges { node { id } } } }
      }
    }`);
    expect(data.group).toEqual({
      stakesHeld: {
        totalCount: 3,
        edges: [
          { node: { id: 'example-holding-stake-sample-robotics-2021', status: 'ENDED' } },
          { node: { id: 'example-holding-stake-sample-robotics-2023', status: 'ACTIVE' } },
          { node: { id: 'example-holding-warrant-sample-robotics', status: 'CANCELLED' } },
        ],
      },
      ownedBy: { totalCount: 0 },
    });
    expect(data.person.stakesHeld.edges).toEqual([
      {
        node: {
          id: 'jane-example-stake-sample-robotics',
          share: 12.5,
          date: { text: '2024-03-31' },
        },
      },
    ]);
    expect(data.held.ownedBy.edges.map((edge: any) => edge.node.id).sort()).toEqual([
      'example-holding-stake-sample-robotics-2023',
      'jane-example-stake-sample-robotics',
    ]);
  });

  it('answers "who owned it then": a stake holds from its start until its end; a cancelled one never did', async () => {
    const held = async (asOf: string) =>
      (
        await ok(`{
          facts(types: [OWNERSHIP_STAKE], asOf: "${asOf}") { edges { node { id } } }
        }`)
      ).facts.edges.map((edge: any) => edge.node.id);
    expect(await held('2022-01-01')).toEqual(['example-holding-stake-sample-robotics-2021']);
    // After the change of 2023-06-30, only the new stake.
    expect(await held('2023-07-01')).toEqual(['example-holding-stake-sample-robotics-2023']);
    expect(await held('2026-01-01')).toEqual(
      expect.arrayContaining([
        'example-holding-stake-sample-robotics-2023',
        'jane-example-stake-sample-robotics',
      ]),
    );
    expect(await held('2026-01-01')).not.toContain('example-holding-warrant-sample-robotics');
  });

  it('reaches the exports with its own fields: share, class and value', async () => {
    const app = createApp({ driver: db.driver(), database: db.database });
    const response = await app.fetch('http://localhost/export/graph.ndjson');
    expect(response.status).toBe(200);
    const lines = (await response.text())
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(
      lines.find((line) => line.id === 'example-holding-stake-sample-robotics-2023'),
    ).toMatchObject({
      element: 'node',
      group: 'fact',
      type: 'OWNERSHIP_STAKE',
      share: 45,
      shareClass: 'preferred shares',
      value: 900000000,
      valueCurrency: 'USD',
      start: '2023-06-30',
      status: 'ACTIVE',
    });
    expect(
      lines.find(
        (line) =>
          line.element === 'edge' &&
          line.source === 'jane-example-stake-sample-robotics' &&
          line.target === 'jane-example',
      ),
    ).toMatchObject({ role: 'HOLDER' });
  });

  it('refuses a status the kind does not have: a stake is held, it is not completed', async () => {
    const bad = mkdtempSync(path.join(tmpdir(), 'policygraph-stakes-bad-'));
    try {
      cpSync(dir, bad, { recursive: true });
      const file = path.join(bad, 'ownership-stakes.yaml');
      writeFileSync(
        file,
        readFileSync(file, 'utf8').replace('status: cancelled', 'status: completed'),
      );
      await expect(loadSeed(db.driver(), db.database, bad)).rejects.toThrow(
        /ownership-stakes\.yaml[\s\S]*status/,
      );
    } finally {
      rmSync(bad, { recursive: true, force: true });
    }
  });
});
