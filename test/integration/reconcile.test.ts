import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/server/app.js';
import { MAX_QUERIES } from '../../src/server/reconcile.js';
import { useSharedGraph } from '../support/database.js';
import { CURATED_SEED } from '../support/sharedGraphs.js';
import { TEST_API } from '../support/testApi.js';

type Json = Record<string, any>;

/** The specification's own JSON Schemas (test/fixtures/reconciliation-0.2/README.md). */
const SCHEMAS = 'test/fixtures/reconciliation-0.2';
const ajv = new Ajv({ strict: false, validateSchema: false, allErrors: true });
for (const name of [
  'type',
  'manifest',
  'reconciliation-result-batch',
  'suggest-entities-response',
]) {
  ajv.addSchema(JSON.parse(readFileSync(`${SCHEMAS}/${name}.json`, 'utf8')), name);
}
// The manifest's optional `authentication` refers to Swagger 2's schema, which this service
// does not use (it has no authentication): any value stands in for it.
ajv.addSchema({
  $id: 'http://swagger.io/v2/schema.json',
  definitions: { securityDefinitions: { additionalProperties: {} } },
});
const QUERY_BATCH = ajv.compile(
  JSON.parse(readFileSync(`${SCHEMAS}/reconciliation-query-batch.json`, 'utf8')),
);
/** Checks `value` against one of the specification's schemas, with its errors as the message. */
const conforms = (schema: string, value: unknown) => {
  const validate = ajv.getSchema(schema);
  if (!validate) throw new Error(`no schema ${schema}`);
  expect(validate(value), JSON.stringify(validate.errors)).toBe(true);
};

