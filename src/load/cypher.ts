/**
 * Every Cypher statement of the load, in one place. Values are parameters; labels and
 * relationship types come from the seed model's fixed table and are passed as parameters too,
 * through Neo4j 5.26's dynamic labels ($(...)).
 *
 * Generations: every record node carries an integer `generation`. A load writes a complete new
 * copy of the graph as a new generation (nodes with their final labels, and relationships that
 * only ever join nodes of that generation), then switches `(:Graph {key: 'graph'}).current` to
 * it in one small write. Readers pin one generation and read only its nodes, so nothing a load
 * writes is visible before the switch, and nothing of a generation that can be read is changed.
 * Old generations are deleted once no reader can still be using them (see apply.ts).
 */

import { DATE_PROPERTIES } from './plan.js';

export const SCHEMA_STATEMENTS = [
  // Statements of old schemas that later ones replaced.
  // Ids were once unique across generations: record_id_generation below replaces record_id.
  'DROP CONSTRAINT record_id IF EXISTS',
  // Staged records were once found through this index; the staging label is gone too.
  'DROP INDEX staged_id IF EXISTS',
  // entity_search replaces entity_names, which did not have nameKeys: an index's properties
  // cannot be changed, only the index replaced.
  'DROP INDEX entity_names IF EXISTS',
  // Indexes first: each fills in the background, while the constraints below, each created
  // only once its own index is full, are filled (measured on a first load of 1,000,000 facts:
  // 1 s less than constraints first, whose filling held every index back).
  // Finds a generation's nodes, to read its digests or to delete it.
  'CREATE RANGE INDEX record_generation IF NOT EXISTS FOR (n:Record) ON (n.generation)',
  // Search over names and aliases, typo-tolerant (issues 4 and 15). nameKeys (names without
  // spaces or punctuation) let "huggingface" find Hugging Face.
  'CREATE FULLTEXT INDEX entity_search IF NOT EXISTS FOR (n:Entity) ON EACH [n.name, n.aliases, n.nameKeys]',
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
  // Ids repeat across generations: unique within one. This also indexes lookups by id (a
  // NodeUniqueIndexSeek for `{id: $id, generation: $generation}`).
  'CREATE CONSTRAINT record_id_generation IF NOT EXISTS FOR (n:Record) REQUIRE (n.id, n.generation) IS UNIQUE',
  // The singleton that says which generation readers use, and one node per generation.
  'CREATE CONSTRAINT graph_key IF NOT EXISTS FOR (n:Graph) REQUIRE n.key IS UNIQUE',
  'CREATE CONSTRAINT generation_number IF NOT EXISTS FOR (n:Generation) REQUIRE n.number IS UNIQUE',
];

export const AWAIT_INDEXES = 'CALL db.awaitIndexes(300)';

/**
 * After a load: resample the indexes and drop cached plans. Statistics of indexes created on an
 * empty graph stay stale until background sampling runs, and the planner then scans whole
 * indexes where it should seek (measured: 50,000 rows read to find 2 ids).
 */
export const REFRESH_STATISTICS = 'CALL db.prepareForReplanning()';

/** The digest of every record of a generation, for the diff. */
export const READ_DIGESTS =
  'MATCH (n:Record {generation: $generation}) RETURN n.id AS id, n.hash AS hash';

/** The stored properties and relationships of some records of a generation, for the diff. */
export const READ_RECORDS = `
UNWIND $ids AS id
MATCH (n:Record {id: id, generation: $generation})
RETURN n.id AS id, properties(n) AS properties,
       COLLECT { MATCH (n)-[r]->(m:Record) RETURN {type: type(r), to: m.id, properties: properties(r)} } AS relationships`;

// --- Claim: a new generation number ---------------------------------------------------------

/**
 * Claims the next generation number (serialised by the lock on the :Graph node) and records it.
 * The claim is the load's; only the latest claimant may switch.
 */
export const CLAIM_GENERATION = `
MERGE (g:Graph {key: 'graph'})
SET g.next = coalesce(g.next, 0) + 1
CREATE (:Generation {number: g.next, claimedAt: datetime()})
RETURN g.next AS generation`;

// --- Write: many transactions, invisible to readers until the switch -------------------------

/** The plan's ISO days become Neo4j dates (see DATE_PROPERTIES in plan.ts). */
const SET_PROPERTIES = `SET n = row.properties, n.generation = $generation, ${DATE_PROPERTIES.map(
  (name) => `n.${name} = date(row.properties.${name})`,
).join(', ')}`;

