import {
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLResolveInfo,
  Kind,
  type SelectionSetNode,
} from 'graphql';

/**
 * Whether the client selected a field directly under the current one (through fragments too),
 * so that costly parts such as totalCount are computed only when asked for.
 */
export function selects(info: GraphQLResolveInfo, field: string): boolean {
  return selectedBelow(info, []).has(field);
}

/**
 * The names of the fields selected below the current one along `path` (through fragments): for
 * a connection, `['edges', 'node']` gives what the client reads of each item.
 */
export function selectedBelow(info: GraphQLResolveInfo, path: readonly string[]): Set<string> {
  let sets = info.fieldNodes.map((node) => node.selectionSet);
  for (const name of path) {
    sets = sets.flatMap((set) =>
      fieldsIn(set, info.fragments)
        .filter((field) => field.name.value === name)
        .map((field) => field.selectionSet),
    );
  }
  return new Set(sets.flatMap((set) => fieldsIn(set, info.fragments).map((f) => f.name.value)));
}

/** The fields of a selection set, through inline fragments and fragment spreads. */
export function fieldsIn(
  set: SelectionSetNode | undefined,
  fragments: Record<string, FragmentDefinitionNode>,
): FieldNode[] {
  return (set?.selections ?? []).flatMap((selection) => {
    if (selection.kind === Kind.FIELD) return [selection];
    if (selection.kind === Kind.INLINE_FRAGMENT) return fieldsIn(selection.selectionSet, fragments);
    return fieldsIn(fragments[selection.name.value]?.selectionSet, fragments);
  });
}

/** Fields of an entity resolved from its own properties. */
export const OWN_ENTITY_FIELDS = new Set([
  '__typename',
  'id',
  'name',
  'aliases',
  'description',
  'country',
  'notes',
]);

/**
 * Fields of a fact resolved from its own properties. Records whose readers ask only for these
 * need not read links and citations (two subqueries per record).
 */
export const OWN_FACT_FIELDS = new Set([
  '__typename',
  'id',
  'date',
  'start',
  'end',
  'status',
  'confidence',
  'description',
  'notes',
]);

/**
 * Whether the records at any of these paths below the current field are asked for more than
 * their own fields. When not, statements skip links and citations; a resolver that needs them
 * anyway reads them through the node loader, so a wrong guess costs a statement, not an answer.
 */
export function needsParts(
  info: GraphQLResolveInfo,
  paths: readonly { path: readonly string[]; own: ReadonlySet<string> }[],
): boolean {
  return paths.some(({ path, own }) =>
    [...selectedBelow(info, path)].some((field) => !own.has(field)),
  );
}
