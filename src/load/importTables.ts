import path from 'node:path';
import { type CsvCell, writeCsvFile } from './csvFile.js';
import { DATE_PROPERTIES, type PlannedRecord, type PlannedRelationship } from './plan.js';

/**
 * The plan as the CSV tables of Neo4j's bulk importer (`neo4j-admin database import full`): one
 * node table per kind (one set of labels), one relationship table per type. Columns and their
 * types are derived from the plan's values, so the graph the importer writes holds what the
 * transactional load's Cypher would: strings, numbers as floats (what the driver sends a
 * JavaScript number as), booleans, DATE_PROPERTIES as dates, lists as arrays, and `generation`
 * as an integer.
 */
export interface ImportTables {
  nodes: NodeTable[];
  relationships: RelationshipTable[];
  /**
   * Lists that are empty: the importer cannot write an empty array (an empty cell sets
   * nothing), so these are set with Cypher after the import.
   */
  emptyLists: { id: string; properties: Record<string, unknown[]> }[];
  /** Some text holds a line break: the importer must then read fields over several lines. */
  multiline: boolean;
}

export interface NodeTable {
  labels: string[];
  header: string[];
  rows: () => Iterable<CsvCell[]>;
}

export interface RelationshipTable {
  type: string;
  header: string[];
  rows: () => Iterable<CsvCell[]>;
}

/**
 * Between a list's items in a cell. A control character no seed text holds (checked: a list item
 * that holds it makes the plan unfit for the importer), so that items may hold ';' and ','.
 */
export const ARRAY_DELIMITER = '\u001f';
/** The same, as the importer's --array-delimiter option spells it. */
export const ARRAY_DELIMITER_OPTION = 'U+001F';

/** The plan cannot be written as import tables; the transactional load is used instead. */
export class NotImportableError extends Error {
  override name = 'NotImportableError';
}

type ScalarType = 'string' | 'double' | 'boolean' | 'date';
type ColumnType = ScalarType | `${ScalarType}[]`;

interface Column {
  name: string;
  type: ColumnType | undefined;
  isDate: boolean;
}

const GENERATION_COLUMN = 'generation:long';

export function importTables(plan: PlannedRecord[], generation: number): ImportTables {
  const scan: Scan = { multiline: false, emptyLists: [] };
  const nodes: NodeTable[] = [];
  for (const records of groupBy(plan, (record) => record.labels.join(':'))) {
    const columns = columnsOf(
      records,
      (record) => record.properties,
      scan,
      DATE_PROPERTIES,
      (record, empty) => scan.emptyLists.push({ id: record.id, properties: empty }),
    ).filter((column) => column.name !== 'id' && column.name !== 'generation');
    const generationCell = String(generation);
    nodes.push({
      labels: (records[0] as PlannedRecord).labels,
      header: ['id:ID', ...columns.map(headerOf), GENERATION_COLUMN],
      rows: function* () {
        for (const record of records) {
          const row: CsvCell[] = [record.id];
          for (const column of columns) row.push(cell(record.properties[column.name]));
          row.push(generationCell);
          yield row;
        }
      },
    });
  }

  // Each relationship beside the record it leaves, grouped by type; no copies of either.
  const byType = new Map<string, { from: string[]; relationships: PlannedRelationship[] }>();
  for (const record of plan)
    for (const relationship of record.relationships) {
      let group = byType.get(relationship.type);
      if (!group) {
        group = { from: [], relationships: [] };
        byType.set(relationship.type, group);
      }
      group.from.push(record.id);
      group.relationships.push(relationship);
    }
  const relationships: RelationshipTable[] = [];
  for (const [type, group] of byType) {
    const columns = columnsOf(
      group.relationships,
      (relationship) => relationship.properties,
      scan,
      [],
      () => {
        throw new NotImportableError(`an empty list on a ${type} relationship`);
      },
    );
    relationships.push({
      type,
      header: [':START_ID', ':END_ID', ...columns.map(headerOf)],
      rows: function* () {
        for (let i = 0; i < group.relationships.length; i++) {
          const relationship = group.relationships[i] as PlannedRelationship;
          const row: CsvCell[] = [group.from[i], relationship.to];
          for (const column of columns) row.push(cell(relationship.properties[column.name]));
          yield row;
        }
      },
    });
  }
  return { nodes, relationships, emptyLists: scan.emptyLists, multiline: scan.multiline };
}

/** What one look at every value finds beside the columns. */
interface Scan {
  multiline: boolean;
  emptyLists: ImportTables['emptyLists'];
}

const LINE_BREAK = /[\r\n]/;

/**
 * The columns of a table: every property any row has, typed by the values it holds. The same
 * look at each value notes line breaks, and hands on each row's empty lists.
 */
