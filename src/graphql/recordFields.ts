import type { RecordKind, RecordOf } from '../model/recordTypes.js';
import type { GraphRecord, Link } from '../queries/records.js';
import type { GraphContext } from './context.js';
import { asKind } from './mappers.js';

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

/**
 * The records a record links to with some relationship types, in the curator's order, as the
 * kinds the model says those relationships reach.
 */
export async function linked<K extends RecordKind>(
  record: GraphRecord,
  context: GraphContext,
  kinds: readonly K[],
  ...types: string[]
): Promise<RecordOf<K>[]> {
  const links = await linksOf(record, context);
  return links.filter((link) => types.includes(link.type)).map((link) => asKind(link.node, kinds));
}

export async function linkedOne<K extends RecordKind>(
  record: GraphRecord,
  context: GraphContext,
  kinds: readonly K[],
  type: string,
): Promise<RecordOf<K> | null> {
  return (await linked(record, context, kinds, type))[0] ?? null;
}

export async function citationsOf(record: GraphRecord, context: GraphContext) {
  return [...(record.citations ?? (await full(record, context)).citations ?? [])];
}

/** A stored value as GraphQL wants it: null, not undefined, for one the record leaves out. */
type PropValue<T> = undefined extends T ? Exclude<T, undefined> | null : T;

/** A resolver that reads one stored property of the record it resolves, typed by its kind. */
export const prop =
  <R extends GraphRecord, N extends keyof R['props']>(name: N) =>
  (record: R): PropValue<R['props'][N]> => {
    const props: R['props'] = record.props;
    return (props[name] ?? null) as PropValue<R['props'][N]>;
  };
