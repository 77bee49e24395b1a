import { readFacts } from '../../queries/facts.js';
import type { GraphRecord } from '../../queries/records.js';
import { roleOfType } from '../../queries/roles.js';
import type { GraphContext } from '../context.js';
import {
  type Connection,
  type Estimate,
  type Involvement,
  isFactRecord,
  typeName,
} from '../mappers.js';
import { citationsOf, linked, linkedOne, linksOf, prop } from '../recordFields.js';
import type { Resolvers } from '../resolvers.generated.js';
import { factQuery } from './connections.js';

/** Fields every fact type has. */
const factFields = {
  id: (fact: GraphRecord) => fact.id,
  date: prop('date'),
  start: prop('start'),
  end: prop('end'),
  status: (fact: GraphRecord) => String(fact.props.status).toUpperCase() as never,
  // Curators leave confidence out when the sources agree.
  confidence: (fact: GraphRecord) => String(fact.props.confidence ?? 'high').toUpperCase() as never,
  description: prop('description'),
  notes: prop('notes'),
  sources: (fact: GraphRecord, _args: unknown, context: GraphContext) => citationsOf(fact, context),
  involves: async (
    fact: GraphRecord,
    _args: unknown,
    context: GraphContext,
  ): Promise<Involvement[]> =>
    (await linksOf(fact, context)).flatMap((link) => {
      const role = roleOfType(link.type);
      return role ? [{ role, entity: link.node }] : [];
    }),
};

const one = (type: string) => (fact: GraphRecord, _args: unknown, context: GraphContext) =>
  linkedOne(fact, context, type);
const many =
  (...types: string[]) =>
  (fact: GraphRecord, _args: unknown, context: GraphContext) =>
    linked(fact, context, ...types);
/** A role every fact of the type has (the schema requires it); a missing one is a load bug. */
const required =
  (type: string) => async (fact: GraphRecord, _args: unknown, context: GraphContext) => {
    const entity = await linkedOne(fact, context, type);
    if (!entity) throw new Error(`fact ${fact.id} has no ${type} relationship`);
    return entity;
  };

export const factResolvers: Resolvers = {
  Fact: { __resolveType: (fact) => typeName(fact) as never },
  Partnership: {
    ...factFields,
    kind: prop('kind'),
    parties: many('PARTY'),
    products: many('CONCERNS'),
    regions: many('IN_REGION'),
  },
  Investment: {
    ...factFields,
    investors: many('INVESTOR'),
    investee: required('INVESTEE'),
    amount: (fact) =>
      typeof fact.props.amountValue === 'number'
        ? { value: fact.props.amountValue, currency: String(fact.props.amountCurrency) }
        : null,
    undisclosed: (fact) => fact.props.undisclosed === true,
    estimates: (fact): Estimate[] => {
      const raw = fact.props.estimates;
      if (typeof raw !== 'string') return [];
      return (
        JSON.parse(raw) as { value: number; currency: string; source?: string; note?: string }[]
      ).map(({ value, currency, source, note }) => ({
        value,
        currency,
        ...(source ? { sourceId: source } : {}),
        ...(note ? { note } : {}),
      }));
    },
    round: prop('round'),
    stakePercent: prop('stakePercent'),
  },
  Estimate: {
    source: (estimate, _args, context) =>
      estimate.sourceId ? context.loaders.node.load(estimate.sourceId) : null,
  },
  BoardSeat: {
    ...factFields,
    person: required('HOLDER'),
    board: required('BOARD_OF'),
    onBehalfOf: one('ON_BEHALF_OF'),
    role: prop('role'),
    voting: prop('voting'),
  },
  Role: {
    ...factFields,
    person: required('HOLDER'),
    organization: required('ROLE_AT'),
    title: prop('title'),
  },
  Restriction: {
    ...factFields,
    kind: prop('kind'),
    imposedBy: required('IMPOSED_BY'),
    targets: many('TARGETS'),
    products: many('CONCERNS'),
    policy: one('UNDER_POLICY'),
  },
  Availability: {
    ...factFields,
    product: required('OFFERS'),
    region: required('IN_REGION'),
    operator: one('OPERATED_BY'),
    audience: prop('audience'),
  },
  PatentStatistic: {
    ...factFields,
    reportedBy: required('REPORTED_BY'),
    jurisdiction: one('FOR_REGION'),
    applicant: one('FOR_APPLICANT'),
    field: prop('field'),
    count: prop('count'),
    unit: prop('unit'),
    basis: prop('basis'),
  },
  PolicyAction: {
    ...factFields,
    action: prop('action'),
    actor: required('ACTOR'),
    policy: one('ON_POLICY'),
    targets: many('TARGETS'),
  },
  Query: {
    fact: async (_root, { id }, context) => {
      const record = await context.loaders.node.load(id);
      return record && isFactRecord(record) ? record : null;
    },
    facts: async (_root, args, context, info): Promise<Connection> => {
      const { ordering, roleTypes: _all, ...query } = factQuery(args, info);
      const page = args.involving
        ? await context.loaders.factsOf.load({
            id: args.involving,
            args: { ...query, roleTypes: null },
          })
        : await readFacts(context.reader, query);
      return { page, ordering };
    },
  },
};
