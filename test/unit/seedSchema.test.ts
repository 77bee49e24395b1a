import { readFileSync } from 'node:fs';
import { compile } from 'json-schema-to-typescript';
import { describe, expect, it } from 'vitest';
import { parseSeedDate } from '../../src/seed/dates.js';
import { SEED_SCHEMA_FILE } from '../../src/seed/schemaCheck.js';

describe('the seed schema', () => {
  it('is what src/seed/types.generated.ts was generated from (run npm run codegen after editing it)', async () => {
    const schema = JSON.parse(readFileSync(SEED_SCHEMA_FILE, 'utf8'));
    const generated = await compile(schema, 'PolicyGraphSeedFile', {
      bannerComment:
        '/* Generated from schema/seed.schema.json by npm run codegen; do not edit. */',
      unreachableDefinitions: true,
      additionalProperties: false,
    });
    expect(readFileSync('src/seed/types.generated.ts', 'utf8')).toBe(generated);
  });
});

describe('seed dates', () => {
  it.each([
    ['2024', { precision: 'year', first: '2024-01-01', last: '2024-12-31' }],
    ['2024-02', { precision: 'month', first: '2024-02-01', last: '2024-02-29' }],
    ['2023-02', { precision: 'month', first: '2023-02-01', last: '2023-02-28' }],
    ['2024-07-09', { precision: 'day', first: '2024-07-09', last: '2024-07-09' }],
  ])('reads %s as a period', (text, expected) => {
    expect(parseSeedDate(text)).toEqual({ text, ...expected });
  });

  it.each(['2023-02-29', '2024-13', '2024-00-10', '24-07-09', '2024-7-9'])('rejects %s', (text) => {
    expect(parseSeedDate(text)).toBeUndefined();
  });
});