function columnsOf<T>(
  rows: readonly T[],
  propertiesOf: (row: T) => Record<string, unknown>,
  scan: Scan,
  dateProperties: readonly string[],
  onEmptyLists: (row: T, empty: Record<string, unknown[]>) => void,
): Column[] {
  const columns = new Map<string, Column>();
  for (const row of rows) {
    const properties = propertiesOf(row);
    let empty: Record<string, unknown[]> | undefined;
    for (const name in properties) {
      const value = properties[name];
      if (value === undefined || value === null) continue;
      let column = columns.get(name);
      if (!column) {
        column = { name, type: undefined, isDate: dateProperties.includes(name) };
        columns.set(name, column);
      }
      const type = typeOf(value, column.isDate);
      if (type === undefined) {
        empty ??= {};
        empty[name] = [];
        continue;
      }
      if (!scan.multiline) scan.multiline = hasLineBreak(value);
      if (column.type === undefined) column.type = type;
      else if (column.type !== type)
        throw new NotImportableError(
          `property ${name} holds both ${column.type} and ${type} values`,
        );
    }
    if (empty) onEmptyLists(row, empty);
  }
  // A column of empty lists only: its lists are set after the import (emptyLists).
  return [...columns.values()].filter((column) => column.type !== undefined);
}

/** A value's column type; undefined for an empty list (any list type would do). */
function typeOf(value: unknown, isDate: boolean): ColumnType | undefined {
  if (!Array.isArray(value)) return scalarTypeOf(value, isDate);
  if (value.length === 0) return undefined;
  const type = scalarTypeOf(value[0], false);
  for (const item of value) {
    if (scalarTypeOf(item, false) !== type) throw new NotImportableError('a list of mixed types');
    if (typeof item === 'string' && (item === '' || item.includes(ARRAY_DELIMITER)))
      throw new NotImportableError('a list item that is empty or holds the array delimiter');
  }
  return `${type}[]`;
}

function scalarTypeOf(value: unknown, isDate: boolean): ScalarType {
  if (typeof value === 'string') return isDate ? 'date' : 'string';
  if (typeof value === 'number' && Number.isFinite(value)) return 'double';
  if (typeof value === 'boolean') return 'boolean';
  throw new NotImportableError(`a value of type ${typeof value}`);
}

function headerOf(column: Column): string {
  return `${column.name}:${column.type}`;
}

function cell(value: unknown): CsvCell {
  if (value === undefined || value === null) return undefined;
  if (Array.isArray(value)) return value.length === 0 ? undefined : value.join(ARRAY_DELIMITER);
  return String(value);
}

function hasLineBreak(value: unknown): boolean {
  if (typeof value === 'string') return LINE_BREAK.test(value);
  return (
    Array.isArray(value) && value.some((item) => typeof item === 'string' && LINE_BREAK.test(item))
  );
}

/** Where each table was written, for the importer. */
export interface TableFiles {
  nodes: { labels: string[]; file: string }[];
  relationships: { type: string; file: string }[];
}

/** Writes each table to a CSV file of its own in `dir`, names starting with `prefix`. */
export function writeImportTables(tables: ImportTables, dir: string, prefix = ''): TableFiles {
  const nodes = tables.nodes.map((table, i) => {
    const file = path.join(dir, `${prefix}nodes-${i}.csv`);
    writeCsvFile(file, table.header, table.rows());
    return { labels: table.labels, file };
  });
  const relationships = tables.relationships.map((table, i) => {
    const file = path.join(dir, `${prefix}relationships-${i}.csv`);
    writeCsvFile(file, table.header, table.rows());
    return { type: table.type, file };
  });
  return { nodes, relationships };
}

/** A plan written as import tables: where, and what the load sets after the import. */
export interface WrittenTables {
  files: TableFiles;
  emptyLists: ImportTables['emptyLists'];
  multiline: boolean;
}

/** The plan's import tables written in `dir`; or why the importer cannot hold the plan. */
export function writePlanTables(
  plan: PlannedRecord[],
  generation: number,
  dir: string,
  prefix = '',
): WrittenTables | { notImportable: string } {
  let tables: ImportTables;
  try {
    tables = importTables(plan, generation);
  } catch (error) {
    if (error instanceof NotImportableError) return { notImportable: error.message };
    throw error;
  }
  return {
    files: writeImportTables(tables, dir, prefix),
    emptyLists: tables.emptyLists,
    multiline: tables.multiline,
  };
}

/** Items grouped by key, groups in the order their first item comes. */
function groupBy<T>(items: T[], key: (item: T) => string): T[][] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    let group = groups.get(k);
    if (!group) {
      group = [];
      groups.set(k, group);
    }
    group.push(item);
  }
  return [...groups.values()];
}
