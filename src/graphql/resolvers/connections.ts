import {
  type FieldNode,
  type GraphQLResolveInfo,
  getArgumentValues,
  isInterfaceType,
} from 'graphql';
import type { RecordKind } from '../../model/recordTypes.js';
import type { Direction } from '../../queries/facts.js';
import type { GraphRecord } from '../../queries/records.js';
import { type FactRoleName, typesOfRoles } from '../../queries/roles.js';
import { FACT_KIND_LABELS } from '../../seed/model.js';
import { dateRange, decodeCursor, encodeCursor, listLimit, pageSize } from '../args.js';
import type { GraphContext } from '../context.js';
import type { FactsOfQuery } from '../loaders.js';
import {
  asKind,
  type Connection,
  type Edge,
  ENTITY_KINDS,
  FACT_KIND_LIST,
  kindOfType,
} from '../mappers.js';
import type {
  FactFilter,
  FactOrder,
  FactRole,
  FactType,
  Resolvers,
} from '../resolvers.generated.js';
import { isDay } from '../scalars.js';
import {
  factProperties,
  fieldsIn,
  needsParts,
  OWN_FACT_FIELDS,
  rememberedForRequest,
  selectedBelow,
  selects,
} from '../selection.js';

/** The arguments every list of facts takes. */
export interface FactListArgs {
  types?: readonly FactType[] | null | undefined;
  roles?: readonly FactRole[] | null | undefined;
  asOf?: string | null | undefined;
  filter?: FactFilter | null | undefined;
  orderBy?: FactOrder | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}

const isFactKey = (key: readonly unknown[]): key is [string, string] =>
  key.length === 2 && isDay(key[0]) && typeof key[1] === 'string';

/** Checks a fact list's arguments and turns them into a query for the loader or the reader. */
export function factQuery(
  args: FactListArgs,
  info: GraphQLResolveInfo,
): FactsOfQuery & { ordering: string } {
  const filter = args.filter ?? {};
  dateRange(filter.from, filter.to);
  for (const name of ['kinds', 'statuses', 'confidences'] as const)
    listLimit(filter[name], name, 50);
  const direction: Direction = args.orderBy === 'DATE_DESC' ? 'DESC' : 'ASC';
  const ordering = `facts:${direction}`;
  return {
    ordering,
    roleTypes: args.roles ? typesOfRoles(args.roles) : null,
    factTypes: args.types?.map(kindOfType) ?? null,
    categories: filter.kinds ?? null,
    statuses: filter.statuses?.map((status) => status.toLowerCase()) ?? null,
    confidences: filter.confidences?.map((confidence) => confidence.toLowerCase()) ?? null,
    from: filter.from ?? null,
    to: filter.to ?? null,
    asOf: args.asOf ?? null,
    direction,
    first: pageSize(args.first),
    after: decodeCursor(args.after, ordering, isFactKey),
    withTotal: selects(info, 'totalCount'),
    withKeys: selectsCursor(info),
    withParts: needsParts(info, [{ path: ['edges', 'node'], own: OWN_FACT_FIELDS }]),
    properties: factProperties(info, ['edges', 'node']),
    nested: nestedQuery(info),
  };
}

/**
 * The query of the `facts` list that the request asks of each entity these facts involve
 * (`edges { node { involves { entity { facts(...) } } } }`), as that field's resolver will
 * compute it: the loader reads those pages with this level's and primes itself with them
 * (NestedFacts).
 */
function nestedQuery(info: GraphQLResolveInfo): FactsOfQuery | null {
  return factsQueryAt(info, ['edges', 'node', 'involves', 'entity']);
}

/**
 * The query of the `facts` list asked of the entities at `path` below the current field, as its
 * resolver will compute it (its loader key). Null when there is none, several, or its arguments
 * are not valid (its own resolver then says so, at its own path).
 */
export function factsQueryAt(
  info: GraphQLResolveInfo,
  path: readonly string[],
): FactsOfQuery | null {
  const facts = fieldsBelow(info, path).flatMap((node) =>
    fieldsIn(node.selectionSet, info.fragments).filter((field) => field.name.value === 'facts'),
  );
  const entity = info.schema.getType('Entity');
  const definition = isInterfaceType(entity) ? entity.getFields().facts : undefined;
  const [field] = facts;
  if (!field || facts.length > 1 || !definition) return null;
  try {
    const { ordering: _ordering, ...query } = factQuery(
      getArgumentValues(definition, field, info.variableValues) as FactListArgs,
      { ...info, fieldNodes: [field] },
    );
    return query;
  } catch {
    return null;
  }
}

