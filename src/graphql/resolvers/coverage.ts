import {
  type FactCoverage,
  readEntityCoverage,
  readFactCoverage,
  readSourceCoverage,
  readTopRegions,
} from '../../queries/coverage.js';
import type { Reader } from '../../queries/reader.js';
import { BOUNDS, boundedCount } from '../args.js';
import { asKind } from '../mappers.js';
import type { Resolvers } from '../resolvers.generated.js';

/**
 * One `coverage` field's reads: each statement is sent once, when a field first needs it, so
 * that `coverage { facts factsByYear { value count } }` reads the facts' groups only.
 */
export class CoverageReads {
  private facts?: Promise<FactCoverage>;
  private entities?: ReturnType<typeof readEntityCoverage>;
  private sources?: ReturnType<typeof readSourceCoverage>;

  constructor(readonly reader: Reader) {}

  factCoverage(): Promise<FactCoverage> {
    this.facts ??= readFactCoverage(this.reader);
    return this.facts;
  }

  entityCoverage(): ReturnType<typeof readEntityCoverage> {
    this.entities ??= readEntityCoverage(this.reader);
    return this.entities;
  }

  sourceCoverage(): ReturnType<typeof readSourceCoverage> {
    this.sources ??= readSourceCoverage(this.reader);
    return this.sources;
  }
}

export const coverageResolvers: Resolvers = {
  Coverage: {
    entities: async (reads) => (await reads.entityCoverage()).entities,
    facts: async (reads) => (await reads.factCoverage()).facts,
    sources: async (reads) => (await reads.sourceCoverage()).sources,
    factsByType: async (reads) => (await reads.factCoverage()).factsByType,
    factsByCategory: async (reads) => (await reads.factCoverage()).factsByCategory,
    entitiesByCategory: async (reads) => (await reads.entityCoverage()).entitiesByCategory,
    factsByDomain: async (reads) => (await reads.factCoverage()).factsByDomain,
    factsByYear: async (reads) => (await reads.factCoverage()).factsByYear,
    sourcesByPublisher: async (reads) => (await reads.sourceCoverage()).sourcesByPublisher,
    factsByConfidence: async (reads) => (await reads.factCoverage()).factsByConfidence,
    topRegions: (reads, args) =>
      readTopRegions(reads.reader, boundedCount(args.first, 'first', BOUNDS.topRegions)),
  },
  RegionTally: {
    region: (tally) => asKind(tally.region, ['region']),
    facts: (tally) => tally.facts,
  },
  Query: {
    coverage: (_root, _args, { reader }) => new CoverageReads(reader),
  },
};
