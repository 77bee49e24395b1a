import { FACT_KINDS, type FactRoleName } from '../../model/facts.js';
import type { RecordKind } from '../../model/recordTypes.js';
import { type EntityKind, enumValueOf, type FactKindSpec } from '../../model/spec.js';
import { readEntities } from '../../queries/entities.js';
import type { GraphRecord } from '../../queries/records.js';
import { queryWords, readEntitiesByName, searchEntities } from '../../queries/search.js';
import {
  BOUNDS,
  badInput,
  boundedCount,
  countryCodes,
  dateRange,
  decodeCursor,
  isSearchKey,
  isTextKey,
  listLimit,
  pageSize,
} from '../args.js';
import type { GraphContext } from '../context.js';
import {
  allOfKind,
  asKind,
  asKindOrNull,
  type Connection,
  type Edge,
  ENTITY_KINDS,
  FACT_KIND_LIST,
  isEntityRecord,
  kindOfType,
  typeName,
} from '../mappers.js';
import { citationsOf, linked, linkedOne, prop } from '../recordFields.js';
import type { FactType, Resolvers } from '../resolvers.generated.js';
import { entityProperties, needsParts, OWN_ENTITY_FIELDS, selects } from '../selection.js';
import { cursorOf, factsOfEntity, factsQueryAt } from './connections.js';

const MAX_QUERY_LENGTH = 200;

/** The records of some kinds that link to an entity with one relationship type. */
const linkedFrom =
  <K extends RecordKind>(kinds: readonly K[], type: string) =>
  async (entity: GraphRecord, args: { first?: number | null }, context: GraphContext) =>
    (
      await context.loaders.linkedFrom.load({
        id: entity.id,
        args: { type, limit: boundedCount(args.first, 'first', BOUNDS.linkedFrom) },
      })
    ).map((record) => asKind(record, kinds));

const ORG = ['organization'] as const;
const REGION = ['region'] as const;
const PRODUCT = ['product'] as const;

/** An entity type's fields that list its facts of one kind in some roles, from the model. */
function factConnections(entity: EntityKind) {
  return Object.fromEntries(
    (Object.values(FACT_KINDS) as FactKindSpec[]).flatMap((spec) =>
      spec.connections
        .filter((connection) => connection.on[entity] !== undefined)
        .map((connection) => [
          connection.name,
          factsOfEntity(enumValueOf(spec.label) as FactType, connection.roles as FactRoleName[]),
        ]),
    ),
  );
}

