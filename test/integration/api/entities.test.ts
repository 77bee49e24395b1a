import { createRequire } from 'node:module';
import type { GraphQLObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { buildSchema } from '../../../src/graphql/schema.js';
import { useCuratedApi } from '../../support/api.js';
import { ownFields } from '../../support/schemaFields.js';

/**
 * The GraphQL API's contract on the curated seed, in a real Neo4j.
 * Entities: looked up by id, by name or alias, and as global nodes.
 */
describe('the API on the curated graph: looking entities up', () => {
  const { ok, codeOf } = useCuratedApi();

  it('finds an entity by id, and gives null for an unknown id', async () => {
    const data = await ok(
      '{ known: entity(id: "21vianet") { id name __typename } unknown: entity(id: "no-such-entity") { id } }',
    );
    expect(data.known).toEqual({ id: '21vianet', name: '21Vianet', __typename: 'Organization' });
    expect(data.unknown).toBeNull();
  });

  it('finds an entity by name or alias, ignoring case', async () => {
    const data = await ok(`{
      byName: entity(name: "microsoft") { id }
      byAlias: entity(name: "VNET") { id }
      byAliasLower: entity(name: "vnet") { id }
      nothing: entity(name: "Nonexistent Corp") { id }
      all: entitiesByName(name: "OPENAI") { id }
    }`);
    expect(data.byName).toEqual({ id: 'microsoft' });
    expect(data.byAlias).toEqual({ id: '21vianet' });
    expect(data.byAliasLower).toEqual({ id: '21vianet' });
    expect(data.nothing).toBeNull();
    expect(data.all).toEqual([{ id: 'openai' }]);
  });

  it('does not return a fact or a source as an entity', async () => {
    const data = await ok(
      '{ entity(id: "openai-api-block-china-2024") { id } fact(id: "openai") { id } }',
    );
    expect(data).toEqual({ entity: null, fact: null });
  });

  it('wants exactly one of id and name', async () => {
    expect((await codeOf('{ entity { id } }')).code).toBe('BAD_USER_INPUT');
    expect((await codeOf('{ entity(id: "a", name: "b") { id } }')).code).toBe('BAD_USER_INPUT');
  });

  it('identifies every record globally: node and nodes', async () => {
    const data = await ok(`{
      node(id: "winbuzzer-2024-azure-openai-china") { __typename id ... on Source { publisher } }
      nodes(ids: ["openai", "nope", "microsoft-investment-openai-2019"]) { __typename id }
    }`);
    expect(data.node).toMatchObject({
      __typename: 'Source',
      id: 'winbuzzer-2024-azure-openai-china',
    });
    expect(data.nodes).toEqual([
      { __typename: 'Organization', id: 'openai' },
      null,
      { __typename: 'Investment', id: 'microsoft-investment-openai-2019' },
    ]);
  });

  it('reads every ISO 3166-1 region, and a grouping with its members and the sources naming them', async () => {
    const data = await ok(`{
      regions: entities(filter: { types: [REGION], kinds: ["country", "territory"] }, first: 1) {
        totalCount
      }
      byChineseName: entity(name: "中国") { id }
      hk: entity(id: "hk") { ... on Region { kind code partOf { id } sources { quote } } }
      eu: entity(id: "eu") {
        ... on Region {
          kind
          members { id }
          sources { quote source { id url } }
        }
      }
    }`);
    const iso = (
      createRequire(import.meta.url)('world-countries/countries.json') as { status: string }[]
    ).filter((country) => country.status === 'officially-assigned');
    expect(data.regions.totalCount).toBe(iso.length);
    expect(data.byChineseName).toEqual({ id: 'cn' });
    expect(data.hk).toEqual({ kind: 'territory', code: 'HK', partOf: { id: 'cn' }, sources: [] });
    expect(data.eu.kind).toBe('grouping');
    expect(data.eu.members).toHaveLength(27);
    expect(data.eu.members.map((member: { id: string }) => member.id)).toContain('de');
    expect(data.eu.sources).toEqual([
      {
        quote: expect.stringContaining('27 member states'),
        source: {
          id: 'countries-worldwide-eu-countries',
          url: 'https://countries-worldwide.com/european-union-countries',
        },
      },
    ]);
  });

  it('refuses more than 100 ids at once, saying the limit', async () => {
    const ids = Array.from({ length: 101 }, (_, i) => `id-${i}`);
    const { code, message } = await codeOf('query($ids: [ID!]!) { nodes(ids: $ids) { id } }', {
      ids,
    });
    expect(code).toBe('BAD_USER_INPUT');
    expect(message).toContain('at most 100');
  });
});

describe('the API on the curated graph: a list of entities reads only what its items ask', () => {
  const { ok } = useCuratedApi();

  it('answers every own field of every entity type as reading the whole entity does', async () => {
    const schema = buildSchema();
    const types = ['Organization', 'Person', 'Region', 'Product', 'Policy'].map(
      (name) => schema.getType(name) as GraphQLObjectType,
    );
    const fragments = types
      .map((type) => `... on ${type.name} { ${ownFields(type).join(' ')} }`)
      .join(' ');
    const listed = await ok(`{ entities(first: 100) { edges { node { id ${fragments} } } } }`);
    const items = listed.entities.edges.map((edge: any) => edge.node);
    expect(items.length).toBe(100);
    const whole = await ok(`query($ids: [ID!]!) { nodes(ids: $ids) { id ${fragments} } }`, {
      ids: items.map((item: any) => item.id),
    });
    expect(items).toEqual(whole.nodes);
    // The fields include the types' own: dates, identifiers, codes.
    expect(fragments).toMatch(/founded \{ text/);
    expect(fragments).toMatch(/identifiers \{ wikidata/);
  });
});
