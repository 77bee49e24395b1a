import { recordMap } from './fragments.js';
import { countParam, listParam } from './params.js';
import { type Reader, readStatement, type Statement } from './reader.js';
import { type GraphRecord, type Page, toRecord } from './records.js';

/**
 * The words of a query: runs of letters and digits, lower-cased. Everything else separates
 * words, so no Lucene syntax (quotes, wildcards, field names) ever reaches the index.
 */
export function queryWords(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0);
}

/**
 * A Lucene query that ranks an exact word above a prefix above a near miss: `microsfot` still
 * finds Microsoft (one edit away), `micro` finds it by prefix. Every word must match somehow.
 * Short words allow fewer edits: none up to three letters, one up to five, two beyond; else
 * "vnet" would find "bret". Numbers are never fuzzy: "2024" is not a typo of "2021", and a fuzzy
 * number matches (and scores) every nearby number in the index.
 */
export function luceneQuery(words: readonly string[]): string {
  return words
    .map((word) => {
      const edits = /^\p{N}+$/u.test(word) || word.length <= 3 ? 0 : word.length <= 5 ? 1 : 2;
      const fuzzy = edits > 0 ? ` OR ${word}~${edits}` : '';
      return `(${word}^4 OR ${word}*^2${fuzzy})`;
    })
    .join(' AND ');
}

export interface SearchQuery {
  words: readonly string[];
  entityTypes?: readonly string[] | null | undefined;
  first: number;
  /** The key of the last hit of the previous page: [score, id]. */
  after?: readonly [number, string] | null | undefined;
  withTotal: boolean;
}

const SEARCH = `
CALL () {
  CALL db.index.fulltext.queryNodes('entity_names', $lucene) YIELD node, score
  WHERE node.generation = $generation
    AND ($entityTypes IS NULL OR node.kindOfRecord IN $entityTypes)
  WITH node, score
  WHERE $afterScore IS NULL OR score < $afterScore OR (score = $afterScore AND node.id > $afterId)
  ORDER BY score DESC, node.id ASC
  LIMIT $limit
  RETURN collect({key: [score, node.id], record: ${recordMap('node')}}) AS page
}
CALL () {
  WITH 1 AS wanted WHERE $withTotal
  CALL db.index.fulltext.queryNodes('entity_names', $lucene) YIELD node
  WHERE node.generation = $generation
    AND ($entityTypes IS NULL OR node.kindOfRecord IN $entityTypes)
  RETURN count(node) AS total
}
RETURN page, total`;

export interface Hit {
  record: GraphRecord;
  score: number;
}

export function searchStatement(query: SearchQuery): Statement {
  return {
    statement: SEARCH,
    parameters: {
      lucene: luceneQuery(query.words),
      entityTypes: listParam(query.entityTypes),
      limit: countParam(query.first + 1),
      afterScore: query.after?.[0] ?? null,
      afterId: query.after?.[1] ?? null,
      withTotal: query.withTotal,
    },
  };
}

export async function searchEntities(reader: Reader, query: SearchQuery): Promise<Page<Hit>> {
  const [row] = await readStatement(reader, searchStatement(query));
  const hits = (row?.page ?? []) as { key: [number, string]; record: unknown }[];
  return {
    items: hits.slice(0, query.first).map((hit) => ({
      key: hit.key,
      node: { record: toRecord(hit.record), score: hit.key[0] },
    })),
    hasNextPage: hits.length > query.first,
    ...(query.withTotal ? { totalCount: (row?.total as number) ?? 0 } : {}),
  };
}

const BY_NAME = `
CALL db.index.fulltext.queryNodes('entity_names', $phrase) YIELD node
WHERE node.generation = $generation
WITH node, toLower(node.name) = $name AS exactName
WHERE exactName OR any(alias IN coalesce(node.aliases, []) WHERE toLower(alias) = $name)
RETURN ${recordMap('node')} AS record
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
