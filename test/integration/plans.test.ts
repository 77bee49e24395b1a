import neo4j from 'neo4j-driver';
import { beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/server/app.js';
import { useSharedGraph } from '../support/database.js';
import { MEDIUM_GENERATED } from '../support/sharedGraphs.js';

/**
 * Issue 6: the hot statements find what they read through an index. Each request below goes
 * through the API; every statement it sends is captured with its parameters and run again
 * under PROFILE on a generated graph big enough for the planner to prefer indexes. No plan may
 * scan all nodes, all relationships of a type or a whole label, nor read a whole index: an
 * index scan passes only when it is read in order and stops at the page (PROFILE shows it read a
 * small part of its label). A test that allows a scan says why that scan is the right plan.
 */

/** Operators that read every node, every node of a label, or every relationship of a type. */
const WHOLE_SCAN =
  /^(AllNodesScan|NodeByLabelScan|(Union|Intersection|Subtraction)NodeByLabelsScan|(Directed|Undirected)(RelationshipTypeScan|UnionRelationshipTypesScan|AllRelationshipsScan))$/;
/** Operators that read a whole index, unless something above them stops the reading early. */
const INDEX_SCAN =
  /^(NodeIndex(Contains|EndsWith)?Scan|(Directed|Undirected)RelationshipIndex\w*Scan)$/;
/** An index scan stopped early reads at most this share of its label's nodes. */
const EARLY_STOP = 0.1;

/** The (id, generation) uniqueness constraint's index: one seek per id, in one generation. */
const ID_SEEK = /^Node(Unique)?IndexSeek .*\(id, generation\)/;
const FULLTEXT = /^ProcedureCall .*db\.index\.fulltext\.queryNodes/;
const NAME_INDEX = /^NodeIndex(Scan|SeekByRange) .*:Entity\(name\)/;
const ENTITY_ID_INDEX = /^NodeIndex(Scan|SeekByRange) .*:Entity\(id\)/;
const VALID_FROM_INDEX = /^NodeIndex(Scan|SeekByRange) .*:Fact\(validFrom\)/;
/**
 * An unfiltered total: the generation's own, stored by the load (one seek). Neo4j's counts store
 * would count every generation the database holds.
 */
const GENERATION_TOTAL = /^NodeUniqueIndexSeek .*:Generation\(number\)/;

/** Enough fields to make each page read what a client would. */
const PAGE = 'edges { node { id } } pageInfo { endCursor }';
const ENTITY_IDS = '["org-0000001", "org-0000002", "person-0000003"]';

interface Operator {
  type: string;
  details: string;
  rows: number;
  dbHits: number;
}

interface ProfiledStatement {
  statement: string;
  operators: Operator[];
}

interface Expectations {
  /** A request whose first endCursor is passed as $after: the page after it. */
  after?: string;
  /** Operators (type and details) that must appear in the plans: the index each one uses. */
  uses?: RegExp[];
  /** A whole-label scan that is the right plan here, and why (for the reader of the test). */
  allowed?: { scan: RegExp; because: string };
}

describe('query plans of the hot statements', () => {
  // Three times what the planner needs to prefer the indexes here (at 3,500 facts it already
  // does; at 200, seven of these tests fail).
  const db = useSharedGraph(MEDIUM_GENERATED);
  let captured: { statement: string; parameters: Record<string, unknown> }[] = [];
  let app: ReturnType<typeof createApp> | undefined;
  const labelSizes = new Map<string, number>();

  // Plans as they are after a load, which refreshes the statistics of its new indexes.
  beforeAll(() => {
    app = createApp({
      driver: db.driver(),
      database: db.database,
      onStatement: (statement, parameters) => captured.push({ statement, parameters }),
    });
  });

  async function request(query: string, variables: Record<string, unknown> = {}) {
    if (!app) throw new Error('the app is ready only inside tests');
    captured = [];
    const sent = captured;
    const response = await app.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: unknown; errors?: unknown[] };
    expect(body.errors, query).toBeUndefined();
    return { data: body.data, statements: sent };
  }

  /** Runs a statement as the API sent it, under PROFILE, in a read transaction. */
  async function profile(statement: string, parameters: Record<string, unknown>) {
    const session = db.driver().session({
      database: db.database,
      defaultAccessMode: neo4j.session.READ,
    });
    try {
      const result = await session.executeRead((tx) => tx.run(`PROFILE ${statement}`, parameters));
      const operators: Operator[] = [];
      const walk = (plan: any) => {
        operators.push({
          type: String(plan.operatorType).replace(/@neo4j$/, ''),
          details: String(plan.arguments?.Details ?? ''),
          rows: Number(plan.rows ?? 0),
          dbHits: Number(plan.dbHits ?? 0),
        });
        for (const child of plan.children ?? []) walk(child);
      };
      walk(result.summary.profile);
      return operators;
    } finally {
      await session.close();
    }
  }

  async function labelSize(label: string): Promise<number> {
    let size = labelSizes.get(label);
    if (size === undefined) {
      const { records } = await db.driver().executeQuery(
        'MATCH (n:$($label)) RETURN count(n) AS size',
        { label },
        {
          database: db.database,
        },
      );
      size = Number(records[0]?.get('size'));
      labelSizes.set(label, size);
    }
    return size;
  }

  /** A whole-label or whole-index read in a plan, or undefined when the operator is fine. */
  async function wholeRead(operator: Operator): Promise<string | undefined> {
    if (WHOLE_SCAN.test(operator.type)) return 'reads a whole label';
    if (!INDEX_SCAN.test(operator.type)) return undefined;
    const label = /INDEX \S+?:(\w+)\(/.exec(operator.details)?.[1];
    if (!label) return 'reads a whole index';
    const size = await labelSize(label);
    return operator.rows > size * EARLY_STOP
      ? `reads ${operator.rows} of the ${size} ${label} nodes of an index`
      : undefined;
  }

  const show = (operator: Operator) =>
    `${operator.type} ${operator.details.slice(0, 160)} (rows ${operator.rows}, db hits ${operator.dbHits})`;

  /** Sends the request, profiles every statement it sent, and checks each plan. */
  async function expectIndexed(query: string, expectations: Expectations = {}) {
    let variables = {};
    if (expectations.after) {
      const cursor = endCursor((await request(expectations.after)).data);
      expect(cursor, `a cursor from ${expectations.after}`).toBeTypeOf('string');
      variables = { after: cursor };
    }
    const { statements } = await request(query, variables);
    expect(statements.length).toBeGreaterThan(0);
    const profiled: ProfiledStatement[] = [];
    for (const { statement, parameters } of statements) {
      profiled.push({ statement, operators: await profile(statement, parameters) });
    }
    for (const { statement, operators } of profiled) {
      const plan = [statement.trim(), ...operators.map(show)].join('\n  ');
      const wrong: string[] = [];
      for (const operator of operators) {
        const why = await wholeRead(operator);
        if (!why) continue;
        if (expectations.allowed?.scan.test(`${operator.type} ${operator.details}`)) continue;
        wrong.push(`${show(operator)}: ${why}`);
      }
      expect(wrong, `the plan scans where an index should be used:\n  ${plan}`).toEqual([]);
    }
    const all = profiled.flatMap(({ operators }) => operators.map((o) => `${o.type} ${o.details}`));
    for (const use of expectations.uses ?? []) {
      expect(
        all.some((operator) => use.test(operator)),
        `no operator matches ${use} in:\n  ${all.join('\n  ')}`,
      ).toBe(true);
    }
    return profiled;
  }

  describe('entities and nodes by id or name', () => {
    it('entity by id seeks the id index', async () => {
      await expectIndexed('{ entity(id: "org-0000001") { id name } }', { uses: [ID_SEEK] });
    });

    it('entity by name asks the full-text index', async () => {
      await expectIndexed('{ entity(name: "Organization 0000001") { id } }', {
        uses: [FULLTEXT],
      });
    });

    it('nodes by ids seek the id index', async () => {
      await expectIndexed(
        '{ nodes(ids: ["org-0000002", "investments-0000003", "source-0000001", "nope"]) { id } }',
        { uses: [ID_SEEK] },
      );
    });

    it('products and subsidiaries of entities expand from the entities found by id', async () => {
      await expectIndexed(
        `{ nodes(ids: ${ENTITY_IDS}) { ... on Organization { products { id } subsidiaries { id } } } }`,
        { uses: [ID_SEEK] },
      );
    });
  });

  describe('facts of entities', () => {
    it('are read for a whole level at once, from the entities found by id', async () => {
      await expectIndexed(
        `{ nodes(ids: ${ENTITY_IDS}) {
          ... on Organization { facts(first: 10) { totalCount ${PAGE} } investmentsMade(first: 3) { ${PAGE} } }
          ... on Person { facts(first: 10) { totalCount ${PAGE} } } } }`,
        { uses: [ID_SEEK] },
      );
    });

    it('as of a day, of some types and roles, newest first', async () => {
      await expectIndexed(
        `{ nodes(ids: ${ENTITY_IDS}) { ... on Organization {
          facts(asOf: "2015-01-01", types: [PARTNERSHIP, INVESTMENT], roles: [PARTY, INVESTOR],
                orderBy: DATE_DESC, first: 5) { totalCount ${PAGE} } } } }`,
        { uses: [ID_SEEK] },
      );
    });

    it('after a cursor', async () => {
      const facts = `facts(first: 10, after: $after) { ${PAGE} }`;
      await expectIndexed(`query($after: String) { entity(id: "org-0000001") { ${facts} } }`, {
        after: `{ entity(id: "org-0000001") { facts(first: 10) { ${PAGE} } } }`,
        uses: [ID_SEEK],
      });
    });

    it('timeline expands from the entities found by id', async () => {
      await expectIndexed(
        `{ nodes(ids: ${ENTITY_IDS}) { ... on Organization {
          timeline(from: "2010-01-01", to: "2020-12-31", first: 20) { date { text } change } } } }`,
        { uses: [ID_SEEK] },
      );
    });
  });

  describe('the entities list', () => {
    it('by name: the name index in order, stopping at the page; the total stored for the generation', async () => {
      await expectIndexed(`{ entities(first: 20) { totalCount ${PAGE} } }`, {
        uses: [NAME_INDEX, GENERATION_TOTAL],
      });
    });

    it('by name after a cursor: a range of the name index from the cursor on', async () => {
      await expectIndexed(
        `query($after: String) { entities(first: 20, after: $after) { totalCount ${PAGE} } }`,
        { after: `{ entities(first: 20) { ${PAGE} } }`, uses: [NAME_INDEX, GENERATION_TOTAL] },
      );
    });

    it('by name, descending: the name index backwards', async () => {
      await expectIndexed(`{ entities(first: 20, orderBy: NAME_DESC) { ${PAGE} } }`, {
        uses: [NAME_INDEX],
      });
    });

    it('by name, descending, after a cursor', async () => {
      await expectIndexed(
        `query($after: String) { entities(first: 20, orderBy: NAME_DESC, after: $after) { ${PAGE} } }`,
        { after: `{ entities(first: 20, orderBy: NAME_DESC) { ${PAGE} } }`, uses: [NAME_INDEX] },
      );
    });

    it('by id: the entity id index in order', async () => {
      await expectIndexed(`{ entities(first: 20, orderBy: ID_ASC) { ${PAGE} } }`, {
        uses: [ENTITY_ID_INDEX],
      });
    });

    it('by id after a cursor', async () => {
      await expectIndexed(
        `query($after: String) { entities(first: 20, orderBy: ID_ASC, after: $after) { ${PAGE} } }`,
        { after: `{ entities(first: 20, orderBy: ID_ASC) { ${PAGE} } }`, uses: [ENTITY_ID_INDEX] },
      );
    });

    it('filtered by type and country: an index finds them, for the page and the total', async () => {
      await expectIndexed(
        `{ entities(first: 20, filter: { types: [ORGANIZATION], countries: ["CN"] }) { totalCount ${PAGE} } }`,
      );
    });

    it('filtered by kind, after a cursor', async () => {
      const list = (after: string) =>
        `entities(first: 5, filter: { kinds: ["ai-model"] }${after}) { totalCount ${PAGE} }`;
      await expectIndexed(`query($after: String) { ${list(', after: $after')} }`, {
        after: `{ ${list('')} }`,
      });
    });
  });

  describe('search', () => {
    it('asks the full-text index, for the page and the total', async () => {
      await expectIndexed(`{ search(query: "organisation 0000012") { totalCount ${PAGE} } }`, {
        uses: [FULLTEXT],
      });
    });

    it('after a cursor', async () => {
      await expectIndexed(
        `query($after: String) { search(query: "organization", first: 5, after: $after) { ${PAGE} } }`,
        { after: `{ search(query: "organization", first: 5) { ${PAGE} } }`, uses: [FULLTEXT] },
      );
    });
  });

  describe('what is read for a list of facts', () => {
    it("reads no links or citations when the items ask only for the facts' own fields", async () => {
      const dbHits = async (fields: string) => {
        const profiled = await expectIndexed(
          `{ entity(id: "org-0000001") { facts(first: 20) { edges { node { ${fields} } } } } }`,
        );
        const facts = profiled.at(-1) as ProfiledStatement;
        return facts.operators.reduce((sum, operator) => sum + operator.dbHits, 0);
      };
      const own = await dbHits('id date { text } status');
      const withParts = await dbHits('id involves { role } sources { quote }');
      expect(own).toBeLessThan(withParts / 2);
    });
  });

  describe('paths and neighbourhoods', () => {
    // ShortestPath is the bidirectional search of allShortestPaths(), between the two ends.
    const BIDIRECTIONAL = /^ShortestPath[@ ]/;

    it('shortest paths search between the two entities found by id, not outwards from one', async () => {
      const profiled = await expectIndexed(
        '{ shortestPaths(from: "org-0000001", to: "org-0000002", maxHops: 3) { length } }',
        { uses: [ID_SEEK, BIDIRECTIONAL] },
      );
      // No exhaustive fallback when the shortest paths fail the predicate.
      const operators = profiled.flatMap((p) => p.operators.map((o) => o.type));
      expect(operators.filter((type) => /VarLengthExpand|AntiConditionalApply/.test(type))).toEqual(
        [],
      );
    });

    it('shortest paths as of a day, through facts of some types', async () => {
      await expectIndexed(
        `{ shortestPaths(from: "org-0000001", to: "org-0000002", maxHops: 4, asOf: "2015-01-01",
           types: [INVESTMENT, PARTNERSHIP]) { length } }`,
        { uses: [ID_SEEK, BIDIRECTIONAL] },
      );
    });

    it('neighbourhood of depth 1 expands from the entity found by id', async () => {
      await expectIndexed(
        '{ neighbourhood(id: "org-0000001", depth: 1) { truncated facts { id } } }',
        { uses: [ID_SEEK] },
      );
    });

    it('neighbourhood of depth 2, as of a day', async () => {
      await expectIndexed(
        '{ neighbourhood(id: "org-0000001", depth: 2, asOf: "2015-01-01") { truncated facts { id } } }',
        { uses: [ID_SEEK] },
      );
    });

    it('access routes start from the provider and the region found by id', async () => {
      await expectIndexed(
        `{ accessRoutes(provider: "org-0000001", region: "cn") {
          summary routes { facts { id } } blockedBy { id } } }`,
        { uses: [ID_SEEK] },
      );
    });

    it('access routes of a product, as of a day, through the regions covering the region', async () => {
      await expectIndexed(
        `{ accessRoutes(provider: "product-0000001", region: "us", asOf: "2015-01-01") {
          summary routes { facts { id } } blockedBy { id } } }`,
        { uses: [ID_SEEK] },
      );
    });
  });

  describe('the facts list', () => {
    it('oldest first: the validFrom index in order, stopping at the page; the total stored for the generation', async () => {
      await expectIndexed(`{ facts(first: 20) { totalCount ${PAGE} } }`, {
        uses: [VALID_FROM_INDEX, GENERATION_TOTAL],
      });
    });

    it('oldest first, after a cursor: a range of the validFrom index from the cursor on', async () => {
      await expectIndexed(`query($after: String) { facts(first: 20, after: $after) { ${PAGE} } }`, {
        after: `{ facts(first: 20) { ${PAGE} } }`,
        uses: [VALID_FROM_INDEX],
      });
    });

    it('newest first: the validFrom index backwards', async () => {
      await expectIndexed(`{ facts(first: 20, orderBy: DATE_DESC) { ${PAGE} } }`, {
        uses: [VALID_FROM_INDEX],
      });
    });

    it('newest first, after a cursor', async () => {
      await expectIndexed(
        `query($after: String) { facts(first: 20, orderBy: DATE_DESC, after: $after) { ${PAGE} } }`,
        { after: `{ facts(first: 20, orderBy: DATE_DESC) { ${PAGE} } }`, uses: [VALID_FROM_INDEX] },
      );
    });

    it('as of a day: a range of the validFrom index up to that day, either way', async () => {
      await expectIndexed(
        `{ old: facts(first: 20, asOf: "2015-01-01") { ${PAGE} }
           new: facts(first: 20, asOf: "2015-01-01", orderBy: DATE_DESC) { ${PAGE} } }`,
        { uses: [VALID_FROM_INDEX] },
      );
    });

    it('of some types, between two days, with a status, and their total', async () => {
      await expectIndexed(
        `{ facts(first: 20, types: [INVESTMENT], orderBy: DATE_DESC,
                 filter: { from: "2012-01-01", to: "2014-12-31", statuses: [ACTIVE] }) { totalCount ${PAGE} } }`,
        { uses: [VALID_FROM_INDEX, /^NodeIndexSeek .*:Fact\(kindOfRecord\)/] },
      );
    });

    it('of a type as of a day, and their total', async () => {
      await expectIndexed(
        `{ facts(first: 20, types: [BOARD_SEAT], asOf: "2015-01-01") { totalCount ${PAGE} } }`,
        { uses: [VALID_FROM_INDEX] },
      );
    });

    it('with a status only: the page still reads the validFrom index in order', async () => {
      await expectIndexed(`{ facts(first: 20, filter: { statuses: [ENDED] }) { ${PAGE} } }`, {
        uses: [VALID_FROM_INDEX],
      });
    });

    it('with a status only, and their total: counting reads every fact', async () => {
      await expectIndexed(
        `{ facts(first: 20, filter: { statuses: [ENDED], confidences: [HIGH] }) { totalCount ${PAGE} } }`,
        {
          uses: [VALID_FROM_INDEX],
          allowed: {
            scan: /^NodeByLabelScan .*:Fact$/,
            because:
              'no index serves a status, confidence, kind or `from` filter, so a count under them alone reads every fact',
          },
        },
      );
    });
  });

  describe('patent ranking', () => {
    const allowed = {
      scan: /^NodeByLabelScan .*:PatentStatistic$/,
      because:
        'a ranking adds up every statistic, and the PatentStatistic label holds exactly those',
    };

    it('reads the patent statistics by their label, and their entities through them', async () => {
      await expectIndexed('{ patentRanking(by: APPLICANT, first: 20) { count entity { id } } }', {
        allowed,
      });
    });

    it('for one field, between two days, as of a day', async () => {
      await expectIndexed(
        `{ patentRanking(by: JURISDICTION, field: "generative AI", from: "2014-01-01", to: "2023-12-31",
                         asOf: "2020-01-01", first: 20) { count entity { id } } }`,
        { allowed },
      );
    });
  });
});

/** The first endCursor in a response. */
function endCursor(data: unknown): string | undefined {
  if (!data || typeof data !== 'object') return undefined;
  const found = (data as { endCursor?: unknown }).endCursor;
  if (typeof found === 'string') return found;
  for (const value of Object.values(data)) {
    const cursor = endCursor(value);
    if (cursor) return cursor;
  }
  return undefined;
}
