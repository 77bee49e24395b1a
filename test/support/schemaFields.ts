import {
  type GraphQLInterfaceType,
  type GraphQLObjectType,
  getNamedType,
  isLeafType,
  isObjectType,
} from 'graphql';

/**
 * Every field of a type that its record's own properties answer, from the schema: no arguments,
 * and a leaf type or an object of leaves (a date's text and precision, an amount, identifiers).
 */
export function ownFields(type: GraphQLObjectType | GraphQLInterfaceType): string[] {
  return Object.values(type.getFields())
    .filter((field) => field.args.length === 0)
    .flatMap((field) => {
      const named = getNamedType(field.type);
      if (isLeafType(named)) return [field.name];
      if (!isObjectType(named)) return [];
      const leaves = Object.values(named.getFields()).filter(
        (inner) => inner.args.length === 0 && isLeafType(getNamedType(inner.type)),
      );
      return leaves.length === Object.keys(named.getFields()).length
        ? [`${field.name} { ${leaves.map((inner) => inner.name).join(' ')} }`]
        : [];
    });
}
