import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/server/app.js';
import { useFixtureSeed } from '../support/fixtureSeed.js';

/**
 * Export licences, a fact kind added through the model: an authority lets an exporter ship
 * products to destinations or customers under a control, on conditions, until it ends or is
 * revoked. Loaded from a test-only fixture beside the small seed.
 */
describe('export licences: who may ship what where, under which control', () => {
  const { db, ok } = useFixtureSeed('test/fixtures/export-licences');

  it('reads a licence with its authority, licensee, products, destination, customer, control and conditions', async () => {
    const data = await ok(`{
      fact(id: "example-accelerator-licence-cn-2025") {
        __typename status start { text }
        ... on ExportLicence {
          kind conditions granted { text }
          grantedBy { id } licensees { id } products { id }
          destinations { id code } customers { id } policy { id }
          involves { role entity { id } }
        }
      }
    }`);
    expect(data.fact).toEqual({
      __typename: 'ExportLicence',
      status: 'ACTIVE',
      start: { text: '2025-08-08' },
      kind: 'individual',
      conditions: '15% of revenue from the sales paid to the government',
      granted: { text: '2025-08-08' },
      grantedBy: { id: 'example-export-agency' },
      licensees: [{ id: 'example-chips' }],
      products: [{ id: 'example-accelerator' }],
      destinations: [{ id: 'cn', code: 'CN' }],
      customers: [{ id: 'example-buyer' }],
      policy: { id: 'example-export-control' },
      involves: expect.arrayContaining([
        { role: 'GRANTOR', entity: { id: 'example-export-agency' } },
        { role: 'LICENSEE', entity: { id: 'example-chips' } },
        { role: 'PRODUCT', entity: { id: 'example-accelerator' } },
        { role: 'DESTINATION', entity: { id: 'cn' } },
        { role: 'CUSTOMER', entity: { id: 'example-buyer' } },
        { role: 'POLICY', entity: { id: 'example-export-control' } },
      ]),
    });
    expect(data.fact.involves).toHaveLength(6);
  });

  it('lists them on the authority, the exporter, the customer, the product, the region and the control', async () => {
    const ids = (connection: { edges: { node: { id: string } }[] }) =>
      connection.edges.map((edge) => edge.node.id);
    const data = await ok(`{
      agency: entity(id: "example-export-agency") {
        ... on Organization { exportLicencesGranted { totalCount } }
      }
      exporter: entity(id: "example-chips") {
        ... on Organization { exportLicencesHeld { edges { node { id } } } }
      }
      buyer: entity(id: "example-buyer") {
        ... on Organization {
          exportLicencesAsCustomer { edges { node { id } } }
          exportLicencesHeld { edges { node { id } } }
        }
      }
      chip: entity(id: "example-accelerator") {
        ... on Product { exportLicences(filter: { statuses: [REVOKED] }) { edges { node { id } } } }
      }
      china: entity(id: "cn") { ... on Region { exportLicences { edges { node { id } } } } }
      control: entity(id: "example-export-control") {
        ... on Policy { exportLicences(filter: { kinds: ["general"] }) { edges { node { id } } } }
      }
    }`);
    expect(data.agency.exportLicencesGranted.totalCount).toBe(4);
    expect(ids(data.exporter.exportLicencesHeld)).toEqual([
      'example-accelerator-licence-hk-revoked',
      'example-accelerator-licence-denied-2024',
      'example-accelerator-licence-cn-2025',
    ]);
    expect(ids(data.buyer.exportLicencesAsCustomer)).toEqual([
      'example-accelerator-licence-cn-2025',
    ]);
    expect(ids(data.buyer.exportLicencesHeld)).toEqual(['example-general-licence-2019']);
    expect(ids(data.chip.exportLicences)).toEqual(['example-accelerator-licence-hk-revoked']);
    expect(ids(data.china.exportLicences)).toEqual([
      'example-accelerator-licence-denied-2024',
      'example-accelerator-licence-cn-2025',
    ]);
    expect(ids(data.control.exportLicences)).toEqual(['example-general-licence-2019']);
  });

  it('"as of" keeps a licence while it was in force; a denied one never was', async () => {
    const held = async (asOf: string) =>
      (
        await ok(`{ facts(types: [EXPORT_LICENCE], asOf: "${asOf}") { edges { node { id } } } }`)
      ).facts.edges.map((edge: any) => edge.node.id);
    expect(await held('2020-01-01')).toEqual(['example-general-licence-2019']);
    expect(await held('2023-06-01')).toEqual(['example-accelerator-licence-hk-revoked']);
    expect(await held('2025-09-01')).toEqual(['example-accelerator-licence-cn-2025']);
  });

  it('reaches the exports with its own fields and its roles as edges', async () => {
    const app = createApp({ driver: db.driver(), database: db.database });
    const lines = (await (await app.fetch('http://localhost/export/graph.ndjson')).text())
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines.find((line) => line.id === 'example-accelerator-licence-cn-2025')).toMatchObject({
      type: 'EXPORT_LICENCE',
      kind: 'individual',
      conditions: '15% of revenue from the sales paid to the government',
      granted: '2025-08-08',
      status: 'ACTIVE',
    });
    const roles = lines
      .filter(
        (line) => line.element === 'edge' && line.source === 'example-accelerator-licence-cn-2025',
      )
      .map((line) => line.role)
      .filter(Boolean)
      .sort();
    expect(roles).toEqual(['CUSTOMER', 'DESTINATION', 'GRANTOR', 'LICENSEE', 'POLICY', 'PRODUCT']);
  });
});
