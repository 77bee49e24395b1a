/**
 * The countries and territories of the seed, made from ISO 3166-1 as the world-countries package
 * ships it, with the curators' additions (curation/regions.yaml) merged in. Pure: reading and
 * writing files is left to scripts/codegenRegions.ts, and the test reads the same functions.
 */
import { createRequire } from 'node:module';
import type { Country } from 'world-countries';
import { Document, isNode, isScalar, isSeq, parse, visit } from 'yaml';

/** The curators' additions, read by the generator only (not a seed file). */
export const OVERRIDES_FILE = 'curation/regions.yaml';
/** The seed file written, relative to the repository's root. */
export const GENERATED_FILE = 'seed/entities/regions.generated.yaml';

/** One ISO 3166-1 entry, as the package describes it. */
export interface IsoEntry {
  alpha2: string;
  alpha3: string;
  numeric: string;
  /** The common English short name (Russia, not the Russian Federation). */
  name: string;
  officialName: string;
  /** The common Chinese name, where the package has one. */
  chineseName: string | undefined;
  /** Whether the package calls it independent: a country; else a territory. */
  independent: boolean;
}

/** What a curator may add to or change in a generated region. */
export interface RegionOverride {
  /** Replaces the package's common name (the package's is kept as an alias). */
  name?: string;
  /** Added after the package's names. */
  aliases?: string[];
  /** Replaces the kind the package's independence flag gives. */
  kind?: 'country' | 'territory';
  partOf?: string;
  description?: string;
  notes?: string;
}

const OVERRIDE_FIELDS = new Set(['name', 'aliases', 'kind', 'partOf', 'description', 'notes']);

/**
 * Every ISO 3166-1 entry the package has, by alpha-2 code. Entries whose status is not
 * "officially-assigned" (Kosovo's user-assigned XK) are not part of ISO 3166-1 and are left out.
 */
export function isoEntries(): IsoEntry[] {
  // The JSON itself: the package's ES module imports it without the attribute Node needs.
  const countries = createRequire(import.meta.url)('world-countries/countries.json') as Country[];
  return countries
    .filter((country) => country.status === 'officially-assigned')
    .map((country) => ({
      alpha2: country.cca2,
      alpha3: country.cca3,
      numeric: country.ccn3,
      name: country.name.common,
      officialName: country.name.official,
      chineseName: country.translations.zho?.common,
      independent: country.independent === true,
    }))
    .sort((a, b) => a.alpha2.localeCompare(b.alpha2));
}

/** A region's id: its alpha-2 code in lower case (cn, hk, no). */
export function regionId(alpha2: string): string {
  return alpha2.toLowerCase();
}

/** The curators' additions, checked: each names a region the package has and known fields. */
export function parseOverrides(text: string, entries: readonly IsoEntry[]) {
  const data = (parse(text) ?? {}) as Record<string, unknown>;
  const ids = new Set(entries.map((entry) => regionId(entry.alpha2)));
  const problems: string[] = [];
  const overrides = new Map<string, RegionOverride>();
  for (const [id, value] of Object.entries(data)) {
    if (!ids.has(id)) problems.push(`${id}: not the lowercase alpha-2 code of an ISO 3166-1 entry`);
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      problems.push(`${id}: must be a mapping of fields`);
      continue;
    }
    for (const field of Object.keys(value)) {
      if (!OVERRIDE_FIELDS.has(field))
        problems.push(`${id}.${field}: unknown; one of ${[...OVERRIDE_FIELDS].join(', ')}`);
    }
    overrides.set(id, value as RegionOverride);
  }
  return { overrides, problems };
}

/** Names in order, each once, leaving out the region's own name. */
function distinctAliases(name: string, names: readonly (string | undefined)[]): string[] {
  const seen = new Set([name]);
  const result: string[] = [];
  for (const alias of names) {
    if (alias === undefined || seen.has(alias)) continue;
    seen.add(alias);
    result.push(alias);
  }
  return result;
}

/** One seed region per ISO entry, in code order, with the curators' additions. */
export function generatedRegions(
  entries: readonly IsoEntry[],
  overrides: ReadonlyMap<string, RegionOverride>,
): Record<string, unknown>[] {
  return entries.map((entry) => {
    const id = regionId(entry.alpha2);
    const curated = overrides.get(id) ?? {};
    const name = curated.name ?? entry.name;
    const aliases = distinctAliases(name, [
      entry.name,
      entry.officialName,
      ...(curated.aliases ?? []),
      entry.alpha3,
      entry.chineseName,
    ]);
    const region: Record<string, unknown> = { id, name };
    if (aliases.length > 0) region.aliases = aliases;
    region.kind = curated.kind ?? (entry.independent ? 'country' : 'territory');
    region.code = entry.alpha2;
    if (curated.partOf !== undefined) region.partOf = curated.partOf;
    if (curated.description !== undefined) region.description = curated.description;
    if (curated.notes !== undefined) region.notes = curated.notes;
    return region;
  });
}

const HEADER = [
  ' yaml-language-server: $schema=../../schema/seed.schema.json',
  ' Generated by npm run codegen:regions; do not edit.',
  ' Every ISO 3166-1 country and territory, from the world-countries package (its data is under',
  ' the ODbL 1.0): id = the alpha-2 code in lower case, the common English name, the official name,',
  ' alpha-3 code and Chinese name as aliases, kind from its independence flag. Descriptions, more',
  ' aliases and partOf come from curation/regions.yaml: edit that file, then run the command.',
  ' Groupings (the EU, export-control country groups) are in regions.yaml.',
].join('\n');

/** The generated seed file's text. */
export function regionsFile(regions: readonly Record<string, unknown>[]): string {
  const doc = new Document({ regions }, { version: '1.1' });
  doc.commentBefore = HEADER;
  visit(doc, {
    // As curators write them: aliases on one line, long texts folded (>-).
    Pair(_key, pair) {
      if (!isScalar(pair.key)) return;
      if (pair.key.value === 'aliases' && isSeq(pair.value)) pair.value.flow = true;
      if (isScalar(pair.value) && String(pair.value.value).length > 80)
        pair.value.type = 'BLOCK_FOLDED';
    },
    Seq(_key, seq) {
      if (seq.flow) return;
      // A blank line between records, as curators write them.
      seq.items.forEach((item, index) => {
        if (index > 0 && isNode(item)) item.spaceBefore = true;
      });
    },
  });
  return doc.toString({ lineWidth: 100, flowCollectionPadding: false, singleQuote: true });
}
