import { GraphQLScalarType, Kind, type ValueNode } from 'graphql';
import { parseSeedDate } from '../seed/dates.js';
import { badInput } from './args.js';

/** Whether a text is a real calendar day, `YYYY-MM-DD`. */
export function isDay(text: unknown): text is string {
  return typeof text === 'string' && text.length === 10 && parseSeedDate(text)?.precision === 'day';
}

function parseDay(value: unknown): string {
  if (isDay(value)) return value;
  throw badInput(
    `A Date must be a calendar day written YYYY-MM-DD, such as 2024-08-01; got ${shown(value)}.`,
  );
}

/** What the client sent, briefly; never calls the value's own toString. */
function shown(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.slice(0, 40));
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value === null || value === undefined) return 'nothing';
  return Array.isArray(value) ? 'a list' : 'an object';
}

export const DateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: 'A calendar day, YYYY-MM-DD.',
  serialize: (value) => String(value),
  parseValue: parseDay,
  parseLiteral: (ast) => parseDay(literalValue(ast)),
});

/** A literal as the client wrote it, for the check and the message. */
function literalValue(ast: ValueNode): unknown {
  switch (ast.kind) {
    case Kind.STRING:
    case Kind.ENUM:
      return ast.value;
    case Kind.INT:
    case Kind.FLOAT:
      return Number(ast.value);
    case Kind.BOOLEAN:
      return ast.value;
    case Kind.LIST:
      return [];
    case Kind.OBJECT:
      return {};
    default:
      return null;
  }
}
