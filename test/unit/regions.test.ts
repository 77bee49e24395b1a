import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  GENERATED_FILE,
  generatedRegions,
  isoEntries,
  OVERRIDES_FILE,
  parseOverrides,
  regionsFile,
} from '../../scripts/regions.js';
import { SEED_SCHEMA_FILE } from '../../src/seed/schemaCheck.js';
import { validateSeed } from '../../src/seed/validate.js';

/** The package's own data, read here without the generator's code. */
const packageCountries = createRequire(import.meta.url)('world-countries/countries.json') as {
  cca2: string;
  status: string;
  independent: boolean | null;
}[];
const isoCodes = packageCountries
  .filter((country) => country.status === 'officially-assigned')
  .map((country) => country.cca2)
  .sort();

const generatedText = readFileSync(GENERATED_FILE, 'utf8');
const generated = parse(generatedText).regions as Record<string, unknown>[];
const overridesText = readFileSync(OVERRIDES_FILE, 'utf8');
const { seed, errors } = validateSeed('seed');
const regions = seed.records.filter((record) => record.collection.kind === 'region');
const regionById = new Map(regions.map((record) => [record.id, record.data]));

describe('the regions generated from ISO 3166-1 (world-countries)', () => {
  it('has one region per ISO 3166-1 entry the package ships, its id the code in lower case', () => {
    expect(isoCodes.length).toBeGreaterThan(0);
    expect(generated.map((region) => region.code).sort()).toEqual(isoCodes);
    for (const region of generated) expect(region.id).toBe(String(region.code).toLowerCase());
    const ids = generated.map((region) => region.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('leaves out what ISO 3166-1 does not assign (Kosovo, XK)', () => {
    const userAssigned = packageCountries.filter((c) => c.status !== 'officially-assigned');
    for (const country of userAssigned)
      expect(regionById.has(country.cca2.toLowerCase()), country.cca2).toBe(false);
  });

  it('agrees with the seed schema, whose country codes are the same ISO 3166-1 list', () => {
    const schema = JSON.parse(readFileSync(SEED_SCHEMA_FILE, 'utf8'));
    expect([...schema.definitions.country.enum].sort()).toEqual(isoCodes);
  });

  it('is what the generator makes of the package and curation/regions.yaml (npm run codegen:regions)', () => {
    const entries = isoEntries();
    const { overrides, problems } = parseOverrides(overridesText, entries);
    expect(problems).toEqual([]);
    expect(generatedText).toBe(regionsFile(generatedRegions(entries, overrides)));
  });

  it('makes a country of what the package calls independent, else a territory, unless curated', () => {
    const { overrides } = parseOverrides(overridesText, isoEntries());
    const countries = generated.filter((region) => region.kind === 'country');
    expect(countries.length).toBeGreaterThan(150);
    for (const country of packageCountries.filter((c) => c.status === 'officially-assigned')) {
      const id = country.cca2.toLowerCase();
      const expected =
        overrides.get(id)?.kind ?? (country.independent === true ? 'country' : 'territory');
      expect(regionById.get(id)?.kind, id).toBe(expected);
    }
  });

  it('keeps what the graph relies on: Hong Kong and Macau part of China, Taiwan part of none', () => {
    expect(regionById.get('hk')).toMatchObject({ kind: 'territory', code: 'HK', partOf: 'cn' });
    expect(regionById.get('mo')).toMatchObject({ kind: 'territory', code: 'MO', partOf: 'cn' });
    expect(regionById.get('cn')?.aliases).toEqual(expect.arrayContaining(['PRC', 'CHN']));
    expect(regionById.get('tw')?.partOf).toBeUndefined();
    expect(regionById.get('tw')?.notes).toEqual(expect.any(String));
  });

  it('starts with the schema line editors read and says it is generated', () => {
    const [first, second] = generatedText.split('\n');
    expect(first).toBe('# yaml-language-server: $schema=../../schema/seed.schema.json');
    expect(second).toMatch(/Generated .*do not edit/);
  });
});

describe('the curated seed with the generated regions', () => {
  it('is valid: every reference to a region resolves', () => {
    expect(errors).toEqual([]);
  });

  it('has no country or territory typed by hand outside the generated file', () => {
    const handTyped = regions.filter(
      (record) => record.data.kind !== 'grouping' && !record.file.endsWith(GENERATED_FILE),
    );
    expect(handTyped.map((record) => record.id)).toEqual([]);
  });

  it('gives every grouping members that are countries or territories, and sources naming them', () => {
    const groupings = regions.filter((record) => record.data.kind === 'grouping');
    expect(groupings.length).toBeGreaterThanOrEqual(5);
    for (const grouping of groupings) {
      const members = grouping.data.members as string[];
      expect(members.length, grouping.id).toBeGreaterThan(0);
      for (const member of members)
        expect(['country', 'territory'], `${grouping.id}: ${member}`).toContain(
          regionById.get(member)?.kind,
        );
      const sources = grouping.data.sources as { source: string; quote?: string }[] | undefined;
      expect(sources?.length, grouping.id).toBeGreaterThan(0);
      for (const citation of sources ?? []) expect(citation.quote, grouping.id).toBeTruthy();
    }
  });

  it('lists the 27 EU member states', () => {
    expect(regionById.get('eu')?.members).toHaveLength(27);
  });
});

describe('curation/regions.yaml, checked by the generator', () => {
  const entries = isoEntries();

  it('refuses an id that is no ISO 3166-1 entry, and a field it does not know', () => {
    const { problems } = parseOverrides('xk:\n  name: Kosovo\ncn:\n  capital: Beijing\n', entries);
    expect(problems).toEqual([
      'xk: not the lowercase alpha-2 code of an ISO 3166-1 entry',
      'cn.capital: unknown; one of name, aliases, kind, partOf, description, notes',
    ]);
  });

  it('adds curated aliases after the package names, and keeps a replaced name as an alias', () => {
    const { overrides } = parseOverrides(
      'cn:\n  name: Mainland China\n  aliases: [PRC]\n',
      entries,
    );
    const cn = generatedRegions(entries, overrides).find((region) => region.id === 'cn');
    expect(cn?.name).toBe('Mainland China');
    const aliases = (cn?.aliases ?? []) as string[];
    expect(aliases).toEqual(expect.arrayContaining(['China', 'PRC', 'CHN']));
    expect(aliases.indexOf('PRC')).toBeLessThan(aliases.indexOf('CHN'));
  });
});
