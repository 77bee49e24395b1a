import { heldOn, NEVER_HELD, readProperties, recordList } from './fragments.js';
import { countParam, dateParam } from './params.js';
import { type Reader, readStatement, type Statement } from './reader.js';
import { type GraphRecord, toRecord } from './records.js';

export interface PatentRankingQuery {
  /** FOR_REGION (by jurisdiction) or FOR_APPLICANT (by applicant). */
  relationship: 'FOR_REGION' | 'FOR_APPLICANT';
  field?: string | null | undefined;
  unit?: string | null | undefined;
  from?: string | null | undefined;
  to?: string | null | undefined;
  asOf?: string | null | undefined;
  first: number;
}

export interface PatentRank {
  rank: number;
  entity: GraphRecord;
  count: number;
  statistics: GraphRecord[];
}

/** Totals per jurisdiction or applicant, of statistics whose whole period lies in [from, to]. */
const PATENT_RANKING = `
MATCH (s:PatentStatistic)-[link]->(e:Entity)
WHERE s.generation = $generation
  AND type(link) = $relationship
  AND ($field IS NULL OR toLower(s.field) = $field)
  AND ($unit IS NULL OR s.unit = $unit)
  AND ($from IS NULL OR s.validFrom >= $from)
  AND ($to IS NULL OR s.validTo <= $to)
  AND NOT s.status IN ${NEVER_HELD}
  AND ${heldOn('s')}
WITH e, sum(s.count) AS count, collect(s) AS statistics
ORDER BY count DESC, e.id
LIMIT $limit
RETURN ${readProperties('e')} AS entity, count, [s IN statistics | ${recordList('s')}] AS statistics`;

export function patentRankingStatement(query: PatentRankingQuery): Statement {
  return {
    statement: PATENT_RANKING,
    parameters: {
      relationship: query.relationship,
      field: query.field?.trim().toLowerCase() || null,
      unit: query.unit ?? null,
      from: dateParam(query.from),
      to: dateParam(query.to),
      asOf: dateParam(query.asOf),
      limit: countParam(query.first),
    },
  };
}

export async function readPatentRanking(
  reader: Reader,
  query: PatentRankingQuery,
): Promise<PatentRank[]> {
  const rows = await readStatement(reader, patentRankingStatement(query));
  return rows.map((row, index) => ({
    rank: index + 1,
    entity: toRecord([row.entity]),
    count: row.count as number,
    statistics: (row.statistics as unknown[]).map(toRecord),
  }));
}
