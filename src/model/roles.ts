import { FACT_KINDS, type FactRoleName, ROLES } from './facts.js';
import { type FactKindSpec, isRoleField } from './spec.js';

/**
 * Each role (the API's FactRole) and the relationship types from a fact to its entities that
 * carry it, from the fact kinds' fields. A role may have several: a restriction is made
 * UNDER_POLICY, a policy action is ON_POLICY, and both name the policy in the POLICY role.
 */
export const ROLE_TYPES: Readonly<Record<FactRoleName, readonly string[]>> = Object.fromEntries(
  (Object.keys(ROLES) as FactRoleName[]).map((role) => [
    role,
    [
      ...new Set(
        (Object.values(FACT_KINDS) as FactKindSpec[]).flatMap((spec) =>
          Object.values(spec.fields).flatMap((field) =>
            isRoleField(field) && field.role === role ? [field.relationship] : [],
          ),
        ),
      ),
    ],
  ]),
) as Readonly<Record<string, readonly string[]>> as Record<FactRoleName, readonly string[]>;

export type { FactRoleName };
