import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FACT_KINDS } from '../../src/model/facts.js';
import { listSeedFiles } from '../../src/seed/files.js';
import { SEED_SCHEMA_FILE } from '../../src/seed/schemaCheck.js';
import type { SeedRecord } from '../../src/seed/seedRecords.js';
import { validateSeed } from '../../src/seed/validate.js';

const ARTICLE = 'winbuzzer-2024-azure-openai-china';
const { seed, errors } = validateSeed('seed');
const of = (kind: string) => seed.records.filter((r) => r.collection.kind === kind);
const cites = (record: SeedRecord, source: string) =>
  (record.data.sources as { source: string }[] | undefined)?.some((c) => c.source === source) ??
  false;

describe('the curated seed (seed/)', () => {
  it('is valid', () => {
    expect(errors).toEqual([]);
  });

  it('names the JSON Schema in every file, for editors', () => {
    for (const file of listSeedFiles('seed')) {
      const firstLine = readFileSync(file, 'utf8').split('\n')[0] ?? '';
      const schema = /^# yaml-language-server: \$schema=(\S+)$/.exec(firstLine)?.[1];
      expect(schema && path.resolve(path.dirname(file), schema), file).toBe(SEED_SCHEMA_FILE);
    }
  });

  it('holds at least 40 entities and 60 facts, of every kind', () => {
    const facts = seed.records.filter((r) => r.collection.group === 'fact');
    expect(
      seed.records.filter((r) => r.collection.group === 'entity').length,
    ).toBeGreaterThanOrEqual(40);
    expect(facts.length).toBeGreaterThanOrEqual(60);
    expect(new Set(facts.map((r) => r.collection.kind))).toEqual(new Set(Object.keys(FACT_KINDS)));
  });

  it('tells the founding story, citing the founding article', () => {
    const article = seed.byId.get(ARTICLE);
    expect(article?.data).toMatchObject({
      publisher: 'WinBuzzer',
      author: 'Luke Jones',
      published: '2024-07-10',
    });

    const block = of('restriction').find(
      (r) => r.data.imposedBy === 'openai' && r.data.kind === 'api-access-block',
    );
    expect(block?.data.targets).toEqual(expect.arrayContaining(['cn', 'hk']));
    expect(block?.data.start).toBe('2024-07-09');
    expect(block && cites(block, ARTICLE)).toBe(true);

    const licence = of('partnership').find((r) => r.data.kind === 'operating-licence');
    expect(licence?.data.parties).toEqual(expect.arrayContaining(['microsoft', '21vianet']));

    const route = of('availability').find(
      (r) => r.data.product === 'azure-openai-service' && r.data.region === 'cn',
    );
    expect(route && cites(route, ARTICLE)).toBe(true);

    expect(seed.byId.get('21vianet')?.data.aliases).toEqual(
      expect.arrayContaining(['VNET Group', 'VNET', 'Shanghai Blue Cloud']),
    );
    // The story's three facts cite it (others did until the re-audit dropped citations whose
    // words could not be seen again on the page).
    expect(licence && cites(licence, ARTICLE)).toBe(true);
  });

  it('marks what facts.md calls unverified as low confidence, with a note', () => {
    for (const record of seed.records.filter((r) => r.data.confidence === 'low')) {
      expect(record.data.notes, record.id).toEqual(expect.any(String));
    }
  });
});
