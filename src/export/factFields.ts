import { FACT_KINDS } from '../model/facts.js';
import type { FactField, PropertyField } from '../model/spec.js';

/**
 * Each fact kind's own fields (its roles are edges), as an export reads them from the API and
 * writes them: derived from the model, so that a new kind's fields reach every format.
 */

/** How a field is read and flattened, from its GraphQL type. */
export type ExportedShape =
  | 'string'
  | 'int'
  | 'double'
  | 'boolean'
  | 'money'
  | 'partialDate'
  | 'estimates';

export interface ExportedField {
  name: string;
  shape: ExportedShape;
}

export interface ExportedFactKind {
  /** The GraphQL type. */
  label: string;
  fields: ExportedField[];
}

const SHAPES: Readonly<Record<string, ExportedShape>> = {
  String: 'string',
  Int: 'int',
  Float: 'double',
  Boolean: 'boolean',
  Money: 'money',
  PartialDate: 'partialDate',
  Estimate: 'estimates',
};

function shapeOf(kind: string, name: string, field: PropertyField): ExportedShape | undefined {
  if (!field.graphql) return undefined;
  const type = field.graphql.type.replace(/[[\]!]/g, '');
  const shape = SHAPES[type];
  if (!shape) throw new Error(`the export cannot flatten ${kind}.${name}, of type ${type}`);
  return shape;
}

const isProperty = (field: FactField): field is PropertyField => !('role' in field);

export const EXPORTED_FACT_KINDS: readonly ExportedFactKind[] = Object.values(FACT_KINDS).map(
  (spec) => ({
    label: spec.label,
    fields: Object.entries(spec.fields as Record<string, FactField>).flatMap(([name, field]) => {
      const shape = isProperty(field) ? shapeOf(spec.label, name, field) : undefined;
      return shape ? [{ name, shape }] : [];
    }),
  }),
);

export const EXPORTED_FIELDS_BY_TYPE: ReadonlyMap<string, readonly ExportedField[]> = new Map(
  EXPORTED_FACT_KINDS.map((kind) => [kind.label, kind.fields]),
);

/** The column of a money field's currency: `amount` keeps the `currency` it always had. */
export const currencyColumn = (name: string) =>
  name === 'amount' ? 'currency' : `${name}Currency`;

/** The inline fragments that select every kind's own fields, for the export's fact page. */
export function factFragments(day: string, source: string): string {
  const select = ({ name, shape }: ExportedField) => {
    switch (shape) {
      case 'money':
        return `${name} { value currency }`;
      case 'partialDate':
        return `${name} { ${day} }`;
      case 'estimates':
        return `${name} { value currency note source { ${source} } }`;
      default:
        return name;
    }
  };
  return EXPORTED_FACT_KINDS.filter((kind) => kind.fields.length > 0)
    .map((kind) => `... on ${kind.label} { ${kind.fields.map(select).join(' ')} }`)
    .join('\n        ');
}
