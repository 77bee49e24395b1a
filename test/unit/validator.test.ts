import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { countSeedErrors, formatSeedError } from '../../src/seed/errors.js';
import { COLLECTIONS } from '../../src/seed/model.js';
import { kindsNamedIn, kindsNotRead } from '../../src/seed/unreadable.js';
import { summarize, validateSeed } from '../../src/seed/validate.js';

const BASE = 'test/fixtures/seed-small';
const errorsWith = (fixture: string) =>
  validateSeed([BASE, `test/fixtures/broken/${fixture}.yaml`]).errors.map(formatSeedError);

describe('policygraph validate', () => {
  it('accepts the small seed and counts what it holds', () => {
    const result = validateSeed(BASE);
    expect(result.errors).toEqual([]);
    expect(summarize(result.seed)).toBe(
      '8 entities, 4 facts (3 organizations, 1 person, 2 regions, 2 products, 2 sources, 1 investment, 1 board seat, 1 restriction, 1 availability)',
    );
  });

  it("reports every error of every file in one run: the schema's, then the checks', each in file and line order", () => {
    const result = validateSeed([
      BASE,
      'test/fixtures/broken/bad-enum.yaml',
      'test/fixtures/broken/wrong-type.yaml',
      'test/fixtures/broken/impossible-date.yaml',
    ]);
    expect(result.errors.map((error) => `${error.file}:${error.line}`)).toEqual([
      'test/fixtures/broken/bad-enum.yaml:5',
      'test/fixtures/broken/wrong-type.yaml:5',
      // A day that is not in the calendar is found by the checks across records (dates).
      'test/fixtures/broken/impossible-date.yaml:7',
    ]);
  });

  // Each fixture is the small seed plus one file with one mistake; each gives exactly one error.
  const f = (name: string) => `test/fixtures/broken/${name}.yaml`;
  it.each([
    [
      'yaml-syntax',
      `${f('yaml-syntax')}:5:5: YAML: Flow sequence in block collection must be sufficiently indented and end with a ]`,
    ],
    [
      'not-a-mapping',
      `${f('not-a-mapping')}:1:1: a seed file is a mapping of lists, such as organizations: followed by a list of organizations`,
    ],
    [
      'duplicate-key',
      `${f('duplicate-key')}:5:5: YAML: key "name" is already in this mapping at ${f('duplicate-key')}:4:5; a key may appear once`,
    ],
    [
      'alias-bomb',
      `${f('alias-bomb')}:4:9: YAML: Excessive alias count indicates a resource exhaustion attack`,
    ],
    [
      'unknown-top-level-key',
      // Every kind's list, in the model's order.
      `${f('unknown-top-level-key')}:2:1: unknown field "companies"; allowed here: ${COLLECTIONS.map((c) => c.key).join(', ')}`,
    ],
    ['unknown-field', `${f('unknown-field')}:6:5: unknown field "contry"; did you mean "country"?`],
    [
      'missing-required-field',
      `${f('missing-required-field')}:3:5: missing "name" (The usual name.)`,
    ],
    [
      'bad-enum',
      `${f('bad-enum')}:5:11: kind: "compnay" is not allowed; use one of: company, government-body, regulator, international-organization, research-institute, university, nonprofit, investment-firm, standards-body; did you mean "company"?`,
    ],
    [
      'bad-id',
      `${f('bad-id')}:3:9: id: must be an id: lowercase letters, digits and dashes, starting with a letter or digit (such as microsoft or openai-api-block-2024)`,
    ],
    ['wrong-type', `${f('wrong-type')}:5:14: aliases: must be a list, not a string`],
    [
      'bad-country',
      `${f('bad-country')}:6:14: country: "USA" is not allowed; it must be an ISO 3166-1 alpha-2 country code, such as US, CN or HK; did you mean "US"?`,
    ],
    [
      'bad-currency',
      `${f('bad-currency')}:6:43: currency: "DOLLARS" is not allowed; it must be an ISO 4217 currency code, such as USD, EUR or CNY`,
    ],
    [
      'bad-url',
      `${f('bad-url')}:4:10: url: must be a web address starting with http:// or https://`,
    ],
    [
      'bad-date-format',
      `${f('bad-date-format')}:7:12: start: must be a date as YYYY, YYYY-MM or YYYY-MM-DD, as precise as the sources are, in quotes so YAML keeps it as text (such as "2024", "2024-07" or "2024-07-09")`,
    ],
    [
      'unquoted-year',
      `${f('unquoted-year')}:7:12: start: must be a date as YYYY, YYYY-MM or YYYY-MM-DD, as precise as the sources are, in quotes so YAML keeps it as text (such as "2024", "2024-07" or "2024-07-09")`,
    ],
    [
      'impossible-date',
      `${f('impossible-date')}:7:12: start: 2024-02-30 is not a day of the calendar`,
    ],
    // A fact kind's own date fields are checked too (DATE_FIELDS, from the model).
    [
      'impossible-announced-date',
      `${f('impossible-announced-date')}:7:16: announced: 2024-02-30 is not a day of the calendar`,
    ],
    ['end-before-start', `${f('end-before-start')}:8:10: end: 2024-05 is before start 2024-06-13`],
    [
      'date-and-period',
      `${f('date-and-period')}:7:11: date: give either date (a point in time) or start and end (a period), not both`,
    ],
    [
      'no-date',
      `${f('no-date')}:3:5: missing "date" or "start": say when this held, as precisely as the sources do`,
    ],
    [
      'ended-without-end',
      `${f('ended-without-end')}:8:13: status: an ended fact needs the end date (end), or a date if it held at one point`,
    ],
    [
      'duplicate-id',
      `${f('duplicate-id')}:3:9: id: "openai" is already the id of the organization at test/fixtures/seed-small/entities.yaml:9:9; ids must be unique across all seed files`,
    ],
    [
      'unknown-reference',
      `${f('unknown-reference')}:4:17: investors: unknown organization or person "microsfot"; did you mean "microsoft"?`,
    ],
    [
      'wrong-reference-kind',
      `${f('wrong-reference-kind')}:5:12: board: "openai-api" is a product, but this field takes an organization`,
    ],
    ['unknown-source', `${f('unknown-source')}:9:25: source: unknown source "zdnet-2023"`],
    ['no-sources', `${f('no-sources')}:9:14: sources: must list at least 1 item`],
    [
      'self-reference',
      `${f('self-reference')}:6:13: parent: "microsoft-hong-kong" is this record itself; it must name another organization`,
    ],
    [
      'amount-and-undisclosed',
      `${f('amount-and-undisclosed')}:7:18: undisclosed: an investment with an amount was disclosed; remove undisclosed or the amount`,
    ],
    [
      'observer-votes',
      `${f('observer-votes')}:7:13: voting: an observer seat does not vote; set voting: false or change the role`,
    ],
    [
      'active-event',
      `${f('active-event')}:8:13: status: active is for what holds over a period; an event that took place on its date is completed`,
    ],
    // The new kinds' own fields and statuses are checked like the others'.
    [
      'impossible-granted-date',
      `${f('impossible-granted-date')}:7:14: granted: 2025-02-30 is not a day of the calendar`,
    ],
    [
      'revoked-without-end',
      `${f('revoked-without-end')}:8:13: status: a revoked fact needs the end date (end), or a date if it held at one point`,
    ],
    [
      'completed-stake',
      `${f('completed-stake')}:8:13: status: "completed" is not allowed; use one of: announced, active, ended, cancelled`,
    ],
    [
      'bound-without-amount',
      `${f('bound-without-amount')}:7:18: amountBound: a bound qualifies the amount; give the amount or remove the bound`,
    ],
    [
      'country-without-code',
      `${f('country-without-code')}:5:11: kind: a territory needs its ISO 3166-1 alpha-2 code (code: XX)`,
    ],
    [
      'country-with-sources',
      `${f('country-with-sources')}:8:7: sources: only a grouping cites sources (for its members), not a territory`,
    ],
  ])('%s', (fixture, expected) => {
    expect(errorsWith(fixture)).toEqual([expected]);
  });
});

