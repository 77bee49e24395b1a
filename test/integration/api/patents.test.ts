import { describe, expect, it } from 'vitest';
import { useCuratedApi } from '../../support/api.js';

/**
 * The GraphQL API's contract on the curated seed, in a real Neo4j.
 * Patent statistics: jurisdictions and applicants ranked.
 */
describe('the API on the curated graph: patent statistics', () => {
  const { ok } = useCuratedApi();

  it('rank jurisdictions and applicants', async () => {
    const data = await ok(`{
      countries: patentRanking(by: JURISDICTION, field: "generative AI", from: "2014-01-01", to: "2023-12-31") { rank count entity { id } statistics { unit } }
      applicants: patentRanking(by: APPLICANT, first: 3) { rank count entity { __typename } }
    }`);
    expect(data.countries[0]).toMatchObject({ rank: 1, count: 38210, entity: { id: 'cn' } });
    expect(data.countries[1]).toMatchObject({ rank: 2, entity: { id: 'us' } });
    const counts = data.countries.map((c: any) => c.count);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(data.applicants.length).toBeGreaterThan(0);
    const asOf = await ok(`{
      during: patentRanking(by: JURISDICTION, asOf: "2020-06-01", first: 1) { entity { id } }
      before: patentRanking(by: JURISDICTION, asOf: "2010-06-01") { count }
    }`);
    expect(asOf).toEqual({ during: [{ entity: { id: 'cn' } }], before: [] });
    expect(data.applicants.every((a: any) => a.entity.__typename === 'Organization')).toBe(true);
  });
});
