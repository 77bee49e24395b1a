import { request as httpRequest } from 'node:http';
import { describe, expect, it } from 'vitest';
import { DEFAULT_API, DEFAULT_LIMITS } from '../../src/config.js';
import { useSharedGraph } from '../support/database.js';
import { useHttpApi } from '../support/http.js';
import { SMALL_SEED } from '../support/sharedGraphs.js';

/** Nested `parent` fields: depth grows by one per level, cost stays small. */
const deep = (levels: number) =>
  `{ entity(id: "openai") { ${'... on Organization { parent { '.repeat(levels)}id${' } }'.repeat(levels)} } }`;

describe('request limits', () => {
  const db = useSharedGraph(SMALL_SEED);
  const api = useHttpApi(db.driver, db.database);
  const strict = useHttpApi(db.driver, db.database, {
    ...DEFAULT_API,
    limits: { ...DEFAULT_LIMITS, maxDepth: 4, maxAliases: 1, maxBatch: 2, maxBodyBytes: 2048 },
  });

  const refused = async (client: typeof api, body: unknown, setting: string): Promise<string> => {
    const { status, body: answer } = await client.post(body);
    expect(status).toBe(400);
    expect(answer.errors[0].extensions).toMatchObject({ code: 'LIMIT_EXCEEDED', limit: setting });
    expect(answer.errors[0].message).toContain(setting);
    expect(answer.data).toBeUndefined();
    return answer.errors[0].message;
  };

  it('refuse a request too deep, naming the limit', async () => {
    expect((await api.post({ query: deep(3) })).status).toBe(200);
    const message = await refused(api, { query: deep(20) }, 'GRAPHQL_MAX_DEPTH');
    expect(message).toContain(`limit of ${DEFAULT_LIMITS.maxDepth}`);
  });

  it('count depth through fragments, reused ones included', async () => {
    // The bypass fixed in max-depth 2.4.2: a fragment's depth cached from its first, shallow use.
    const query = `
      query { a: entity(id: "x") { ...F } b: entity(id: "y") { ...on Organization { parent { parent { parent { parent { parent { parent { parent { parent { parent { parent { parent { parent { parent { ...F } } } } } } } } } } } } } } } }
      fragment F on Entity { id }`;
    await refused(api, { query }, 'GRAPHQL_MAX_DEPTH');
  });

  it('refuse a request that would cost too much', async () => {
    const query = `{ entities(first: 100) { edges { node { ... on Organization {
      investmentsMade(first: 100) { edges { node { investee { boardSeats(first: 100) { edges { node { id } } } } } } } } } } } }`;
    await refused(api, { query }, 'GRAPHQL_MAX_COST');
  });

  it('refuse too many aliases, tokens or directives', async () => {
    const aliases = Array.from({ length: 30 }, (_, i) => `a${i}: entity(id: "openai") { id }`).join(
      ' ',
    );
    await refused(api, { query: `{ ${aliases} }` }, 'GRAPHQL_MAX_ALIASES');
    await refused(api, { query: `{ ${'__typename '.repeat(4000)} }` }, 'GRAPHQL_MAX_TOKENS');
    await refused(
      api,
      { query: `{ __typename ${'@include(if: true) '.repeat(30)} }` },
      'GRAPHQL_MAX_DIRECTIVES',
    );
  });

  it('are each configurable', async () => {
    expect((await api.post({ query: deep(3) })).status).toBe(200);
    await refused(strict, { query: deep(3) }, 'GRAPHQL_MAX_DEPTH');
    await refused(
      strict,
      { query: '{ a: entity(id: "x") { id } b: entity(id: "y") { id } }' },
      'GRAPHQL_MAX_ALIASES',
    );
  });

  it('turn batching off by default, and cap it when on', async () => {
    const one = { query: '{ __typename }' };
    expect((await api.post([one, one])).status).toBeGreaterThanOrEqual(400);
    const two = await strict.post([one, one]);
    expect(two.status).toBe(200);
    expect(two.body).toHaveLength(2);
    const three = await strict.post([one, one, one]);
    expect(three.status).toBeGreaterThanOrEqual(400);
    expect(JSON.stringify(three.body)).toMatch(/batch/i);
  });

  it('refuse a body over the size limit before reading it, and a body of unknown size', async () => {
    const big = { query: `{ __typename }`, variables: { padding: 'x'.repeat(4000) } };
    const tooBig = await strict.post(big);
    expect(tooBig.status).toBe(413);
    expect(tooBig.body.errors[0]).toMatchObject({ extensions: { code: 'PAYLOAD_TOO_LARGE' } });
    expect(tooBig.body.errors[0].message).toContain('MAX_BODY_BYTES');
    expect((await api.post(big)).status).toBe(200);

    const chunked = await new Promise<number>((resolve, reject) => {
      const request = httpRequest(strict.url(), {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' },
      });
      request.on('response', (response) => resolve(response.statusCode ?? 0));
      request.on('error', reject);
      request.end(JSON.stringify({ query: '{ __typename }' }));
    });
    expect(chunked).toBe(411);
  });

  it('answer 400, not 200, to a plain JSON client whose request does not validate', async () => {
    const { status, body } = await api.post({ query: '{ noSuchField }' });
    expect(status).toBe(400);
    expect(body.errors[0].message).toContain('noSuchField');
  });
});
