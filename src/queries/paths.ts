import { COLLECTION_BY_KIND } from '../seed/model.js';
import { heldOn, recordList } from './fragments.js';
import { countParam, dateParam, listParam } from './params.js';
import { type Reader, readStatement, type Statement } from './reader.js';
import { type GraphRecord, toRecord } from './records.js';
import { FACT_ROLE_TYPES, LINK_TYPES } from './roles.js';
import { statementsByShape } from './shapes.js';

export const MAX_HOPS = 6;

export interface PathQuery {
  from: string;
  to: string;
  maxHops: number;
  factTypes?: readonly string[] | null | undefined;
  asOf?: string | null | undefined;
  viaLinks: boolean;
  first: number;
  /** Whether to read each node's links and citations (else resolvers read them if needed). */
  withParts?: boolean;
}

/** A path as read: its nodes (entities and facts) in order, and the type of each relationship. */
export interface RawPath {
  nodes: GraphRecord[];
  relationships: { type: string; from: string }[];
}

/** What picks a path statement: only the shape is in the text, every value is a parameter. */
interface PathShape {
  maxHops: number;
  viaLinks: boolean;
  /** Whether facts are filtered (types or asOf): checked on each fact the search crosses. */
  filtered: boolean;
  /** One path is enough: shortestPath() stops at the first. */
  single: boolean;
}

/**
 * All shortest paths, entity to entity, through facts (two relationships a step) and links
 * recorded on entities (one). allShortestPaths() searches from both ends at once (measured: a
 * third to a sixth of the db hits of ALL SHORTEST with the same filters), and checks the
 * predicate on nodes(p) as it goes. Its relationship types and bound must be literals: they come
 * from the model's fixed table and a checked integer, one statement per shape. Both ends are of
 * the request's generation, and relationships join only nodes of one generation, so the search
 * stays in it. With a filter, only facts that held on $asOf, of the types asked, are crossed.
 * Sources are never crossed (CITES is not in the list).
 */
function shortestPaths({ maxHops, viaLinks, filtered, single }: PathShape): string {
  const types = (viaLinks ? [...FACT_ROLE_TYPES, ...LINK_TYPES] : FACT_ROLE_TYPES).join('|');
  // Role and link types reach only entities and facts: without a filter, nothing to check.
  const crossed = filtered
    ? `WHERE all(n IN nodes(path) WHERE n:Entity OR (n:Fact AND ($factTypes IS NULL OR n.kindOfRecord IN $factTypes) AND ${heldOn('n')}))`
    : '';
  return `
  MATCH (a:Record {id: $from, generation: $generation}), (b:Record {id: $to, generation: $generation})
  WHERE a:Entity AND b:Entity AND a <> b
  MATCH path = ${single ? 'shortestPath' : 'allShortestPaths'}((a)-[:${types}*..${2 * maxHops}]-(b))
  ${crossed}
  WITH path LIMIT $limit
  RETURN [n IN nodes(path) | ${recordList('n', '$withParts')}] AS nodes,
         [r IN relationships(path) | {type: type(r), from: startNode(r).id}] AS relationships`;
}

const shortestPathsFor = statementsByShape(shortestPaths);

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

/**
 * How many paths to read for `first`: through facts only, every shortest path has the same
 * number of steps, so `first`; with links, enough to choose the fewest steps from, bounded.
 */
const probeFor = (first: number, viaLinks: boolean) =>
  viaLinks ? Math.min(first * 4, 100) : first;

export function shortestPathsStatement(query: PathQuery): Statement {
  const factTypes = listParam(query.factTypes);
  const probe = probeFor(query.first, query.viaLinks);
  const statement = shortestPathsFor({
    maxHops: query.maxHops,
    viaLinks: query.viaLinks,
    filtered: factTypes !== null || Boolean(query.asOf),
    single: probe === 1,
  });
  return {
    statement,
    parameters: {
      from: query.from,
      to: query.to,
      factTypes,
      asOf: dateParam(query.asOf),
      limit: countParam(probe),
      withParts: query.withParts ?? true,
    },
  };
}

export async function readShortestPaths(reader: Reader, query: PathQuery): Promise<PathStep[][]> {
  const rows = await readStatement(reader, shortestPathsStatement(query));
  const paths = rows.map((row) =>
    stepsOf({
      nodes: (row.nodes as unknown[]).map(toRecord),
      relationships: row.relationships as RawPath['relationships'],
    }),
  );
  return fewestSteps(paths, query.maxHops, query.first);
}
