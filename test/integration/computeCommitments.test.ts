import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/server/app.js';
import { useFixtureSeed } from '../support/fixtureSeed.js';

/**
 * Compute commitments, a fact kind added through the model: a buyer's commitment to buy compute
 * from a provider, with an amount that may be a ceiling ("up to") or undisclosed. Loaded from a
 * test-only fixture beside the small seed.
 */
describe('compute commitments: who committed to buy how much compute from whom', () => {
  const { db, ok } = useFixtureSeed('test/fixtures/compute-commitments');

  it('reads a contracted commitment with its buyer, provider, products, amount, term and dates', async () => {
    const data = await ok(`{
      fact(id: "example-ai-lab-example-cloud-2024") {
        __typename status start { text }
        ... on ComputeCommitment {
          buyer { id } provider { id name } products { id }
          amount { value currency } amountBound undisclosed
          capacity term announced { text precision }
        }
      }
    }`);
    expect(data.fact).toEqual({
      __typename: 'ComputeCommitment',
      status: 'ACTIVE',
      start: { text: '2024-03-10' },
      buyer: { id: 'example-ai-lab' },
      provider: { id: 'example-cloud-co', name: 'Example Cloud Co' },
      products: [{ id: 'example-cloud' }],
      amount: { value: 12000000000, currency: 'USD' },
      amountBound: null,
      undisclosed: false,
      capacity: '1 GW',
      term: 'five years',
      announced: { text: '2024-03-10', precision: 'DAY' },
    });
  });

  it('keeps a ceiling apart from an amount, and an undisclosed amount apart from both', async () => {
    const data = await ok(`{
      lab: entity(id: "example-ai-lab") {
        ... on Organization {
          computeCommitmentsMade(orderBy: DATE_ASC) {
            totalCount
            edges { node { id status amount { value } amountBound undisclosed } }
          }
        }
      }
      cloud: entity(id: "example-cloud") {
        ... on Product { computeCommitments { edges { node { id } } } }
      }
      microsoft: entity(id: "microsoft") {
        ... on Organization { computeCommitmentsReceived { edges { node { id end { text } } } } }
      }
    }`);
    expect(data.lab.computeCommitmentsMade).toEqual({
      totalCount: 3,
      edges: [
        {
          node: {
            id: 'microsoft-example-ai-lab-2022',
            status: 'ENDED',
            amount: null,
            amountBound: null,
            undisclosed: true,
          },
        },
        {
          node: {
            id: 'example-ai-lab-example-cloud-2024',
            status: 'ACTIVE',
            amount: { value: 12000000000 },
            amountBound: null,
            undisclosed: false,
          },
        },
        {
          node: {
            id: 'example-ai-lab-example-cloud-letter-2025',
            status: 'ANNOUNCED',
            amount: { value: 50000000000 },
            amountBound: 'up-to',
            undisclosed: false,
          },
        },
      ],
    });
    expect(data.cloud.computeCommitments.edges).toEqual([
      { node: { id: 'example-ai-lab-example-cloud-2024' } },
    ]);
    expect(data.microsoft.computeCommitmentsReceived.edges).toEqual([
      { node: { id: 'microsoft-example-ai-lab-2022', end: { text: '2024-12' } } },
    ]);
  });

  it('filters by status and by "as of": the ended contract held in 2023, not in 2025', async () => {
    const data = await ok(`{
      letters: facts(types: [COMPUTE_COMMITMENT], filter: { statuses: [ANNOUNCED] }) {
        edges { node { id } }
      }
      in2023: facts(types: [COMPUTE_COMMITMENT], asOf: "2023-06-01") { edges { node { id } } }
      in2025: facts(types: [COMPUTE_COMMITMENT], asOf: "2025-06-01") { edges { node { id } } }
    }`);
    expect(data.letters.edges).toEqual([
      { node: { id: 'example-ai-lab-example-cloud-letter-2025' } },
    ]);
    expect(data.in2023.edges).toEqual([{ node: { id: 'microsoft-example-ai-lab-2022' } }]);
    expect(data.in2025.edges).toEqual([{ node: { id: 'example-ai-lab-example-cloud-2024' } }]);
  });

  it('reaches the exports with its own fields', async () => {
    const app = createApp({ driver: db.driver(), database: db.database });
    const lines = (await (await app.fetch('http://localhost/export/graph.ndjson')).text())
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(
      lines.find((line) => line.id === 'example-ai-lab-example-cloud-letter-2025'),
    ).toMatchObject({
      type: 'COMPUTE_COMMITMENT',
      amount: 50000000000,
      currency: 'USD',
      amountBound: 'up-to',
      announced: '2025-09-22',
      date: '2025-09-22',
      status: 'ANNOUNCED',
    });
    const ended = lines.find((line) => line.id === 'microsoft-example-ai-lab-2022');
    expect(ended).toMatchObject({ undisclosed: true, capacity: '2 GW', end: '2024-12' });
    expect(ended).not.toHaveProperty('amount');
  });
});
