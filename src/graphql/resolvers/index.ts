import type { Resolvers } from '../resolvers.generated.js';
import { accessResolvers } from './access.js';
import { connectionTypeResolvers } from './connections.js';
import { coverageResolvers } from './coverage.js';
import { entityResolvers } from './entities.js';
import { factResolvers } from './facts.js';
import { nodeResolvers } from './nodes.js';
import { patentResolvers } from './patents.js';
import { pathResolvers } from './paths.js';

/**
 * Every resolver, one module per domain of schema/; makeExecutableSchema merges them (Query's
 * fields come from each).
 */
export const resolvers: readonly Resolvers[] = [
  nodeResolvers,
  connectionTypeResolvers,
  entityResolvers,
  factResolvers,
  pathResolvers,
  accessResolvers,
  patentResolvers,
  coverageResolvers,
];
