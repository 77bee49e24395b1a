import { describe, expect, it } from 'vitest';
import { useCuratedApi } from '../../support/api.js';

/**
 * The GraphQL API's contract on the curated seed, in a real Neo4j.
 * Connections (lists): keyset cursors, counts and filters.
 */
describe('the API on the curated graph: connections', () => {
  const { ok, codeOf } = useCuratedApi();

  it('page through a list with opaque keyset cursors: every item once, in order', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let total = 0;
    let pages = 0;
    for (;;) {
      pages++;
      const data: any = await ok(
        `query($after: String) { entities(filter: { types: [ORGANIZATION] }, first: 7, after: $after) {
          totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id name } } } }`,
        { after },
      );
      total = data.entities.totalCount;
      seen.push(...data.entities.edges.map((e: any) => e.node.name));
      expect(() =>
        Number(Buffer.from(data.entities.pageInfo.endCursor ?? '', 'base64url').toString()),
      ).not.toThrow();
      if (!data.entities.pageInfo.hasNextPage) break;
      // A cursor that went round in circles would never end.
      expect(pages, 'no more pages than the count needs').toBeLessThan(Math.ceil(total / 7));
      after = data.entities.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);
    expect(seen).toEqual([...seen].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    expect(total).toBeGreaterThan(20);
  });

  it('count without reading every node, and filter by country and kind', async () => {
    const data = await ok(`{
      cn: entities(filter: { countries: ["CN"], types: [ORGANIZATION] }, first: 100) { totalCount pageInfo { hasNextPage } edges { node { country ... on Organization { kind } } } }
      regulators: entities(filter: { kinds: ["regulator"] }) { totalCount }
    }`);
    // The count is of every match, not of the page.
    expect(data.cn.totalCount).toBeGreaterThan(0);
    expect(data.cn.edges.length).toBe(Math.min(data.cn.totalCount, 100));
    expect(data.cn.pageInfo.hasNextPage).toBe(data.cn.totalCount > 100);
    expect(data.cn.edges.every((e: any) => e.node.country === 'CN')).toBe(true);
    expect(data.regulators.totalCount).toBeGreaterThan(0);
  });

  it('refuse a page size out of range, a bad country code and a foreign cursor', async () => {
    const tooMany = await codeOf('{ entities(first: 10000) { totalCount } }');
    expect(tooMany).toEqual({
      code: 'BAD_USER_INPUT',
      message: 'first must be between 1 and 100; got 10000.',
    });
    expect((await codeOf('{ entities(first: 0) { totalCount } }')).code).toBe('BAD_USER_INPUT');
    expect(
      (await codeOf('{ entities(filter: { countries: ["china"] }) { totalCount } }')).code,
    ).toBe('BAD_USER_INPUT');
    const { entities } = await ok('{ entities(first: 1) { pageInfo { endCursor } } }');
    const foreign = await codeOf(
      `query($after: String) { entities(orderBy: ID_ASC, after: $after) { totalCount } }`,
      { after: entities.pageInfo.endCursor },
    );
    expect(foreign.code).toBe('BAD_USER_INPUT');
    expect((await codeOf('{ facts(after: "not-a-cursor") { totalCount } }')).code).toBe(
      'BAD_USER_INPUT',
    );
  });
});