/** The field nodes at `path` below the current field (through fragments). */
function fieldsBelow(info: GraphQLResolveInfo, path: readonly string[]): FieldNode[] {
  let nodes: readonly FieldNode[] = info.fieldNodes;
  for (const name of path) {
    nodes = nodes.flatMap((node) =>
      fieldsIn(node.selectionSet, info.fragments).filter((field) => field.name.value === name),
    );
  }
  return [...nodes];
}

/**
 * A field listing an entity's facts of one type in some roles: `investmentsMade` is investments
 * where the entity is the investor. All such fields of one level share one statement.
 */
export function factsOfEntity(type: FactType | null, roles: readonly FactRoleName[] | null) {
  const kind = `factsOfEntity:${type}:${roles?.join(',')}`;
  return async (
    entity: GraphRecord,
    args: FactListArgs,
    context: GraphContext,
    info: GraphQLResolveInfo,
  ): Promise<Connection> => {
    // Each item of a list asks its field alike: the query is worked out once for them all, and
    // is then one object, whose loader key is computed once too.
    const { ordering, query } = rememberedForRequest(info, kind, () => {
      const { ordering, ...query } = factQuery(
        { ...args, types: type ? [type] : args.types, roles: roles ?? args.roles },
        info,
      );
      return { ordering, query };
    });
    const page = await context.loaders.factsOf.load({ id: entity.id, args: query });
    return { page, ordering };
  };
}

function edges(connection: Connection): Edge[] {
  const { ordering } = connection;
  return connection.page.items.map(({ key, node }) => ({ ordering, key, node }));
}

/** Every connection type resolves the same way. */
export const connectionResolvers = {
  edges,
  pageInfo: (
    connection: Connection,
    _args: unknown,
    _context: unknown,
    info: GraphQLResolveInfo,
  ) => {
    const last = connection.page.items.at(-1);
    return {
      hasNextPage: connection.page.hasNextPage,
      // Encoded only when asked for: then, and only then, the keys were read (selectsCursor).
      endCursor:
        last && selects(info, 'endCursor') ? cursorFor(connection.ordering, last.key) : null,
    };
  },
  totalCount: (connection: Connection) => connection.page.totalCount ?? 0,
};

/** An edge's cursor, encoded when a request asks for it. */
export const cursorOf = (edge: Edge) => cursorFor(edge.ordering, edge.key);

/** Whether a connection is asked for a cursor: only then are its items' sort keys read. */
export function selectsCursor(info: GraphQLResolveInfo): boolean {
  return (
    selectedBelow(info, ['edges']).has('cursor') ||
    selectedBelow(info, ['pageInfo']).has('endCursor')
  );
}

function cursorFor(ordering: string, key: readonly unknown[] | null): string {
  // selectsCursor decides whether keys are read: a cursor without one is a bug of the API.
  if (!key) throw new Error(`a cursor of ${ordering} was asked, but its key was not read`);
  return encodeCursor(ordering, key);
}

/** An edge's node, as the kinds its connection lists (checked: a mismatch is a query bug). */
const edgeOf = (kinds: readonly RecordKind[]) => ({
  cursor: cursorOf,
  node: (edge: Edge) => asKind(edge.node, kinds),
});

/** Each list's edges and the kinds of record they hold: facts of any kind, of one, entities. */
const LISTED: readonly (readonly [string, readonly RecordKind[]])[] = [
  ['Fact', FACT_KIND_LIST],
  ...FACT_KIND_LIST.map((kind) => [FACT_KIND_LABELS[kind], [kind]] as const),
  ['Entity', ENTITY_KINDS],
];

/** Every connection and edge type of the schema; SearchEdge adds a score (entities.ts). */
export const connectionTypeResolvers: Resolvers = Object.fromEntries([
  ['SearchConnection', connectionResolvers],
  ...LISTED.flatMap(([type, kinds]) => [
    [`${type}Connection`, connectionResolvers],
    [`${type}Edge`, edgeOf(kinds)],
  ]),
]);
