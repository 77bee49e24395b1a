import { factFilterParams } from './facts.js';
import { factFilter, readProperties, recordList } from './fragments.js';
import { countParam } from './params.js';
import { type Reader, readStatement, type Statement } from './reader.js';
import { type GraphRecord, toRecord } from './records.js';
import { FACT_ROLE_TYPES, LINK_TYPES } from './roles.js';

export interface NeighbourhoodQuery {
  id: string;
  depth: 1 | 2;
  factTypes?: readonly string[] | null | undefined;
  asOf?: string | null | undefined;
  limit: number;
}

export interface Neighbourhood {
  center: GraphRecord;
  /** Each fact with its links, which name its entities and their roles. */
  facts: GraphRecord[];
  /** Entities in the neighbourhood that no fact names: reached through a link. */
  linkedEntities: GraphRecord[];
  /** Links recorded on entities: a product's provider, a region's grouping. */
  links: { from: string; to: string; type: string }[];
  truncated: boolean;
}

/**
 * The facts around an entity in rings: those it takes part in, then (depth 2) those its
 * fact-neighbours take part in, at most $limit in all. Links recorded on the entities of the
 * first ring (provider, parent, members) come along, both ways for the centre.
 */
export const NEIGHBOURHOOD = `
MATCH (c:Record {id: $id, generation: $generation}) WHERE c:Entity
CALL (c) {
  MATCH (c)<-[r]-(f:Fact) WHERE type(r) IN $roleTypes AND ${factFilter('f')}
  WITH DISTINCT f ORDER BY f.id LIMIT $probe
  RETURN collect(f) AS ring1
}
CALL (ring1) {
  UNWIND ring1 AS f
  MATCH (f)-[r]->(e:Entity) WHERE type(r) IN $roleTypes
  RETURN collect(DISTINCT e) AS named
}
WITH c, ring1, named + [c] AS entities1
CALL (c, ring1, entities1) {
  WITH 1 AS wanted WHERE $depth = 2
  UNWIND entities1 AS e
  MATCH (e)<-[r]-(f:Fact) WHERE type(r) IN $roleTypes AND NOT (f)-->(c) AND ${factFilter('f')}
  WITH DISTINCT f ORDER BY f.id LIMIT $probe
  RETURN collect(f) AS ring2
}
WITH c, entities1, ring1 + ring2 AS facts
CALL (c, entities1) {
  UNWIND entities1 AS e
  MATCH (e)-[link]-(other:Entity)
  WHERE type(link) IN $linkTypes AND (e = c OR startNode(link) = e)
  RETURN collect(DISTINCT {from: startNode(link).id, to: endNode(link).id, type: type(link)}) AS links,
         collect(DISTINCT ${readProperties('other')}) AS linked
}
RETURN ${recordList('c')} AS center,
       [f IN facts[..$limit] | ${recordList('f')}] AS facts,
       size(facts) > $limit AS truncated,
       links, linked`;

export function neighbourhoodStatement(query: NeighbourhoodQuery): Statement {
  return {
    statement: NEIGHBOURHOOD,
    parameters: {
      ...factFilterParams({ factTypes: query.factTypes, asOf: query.asOf }),
      id: query.id,
      depth: query.depth,
      limit: countParam(query.limit),
      probe: countParam(query.limit + 1),
      roleTypes: FACT_ROLE_TYPES,
      linkTypes: LINK_TYPES,
    },
  };
}

export async function readNeighbourhood(
  reader: Reader,
  query: NeighbourhoodQuery,
): Promise<Neighbourhood | null> {
  const [row] = await readStatement(reader, neighbourhoodStatement(query));
  if (!row) return null;
  const facts = (row.facts as unknown[]).map(toRecord);
  const named = new Set(facts.flatMap((fact) => (fact.links ?? []).map((link) => link.node.id)));
  const center = toRecord(row.center);
  named.add(center.id);
  // The links were read for the entities of every fact probed, one more than the limit: keep
  // those of an entity a returned fact names (or to the centre), so no edge ends off the drawing.
  const links = (row.links as Neighbourhood['links']).filter(
    (link) => named.has(link.from) || link.to === center.id,
  );
  const ends = new Set(links.flatMap((link) => [link.from, link.to]));
  const linkedEntities = (row.linked as unknown[])
    .map((node) => toRecord([node]))
    .filter((entity) => !named.has(entity.id) && ends.has(entity.id));
  return { center, facts, linkedEntities, links, truncated: row.truncated as boolean };
}
