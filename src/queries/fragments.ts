import { FACT_CATEGORY_FIELDS, NEVER_HELD_STATUSES } from '../model/facts.js';

/**
 * Pieces of Cypher that several statements share, so that each rule is written once: how a
 * record is read, when a fact held, what a fact filter keeps. Values are always parameters.
 */

/**
 * The properties to read of a record (`own`), of the entities it links to (`linked`) and of the
 * sources it cites (`cited`); null for all that the API reads. A request asks for a few fields:
 * reading only their properties makes the answer from Neo4j smaller, and decoding it cheaper.
 */
export interface RecordProperties {
  own: readonly string[] | null;
  linked: readonly string[] | null;
  cited: readonly string[] | null;
}

/**
 * A record as the API reads it: its properties, its links to entities (a fact's parties, an
 * entity's provider) and its citations, as a list [properties, links, citations], each link
 * [type, position, properties, ...more] and each citation [quote, position, properties]: lists,
 * not maps, as the driver decodes every key of every map again (a few thousand in an entity's
 * facts two levels deep). `toRecord` (records.ts) reads the list. With `parts`, a
 * Cypher condition such as `$withParts`, links and citations are read only when it holds: a
 * client that reads only a fact's own fields (id, dates, status) costs no more. With `parts`
 * false, the statement's shape says they are not read, and the record is [properties] alone:
 * even unread, the subqueries cost a page of 20 entities a twentieth of its time.
 */
export function recordList(
  variable: string,
  parts?: string | false,
  options: {
    /** More items of each link, given its entity's variable (a nested page of its facts). */
    linked?: (target: string) => string;
    /** Appended to the subqueries' own variables, so that a record may hold another. */
    suffix?: string;
    /**
     * Parameters holding the names of the properties to read (RecordProperties), each a list or
     * null for all: of the record, of its linked entities, of its cited sources.
     */
    keys?: { own?: string; linked?: string; cited?: string };
  } = {},
): string {
  const keys = options.keys ?? {};
  if (parts === false) return `[${readProperties(variable, keys.own)}]`;
  const when = (part: string) => (parts ? `CASE WHEN ${parts} THEN ${part} END` : part);
  const [link, target, cites, source] = ['link', 'target', 'cites', 'source'].map(
    (name) => `${name}${options.suffix ?? ''}`,
  ) as [string, string, string, string];
  const more = options.linked ? `, ${options.linked(target)}` : '';
  return `[
    ${readProperties(variable, keys.own)},
    ${when(`COLLECT { MATCH (${variable})-[${link}]->(${target}:Entity)
                     RETURN [type(${link}), ${link}.position, ${readProperties(target, keys.linked)}${more}] }`)},
    ${when(`COLLECT { MATCH (${variable})-[${cites}:CITES]->(${source}:Source)
                         RETURN [${cites}.quote, ${cites}.position, ${readProperties(source, keys.cited)}] }`)}
  ]`;
}

/**
 * Properties the load stores for Cypher alone: the "as of" days as Neo4j dates (the API shows
 * the curator's text: date, start, end), the digest the diff compares, the generation, the
 * search keys. The API never reads them, and decoding Neo4j dates was the costliest part of
 * reading a fact (measured: a third of a request's CPU for an entity's facts two levels deep).
 */
const FOR_CYPHER_ONLY = ['validFrom', 'validTo', 'hash', 'generation', 'nameKeys'];

/**
 * A node's properties as the API reads them. Named in the `keys` parameter when it is given and
 * not null: their values alone, in the parameter's order (records.ts pairs them with the names
 * it passed, and decoding the names again was a quarter of the driver's work for a page of
 * facts). Else all but those FOR_CYPHER_ONLY, as [key, value] pairs: Cypher has no map without
 * some keys, short of APOC. A property named and not stored comes as null, which records.ts
 * leaves out.
 */
export function readProperties(variable: string, keys?: string): string {
  const hidden = `[${FOR_CYPHER_ONLY.map((key) => `'${key}'`).join(', ')}]`;
  const all = `[key IN keys(${variable}) WHERE NOT key IN ${hidden} | [key, ${variable}[key]]]`;
  if (!keys) return all;
  return `CASE WHEN ${keys} IS NULL THEN ${all} ELSE [key IN ${keys} | ${variable}[key]] END`;
}

/**
 * Whether fact `f` held on $asOf: a state (start/end) that had begun and not ended; an event
 * (date) that had happened. Facts in a status that never held (planned, cancelled) did not.
 */
function held(f: string): string {
  return `(${f}.validFrom IS NULL OR ${f}.validFrom <= $asOf)
      AND (${f}.date IS NOT NULL OR ${f}.validTo IS NULL OR ${f}.validTo >= $asOf)
      AND NOT ${f}.status IN ${NEVER_HELD}`;
}

/** The model's statuses of facts that never held, as a Cypher list (constants of the code). */
export const NEVER_HELD = `[${NEVER_HELD_STATUSES.map((status) => `'${status}'`).join(', ')}]`;

/** `held`, or true when $asOf is null. */
export function heldOn(f: string): string {
  return `($asOf IS NULL OR (
      ${held(f)}))`;
}

/**
 * What each part of a fact filter keeps, by its parameter. A fact's category (the API's `kinds`
 * filter) is what the seed calls it: a partnership's or restriction's kind, a board seat's role,
 * a policy action's action, a patent statistic's field.
 */
const FACT_CONDITIONS = {
  factTypes: (f: string) => `${f}.kindOfRecord IN $factTypes`,
  categories: (f: string) => `${factCategory(f)} IN $categories`,
  statuses: (f: string) => `${f}.status IN $statuses`,
  confidences: (f: string) => `coalesce(${f}.confidence, 'high') IN $confidences`,
  from: (f: string) => `(${f}.validTo IS NULL OR ${f}.validTo >= $from)`,
  to: (f: string) => `(${f}.validFrom IS NULL OR ${f}.validFrom <= $to)`,
  asOf: held,
} as const;

/** Fact `f`'s category as Cypher: `coalesce(f.kind, f.role, f.action, f.field)`. */
export function factCategory(f: string): string {
  return `coalesce(${FACT_CATEGORY_FIELDS.map((field) => `${f}.${field}`).join(', ')})`;
}

export type FactFilterName = keyof typeof FACT_CONDITIONS;
export const FACT_FILTER_NAMES = Object.keys(FACT_CONDITIONS) as FactFilterName[];

/**
 * A fact filter ($factTypes, $categories, $statuses, $confidences, $from, $to, $asOf), each part
 * true when its parameter is null.
 */
export function factFilter(f: string): string {
  return FACT_FILTER_NAMES.map(
    (name) => `($${name} IS NULL OR (${FACT_CONDITIONS[name](f)}))`,
  ).join('\n    AND ');
}

/**
 * Only the parts of a fact filter that are given: a statement per shape, with no `$x IS NULL`
 * test left for Neo4j to evaluate on every fact. True when none is given.
 */
export function factConditions(f: string, names: readonly FactFilterName[]): string {
  return names.length === 0
    ? 'true'
    : names.map((name) => `(${FACT_CONDITIONS[name](f)})`).join(' AND ');
}

/** The sort key of facts: the first day they may have begun; undated facts last. */
export function factDay(f: string): string {
  return `coalesce(${f}.validFrom, date('9999-12-31'))`;
}
