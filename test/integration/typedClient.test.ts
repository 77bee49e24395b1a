import type { ResultOf, VariablesOf } from '@graphql-typed-document-node/core';
import { beforeAll, describe, expect, expectTypeOf, it } from 'vitest';
import { AccessRoutes, describeAccess } from '../../examples/client/accessRoutes.js';
import { GraphQLRequestError, request } from '../../examples/client/request.js';
import { useSharedGraph } from '../support/database.js';
import { useHttpApi } from '../support/http.js';
import { CURATED_SEED } from '../support/sharedGraphs.js';

describe('the typed client example (examples/client/)', () => {
  const db = useSharedGraph(CURATED_SEED);
  const api = useHttpApi(db.driver, db.database);
  beforeAll(async () => {});

  it('tells the founding story over HTTP with typed results', async () => {
    const lines = await describeAccess(api.url(), '2024-08-01');
    expect(lines[0]).toContain('21Vianet');
    expect(lines).toContainEqual(
      expect.stringMatching(/^blocked by openai-api-block-china-2024 \(https?:\/\/\S+\)$/),
    );
    expect(lines).toContainEqual(expect.stringMatching(/^route: Azure OpenAI.*21Vianet/));
  });

  it('types results and variables from the document (checked by tsc in npm run lint)', () => {
    type Report = NonNullable<ResultOf<typeof AccessRoutes>['accessRoutes']>;
    expectTypeOf<Report['reachable']>().toEqualTypeOf<boolean>();
    expectTypeOf<Report['routes'][number]['operator']>().toEqualTypeOf<{
      id: string;
      name: string;
    } | null>();
    // A field the query did not select is not in the type.
    expectTypeOf<Report>().not.toHaveProperty('asOf');
    expectTypeOf<string>().toMatchTypeOf<VariablesOf<typeof AccessRoutes>['provider']>();
  });

  it('raises the API error, with its code, for a wrong request', async () => {
    const asking = request(api.url(), AccessRoutes, {
      provider: 'openai',
      region: 'cn',
      asOf: 'July',
    });
    await expect(asking).rejects.toThrow(GraphQLRequestError);
    await expect(asking).rejects.toThrow(/BAD_USER_INPUT|GRAPHQL_VALIDATION_FAILED/);
  });
});
