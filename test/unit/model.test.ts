import { describe, expect, it } from 'vitest';
import { FACT_KINDS, ROLES } from '../../src/model/facts.js';
import { ROLE_TYPES } from '../../src/model/roles.js';
import { type FactKindSpec, isRoleField } from '../../src/model/spec.js';

const kinds = Object.entries(FACT_KINDS) as [string, FactKindSpec][];

/** Mistakes in the model that the type checker cannot see. */
describe('the model of the graph', () => {
  it('lists each fact kind only in the roles its own fields play', () => {
    for (const [kind, spec] of kinds) {
      const roles = new Set(
        Object.values(spec.fields).flatMap((field) => (isRoleField(field) ? [field.role] : [])),
      );
      for (const connection of spec.connections) {
        for (const role of connection.roles)
          expect(roles, `${kind}.${connection.name}`).toContain(role);
        expect(Object.keys(connection.on).length, `${kind}.${connection.name}`).toBeGreaterThan(0);
      }
    }
  });

  it('gives each entity type one field per name', () => {
    const seen = new Map<string, string>();
    for (const [kind, spec] of kinds) {
      for (const connection of spec.connections) {
        for (const entity of Object.keys(connection.on)) {
          const key = `${entity}.${connection.name}`;
          expect(seen.get(key), `${key} in ${kind}`).toBeUndefined();
          seen.set(key, kind);
        }
      }
    }
  });

  it('has a relationship type for every role, and one role for every relationship type', () => {
    for (const [role, types] of Object.entries(ROLE_TYPES)) expect(types, role).not.toEqual([]);
    const all = Object.values(ROLE_TYPES).flat();
    expect(new Set(all).size).toBe(all.length);
    expect(Object.keys(ROLE_TYPES)).toEqual(Object.keys(ROLES));
  });

  it("keeps never-held statuses among the kind's statuses", () => {
    for (const [kind, spec] of kinds) {
      for (const status of spec.statuses.neverHeld)
        expect(spec.statuses.values, kind).toContain(status);
    }
  });
});
