/**
 * Every Cypher statement of the load, in one place. Values are parameters; labels and
 * relationship types come from the seed model's fixed table and are passed as parameters too,
 * through Neo4j 5.26's dynamic labels ($(...)).
 *
 * A load stages new records as nodes labelled only :Staged, in many small transactions, then
 * makes them live in one transaction (the switch). Readers match on the kind labels (:Record,
 * :Entity, :Fact, ...), so staged nodes are invisible to them until the switch commits.
 */

import { DATE_PROPERTIES } from './plan.js';

export const SCHEMA_STATEMENTS = [
  // Ids are unique across every kind of record; this also indexes lookups by id.
  'CREATE CONSTRAINT record_id IF NOT EXISTS FOR (n:Record) REQUIRE n.id IS UNIQUE',
  // Staged records were once found through this index; now by element id (cheaper to write).
  'DROP INDEX staged_id IF EXISTS',
  // Search over names and aliases, typo-tolerant (issue 4's search).
  'CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (n:Entity) ON EACH [n.name, n.aliases]',
  // "As of" filters on facts.
  'CREATE RANGE INDEX fact_valid_from IF NOT EXISTS FOR (n:Fact) ON (n.validFrom)',
  'CREATE RANGE INDEX fact_valid_to IF NOT EXISTS FOR (n:Fact) ON (n.validTo)',
  // Lists of entities by name or id, read from the index in order from the cursor on.
  'CREATE RANGE INDEX entity_name IF NOT EXISTS FOR (n:Entity) ON (n.name)',
  'CREATE RANGE INDEX entity_id IF NOT EXISTS FOR (n:Entity) ON (n.id)',
  // Filters of lists and their totals: by type, kind and country of entities, by type of facts.
  'CREATE RANGE INDEX entity_kind_of_record IF NOT EXISTS FOR (n:Entity) ON (n.kindOfRecord)',
  'CREATE RANGE INDEX entity_kind IF NOT EXISTS FOR (n:Entity) ON (n.kind)',
  'CREATE RANGE INDEX entity_country IF NOT EXISTS FOR (n:Entity) ON (n.country)',
  'CREATE RANGE INDEX fact_kind_of_record IF NOT EXISTS FOR (n:Fact) ON (n.kindOfRecord)',
];

export const AWAIT_INDEXES = 'CALL db.awaitIndexes(300)';

/**
 * After a load: resample the indexes and drop cached plans. Statistics of indexes created on an
 * empty graph stay stale until background sampling runs, and the planner then scans whole
 * indexes where it should seek (measured: 50,000 rows read to find 2 ids).
 */
export const REFRESH_STATISTICS = 'CALL db.prepareForReplanning()';

/** The digest of every live record, for the diff. */
export const READ_DIGESTS = 'MATCH (n:Record) RETURN n.id AS id, n.hash AS hash';

/** The stored properties and relationships of some records, for a field-by-field diff. */
export const READ_RECORDS = `
UNWIND $ids AS id
MATCH (n:Record {id: id})
RETURN n.id AS id, properties(n) AS properties,
       COLLECT { MATCH (n)-[r]->(m:Record) RETURN {type: type(r), to: m.id, properties: properties(r)} } AS relationships`;

// --- Staging: many transactions, invisible to readers ---------------------------------------

/** Removes what a load that failed or was killed left staged; run before staging anew. */
export const DELETE_STAGED =
  'MATCH (n:Staged) WITH n LIMIT $limit DETACH DELETE n RETURN count(*) AS deleted';

/** The plan's ISO days become Neo4j dates (see DATE_PROPERTIES in plan.ts). */
const SET_PROPERTIES = `SET n = row.properties, ${DATE_PROPERTIES.map(
  (name) => `n.${name} = date(row.properties.${name})`,
).join(', ')}`;

/** Answers each new node's element id, in the order of the rows, for its relationships. */
export const STAGE_RECORDS = `
UNWIND $rows AS row
CREATE (n:Staged) ${SET_PROPERTIES}
RETURN elementId(n) AS element`;

/** The element ids of live records that staged records point at. */
export const READ_ELEMENT_IDS = `
UNWIND $ids AS id
MATCH (n:Record {id: id})
RETURN id, elementId(n) AS element`;

/**
 * Staged records' relationships, a row per record, both ends named by element id: a direct
 * lookup, where an index seek per end took twice as long. Each target is staged too, or live.
 */
export const STAGE_RELATIONSHIPS = `
UNWIND $rows AS row
MATCH (a) WHERE elementId(a) = row.from
UNWIND row.relationships AS rel
MATCH (b) WHERE elementId(b) = rel.to
CREATE (a)-[r:$(rel.type)]->(b)
SET r = rel.properties`;

// --- The switch: one transaction ------------------------------------------------------------

export const DELETE_RECORDS = 'UNWIND $ids AS id MATCH (n:Record {id: id}) DETACH DELETE n';

/**
 * Makes the staged records of one kind live: their labels, and no staging label. One statement
 * per kind, with the labels as a parameter, is several times faster at a million nodes than
 * labels read from each node.
 */
export const PROMOTE_STAGED = `
MATCH (n:Staged {kindOfRecord: $kind})
SET n:$($labels)
REMOVE n:Staged`;

/** A changed record that others point at keeps its node; its content is rewritten in place. */
export const UPDATE_RECORDS = `UNWIND $rows AS row MATCH (n:Record {id: row.id}) ${SET_PROPERTIES}`;

export const DELETE_OUTGOING = 'UNWIND $ids AS id MATCH (:Record {id: id})-[r]->() DELETE r';

export const CREATE_RELATIONSHIPS = `
UNWIND $rows AS row
MATCH (a:Record {id: row.from})
MATCH (b:Record {id: row.to})
CREATE (a)-[r:$(row.type)]->(b)
SET r = row.properties`;
