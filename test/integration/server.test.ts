import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { neo4jVersion } from '../../src/neo4j/local/build.js';
import { createApp } from '../../src/server/app.js';
import { listen, type RunningServer } from '../../src/server/http.js';
import { useTestDatabase } from '../support/database.js';

describe('the GraphQL server', () => {
  const db = useTestDatabase();
  let server: RunningServer;
  let base: string;

  beforeAll(async () => {
    server = await listen(createApp({ driver: db.driver(), database: db.database }), 0, {
      host: '127.0.0.1',
    });
    base = `http://127.0.0.1:${server.port}`;
  });
  afterAll(() => server.close());

  const graphql = (query: string) =>
    fetch(`${base}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json, application/json',
      },
      body: JSON.stringify({ query }),
    });

  it('answers { __typename } at /graphql', async () => {
    const response = await graphql('{ __typename }');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { __typename: 'Query' } });
  });

  it("reports the connected Neo4j's version and edition", async () => {
    const response = await graphql('{ database { name version edition } }');
    const { data } = (await response.json()) as {
      data: { database: { name: string; version: string; edition: string } };
    };
    expect(data.database.name).toBe('Neo4j Kernel');
    expect(data.database.edition).toBe('community');
    expect(data.database.version).toMatch(/^5\.26\.\d+$/);
    if (!process.env.NEO4J_URI?.trim()) expect(data.database.version).toBe(neo4jVersion());
  });

  it('is alive at /health', async () => {
    const response = await fetch(`${base}/health`);
    expect(response.status).toBe(200);
  });

  it('answers a wrong query with a 400 that says what is wrong', async () => {
    const response = await graphql('{ databse { version } }');
    expect(response.status).toBe(400);
    const body = (await response.json()) as { errors: { message: string }[] };
    expect(body.errors[0]?.message).toBe(
      'Cannot query field "databse" on type "Query". Did you mean "database"?',
    );
  });
});
