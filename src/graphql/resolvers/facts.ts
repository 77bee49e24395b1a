import { FACT_KINDS } from '../../model/facts.js';
import type { FactRecord, RecordOf } from '../../model/recordTypes.js';
import { type FactKindSpec, isRoleField, type RoleField } from '../../model/spec.js';
import { readFacts } from '../../queries/facts.js';
import { roleOfType } from '../../queries/roles.js';
import type { GraphContext } from '../context.js';
import {
  type Connection,
  type Estimate,
  type Involvement,
  isEntityRecord,
  isFactRecord,
  typeName,
  upper,
} from '../mappers.js';
import { citationsOf, linked, linkedOne, linksOf, prop } from '../recordFields.js';
import type { Resolvers } from '../resolvers.generated.js';
import { factQuery } from './connections.js';

/**
 * A fact role's field: the entities the fact links to with the role's relationship. A required
 * one missing is a load bug (the seed schema requires it), not a null.
 */
function roleResolver(name: string, field: RoleField) {
  const { kinds, relationship } = field;
  if (field.many)
    return (fact: FactRecord, _args: unknown, context: GraphContext) =>
      linked(fact, context, kinds, relationship);
  return async (fact: FactRecord, _args: unknown, context: GraphContext) => {
    const entity = await linkedOne(fact, context, kinds, relationship);
    if (!entity && field.required) throw new Error(`fact ${fact.id} has no ${name}`);
    return entity;
  };
}

/** A stored property shown as is; its type is the model's, so it is read by name. */
const storedValue = (name: string) => (fact: FactRecord) =>
  (Reflect.get(fact.props, name) as unknown) ?? null;

/** A flag the model declares non-null (`Boolean!`), such as `undisclosed`: left out means false. */
const storedFlag = (name: string) => (fact: FactRecord) => Reflect.get(fact.props, name) === true;

/** Money, stored as two properties (amountValue, amountCurrency) so Cypher can compare amounts. */
const storedMoney = (name: string) => (fact: FactRecord) => {
  const value: unknown = Reflect.get(fact.props, `${name}Value`);
  const currency: unknown = Reflect.get(fact.props, `${name}Currency`);
  return typeof value === 'number' ? { value, currency: String(currency) } : null;
};

/** The fields of each fact type that the model determines: its roles and its plain properties. */
const modelFields = Object.fromEntries(
  (Object.values(FACT_KINDS) as FactKindSpec[]).map((spec) => [
    spec.label,
    Object.fromEntries(
      Object.entries(spec.fields).flatMap(([name, field]): [string, unknown][] => {
        if (isRoleField(field)) return [[name, roleResolver(name, field)]];
        if (!field.graphql || field.stored === 'json') return [];
        if (field.stored === 'money') return [[name, storedMoney(name)]];
        if (field.graphql.type === 'Boolean!') return [[name, storedFlag(name)]];
        return [[name, storedValue(name)]];
      }),
    ),
  ]),
) as Resolvers;

export const factResolvers: Resolvers = {
  ...modelFields,
  // Every fact type inherits these (inheritResolversFromInterfaces).
  Fact: {
    __resolveType: (fact) => typeName(fact),
    id: (fact) => fact.id,
    date: prop('date'),
    start: prop('start'),
    end: prop('end'),
    status: (fact) => upper(fact.props.status),
    // Curators leave confidence out when the sources agree.
    confidence: (fact) => upper(fact.props.confidence ?? 'high'),
    description: prop('description'),
    notes: prop('notes'),
    sources: (fact, _args, context) => citationsOf(fact, context),
    involves: async (fact, _args, context): Promise<Involvement[]> =>
      (await linksOf(fact, context)).flatMap((link) => {
        const role = roleOfType(link.type);
        return role && isEntityRecord(link.node) ? [{ role, entity: link.node }] : [];
      }),
  },
  Investment: {
    ...modelFields.Investment,
    estimates: (fact): Estimate[] => {
      const raw = fact.props.estimates;
      if (raw === undefined) return [];
      return (
        JSON.parse(raw) as { value: number; currency: string; source?: string; note?: string }[]
      ).map(({ value, currency, source, note }) => ({
        value,
        currency,
        ...(source ? { sourceId: source } : {}),
        ...(note ? { note } : {}),
      }));
    },
  },
  Estimate: {
    source: async (estimate, _args, context): Promise<RecordOf<'source'> | null> => {
      if (!estimate.sourceId) return null;
      const record = await context.loaders.node.load(estimate.sourceId);
      return record?.kind === 'source' ? record : null;
    },
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
