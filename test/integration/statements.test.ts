import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { afterAll, describe, expect, it } from 'vitest';
import { generateSeed } from '../../src/generate/synthetic.js';
import { loadSeed } from '../../src/load/load.js';
import { createApp } from '../../src/server/app.js';
import { apiClient } from '../support/api.js';
import { useTestDatabase } from '../support/database.js';
import { TEST_API } from '../support/testApi.js';

/**
 * How many Cypher statements a request sends depends on its shape, never on the data: every
 * level of a nested request is read for all its parents at once.
 */
const NESTED = `{
  entities(filter: { types: [ORGANIZATION] }, first: 20) {
    edges { node { id ... on Organization {
      investmentsMade(first: 10) { edges { node { id investee { id
        boardSeats(first: 10) { edges { node { id person { name } } } }
      } } } }
    } } }
  }
}`;

/**
 * An entity, its facts with their sources and entities, and each of those entities' own facts:
 * each level is read with the one above (the entity with its facts, and NestedFacts), so the
 * request costs one statement.
 */
const TWO_LEVELS = `query($id: ID!, $first: Int!) {
  entity(id: $id) {
    id name
    facts(first: $first) { edges { node {
      id date { text } status
      sources { quote source { url } }
      involves { role entity { id name
        facts(first: $first) { edges { node { id date { text } status } } }
      } }
    } } }
  }
}`;

/** One request per root field; each should cost exactly one statement. */
const ROOT_FIELDS: Record<string, string> = {
  'entity by id': '{ entity(id: "org-0000001") { id name } }',
  'entity by name': '{ entity(name: "Organization 1") { id } }',
  entitiesByName: '{ entitiesByName(name: "Organization 1") { id } }',
  entities: '{ entities(first: 50) { totalCount edges { node { id } } } }',
  search: '{ search(query: "organisation 12") { totalCount edges { node { id } } } }',
  node: '{ node(id: "org-0000002") { id } }',
  nodes: '{ nodes(ids: ["org-0000002", "org-0000003", "nope"]) { id } }',
  fact: '{ fact(id: "investment-0000001") { id sources { source { url } } involves { role } } }',
  facts:
    '{ facts(types: [INVESTMENT], asOf: "2020-01-01", first: 50) { totalCount edges { node { id } } } }',
  shortestPaths:
    '{ shortestPaths(from: "org-0000001", to: "org-0000002", maxHops: 3) { steps { fact { id sources { quote } } } } }',
  neighbourhood:
    '{ neighbourhood(id: "org-0000001", depth: 2) { entities { id } facts { id } edges { source } } }',
  accessRoutes:
    '{ accessRoutes(provider: "org-0000001", region: "cn") { summary routes { facts { id } } blockedBy { id } } }',
  patentRanking:
    '{ patentRanking(by: APPLICANT, first: 20) { count entity { id } statistics { id } } }',
};