/**
 * Records of one kind (so one set of labels, a parameter) in the new generation. Answers each
 * new node's element id, in the order of the rows, for its relationships.
 */
export const CREATE_RECORDS = `
UNWIND $rows AS row
CREATE (n:$($labels)) ${SET_PROPERTIES}
RETURN elementId(n) AS element`;

/**
 * Relationships, a row per record, both ends named by element id: a direct lookup, where an
 * index seek per end took twice as long. Both ends are of the new generation.
 */
export const CREATE_RELATIONSHIPS = `
UNWIND $rows AS row
MATCH (a) WHERE elementId(a) = row.from
UNWIND row.relationships AS rel
MATCH (b) WHERE elementId(b) = rel.to
CREATE (a)-[r:$(rel.type)]->(b)
SET r = rel.properties`;

/**
 * Properties set on records of a generation after the bulk importer wrote it: the empty lists,
 * which it cannot write (src/load/importTables.ts).
 */
export const SET_RECORD_PROPERTIES = `
UNWIND $rows AS row
MATCH (n:Record {id: row.id, generation: $generation})
SET n += row.properties`;

// --- The switch: one small write ------------------------------------------------------------

/**
 * Makes $generation the one readers use, if this load is still the latest claimant; marks the
 * generation it replaces as superseded (now, by Neo4j's clock) and records the new one's totals.
 * No row: a later load claimed a generation since.
 */
export const SWITCH_GENERATION = `
MATCH (g:Graph {key: 'graph'}) WHERE g.next = $generation
OPTIONAL MATCH (old:Generation {number: g.current})
SET old.supersededAt = datetime()
WITH g
MATCH (new:Generation {number: $generation})
SET g.current = $generation, g.switchedAt = datetime(),
    new.switchedAt = datetime(), new += $totals
RETURN g.current AS current`;

// --- Retiring old generations -------------------------------------------------------------

/**
 * The generations that may be deleted now: superseded longer than $retainMs ago (by Neo4j's
 * clock, the one supersededAt was written with), or abandoned (claimed, never switched, below
 * $below: a load that died or lost to a later one). Never the current one.
 */
export const READ_RETIRABLE = `
OPTIONAL MATCH (graph:Graph {key: 'graph'})
WITH graph
MATCH (g:Generation)
WHERE (graph.current IS NULL OR g.number <> graph.current)
  AND ((g.supersededAt IS NOT NULL AND g.supersededAt + duration({milliseconds: $retainMs}) < datetime())
       OR (g.switchedAt IS NULL AND g.number < $below))
RETURN g.number AS generation ORDER BY generation`;

/**
 * Marks a generation retiring, in a transaction of its own committed before any of it is
 * deleted: an export that checks the mark after reading a page knows that page was whole.
 */
export const MARK_RETIRING = 'MATCH (g:Generation {number: $generation}) SET g.retiring = true';

/** Deletes a generation's nodes (and so its relationships) in bounded transactions. */
export const DELETE_GENERATION = `
MATCH (n:Record {generation: $generation})
CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS`;

export const DELETE_GENERATION_NODE = 'MATCH (g:Generation {number: $generation}) DELETE g';

/**
 * A failed load's own generation, unless it became the current one after all (the switch
 * committed but its answer was lost). Bounded: run until it deletes nothing.
 */
export const DELETE_OWN_GENERATION = `
OPTIONAL MATCH (graph:Graph {key: 'graph'})
WITH graph WHERE graph.current IS NULL OR graph.current <> $generation
MATCH (n:Record {generation: $generation})
WITH n LIMIT 10000
DETACH DELETE n
RETURN count(*) AS deleted`;

/**
 * Nodes written before generations existed (no `generation`), and the :Staged nodes of the old
 * loader: readers never see them. Deleted once, after the first switch (see LEGACY_CLEARED).
 */
export const DELETE_LEGACY = `
MATCH (n) WHERE (n:Record AND n.generation IS NULL) OR n:Staged
CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS`;

export const READ_LEGACY_CLEARED =
  "OPTIONAL MATCH (g:Graph {key: 'graph'}) RETURN coalesce(g.legacyCleared, false) AS cleared";

export const LEGACY_CLEARED = "MATCH (g:Graph {key: 'graph'}) SET g.legacyCleared = true";
