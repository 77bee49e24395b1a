import { describe, expect, it } from 'vitest';
import { useCuratedApi } from '../../support/api.js';

/**
 * The GraphQL API's contract on the curated seed, in a real Neo4j.
 * Access routes: what blocks a provider in a region, and what still reaches it.
 */
describe('the API on the curated graph: access routes', () => {
  const { ok } = useCuratedApi();

  it('name the block and every route that still reaches the region, with sources', async () => {
    const data = await ok(`{ accessRoutes(provider: "openai", region: "cn", asOf: "2024-08-01") {
      reachable summary blockedBy { id }
      routes { product { id } provider { id } operator { id } lineage { id }
               facts { id sources { source { id } } } circumvents { id } limitedBy { id } } } }`);
    const report = data.accessRoutes;
    expect(report.reachable).toBe(true);
    const blocks = report.blockedBy.map((block: any) => block.id);
    expect(blocks).toContain('openai-api-block-china-2024');
    const via21Vianet = report.routes.find((route: any) => route.operator?.id === '21vianet');
    expect(via21Vianet).toMatchObject({
      product: { id: 'azure-openai-service' },
      provider: { id: 'microsoft' },
      lineage: [{ id: 'azure-openai-service' }, { id: 'openai-gpt-models' }],
    });
    // A route gets around every block in force.
    expect(via21Vianet.circumvents.map((block: any) => block.id)).toEqual(blocks);
    expect(via21Vianet.facts.map((f: any) => f.id)).toEqual([
      'azure-openai-service-cn-via-21vianet',
      'microsoft-21vianet-azure-china',
    ]);
    for (const fact of via21Vianet.facts) expect(fact.sources.length).toBeGreaterThan(0);
    expect(report.summary).toContain('21Vianet');
    expect(report.summary).toContain('openai-api-block-china-2024');
  });

  it('say when nothing reaches a region, and what blocks it', async () => {
    const data = await ok(`{ accessRoutes(provider: "openai", region: "ru", asOf: "2024-08-01") {
      reachable summary blockedBy { id } routes { product { id } } } }`);
    expect(data.accessRoutes).toMatchObject({
      reachable: false,
      routes: [],
      blockedBy: [{ id: 'openai-unsupported-countries' }],
    });
    expect(data.accessRoutes.summary).toContain('nothing still reaches');
  });

  it('know nothing of the block before it began', async () => {
    const data = await ok(
      `{ accessRoutes(provider: "openai", region: "cn", asOf: "2024-06-01") { blockedBy { id start { earliest } } } }`,
    );
    const blocks = data.accessRoutes.blockedBy;
    // Earlier blocks (ChatGPT behind the Great Firewall) were there; the API block was not yet.
    expect(blocks.length).toBeGreaterThan(0);
    expect(blocks.map((block: any) => block.id)).not.toContain('openai-api-block-china-2024');
    for (const block of blocks) expect(block.start.earliest <= '2024-06-01', block.id).toBe(true);
  });

  it('give null for an unknown provider or region', async () => {
    const data = await ok(
      '{ a: accessRoutes(provider: "nope", region: "cn") { reachable } b: accessRoutes(provider: "openai", region: "openai") { reachable } }',
    );
    expect(data).toEqual({ a: null, b: null });
  });
});
