import { type FactRoleName, ROLE_TYPES } from '../model/roles.js';
import { COLLECTIONS } from '../seed/model.js';

/**
 * The parts an entity plays in a fact (the GraphQL FactRole enum) and the relationship types
 * from a fact to its entities that carry them, from the model (src/model/roles.ts).
 */
export { type FactRoleName, ROLE_TYPES };

const ROLE_OF_TYPE = new Map<string, FactRoleName>(
  Object.entries(ROLE_TYPES).flatMap(([role, types]) =>
    types.map((type) => [type, role as FactRoleName]),
  ),
);

export function roleOfType(type: string): FactRoleName | undefined {
  return ROLE_OF_TYPE.get(type);
}

export function typesOfRoles(roles: readonly FactRoleName[]): string[] {
  return [...new Set(roles.flatMap((role) => ROLE_TYPES[role]))];
}

/** Every relationship type from a fact to an entity, from the seed model. */
export const FACT_ROLE_TYPES: readonly string[] = relationshipTypes('fact');

/** Links that entities record themselves (a product's provider), and how to say them. */
export const LINK_NAMES: Readonly<Record<string, string>> = {
  PART_OF: 'part of',
  HAS_MEMBER: 'member',
  PROVIDED_BY: 'provider',
  BASED_ON: 'based on',
  ISSUED_BY: 'issuer',
  APPLIES_IN: 'jurisdiction',
};

export const LINK_TYPES: readonly string[] = relationshipTypes('entity');

function relationshipTypes(group: 'fact' | 'entity'): string[] {
  const types = COLLECTIONS.filter((collection) => collection.group === group).flatMap(
    (collection) =>
      collection.references.flatMap((field) =>
        field.relationship && field.relationship !== 'CITES' ? [field.relationship] : [],
      ),
  );
  return [...new Set(types)];
}
