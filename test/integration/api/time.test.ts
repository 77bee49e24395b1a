import { describe, expect, it } from 'vitest';
import { useCuratedApi } from '../../support/api.js';

/**
 * The GraphQL API's contract on the curated seed, in a real Neo4j.
 * Time: timelines of dated events, and dates checked.
 */
describe('the API on the curated graph: time', () => {
  const { ok, codeOf } = useCuratedApi();

  it("tells an entity's dated events in order", async () => {
    const data =
      await ok(`{ entity(id: "openai-foundation") { timeline(from: "2024-01-01", to: "2024-12-31") {
      change date { text earliest latest } fact { id } } } }`);
    const events = data.entity.timeline;
    expect(events.length).toBeGreaterThan(3);
    // A date sorts by the first day it may mean, an end by the last (an end in "2024" after
    // everything else that year).
    const days = events.map((e: any) => (e.change === 'ENDED' ? e.date.latest : e.date.earliest));
    expect(days).toEqual([...days].sort());
    expect(events).toContainEqual({
      change: 'ENDED',
      date: { text: '2024-07-09', earliest: '2024-07-09', latest: '2024-07-09' },
      fact: { id: 'dee-templeton-openai-observer' },
    });
    expect(events.every((e: any) => e.date.text.startsWith('2024'))).toBe(true);
  });

  it('refuses a malformed date, as a literal or a variable', async () => {
    const literal = await codeOf('{ facts(asOf: "2024-02-30") { totalCount } }');
    expect(literal.code).toBe('BAD_USER_INPUT');
    expect(literal.message).toContain('YYYY-MM-DD');
    const variable = await codeOf('query($d: Date) { facts(asOf: $d) { totalCount } }', {
      d: 'yesterday',
    });
    expect(variable.code).toBe('BAD_USER_INPUT');
    expect(
      (await codeOf('{ facts(filter: { from: "2025-01-01", to: "2024-01-01" }) { totalCount } }'))
        .code,
    ).toBe('BAD_USER_INPUT');
  });
});