/** The W3C reconciliation service at /reconcile, on the curated graph (the protocol, v0.2). */
describe('/reconcile', () => {
  const db = useSharedGraph(CURATED_SEED);
  let statements = 0;
  const app = () =>
    createApp({
      driver: db.driver(),
      database: db.database,
      api: TEST_API,
      onStatement: () => {
        statements++;
      },
    });
  const get = (path: string) => app().fetch(`http://localhost${path}`);
  const batch = async (queries: Json) => {
    const response = await app().fetch('http://localhost/reconcile', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ queries: JSON.stringify(queries) }).toString(),
    });
    return { status: response.status, body: (await response.json()) as Json };
  };

  it('serves the service manifest: versions, spaces, default types, view, preview and suggest', async () => {
    const response = await get('/reconcile');
    expect(response.status).toBe(200);
    const manifest = (await response.json()) as Json;
    conforms('manifest', manifest);
    // The schema is really applied: a manifest without version 0.2 does not conform.
    expect(ajv.getSchema('manifest')?.({ ...manifest, versions: ['0.1'] })).toBe(false);
    expect(manifest.versions).toContain('0.2');
    expect(manifest.name).toBe('PolicyGraph');
    expect(manifest.identifierSpace).toMatch(/^http:\/\/localhost\//);
    expect(manifest.schemaSpace).toMatch(/^http:\/\/localhost\//);
    expect(manifest.defaultTypes.map((type: Json) => type.id)).toEqual([
      'Organization',
      'Person',
      'Region',
      'Product',
      'Policy',
    ]);
    expect(manifest.view.url).toContain('{{id}}');
    expect(manifest.preview).toMatchObject({ url: expect.stringContaining('{{id}}') });
    expect(manifest.suggest.entity.service_path).toBe('/reconcile/suggest/entity');
  });

  it('reconciles a batch of names, legal suffixes and short names included, with scores and a match flag', async () => {
    const queries = {
      q0: { query: 'Microsoft Corp', type: 'Organization' },
      q1: { query: 'VNET', limit: 3 },
      q2: { query: 'Zhipu', properties: [{ pid: 'country', v: 'CN' }] },
      q3: { query: 'Sam Altman', type: 'Person' },
    };
    expect(QUERY_BATCH(queries), JSON.stringify(QUERY_BATCH.errors)).toBe(true);
    const { status, body } = await batch(queries);
    expect(status).toBe(200);
    conforms('reconciliation-result-batch', body);
    expect(Object.keys(body)).toEqual(['q0', 'q1', 'q2', 'q3']);
    const top = (key: string) => body[key].result[0];
    expect(top('q0')).toMatchObject({ id: 'microsoft', name: 'Microsoft', match: true });
    expect(top('q0').type).toEqual([{ id: 'Organization', name: 'Organization' }]);
    expect(top('q1')).toMatchObject({ id: '21vianet', match: true });
    expect(body.q1.result.length).toBeLessThanOrEqual(3);
    expect(top('q2')).toMatchObject({ id: 'zhipu-ai', match: true });
    expect(top('q3')).toMatchObject({ id: 'sam-altman', match: true });
    for (const query of Object.values(body) as Json[]) {
      for (const candidate of query.result) {
        expect(candidate).toEqual({
          id: expect.any(String),
          name: expect.any(String),
          description: expect.any(String),
          type: [{ id: expect.any(String), name: expect.any(String) }],
          score: expect.any(Number),
          match: expect.any(Boolean),
        });
        expect(candidate.score).toBeGreaterThan(0);
        expect(candidate.score).toBeLessThanOrEqual(100);
      }
      // At most one match a query, and scores never rise down the list.
      expect(query.result.filter((candidate: Json) => candidate.match).length).toBeLessThanOrEqual(
        1,
      );
      const scores = query.result.map((candidate: Json) => candidate.score);
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
    }
  });

  it('keeps only the candidates of the types and the country asked for', async () => {
    const { body } = await batch({
      us: { query: 'Microsoft', properties: [{ pid: 'country', v: 'cn' }] },
      people: { query: 'OpenAI', type: 'Person' },
      near: { query: 'Microsfot' },
    });
    expect(body.us.result.map((candidate: Json) => candidate.id)).not.toContain('microsoft');
    for (const candidate of body.people.result) expect(candidate.type[0].id).toBe('Person');
    // A typo finds the company, without claiming a match.
    expect(body.near.result[0]).toMatchObject({ id: 'microsoft', match: false });
  });

  it('answers GET with queries in the query string too', async () => {
    const queries = encodeURIComponent(JSON.stringify({ q0: { query: 'OpenAI' } }));
    const body = (await (await get(`/reconcile?queries=${queries}`)).json()) as Json;
    expect(body.q0.result[0]).toMatchObject({ id: 'openai', match: true });
  });

  it('suggests entities by prefix, and previews one as HTML', async () => {
    const suggest = (await (await get('/reconcile/suggest/entity?prefix=anthro')).json()) as Json;
    conforms('suggest-entities-response', suggest);
    expect(suggest.result.map((entity: Json) => entity.id)).toContain('anthropic');
    expect(suggest.result[0]).toEqual({
      id: expect.any(String),
      name: expect.any(String),
      description: expect.any(String),
    });
    const preview = await get('/reconcile/preview?id=openai');
    expect(preview.status).toBe(200);
    expect(preview.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await preview.text()).toContain('<strong>OpenAI</strong>');
    expect((await get('/reconcile/preview?id=no-such-entity')).status).toBe(404);
  });

  it('refuses a bad batch with a coded 400 that says what to fix, before reading anything', async () => {
    const tooMany = Object.fromEntries(
      Array.from({ length: MAX_QUERIES + 1 }, (_, i) => [`q${i}`, { query: 'OpenAI' }]),
    );
    const cases: [unknown, RegExp][] = [
      [tooMany, new RegExp(`at most ${MAX_QUERIES}`)],
      [{ q0: { query: '' } }, /queries\.q0\.query must be a name/],
      [{ q0: { query: 'x', type: 'Company' } }, /type must be one of Organization/],
      [{ q0: { query: 'x', limit: 1000 } }, /limit must be a whole number from 1 to 25/],
      [{ q0: { query: 'x', properties: [{ pid: 'ceo', v: 'x' }] } }, /unknown property "ceo"/],
      [{ q0: { query: 'x', sort: 'name' } }, /has "sort"/],
      [['OpenAI'], /must be a JSON object/],
    ];
    for (const [queries, message] of cases) {
      statements = 0;
      const { status, body } = await batch(queries as Json);
      expect(status, JSON.stringify(queries).slice(0, 80)).toBe(400);
      expect(body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
      expect(body.errors[0].message).toMatch(message);
      expect(statements).toBe(0);
    }
    const notJson = await app().fetch('http://localhost/reconcile?queries=%7Bnope');
    expect(notJson.status).toBe(400);
    expect((await get('/reconcile/nowhere')).status).toBe(404);
  });
});
