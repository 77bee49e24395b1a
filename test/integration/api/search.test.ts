import { describe, expect, it } from 'vitest';
import { useCuratedApi } from '../../support/api.js';

/**
 * The GraphQL API's contract on the curated seed, in a real Neo4j.
 * Search: names and aliases ranked, typos forgiven, paged, Lucene syntax harmless.
 */
describe('the API on the curated graph: search', () => {
  const { ok, codeOf } = useCuratedApi();

  it('ranks names and aliases, and forgives a typo', async () => {
    const data = await ok(`{
      typo: search(query: "Microsfot") { edges { score node { id } } }
      alias: search(query: "vnet", types: [ORGANIZATION]) { edges { score node { id } } }
      prefix: search(query: "Anthro") { edges { node { id } } }
    }`);
    expect(data.typo.edges[0].node.id).toBe('microsoft');
    // A near miss scores between 1 and 2; an alias that is the query, 4 (see SearchEdge.score).
    expect(data.typo.edges[0].score).toBeGreaterThan(1);
    expect(data.typo.edges[0].score).toBeLessThan(2);
    expect(data.alias.edges[0].score).toBe(4);
    expect(data.alias.edges[0].node.id).toBe('21vianet');
    expect(data.prefix.edges.map((e: any) => e.node.id)).toContain('anthropic');
  });

  it('pages through hits with cursors, and counts them', async () => {
    const first = await ok(
      '{ search(query: "openai", first: 2) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } }',
    );
    expect(first.search.totalCount).toBeGreaterThan(2);
    const second = await ok(
      'query($after: String) { search(query: "openai", first: 2, after: $after) { edges { node { id } } } }',
      { after: first.search.pageInfo.endCursor },
    );
    const firstIds = first.search.edges.map((e: any) => e.node.id);
    for (const edge of second.search.edges) expect(firstIds).not.toContain(edge.node.id);
  });

  it('treats Lucene syntax as plain words and refuses an empty query', async () => {
    const data = await ok('{ search(query: "name:\\"x\\" OR * ~ [a TO z] \\\\") { totalCount } }');
    expect(data.search.totalCount).toBeGreaterThanOrEqual(0);
    expect((await codeOf('{ search(query: "  ") { totalCount } }')).code).toBe('BAD_USER_INPUT');
    expect((await codeOf('{ search(query: "!!!") { totalCount } }')).code).toBe('BAD_USER_INPUT');
  });
});
