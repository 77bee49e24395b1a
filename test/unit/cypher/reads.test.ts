import { describe, expect, it } from 'vitest';
import { DBMS_COMPONENTS } from '../../../src/neo4j/dbmsInfo.js';
import { accessRoutesStatement } from '../../../src/queries/access.js';
import {
  entityGroupsStatement,
  factGroupsStatement,
  sourceHostsStatement,
  topRegionsStatement,
} from '../../../src/queries/coverage.js';
import { neighbourhoodStatement } from '../../../src/queries/neighbourhood.js';
import { patentRankingStatement } from '../../../src/queries/patents.js';
import { byNameStatement, queryWords, searchStatement } from '../../../src/queries/search.js';
import { timelinesStatement } from '../../../src/queries/timeline.js';
import { expectWellFormed, parametersRead } from './statementChecks.js';

describe('the other statements of the API (Cypher and parameters, no database)', () => {
  it('access routes of a provider into a region on a day', () => {
    const built = accessRoutesStatement({
      provider: 'org-x1',
      region: 'region-x2',
      asOf: '2024-11-01',
    });
    expectWellFormed(built, ['org-x1', 'region-x2', '2024-11-01']);
    expect(built).toMatchSnapshot();
  });

  it('the neighbourhood of an entity', () => {
    const built = neighbourhoodStatement({
      id: 'org-x1',
      depth: 2,
      limit: 50,
      factTypes: ['investment-x3'],
      asOf: '2024-01-02',
    });
    expectWellFormed(built, ['org-x1', 'investment-x3']);
    expect(built).toMatchSnapshot();
  });

  it('patent rankings, by region with every filter and by applicant with none', () => {
    const byRegion = patentRankingStatement({
      relationship: 'FOR_REGION',
      field: '  Generative AI ',
      unit: 'patent-families',
      from: '2014-01-01',
      to: '2023-12-31',
      asOf: '2024-06-30',
      first: 10,
    });
    const byApplicant = patentRankingStatement({ relationship: 'FOR_APPLICANT', first: 5 });
    expectWellFormed(byRegion, ['generative ai', 'patent-families', 'FOR_REGION']);
    expectWellFormed(byApplicant, ['FOR_APPLICANT']);
    expect(byRegion.statement).toBe(byApplicant.statement);
    expect(byRegion).toMatchSnapshot();
    expect(byApplicant.parameters).toMatchSnapshot();
  });

  it('full-text search, first page and after a cursor', () => {
    const first = searchStatement({ words: queryWords('open AI lab'), first: 10, withTotal: true });
    const next = searchStatement({
      words: queryWords('open AI lab'),
      entityTypes: ['organization'],
      first: 10,
      after: [2, 1.5, 3, 'org-x1'],
      withTotal: false,
    });
    expectWellFormed(first, ['open', 'lab']);
    expectWellFormed(next, ['open', 'lab', 'org-x1']);
    expect(first.statement).toBe(next.statement);
    expect(first).toMatchSnapshot();
    expect(next.parameters).toMatchSnapshot();
  });

  it('entities by name: a phrase of its words; none for a name without words', () => {
    const built = byNameStatement('  OpenAI Inc ');
    expect(built).not.toBeNull();
    expectWellFormed(built as NonNullable<typeof built>, ['openai', 'OpenAI']);
    expect(built).toMatchSnapshot();
    expect(byNameStatement('  ')).toBeNull();
  });

  it('timelines of many entities', () => {
    const built = timelinesStatement(['org-x1', 'person-x2'], {
      from: '2020-01-01',
      to: '2024-12-31',
      factTypes: ['boardSeat'],
      first: 100,
    });
    expectWellFormed(built, ['org-x1', 'person-x2', 'boardSeat']);
    expect(built).toMatchSnapshot();
  });

  it('coverage: facts, entities and sources grouped, and the top regions', () => {
    const statements = {
      facts: factGroupsStatement(),
      entities: entityGroupsStatement(),
      sources: sourceHostsStatement(),
      regions: topRegionsStatement(15),
    };
    for (const built of Object.values(statements)) expectWellFormed(built, []);
    expect(statements).toMatchSnapshot();
  });

  it('the DBMS components (Query.database) need no parameter', () => {
    expect(parametersRead(DBMS_COMPONENTS)).toEqual([]);
    expect(DBMS_COMPONENTS).toMatchSnapshot();
  });
});
