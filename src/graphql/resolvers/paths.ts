import { readNeighbourhood } from '../../queries/neighbourhood.js';
import { readShortestPaths } from '../../queries/paths.js';
import type { GraphRecord } from '../../queries/records.js';
import { LINK_NAMES, roleOfType } from '../../queries/roles.js';
import { kindName } from '../../seed/model.js';
import { BOUNDS, badInput, boundedCount } from '../args.js';
import {
  allOfKind,
  asKind,
  asKindOrNull,
  ENTITY_KINDS,
  FACT_KIND_LIST,
  kindOfType,
  type NeighbourhoodEdge,
} from '../mappers.js';
import type { Resolvers } from '../resolvers.generated.js';
import { needsParts, OWN_ENTITY_FIELDS, OWN_FACT_FIELDS } from '../selection.js';

export const pathResolvers: Resolvers = {
  Path: {
    length: (steps) => steps.length,
    steps: (steps) => steps,
  },
  PathStep: {
    from: (step) => asKind(step.from, ENTITY_KINDS),
    to: (step) => asKind(step.to, ENTITY_KINDS),
    fact: (step) => asKindOrNull(step.fact, FACT_KIND_LIST),
    relation: (step) =>
      step.fact ? kindName(step.fact.kind) : (LINK_NAMES[step.linkType ?? ''] ?? 'link'),
    fromRole: (step) => (step.fromType ? (roleOfType(step.fromType) ?? null) : null),
    toRole: (step) => (step.toType ? (roleOfType(step.toType) ?? null) : null),
  },
  Neighbourhood: {
    center: (hood) => asKind(hood.center, ENTITY_KINDS),
    entities: (hood) => {
      const entities = new Map<string, GraphRecord>([[hood.center.id, hood.center]]);
      for (const fact of hood.facts) {
        for (const link of fact.links ?? []) entities.set(link.node.id, link.node);
      }
      for (const entity of hood.linkedEntities) entities.set(entity.id, entity);
      return allOfKind([...entities.values()], ENTITY_KINDS);
    },
    facts: (hood) => allOfKind(hood.facts, FACT_KIND_LIST),
    edges: (hood): NeighbourhoodEdge[] => [
      ...hood.facts.flatMap((fact) =>
        (fact.links ?? []).map((link) => ({
          source: fact.id,
          target: link.node.id,
          role: roleOfType(link.type),
          relation: kindName(fact.kind),
        })),
      ),
      ...hood.links.map((link) => ({
        source: link.from,
        target: link.to,
        relation: LINK_NAMES[link.type] ?? 'link',
      })),
    ],
    truncated: (hood) => hood.truncated,
  },
  NeighbourhoodEdge: {
    role: (edge) => edge.role ?? null,
  },
  Query: {
    shortestPaths: (_root, args, context, info) => {
      if (args.from === args.to) throw badInput('from and to must be different entities.', 'to');
      return readShortestPaths(context.reader, {
        from: args.from,
        to: args.to,
        maxHops: boundedCount(args.maxHops, 'maxHops', BOUNDS.maxHops),
        factTypes: args.types?.map(kindOfType) ?? null,
        asOf: args.asOf ?? null,
        viaLinks: args.viaLinks ?? true,
        first: boundedCount(args.first, 'first', BOUNDS.paths),
        withParts: needsParts(info, [
          { path: ['steps', 'from'], own: OWN_ENTITY_FIELDS },
          { path: ['steps', 'to'], own: OWN_ENTITY_FIELDS },
          { path: ['steps', 'fact'], own: OWN_FACT_FIELDS },
        ]),
      });
    },
    neighbourhood: (_root, args, context) =>
      readNeighbourhood(context.reader, {
        id: args.id,
        depth: boundedCount(args.depth, 'depth', BOUNDS.neighbourhoodDepth) as 1 | 2,
        factTypes: args.types?.map(kindOfType) ?? null,
        asOf: args.asOf ?? null,
        limit: boundedCount(args.limit, 'limit', BOUNDS.neighbourhoodLimit),
      }),
  },
};
