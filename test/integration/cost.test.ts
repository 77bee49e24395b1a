import { describe, expect, it } from 'vitest';
import { DEFAULT_API, DEFAULT_LIMITS } from '../../src/config.js';
import { createApp } from '../../src/server/app.js';
import { useSharedGraph } from '../support/database.js';
import { useHttpApi } from '../support/http.js';
import { SMALL_SEED } from '../support/sharedGraphs.js';

/** An entity's timeline, whose events' facts' entities have timelines, three levels down. */
const TIMELINES = `query Timelines($n: Int) {
  entity(id: "openai") { timeline(first: $n) { date { text } fact { id involves { role entity {
    id timeline(first: $n) { date { text } fact { id involves { role entity {
      id timeline(first: $n) { date { text } fact { id } } } } } } } } } } } }`;
const DEEPEST_TIMELINE =
  'entity.timeline.fact.involves.entity.timeline.fact.involves.entity.timeline';

/** Each id with its timeline's facts and the entities they involve. */
const NODES = `query Nodes($ids: [ID!]!) {
  nodes(ids: $ids) { id ... on Entity { timeline { fact { id involves { role entity { id } } } } } } }`;

/** Under SMALL_LIMIT, each request passes with `small` and is refused with `large`. */
const SMALL_LIMIT = 1000;
const COUNTED: {
  argument: string;
  query: string;
  small: unknown;
  large: unknown;
  costliest: string;
}[] = [
  {
    argument: 'first of a connection',
    query: `query($v: Int) { entities(first: $v) { edges { node { id facts { edges { node { id } } } } } } }`,
    small: 2,
    large: 20,
    costliest: 'entities.edges.node.facts',
  },
  {
    argument: 'first of search',
    query: `query($v: Int) { search(query: "openai", first: $v) { edges { node { id facts { edges { node { id } } } } } } }`,
    small: 2,
    large: 20,
    costliest: 'search.edges.node.facts',
  },
  {
    argument: 'limit of neighbourhood',
    query: `query($v: Int) { neighbourhood(id: "openai", limit: $v) { facts { id } } }`,
    small: 10,
    large: 500,
    costliest: 'neighbourhood',
  },
  {
    argument: 'depth of neighbourhood',
    query: `query($v: Int) { neighbourhood(id: "openai", depth: $v, limit: 200) { facts { id } } }`,
    small: 1,
    large: 2,
    costliest: 'neighbourhood',
  },
  {
    argument: 'maxHops of shortestPaths',
    query: `query($v: Int) { shortestPaths(from: "microsoft", to: "cn", maxHops: $v, first: 25) {
      steps { from { id } to { id } fact { id sources { quote } } } } }`,
    small: 1,
    large: 2,
    costliest: 'shortestPaths.steps.fact.sources',
  },
  {
    argument: 'first of shortestPaths',
    query: `query($v: Int) { shortestPaths(from: "microsoft", to: "cn", first: $v) {
      steps { from { id } to { id } fact { id sources { quote } } } } }`,
    small: 1,
    large: 25,
    costliest: 'shortestPaths.steps.fact.sources',
  },
  {
    argument: 'ids of nodes',
    query: `query($v: [ID!]!) { nodes(ids: $v) { id ... on Entity { facts { edges { node { id } } } } } }`,
    small: ['openai'],
    large: Array.from({ length: 20 }, () => 'openai'),
    costliest: 'nodes.facts',
  },
  {
    argument: 'first of timeline',
    query: `query($v: Int) { entity(id: "openai") { timeline(first: $v) { fact { id } } } }`,
    small: 10,
    large: 500,
    costliest: 'entity.timeline',
  },
  {
    argument: 'first of products',
    query: `query($v: Int) { entity(id: "microsoft") { ... on Organization {
      products(first: $v) { id facts { edges { node { id } } } } } } }`,
    small: 5,
    large: 100,
    costliest: 'entity.products.facts',
  },
  {
    argument: 'first of patentRanking',
    query: `query($v: Int) { patentRanking(by: JURISDICTION, first: $v) { rank statistics { id sources { quote } } } }`,
    small: 2,
    large: 10,
    costliest: 'patentRanking.statistics.sources',
  },
];

