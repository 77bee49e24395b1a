import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll } from 'vitest';
import type { ApiConfig } from '../../src/config.js';
import { createApp } from '../../src/server/app.js';
import { listen, type RunningServer } from '../../src/server/http.js';
import { TEST_API } from './testApi.js';

/** The API over real HTTP on a free port, for tests of what happens before GraphQL runs. */
export function useHttpApi(
  driver: () => Driver,
  database: string,
  api: ApiConfig = TEST_API,
  /** Sees each statement the API sends (a test waits for a request to be running). */
  onStatement?: (statement: string) => void,
) {
  let server: RunningServer | undefined;
  beforeAll(async () => {
    server = await listen(createApp({ driver: driver(), database, api, onStatement }), 0, {
      host: '127.0.0.1',
      maxBodyBytes: api.limits.maxBodyBytes,
    });
  });
  afterAll(() => server?.close());
  const url = (path = '/graphql') => `http://127.0.0.1:${server?.port}${path}`;
  return {
    url,
    /** POSTs a GraphQL request as a plain `requests`/`fetch` client would (accept: JSON). */
    post: async (body: unknown, headers: Record<string, string> = {}) => {
      const response = await fetch(url(), {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      });
      const text = await response.text();
      return {
        status: response.status,
        headers: response.headers,
        body: text ? JSON.parse(text) : null,
      };
    },
  };
}
