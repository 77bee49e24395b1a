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

  '09-entity-list-chinese-ai-chip-firms.graphql': ({ entity }) => {
    const listings = nodes(entity.listings);
    const rules = nodes(entity.rules);
    expect(listings).toHaveLength(entity.listings.totalCount);
    expect(rules).toHaveLength(entity.rules.totalCount);
    // BIS's listings of Chinese organizations, none lifted, oldest first.
    for (const listing of listings) {
      expectSourced(listing);
      expect(listing).toMatchObject({ kind: 'entity-listing', imposedBy: { id: 'bis' } });
      expect(listing.status, listing.id).toBe('ACTIVE');
      expect(listing.end).toBeNull();
      expect(listing.targets.map((target: any) => target.country)).toEqual(['CN']);
    }
    const starts = listings.map((listing: any) => listing.start.text);
    expect(starts).toEqual([...starts].sort());
    const listed = listings.map((listing: any) => listing.targets[0].id);
    expect(listed).toEqual(
      expect.arrayContaining(['huawei', 'sugon', 'sensetime', 'smic', 'cambricon', 'zhipu-ai']),
    );
    // Every listing known to the day took effect by a rule of that day that names the listed firm;
    // one known only to its month (Wingtech's, 2024-12) has a rule in that month.
    for (const listing of listings) {
      const [target] = listing.targets;
      const day = listing.start.text.length === 'YYYY-MM-DD'.length;
      const rule = rules.find((r: any) =>
        day
          ? r.date.text === listing.start.text && ids(r.targets).includes(target.id)
          : r.date.text.startsWith(listing.start.text),
      );
      expect(rule, `${listing.id} has no rule of its day naming ${target.id}`).toBeDefined();
    }
    for (const rule of rules) {
      expectSourced(rule);
      expect(rule).toMatchObject({ action: 'amended', actor: { id: 'bis' } });
    }
    // Zhipu AI: listed effective 2025-01-16 by the rule published at 90 FR 4617; Sophgo the same
    // day by another rule (90 FR 4621).
    const zhipu = listings.find((listing: any) => listing.targets[0].id === 'zhipu-ai');
    expect(zhipu.start.text).toBe('2025-01-16');
    const zhipuRule = rules.find((rule: any) => ids(rule.targets).includes('zhipu-ai'));
    expect(zhipuRule).toMatchObject({
      id: 'bis-entity-list-rule-2025-01-16-zhipu',
      date: { text: '2025-01-16' },
    });
    expect(zhipuRule.description).toContain('90 FR 4617');
    const sophgoRule = rules.find((rule: any) => ids(rule.targets).includes('sophgo'));
    expect(sophgoRule.date.text).toBe('2025-01-16');
    expect(sophgoRule.description).toContain('90 FR 4621');
    // Huawei and HiSilicon from 2019-05-16 (84 FR 22961); the supercomputing builders from 2019-06-24.
    const huaweiRule = rules.find((rule: any) => rule.date.text === '2019-05-16');
    expect(ids(huaweiRule.targets)).toEqual(expect.arrayContaining(['huawei', 'hisilicon']));
    expect(huaweiRule.description).toContain('84 FR 22961');
    const sugon = listings.find((listing: any) => listing.targets[0].id === 'sugon');
    expect(sugon.start.text).toBe('2019-06-24');
    expect(sugon.description).toContain('84 FR 29371');
  },

  '10-us-state-ai-laws.graphql': (laws) => {
    const actions = (law: any) => {
      const found = nodes(law.facts);
      expect(found).toHaveLength(law.facts.totalCount);
      for (const action of found) expectSourced(action);
      const dates = found.map((action: any) => action.date.text);
      expect(dates, `${law.id} in order`).toEqual([...dates].sort());
      return found.map((action: any) => [action.action, action.date.text, action.status]);
    };
    // Every law was signed by its state's governor; only its passage by the legislature may come
    // before the signature.
    const GOVERNORS: Record<string, string> = {
      colorado2024: 'jared-polis',
      colorado2026: 'jared-polis',
      california: 'gavin-newsom',
      texas: 'greg-abbott',
      newYork: 'kathy-hochul',
      utah: 'spencer-cox',
      illinois: 'jb-pritzker',
    };
    expect(Object.keys(laws).sort()).toEqual(Object.keys(GOVERNORS).sort());
    for (const [key, law] of Object.entries<any>(laws)) {
      const all = nodes(law.facts);
      const signed = all.findIndex((action: any) => action.action === 'signed');
      expect(all[signed], key).toMatchObject({ actor: { id: GOVERNORS[key] } });
      expect(
        all.slice(0, signed).every((action: any) => action.action === 'passed'),
        key,
      ).toBe(true);
    }
    expect(actions(laws.california)).toEqual([
      ['signed', '2025-09-29', 'COMPLETED'],
      ['effective', '2026-01-01', 'COMPLETED'],
    ]);
    expect(actions(laws.texas)).toEqual([
      ['signed', '2025-06-22', 'COMPLETED'],
      ['effective', '2026-01-01', 'COMPLETED'],
    ]);
    expect(actions(laws.utah)).toEqual([
      ['signed', '2024-03-13', 'COMPLETED'],
      ['effective', '2024-05-01', 'COMPLETED'],
    ]);
    expect(actions(laws.illinois)).toEqual([
      ['signed', '2024-08-09', 'COMPLETED'],
      ['effective', '2026-01-01', 'COMPLETED'],
    ]);
    // Signed; no effective date recorded yet.
    expect(actions(laws.newYork)).toEqual([
      ['passed', '2025-06-12', 'COMPLETED'],
      ['signed', '2025-12-19', 'COMPLETED'],
    ]);
    // Colorado's 2024 AI Act never took effect: delayed, then repealed and replaced the same day
    // by SB 26-189, which is to take effect on 2027-01-01 (announced, not yet happened).
    expect(actions(laws.colorado2024)).toEqual([
      ['signed', '2024-05-17', 'COMPLETED'],
      ['amended', '2025-08-28', 'COMPLETED'],
      ['revoked', '2026-05-14', 'COMPLETED'],
    ]);
    expect(actions(laws.colorado2026)).toEqual([
      ['signed', '2026-05-14', 'COMPLETED'],
      ['effective', '2027-01-01', 'ANNOUNCED'],
    ]);
  },

  '11-eu-ai-act-milestones.graphql': ({ entity }) => {
    const milestones = nodes(entity.facts);
    expect(milestones).toHaveLength(entity.facts.totalCount);
    for (const milestone of milestones) expectSourced(milestone);
    const dates = milestones.map((milestone: any) => milestone.date.text);
    expect(dates).toEqual([...dates].sort());
    // The dates the Act itself sets, in order, among the Commission's guidance and later changes.
    const effective = milestones
      .filter((milestone: any) => milestone.action === 'effective')
      .map((milestone: any) => [milestone.id, milestone.date.text]);
    expect(effective).toEqual([
      ['eu-ai-act-entry-into-force', '2024-08-01'],
      ['eu-ai-act-prohibitions-apply', '2025-02-02'],
      ['eu-ai-act-gpai-obligations-apply', '2025-08-02'],
      ['eu-ai-act-general-application-2026', '2026-08-02'],
    ]);
    const byId = (id: string) => milestones.find((milestone: any) => milestone.id === id);
    expect(byId('eu-ai-act-proposed')).toMatchObject({
      action: 'proposed',
      date: { text: '2021-04-21' },
      actor: { id: 'european-commission' },
    });
    expect(byId('eu-ai-act-council-final-approval')).toMatchObject({
      action: 'enacted',
      date: { text: '2024-05-21' },
      actor: { id: 'council-of-the-eu' },
    });
    // The high-risk obligations were deferred before the general application date.
    expect(byId('eu-ai-act-high-risk-deferred')).toMatchObject({
      action: 'amended',
      date: { text: '2026-06-29' },
    });
    expect(dates[0]).toBe('2021-04-21');
  },

  '12-who-invested-in-anthropic.graphql': ({ entity }) => {
    const all = nodes(entity.investmentsReceived);
    expect(all).toHaveLength(entity.investmentsReceived.totalCount);
    for (const investment of all) {
      expectSourced(investment);
      expect(investment.investors.length, investment.id).toBeGreaterThan(0);
      // An amount or the press's estimate of it, never neither.
      if (investment.undisclosed)
        expect(investment.estimates.length, investment.id).toBeGreaterThan(0);
      else expect(investment.amount.currency, investment.id).toBe('USD');
    }
    const dates = all.map((investment: any) => investment.date.text);
    expect(dates).toEqual([...dates].sort());
    const byId = (id: string) => all.find((investment: any) => investment.id === id);
    const investorsOf = all.flatMap((investment: any) => ids(investment.investors));
    expect(investorsOf).toEqual(
      expect.arrayContaining(['google', 'amazon', 'microsoft', 'nvidia', 'menlo-ventures']),
    );
    // Committed, not paid: announced ceilings ("up to"), their status ANNOUNCED.
    const committed = all.filter((investment: any) => investment.status === 'ANNOUNCED');
    expect(ids(committed)).toEqual([
      'google-investment-anthropic-2023',
      'microsoft-investment-anthropic-2025',
      'nvidia-investment-anthropic-2025',
      'google-investment-anthropic-2026-04',
    ]);
    for (const investment of all.filter((i: any) => i.status !== 'ANNOUNCED')) {
      expect(investment.status, investment.id).toBe('COMPLETED');
    }
    expect(byId('microsoft-investment-anthropic-2025')).toMatchObject({
      date: { text: '2025-11-18' },
      amount: { value: 5_000_000_000 },
    });
    expect(byId('microsoft-investment-anthropic-2025').notes).toContain('not money paid');
    expect(byId('nvidia-investment-anthropic-2025').amount.value).toBe(10_000_000_000);
    // Amazon paid in tranches: USD 1.25 + 2.75 billion (its first USD 4 billion), 4 billion more
    // in November 2024, 5 billion in April 2026.
    const amazon = all.filter((investment: any) => ids(investment.investors).includes('amazon'));
    expect(amazon.map((i: any) => [i.date.text, i.amount.value, i.status])).toEqual([
      ['2023-09', 1_250_000_000, 'COMPLETED'],
      ['2024-03-27', 2_750_000_000, 'COMPLETED'],
      ['2024-11-22', 4_000_000_000, 'COMPLETED'],
      ['2026-04-20', 5_000_000_000, 'COMPLETED'],
    ]);
    // Google's 2025 investment was undisclosed: the press put it at USD 1 billion.
    expect(byId('google-investment-anthropic-2025')).toMatchObject({
      amount: null,
      undisclosed: true,
    });
    expect(byId('google-investment-anthropic-2025').estimates[0].value).toBe(1_000_000_000);
    // The lettered rounds, with their leads.
    const rounds = all
      .filter((investment: any) => /^Series /.test(investment.round))
      .map((investment: any) => [investment.round, investment.date.text, investment.amount.value]);
    expect(rounds).toEqual([
      ['Series E', '2025-03', 3_500_000_000],
      ['Series F', '2025-09', 13_000_000_000],
      ['Series G', '2026-02-12', 30_000_000_000],
      ['Series H', '2026-05-28', 65_000_000_000],
    ]);
    // Series H counts earlier hyperscaler commitments: its notes warn against adding them.
    expect(byId('anthropic-series-h-2026').notes).toContain('do not add');
  },

  '13-openai-boards-today.graphql': ({ foundation, group }) => {
    const seats = (entity: any) => {
      const found = nodes(entity.boardSeats);
      expect(found).toHaveLength(entity.boardSeats.totalCount);
      for (const seat of found) {
        expectSourced(seat);
        // Held today: started by then, not ended.
        expect(seat.status, seat.id).toBe('ACTIVE');
        expect(seat.end).toBeNull();
        expect(seat.start.text <= '2026-11-30', seat.id).toBe(true);
      }
      return found;
    };
    const foundationSeats = seats(foundation);
    const groupSeats = seats(group);
    const people = (found: any[]) => found.map((seat: any) => seat.person.id).sort();
    // The same eight people sit on both boards; Bret Taylor chairs the foundation's.
    expect(people(foundationSeats)).toEqual([
      'adam-dangelo',
      'adebayo-ogunlesi',
      'bret-taylor',
      'nicole-seligman',
      'paul-nakasone',
      'sam-altman',
      'sue-desmond-hellmann',
      'zico-kolter',
    ]);
    expect(people(groupSeats)).toEqual(people(foundationSeats));
    expect(
      foundationSeats
        .filter((seat: any) => seat.role === 'chair')
        .map((seat: any) => seat.person.id),
    ).toEqual(['bret-taylor']);
    for (const seat of foundationSeats) expect(seat.voting, seat.id).toBe(true);
    // On the group's board since the 2025-10-28 recapitalisation; Zico Kolter, a foundation
    // director, sits there as the foundation's non-voting observer.
    for (const seat of groupSeats) expect(seat.start.text, seat.id).toBe('2025-10-28');
    const kolter = groupSeats.find((seat: any) => seat.person.id === 'zico-kolter');
    expect(kolter).toMatchObject({
      role: 'observer',
      voting: false,
      onBehalfOf: { id: 'openai-foundation' },
    });
    for (const seat of groupSeats.filter((s: any) => s !== kolter)) {
      expect(seat, seat.id).toMatchObject({ role: 'member', voting: true });
    }
  },

  '14-bis-advanced-computing-rules.graphql': ({ inForce, all }) => {
    const rules = nodes(all);
    expect(rules).toHaveLength(all.totalCount);
    expect(ids(nodes(inForce))).toHaveLength(inForce.totalCount);
    for (const rule of rules) {
      expectSourced(rule);
      expect(rule.imposedBy.id).toBe('bis');
      expect(['export-control', 'licence-requirement']).toContain(rule.kind);
    }
    const starts = rules.map((rule: any) => rule.start.text);
    expect(starts).toEqual([...starts].sort());
    // In force today: exactly those not ended; the ended ones ended before today.
    const open = rules.filter((rule: any) => rule.end === null);
    expect(ids(nodes(inForce)).sort()).toEqual(ids(open).sort());
    for (const rule of open) expect(rule.status, rule.id).toBe('ACTIVE');
    for (const rule of rules.filter((r: any) => r.end !== null)) {
      expect(rule.status, rule.id).toBe('ENDED');
      expect(rule.end.text < '2026-11-30', rule.id).toBe(true);
    }
    const byId = (id: string) => rules.find((rule: any) => rule.id === id);
    // The advanced-computing rules of October 2022 and their 2023 update still hold.
    expect(ids(nodes(inForce))).toEqual(
      expect.arrayContaining([
        'bis-advanced-computing-controls-2022',
        'bis-advanced-computing-controls-2023',
        'bis-hbm-sme-fdp-controls-2024',
        'bis-gp10-huawei-ascend-restriction',
      ]),
    );
    expect(byId('bis-advanced-computing-controls-2022').start.text).toBe('2022-10-07');
    // The AI diffusion rule was rescinded on 2025-05-13, the day BIS's guidance on Huawei's Ascend
    // chips took effect; the affiliates rule was suspended; the 2020 Huawei FDP rule was replaced.
    expect(byId('ai-diffusion-rule-controls')).toMatchObject({
      start: { text: '2025-01-13' },
      end: { text: '2025-05-13' },
      status: 'ENDED',
    });
    expect(byId('bis-gp10-huawei-ascend-restriction').start.text).toBe('2025-05-13');
    expect(ids(byId('bis-gp10-huawei-ascend-restriction').products)).toEqual(
      expect.arrayContaining(['huawei-ascend-910b', 'huawei-ascend-910c']),
    );
    expect(byId('bis-affiliates-rule-restriction')).toMatchObject({
      start: { text: '2025-09-29' },
      end: { text: '2025-11-10' },
    });
    expect(byId('bis-huawei-fdp-rule-2020-05').end.text).toBe(
      byId('bis-huawei-fdp-rule-2020-08-17').start.text,
    );
  },

  '15-where-claude-is-unavailable.graphql': ({ anthropic }) => {
    const regions = (connection: any, day: string) => {
      const found = nodes(connection);
      expect(found).toHaveLength(connection.totalCount);
      for (const restriction of found) {
        expectSourced(restriction);
        expect(restriction).toMatchObject({
          kind: 'unsupported-region',
          imposedBy: { id: 'anthropic' },
        });
        expect(ids(restriction.products)).toEqual(expect.arrayContaining(['claude', 'claude-api']));
        // In force on the day: started by then (a year-precise start by its first day), not ended.
        expect(restriction.start.text <= day, restriction.id).toBe(true);
        expect(restriction.end).toBeNull();
      }
      return new Set(found.flatMap((restriction: any) => ids(restriction.targets)));
    };
    const today = regions(anthropic.today, '2026-11-30');
    const aYearEarlier = regions(anthropic.aYearEarlier, '2025-11-30');
    // China, Russia, Iran and North Korea; Belarus, Cuba, Syria, Venezuela and Macau.
    for (const region of ['cn', 'ru', 'ir', 'kp', 'by', 'cu', 'sy', 've', 'mo']) {
      expect(today.has(region), region).toBe(true);
      expect(aYearEarlier.has(region), region).toBe(true);
    }
    // Since then, Hong Kong: unsupported from 2026-03-16.
    expect([...today].filter((region) => !aYearEarlier.has(region))).toEqual(['hk']);
    expect([...aYearEarlier].filter((region) => !today.has(region))).toEqual([]);
    const hk = nodes(anthropic.today).find((r: any) => ids(r.targets).includes('hk'));
    expect(hk.start.text).toBe('2026-03-16');
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
