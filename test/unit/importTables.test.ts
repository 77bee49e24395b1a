import { describe, expect, it } from 'vitest';
import { ARRAY_DELIMITER, importTables, NotImportableError } from '../../src/load/importTables.js';
import type { PlannedRecord } from '../../src/load/plan.js';
import { planSeed } from '../../src/load/plan.js';
import { importerArguments } from '../../src/neo4j/local/importer.js';
import { validateSeed } from '../../src/seed/validate.js';

function record(
  id: string,
  labels: string[],
  properties: Record<string, unknown>,
  relationships: PlannedRecord['relationships'] = [],
): PlannedRecord {
  return { id, labels, properties: { id, ...properties }, relationships, hash: `h-${id}` };
}

const ORG = ['Record', 'Entity', 'Organization'];
const FACT = ['Record', 'Fact', 'Investment'];

describe('the plan as the bulk importer’s tables', () => {
  const tables = importTables(
    [
      record('a', ORG, { name: 'A', aliases: ['x', 'y; z'], listed: true, note: '' }),
      record('b', ORG, { name: 'B\nline', aliases: [], employees: 12 }),
      record('f', FACT, { validFrom: '2020-01-01', validTo: '2020-12-31', amountValue: 1.5 }, [
        { type: 'INVESTOR', to: 'a', properties: { position: 0 } },
        { type: 'INVESTEE', to: 'b', properties: {} },
        { type: 'INVESTOR', to: 'b', properties: { position: 1, quote: 'q' } },
      ]),
    ],
    7,
  );

  it('has a node table per set of labels, typed columns from the values, and the generation', () => {
    expect(tables.nodes.map((table) => table.labels)).toEqual([ORG, FACT]);
    const [orgs, facts] = tables.nodes;
    expect(orgs?.header).toEqual([
      'id:ID',
      'name:string',
      'aliases:string[]',
      'listed:boolean',
      'note:string',
      'employees:double',
      'generation:long',
    ]);
    expect([...(orgs?.rows() ?? [])]).toEqual([
      ['a', 'A', `x${ARRAY_DELIMITER}y; z`, 'true', '', undefined, '7'],
      // An empty list is set after the import; a missing value is an empty cell.
      ['b', 'B\nline', undefined, undefined, undefined, '12', '7'],
    ]);
    expect(facts?.header).toEqual([
      'id:ID',
      'validFrom:date',
      'validTo:date',
      'amountValue:double',
      'generation:long',
    ]);
    expect([...(facts?.rows() ?? [])]).toEqual([['f', '2020-01-01', '2020-12-31', '1.5', '7']]);
  });

  it('has a relationship table per type, with the properties any of its relationships has', () => {
    expect(tables.relationships.map((table) => table.type)).toEqual(['INVESTOR', 'INVESTEE']);
    const [investors, investees] = tables.relationships;
    expect(investors?.header).toEqual([':START_ID', ':END_ID', 'position:double', 'quote:string']);
    expect([...(investors?.rows() ?? [])]).toEqual([
      ['f', 'a', '0', undefined],
      ['f', 'b', '1', 'q'],
    ]);
    expect(investees?.header).toEqual([':START_ID', ':END_ID']);
    expect([...(investees?.rows() ?? [])]).toEqual([['f', 'b']]);
  });

  it('lists the empty lists to set afterwards, and says when a field spans lines', () => {
    expect(tables.emptyLists).toEqual([{ id: 'b', properties: { aliases: [] } }]);
    expect(tables.multiline).toBe(true);
    expect(importTables([record('a', ORG, { name: 'A' })], 1).multiline).toBe(false);
  });

  it('refuses what the importer cannot hold, so that the load is transactional instead', () => {
    const mixed = [record('a', ORG, { size: 1 }), record('b', ORG, { size: 'big' })];
    expect(() => importTables(mixed, 1)).toThrow(NotImportableError);
    const delimiter = [record('a', ORG, { aliases: [`x${ARRAY_DELIMITER}y`] })];
    expect(() => importTables(delimiter, 1)).toThrow(NotImportableError);
  });

  it('holds every record and relationship of the curated seed', () => {
    const { seed, errors } = validateSeed('seed');
    expect(errors).toEqual([]);
    const plan = planSeed(seed);
    const curated = importTables(plan, 1);
    const rows = (tables: { rows: () => Iterable<unknown> }[]) =>
      tables.reduce((sum, table) => sum + [...table.rows()].length, 0);
    expect(rows(curated.nodes)).toBe(plan.length);
    expect(rows(curated.relationships)).toBe(
      plan.reduce((sum, r) => sum + r.relationships.length, 0),
    );
    // Every property of every record has a column in its table (or is an empty list).
    for (const record of plan) {
      const table = curated.nodes.find((t) => t.labels.join() === record.labels.join());
      const columns = new Set(table?.header.map((column) => column.split(':')[0]));
      for (const [name, value] of Object.entries(record.properties))
        if (!(Array.isArray(value) && value.length === 0)) expect(columns).toContain(name);
    }
  });
});

describe('the importer’s arguments', () => {
  it('name each table with its labels or type, stop at the first bad entry, and end with the database', () => {
    expect(
      importerArguments({
        database: 'neo4j',
        nodes: [{ labels: ['Record', 'Entity'], file: '/t/nodes-0.csv' }],
        relationships: [{ type: 'SOURCE', file: '/t/relationships-0.csv' }],
        arrayDelimiter: 'U+001F',
        multiline: false,
        reportFile: '/t/import.report',
        maxOffHeapMb: 512,
      }),
    ).toEqual([
      'database',
      'import',
      'full',
      '--nodes=Record:Entity=/t/nodes-0.csv',
      '--relationships=SOURCE=/t/relationships-0.csv',
      '--array-delimiter=U+001F',
      '--bad-tolerance=0',
      '--skip-bad-relationships=false',
      '--skip-duplicate-nodes=false',
      '--ignore-empty-strings=false',
      '--trim-strings=false',
      '--multiline-fields=false',
      '--report-file=/t/import.report',
      '--max-off-heap-memory=512m',
      'neo4j',
    ]);
  });
});
