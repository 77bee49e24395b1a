import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Coverage } from '../../../src/model/coverage.js';
import { coverageOfSeed } from '../../../src/seed/coverage.js';
import { renderCoverage } from '../../../src/seed/coverageReport.js';
import { validateSeed } from '../../../src/seed/validate.js';
import { useCuratedApi } from '../../support/api.js';

/**
 * The API's coverage of the loaded curated graph, counted by Cypher, against the seed's,
 * counted in the files (docs/coverage.md).
 */
describe('the API on the curated graph: coverage', () => {
  const { ok, codeOf } = useCuratedApi();

  it('gives the figures of docs/coverage.md', async () => {
    const { coverage } = await ok(`{
      coverage {
        entities facts sources
        factsByType { value count }
        factsByCategory { type category count }
        entitiesByCategory { type category count }
        factsByDomain { value count }
        factsByYear { value count }
        sourcesByPublisher { value count }
        factsByConfidence { value count }
        topRegions { region { id name } facts }
      }
    }`);
    const fromApi: Coverage = {
      ...coverage,
      topRegions: coverage.topRegions.map((tally: any) => ({
        id: tally.region.id,
        name: tally.region.name,
        facts: tally.facts,
      })),
    };
    const { seed, errors } = validateSeed('seed');
    expect(errors).toEqual([]);
    expect(fromApi).toEqual(coverageOfSeed(seed));
    expect(renderCoverage(fromApi, 'seed')).toBe(readFileSync('docs/coverage.md', 'utf8'));
  });

  it('lists as many top regions as asked, 1 to 100', async () => {
    const { coverage } = await ok(`{
      coverage { all: topRegions(first: 100) { region { id } facts } three: topRegions(first: 3) { region { id } facts } }
    }`);
    expect(coverage.three).toEqual(coverage.all.slice(0, 3));
    expect(coverage.all.length).toBeGreaterThan(15);
    expect((await codeOf('{ coverage { topRegions(first: 0) { facts } } }')).code).toBe(
      'BAD_USER_INPUT',
    );
  });
});
