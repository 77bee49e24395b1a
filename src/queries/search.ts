import { nameWords } from '../model/nameKeys.js';
import { recordList } from './fragments.js';
import { countParam, listParam } from './params.js';
import { type Reader, readStatement, type Statement } from './reader.js';
import { type GraphRecord, type Page, toRecord } from './records.js';

/**
 * The words of a query: runs of letters and digits, normalized and lower-cased (nameWords).
 * Everything else separates words, so no Lucene syntax (quotes, wildcards, field names,
 * operators: AND, OR and NOT count only in capitals) ever reaches the index.
 */
export function queryWords(text: string): string[] {
  return nameWords(text);
}

/**
 * Edits forgiven in a word: none up to three letters, one up to five, two beyond; else "vnet"
 * would find "bret". Numbers are never fuzzy: "2024" is not a typo of "2021", and a fuzzy
 * number matches (and scores) every nearby number in the index.
 */
function editsAllowed(word: string): number {
  if (/^\p{N}+$/u.test(word) || word.length <= 3) return 0;
  return word.length <= 5 ? 1 : 2;
}

/** A term exactly (boosted most), as a prefix, and a near miss within `maxEdits` (by length). */
function alternatives(term: string, boost: number, maxEdits: number): string[] {
  const edits = Math.min(maxEdits, editsAllowed(term));
  return [`${term}^${boost * 2}`, `${term}*^${boost}`, ...(edits > 0 ? [`${term}~${edits}`] : [])];
}

/**
 * The Lucene query that finds the candidates; the statement ranks them (see SEARCH). Either the
 * whole query as one key (`nameKeys:deepseek` for "deep seek": a name's key is the name without
 * spaces), or every word, each by itself, by prefix, a near miss, or joined with a neighbour
 * ("deep seek r1" finds DeepSeek-R1, whose words are deepseek and r1). Words hold only letters
 * and digits (queryWords), so no user text is Lucene syntax.
 */
export function luceneQuery(words: readonly string[]): string {
  // A near miss of the whole key catches a typo in a split name ("deep seak"): one edit, as two
  // on a key tripled the time of such a query; one word's near misses are its own.
  const whole = alternatives(words.join(''), 4, words.length > 1 ? 1 : 0).map(
    (term) => `nameKeys:${term}`,
  );
  const each = words.map((word, i) => {
    const before = words[i - 1];
    const after = words[i + 1];
    const joined = [...(before ? [before + word] : []), ...(after ? [word + after] : [])];
    const terms = [
      ...alternatives(word, 2, 2),
      ...joined.flatMap((term) => alternatives(term, 2, 0)),
    ];
    return `(${terms.join(' OR ')})`;
  });
  return `(${whole.join(' OR ')}) OR (${each.join(' AND ')})`;
}

/** Where a hit is in the order: its tier, its relevance in the tier, its facts, its id. */
export type SearchKey = readonly [tier: number, relevance: number, facts: number, id: string];

export interface SearchQuery {
  words: readonly string[];
  entityTypes?: readonly string[] | null | undefined;
  first: number;
  /** The key of the last hit of the previous page. */
  after?: SearchKey | null | undefined;
  withTotal: boolean;
  /** Whether to read each hit's links and citations (else resolvers read them if needed). */
  withParts?: boolean;
}

/**
 * The candidates of the Lucene query, in tiers: 4, the query is a name or an alias (spaces and
 * punctuation aside, see nameKeys.ts); 3, it begins one; 2, each of its words is in one; 1, a
 * near miss (a typo). Within tiers 4 and 3 the entity in most facts comes first, as Lucene's
 * score says little there (shorter names score higher); within 2 and 1, Lucene's score, then
 * facts. Facts are counted by their relationships to the entity: one naming it in two roles
 * counts twice, which is rare. Ordering a page reads every candidate anyway, so the total is
 * their number, from the same pass (a second full-text query for it doubled the time).
 */
