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
import { buildSchema } from '../../src/graphql/schema.js';
import { apiClient } from '../support/api.js';
import { useSharedGraph } from '../support/database.js';
import { CURATED_SEED } from '../support/sharedGraphs.js';
import { TEST_API } from '../support/testApi.js';

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

/**
 * Page sizes: large, for few round trips. A page of every field two levels down reads several MB
 * from Neo4j (every entity a fact names brings the count of every connection of its type), so
 * the response byte limit is raised with the others below.
 */
const PAGE = { facts: 100, entities: 100 };

describe('every field of every type', () => {
  const db = useSharedGraph(CURATED_SEED);
  // These requests are far over the default limits on purpose: together they read the whole graph.
  const request = apiClient(db.driver, db.database, {
    ...TEST_API,
    limits: {
      ...TEST_API.limits,
      maxTokens: 1e6,
      maxCost: 1e15,
      maxDepth: 50,
      maxAliases: 1e5,
      maxResponseBytes: 256e6,
    },
  });
  const type = (name: string) => schema.getType(name) as GraphQLNamedType;

  /** Every node of a root list, page after page, each with every field `depth` levels down. */
  async function readAll(list: 'facts' | 'entities', depth: number): Promise<string[]> {
    const node = selectAll(type(list === 'facts' ? 'Fact' : 'Entity'), depth);
    const size = PAGE[list];
    const ids: string[] = [];
    let after: string | null = null;
    let total = Number.NaN;
    for (let page = 0; ; page++) {
      const response: any = await request(
        `query ($after: String) { ${list}(first: ${size}, after: $after) {
        totalCount pageInfo { hasNextPage endCursor } edges { node ${node} } } }`,
        { after },
      );
      expect(response.errors, `${list}, page ${page}`).toBeUndefined();
      const connection = response.data[list];
      total = connection.totalCount;
      ids.push(...connection.edges.map((edge: any) => edge.node.id));
      if (!connection.pageInfo.hasNextPage) break;
      expect(page, 'no more pages than the count needs').toBeLessThan(Math.ceil(total / size));
      after = connection.pageInfo.endCursor;
    }
    expect(ids).toHaveLength(total);
    expect(new Set(ids).size).toBe(total);
    return ids;
  }

  it('resolves without an error on every fact of the curated graph', async () => {
    // Two levels: a fact's own fields and those of its parts, sources and entities. The
    // entities' own links and connections are read, for every entity, by the test below.
    const ids = await readAll('facts', 2);
    // The curated graph, not a sample of it: far more than one page.
    expect(ids.length).toBeGreaterThan(5 * PAGE.facts);
  }, 120_000);

  it('resolves without an error on every entity of the curated graph', async () => {
    const ids = await readAll('entities', 2);
    expect(ids.length).toBeGreaterThan(2 * PAGE.entities);
  }, 120_000);
});
