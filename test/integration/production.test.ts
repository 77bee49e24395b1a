import { describe, expect, it } from 'vitest';
import { DEFAULT_API, DEFAULT_LIMITS } from '../../src/config.js';
import { useSharedGraph } from '../support/database.js';
import { useHttpApi } from '../support/http.js';
import { SMALL_SEED } from '../support/sharedGraphs.js';

const EXPLORER = 'https://explorer.example';

describe('production mode', () => {
  const db = useSharedGraph(SMALL_SEED);
  const production = useHttpApi(db.driver, db.database, {
    production: true,
    introspection: false,
    graphiql: false,
    corsOrigins: [EXPLORER],
    persistedOperations: undefined,
    metrics: false,
    limits: DEFAULT_LIMITS,
  });
  const locked = useHttpApi(db.driver, db.database, {
    ...DEFAULT_API,
    production: true,
    persistedOperations: 'test/fixtures/persisted/operations.json',
  });
  const development = useHttpApi(db.driver, db.database);

  it('can turn introspection off', async () => {
    const introspection = { query: '{ __schema { types { name } } }' };
    const refused = await production.post(introspection);
    expect(refused.status).toBe(400);
    expect(JSON.stringify(refused.body.errors)).toMatch(/introspection/i);
    expect((await development.post(introspection)).status).toBe(200);
  });

  it('can turn GraphiQL off', async () => {
    const page = (url: string) => fetch(url, { headers: { accept: 'text/html' } });
    const off = await page(production.url());
    expect(off.headers.get('content-type') ?? '').not.toContain('text/html');
    const on = await page(development.url());
    expect(on.headers.get('content-type')).toContain('text/html');
    expect(await on.text()).toContain('GraphiQL');
  });

  it('lets only allowed origins call from a browser', async () => {
    const preflight = (origin: string) =>
      fetch(production.url(), {
        method: 'OPTIONS',
        headers: {
          origin,
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'content-type',
        },
      });
    expect((await preflight(EXPLORER)).headers.get('access-control-allow-origin')).toBe(EXPLORER);
    const other = (await preflight('https://elsewhere.example')).headers.get(
      'access-control-allow-origin',
    );
    expect(other === null || other !== 'https://elsewhere.example').toBe(true);
  });

  it('refuses a cross-site simple request (CSRF) but serves a JSON one', async () => {
    const simple = await fetch(`${production.url()}?query=${encodeURIComponent('{ __typename }')}`);
    expect(simple.status).toBe(403);
    const withHeader = await fetch(
      `${production.url()}?query=${encodeURIComponent('{ __typename }')}`,
      {
        headers: { 'x-graphql-yoga-csrf': '1' },
      },
    );
    expect(withHeader.status).toBe(200);
    expect((await production.post({ query: '{ __typename }' })).status).toBe(200);
  });

  it('hides field suggestions', async () => {
    const { body } = await production.post({ query: '{ entiti(id: "openai") { id } }' });
    expect(body.errors[0].message).not.toMatch(/did you mean/i);
    const dev = await development.post({ query: '{ entiti(id: "openai") { id } }' });
    expect(dev.body.errors[0].message).toMatch(/did you mean/i);
  });

  it('runs only persisted operations when an allow-list is given', async () => {
    const arbitrary = await locked.post({ query: '{ entity(id: "openai") { name } }' });
    expect(arbitrary.status).toBeGreaterThanOrEqual(400);
    expect(arbitrary.status).toBeLessThan(500);
    const persisted = await locked.post({
      extensions: { persistedQuery: { version: 1, sha256Hash: 'openai-name' } },
    });
    expect(persisted.status).toBe(200);
    expect(persisted.body.data).toEqual({ entity: { name: 'OpenAI' } });
    const unknown = await locked.post({
      extensions: { persistedQuery: { version: 1, sha256Hash: 'nope' } },
    });
    expect(unknown.body.errors[0].message).toMatch(/not found/i);
  });
});
