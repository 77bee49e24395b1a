import { FACT_KINDS, ROLES } from './facts.js';
import {
  type EntityKind,
  enumValueOf,
  type FactKindSpec,
  isRoleField,
  type JsonSchema,
  type RoleField,
} from './spec.js';

/**
 * What the model writes out (npm run codegen:model): the parts of the SDL, of the seed schema
 * and of the explorer that are the model said again. Pure: the script writes and checks them.
 */

const ENTITY_TYPES: Readonly<Record<EntityKind, string>> = {
  organization: 'Organization',
  person: 'Person',
  region: 'Region',
  product: 'Product',
  policy: 'Policy',
};

const factKinds = () => Object.entries(FACT_KINDS) as [string, FactKindSpec][];

const description = (text: string | undefined, indent = '') =>
  text === undefined ? '' : `${indent}${JSON.stringify(text)}\n`;

/** The GraphQL type of a role field: one entity type, or Entity when several kinds may fill it. */
function roleType(field: RoleField): string {
  const [only, ...others] = field.kinds;
  const named = only && others.length === 0 ? ENTITY_TYPES[only] : 'Entity';
  if (field.many) return `[${named}!]!`;
  return field.required ? `${named}!` : named;
}

/** The fields every fact type has (the Fact interface's), restated as GraphQL requires. */
const FACT_INTERFACE_FIELDS = `  id: ID!
  date: PartialDate
  start: PartialDate
  end: PartialDate
  status: FactStatus!
  confidence: Confidence!
  description: String
  notes: String
  sources: [Citation!]!
  involves: [Involvement!]!
`;

/** The arguments of every field that lists an entity's facts of one kind. */
const CONNECTION_ARGS = `    "Only facts that held on this day (events: that had happened by then)."
    asOf: Date
    filter: FactFilter
    orderBy: FactOrder = DATE_ASC
    "Page size, 1 to 100."
    first: Int = 20
    after: String`;

export function generatedSdl(): string {
  const parts: string[] = [
    '# Generated from src/model/ by npm run codegen:model; do not edit.\n',
    `enum FactType {\n${factKinds()
      .map(([, spec]) => `  ${enumValueOf(spec.label)}\n`)
      .join('')}}\n`,
    `"The part an entity plays in a fact."\nenum FactRole {\n${Object.entries(ROLES)
      .map(
        ([role, spec]) =>
          `${description((spec as { description?: string }).description, '  ')}  ${role}\n`,
      )
      .join('')}}\n`,
    `enum FactStatus {\n${[...new Set(factKinds().flatMap(([, spec]) => spec.statuses.values))]
      .map((status) => `  ${status.toUpperCase()}\n`)
      .join('')}}\n`,
  ];
  for (const [, spec] of factKinds()) {
    const own = Object.entries(spec.fields).flatMap(([name, field]) => {
      if (isRoleField(field))
        return [`${description(field.graphql, '  ')}  ${name}: ${roleType(field)}\n`];
      if (!field.graphql) return [];
      return [`${description(field.graphql.description, '  ')}  ${name}: ${field.graphql.type}\n`];
    });
    parts.push(
      `type ${spec.label} implements Node & Fact {\n${FACT_INTERFACE_FIELDS}${own.join('')}}\n`,
      `type ${spec.label}Connection {
  edges: [${spec.label}Edge!]!
  pageInfo: PageInfo!
  "How many facts match, counted in the database."
  totalCount: Int!
}\n`,
      `type ${spec.label}Edge {\n  cursor: String!\n  node: ${spec.label}!\n}\n`,
    );
  }
  for (const [entity, type] of Object.entries(ENTITY_TYPES) as [EntityKind, string][]) {
    const fields = factKinds().flatMap(([, spec]) =>
      spec.connections.flatMap((connection) => {
        const text = connection.on[entity];
        if (text === undefined) return [];
        return [
          `${description(text, '  ')}  ${connection.name}(\n${CONNECTION_ARGS}\n  ): ${spec.label}Connection!\n`,
        ];
      }),
    );
    if (fields.length > 0) parts.push(`extend type ${type} {\n${fields.join('')}}\n`);
  }
  return parts.join('\n');
}

/** The JSON Schema of a fact kind in a seed file. */
function factDefinition(spec: FactKindSpec): JsonSchema {
  const properties: Record<string, unknown> = {
    id: { $ref: '#/definitions/id' },
    date: {
      $ref: '#/definitions/date',
      description:
        'When it happened, for a fact that holds at one point in time. Use start/end for a period.',
    },
    start: { $ref: '#/definitions/date', description: 'When it began to hold.' },
    end: {
      $ref: '#/definitions/date',
      description: 'When it stopped holding; leave out while it still holds.',
    },
    status: {
      type: 'string',
      enum: spec.statuses.values,
      description: spec.statuses.description,
    },
    confidence: {
      type: 'string',
      enum: ['high', 'medium', 'low'],
      description:
        'How sure the sources make us. Leave out when they agree; low for a claim that is unverified (say what in notes).',
    },
    sources: {
      type: 'array',
      minItems: 1,
      items: { $ref: '#/definitions/citation' },
      description:
        'The sources that support this fact, each with the quote that does, where there is one.',
    },
    description: {
      type: 'string',
      minLength: 1,
      description: 'The fact in a sentence, for readers.',
    },
    notes: {
      type: 'string',
      minLength: 1,
      description:
        'Anything a curator should know: disagreements between sources, what is unverified.',
    },
  };
  const required = ['id', 'status', 'sources'];
  for (const [name, field] of Object.entries(spec.fields)) {
    if (field.required) required.push(name);
    properties[name] = isRoleField(field)
      ? field.many
        ? {
            type: 'array',
            minItems: field.minItems ?? 1,
            uniqueItems: true,
            items: { $ref: '#/definitions/reference' },
            description: field.seed,
          }
        : { $ref: '#/definitions/reference', description: field.seed }
      : field.seed;
  }
  return {
    type: 'object',
    description: spec.description,
    additionalProperties: false,
    required,
    properties,
  };
}

/**
 * The seed schema with its fact kinds written from the model: each kind's list at the top level
 * and its definition. The rest (entities, sources, shared definitions) is kept as written.
 */
export function seedSchemaWithFacts(schema: {
  properties: Record<string, unknown>;
  definitions: Record<string, unknown>;
}): unknown {
  const properties = { ...schema.properties };
  const definitions = { ...schema.definitions };
  for (const [kind, spec] of factKinds()) {
    properties[spec.key] = { type: 'array', items: { $ref: `#/definitions/${kind}` } };
    definitions[kind] = factDefinition(spec);
  }
  return { ...schema, properties, definitions };
}

/** The explorer's legend: each fact type's heading for a group and its name for one. */
export function explorerLegend(): string {
  const lines = factKinds().map(
    ([kind, spec]) =>
      `  ${spec.label}: [${JSON.stringify(spec.heading)}, ${JSON.stringify(kind.replace(/[A-Z]/g, (letter) => ` ${letter.toLowerCase()}`))}],\n`,
  );
  return `/* Generated from src/model/ by npm run codegen:model; do not edit. */

/** Each fact type's group heading and its name for one fact, in the order cards show them. */
export const FACT_TYPES: Record<string, [heading: string, one: string]> = {
${lines.join('')}};
`;
}
