import {
  byYear,
  type CategoryTally,
  CONFIDENCES,
  type Confidence,
  type Coverage,
  categoriesMostFirst,
  countIn,
  DEFAULT_CONFIDENCE,
  inOrder,
  mostFirst,
  type RegionTally,
  topRegionsOf,
  UNDATED,
} from '../model/coverage.js';
import { FACT_CATEGORY_FIELDS } from '../model/facts.js';
import {
  hostOf,
  PUBLISHER_SECTORS,
  type PublisherSector,
  publisherSector,
} from '../model/publishers.js';
import { parseSeedDate } from './dates.js';
import { referencesOf } from './references.js';
import { domainOf, type Seed, type SeedRecord } from './seedRecords.js';

/**
 * What a valid seed holds, counted as docs/coverage.md shows it. The API's `coverage` field
 * counts the loaded graph the same way (src/queries/coverage.ts); a test holds them equal.
 */
export function coverageOfSeed(seed: Seed): Coverage {
  const byType = new Map<string, number>();
  const factCategories = new Map<string, CategoryTally>();
  const entityCategories = new Map<string, CategoryTally>();
  const byDomain = new Map<string, number>();
  const years = new Map<string, number>();
  const confidences = new Map<Confidence, number>();
  const sectors = new Map<PublisherSector, number>();
  const regionFacts = new Map<string, number>();
  let entities = 0;
  let facts = 0;
  let sources = 0;
  for (const record of seed.records) {
    const { collection, data } = record;
    if (collection.group === 'source') {
      sources++;
      if (typeof data.url === 'string') countIn(sectors, publisherSector(hostOf(data.url)));
    } else if (collection.group === 'entity') {
      entities++;
      tally(entityCategories, collection.label, text(data.kind));
    } else {
      facts++;
      countIn(byType, collection.label);
      tally(factCategories, collection.label, factCategory(record));
      countIn(byDomain, domainOf(record.file));
      countIn(years, yearOf(record));
      countIn(confidences, (text(data.confidence) as Confidence | null) ?? DEFAULT_CONFIDENCE);
      for (const region of regionsNamed(seed, record)) countIn(regionFacts, region);
    }
  }
  const regions: RegionTally[] = [...regionFacts].map(([id, count]) => ({
    id,
    name: text(seed.byId.get(id)?.data.name) ?? id,
    facts: count,
  }));
  return {
    entities,
    facts,
    sources,
    factsByType: mostFirst(byType),
    factsByCategory: categoriesMostFirst([...factCategories.values()]),
    entitiesByCategory: categoriesMostFirst([...entityCategories.values()]),
    factsByDomain: mostFirst(byDomain),
    factsByYear: byYear(years),
    sourcesByPublisher: inOrder(sectors, PUBLISHER_SECTORS),
    factsByConfidence: inOrder(confidences, CONFIDENCES),
    topRegions: topRegionsOf(regions),
  };
}

function tally(tallies: Map<string, CategoryTally>, type: string, category: string | null): void {
  const key = `${type}\u0000${category ?? ''}`;
  const found = tallies.get(key);
  if (found) found.count++;
  else tallies.set(key, { type, category, count: 1 });
}

/** The first category field the fact has (model/facts.ts), as the API's `kinds` filter reads it. */
function factCategory(record: SeedRecord): string | null {
  for (const field of FACT_CATEGORY_FIELDS) {
    const value = text(record.data[field]);
    if (value !== null) return value;
  }
  return null;
}

/** The year it began (start) or took place (date). */
function yearOf(record: SeedRecord): string {
  const when = text(record.data.date) ?? text(record.data.start);
  const parsed = when === null ? undefined : parseSeedDate(when);
  return parsed ? parsed.first.slice(0, 4) : UNDATED;
}

/** The regions a fact names in any of its roles, each once. */
function regionsNamed(seed: Seed, record: SeedRecord): Set<string> {
  const regions = new Set<string>();
  for (const field of record.collection.references) {
    if (!field.relationship || !field.kinds.includes('region')) continue;
    for (const { id } of referencesOf(record, field)) {
      if (seed.byId.get(id)?.collection.kind === 'region') regions.add(id);
    }
  }
  return regions;
}

function text(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}
