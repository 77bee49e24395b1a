import { describe, expect, it } from 'vitest';
import {
  type EntityOrder,
  entityPageStatement,
  linkedFromStatement,
  nodesByIdStatement,
} from '../../../src/queries/entities.js';
import { combinations, expectWellFormed } from './statementChecks.js';

describe('entity statements (Cypher and parameters, no database)', () => {
  it('reads nodes by id', () => {
    const built = nodesByIdStatement(['org-openai-x1', 'person-y2']);
    expectWellFormed(built, ['org-openai-x1', 'person-y2']);
    expect(built).toMatchSnapshot();
  });

  it('reads the entities linking to each entity, by one link type', () => {
    const built = linkedFromStatement(['org-openai-x1'], { type: 'PROVIDED_BY', limit: 7 });
    expectWellFormed(built, ['org-openai-x1', 'PROVIDED_BY']);
    expect(built).toMatchSnapshot();
  });

  const values = ['company-x1', 'US-x2', 'Organization-x3', 'Acme-x4', 'org-acme-x5'];
  const page = (shape: {
    order: EntityOrder;
    after: boolean;
    types: boolean;
    kinds: boolean;
    countries: boolean;
    withTotal: boolean;
  }) =>
    entityPageStatement({
      order: shape.order,
      first: 20,
      after: shape.after ? ['Acme-x4', 'org-acme-x5'] : null,
      entityTypes: shape.types ? ['Organization-x3'] : null,
      categories: shape.kinds ? ['company-x1'] : null,
      countries: shape.countries ? ['US-x2'] : null,
      withTotal: shape.withTotal,
    });

  it('pages entities: the first page by name, no filter, no total', () => {
    const built = page({
      order: 'NAME_ASC',
      after: false,
      types: false,
      kinds: false,
      countries: false,
      withTotal: false,
    });
    expect(built).toMatchSnapshot();
  });

  it('pages entities: their own properties only, those asked, without links or citations', () => {
    const built = entityPageStatement({
      order: 'NAME_ASC',
      first: 20,
      after: ['Acme-x4', 'org-acme-x5'],
      entityTypes: null,
      categories: null,
      countries: null,
      withTotal: false,
      withParts: false,
      keys: ['id', 'kindOfRecord', 'name'],
    });
    expect(built.statement).not.toContain('COLLECT');
    expect(built).toMatchSnapshot();
  });

  it('pages entities: after a cursor, by name descending, every filter, with the total', () => {
    const built = page({
      order: 'NAME_DESC',
      after: true,
      types: true,
      kinds: true,
      countries: true,
      withTotal: true,
    });
    expect(built).toMatchSnapshot();
  });

  it('pages entities: by id after a cursor, one filter, the generation total', () => {
    expect(
      page({
        order: 'ID_ASC',
        after: true,
        types: false,
        kinds: false,
        countries: true,
        withTotal: false,
      }),
    ).toMatchSnapshot();
    expect(
      page({
        order: 'ID_ASC',
        after: false,
        types: false,
        kinds: false,
        countries: false,
        withTotal: true,
      }),
    ).toMatchSnapshot();
  });

  it('every shape of an entity page is well formed, and each shape has its own text', () => {
    const shapes = combinations({
      order: ['NAME_ASC', 'NAME_DESC', 'ID_ASC'] as EntityOrder[],
      after: [false, true],
      types: [false, true],
      kinds: [false, true],
      countries: [false, true],
      withTotal: [false, true],
    });
    const texts = new Set<string>();
    for (const shape of shapes) {
      const built = page(shape);
      expectWellFormed(built, values);
      texts.add(built.statement);
    }
    expect(shapes).toHaveLength(96);
    expect(texts.size).toBe(96);
  });
});
