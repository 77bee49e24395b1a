import { describe, expect, it } from 'vitest';
import { DEFAULT_API } from '../../src/config.js';
import { useSharedGraph } from '../support/database.js';
import { useHttpApi } from '../support/http.js';
import { SMALL_SEED } from '../support/sharedGraphs.js';

const EXPLORER = 'https://explorer.example';
const NOTEBOOK = 'https://notebook.example';
const ELSEWHERE = 'https://elsewhere.example';

type Api = ReturnType<typeof useHttpApi>;

/** The CORS headers a browser would see for a preflight and for the request that follows. */
async function cors(api: Api, origin: string, path = '/graphql') {
  const preflight = await fetch(api.url(path), {
    method: 'OPTIONS',
    headers: {
      origin,
      'access-control-request-method': 'POST',
      'access-control-request-headers': 'content-type',
    },
  });
  await preflight.arrayBuffer();
  const actual =
    path === '/graphql'
      ? await fetch(api.url(path), {
          method: 'POST',
          headers: { origin, 'content-type': 'application/json' },
          body: JSON.stringify({ query: '{ __typename }' }),
        })
      : await fetch(api.url(path), { headers: { origin } });
  await actual.arrayBuffer();
  const seen = (response: Response) => ({
    status: response.status,
    allowOrigin: response.headers.get('access-control-allow-origin'),
    credentials: response.headers.get('access-control-allow-credentials'),
    vary: response.headers.get('vary') ?? '',
  });
  return { preflight: seen(preflight), actual: seen(actual) };
}

describe('CORS', () => {
  const db = useSharedGraph(SMALL_SEED);
  const development = useHttpApi(db.driver, db.database);
  const production = (corsOrigins: string[]) =>
    useHttpApi(db.driver, db.database, { ...DEFAULT_API, production: true, corsOrigins });
  const twoOrigins = production([EXPLORER, NOTEBOOK]);
  const oneOrigin = production([EXPLORER]);
  const noOrigins = production([]);

  it('answers * without credentials to any origin in development', async () => {
    for (const origin of [EXPLORER, ELSEWHERE, 'null']) {
      const { preflight, actual } = await cors(development, origin);
      expect(preflight.status).toBe(204);
      expect(actual.status).toBe(200);
      for (const answer of [preflight, actual]) {
        expect(answer.allowOrigin, origin).toBe('*');
        expect(answer.credentials, origin).toBeNull();
      }
    }
  });

  it('echoes each listed origin in production, with Vary: Origin and no credentials', async () => {
    for (const [api, origins] of [
      [twoOrigins, [EXPLORER, NOTEBOOK]],
      [oneOrigin, [EXPLORER]],
    ] as const) {
      for (const origin of origins) {
        const { preflight, actual } = await cors(api, origin);
        for (const answer of [preflight, actual]) {
          expect(answer.allowOrigin, origin).toBe(origin);
          expect(answer.credentials, origin).toBeNull();
          expect(answer.vary, origin).toMatch(/\bOrigin\b/);
        }
      }
    }
  });

  it('sends no Allow-Origin to an origin not listed, nor to Origin: null', async () => {
    for (const api of [twoOrigins, oneOrigin]) {
      for (const origin of [ELSEWHERE, 'null']) {
        const { preflight, actual } = await cors(api, origin);
        for (const answer of [preflight, actual]) {
          expect(answer.allowOrigin, origin).toBeNull();
          expect(answer.credentials, origin).toBeNull();
        }
        // The request itself is served (CORS is the browser's to enforce), just not shared.
        expect(actual.status).toBe(200);
      }
    }
  });

  it('sends no CORS headers in production when no origin is listed', async () => {
    for (const origin of [EXPLORER, ELSEWHERE, 'null']) {
      const { preflight, actual } = await cors(noOrigins, origin);
      for (const answer of [preflight, actual]) {
        expect(answer.allowOrigin, origin).toBeNull();
        expect(answer.credentials, origin).toBeNull();
      }
    }
  });

  it('applies the same rules to the /export/ downloads', async () => {
    const dev = await cors(development, ELSEWHERE, '/export/nodes.csv');
    expect(dev.actual.status).toBe(200);
    expect(dev.actual.allowOrigin).toBe('*');
    expect(dev.actual.credentials).toBeNull();
    const listed = await cors(twoOrigins, NOTEBOOK, '/export/nodes.csv');
    expect(listed.actual.status).toBe(200);
    expect(listed.actual.allowOrigin).toBe(NOTEBOOK);
    expect(listed.actual.credentials).toBeNull();
    for (const origin of [ELSEWHERE, 'null']) {
      const refused = await cors(twoOrigins, origin, '/export/nodes.csv');
      expect(refused.preflight.allowOrigin).toBeNull();
      expect(refused.actual.allowOrigin).toBeNull();
      expect(refused.actual.credentials).toBeNull();
    }
  });
});
