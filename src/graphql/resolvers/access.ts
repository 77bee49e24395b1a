import { type AccessAnswer, readAccessRoutes } from '../../queries/access.js';
import type { GraphRecord } from '../../queries/records.js';
import {
  allOfKind,
  asKind,
  asKindOrNull,
  ENTITY_KINDS,
  FACT_KIND_LIST,
  isEntityRecord,
} from '../mappers.js';
import type { Resolvers } from '../resolvers.generated.js';

const nameOf = (record: GraphRecord) => (isEntityRecord(record) ? record.props.name : record.id);

/** One sentence that answers the question for a person reading a notebook or a page. */
export function accessSummary(answer: AccessAnswer): string {
  const who = nameOf(answer.provider);
  const where = nameOf(answer.region);
  const blocks = answer.blockedBy.map((block) => block.id).join(', ');
  const routes = answer.routes.map((route) => {
    const by = route.provider ? ` by ${nameOf(route.provider)}` : '';
    const through = route.operator ? `, operated by ${nameOf(route.operator)}` : '';
    const limits = route.limitedBy.map((limit) => limit.id).join(', ');
    const narrowed = limits ? ` (narrowed by ${limits})` : '';
    return `${nameOf(route.product)}${by}${through}${narrowed}`;
  });
  const blocked = blocks
    ? `${who} is blocked in ${where} on ${answer.asOf} by ${blocks}`
    : `Nothing blocks ${who} in ${where} on ${answer.asOf}`;
  if (routes.length === 0) {
    return blocks
      ? `${blocked}, and nothing still reaches ${where}.`
      : `${blocked}, and no channel to ${where} is recorded.`;
  }
  const count = routes.length === 1 ? '1 route reaches it' : `${routes.length} routes reach it`;
  return `${blocked}; ${blocks ? count.replace('reach', 'still reach') : count}: ${routes.join('; ')}.`;
}

export const accessResolvers: Resolvers = {
  AccessReport: {
    provider: (answer) => asKind(answer.provider, ENTITY_KINDS),
    region: (answer) => asKind(answer.region, ['region']),
    asOf: (answer) => answer.asOf,
    reachable: (answer) => answer.routes.length > 0,
    blockedBy: (answer) => allOfKind(answer.blockedBy, ['restriction']),
    routes: (answer) => answer.routes,
    summary: accessSummary,
  },
  AccessRoute: {
    product: (route) => asKind(route.product, ['product']),
    provider: (route) => asKindOrNull(route.provider, ['organization']),
    lineage: (route) => allOfKind(route.lineage, ['product']),
    availability: (route) => asKind(route.availability, ['availability']),
    operator: (route) => asKindOrNull(route.operator, ['organization']),
    facts: (route) => allOfKind([route.availability, ...route.partnerships], FACT_KIND_LIST),
    circumvents: (route) => allOfKind(route.circumvents, ['restriction']),
    limitedBy: (route) => allOfKind(route.limitedBy, ['restriction']),
  },
  Query: {
    accessRoutes: (_root, { provider, region, asOf }, context) =>
      readAccessRoutes(context.reader, {
        provider,
        region,
        asOf: asOf ?? new Date().toISOString().slice(0, 10),
      }),
  },
};
