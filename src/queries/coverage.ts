import {
  byYear,
  type CategoryTally,
  CONFIDENCES,
  type Confidence,
  categoriesMostFirst,
  countIn,
  DEFAULT_CONFIDENCE,
  inOrder,
  mostFirst,
  type Tally,
  UNDATED,
} from '../model/coverage.js';
import { PUBLISHER_SECTORS, type PublisherSector, publisherSector } from '../model/publishers.js';
import { COLLECTION_BY_KIND, type RecordKind } from '../seed/model.js';
import { factCategory, readProperties } from './fragments.js';
import { countParam } from './params.js';
import { type Reader, readStatement, type Statement } from './reader.js';
import { type GraphRecord, toRecord } from './records.js';

/**
 * The coverage of the loaded graph, counted as docs/coverage.md counts the seed
 * (src/seed/coverage.ts): a few grouped counts, each read only when a field asks for it.
 */

/** Facts grouped by everything coverage counts them by: one row per combination. */
const FACT_GROUPS = `
MATCH (f:Fact) WHERE f.generation = $generation
RETURN f.kindOfRecord AS kind, ${factCategory('f')} AS category,
       coalesce(f.confidence, $defaultConfidence) AS confidence,
       toString(f.validFrom.year) AS year, f.domain AS domain, count(*) AS facts`;

const ENTITY_GROUPS = `
MATCH (e:Entity) WHERE e.generation = $generation
RETURN e.kindOfRecord AS kind, e.kind AS category, count(*) AS entities`;

/**
 * Sources by the host of their address, cut out as hostOf (src/model/publishers.ts) does:
 * after `://`, up to the first `/`, `?` or `#`, without user and port. One row per host, so
 * that the answer stays small however many sources there are.
 */
const SOURCE_HOSTS = `
MATCH (s:Source) WHERE s.generation = $generation
WITH toLower(s.url) AS url
WITH CASE WHEN url CONTAINS '://' THEN split(url, '://')[1] ELSE url END AS rest
WITH split(split(split(split(rest, '/')[0], '?')[0], '#')[0], '@') AS authority
RETURN split(authority[size(authority) - 1], ':')[0] AS host, count(*) AS sources`;

/** The regions most facts name in a role (any relationship from a fact to a region). */
const TOP_REGIONS = `
MATCH (f:Fact)-->(r:Region) WHERE f.generation = $generation
WITH r, count(DISTINCT f) AS facts
ORDER BY facts DESC, r.id
LIMIT $limit
RETURN ${readProperties('r')} AS region, facts`;

export function factGroupsStatement(): Statement {
  return { statement: FACT_GROUPS, parameters: { defaultConfidence: DEFAULT_CONFIDENCE } };
}

export function entityGroupsStatement(): Statement {
  return { statement: ENTITY_GROUPS, parameters: {} };
}

export function sourceHostsStatement(): Statement {
  return { statement: SOURCE_HOSTS, parameters: {} };
}

export function topRegionsStatement(limit: number): Statement {
  return { statement: TOP_REGIONS, parameters: { limit: countParam(limit) } };
}

export interface FactCoverage {
  facts: number;
  factsByType: Tally[];
  factsByCategory: CategoryTally[];
  factsByDomain: Tally[];
  factsByYear: Tally[];
  factsByConfidence: Tally<Confidence>[];
}

export async function readFactCoverage(reader: Reader): Promise<FactCoverage> {
  const rows = await readStatement(reader, factGroupsStatement());
  const byType = new Map<string, number>();
  const categories = new Map<string, CategoryTally>();
  const byDomain = new Map<string, number>();
  const years = new Map<string, number>();
  const confidences = new Map<Confidence, number>();
  let facts = 0;
  for (const row of rows) {
    const count = row.facts as number;
    const type = labelOf(row.kind as string);
    const category = (row.category as string | undefined) ?? null;
    facts += count;
    countIn(byType, type, count);
    const key = `${type}\u0000${category ?? ''}`;
    const tally = categories.get(key) ?? { type, category, count: 0 };
    tally.count += count;
    categories.set(key, tally);
    countIn(byDomain, (row.domain as string | undefined) ?? 'unknown', count);
    countIn(years, (row.year as string | undefined) ?? UNDATED, count);
    countIn(confidences, row.confidence as Confidence, count);
  }
  return {
    facts,
    factsByType: mostFirst(byType),
    factsByCategory: categoriesMostFirst([...categories.values()]),
    factsByDomain: mostFirst(byDomain),
    factsByYear: byYear(years),
    factsByConfidence: inOrder(confidences, CONFIDENCES),
  };
}

export async function readEntityCoverage(
  reader: Reader,
): Promise<{ entities: number; entitiesByCategory: CategoryTally[] }> {
  const rows = await readStatement(reader, entityGroupsStatement());
  const tallies = rows.map((row) => ({
    type: labelOf(row.kind as string),
    category: (row.category as string | undefined) ?? null,
    count: row.entities as number,
  }));
  return {
    entities: tallies.reduce((sum, tally) => sum + tally.count, 0),
    entitiesByCategory: categoriesMostFirst(tallies),
  };
}

export async function readSourceCoverage(
  reader: Reader,
): Promise<{ sources: number; sourcesByPublisher: Tally<PublisherSector>[] }> {
  const rows = await readStatement(reader, sourceHostsStatement());
  const sectors = new Map<PublisherSector, number>();
  let sources = 0;
  for (const row of rows) {
    sources += row.sources as number;
    countIn(
      sectors,
      publisherSector((row.host as string | undefined) ?? ''),
      row.sources as number,
    );
  }
  return { sources, sourcesByPublisher: inOrder(sectors, PUBLISHER_SECTORS) };
}

export interface RegionFacts {
  region: GraphRecord;
  facts: number;
}

export async function readTopRegions(reader: Reader, limit: number): Promise<RegionFacts[]> {
  const rows = await readStatement(reader, topRegionsStatement(limit));
  return rows.map((row) => ({
    region: toRecord([row.region]),
    facts: row.facts as number,
  }));
}

/** The GraphQL type of a stored kind: boardSeat → BoardSeat. */
function labelOf(kind: string): string {
  const collection = COLLECTION_BY_KIND.get(kind as RecordKind);
  if (!collection) throw new Error(`a node of unknown kind ${kind}`);
  return collection.label;
}
