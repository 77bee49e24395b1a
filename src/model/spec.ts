/**
 * The shapes the model of the graph is written in (src/model/graph.ts). Kept apart from the
 * model itself so that the model reads as data.
 */

export type EntityKind = 'organization' | 'person' | 'region' | 'product' | 'policy';

/** A JSON Schema fragment of a seed field, as written into schema/seed.schema.json. */
export type JsonSchema = Readonly<Record<string, unknown>>;

/** How the loader stores a property on the node, so the record type of each kind follows. */
export type StoredType = 'string' | 'number' | 'boolean' | 'json' | 'money';

/**
 * A field of a fact that names entities: a role the entities play. The loader stores it as a
 * relationship from the fact to each entity; the API shows it as a field of the fact type and,
 * through `connections`, as fields of the entity types listing their facts.
 */
export interface RoleField<Role extends string = string> {
  readonly role: Role;
  /** The relationship type in Neo4j, from the fact to the entity. */
  readonly relationship: string;
  readonly kinds: readonly EntityKind[];
  /** A list of entities (in the curator's order) rather than one. */
  readonly many?: true;
  /** For a list: how many it must name at least (default 1). */
  readonly minItems?: number;
  readonly required?: true;
  /** What the seed field holds, for curators (schema/seed.schema.json). */
  readonly seed: string;
  /** The GraphQL field's description, where it has one. */
  readonly graphql?: string;
}

/** A field of a fact kept on its node. */
export interface PropertyField {
  /** The seed field's JSON Schema, with its description for curators. */
  readonly seed: JsonSchema;
  readonly required?: true;
  readonly stored: StoredType;
  /** The GraphQL field: its type and description; null when the API does not show it as is. */
  readonly graphql: { readonly type: string; readonly description?: string } | null;
}

export type FactField<Role extends string = string> = RoleField<Role> | PropertyField;

/** A field of entity types listing an entity's facts of one kind in some roles. */
export interface ConnectionField<Role extends string = string> {
  readonly name: string;
  readonly roles: readonly Role[];
  /** The entity kinds that carry the field, each with the field's description there. */
  readonly on: Readonly<Partial<Record<EntityKind, string>>>;
}

export interface FactKindSpec<Role extends string = string> {
  /** The seed file's list of them. */
  readonly key: string;
  readonly plural: string;
  /** The GraphQL type and the Neo4j label. */
  readonly label: string;
  /** The explorer's heading for a group of them (the legend). */
  readonly heading: string;
  /** What one is, for curators. */
  readonly description: string;
  /** The statuses one may have, and what each means; the API's FactStatus is their union. */
  readonly statuses: {
    readonly values: readonly string[];
    readonly description: string;
    /** The statuses of a fact that never held (planned, cancelled): "as of" queries skip it. */
    readonly neverHeld: readonly string[];
  };
  /**
   * Its facts are events (a round, a signing): one with a `date` took place, so it is
   * completed (or announced, planned, cancelled), never active or ended.
   */
  readonly events?: true;
  /** Its own fields, in the order the seed schema and the API list them. */
  readonly fields: Readonly<Record<string, FactField<Role>>>;
  readonly connections: readonly ConnectionField<Role>[];
}

export function isRoleField(field: FactField): field is RoleField {
  return 'role' in field;
}

/** BoardSeat → BOARD_SEAT, the FactType enum's value. */
export function enumValueOf(label: string): string {
  return label.replace(/(?<=[a-z])(?=[A-Z])/g, '_').toUpperCase();
}
