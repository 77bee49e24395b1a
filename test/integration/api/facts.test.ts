import {
  type GraphQLNamedType,
  type GraphQLObjectType,
  getNamedType,
  isAbstractType,
  isLeafType,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { buildSchema } from '../../../src/graphql/schema.js';
import { FACT_KIND_LABELS } from '../../../src/seed/model.js';
import { useCuratedApi } from '../../support/api.js';
import { ownFields } from '../../support/schemaFields.js';
import { TEST_API } from '../../support/testApi.js';

/**
 * The GraphQL API's contract on the curated seed, in a real Neo4j.
 * Facts: when they held, how sure we are, their sources, roles and filters.
 */
describe('the API on the curated graph: facts', () => {
  const { ok, codeOf } = useCuratedApi();

  it('say when they held, with precision, status, confidence, notes and quoted sources', async () => {
    const data = await ok(`{
      fact(id: "azure-openai-service-cn-via-21vianet") {
        __typename status confidence notes
        start { text precision earliest latest } end { text }
        sources { quote source { url title publisher published { text precision } } }
        ... on Availability { product { id } region { id } operator { id } audience }
      }
    }`);
    expect(data.fact).toMatchObject({
      __typename: 'Availability',
      status: 'ACTIVE',
      confidence: 'LOW',
      start: {
        text: '2024-07',
        precision: 'MONTH',
        earliest: '2024-07-01',
        latest: '2024-07-31',
      },
      end: null,
      product: { id: 'azure-openai-service' },
      region: { id: 'cn' },
      operator: { id: '21vianet' },
    });
    expect(data.fact.notes).toContain('21Vianet');
    const winbuzzer = data.fact.sources.find((s: any) => s.source.url.includes('winbuzzer.com'));
    expect(winbuzzer.quote).toContain('By partnering with 21Vianet');
    expect(winbuzzer.source.publisher).toBeTruthy();
  });

  it('list every entity a fact involves, with its role', async () => {
    const data = await ok(
      `{ fact(id: "dee-templeton-openai-observer") { involves { role entity { id } } } }`,
    );
    expect(data.fact.involves).toEqual(
      expect.arrayContaining([
        { role: 'HOLDER', entity: { id: 'dee-templeton' } },
        // The nonprofit's board (OpenAI, Inc., now the OpenAI Foundation).
        { role: 'BOARD', entity: { id: 'openai-foundation' } },
        { role: 'ON_BEHALF_OF', entity: { id: 'microsoft' } },
      ]),
    );
    expect(data.fact.involves).toHaveLength(3);
  });

  it("bound the entities that link to one: an organization's products and subsidiaries", async () => {
    const data = await ok(`{ entity(id: "microsoft") { ... on Organization {
      all: products(first: 500) { id provider { id } } two: products(first: 2) { id } subsidiaries { id } } } }`);
    expect(data.entity.all.length).toBeGreaterThan(2);
    expect(data.entity.all.every((p: any) => p.provider.id === 'microsoft')).toBe(true);
    expect(data.entity.two.map((p: any) => p.id)).toEqual(
      data.entity.all.slice(0, 2).map((p: any) => p.id),
    );
    expect(data.entity.subsidiaries).toContainEqual({ id: 'github' });
    const tooMany = await codeOf(
      '{ entity(id: "microsoft") { ... on Organization { products(first: 501) { id } } } }',
    );
    expect(tooMany.code).toBe('BAD_USER_INPUT');
  });

  it('are listed per entity by kind and direction', async () => {
    const data = await ok(`{
      microsoft: entity(id: "microsoft") { ... on Organization {
        investmentsMade(first: 100) { totalCount edges { node { id investee { id } } } }
        investmentsReceived { totalCount }
      } }
      openai: entity(id: "openai") { ... on Organization {
        investmentsReceived(first: 100) { edges { node { id investors { id } } } }
        restrictionsImposed(first: 100) { edges { node { id } } }
      } }
      foundation: entity(id: "openai-foundation") { ... on Organization {
        boardSeats(first: 100) { edges { node { person { id } role } } }
      } }
      cn: entity(id: "cn") { ... on Region { restrictions(first: 100) { edges { node { id imposedBy { id } } } } } }
    }`);
    const made = data.microsoft.investmentsMade.edges.map((e: any) => e.node);
    expect(made.length).toBe(data.microsoft.investmentsMade.totalCount);
    expect(made.map((n: any) => n.id)).toContain('microsoft-investment-openai-2019');
    expect(made.every((n: any) => n.investee.id !== 'microsoft')).toBe(true);
    expect(data.microsoft.investmentsReceived.totalCount).toBe(0);
    const received = data.openai.investmentsReceived.edges.map((e: any) => e.node);
    expect(received.map((n: any) => n.id)).toContain('microsoft-investment-openai-2019');
    expect(received.every((n: any) => n.investors.length > 0)).toBe(true);
    expect(data.openai.restrictionsImposed.edges.map((e: any) => e.node.id)).toContain(
      'openai-api-block-china-2024',
    );
    expect(data.foundation.boardSeats.edges).toContainEqual({
      node: { person: { id: 'dee-templeton' }, role: 'observer' },
    });
    expect(data.cn.restrictions.edges).toContainEqual({
      node: { id: 'openai-api-block-china-2024', imposedBy: { id: 'openai' } },
    });
  });

  it('as of a day: only those that held that day', async () => {
    const seats = async (asOf: string) =>
      (
        await ok(
          `query($asOf: Date) { entity(id: "openai-foundation") { ... on Organization {
            boardSeats(asOf: $asOf, first: 100) { edges { node { id } } } } } }`,
          { asOf },
        )
      ).entity.boardSeats.edges.map((e: any) => e.node.id);
    expect(await seats('2024-03-01')).toContain('dee-templeton-openai-observer');
    expect(await seats('2024-08-01')).not.toContain('dee-templeton-openai-observer');
    expect(await seats('2023-01-01')).not.toContain('bret-taylor-openai-chair');
    expect(await seats('2024-08-01')).toContain('bret-taylor-openai-chair');
  });

  it('are filtered by kind, status and date range', async () => {
    const data = await ok(`{
      exportControls: facts(types: [RESTRICTION], filter: { kinds: ["export-control"] }, first: 100) { edges { node { ... on Restriction { kind } } } }
      ended: facts(filter: { statuses: [ENDED] }, first: 100) { edges { node { status } } }
      in2019: facts(types: [INVESTMENT], filter: { from: "2019-01-01", to: "2019-12-31" }, first: 100) { edges { node { id } } }
    }`);
    expect(data.exportControls.edges.length).toBeGreaterThan(0);
    expect(data.exportControls.edges.every((e: any) => e.node.kind === 'export-control')).toBe(
      true,
    );
    expect(data.ended.edges.length).toBeGreaterThan(0);
    expect(data.ended.edges.every((e: any) => e.node.status === 'ENDED')).toBe(true);
    expect(data.in2019.edges.map((e: any) => e.node.id)).toContain(
      'microsoft-investment-openai-2019',
    );
    expect(data.in2019.edges.map((e: any) => e.node.id)).not.toContain(
      'microsoft-investment-openai-2023',
    );
  });
});

describe('the API on the curated graph: a page of facts reads only what its items ask', () => {
  // Every field of every fact type is more than a client's request may hold or cost.
  const { ok } = useCuratedApi({
    ...TEST_API,
    limits: {
      ...TEST_API.limits,
      maxTokens: 100_000,
      maxCost: 100_000_000,
      maxBodyBytes: 1_000_000,
    },
  });
  const schema = buildSchema();
  const ENTITY_TYPES = ['Organization', 'Person', 'Region', 'Product', 'Policy'];

  /** Every own field of the entities a field may hold, by a fragment on each possible type. */
  function entity(type: GraphQLNamedType): string {
    const possible = isAbstractType(type) ? schema.getPossibleTypes(type) : [type];
    return `id __typename ${possible
      .filter((t) => ENTITY_TYPES.includes(t.name))
      .map((t) => `... on ${t.name} { ${ownFields(t as GraphQLObjectType).join(' ')} }`)
      .join(' ')}`;
  }
  const source = ownFields(schema.getType('Source') as GraphQLObjectType).join(' ');

  /** Every field of a fact type: its own, its sources, its entities, its estimates' sources. */
  function factFields(type: GraphQLObjectType): string {
    return Object.values(type.getFields())
      .filter((field) => field.args.length === 0)
      .map((field) => {
        const named = getNamedType(field.type);
        if (isLeafType(named)) return field.name;
        if (named.name === 'Citation') return `sources { quote source { ${source} } }`;
        if (named.name === 'Involvement')
          return `involves { role entity { ${entity(schema.getType('Entity') as GraphQLNamedType)} } }`;
        if (named.name === 'Estimate')
          return `${field.name} { value currency note source { ${source} } }`;
        if (isAbstractType(named) || ENTITY_TYPES.includes(named.name))
          return `${field.name} { ${entity(named)} }`;
        return ownFields(type).find((own) => own.startsWith(`${field.name} {`)) ?? '';
      })
      .join(' ');
  }

  const factTypes = Object.values(FACT_KIND_LABELS).map(
    (name) => schema.getType(name) as GraphQLObjectType,
  );
  const fragments = factTypes
    .map((type) => `... on ${type.name} { ${factFields(type)} }`)
    .join(' ');
  const investment = factFields(schema.getType('Investment') as GraphQLObjectType);

  it('answers every field of every fact type as reading the whole fact does', async () => {
    const listed = await ok(`{ facts(first: 100) { edges { node { id ${fragments} } } } }`);
    const items = listed.facts.edges.map((edge: any) => edge.node);
    expect(items.length).toBe(100);
    const whole = await ok(`query($ids: [ID!]!) { nodes(ids: $ids) { id ${fragments} } }`, {
      ids: items.map((item: any) => item.id),
    });
    expect(items).toEqual(whole.nodes);
    // The selection holds each kind of field: money, flags, estimates, roles, sources.
    expect(fragments).toMatch(/amount \{ value currency/);
    expect(fragments).toMatch(/undisclosed/);
    expect(fragments).toMatch(/estimates \{ value/);
    expect(fragments).toMatch(/investors \{ id/);
    expect(fragments).toMatch(/sources \{ quote source \{ [^}]*url/);
  });

  it('reads the entities a fact involves as reading them whole does, asked only there', async () => {
    const involves = `involves { role entity { ${entity(schema.getType('Entity') as GraphQLNamedType)} } }`;
    const listed = await ok(`{ facts(first: 100) { edges { node { id ${involves} } } } }`);
    const items = listed.facts.edges.map((edge: any) => edge.node);
    const whole = await ok(
      `query($ids: [ID!]!) { nodes(ids: $ids) { id ... on Fact { ${involves} } } }`,
      {
        ids: items.map((item: any) => item.id),
      },
    );
    expect(items).toEqual(whole.nodes);
  });

  it('reads them so on an entity, and on the entities its facts involve, as in one statement', async () => {
    const nested = `facts(first: 20) { edges { node { id ${fragments} } } }`;
    const data = await ok(`{ entity(id: "microsoft") {
      ${nested}
      ... on Organization { investmentsMade(first: 5) { edges { node { id ${investment} } } } }
    } }`);
    const items = [
      ...data.entity.facts.edges.map((edge: any) => edge.node),
      ...data.entity.investmentsMade.edges.map((edge: any) => edge.node),
    ];
    expect(items.length).toBeGreaterThan(5);
    const whole = await ok(`query($ids: [ID!]!) { nodes(ids: $ids) { id ${fragments} } }`, {
      ids: items.map((item: any) => item.id),
    });
    expect(items).toEqual(whole.nodes);
  });
});
