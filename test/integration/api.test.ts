import { beforeAll, describe, expect, it } from 'vitest';
import { loadSeed } from '../../src/load/load.js';
import { apiClient } from '../support/api.js';
import { useTestDatabase } from '../support/database.js';

/** The GraphQL API's contract, on the curated seed in a real Neo4j. */
describe('the GraphQL API on the curated graph', () => {
  const db = useTestDatabase();
  const request = apiClient(db.driver, db.database);
  const ok = async (query: string, variables?: Record<string, unknown>) => {
    const response = await request(query, variables);
    expect(response.errors).toBeUndefined();
    return response.data as Record<string, any>;
  };
  const codeOf = async (query: string, variables?: Record<string, unknown>) => {
    const response = await request(query, variables);
    return { code: response.errors?.[0]?.extensions?.code, message: response.errors?.[0]?.message };
  };

  beforeAll(async () => {
    await loadSeed(db.driver(), db.database, 'seed');
  });

  describe('looking entities up', () => {
    it('finds an entity by id, and gives null for an unknown id', async () => {
      const data = await ok(
        '{ known: entity(id: "21vianet") { id name __typename } unknown: entity(id: "no-such-entity") { id } }',
      );
      expect(data.known).toEqual({ id: '21vianet', name: '21Vianet', __typename: 'Organization' });
      expect(data.unknown).toBeNull();
    });

    it('finds an entity by name or alias, ignoring case', async () => {
      const data = await ok(`{
        byName: entity(name: "microsoft") { id }
        byAlias: entity(name: "VNET") { id }
        byAliasLower: entity(name: "vnet") { id }
        nothing: entity(name: "Nonexistent Corp") { id }
        all: entitiesByName(name: "OPENAI") { id }
      }`);
      expect(data.byName).toEqual({ id: 'microsoft' });
      expect(data.byAlias).toEqual({ id: '21vianet' });
      expect(data.byAliasLower).toEqual({ id: '21vianet' });
      expect(data.nothing).toBeNull();
      expect(data.all).toEqual([{ id: 'openai' }]);
    });

    it('does not return a fact or a source as an entity', async () => {
      const data = await ok(
        '{ entity(id: "openai-api-block-china-2024") { id } fact(id: "openai") { id } }',
      );
      expect(data).toEqual({ entity: null, fact: null });
    });

    it('wants exactly one of id and name', async () => {
      expect((await codeOf('{ entity { id } }')).code).toBe('BAD_USER_INPUT');
      expect((await codeOf('{ entity(id: "a", name: "b") { id } }')).code).toBe('BAD_USER_INPUT');
    });

    it('identifies every record globally: node and nodes', async () => {
      const data = await ok(`{
        node(id: "winbuzzer-2024-azure-openai-china") { __typename id ... on Source { publisher } }
        nodes(ids: ["openai", "nope", "microsoft-investment-openai-2019"]) { __typename id }
      }`);
      expect(data.node).toMatchObject({
        __typename: 'Source',
        id: 'winbuzzer-2024-azure-openai-china',
      });
      expect(data.nodes).toEqual([
        { __typename: 'Organization', id: 'openai' },
        null,
        { __typename: 'Investment', id: 'microsoft-investment-openai-2019' },
      ]);
    });

    it('refuses more than 100 ids at once, saying the limit', async () => {
      const ids = Array.from({ length: 101 }, (_, i) => `id-${i}`);
      const { code, message } = await codeOf('query($ids: [ID!]!) { nodes(ids: $ids) { id } }', {
        ids,
      });
      expect(code).toBe('BAD_USER_INPUT');
      expect(message).toContain('at most 100');
    });
  });

  describe('facts', () => {
    it('say when they held, with precision, status, confidence, notes and quoted sources', async () => {
      const data = await ok(`{
        fact(id: "azure-openai-service-cn-via-21vianet") {
          __typename status confidence notes
          start { text precision earliest latest } end { text }
          sources { quote source { url title publisher published { text precision } } }
          ... on Availability { product { id } region { id } operator { id } audience }
        }
      }`);
      expect(data.fact).toMatchObject({
        __typename: 'Availability',
        status: 'ACTIVE',
        confidence: 'MEDIUM',
        start: {
          text: '2024-07',
          precision: 'MONTH',
          earliest: '2024-07-01',
          latest: '2024-07-31',
        },
        end: null,
        product: { id: 'azure-openai-service' },
        region: { id: 'cn' },
        operator: { id: '21vianet' },
      });
      expect(data.fact.notes).toContain('21Vianet');
      const winbuzzer = data.fact.sources.find((s: any) => s.source.url.includes('winbuzzer.com'));
      expect(winbuzzer.quote).toContain('By partnering with 21Vianet');
      expect(winbuzzer.source.publisher).toBeTruthy();
    });

    it('list every entity a fact involves, with its role', async () => {
      const data = await ok(
        `{ fact(id: "dee-templeton-openai-observer") { involves { role entity { id } } } }`,
      );
      expect(data.fact.involves).toEqual(
        expect.arrayContaining([
          { role: 'HOLDER', entity: { id: 'dee-templeton' } },
          { role: 'BOARD', entity: { id: 'openai' } },
          { role: 'ON_BEHALF_OF', entity: { id: 'microsoft' } },
        ]),
      );
      expect(data.fact.involves).toHaveLength(3);
    });

    it("bound the entities that link to one: an organization's products and subsidiaries", async () => {
      const data = await ok(`{ entity(id: "microsoft") { ... on Organization {
        all: products(first: 500) { id provider { id } } two: products(first: 2) { id } subsidiaries { id } } } }`);
      expect(data.entity.all.length).toBeGreaterThan(2);
      expect(data.entity.all.every((p: any) => p.provider.id === 'microsoft')).toBe(true);
      expect(data.entity.two.map((p: any) => p.id)).toEqual(
        data.entity.all.slice(0, 2).map((p: any) => p.id),
      );
      expect(data.entity.subsidiaries).toContainEqual({ id: 'github' });
      const tooMany = await codeOf(
        '{ entity(id: "microsoft") { ... on Organization { products(first: 501) { id } } } }',
      );
      expect(tooMany.code).toBe('BAD_USER_INPUT');
    });

    it('are listed per entity by kind and direction', async () => {
      const data = await ok(`{
        microsoft: entity(id: "microsoft") { ... on Organization {
          investmentsMade(first: 100) { totalCount edges { node { id investee { id } } } }
          investmentsReceived { totalCount }
        } }
        openai: entity(id: "openai") { ... on Organization {
          investmentsReceived(first: 100) { edges { node { id investors { id } } } }
          restrictionsImposed(first: 100) { edges { node { id } } }
          boardSeats(first: 100) { edges { node { person { id } role } } }
        } }
        cn: entity(id: "cn") { ... on Region { restrictions(first: 100) { edges { node { id imposedBy { id } } } } } }
      }`);
      const made = data.microsoft.investmentsMade.edges.map((e: any) => e.node);
      expect(made.length).toBe(data.microsoft.investmentsMade.totalCount);
      expect(made.map((n: any) => n.id)).toContain('microsoft-investment-openai-2019');
      expect(made.every((n: any) => n.investee.id !== 'microsoft')).toBe(true);
      expect(data.microsoft.investmentsReceived.totalCount).toBe(0);
      const received = data.openai.investmentsReceived.edges.map((e: any) => e.node);
      expect(received.map((n: any) => n.id)).toContain('microsoft-investment-openai-2019');
      expect(received.every((n: any) => n.investors.length > 0)).toBe(true);
      expect(data.openai.restrictionsImposed.edges.map((e: any) => e.node.id)).toContain(
        'openai-api-block-china-2024',
      );
      expect(data.openai.boardSeats.edges).toContainEqual({
        node: { person: { id: 'dee-templeton' }, role: 'observer' },
      });
      expect(data.cn.restrictions.edges).toContainEqual({
        node: { id: 'openai-api-block-china-2024', imposedBy: { id: 'openai' } },
      });
    });

    it('as of a day: only those that held that day', async () => {
      const seats = async (asOf: string) =>
        (
          await ok(
            `query($asOf: Date) { entity(id: "openai") { ... on Organization {
              boardSeats(asOf: $asOf, first: 100) { edges { node { id } } } } } }`,
            { asOf },
          )
        ).entity.boardSeats.edges.map((e: any) => e.node.id);
      expect(await seats('2024-03-01')).toContain('dee-templeton-openai-observer');
      expect(await seats('2024-08-01')).not.toContain('dee-templeton-openai-observer');
      expect(await seats('2023-01-01')).not.toContain('bret-taylor-openai-chair');
      expect(await seats('2024-08-01')).toContain('bret-taylor-openai-chair');
    });

    it('are filtered by kind, status and date range', async () => {
      const data = await ok(`{
        exportControls: facts(types: [RESTRICTION], filter: { kinds: ["export-control"] }, first: 100) { edges { node { ... on Restriction { kind } } } }
        ended: facts(filter: { statuses: [ENDED] }, first: 100) { edges { node { status } } }
        in2019: facts(types: [INVESTMENT], filter: { from: "2019-01-01", to: "2019-12-31" }, first: 100) { edges { node { id } } }
      }`);
      expect(data.exportControls.edges.length).toBeGreaterThan(0);
      expect(data.exportControls.edges.every((e: any) => e.node.kind === 'export-control')).toBe(
        true,
      );
      expect(data.ended.edges.length).toBeGreaterThan(0);
      expect(data.ended.edges.every((e: any) => e.node.status === 'ENDED')).toBe(true);
      expect(data.in2019.edges.map((e: any) => e.node.id)).toContain(
        'microsoft-investment-openai-2019',
      );
      expect(data.in2019.edges.map((e: any) => e.node.id)).not.toContain(
        'microsoft-investment-openai-2023',
      );
    });
  });

  describe('connections', () => {
    it('page through a list with opaque keyset cursors: every item once, in order', async () => {
      const seen: string[] = [];
      let after: string | null = null;
      let total = 0;
      for (let page = 0; page < 20; page++) {
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
        after = data.entities.pageInfo.endCursor;
      }
      expect(seen).toHaveLength(total);
      expect(new Set(seen).size).toBe(total);
      expect(seen).toEqual([...seen].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
      expect(total).toBeGreaterThan(20);
    });

    it('count without reading every node, and filter by country and kind', async () => {
      const data = await ok(`{
        cn: entities(filter: { countries: ["CN"], types: [ORGANIZATION] }, first: 100) { totalCount edges { node { country ... on Organization { kind } } } }
        regulators: entities(filter: { kinds: ["regulator"] }) { totalCount }
      }`);
      expect(data.cn.totalCount).toBe(data.cn.edges.length);
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

  describe('search', () => {
    it('ranks names and aliases, and forgives a typo', async () => {
      const data = await ok(`{
        typo: search(query: "Microsfot") { edges { score node { id } } }
        alias: search(query: "vnet", types: [ORGANIZATION]) { edges { node { id } } }
        prefix: search(query: "Anthro") { edges { node { id } } }
      }`);
      expect(data.typo.edges[0].node.id).toBe('microsoft');
      expect(data.typo.edges[0].score).toBeGreaterThan(0);
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
      const data = await ok(
        '{ search(query: "name:\\"x\\" OR * ~ [a TO z] \\\\") { totalCount } }',
      );
      expect(data.search.totalCount).toBeGreaterThanOrEqual(0);
      expect((await codeOf('{ search(query: "  ") { totalCount } }')).code).toBe('BAD_USER_INPUT');
      expect((await codeOf('{ search(query: "!!!") { totalCount } }')).code).toBe('BAD_USER_INPUT');
    });
  });

  describe('time', () => {
    it("tells an entity's dated events in order", async () => {
      const data =
        await ok(`{ entity(id: "openai") { timeline(from: "2024-01-01", to: "2024-12-31") {
        change date { text earliest } fact { id } } } }`);
      const events = data.entity.timeline;
      expect(events.length).toBeGreaterThan(3);
      const days = events.map((e: any) => e.date.earliest);
      expect(days).toEqual([...days].sort());
      expect(events).toContainEqual({
        change: 'ENDED',
        date: { text: '2024-07-09', earliest: '2024-07-09' },
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

  describe('paths and neighbourhoods', () => {
    it('find the shortest paths, each step a fact with its sources', async () => {
      const data = await ok(`{ shortestPaths(from: "21vianet", to: "openai") {
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
        small: neighbourhood(id: "openai", limit: 2) { facts { id } truncated }
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
      expect(data.none).toBeNull();
      expect((await codeOf('{ neighbourhood(id: "openai", depth: 3) { truncated } }')).code).toBe(
        'BAD_USER_INPUT',
      );
    });
  });

  describe('access routes', () => {
    it('name the block and every route that still reaches the region, with sources', async () => {
      const data = await ok(`{ accessRoutes(provider: "openai", region: "cn", asOf: "2024-08-01") {
        reachable summary blockedBy { id }
        routes { product { id } provider { id } operator { id } lineage { id }
                 facts { id sources { source { id } } } circumvents { id } limitedBy { id } } } }`);
      const report = data.accessRoutes;
      expect(report.reachable).toBe(true);
      expect(report.blockedBy).toEqual([{ id: 'openai-api-block-china-2024' }]);
      const via21Vianet = report.routes.find((route: any) => route.operator?.id === '21vianet');
      expect(via21Vianet).toMatchObject({
        product: { id: 'azure-openai-service' },
        provider: { id: 'microsoft' },
        lineage: [{ id: 'azure-openai-service' }, { id: 'openai-gpt-models' }],
        circumvents: [{ id: 'openai-api-block-china-2024' }],
      });
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
        `{ accessRoutes(provider: "openai", region: "cn", asOf: "2024-06-01") { blockedBy { id } } }`,
      );
      expect(data.accessRoutes.blockedBy).toEqual([]);
    });

    it('give null for an unknown provider or region', async () => {
      const data = await ok(
        '{ a: accessRoutes(provider: "nope", region: "cn") { reachable } b: accessRoutes(provider: "openai", region: "openai") { reachable } }',
      );
      expect(data).toEqual({ a: null, b: null });
    });
  });

  describe('patent statistics', () => {
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

  describe('reading only', () => {
    it('has no mutations: curation happens in the seed files', async () => {
      const response = await request('mutation { anything }');
      expect(response.data ?? null).toBeNull();
      expect(response.errors?.[0]?.message).toMatch(/mutation/i);
    });
  });
});
