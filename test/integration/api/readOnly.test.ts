import { describe, expect, it } from 'vitest';
import { useCuratedApi } from '../../support/api.js';

/**
 * The GraphQL API's contract on the curated seed, in a real Neo4j.
 * Reading only: the API has no mutations.
 */
describe('the API on the curated graph: reading only', () => {
  const { request } = useCuratedApi();

  it('has no mutations: curation happens in the seed files', async () => {
    const response = await request('mutation { anything }');
    expect(response.data ?? null).toBeNull();
    expect(response.errors?.[0]?.message).toMatch(/mutation/i);
  });
});
