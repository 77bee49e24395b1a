import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { get } from 'node:http';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/server/app.js';
import { listen, type RunningServer } from '../../src/server/http.js';
import { useTestDatabase } from '../support/database.js';

/** How the server hands out the built explorer beside the API (the page itself: test/e2e). */
describe('the explorer files at /', () => {
  const db = useTestDatabase();
  const built = mkdtempSync(join(tmpdir(), 'policygraph-files-'));
  const servers: RunningServer[] = [];
  let withPage = '';
  let withoutPage = '';

  beforeAll(async () => {
    mkdirSync(join(built, 'assets'));
    writeFileSync(join(built, 'index.html'), '<!doctype html><title>explorer</title>');
    writeFileSync(join(built, 'assets', 'index-abc123.js'), 'console.log(1)');
    const app = () => createApp({ driver: db.driver(), database: db.database });
    const serve = async (explorer: string) => {
      const server = await listen(app(), 0, { host: '127.0.0.1', explorer });
      servers.push(server);
      return `http://127.0.0.1:${server.port}`;
    };
    withPage = await serve(built);
    withoutPage = await serve(join(built, 'not-built'));
  });
  afterAll(async () => {
    for (const server of servers) await server.close();
    rmSync(built, { recursive: true, force: true });
  });

  it('serves the page at / with a strict content security policy, revalidated on each visit', async () => {
    const response = await fetch(`${withPage}/?entity=openai&asOf=2024-01-01`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(await response.text()).toContain('<title>explorer</title>');
  });

  it('lets browsers keep hashed assets for good', async () => {
    const response = await fetch(`${withPage}/assets/index-abc123.js`);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toContain('immutable');
  });

  it('leaves the API paths to the API', async () => {
    expect((await fetch(`${withPage}/health`)).status).toBe(200);
    const answer = await fetch(`${withPage}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(await answer.json()).toEqual({ data: { __typename: 'Query' } });
  });

  it('serves nothing outside the built folder, whatever the raw path says', async () => {
    // node:http sends the path as written (fetch would normalise the dots away first).
    const rawGet = (path: string) =>
      new Promise<{ status: number; body: string }>((done, fail) => {
        const request = get(`${withPage}/`, { path }, (response) => {
          let body = '';
          response.on('data', (chunk) => {
            body += chunk;
          });
          response.on('end', () => done({ status: response.statusCode ?? 0, body }));
        });
        request.on('error', fail);
      });
    const outside = relative(built, resolve('package.json'));
    for (const path of [`/${outside}`, `/assets/../${outside}`, `/%2e%2e/${outside}`]) {
      const { body } = await rawGet(path);
      expect(body).not.toContain('"name": "policygraph"');
    }
  });

  it('says how to build the explorer when it has not been built', async () => {
    const response = await fetch(`${withoutPage}/`);
    expect(response.status).toBe(404);
    expect(await response.text()).toMatch(/The explorer is not built .*npm run build/);
  });
});
