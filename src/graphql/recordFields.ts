import type { GraphRecord, Link } from '../queries/records.js';
import type { GraphContext } from './context.js';

/**
 * Reading a record's parts in resolvers. Records reached as neighbours carry only their
 * properties; their links and citations are then read through the node loader (batched).
 */
async function full(record: GraphRecord, context: GraphContext): Promise<GraphRecord> {
  if (record.links && record.citations) return record;
  return (await context.loaders.node.load(record.id)) ?? record;
}

export async function linksOf(
  record: GraphRecord,
  context: GraphContext,
): Promise<readonly Link[]> {
  return record.links ?? (await full(record, context)).links ?? [];
}

/** The entities a record links to with one relationship type, in the curator's order. */
export async function linked(
  record: GraphRecord,
  context: GraphContext,
  ...types: string[]
): Promise<GraphRecord[]> {
  const links = await linksOf(record, context);
  return links.filter((link) => types.includes(link.type)).map((link) => link.node);
}

export async function linkedOne(
  record: GraphRecord,
  context: GraphContext,
  type: string,
): Promise<GraphRecord | null> {
  return (await linked(record, context, type))[0] ?? null;
}

export async function citationsOf(record: GraphRecord, context: GraphContext) {
  return [...(record.citations ?? (await full(record, context)).citations ?? [])];
}

/** A resolver that reads one property. */
export const prop =
  (name: string) =>
  (record: GraphRecord): never =>
    (record.props[name] ?? null) as never;