export const entityResolvers: Resolvers = {
  // Every entity type inherits these (inheritResolversFromInterfaces).
  Entity: {
    __resolveType: (entity) => typeName(entity),
    id: (entity) => entity.id,
    name: prop('name'),
    aliases: (entity) => [...(entity.props.aliases ?? [])],
    description: prop('description'),
    country: prop('country'),
    notes: prop('notes'),
    identifiers: (entity) => entity,
    facts: factsOfEntity(null, null),
    timeline: (entity, args, context) => {
      dateRange(args.from, args.to);
      const first = boundedCount(args.first, 'first', BOUNDS.timeline);
      return context.loaders.timeline.load({
        id: entity.id,
        args: {
          from: args.from ?? null,
          to: args.to ?? null,
          factTypes: args.types?.map(kindOfType) ?? null,
          first,
        },
      });
    },
  },
  Identifiers: {
    wikidata: prop('wikidata'),
    ticker: prop('ticker'),
    lei: prop('lei'),
    website: prop('website'),
  },
  Organization: {
    ...factConnections('organization'),
    kind: prop('kind'),
    founded: prop('founded'),
    parent: (entity, _args, context) => linkedOne(entity, context, ORG, 'PART_OF'),
    subsidiaries: linkedFrom(ORG, 'PART_OF'),
    products: linkedFrom(PRODUCT, 'PROVIDED_BY'),
  },
  Person: factConnections('person'),
  Region: {
    ...factConnections('region'),
    kind: prop('kind'),
    code: prop('code'),
    members: (entity, _args, context) => linked(entity, context, REGION, 'HAS_MEMBER'),
    partOf: (entity, _args, context) => linkedOne(entity, context, REGION, 'PART_OF'),
    sources: (entity, _args, context) => citationsOf(entity, context),
  },
  Product: {
    ...factConnections('product'),
    kind: prop('kind'),
    launched: prop('launched'),
    provider: (entity, _args, context) => linkedOne(entity, context, ORG, 'PROVIDED_BY'),
    basedOn: (entity, _args, context) => linked(entity, context, PRODUCT, 'BASED_ON'),
  },
  Policy: {
    ...factConnections('policy'),
    kind: prop('kind'),
    issuer: (entity, _args, context) => linkedOne(entity, context, ENTITY_KINDS, 'ISSUED_BY'),
    jurisdiction: (entity, _args, context) => linkedOne(entity, context, REGION, 'APPLIES_IN'),
    citation: prop('citation'),
    url: prop('url'),
  },
  TimelineEvent: {
    date: (event) => event.text,
    change: (event) => event.change,
    fact: (event) => asKind(event.fact, FACT_KIND_LIST),
  },
  SearchEdge: {
    cursor: cursorOf,
    node: (edge: Edge) => asKind(edge.node, ENTITY_KINDS),
    score: (edge: Edge) => ('score' in edge.node ? edge.node.score : 0),
  },
  Query: {
    entity: async (_root, { id, name }, context, info) => {
      if ((id == null) === (name == null)) throw badInput('Give exactly one of id and name.');
      if (id != null) {
        // Its facts too, when asked for: one statement for both.
        const facts = factsQueryAt(info, []);
        const record = facts
          ? await context.loaders.entityWithFacts(id, facts)
          : await context.loaders.node.load(id);
        return record && isEntityRecord(record) ? record : null;
      }
      const [first] = await readEntitiesByName(context.reader, checkedText(name as string, 'name'));
      return asKindOrNull(first, ENTITY_KINDS);
    },
    entitiesByName: async (_root, { name }, context) =>
      allOfKind(await readEntitiesByName(context.reader, checkedText(name, 'name')), ENTITY_KINDS),
    entities: async (
      _root,
      { filter, orderBy, first, after },
      context,
      info,
    ): Promise<Connection> => {
      const order = orderBy ?? 'NAME_ASC';
      const ordering = `entities:${order}`;
      listLimit(filter?.kinds, 'kinds', 50);
      listLimit(filter?.countries, 'countries', 50);
      const page = await readEntities(context.reader, {
        entityTypes: filter?.types?.map(kindOfType) ?? null,
        categories: filter?.kinds ?? null,
        countries: countryCodes(filter?.countries),
        order,
        first: pageSize(first),
        after: decodeCursor(after, ordering, isTextKey),
        withTotal: selects(info, 'totalCount'),
        withParts: needsParts(info, [{ path: ['edges', 'node'], own: OWN_ENTITY_FIELDS }]),
        keys: entityProperties(info, ['edges', 'node']),
      });
      return { page, ordering };
    },
    search: async (_root, { query, types, first, after }, context, info): Promise<Connection> => {
      const words = queryWords(checkedText(query, 'query'));
      if (words.length === 0) throw badInput('query must contain a letter or a digit.', 'query');
      if (words.length > 16)
        throw badInput(`query may hold at most 16 words; got ${words.length}.`, 'query');
      const ordering = `search:${words.join(' ')}`;
      const page = await searchEntities(context.reader, {
        words,
        entityTypes: types?.map(kindOfType) ?? null,
        first: pageSize(first, BOUNDS.searchPage),
        after: decodeCursor(after, ordering, isSearchKey),
        withTotal: selects(info, 'totalCount'),
        withParts: needsParts(info, [{ path: ['edges', 'node'], own: OWN_ENTITY_FIELDS }]),
      });
      return { page, ordering };
    },
  },
};

function checkedText(value: string, name: string): string {
  if (value.trim().length === 0) throw badInput(`${name} must not be empty.`, name);
  if (value.length > MAX_QUERY_LENGTH) {
    throw badInput(
      `${name} may be at most ${MAX_QUERY_LENGTH} characters long; got ${value.length}.`,
      name,
    );
  }
  return value;
}