const SEARCH = `
CALL db.index.fulltext.queryNodes('entity_search', $lucene) YIELD node, score
WHERE node.generation = $generation
  AND ($entityTypes IS NULL OR node.kindOfRecord IN $entityTypes)
WITH node, score, coalesce(node.nameKeys, []) AS keys
WITH node, score, CASE
    WHEN $key IN keys THEN 4
    WHEN any(k IN keys WHERE k STARTS WITH $key) THEN 3
    WHEN all(word IN $words WHERE any(k IN keys WHERE k CONTAINS word)) THEN 2
    ELSE 1
  END AS tier
WITH collect({node: node, tier: tier, relevance: CASE WHEN tier >= 3 THEN 0.0 ELSE score END,
              facts: COUNT { (node)<--(:Fact) }}) AS hits
CALL (hits) {
  UNWIND hits AS hit
  WITH hit WHERE $afterTier IS NULL OR hit.tier < $afterTier OR (hit.tier = $afterTier AND (
    hit.relevance < $afterRelevance OR (hit.relevance = $afterRelevance AND (
      hit.facts < $afterFacts OR (hit.facts = $afterFacts AND hit.node.id > $afterId)))))
  ORDER BY hit.tier DESC, hit.relevance DESC, hit.facts DESC, hit.node.id ASC
  LIMIT $limit
  WITH hit, hit.node AS node
  RETURN collect({
    key: [hit.tier, hit.relevance, hit.facts, node.id],
    score: hit.tier + hit.relevance / (hit.relevance + 1),
    record: ${recordList('node', '$withParts')}}) AS page
}
RETURN page, size(hits) AS total`;

export interface Hit {
  record: GraphRecord;
  score: number;
}

export function searchStatement(query: SearchQuery): Statement {
  return {
    statement: SEARCH,
    parameters: {
      lucene: luceneQuery(query.words),
      key: query.words.join(''),
      words: [...query.words],
      entityTypes: listParam(query.entityTypes),
      limit: countParam(query.first + 1),
      afterTier: query.after?.[0] ?? null,
      afterRelevance: query.after?.[1] ?? null,
      afterFacts: query.after?.[2] ?? null,
      afterId: query.after?.[3] ?? null,
      withParts: query.withParts ?? true,
    },
  };
}

export async function searchEntities(reader: Reader, query: SearchQuery): Promise<Page<Hit>> {
  const [row] = await readStatement(reader, searchStatement(query));
  const hits = (row?.page ?? []) as { key: SearchKey; score: number; record: unknown }[];
  return {
    items: hits.slice(0, query.first).map((hit) => ({
      key: hit.key,
      node: { record: toRecord(hit.record), score: hit.score },
    })),
    hasNextPage: hits.length > query.first,
    ...(query.withTotal ? { totalCount: (row?.total as number) ?? 0 } : {}),
  };
}

const BY_NAME = `
CALL db.index.fulltext.queryNodes('entity_search', $phrase) YIELD node
WHERE node.generation = $generation
WITH node, toLower(node.name) = $name AS exactName
WHERE exactName OR any(alias IN coalesce(node.aliases, []) WHERE toLower(alias) = $name)
RETURN ${recordList('node')} AS record
ORDER BY exactName DESC, node.id`;

/**
 * Entities whose name or an alias is `name`, ignoring case; exact names first. The full-text
 * index finds the candidates (a phrase of the name's words), so no label is scanned.
 */
/** No statement for a name without words: nothing can match it. */
export function byNameStatement(name: string): Statement | null {
  const words = queryWords(name);
  if (words.length === 0) return null;
  return {
    statement: BY_NAME,
    parameters: { phrase: `"${words.join(' ')}"`, name: name.trim().toLowerCase() },
  };
}

export async function readEntitiesByName(reader: Reader, name: string): Promise<GraphRecord[]> {
  const statement = byNameStatement(name);
  if (!statement) return [];
  const rows = await readStatement(reader, statement);
  return rows.map((row) => toRecord(row.record));
}
