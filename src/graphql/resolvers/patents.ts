import { readPatentRanking } from '../../queries/patents.js';
import { BOUNDS, boundedCount, dateRange } from '../args.js';
import { allOfKind, asKind, ENTITY_KINDS } from '../mappers.js';
import type { Resolvers } from '../resolvers.generated.js';

export const patentResolvers: Resolvers = {
  PatentRank: {
    rank: (rank) => rank.rank,
    entity: (rank) => asKind(rank.entity, ENTITY_KINDS),
    count: (rank) => rank.count,
    statistics: (rank) => allOfKind(rank.statistics, ['patentStatistic']),
  },
  Query: {
    patentRanking: (_root, args, context) => {
      dateRange(args.from, args.to);
      return readPatentRanking(context.reader, {
        relationship: args.by === 'APPLICANT' ? 'FOR_APPLICANT' : 'FOR_REGION',
        field: args.field ?? null,
        unit: args.unit ?? null,
        from: args.from ?? null,
        to: args.to ?? null,
        asOf: args.asOf ?? null,
        first: boundedCount(args.first, 'first', BOUNDS.patentRanking),
      });
    },
  },
};
