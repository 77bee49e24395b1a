import { describe, expect, it } from 'vitest';
import {
  type Direction,
  type FactPageQuery,
  factPageStatement,
  factsOfEntitiesStatement,
} from '../../../src/queries/facts.js';
import { combinations, expectWellFormed, subsets } from './statementChecks.js';

/** Distinctive values, so that one inlined in a statement's text would be found. */
const FILTER_VALUES = {
  factTypes: ['investment-x1'],
  categories: ['strategic-x2'],
  statuses: ['active-x3'],
  confidences: ['medium-x4'],
  from: '2021-02-03',
  to: '2024-05-06',
  asOf: '2023-07-08',
} as const;
type FilterName = keyof typeof FILTER_VALUES;
const FILTER_NAMES = Object.keys(FILTER_VALUES) as FilterName[];
const VALUES = ['investment-x1', 'strategic-x2', 'active-x3', 'medium-x4', 'fact-x5', 'org-x6'];

function query(
  filters: readonly FilterName[],
  options: { direction?: Direction; after?: boolean; withTotal?: boolean } = {},
): FactPageQuery {
  const chosen = Object.fromEntries(filters.map((name) => [name, FILTER_VALUES[name]]));
  return {
    ...chosen,
    direction: options.direction ?? 'ASC',
    first: 10,
    after: options.after ? ['2022-01-01', 'fact-x5'] : null,
    withTotal: options.withTotal ?? false,
  };
}

describe('fact statements (Cypher and parameters, no database)', () => {
  it('pages all facts: the first page, no filter, no total', () => {
    expect(factPageStatement(query([]))).toMatchSnapshot();
  });

  it('pages all facts: the total from the generation', () => {
    expect(factPageStatement(query([], { direction: 'DESC', withTotal: true }))).toMatchSnapshot();
  });

  it('pages all facts: after a cursor, of some types, up to a day, the filtered total', () => {
    expect(
      factPageStatement(query(['factTypes', 'to', 'asOf'], { after: true, withTotal: true })),
    ).toMatchSnapshot();
  });

  it('pages all facts: a filter no index serves (statuses) only filters', () => {
    expect(factPageStatement(query(['statuses'], { direction: 'DESC' }))).toMatchSnapshot();
  });

  it('reads the facts of many entities: all roles, no filter', () => {
    expect(factsOfEntitiesStatement(['org-x6'], null, query([]))).toMatchSnapshot();
  });

  it('reads the facts of many entities: some roles, every filter, after a cursor, with totals', () => {
    expect(
      factsOfEntitiesStatement(
        ['org-x6'],
        ['INVESTOR'],
        query(FILTER_NAMES, { direction: 'DESC', after: true, withTotal: true }),
      ),
    ).toMatchSnapshot();
  });

  it('reads an entity, its facts and their entities, and the first facts of those, in one statement', () => {
    const statement = factsOfEntitiesStatement(
      ['org-x6'],
      null,
      query([]),
      {
        roleTypes: null,
        direction: 'DESC',
        first: 5,
        withKeys: false,
        withParts: false,
        properties: { own: ['date', 'id', 'kindOfRecord'], linked: null, cited: null },
      },
      true,
    );
    expect(statement).toMatchSnapshot();
    expectWellFormed(statement, VALUES);
  });

  it('every shape of a fact page is well formed', () => {
    const shapes = combinations({
      filters: subsets(FILTER_NAMES),
      direction: ['ASC', 'DESC'] as Direction[],
      after: [false, true],
      withTotal: [false, true],
    });
    const pageTexts = new Set<string>();
    const ofEntitiesTexts = new Set<string>();
    for (const { filters, ...options } of shapes) {
      const all = factPageStatement(query(filters, options));
      const ofEntities = factsOfEntitiesStatement(
        ['org-x6'],
        ['INVESTOR'],
        query(filters, options),
      );
      expectWellFormed(all, VALUES);
      expectWellFormed(ofEntities, VALUES);
      pageTexts.add(all.statement);
      ofEntitiesTexts.add(ofEntities.statement);
    }
    // All facts: direction × cursor × (no total, or the generation's when nothing filters, or
    // the filtered one) — up to a day or of some types always filters: 2 × 2 × (3 + 3 × 2).
    expect(pageTexts.size).toBe(2 * 2 * (3 + 3 * 2));
    // Facts of entities: direction × cursor × total × each subset of the seven filters.
    expect(ofEntitiesTexts.size).toBe(2 * 2 * 2 * 2 ** FILTER_NAMES.length);
  });
});
