import {
  type GraphQLField,
  type GraphQLNamedType,
  getNamedType,
  isAbstractType,
  isLeafType,
  isObjectType,
  isRequiredArgument,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { DEFAULT_API, DEFAULT_LIMITS } from '../../src/config.js';
import { buildSchema } from '../../src/graphql/schema.js';
import { apiClient } from '../support/api.js';
import { useSharedGraph } from '../support/database.js';
import { CURATED_SEED } from '../support/sharedGraphs.js';

const schema = buildSchema();

/**
 * A selection of every field of a type, `depth` levels down, through every implementation of
 * an interface; fields that need arguments are skipped.
 */
function selectAll(type: GraphQLNamedType, depth: number): string {
  if (isLeafType(type)) return '';
  if (isAbstractType(type)) {
    const fragments = schema
      .getPossibleTypes(type)
      .map((object) => `... on ${object.name} ${selectAll(object, depth)}`);
    return `{ __typename ${fragments.join(' ')} }`;
  }
  if (!isObjectType(type)) return '';
  const fields = Object.values(type.getFields()).flatMap(
    (field: GraphQLField<unknown, unknown>) => {
      if (field.args.some(isRequiredArgument)) return [];
      const named = getNamedType(field.type);
      if (isLeafType(named)) return [field.name];
      if (depth === 0) return [];
      return [`${field.name} ${selectAll(named, depth - 1)}`];
    },
  );
  return `{ ${fields.join(' ')} }`;
}

describe('every field of every type', () => {
  const db = useSharedGraph(CURATED_SEED);
  // This request is far over the default limits on purpose: it reads the whole graph.
  const request = apiClient(db.driver, db.database, {
    ...DEFAULT_API,
    limits: { ...DEFAULT_LIMITS, maxTokens: 1e6, maxCost: 1e15, maxDepth: 50, maxAliases: 1e5 },
  });

  it('resolves without an error on every entity and fact of the curated graph', async () => {
    const type = (name: string) => schema.getType(name) as GraphQLNamedType;
    const response = await request<any>(`{
      facts(first: 100) { totalCount edges { node ${selectAll(type('Fact'), 3)} } }
      entities(first: 100) { totalCount edges { node ${selectAll(type('Entity'), 2)} } }
    }`);
    expect(response.errors).toBeUndefined();
    expect(response.data.facts.edges).toHaveLength(response.data.facts.totalCount);
    expect(response.data.entities.edges).toHaveLength(response.data.entities.totalCount);
  });
});