// Issue 15: one mistake, one error. A file whose records could not be read does not bury its
// error under an "unknown" for every reference to them elsewhere.
describe('one mistake, one error', () => {
  const work = mkdtempSync(path.join(tmpdir(), 'policygraph-validator-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));
  const BRACKET = 'test/fixtures/broken/unclosed-bracket';
  const KINDS =
    'use one of: company, government-body, regulator, international-organization, research-institute, university, nonprofit, investment-firm, standards-body';

  it('a file that did not parse: its error first, then how many references it may explain; the others are checked', () => {
    const { errors } = validateSeed([BASE, BRACKET]);
    expect(errors.map(formatSeedError)).toEqual([
      `${BRACKET}/organizations.yaml:7:5: YAML: Flow sequence in block collection must be sufficiently indented and end with a ]`,
      // amazon twice and anthropic: organizations.yaml holds organizations.
      `${BRACKET}/organizations.yaml: did not parse: 3 references to ids it may define were not checked`,
      // Neither a region nor a source can be in a file of organizations.
      `${BRACKET}/facts.yaml:15:13: region: unknown region "atlantis"`,
      `${BRACKET}/facts.yaml:19:25: source: unknown source "aws-2024"`,
    ]);
    // The note is not a mistake: "3 errors in 2 files".
    expect(countSeedErrors(errors)).toEqual({ errors: 3, files: 2 });
  });

  it('one YAML error for one mistake, with ten times the text after it', () => {
    const seed = path.join(work, 'ten-times');
    cpSync(BRACKET, seed, { recursive: true });
    const text = readFileSync(path.join(BRACKET, 'organizations.yaml'), 'utf8');
    writeFileSync(path.join(seed, 'organizations.yaml'), text.repeat(10));
    expect(validateSeed([BASE, seed]).errors.map(formatSeedError)).toEqual([
      `${seed}/organizations.yaml:7:5: YAML: Flow sequence in block collection must be sufficiently indented and end with a ]`,
      `${seed}/organizations.yaml: did not parse: 3 references to ids it may define were not checked`,
      `${seed}/facts.yaml:15:13: region: unknown region "atlantis"`,
      `${seed}/facts.yaml:19:25: source: unknown source "aws-2024"`,
    ]);
  });

  it('a record the schema cannot read: the schema errors before the checks of every file', () => {
    const at = 'test/fixtures/broken/record-without-id';
    const { errors } = validateSeed([BASE, at]);
    expect(errors.map(formatSeedError)).toEqual([
      `${at}/organizations.yaml:4:5: missing "id"`,
      `${at}/organizations.yaml:9:11: kind: "compnay" is not allowed; ${KINDS}; did you mean "company"?`,
      `${at}/organizations.yaml: has records the schema could not read: 1 reference to an id it may define was not checked`,
      `${at}/facts.yaml:15:13: region: unknown region "atlantis"`,
    ]);
    expect(countSeedErrors(errors)).toEqual({ errors: 3, files: 2 });
  });

  it('a file that did not parse, whose keys cannot be told, may hold any id', () => {
    // A list of records without the key that says what they are.
    const file = path.join(work, 'no-key.yaml');
    writeFileSync(file, '- id: acme\n  name: [Acme\n  kind: company\n');
    const source = 'test/fixtures/broken/unknown-source.yaml';
    expect(validateSeed([BASE, source, file]).errors.map(formatSeedError)).toEqual([
      `${file}:3:3: YAML: Flow sequence in block collection must be sufficiently indented and end with a ]`,
      `${file}: did not parse: 1 reference to an id it may define was not checked`,
    ]);
    // Without it, the same reference is reported.
    expect(validateSeed([BASE, source]).errors.map(formatSeedError)).toEqual([
      `${source}:9:25: source: unknown source "zdnet-2023"`,
    ]);
  });

  it('the kinds a file that did not parse may hold, from the keys at its left margin', () => {
    const kinds = (text: string) => {
      const found = kindsNamedIn(text);
      return found === 'any' ? found : [...found].sort();
    };
    const broken = '  - id: a\n    aliases: [A\n';
    expect(kinds(`# comment\norganizations:\n${broken}`)).toEqual(['organization']);
    expect(kinds(`\uFEFF---\r\norganizations:\r\n${broken}...\n`)).toEqual(['organization']);
    // A key the open bracket swallowed is a key all the same.
    expect(kinds(`organizations:\n${broken}regions:\n  - id: r\n`)).toEqual([
      'organization',
      'region',
    ]);
    expect(kinds(`"organizations" :\n${broken}investments: []\n`)).toEqual([
      'investment',
      'organization',
    ]);
    // What cannot be told: a key not the model's, a mapping indented, a list, a closing bracket.
    expect(kinds(`companies:\n${broken}`)).toBe('any');
    expect(kinds(`organizations:\n${broken}__proto__:\n`)).toBe('any');
    expect(kinds(`  organizations:\n  ${broken}`)).toBe('any');
    expect(kinds('- id: a\n  name: [A\n')).toBe('any');
    expect(kinds('organizations: [\n  { id: a, name: [A },\n]\n')).toBe('any');
    expect(kinds('')).toBe('any');
  });

  it('the kinds a parsed file holds that could not be taken as records', () => {
    const kinds = (data: Record<string, unknown>) => {
      const found = kindsNotRead(data);
      return found === 'any' || found === undefined ? found : [...found].sort();
    };
    expect(kinds({ organizations: [{ id: 'a', kind: 'compnay' }], regions: [] })).toBeUndefined();
    expect(kinds({ organizations: null, companies: null })).toBeUndefined();
    expect(kinds({ organizations: [{ id: 'a' }, { name: 'B' }] })).toEqual(['organization']);
    expect(kinds({ regions: [{ id: 7 }], sources: ['a-source'] })).toEqual(['region', 'source']);
    expect(kinds({ people: { id: 'a' } })).toEqual(['person']);
    expect(kinds({ companies: [{ id: 'a' }] })).toBe('any');
  });
});
