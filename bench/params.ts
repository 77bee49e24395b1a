/**
 * Finds, on the loaded graph, the values the six questions are asked with. The same rules at
 * every scale, so that the scale curve compares like with like.
 */
import neo4j, { type Driver, routing } from 'neo4j-driver';
import { FACT_ROLE_TYPES } from '../src/queries/roles.js';
import { PAGE_QUERY } from './implementations/policygraph.js';
import { ask } from './measure.js';
import { graphqlRequest, PAGE_NUMBER, PAGE_SIZE, type WorkloadParams } from './workload.js';

/** Query a's entity takes part in at least this many facts. */
const MIN_FACTS = 10;
/** Day of the "as of" questions: inside the generator's 2000–2024 range. */
const AS_OF = '2015-06-30';

export async function findParams(driver: Driver, database: string): Promise<WorkloadParams> {
  const read = async (cypher: string, params: Record<string, unknown> = {}) =>
    (await driver.executeQuery(cypher, params, { database, routing: routing.READ })).records;

  const [entity] = await read(
    `MATCH (o:Organization) WHERE COUNT { (o)<--(:Fact) } >= $min
     RETURN o.id AS id, o.name AS name ORDER BY o.id LIMIT 1`,
    { min: neo4j.int(MIN_FACTS) },
  );
  if (!entity) throw new Error(`no organization takes part in ${MIN_FACTS} facts`);
  const entityId = entity.get('id') as string;

  const [last] = await read(
    'MATCH (e:Entity) RETURN e.name AS name, e.id AS id ORDER BY e.name, e.id SKIP $skip LIMIT 1',
    { skip: neo4j.int(PAGE_SIZE * (PAGE_NUMBER - 1) - 1) },
  );
  if (!last) throw new Error(`fewer than ${PAGE_SIZE * PAGE_NUMBER} entities`);

  const [access] = await read(
    `MATCH (x:Restriction)-[:IMPOSED_BY]->(p:Organization), (x)-[:TARGETS]->(r:Region)
     WHERE EXISTS { (p)<-[:PROVIDED_BY]-(:Product)<-[:OFFERS]-(:Availability)-[:IN_REGION]->(r) }
     RETURN p.id AS provider, r.id AS region ORDER BY p.id, r.id LIMIT 1`,
  );
  if (!access) throw new Error('no provider with a restriction and an availability in a region');

  return {
    entityId,
    searchText: withTypo(entity.get('name') as string),
    pageAfter: [last.get('name'), last.get('id')],
    pathFrom: entityId,
    pathTo: await entityFourStepsAway(driver, database, entityId),
    provider: access.get('provider'),
    region: access.get('region'),
    neighbourhoodId: entityId,
    asOf: AS_OF,
  };
}

/** "Organization 0000042" → "Organizaton 0000042": one letter of the first word dropped. */
function withTypo(name: string): string {
  const [first = '', ...rest] = name.split(' ');
  const at = Math.max(1, first.length - 3);
  return [first.slice(0, at) + first.slice(at + 1), ...rest].join(' ');
}

/**
 * An organization whose shortest path from `from` takes exactly four steps (eight relationships
 * entity–fact–entity), trying candidates from the far end of the id range.
 */
async function entityFourStepsAway(driver: Driver, database: string, from: string) {
  const { records: candidates } = await driver.executeQuery(
    'MATCH (b:Organization) RETURN b.id AS id ORDER BY b.id DESC LIMIT 200',
    {},
    { database, routing: routing.READ },
  );
  for (const candidate of candidates) {
    const { records } = await driver.executeQuery(
      `MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
       MATCH p = shortestPath((a)-[:${FACT_ROLE_TYPES.join('|')}*..8]-(b))
       RETURN length(p) AS length`,
      { from, to: candidate.get('id') },
      { database, routing: routing.READ },
    );
    if (Number(records[0]?.get('length')) === 8) return candidate.get('id') as string;
  }
  throw new Error(`no organization four steps from ${from} among 200 tried`);
}

/** The end cursor of page 49 of the name-ordered list, read by paging through the API. */
export async function page49Cursor(baseUrl: string): Promise<string> {
  let after: string | null = null;
  for (let page = 1; page < PAGE_NUMBER; page++) {
    const text = await ask(
      baseUrl,
      graphqlRequest('/graphql', PAGE_QUERY, { first: PAGE_SIZE, after }),
    );
    after = JSON.parse(text).data.entities.pageInfo.endCursor as string;
  }
  if (!after) throw new Error('the list has fewer than 49 pages');
  return after;
}
