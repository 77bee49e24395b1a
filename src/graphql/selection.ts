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

/**
 * The stored properties each field of an entity reads; its other fields read through a loader
 * or its links. A list of entities reads only the properties its items ask for (readKeys in
 * records.ts makes reading any other an error, not a silent null).
 */
const ENTITY_FIELD_PROPERTIES: Readonly<Record<string, readonly string[]>> = {
  __typename: [],
  id: [],
  name: ['name'],
  aliases: ['aliases'],
  description: ['description'],
  country: ['country'],
  notes: ['notes'],
  identifiers: ['wikidata', 'ticker', 'lei', 'website'],
  kind: ['kind'],
  founded: ['founded'],
  launched: ['launched'],
  code: ['code'],
  citation: ['citation'],
  url: ['url'],
};

/** Fields of an entity resolved from its own properties. */
export const OWN_ENTITY_FIELDS: ReadonlySet<string> = new Set(Object.keys(ENTITY_FIELD_PROPERTIES));

/** The stored properties the entities at `path` below the current field are asked for. */
export function entityProperties(info: GraphQLResolveInfo, path: readonly string[]): string[] {
  const keys = new Set(['id', 'kindOfRecord']);
  for (const field of selectedBelow(info, path)) {
    for (const key of ENTITY_FIELD_PROPERTIES[field] ?? []) keys.add(key);
  }
  return [...keys].sort();
}

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
