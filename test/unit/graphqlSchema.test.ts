import { type GraphQLEnumType, GraphQLObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { kindOfType } from '../../src/graphql/mappers.js';
import { buildSchema } from '../../src/graphql/schema.js';
import { FACT_ROLE_TYPES, ROLE_TYPES } from '../../src/queries/roles.js';
import { COLLECTIONS } from '../../src/seed/model.js';

/** The SDL and the seed model must not drift apart. */
describe('the GraphQL schema', () => {
  const schema = buildSchema();
  const object = (name: string) => {
    const type = schema.getType(name);
    if (!(type instanceof GraphQLObjectType)) throw new Error(`${name} is not an object type`);
    return type;
  };
  const enumValues = (name: string) =>
    (schema.getType(name) as GraphQLEnumType).getValues().map((value) => value.name);

  it('has a type for every kind of record, under the right interfaces', () => {
    for (const collection of COLLECTIONS) {
      const interfaces = object(collection.label)
        .getInterfaces()
        .map((i) => i.name)
        .sort();
      const expected = { entity: ['Entity', 'Node'], fact: ['Fact', 'Node'], source: ['Node'] };
      expect(interfaces, collection.label).toEqual(expected[collection.group]);
    }
  });

  it('names every fact and entity kind in its type enums', () => {
    const kinds = (group: string) =>
      COLLECTIONS.filter((c) => c.group === group)
        .map((c) => c.kind)
        .sort();
    expect(enumValues('FactType').map(kindOfType).sort()).toEqual(kinds('fact'));
    expect(enumValues('EntityType').map(kindOfType).sort()).toEqual(kinds('entity'));
  });

  it('has a role for every relationship from a fact to an entity', () => {
    expect(enumValues('FactRole').sort()).toEqual(Object.keys(ROLE_TYPES).sort());
    const covered = new Set(Object.values(ROLE_TYPES).flat());
    for (const type of FACT_ROLE_TYPES) expect(covered, type).toContain(type);
  });

  it('resolves every field of a record type explicitly (records keep properties apart)', () => {
    for (const collection of COLLECTIONS) {
      for (const field of Object.values(object(collection.label).getFields())) {
        expect(field.resolve, `${collection.label}.${field.name}`).toBeTypeOf('function');
      }
    }
  });

  it('reads only: no mutations, no subscriptions', () => {
    expect(schema.getMutationType()).toBeUndefined();
    expect(schema.getSubscriptionType()).toBeUndefined();
  });
});
