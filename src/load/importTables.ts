import { DATE_PROPERTIES, type PlannedRecord } from './plan.js';

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

/** A cell: text (an empty string is written quoted, and stays an empty string) or nothing. */
export type CsvCell = string | undefined;

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
}

const GENERATION_COLUMN = 'generation:long';

export function importTables(plan: PlannedRecord[], generation: number): ImportTables {
  const state = { multiline: false };
  const emptyLists: ImportTables['emptyLists'] = [];
  const nodes: NodeTable[] = [];
  for (const records of groupBy(plan, (record) => record.labels.join(':'))) {
    const columns = columnsOf(
      records.map((record) => record.properties),
      DATE_PROPERTIES,
    ).filter((column) => column.name !== 'id' && column.name !== 'generation');
    for (const record of records) {
      const empty = emptyListsOf(record.properties);
      if (empty) emptyLists.push({ id: record.id, properties: empty });
      state.multiline ||= hasLineBreak(record.properties);
    }
    nodes.push({
      labels: (records[0] as PlannedRecord).labels,
      header: ['id:ID', ...columns.map(headerOf), GENERATION_COLUMN],
      rows: function* () {
        for (const record of records)
          yield [
            record.id,
            ...columns.map((column) => cell(record.properties[column.name])),
            String(generation),
          ];
      },
    });
  }

  const relationships: RelationshipTable[] = [];
  const all = plan.flatMap((record) =>
    record.relationships.map((relationship) => ({ from: record.id, ...relationship })),
  );
  for (const group of groupBy(all, (relationship) => relationship.type)) {
    const columns = columnsOf(
      group.map((relationship) => relationship.properties),
      [],
    );
    for (const relationship of group) {
      if (emptyListsOf(relationship.properties))
        throw new NotImportableError(`an empty list on a ${relationship.type} relationship`);
      state.multiline ||= hasLineBreak(relationship.properties);
    }
    relationships.push({
      type: (group[0] as (typeof all)[number]).type,
      header: [':START_ID', ':END_ID', ...columns.map(headerOf)],
      rows: function* () {
        for (const relationship of group)
          yield [
            relationship.from,
            relationship.to,
            ...columns.map((column) => cell(relationship.properties[column.name])),
          ];
      },
    });
  }
  return { nodes, relationships, emptyLists, multiline: state.multiline };
}

/** The columns of a table: every property any row has, typed by the values it holds. */
function columnsOf(rows: Record<string, unknown>[], dateProperties: readonly string[]): Column[] {
  const columns = new Map<string, Column>();
  for (const properties of rows) {
    for (const [name, value] of Object.entries(properties)) {
      if (value === undefined || value === null) continue;
      let column = columns.get(name);
      if (!column) {
        column = { name, type: undefined };
        columns.set(name, column);
      }
      const type = typeOf(value, dateProperties.includes(name));
      if (type === undefined) continue;
      if (column.type === undefined) column.type = type;
      else if (column.type !== type)
        throw new NotImportableError(
          `property ${name} holds both ${column.type} and ${type} values`,
        );
    }
  }
  // A column of empty lists only: its lists are set after the import (emptyLists).
  return [...columns.values()].filter((column) => column.type !== undefined);
}

/** A value's column type; undefined for an empty list (any list type would do). */
function typeOf(value: unknown, isDate: boolean): ColumnType | undefined {
  if (Array.isArray(value)) {
    if (value.length === 0) return undefined;
    const types = new Set(value.map((item) => scalarTypeOf(item, false)));
    if (types.size !== 1) throw new NotImportableError('a list of mixed types');
    for (const item of value)
      if (typeof item === 'string' && (item.includes(ARRAY_DELIMITER) || item === ''))
        throw new NotImportableError('a list item that is empty or holds the array delimiter');
    return `${[...types][0] as ScalarType}[]`;
  }
  return scalarTypeOf(value, isDate);
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

function emptyListsOf(properties: Record<string, unknown>): Record<string, unknown[]> | undefined {
  let empty: Record<string, unknown[]> | undefined;
  for (const [name, value] of Object.entries(properties))
    if (Array.isArray(value) && value.length === 0) {
      empty ??= {};
      empty[name] = [];
    }
  return empty;
}

function hasLineBreak(properties: Record<string, unknown>): boolean {
  for (const value of Object.values(properties)) {
    if (typeof value === 'string' && /[\r\n]/.test(value)) return true;
    if (
      Array.isArray(value) &&
      value.some((item) => typeof item === 'string' && /[\r\n]/.test(item))
    )
      return true;
  }
  return false;
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
