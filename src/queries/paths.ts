import { COLLECTION_BY_KIND } from '../seed/model.js';
import { heldOn, recordMap } from './fragments.js';
import { countParam, dateParam, listParam } from './params.js';
import { type Reader, readRows } from './read.js';
import { type GraphRecord, toRecord } from './records.js';
import { FACT_ROLE_TYPES, LINK_TYPES } from './roles.js';

export const MAX_HOPS = 6;

export interface PathQuery {
  from: string;
  to: string;
  maxHops: number;
  factTypes?: readonly string[] | null | undefined;
  asOf?: string | null | undefined;
  viaLinks: boolean;
  first: number;
}

/** A path as read: its nodes (entities and facts) in order, and the type of each relationship. */
export interface RawPath {
  nodes: GraphRecord[];
  relationships: { type: string; from: string }[];
}

/**
 * All shortest paths, entity to entity, through facts (two relationships a step) and links
 * recorded on entities (one). The quantifier's bound must be a literal in Cypher, so there is
 * one statement per hop limit, all from this one template; the limit is a checked integer.
 * Predicates inside the pattern prune the search as it goes: only live entities and facts that
 * held on $asOf, of the types asked, are crossed; sources are never crossed. Both ends are found
 * first and passed into a subquery, so the search runs between them (from both sides at once);
 * else the planner may find only `a`, search outwards from it, and check each node for `b`.
 */
function shortestPaths(maxHops: number): string {
  return `
  MATCH (a:Record {id: $from}), (b:Record {id: $to})
  WHERE a:Entity AND b:Entity
  CALL (a, b) {
    MATCH path = ALL SHORTEST (a)(()-[r]-(n)
        WHERE type(r) IN $relationshipTypes
          AND (n:Entity OR (n:Fact AND ($factTypes IS NULL OR n.kindOfRecord IN $factTypes) AND ${heldOn('n')}))
      ){1,${2 * maxHops}}(b)
    RETURN path LIMIT $limit
  }
  RETURN [n IN nodes(path) | ${recordMap('n')}] AS nodes,
         [r IN relationships(path) | {type: type(r), from: startNode(r).id}] AS relationships`;
}

const SHORTEST_PATHS = Array.from({ length: MAX_HOPS + 1 }, (_, hops) => shortestPaths(hops));

/** One step of a path: through a fact (with the two roles) or through a recorded link. */
export interface PathStep {
  from: GraphRecord;
  to: GraphRecord;
  fact?: GraphRecord | undefined;
  fromType?: string | undefined;
  toType?: string | undefined;
  linkType?: string | undefined;
}

function isFact(record: GraphRecord): boolean {
  return COLLECTION_BY_KIND.get(record.kind)?.group === 'fact';
}

/** Reads a path as steps from entity to entity. */
export function stepsOf(path: RawPath): PathStep[] {
  const steps: PathStep[] = [];
  for (let i = 0; i < path.nodes.length - 1; ) {
    const from = path.nodes[i] as GraphRecord;
    const next = path.nodes[i + 1] as GraphRecord;
    if (isFact(next)) {
      steps.push({
        from,
        to: path.nodes[i + 2] as GraphRecord,
        fact: next,
        fromType: path.relationships[i]?.type,
        toType: path.relationships[i + 1]?.type,
      });
      i += 2;
    } else {
      steps.push({ from, to: next, linkType: path.relationships[i]?.type });
      i += 1;
    }
  }
  return steps;
}

/**
 * Neo4j counts relationships, and a step through a fact is two of them, so its shortest paths
 * may differ in steps (two fact steps tie with three links and a fact). Reading a few more than
 * asked and keeping those with the fewest steps, in a stable order, gives the shortest in steps.
 */
function fewestSteps(paths: PathStep[][], maxHops: number, first: number): PathStep[][] {
  const fitting = paths.filter((steps) => steps.length <= maxHops);
  const fewest = Math.min(...fitting.map((steps) => steps.length));
  const signature = (steps: PathStep[]) =>
    steps.map((step) => step.fact?.id ?? step.to.id).join(' ');
  return fitting
    .filter((steps) => steps.length === fewest)
    .sort((a, b) => signature(a).localeCompare(signature(b)))
    .slice(0, first);
}

/** How many paths to read for `first`: enough to choose from, bounded. */
const probeFor = (first: number) => Math.min(first * 4, 100);

export async function readShortestPaths(reader: Reader, query: PathQuery): Promise<PathStep[][]> {
  const rows = await readRows(reader, SHORTEST_PATHS[query.maxHops] as string, {
    from: query.from,
    to: query.to,
    relationshipTypes: query.viaLinks ? [...FACT_ROLE_TYPES, ...LINK_TYPES] : FACT_ROLE_TYPES,
    factTypes: listParam(query.factTypes),
    asOf: dateParam(query.asOf),
    limit: countParam(probeFor(query.first)),
  });
  const paths = rows.map((row) =>
    stepsOf({
      nodes: (row.nodes as unknown[]).map(toRecord),
      relationships: row.relationships as RawPath['relationships'],
    }),
  );
  return fewestSteps(paths, query.maxHops, query.first);
}