describe('Cypher statements per request', () => {
  const db = useTestDatabase();
  const request = apiClient(db.driver, db.database);
  const work = mkdtempSync(path.join(tmpdir(), 'policygraph-statements-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  async function loadGenerated(name: string, entities: number, facts: number) {
    const dir = path.join(work, name);
    generateSeed({ out: dir, entities, facts });
    await loadSeed(db.driver(), db.database, dir);
  }

  async function nested() {
    const response = await request<any>(NESTED);
    expect(response.errors).toBeUndefined();
    const organizations = response.data.entities.edges.map((edge: any) => edge.node);
    const investments = organizations.flatMap((o: any) => o.investmentsMade.edges);
    const seats = investments.flatMap((i: any) => i.node.investee.boardSeats.edges);
    return { statements: response.statements.length, organizations, investments, seats };
  }

  it("stay at three for 20 organizations, their investments and each investee's board seats, small graph or large", async () => {
    await loadGenerated('small', 60, 400);
    const small = await nested();
    await loadGenerated('large', 400, 8000);
    const large = await nested();

    // The large graph has far more to read, so a per-item query would show.
    expect(large.organizations).toHaveLength(20);
    expect(large.investments.length).toBeGreaterThan(small.investments.length);
    expect(large.seats.length).toBeGreaterThan(20);
    expect(small.statements).toBe(3);
    expect(large.statements).toBe(3);
  });

  it('stay at one for an entity, its facts and their entities, and the facts of those, answering what a statement per level answers', async () => {
    const id = 'org-0000001';
    const nested = await request<any>(TWO_LEVELS, { id, first: 5 });
    expect(nested.errors).toBeUndefined();
    expect(nested.statements).toHaveLength(1);
    // The same request with a filter on the last level reads that level on its own (two
    // statements), and gives the same answer: the filter keeps every fact.
    const byLevel = await request<any>(
      TWO_LEVELS.replace(
        'facts(first: $first) { edges { node { id date { text } status } } }',
        'facts(first: $first, filter: { confidences: [HIGH, MEDIUM, LOW] }) { edges { node { id date { text } status } } }',
      ),
      { id, first: 5 },
    );
    expect(byLevel.errors).toBeUndefined();
    expect(byLevel.statements).toHaveLength(2);
    expect(nested.data).toEqual(byLevel.data);
    const involved = nested.data.entity.facts.edges.flatMap((edge: any) => edge.node.involves);
    expect(involved.length).toBeGreaterThan(1);
    expect(involved.some((link: any) => link.entity.facts.edges.length > 0)).toBe(true);
  });

  it('read sort keys only when a cursor is asked for, and then its cursors page on', async () => {
    const sent: Record<string, unknown>[] = [];
    const app = createApp({
      driver: db.driver(),
      database: db.database,
      api: TEST_API,
      onStatement: (_statement, parameters) => sent.push(parameters),
    });
    const ask = async (query: string, variables: Record<string, unknown>) => {
      sent.length = 0;
      const response = await app.fetch('http://localhost/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as { data?: any; errors?: unknown };
      expect(body.errors).toBeUndefined();
      return { data: body.data, parameters: [...sent] };
    };
    const id = 'org-0000001';
    const withoutCursors = await ask(TWO_LEVELS, { id, first: 5 });
    expect(withoutCursors.parameters).toHaveLength(1);
    expect(withoutCursors.parameters[0]).toMatchObject({ withKeys: false, nestedWithKeys: false });

    const WITH_CURSORS = TWO_LEVELS.replace('edges { node {', 'edges { cursor node {').replace(
      'facts(first: $first) { edges { node { id date { text } status } } }',
      'facts(first: $first) { pageInfo { endCursor } edges { node { id date { text } status } } }',
    );
    const withCursors = await ask(WITH_CURSORS, { id, first: 5 });
    expect(withCursors.parameters).toHaveLength(1);
    expect(withCursors.parameters[0]).toMatchObject({ withKeys: true, nestedWithKeys: true });
    const edges = withCursors.data.entity.facts.edges;
    const ids = (list: any[]) => list.map((edge: any) => edge.node.id);
    expect(ids(edges)).toEqual(ids(withoutCursors.data.entity.facts.edges));
    expect(edges.every((edge: any) => typeof edge.cursor === 'string')).toBe(true);

    // The second edge's cursor starts the next page at the third.
    const next = await ask(
      `query($id: ID!, $after: String) { entity(id: $id) { facts(first: 2, after: $after) { edges { node { id } } } } }`,
      { id, after: edges[1].cursor },
    );
    expect(ids(next.data.entity.facts.edges)).toEqual(ids(edges.slice(2, 4)));
  });

  it("give a hub's facts (a region in hundreds, read from the index of days) as expanding and sorting all of them would", async () => {
    const first = 7;
    const expected = async (id: string, direction: 'ASC' | 'DESC') =>
      (
        await db.driver().executeQuery(
          `MATCH (graph:Graph {key: 'graph'})
             MATCH (e:Record {id: $id, generation: graph.current})<-[]-(f:Fact)
             WITH DISTINCT f ORDER BY f.validFrom ${direction}, f.id ${direction} LIMIT $first
             RETURN f.id AS id, COUNT { (e)<--() } AS degree`,
          { id, first: neo4j.int(first) },
          { database: db.database },
        )
      ).records.map((record) => [record.get('id'), Number(record.get('degree'))]);
    for (const [id, direction] of [
      ['us', 'DATE_ASC'],
      ['cn', 'DATE_DESC'],
    ] as const) {
      const want = await expected(id, direction === 'DATE_ASC' ? 'ASC' : 'DESC');
      // A hub: degree² > (first + 1) × facts, so the index of days is read.
      expect(want[0]?.[1] ** 2).toBeGreaterThan((first + 1) * 8000);
      const response = await request<any>(
        `{ entity(id: "${id}") { facts(first: ${first}, orderBy: ${direction}) { edges { node { id } } } } }`,
      );
      expect(response.errors).toBeUndefined();
      expect(response.data.entity.facts.edges.map((edge: any) => edge.node.id)).toEqual(
        want.map(([factId]) => factId),
      );
    }
  });

  it.each(Object.entries(ROOT_FIELDS))('cost one statement for %s', async (_name, query) => {
    const response = await request(query);
    expect(response.errors).toBeUndefined();
    expect(response.statements).toHaveLength(1);
  });

  it('send user input only as parameters, never inside the Cypher text', async () => {
    const marker = 'Zq9xMarker';
    const response = await request(
      `query($text: String!, $id: ID!) {
        search(query: $text) { totalCount }
        entity(name: $text) { id }
        node(id: $id) { id }
        shortestPaths(from: $id, to: "org-0000001") { length }
        neighbourhood(id: $id) { truncated }
        accessRoutes(provider: $id, region: $id) { reachable }
      }`,
      { text: `${marker}' OR 1=1 //`, id: `${marker}"}) MATCH (n) DETACH DELETE n //` },
    );
    expect(response.errors).toBeUndefined();
    expect(response.statements.length).toBeGreaterThan(0);
    for (const statement of response.statements) expect(statement).not.toContain(marker);
  });
});
