import { describe, expect, it } from 'vitest';
import { useCuratedApi } from '../../support/api.js';

/**
 * The GraphQL API's contract on the curated seed, in a real Neo4j.
 * Paths and neighbourhoods: how entities are tied by facts.
 */
describe('the API on the curated graph: paths and neighbourhoods', () => {
  const { ok, codeOf } = useCuratedApi();

  it('find the shortest paths, each step a fact with its sources', async () => {
    // 36 paths of two steps, returned in no particular order: ask for the most, 25, so that
    // some of the 24 through Microsoft are among them whichever come first.
    const data = await ok(`{ shortestPaths(from: "21vianet", to: "openai", first: 25) {
      length steps { from { id } to { id } relation fact { id sources { source { url } } } } } }`);
    expect(data.shortestPaths.length).toBeGreaterThan(0);
    for (const path of data.shortestPaths) {
      expect(path.length).toBe(2);
      expect(path.steps[0].from.id).toBe('21vianet');
      expect(path.steps.at(-1).to.id).toBe('openai');
      for (const step of path.steps) expect(step.fact.sources.length).toBeGreaterThan(0);
    }
    const firstFacts = data.shortestPaths.map((path: any) => path.steps[0].fact.id);
    expect(firstFacts).toContain('microsoft-21vianet-azure-china');
    expect(firstFacts).toEqual([...firstFacts].sort());
  });

  it('honour maxHops, fact types and asOf', async () => {
    const data = await ok(`{
      tooShort: shortestPaths(from: "21vianet", to: "openai", maxHops: 1) { length }
      investmentsOnly: shortestPaths(from: "microsoft", to: "openai", types: [INVESTMENT], viaLinks: false) { steps { fact { __typename } } }
      before: shortestPaths(from: "21vianet", to: "openai", asOf: "2000-01-01", viaLinks: false) { length }
    }`);
    expect(data.tooShort).toEqual([]);
    expect(data.investmentsOnly.length).toBeGreaterThan(0);
    for (const path of data.investmentsOnly)
      for (const step of path.steps) expect(step.fact.__typename).toBe('Investment');
    expect(data.before).toEqual([]);
    const tooLong = await codeOf('{ shortestPaths(from: "a", to: "b", maxHops: 50) { length } }');
    expect(tooLong).toEqual({
      code: 'BAD_USER_INPUT',
      message: 'maxHops must be between 1 and 6; got 50.',
    });
  });

  it('draw the neighbourhood of an entity: entities, facts and the edges between them', async () => {
    const data = await ok(`{
      one: neighbourhood(id: "21vianet") { center { id } entities { id } facts { id } edges { source target role relation } truncated }
      two: neighbourhood(id: "21vianet", depth: 2) { entities { id } facts { id } }
      small: neighbourhood(id: "openai", limit: 2) { entities { id } facts { id } edges { source target } truncated }
      none: neighbourhood(id: "nope") { center { id } }
      links: neighbourhood(id: "openai") { edges { source target role relation } }
    }`);
    const ids = new Set([...data.one.entities, ...data.one.facts].map((n: any) => n.id));
    expect(ids).toContain('microsoft');
    // Each tie once, though a link between the centre and a neighbour is seen from both.
    const ties = data.links.edges.map((edge: unknown) => JSON.stringify(edge));
    expect(ties).toContain(
      JSON.stringify({ source: 'chatgpt', target: 'openai', role: null, relation: 'provider' }),
    );
    expect(new Set(ties).size).toBe(ties.length);
    expect(ids).toContain('microsoft-21vianet-azure-china');
    for (const edge of data.one.edges) {
      expect(ids).toContain(edge.source);
      expect(ids).toContain(edge.target);
    }
    expect(data.one.truncated).toBe(false);
    expect(data.two.facts.length).toBeGreaterThan(data.one.facts.length);
    expect(data.small).toMatchObject({ truncated: true });
    expect(data.small.facts).toHaveLength(2);
    // Cut to its limit, a neighbourhood still has no edge that ends off it.
    const kept = new Set([...data.small.entities, ...data.small.facts].map((n: any) => n.id));
    for (const edge of data.small.edges) {
      expect(kept).toContain(edge.source);
      expect(kept).toContain(edge.target);
    }
    expect(data.none).toBeNull();
    expect((await codeOf('{ neighbourhood(id: "openai", depth: 3) { truncated } }')).code).toBe(
      'BAD_USER_INPUT',
    );
  });
});
