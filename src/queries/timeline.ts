import { recordList } from './fragments.js';
import { countParam, dateParam, listParam } from './params.js';
import { type Reader, readStatement, type Statement } from './reader.js';
import { type GraphRecord, toRecord } from './records.js';

export type TimelineChange = 'HAPPENED' | 'STARTED' | 'ENDED';

export interface TimelineEvent {
  /** The date as curated: "2024-07". */
  text: string;
  change: TimelineChange;
  fact: GraphRecord;
}

export interface TimelineQuery {
  from?: string | null | undefined;
  to?: string | null | undefined;
  factTypes?: readonly string[] | null | undefined;
  first: number;
}

/**
 * Each fact of an entity gives up to three events: it happened (date), started, ended. An event
 * sorts by the first day its date may mean (an end by the last), and falls between $from and
 * $to when that day does.
 */
const TIMELINES = `
UNWIND $ids AS id
MATCH (e:Record {id: id, generation: $generation}) WHERE e:Entity
CALL (e) {
  MATCH (e)<--(f:Fact)
  WHERE $factTypes IS NULL OR f.kindOfRecord IN $factTypes
  WITH DISTINCT f
  UNWIND [
    {change: 'HAPPENED', text: f.date, day: f.validFrom},
    {change: 'STARTED', text: f.start, day: f.validFrom},
    {change: 'ENDED', text: f.end, day: f.validTo}
  ] AS event
  WITH f, event
  WHERE event.text IS NOT NULL
    AND ($from IS NULL OR event.day >= $from)
    AND ($to IS NULL OR event.day <= $to)
  ORDER BY event.day, event.change DESC, f.id
  LIMIT $limit
  RETURN collect({change: event.change, text: event.text, record: ${recordList('f')}}) AS events
}
RETURN id, events`;

export function timelinesStatement(ids: readonly string[], query: TimelineQuery): Statement {
  return {
    statement: TIMELINES,
    parameters: {
      ids,
      from: dateParam(query.from),
      to: dateParam(query.to),
      factTypes: listParam(query.factTypes),
      limit: countParam(query.first),
    },
  };
}

export async function readTimelines(
  reader: Reader,
  ids: readonly string[],
  query: TimelineQuery,
): Promise<Map<string, TimelineEvent[]>> {
  const rows = await readStatement(reader, timelinesStatement(ids, query));
  return new Map(
    rows.map((row) => [
      row.id as string,
      (row.events as { change: TimelineChange; text: string; record: unknown }[]).map((event) => ({
        text: event.text,
        change: event.change,
        fact: toRecord(event.record),
      })),
    ]),
  );
}
