import { heldOn, readProperties, recordList } from './fragments.js';
import { dateParam } from './params.js';
import { type Reader, readStatement, type Statement } from './reader.js';
import { type GraphRecord, toRecord } from './records.js';

export interface AccessQuery {
  provider: string;
  region: string;
  /** `YYYY-MM-DD`; the caller passes today when the client gave no day. */
  asOf: string;
}

export interface AccessRoute {
  availability: GraphRecord;
  product: GraphRecord;
  provider?: GraphRecord | undefined;
  /** From the product down to the provider's product it is built on. */
  lineage: GraphRecord[];
  operator?: GraphRecord | undefined;
  /** Partnerships between the operator and the product's provider. */
  partnerships: GraphRecord[];
  /** The blocks this route gets around: all of them, as its product is not blocked. */
  circumvents: GraphRecord[];
  limitedBy: GraphRecord[];
}

export interface AccessAnswer {
  provider: GraphRecord;
  /** The provider's organization: itself, or a product's provider. */
  organization?: GraphRecord | undefined;
  region: GraphRecord;
  asOf: string;
  blockedBy: GraphRecord[];
  routes: AccessRoute[];
}

/**
 * The founding question in one statement. The provider's products are its own (for an
 * organization) or the product and what it is built on. Restrictions apply to the region when
 * they target it or a grouping it belongs to. A block concerns one of the provider's products,
 * or is the provider's own and names no product. A channel is an availability in the region of
 * a product built (through BASED_ON, up to three levels) on an unblocked or a blocked product of
 * the provider, itself not blocked; with its operator, the operator's partnerships with the
 * product's provider, and the restrictions that narrow it.
 */
export const ACCESS_ROUTES = `
MATCH (p:Record {id: $provider, generation: $generation}) WHERE p:Organization OR p:Product
MATCH (r:Record {id: $region, generation: $generation}) WHERE r:Region
OPTIONAL MATCH (p)-[:PROVIDED_BY]->(owner:Organization)
WITH p, r, CASE WHEN p:Organization THEN p ELSE owner END AS org,
     CASE WHEN p:Organization
       THEN COLLECT { MATCH (x:Product)-[:PROVIDED_BY]->(p) RETURN x }
       ELSE [p] + COLLECT { MATCH (p)-[:BASED_ON]->(x:Product) RETURN x }
     END AS products
WITH p, r, org, products, [r] + COLLECT { MATCH (g:Region)-[:HAS_MEMBER]->(r) RETURN g } AS covering
CALL (org, products, covering) {
  UNWIND covering AS t
  MATCH (t)<-[:TARGETS]-(x:Restriction)
  WHERE ${heldOn('x')}
    AND (EXISTS { MATCH (x)-[:CONCERNS]->(q) WHERE q IN products }
         OR (EXISTS { MATCH (x)-[:IMPOSED_BY]->(i) WHERE i = org } AND NOT EXISTS { MATCH (x)-[:CONCERNS]->() }))
  WITH DISTINCT x ORDER BY x.id
  RETURN collect(x) AS blocks
}
WITH p, r, org, products, covering, blocks,
     [x IN blocks WHERE NOT EXISTS { MATCH (x)-[:CONCERNS]->() } | x] AS orgWideBlocks
WITH p, r, org, products, covering, blocks,
     CASE WHEN size(orgWideBlocks) > 0 THEN products
       ELSE COLLECT { UNWIND blocks AS x MATCH (x)-[:CONCERNS]->(q:Product) RETURN DISTINCT q }
     END AS blockedProducts
CALL (r, org, products, covering, blockedProducts) {
  MATCH (a:Availability)-[:IN_REGION]->(r)
  WHERE ${heldOn('a')}
  MATCH (a)-[:OFFERS]->(q:Product)
  WHERE NOT q IN blockedProducts
  MATCH lineage = (q)-[:BASED_ON*0..3]->(base:Product)
  WHERE base IN products
  WITH a, q, lineage ORDER BY length(lineage)
  WITH a, q, head(collect(lineage)) AS lineage
  OPTIONAL MATCH (q)-[:PROVIDED_BY]->(maker:Organization)
  OPTIONAL MATCH (a)-[:OPERATED_BY]->(operator:Organization)
  WITH a, q, lineage, maker, operator ORDER BY a.id
  RETURN collect({
    availability: ${recordList('a')},
    product: ${readProperties('q')},
    provider: ${readProperties('maker')},
    lineage: [n IN nodes(lineage) | ${readProperties('n')}],
    operator: ${readProperties('operator')},
    partnerships: COLLECT {
      MATCH (operator)<-[:PARTY]-(s:Partnership)-[:PARTY]->(maker)
      WHERE ${heldOn('s')}
      RETURN ${recordList('s')}
    },
    limitedBy: COLLECT {
      MATCH (covering_region:Region)<-[:TARGETS]-(x:Restriction)-[:CONCERNS]->(q)
      WHERE covering_region IN covering AND ${heldOn('x')}
      RETURN DISTINCT ${recordList('x')}
    }
  }) AS routes
}
RETURN ${readProperties('p')} AS provider, ${readProperties('org')} AS organization, ${readProperties('r')} AS region,
       [x IN blocks | ${recordList('x')}] AS blockedBy, routes`;

interface RawRoute {
  availability: unknown;
  product: unknown;
  provider?: unknown | undefined;
  lineage: unknown[];
  operator?: unknown | undefined;
  partnerships: unknown[];
  limitedBy: unknown[];
}

export function accessRoutesStatement(query: AccessQuery): Statement {
  return {
    statement: ACCESS_ROUTES,
    parameters: { provider: query.provider, region: query.region, asOf: dateParam(query.asOf) },
  };
}

export async function readAccessRoutes(
  reader: Reader,
  query: AccessQuery,
): Promise<AccessAnswer | null> {
  const [row] = await readStatement(reader, accessRoutesStatement(query));
  if (!row) return null;
  const shallow = (node: unknown) => (node ? toRecord([node]) : undefined);
  const blockedBy = (row.blockedBy as unknown[]).map(toRecord);
  return {
    asOf: query.asOf,
    provider: toRecord([row.provider]),
    ...(row.organization ? { organization: shallow(row.organization) } : {}),
    region: toRecord([row.region]),
    blockedBy,
    routes: (row.routes as RawRoute[]).map((route) => ({
      availability: toRecord(route.availability),
      product: toRecord([route.product]),
      ...(route.provider ? { provider: shallow(route.provider) } : {}),
      lineage: route.lineage.map((node) => toRecord([node])),
      ...(route.operator ? { operator: shallow(route.operator) } : {}),
      partnerships: route.partnerships.map(toRecord),
      circumvents: blockedBy,
      limitedBy: route.limitedBy.map(toRecord),
    })),
  };
}
