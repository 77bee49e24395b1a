import { GraphQLScalarType, Kind } from 'graphql';
import { parseSeedDate } from '../seed/dates.js';
import { badInput } from './args.js';

/** Whether a text is a real calendar day, `YYYY-MM-DD`. */
export function isDay(text: unknown): text is string {
  return typeof text === 'string' && text.length === 10 && parseSeedDate(text)?.precision === 'day';
}

function parseDay(value: unknown): string {
  if (isDay(value)) return value;
  const shown = typeof value === 'string' ? `"${value.slice(0, 40)}"` : String(value);
  throw badInput(
    `A Date must be a calendar day written YYYY-MM-DD, such as 2024-08-01; got ${shown}.`,
  );
}

export const DateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: 'A calendar day, YYYY-MM-DD.',
  serialize: (value) => String(value),
  parseValue: parseDay,
  parseLiteral: (ast) =>
    parseDay(ast.kind === Kind.STRING ? ast.value : (ast as { value?: unknown }).value),
});