describe('the cost limit', () => {
  const db = useSharedGraph(SMALL_SEED);
  const api = useHttpApi(db.driver, db.database);
  const strict = useHttpApi(db.driver, db.database, {
    ...DEFAULT_API,
    limits: { ...DEFAULT_LIMITS, maxCost: SMALL_LIMIT },
  });

  type Client = typeof api;
  const refused = async (client: Client, body: unknown, limit: number) => {
    const { status, body: answer } = await client.post(body);
    expect(answer.data).toBeUndefined();
    expect(status).toBe(400);
    const [error] = answer.errors;
    expect(error.extensions).toMatchObject({ code: 'LIMIT_EXCEEDED', limit: 'GRAPHQL_MAX_COST' });
    expect(error.extensions.cost).toBeGreaterThan(limit);
    expect(error.message).toContain(`cost ${error.extensions.cost}`);
    expect(error.message).toContain(`cost limit of ${limit}`);
    expect(error.message).toContain('GRAPHQL_MAX_COST');
    return { message: error.message as string, cost: error.extensions.cost as number };
  };
  const accepted = async (client: Client, body: unknown) => {
    const { status, body: answer } = await client.post(body);
    expect(answer.errors).toBeUndefined();
    expect(status).toBe(200);
    return answer.data;
  };

  it('counts a `first` given in a variable as if written in the query', async () => {
    const byVariable = await refused(
      api,
      { query: TIMELINES, variables: { n: 500 } },
      DEFAULT_LIMITS.maxCost,
    );
    expect(byVariable.message).toContain(`its costliest field is ${DEEPEST_TIMELINE}`);
    const written = await refused(
      api,
      { query: TIMELINES.replace('($n: Int)', '').replaceAll('$n', '500') },
      DEFAULT_LIMITS.maxCost,
    );
    expect(written.cost).toBe(byVariable.cost);
  });

  it("counts the schema's defaults when no `first` is given", async () => {
    const { message, cost } = await refused(api, { query: TIMELINES }, DEFAULT_LIMITS.maxCost);
    expect(message).toContain(DEEPEST_TIMELINE);
    const byVariable = await refused(
      api,
      { query: TIMELINES, variables: { n: 500 } },
      DEFAULT_LIMITS.maxCost,
    );
    expect(cost).toBeLessThan(byVariable.cost);
  });

  it('counts every id given to nodes, repeated ones too', async () => {
    const one = await accepted(api, { query: NODES, variables: { ids: ['openai'] } });
    expect(one.nodes).toHaveLength(1);
    const { message } = await refused(
      api,
      { query: NODES, variables: { ids: Array.from({ length: 100 }, () => 'openai') } },
      DEFAULT_LIMITS.maxCost,
    );
    expect(message).toContain('its costliest field is nodes.timeline.fact.involves');
  });

  it('reads a repeated id once: each statement gets each id once', async () => {
    const parameters: Record<string, unknown>[] = [];
    const app = createApp({
      driver: db.driver(),
      database: db.database,
      api: { ...DEFAULT_API, limits: { ...DEFAULT_LIMITS, maxCost: Number.MAX_SAFE_INTEGER } },
      onStatement: (_statement, sent) => parameters.push(sent),
    });
    const response = await app.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: NODES,
        variables: { ids: Array.from({ length: 100 }, () => 'openai') },
      }),
    });
    const body = await response.json();
    expect(body.errors).toBeUndefined();
    expect(body.data.nodes).toHaveLength(100);
    const idLists = parameters.flatMap((sent) => (Array.isArray(sent.ids) ? [sent.ids] : []));
    expect(idLists.length).toBeGreaterThan(0);
    for (const ids of idLists) expect(ids).toEqual([...new Set(ids)]);
    expect(idLists[0]).toEqual(['openai']);
  });

  it.each(COUNTED)('counts the $argument', async ({ query, small, large, costliest }) => {
    await accepted(strict, { query, variables: { v: small } });
    const { message } = await refused(strict, { query, variables: { v: large } }, SMALL_LIMIT);
    expect(message).toContain(`its costliest field is ${costliest}.`);
  });

  it('refuses, uncounted, fragments that expand past the fields it counts', async () => {
    // Each fragment spreads the next seven times: 7^5 copies of id, under the depth limit.
    const levels = 5;
    const fragments = Array.from(
      { length: levels },
      (_, i) => `fragment F${i} on Organization { id ${`...F${i + 1} `.repeat(7)}}`,
    );
    const query = `{ entity(id: "openai") { ...F0 } } ${fragments.join(' ')}
      fragment F${levels} on Organization { id }`;
    const { status, body } = await api.post({ query });
    expect(status).toBe(400);
    expect(body.errors[0].extensions).toMatchObject({
      code: 'LIMIT_EXCEEDED',
      limit: 'GRAPHQL_MAX_TOKENS',
    });
    expect(body.errors[0].message).toContain('fields once its fragments are expanded');
  });

  it('leaves introspection out of the cost', async () => {
    const types = await accepted(strict, {
      query: '{ __schema { types { name fields { name args { name } type { name } } } } }',
    });
    expect(types.__schema.types.length).toBeGreaterThan(50);
  });
});
