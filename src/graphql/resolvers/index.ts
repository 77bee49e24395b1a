import type { Resolvers } from '../resolvers.generated.js';
import { accessResolvers } from './access.js';
import { connectionTypeResolvers } from './connections.js';
import { entityResolvers } from './entities.js';
import { factResolvers } from './facts.js';
import { nodeResolvers } from './nodes.js';
import { patentResolvers } from './patents.js';
import { pathResolvers } from './paths.js';

/** Every resolver, one module per domain of schema/, merged; Query's fields come from each. */
const domains: Resolvers[] = [
  nodeResolvers,
  connectionTypeResolvers,
  entityResolvers,
  factResolvers,
  pathResolvers,
  accessResolvers,
  patentResolvers,
];

export const resolvers: Resolvers = domains.reduce<Resolvers>((merged, domain) => {
  for (const [type, fields] of Object.entries(domain)) {
    const key = type as keyof Resolvers;
    merged[key] = { ...(merged[key] as object), ...(fields as object) } as never;
  }
  return merged;
}, {});
