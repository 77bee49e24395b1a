import { describe, expect, it } from 'vitest';
import { MAX_HOPS, shortestPathsStatement } from '../../../src/queries/paths.js';
import { combinations, expectWellFormed } from './statementChecks.js';

const VALUES = ['org-a-x1', 'org-b-x2', 'investment-x3'];

const paths = (shape: { maxHops: number; viaLinks: boolean; filtered: boolean; first: number }) =>
  shortestPathsStatement({
    from: 'org-a-x1',
    to: 'org-b-x2',
    maxHops: shape.maxHops,
    viaLinks: shape.viaLinks,
    first: shape.first,
    factTypes: shape.filtered ? ['investment-x3'] : null,
    asOf: shape.filtered ? '2024-01-02' : null,
  });

describe('path statements (Cypher and parameters, no database)', () => {
  it('one shortest path through facts, unfiltered', () => {
    expect(paths({ maxHops: 3, viaLinks: false, filtered: false, first: 1 })).toMatchSnapshot();
  });

  it('all shortest paths through facts and links, filtered, read with a margin', () => {
    expect(paths({ maxHops: 4, viaLinks: true, filtered: true, first: 5 })).toMatchSnapshot();
  });

  it('every shape is well formed, its bound written as twice maxHops', () => {
    const shapes = combinations({
      maxHops: Array.from({ length: MAX_HOPS }, (_, index) => index + 1),
      viaLinks: [false, true],
      filtered: [false, true],
      first: [1, 3],
    });
    const texts = new Set<string>();
    for (const shape of shapes) {
      const built = paths(shape);
      expectWellFormed(built, VALUES);
      expect(built.statement).toContain(`*..${2 * shape.maxHops}]`);
      texts.add(built.statement);
    }
    // Per bound: through facts, filtered or not, one path or all; via links always all (it
    // reads more than asked to choose the fewest steps), filtered or not.
    expect(texts.size).toBe(MAX_HOPS * (2 * 2 + 2));
  });
});
