/**
 * Every Cypher statement of the load, in one place. Values are parameters; labels and
 * relationship types come from the seed model's fixed table and are passed as parameters too,
 * through Neo4j 5.26's dynamic labels ($(...)).
 */

export const SCHEMA_STATEMENTS = [
  // Ids are unique across every kind of record; this also indexes lookups by id.
  'CREATE CONSTRAINT record_id IF NOT EXISTS FOR (n:Record) REQUIRE n.id IS UNIQUE',
  // Search over names and aliases, typo-tolerant (issue 4's search).
  'CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (n:Entity) ON EACH [n.name, n.aliases]',
  // "As of" filters on facts.
  'CREATE RANGE INDEX fact_valid_from IF NOT EXISTS FOR (n:Fact) ON (n.validFrom)',
  'CREATE RANGE INDEX fact_valid_to IF NOT EXISTS FOR (n:Fact) ON (n.validTo)',
];

export const AWAIT_INDEXES = 'CALL db.awaitIndexes(300)';

/** The digest of every record in the database, for the diff. */
export const READ_DIGESTS = 'MATCH (n:Record) RETURN n.id AS id, n.hash AS hash';

/** The stored properties and relationships of some records, for a field-by-field diff. */
export const READ_RECORDS = `
UNWIND $ids AS id
MATCH (n:Record {id: id})
RETURN n.id AS id, properties(n) AS properties,
       COLLECT { MATCH (n)-[r]->(m:Record) RETURN {type: type(r), to: m.id, properties: properties(r)} } AS relationships`;

export const DELETE_RECORDS = 'UNWIND $ids AS id MATCH (n:Record {id: id}) DETACH DELETE n';

export const DELETE_OUTGOING = 'UNWIND $ids AS id MATCH (:Record {id: id})-[r]->() DELETE r';

export const CREATE_RECORDS =
  'UNWIND $rows AS row CREATE (n:Record) SET n = row.properties, n:$(row.labels)';

export const UPDATE_RECORDS =
  'UNWIND $rows AS row MATCH (n:Record {id: row.id}) SET n = row.properties';

export const CREATE_RELATIONSHIPS = `
UNWIND $rows AS row
MATCH (a:Record {id: row.from})
MATCH (b:Record {id: row.to})
CREATE (a)-[r:$(row.type)]->(b)
SET r = row.properties`;
