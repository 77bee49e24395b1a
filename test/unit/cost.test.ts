import { readdirSync, readFileSync } from 'node:fs';
import { type GraphQLField, isInterfaceType, isObjectType, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../src/config.js';
import { BOUNDS, MAX_IDS } from '../../src/graphql/args.js';
import {
  countArguments,
  countingVariables,
  LINKED_RECORDS,
  rememberedCosts,
  requestCost,
} from '../../src/graphql/cost.js';
import { buildSchema } from '../../src/graphql/schema.js';

const schema = buildSchema();
const costOf = (query: string, variables?: Record<string, unknown>, operationName?: string) =>
  requestCost(schema, parse(query), variables, operationName);
const cost = (query: string, variables?: Record<string, unknown>) => {
  const measured = costOf(query, variables);
  if (measured.outcome !== 'counted') throw new Error(`not counted: ${measured.outcome}`);
  return measured.cost;
};

/** `entities { edges { node { id } } }`: per item, the edge, the node and its id. */
const PER_ENTITY = 1 + 1 + 1 + 1;

describe('the cost of a request', () => {
  it('is 1 per field, plus the selection of each object', () => {
    expect(cost('{ entity(id: "openai") { id name } }')).toBe(1 + 2);
    expect(cost('{ entity(id: "openai") { id aliases } }'), 'a list of values is one value').toBe(
      1 + 2,
    );
  });

  it("counts a connection's selection once per item of `first`, written, in a variable or by default", () => {
    expect(cost('{ entities(first: 5) { edges { node { id } } } }')).toBe(5 * PER_ENTITY);
    expect(cost('query($n: Int) { entities(first: $n) { edges { node { id } } } }', { n: 5 })).toBe(
      5 * PER_ENTITY,
    );
    expect(cost('{ entities { edges { node { id } } } }')).toBe(20 * PER_ENTITY);
    expect(cost('query($n: Int = 7) { entities(first: $n) { edges { node { id } } } }')).toBe(
      7 * PER_ENTITY,
    );
  });

  it("takes a count as the resolver will: null is the resolver's default, past the maximum is the maximum", () => {
    expect(cost('{ entities(first: null) { edges { node { id } } } }')).toBe(
      BOUNDS.page.fallback * PER_ENTITY,
    );
    // The resolver refuses first: 100000 with BAD_USER_INPUT; the cost does not refuse it first.
    expect(cost('{ entities(first: 100000) { edges { node { id } } } }')).toBe(
      BOUNDS.page.max * PER_ENTITY,
    );
  });

  it('multiplies nested lists', () => {
    expect(
      cost(`{ entity(id: "openai") { timeline(first: 50) { fact { involves { entity {
        timeline(first: 50) { change } } } } } } }`),
    ).toBe(1 + 50 * (1 + 1 + LINKED_RECORDS * (1 + 1 + 50 * (1 + 1))));
  });

  it('counts each id given to nodes, repeated ones too', () => {
    const query = 'query($ids: [ID!]!) { nodes(ids: $ids) { id } }';
    expect(cost(query, { ids: ['openai'] })).toBe(2);
    expect(cost(query, { ids: Array.from({ length: 100 }, () => 'openai') })).toBe(200);
    expect(cost(query, { ids: Array.from({ length: 500 }, () => 'x') })).toBe(MAX_IDS * 2);
  });

  it('counts paths per step, neighbourhoods per fact in each ring', () => {
    const paths = (args: string) => `{ shortestPaths(from: "a", to: "b"${args}) { length } }`;
    expect(cost(paths(''))).toBe(5 * 4 * 2);
    expect(cost(paths(', first: 2, maxHops: 6'))).toBe(2 * 6 * 2);
    const hood = (args: string) => `{ neighbourhood(id: "a"${args}) { truncated } }`;
    expect(cost(hood(''))).toBe(100 * 2);
    expect(cost(hood(', depth: 2, limit: 500'))).toBe(2 * 500 * 2);
  });

  it(`counts a list of linked records as ${LINKED_RECORDS}`, () => {
    expect(cost('{ fact(id: "f") { sources { quote } } }')).toBe(1 + LINKED_RECORDS * 2);
    expect(cost('{ entitiesByName(name: "x") { id } }')).toBe(LINKED_RECORDS * 2);
  });

  it('counts the costliest type of an abstract selection, through fragments', () => {
    const query = `{ node(id: "x") { id ...Org ... on Person { name } } }
      fragment Org on Organization { products(first: 3) { id } }`;
    expect(cost(query)).toBe(1 + 1 + 3 * 2);
  });

  it('leaves out introspection, and fields skipped by a variable', () => {
    expect(cost('{ __schema { types { name fields { name } } } }')).toBe(0);
    expect(cost('{ __typename }')).toBe(0);
    const skipped =
      'query($skip: Boolean!) { entity(id: "a") { id timeline @skip(if: $skip) { change } } }';
    expect(cost(skipped, { skip: true })).toBe(2);
    expect(cost(skipped, { skip: false })).toBe(2 + 100 * 2);
  });

  it('counts only the operation that runs', () => {
    const document = `query A { entity(id: "a") { id } } query B { entities { edges { node { id } } } }`;
    expect(costOf(document, {}, 'A')).toMatchObject({ cost: 2 });
    expect(costOf(document, {}, 'B')).toMatchObject({ cost: 20 * PER_ENTITY });
  });

  it('names the costliest branch down to its last list', () => {
    const measured = costOf(`{ a: entity(id: "a") { id } b: entity(id: "b") { timeline {
      fact { involves { entity { timeline { date { text } } } } } } } }`);
    expect(measured).toMatchObject({ costliest: 'b.timeline.fact.involves.entity.timeline' });
  });

  it('refuses to count fragments that expand without end, and leaves variables that do not fit to execution', () => {
    const doubling = Array.from(
      { length: 16 },
      (_, i) =>
        `fragment F${i} on Organization { parent { ...F${i + 1} } a: parent { ...F${i + 1} } }`,
    ).join('\n');
    const exploding = `{ entity(id: "a") { ...F0 } } ${doubling} fragment F16 on Organization { id }`;
    // 2^16 fields once expanded, past MAX_COUNTED_FIELDS.
    expect(costOf(exploding).outcome).toBe('tooManyFields');
    expect(costOf('query($n: Int) { entities(first: $n) { totalCount } }', { n: 'many' })).toEqual({
      outcome: 'notExecutable',
    });
  });
});

describe('a remembered cost', () => {
  /** rememberedCosts over requestCost, counting how often it really counts. */
  const remembering = () => {
    let counted = 0;
    const remembered = rememberedCosts((...args) => {
      counted += 1;
      return requestCost(...args);
    });
    return {
      cost: (
        document: ReturnType<typeof parse>,
        variables?: Record<string, unknown>,
        name?: string,
      ) => remembered(schema, document, variables, name),
      counted: () => counted,
    };
  };
  const PAGE = parse(`query($first: Int = 7, $after: String) {
    entities(first: $first, after: $after) { edges { node { id } } } }`);

  it('depends only on the variables a count or a directive uses', () => {
    expect(countingVariables(PAGE)).toEqual(['first']);
    const nested = parse(`query($a: ID!, $b: ID!, $n: Int, $skip: Boolean!, $text: String!) {
      nodes(ids: [$a, $b]) { id }
      search(text: $text, first: $n) @skip(if: $skip) { edges { node { id } } } }`);
    expect(countingVariables(nested)).toEqual(['a', 'b', 'n', 'skip']);
  });

  it('is counted once for a new cursor, and again for a new count', () => {
    const { cost, counted } = remembering();
    const first = cost(PAGE, { first: 5, after: 'x' });
    expect(cost(PAGE, { first: 5, after: 'y' })).toEqual(first);
    expect(counted()).toBe(1);
    expect(cost(PAGE, { first: 6, after: 'y' })).toMatchObject({
      cost: 6 * PER_ENTITY,
    });
    expect(counted()).toBe(2);
  });

  it('tells a count left to its default from a null one, and one operation from another', () => {
    const { cost } = remembering();
    expect(cost(PAGE, {})).toMatchObject({ cost: 7 * PER_ENTITY });
    expect(cost(PAGE, { first: null })).toMatchObject({
      cost: BOUNDS.page.fallback * PER_ENTITY,
    });
    const two = parse(
      `query A { entity(id: "a") { id } } query B { entities { edges { node { id } } } }`,
    );
    expect(cost(two, {}, 'A')).toMatchObject({ cost: 2 });
    expect(cost(two, {}, 'B')).toMatchObject({ cost: 20 * PER_ENTITY });
  });

  it('is what requestCost says, for skipped fields and ids too', () => {
    const { cost } = remembering();
    const document = parse(`query($ids: [ID!]!, $skip: Boolean!) {
      nodes(ids: $ids) { id ... on Organization { timeline @skip(if: $skip) { change } } } }`);
    for (const variables of [
      { ids: ['a'], skip: true },
      { ids: ['a'], skip: false },
      { ids: ['a', 'b', 'c'], skip: false },
      { ids: ['a'], skip: true },
    ])
      expect(cost(document, variables)).toEqual(requestCost(schema, document, variables));
  });
});

describe('the bounds the cost counts', () => {
  const fields = Object.values(schema.getTypeMap())
    .filter((type) => isObjectType(type) || isInterfaceType(type))
    .filter((type) => !type.name.startsWith('__'))
    .flatMap((type) =>
      Object.values(type.getFields()).map((field) => ({
        parent: type.name,
        field: field as GraphQLField<unknown, unknown>,
      })),
    );

  it('cover every argument that sets how many items a field returns', () => {
    const uncounted = fields
      .filter(({ field }) =>
        field.args.some((arg) => ['first', 'limit', 'depth', 'maxHops'].includes(arg.name)),
      )
      .filter(({ parent, field }) => {
        const counting = countArguments(parent, field) ?? {};
        return field.args.some(
          (arg) => ['first', 'limit', 'depth', 'maxHops'].includes(arg.name) && !counting[arg.name],
        );
      })
      .map(({ parent, field }) => `${parent}.${field.name}`);
    expect(uncounted).toEqual([]);
  });

  it("are the schema's defaults", () => {
    const disagreements = fields.flatMap(({ parent, field }) =>
      Object.entries(countArguments(parent, field) ?? {}).flatMap(([name, bound]) => {
        const declared = field.args.find((arg) => arg.name === name)?.defaultValue;
        return declared === bound.fallback
          ? []
          : [`${parent}.${field.name}(${name}): SDL ${declared}, resolver ${bound.fallback}`];
      }),
    );
    expect(disagreements).toEqual([]);
  });
});

describe('the default cost limit', () => {
  const examples = new URL('../../examples/queries/', import.meta.url);
  it.each(readdirSync(examples).sort())('lets %s run with its default variables', (file) => {
    const measured = costOf(readFileSync(new URL(file, examples), 'utf8'));
    expect(measured.outcome).toBe('counted');
    expect(measured.outcome === 'counted' && measured.cost).toBeLessThanOrEqual(
      DEFAULT_LIMITS.maxCost,
    );
  });
});
