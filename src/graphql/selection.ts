import {
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLResolveInfo,
  Kind,
  type SelectionSetNode,
} from 'graphql';
import { FACT_KINDS } from '../model/facts.js';
import { type FactKindSpec, isRoleField } from '../model/spec.js';
import type { RecordProperties } from '../queries/fragments.js';

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
export function selectedBelow(
  info: GraphQLResolveInfo,
  path: readonly string[],
): ReadonlySet<string> {
  return remembered(selectedCache, info, path.join('.'), () => fieldsSelectedBelow(info, path));
}

/**
 * What is derived from a field's selection, kept with its field nodes: a list's items share
 * them, so a field of 30 items works it out once, not 30 times (it was a tenth of a request's
 * CPU for an entity's facts two levels deep). The executor gives each item a list of its own,
 * of the same nodes, so the cache is keyed by the first node and checks the rest.
 */
function remembered<T>(
  cache: SelectionCache<T>,
  info: GraphQLResolveInfo,
  key: string,
  derive: () => T,
): T {
  const nodes = info.fieldNodes;
  const [first] = nodes;
  if (!first) return derive();
  let entries = cache.get(first);
  if (!entries) {
    entries = [];
    cache.set(first, entries);
  }
  let entry = entries.find(
    (candidate) =>
      candidate.nodes.length === nodes.length &&
      candidate.nodes.every((node, i) => node === nodes[i]),
  );
  if (!entry) {
    entry = { nodes: [...nodes], byKey: new Map() };
    entries.push(entry);
  }
  let value = entry.byKey.get(key);
  if (value === undefined) {
    value = derive();
    entry.byKey.set(key, value);
  }
  return value;
}

/**
 * `remembered` for what also depends on the request's variables (a field's arguments): kept
 * with the request's variables, which every resolver of the request shares.
 */
export function rememberedForRequest<T>(info: GraphQLResolveInfo, key: string, derive: () => T): T {
  const variables = info.variableValues as object;
  let cache = requestCaches.get(variables);
  if (!cache) {
    cache = new WeakMap();
    requestCaches.set(variables, cache);
  }
  return remembered(cache as SelectionCache<T>, info, key, derive);
}

const requestCaches = new WeakMap<object, SelectionCache<unknown>>();

type SelectionCache<T> = WeakMap<
  FieldNode,
  { nodes: readonly FieldNode[]; byKey: Map<string, T> }[]
>;
const selectedCache: SelectionCache<ReadonlySet<string>> = new WeakMap();
const propertiesCache: SelectionCache<RecordProperties> = new WeakMap();

function fieldsSelectedBelow(info: GraphQLResolveInfo, path: readonly string[]): Set<string> {
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

/** The stored properties each field every fact has reads (the Fact interface). */
const COMMON_FACT_FIELD_PROPERTIES: Readonly<Record<string, readonly string[]>> = {
  __typename: [],
  id: [],
  date: ['date'],
  start: ['start'],
  end: ['end'],
  status: ['status'],
  confidence: ['confidence'],
  description: ['description'],
  notes: ['notes'],
};

/**
 * Fields of a fact resolved from its own properties. Records whose readers ask only for these
 * need not read links and citations (two subqueries per record).
 */
export const OWN_FACT_FIELDS: ReadonlySet<string> = new Set(
  Object.keys(COMMON_FACT_FIELD_PROPERTIES),
);

/** Each fact type's fields from the model: its roles (links) and its stored properties. */
const MODEL_FACT_FIELDS = (Object.values(FACT_KINDS) as FactKindSpec[]).flatMap((spec) =>
  Object.entries(spec.fields),
);

/** The fields of any fact type that list entities it links to (investors, investee, ...). */
const FACT_ROLE_FIELDS: readonly string[] = [
  ...new Set(MODEL_FACT_FIELDS.filter(([, field]) => isRoleField(field)).map(([name]) => name)),
];

/**
 * The stored properties each field of a fact reads, for every fact type: money as its value and
 * currency (resolvers/facts.ts), the others by their name. A field two types share reads what
 * either stores. Parts (sources, involves, roles) are links and citations, not properties.
 */
const FACT_FIELD_PROPERTIES: Readonly<Record<string, readonly string[]>> = (() => {
  const table: Record<string, Set<string>> = {};
  const add = (name: string, keys: readonly string[]) => {
    table[name] ??= new Set();
    for (const key of keys) table[name].add(key);
  };
  for (const [name, keys] of Object.entries(COMMON_FACT_FIELD_PROPERTIES)) add(name, keys);
  for (const name of ['sources', 'involves', ...FACT_ROLE_FIELDS]) add(name, []);
  for (const [name, field] of MODEL_FACT_FIELDS) {
    if (isRoleField(field)) continue;
    add(name, field.stored === 'money' ? [`${name}Value`, `${name}Currency`] : [name]);
  }
  return Object.fromEntries(Object.entries(table).map(([name, keys]) => [name, [...keys]]));
})();

/** The stored properties each field of a source reads. */
const SOURCE_FIELD_PROPERTIES: Readonly<Record<string, readonly string[]>> = {
  __typename: [],
  id: [],
  url: ['url'],
  title: ['title'],
  publisher: ['publisher'],
  author: ['author'],
  published: ['published'],
  updated: ['updated'],
  kind: ['kind'],
  notes: ['notes'],
};

/**
 * The stored properties the records at `path` are asked for, by a table of what each field
 * reads; null (all of them) when a field the table does not know is asked, so that a field
 * added to the schema and not here costs bytes, not answers.
 */
function propertiesAt(
  info: GraphQLResolveInfo,
  path: readonly string[],
  table: Readonly<Record<string, readonly string[]>>,
): string[] | null {
  const keys = new Set(['id', 'kindOfRecord']);
  for (const field of selectedBelow(info, path)) {
    const read = table[field];
    if (!read) return null;
    for (const key of read) keys.add(key);
  }
  return [...keys].sort();
}

/**
 * What a page of facts at `path` below the current field reads of each fact, of the entities it
 * links to (through `involves` and the role fields) and of the sources it cites: only what the
 * request selects. Linked entities are read as a list's items are (entityProperties): fields
 * beyond their own properties read through loaders.
 */
export function factProperties(
  info: GraphQLResolveInfo,
  path: readonly string[],
): RecordProperties {
  return remembered(propertiesCache, info, path.join('.'), () => propertiesOfFacts(info, path));
}

function propertiesOfFacts(info: GraphQLResolveInfo, path: readonly string[]): RecordProperties {
  const linkPaths = [
    [...path, 'involves', 'entity'],
    ...FACT_ROLE_FIELDS.map((name) => [...path, name]),
  ];
  const linked = new Set(linkPaths.flatMap((at) => entityProperties(info, at)));
  return {
    own: propertiesAt(info, path, FACT_FIELD_PROPERTIES),
    linked: [...linked].sort(),
    cited: propertiesAt(info, [...path, 'sources', 'source'], SOURCE_FIELD_PROPERTIES),
  };
}

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
