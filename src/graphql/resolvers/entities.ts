import { readEntities } from '../../queries/entities.js';
import type { GraphRecord } from '../../queries/records.js';
import { type Hit, queryWords, readEntitiesByName, searchEntities } from '../../queries/search.js';
import {
  BOUNDS,
  badInput,
  boundedCount,
  countryCodes,
  dateRange,
  decodeCursor,
  isScoreKey,
  isTextKey,
  listLimit,
  pageSize,
} from '../args.js';
import type { GraphContext } from '../context.js';
import { type Connection, type Edge, isFactRecord, kindOfType, typeName } from '../mappers.js';
import { linked, linkedOne, prop } from '../recordFields.js';
import type { Resolvers } from '../resolvers.generated.js';
import { selects } from '../selection.js';
import { factsOfEntity } from './connections.js';

const MAX_QUERY_LENGTH = 200;

/** Fields every entity type has. */
const entityFields = {
  id: (entity: GraphRecord) => entity.id,
  name: prop('name'),
  aliases: (entity: GraphRecord) => (entity.props.aliases ?? []) as string[],
  description: prop('description'),
  country: prop('country'),
  notes: prop('notes'),
  identifiers: (entity: GraphRecord) => entity,
  facts: factsOfEntity(null, null),
  timeline: (
    entity: GraphRecord,
    args: {
      from?: string | null;
      to?: string | null;
      types?: readonly string[] | null;
      first?: number | null;
    },
    context: GraphContext,
  ) => {
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
};

const linkedFrom =
  (type: string) => (entity: GraphRecord, args: { first?: number | null }, context: GraphContext) =>
    context.loaders.linkedFrom.load({
      id: entity.id,
      args: { type, limit: boundedCount(args.first, 'first', BOUNDS.linkedFrom) },
    });

export const entityResolvers: Resolvers = {
  Entity: { __resolveType: (entity) => typeName(entity) as never },
  Identifiers: {
    wikidata: prop('wikidata'),
    ticker: prop('ticker'),
    lei: prop('lei'),
    website: prop('website'),
  },
  Organization: {
    ...entityFields,
    kind: prop('kind'),
    founded: prop('founded'),
    parent: (entity, _args, context) => linkedOne(entity, context, 'PART_OF'),
    subsidiaries: linkedFrom('PART_OF'),
    products: linkedFrom('PROVIDED_BY'),
    partnerships: factsOfEntity('PARTNERSHIP', ['PARTY']),
    investmentsMade: factsOfEntity('INVESTMENT', ['INVESTOR']),
    investmentsReceived: factsOfEntity('INVESTMENT', ['INVESTEE']),
    boardSeats: factsOfEntity('BOARD_SEAT', ['BOARD']),
    boardSeatsOnBehalf: factsOfEntity('BOARD_SEAT', ['ON_BEHALF_OF']),
    roles: factsOfEntity('ROLE', ['EMPLOYER']),
    restrictionsImposed: factsOfEntity('RESTRICTION', ['IMPOSER']),
    restrictionsSuffered: factsOfEntity('RESTRICTION', ['TARGET']),
    availabilitiesOperated: factsOfEntity('AVAILABILITY', ['OPERATOR']),
    patentStatistics: factsOfEntity('PATENT_STATISTIC', ['APPLICANT']),
    policyActions: factsOfEntity('POLICY_ACTION', ['ACTOR']),
  },
  Person: {
    ...entityFields,
    boardSeats: factsOfEntity('BOARD_SEAT', ['HOLDER']),
    roles: factsOfEntity('ROLE', ['HOLDER']),
    investmentsMade: factsOfEntity('INVESTMENT', ['INVESTOR']),
    partnerships: factsOfEntity('PARTNERSHIP', ['PARTY']),
    policyActions: factsOfEntity('POLICY_ACTION', ['ACTOR']),
  },
  Region: {
    ...entityFields,
    kind: prop('kind'),
    code: prop('code'),
    members: (entity, _args, context) => linked(entity, context, 'HAS_MEMBER'),
    partOf: (entity, _args, context) => linkedOne(entity, context, 'PART_OF'),
    restrictions: factsOfEntity('RESTRICTION', ['TARGET']),
    availabilities: factsOfEntity('AVAILABILITY', ['REGION']),
    partnerships: factsOfEntity('PARTNERSHIP', ['REGION']),
    patentStatistics: factsOfEntity('PATENT_STATISTIC', ['JURISDICTION']),
  },
  Product: {
    ...entityFields,
    kind: prop('kind'),
    launched: prop('launched'),
    provider: (entity, _args, context) => linkedOne(entity, context, 'PROVIDED_BY'),
    basedOn: (entity, _args, context) => linked(entity, context, 'BASED_ON'),
    availabilities: factsOfEntity('AVAILABILITY', ['OFFERED']),
    restrictions: factsOfEntity('RESTRICTION', ['PRODUCT', 'TARGET']),
    partnerships: factsOfEntity('PARTNERSHIP', ['PRODUCT']),
  },
  Policy: {
    ...entityFields,
    kind: prop('kind'),
    issuer: (entity, _args, context) => linkedOne(entity, context, 'ISSUED_BY'),
    jurisdiction: (entity, _args, context) => linkedOne(entity, context, 'APPLIES_IN'),
    citation: prop('citation'),
    url: prop('url'),
    restrictions: factsOfEntity('RESTRICTION', ['POLICY']),
    actions: factsOfEntity('POLICY_ACTION', ['POLICY']),
  },
  TimelineEvent: {
    date: (event) => event.text,
    change: (event) => event.change,
    fact: (event) => event.fact,
  },
  SearchEdge: {
    cursor: (edge: Edge) => edge.cursor,
    node: (edge: Edge) => (edge.node as Hit).record,
    score: (edge: Edge) => (edge.node as Hit).score,
  },
  Query: {
    entity: async (_root, { id, name }, context) => {
      if ((id == null) === (name == null)) throw badInput('Give exactly one of id and name.');
      if (id != null) {
        const record = await context.loaders.node.load(id);
        return record && isEntity(record) ? record : null;
      }
      return (
        (await readEntitiesByName(context.reader, checkedText(name as string, 'name')))[0] ?? null
      );
    },
    entitiesByName: (_root, { name }, context) =>
      readEntitiesByName(context.reader, checkedText(name, 'name')),
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
        after: decodeCursor(after, ordering, isScoreKey),
        withTotal: selects(info, 'totalCount'),
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

function isEntity(record: GraphRecord): boolean {
  return record.kind !== 'source' && !isFactRecord(record);
}
