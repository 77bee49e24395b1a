import { readdirSync, readFileSync } from 'node:fs';
import { Kind, parse } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { type App, createApp } from '../../src/server/app.js';
import { useSharedGraph } from '../support/database.js';
import { CURATED_SEED } from '../support/sharedGraphs.js';
import { TEST_API } from '../support/testApi.js';

/**
 * Every file in examples/queries runs against the curated seed and must give the real answer
 * to its question. A file without an entry in `answers` fails, so no example goes untested.
 */
const EXAMPLES = new URL('../../examples/queries/', import.meta.url);
const files = readdirSync(EXAMPLES).sort();

const ids = (items: { id: string }[]) => items.map((item) => item.id);
const nodes = (connection: { edges: { node: any }[] }) => connection.edges.map((edge) => edge.node);

/** Every citation names a source with an address. */
function expectSourced(fact: { id: string; sources: { source: { url: string } }[] }): void {
  expect(fact.sources.length, `${fact.id} has no source`).toBeGreaterThan(0);
  for (const citation of fact.sources) expect(citation.source.url).toMatch(/^https?:\/\//);
}

const WINBUZZER =
  'https://winbuzzer.com/2024/07/10/chinese-firms-use-openai-through-azure-cloud-service-xcxwbn/';

const answers: Record<string, (data: any) => void> = {
  '01-china-access-to-openai.graphql': ({ accessRoutes: report }) => {
    expect(report.asOf).toBe('2024-08-01');
    expect(report.reachable).toBe(true);
    // OpenAI's API block, with whatever else blocked OpenAI in China that day (the Great
    // Firewall's block of ChatGPT, ChatGPT's unsupported-region list), each started by then.
    const BLOCK = 'openai-api-block-china-2024';
    expect(ids(report.blockedBy)).toEqual(expect.arrayContaining([BLOCK]));
    expect(ids(report.blockedBy)).not.toContain('microsoft-azure-openai-individuals-china-2024');
    for (const restriction of report.blockedBy) {
      expect(restriction.start.text <= '2024-08-01', restriction.id).toBe(true);
    }
    expect(report.blockedBy.find((r: any) => r.id === BLOCK).imposedBy.id).toBe('openai');
    expect(report.summary).toContain(BLOCK);
    expect(report.summary).toContain('21Vianet');
    expect(report.routes).toHaveLength(2);

    const via21Vianet = report.routes.find((route: any) => route.operator?.id === '21vianet');
    expect(via21Vianet.product.id).toBe('azure-openai-service');
    expect(via21Vianet.provider.id).toBe('microsoft');
    expect(ids(via21Vianet.lineage)).toEqual(['azure-openai-service', 'openai-gpt-models']);
    expect(via21Vianet.availability.id).toBe('azure-openai-service-cn-via-21vianet');
    expect(ids(via21Vianet.facts)).toEqual([
      'azure-openai-service-cn-via-21vianet',
      'microsoft-21vianet-azure-china',
    ]);
    expect(via21Vianet.facts.map((fact: any) => fact.__typename)).toEqual([
      'Availability',
      'Partnership',
    ]);
    for (const fact of via21Vianet.facts) {
      expectSourced(fact);
      const winbuzzer = fact.sources.find((citation: any) => citation.source.url === WINBUZZER);
      expect(winbuzzer?.source).toMatchObject({
        title: 'Azure Cloud Service Enables OpenAI Use in China Despite Ban',
        publisher: 'WinBuzzer',
        published: { text: '2024-07-10' },
      });
    }
    expect(via21Vianet.facts[0].sources[0].quote).toBe(
      'By partnering with 21Vianet, Microsoft Azure provides OpenAI services to eligible clients in China.',
    );
    // Every route gets around every block in force.
    expect(ids(via21Vianet.circumvents)).toEqual(ids(report.blockedBy));
    // Microsoft's withdrawal from individual developers came later (2024-10-21).
    expect(via21Vianet.limitedBy).toEqual([]);

    const direct = report.routes.find((route: any) => route.operator === null);
    expect(direct.availability.id).toBe('azure-openai-service-cn-eligible-customers');
    expect(ids(direct.circumvents)).toEqual(ids(report.blockedBy));
  },

  '02-openai-board-observers.graphql': ({ nonprofit, group }) => {
    const observers = (entity: any) => {
      const seats = nodes(entity.boardSeats);
      expect(seats).toHaveLength(entity.boardSeats.totalCount);
      for (const seat of seats) expectSourced(seat);
      expect(seats.every((seat: any) => seat.role === 'observer' && !seat.voting)).toBe(true);
      return seats.map((seat: any) => ({
        person: seat.person.id,
        onBehalfOf: seat.onBehalfOf?.id,
        status: seat.status,
        start: seat.start?.text,
        end: seat.end?.text,
        date: seat.date?.text,
      }));
    };
    // Until the 2025 recapitalisation, the nonprofit's board.
    expect(observers(nonprofit)).toEqual([
      {
        person: 'dee-templeton',
        onBehalfOf: 'microsoft',
        status: 'ENDED',
        start: '2024-01-05',
        end: '2024-07-09',
        date: undefined,
      },
      // Planned under the Apple deal and dropped: never held.
      {
        person: 'phil-schiller',
        onBehalfOf: 'apple',
        status: 'CANCELLED',
        start: undefined,
        end: undefined,
        date: '2024-07-02',
      },
    ]);
    // Since then, the foundation's observer on the OpenAI Group board.
    expect(observers(group)).toEqual([
      {
        person: 'zico-kolter',
        onBehalfOf: 'openai-foundation',
        status: 'ACTIVE',
        start: '2025-10-28',
        end: undefined,
        date: undefined,
      },
    ]);
  },

  '03-microsoft-investments-in-openai.graphql': ({ entity }) => {
    const all = nodes(entity.investmentsMade);
    expect(all).toHaveLength(entity.investmentsMade.totalCount);
    for (const round of all) {
      expect(ids(round.investors), round.id).toContain('microsoft');
      expectSourced(round);
    }
    // Microsoft also invests elsewhere (Mistral AI, G42, Anthropic): OpenAI's are those whose
    // investee is OpenAI, oldest first, with the rounds Microsoft joined among others.
    expect(all.some((round: any) => round.investee.id !== 'openai')).toBe(true);
    const rounds = all.filter((round: any) => round.investee.id === 'openai');
    expect(ids(rounds)).toEqual([
      'microsoft-investment-openai-2019',
      'microsoft-investment-openai-2021',
      'microsoft-investment-openai-2023',
      'microsoft-investment-openai-cumulative',
      'openai-funding-2024-10',
      'openai-funding-2025-softbank-led',
      'microsoft-openai-recapitalisation-2025',
      'openai-funding-2026-03',
    ]);
    const round = (id: string) => rounds.find((r: any) => r.id === id);
    const [first, second, third, cumulative] = rounds;
    const recapitalisation = round('microsoft-openai-recapitalisation-2025');
    expect(ids(round('openai-funding-2024-10').investors)).toEqual(
      expect.arrayContaining(['thrive-capital', 'microsoft', 'nvidia', 'softbank']),
    );
    expect(first).toMatchObject({
      round: 'first investment',
      date: { text: '2019-07-22' },
      amount: { value: 1_000_000_000, currency: 'USD' },
      undisclosed: false,
      estimates: [],
    });
    expect(second).toMatchObject({ date: { text: '2021' }, amount: null, undisclosed: true });
    expect(second.estimates.map((estimate: any) => estimate.value)).toEqual([
      2_000_000_000, 2_000_000_000,
    ]);
    expect(third).toMatchObject({ date: { text: '2023-01-23' }, amount: null, undisclosed: true });
    expect(third.estimates[0]).toMatchObject({
      value: 10_000_000_000,
      currency: 'USD',
      source: { id: 'latimes-bloomberg-2023-01-23-microsoft-openai' },
    });
    expect(cumulative).toMatchObject({ round: 'cumulative commitment', confidence: 'MEDIUM' });
    // Up to USD 13 billion committed, of which USD 11.8 billion funded by 2026-03-31.
    expect(cumulative.estimates.map((estimate: any) => estimate.value)).toEqual([
      13_000_000_000, 13_000_000_000, 11_800_000_000,
    ]);
    expect(cumulative.notes).toContain('do not add it');
    expect(recapitalisation).toMatchObject({
      date: { text: '2025-10-28' },
      amount: null,
      stakePercent: 27,
      estimates: [],
    });
  },

  '04-restrictions-on-china-2024-08-01.graphql': ({ entity }) => {
    const restrictions = nodes(entity.restrictions);
    expect(restrictions).toHaveLength(entity.restrictions.totalCount);
    expect(ids(restrictions)).toEqual(
      expect.arrayContaining([
        'bis-advanced-computing-controls-2022',
        'bis-advanced-computing-controls-2023',
        'openai-api-block-china-2024',
        'china-great-firewall-chatgpt-2023',
      ]),
    );
    // Not Microsoft's withdrawal (from 2024-10-21) nor the 2025 rules: only those in force.
    expect(ids(restrictions)).not.toContain('microsoft-azure-openai-individuals-china-2024');
    for (const restriction of restrictions) {
      expectSourced(restriction);
      expect(restriction.start.text <= '2024-08-01', restriction.id).toBe(true);
      expect(restriction.end).toBeNull();
    }
    // Oldest first.
    const starts = restrictions.map((restriction: any) => restriction.start.text);
    expect(starts).toEqual([...starts].sort());
    const byId = (id: string) => restrictions.find((restriction: any) => restriction.id === id);
    const block = byId('openai-api-block-china-2024');
    expect(block).toMatchObject({
      kind: 'api-access-block',
      start: { text: '2024-07-09' },
      imposedBy: { id: 'openai' },
      policy: { id: 'openai-supported-countries-policy' },
    });
    expect(ids(block.products)).toEqual(['openai-api']);
    expect(byId('bis-advanced-computing-controls-2022').imposedBy.id).toBe('bis');
    expect(ids(byId('bis-advanced-computing-controls-2023').products)).toEqual([
      'nvidia-a800',
      'nvidia-h800',
    ]);
  },

  '05-path-21vianet-openai.graphql': ({ shortestPaths: paths }) => {
    expect(paths.length).toBeGreaterThan(0);
    for (const path of paths) {
      expect(path.length).toBe(2);
      expect(path.steps).toHaveLength(2);
      expect(path.steps[0].from.id).toBe('21vianet');
      expect(path.steps[1].from.id).toBe(path.steps[0].to.id);
      expect(path.steps[1].to.id).toBe('openai');
      // Through Microsoft (its partner) or China (where 21Vianet operates and OpenAI blocks).
      expect(['microsoft', 'cn']).toContain(path.steps[0].to.id);
      for (const step of path.steps) {
        expect(step.fact, 'every step is a fact').not.toBeNull();
        expectSourced(step.fact);
      }
    }
    const viaMicrosoft = paths.find((path: any) => path.steps[0].to.id === 'microsoft');
    expect(viaMicrosoft, 'a path through Microsoft').toBeDefined();
    expect(viaMicrosoft.steps[0]).toMatchObject({
      relation: 'partnership',
      fromRole: 'PARTY',
      toRole: 'PARTY',
      fact: { id: 'microsoft-21vianet-azure-china' },
    });
  },

  '06-genai-patent-leaders.graphql': ({ byCountry, byApplicant }) => {
    const table = (ranking: any[]) =>
      ranking.map((rank) => [rank.rank, rank.entity.id, rank.count]);
    expect(table(byCountry)).toEqual([
      [1, 'cn', 38210],
      [2, 'us', 6276],
      [3, 'kr', 4155],
      [4, 'jp', 3409],
      [5, 'in', 1350],
      [6, 'gb', 714],
      [7, 'de', 708],
    ]);
    // Ranked by count, then id: Microsoft shares tenth place with BBK Electronics (377 each),
    // which the default ten would have cut off.
    expect(byApplicant.map((rank: any) => rank.rank)).toEqual(
      byApplicant.map((_: any, i: number) => i + 1),
    );
    const counts = byApplicant.map((rank: any) => rank.count);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(table(byApplicant.slice(0, 11))).toEqual([
      [1, 'tencent', 2074],
      [2, 'ping-an-insurance', 1564],
      [3, 'baidu', 1234],
      [4, 'chinese-academy-of-sciences', 607],
      [5, 'ibm', 601],
      [6, 'alibaba-group', 571],
      [7, 'samsung-electronics', 468],
      [8, 'alphabet', 443],
      [9, 'bytedance', 418],
      [10, 'bbk-electronics', 377],
      [11, 'microsoft', 377],
    ]);
    for (const rank of [...byCountry, ...byApplicant]) {
      expect(rank.statistics).toHaveLength(1);
      expect(rank.statistics[0]).toMatchObject({
        unit: 'patent-families',
        start: { text: '2014' },
        end: { text: '2023' },
        reportedBy: { id: 'wipo' },
      });
    }
    expect(byCountry[0].statistics[0].basis).toBe('inventor-location');
  },

  '07-openai-2024-timeline.graphql': ({ entity }) => {
    const events = entity.timeline.map((event: any) => [
      event.date.text,
      event.change,
      event.fact.id,
    ]);
    // In the order they happened: the story of the founding block in July, in its own order...
    const july9 = events.filter(([date]: string[]) => date === '2024-07-09');
    expect(july9).toEqual([
      ['2024-07-09', 'STARTED', 'openai-api-block-china-2024'],
      ['2024-07-09', 'STARTED', 'openai-api-block-macau-2024'],
    ]);
    // ...among the year's other events.
    expect(events).toEqual(
      expect.arrayContaining([
        ['2024-01-25', 'HAPPENED', 'ftc-genai-6b-inquiry-launched'],
        ['2024-05-14', 'ENDED', 'ilya-sutskever-openai-chief-scientist'],
        ['2024-06', 'HAPPENED', 'openai-unsupported-regions-warning-2024'],
        ['2024-07-03', 'STARTED', 'openai-unsupported-countries'],
        ['2024-09-25', 'ENDED', 'mira-murati-openai-cto'],
        ['2024-10-02', 'HAPPENED', 'openai-funding-2024-10'],
        // Announced in June; it started when it reached users, with iOS 18.2 in December.
        ['2024-12', 'STARTED', 'apple-openai-chatgpt-integration'],
      ]),
    );
    // Only 2024, in order: a date sorts by its first day, an end by its last.
    const lastDay = { YEAR: '-12-31', MONTH: '-31', DAY: '' } as Record<string, string>;
    const days = entity.timeline.map((event: any) =>
      event.change === 'ENDED' ? event.date.text + lastDay[event.date.precision] : event.date.text,
    );
    expect(days.every((day: string) => day.startsWith('2024'))).toBe(true);
    expect(days).toEqual([...days].sort());
    const warning = entity.timeline.find(
      (event: any) => event.fact.id === 'openai-unsupported-regions-warning-2024',
    );
    expect(warning.date.precision).toBe('MONTH');
    for (const event of entity.timeline) expectSourced(event.fact);
  },

  '08-find-by-alias-vnet.graphql': ({ entity, search }) => {
    expect(entity).toMatchObject({
      __typename: 'Organization',
      id: '21vianet',
      name: '21Vianet',
      country: 'CN',
      kind: 'company',
      identifiers: { ticker: 'NASDAQ:VNET' },
    });
    expect(entity.aliases).toContain('VNET');
    expect(search.totalCount).toBeGreaterThan(0);
    expect(search.edges[0].node.id).toBe('21vianet');
    for (const edge of search.edges.slice(1)) {
      expect(edge.score).toBeLessThan(search.edges[0].score);
    }
  },
};

describe('the example queries in examples/queries', () => {
  const db = useSharedGraph(CURATED_SEED);
  let app: App;

  beforeAll(async () => {
    // The default limits (TEST_API differs only in its statement deadline).
    app = createApp({ driver: db.driver(), database: db.database, api: TEST_API });
  });

  async function run(query: string): Promise<{ status: number; body: any }> {
    const response = await app.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json',
      },
      body: JSON.stringify({ query, variables: {} }),
    });
    return { status: response.status, body: await response.json() };
  }

  it('are all here, and every answer check has its file', () => {
    expect(files.length).toBeGreaterThanOrEqual(8);
    expect(Object.keys(answers).filter((file) => !files.includes(file))).toEqual([]);
  });

  it.each(files)('%s answers its question', async (file) => {
    const check = answers[file];
    expect(check, `${file} has no entry in answers (test/integration/examples.test.ts)`).toBeTypeOf(
      'function',
    );
    expect(file).toMatch(/^\d\d-[a-z0-9-]+\.graphql$/);

    const query = readFileSync(new URL(file, EXAMPLES), 'utf8');
    expect(query, 'starts with a # comment stating the question').toMatch(/^# \S/);
    const operations = parse(query).definitions.filter(
      (definition) => definition.kind === Kind.OPERATION_DEFINITION,
    );
    expect(operations, 'one request: one operation').toHaveLength(1);
    expect(operations[0]).toMatchObject({ operation: 'query' });

    const { status, body } = await run(query);
    expect(body.errors).toBeUndefined();
    expect(status).toBe(200);
    check?.(body.data);
  });
});
