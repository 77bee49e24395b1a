/**
 * GraphQL requests generated from the schema, for the fuzz test (test/integration/fuzz.test.ts)
 * and the longer run against a server (scripts/fuzz.ts), in three classes:
 *
 * - valid: root fields with arguments of the right types and within their documented ranges,
 *   ids from the curated seed, selections a few levels deep through interfaces with inline
 *   fragments, arguments inline or as variables;
 * - nearly valid: a valid request with one mistake (an unknown field or argument, a wrong
 *   type, a missing argument, a bad enum, an Int out of range, a malformed Date, a wrong
 *   variable, a broken syntax) or a request the resolvers refuse (both id and name, ...);
 * - hostile: huge strings, NUL bytes, odd Unicode, Cypher and Lucene fragments, deep nesting,
 *   many aliases and directives, fragment bombs, variables shaped as objects or arrays where
 *   scalars are expected, `__proto__` keys, garbage.
 *
 * Every request's JSON body stays under the server's default body limit (MAX_BODY_BYTES).
 */

export type FuzzClass = 'valid' | 'nearly' | 'hostile';

export interface FuzzRequest {
  class: FuzzClass;
  /** What kind of request, or which mistake: `valid`, `bad-enum`, `hostile-text`... */
  kind: string;
  query: string;
  /** Normally an object; hostile requests may send an array, a string, null... */
  variables: unknown;
}

/** What a request body may weigh; the server refuses more than 100,000 bytes. */
export const MAX_BODY_BYTES = 95_000;

// --- The model of a document ---------------------------------------------------------------

/** An enum value: bare in a document, a string in variables. */
export class EnumValue {
  constructor(readonly name: string) {}
}

/** A literal written into a document as is (`1e400`, `$undeclared`), and its JSON form. */
export class RawLiteral {
  constructor(
    readonly text: string,
    readonly json: unknown,
  ) {}
}

export type Value =
  | null
  | boolean
  | number
  | string
  | EnumValue
  | RawLiteral
  | Value[]
  | { [key: string]: Value };

export interface Arg {
  name: string;
  /** `undefined` for a variable that is declared but not given. */
  value: Value | undefined;
  /** The type a variable is declared with. */
  type: string;
  asVariable: boolean;
}

export interface FieldSelection {
  field: string;
  args: Arg[];
  directives?: string[];
  /** Undefined for a leaf; an empty list renders no braces (a missing sub-selection). */
  selections?: Selection[] | undefined;
}

export interface InlineFragment {
  on: string;
  selections: Selection[];
}

export type Selection = FieldSelection | InlineFragment;

export interface Operation {
  selections: Selection[];
  /** More variable definitions (unused, of unknown types) and values (never declared). */
  extraDefinitions?: string[];
  extraVariables?: Record<string, unknown>;
  name?: string;
}

export const isField = (selection: Selection): selection is FieldSelection => 'field' in selection;

/** A plain object that keeps keys such as `__proto__` as own properties. */
export const objectOf = (entries: [string, unknown][]): Record<string, unknown> =>
  Object.fromEntries(entries);

export function literal(value: Value): string {
  if (value === null) return 'null';
  if (value instanceof EnumValue) return value.name;
  if (value instanceof RawLiteral) return value.text;
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '0';
  if (typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `[${value.map(literal).join(', ')}]`;
  return `{${Object.entries(value)
    .map(([key, item]) => `${key}: ${literal(item)}`)
    .join(', ')}}`;
}

export function toJson(value: Value): unknown {
  if (value instanceof EnumValue) return value.name;
  if (value instanceof RawLiteral) return value.json;
  if (Array.isArray(value)) return value.map(toJson);
  if (value !== null && typeof value === 'object') {
    return objectOf(Object.entries(value).map(([key, item]) => [key, toJson(item)]));
  }
  return value;
}

/** The document and its variables: variables are named $v1, $v2... in order. */
export function render(operation: Operation): {
  query: string;
  variables: Record<string, unknown>;
} {
  const definitions: string[] = [];
  const variables: [string, unknown][] = [];
  const argument = (arg: Arg): string => {
    if (!arg.asVariable) return `${arg.name}: ${literal(arg.value ?? null)}`;
    const name = `v${definitions.length + 1}`;
    definitions.push(`$${name}: ${arg.type}`);
    if (arg.value !== undefined) variables.push([name, toJson(arg.value)]);
    return `${arg.name}: $${name}`;
  };
  // Fields merged into one response object must not clash: the second of two with one
  // response name (possible across inline fragments) gets an alias.
  const selectionSet = (selections: Selection[], used: Set<string>): string =>
    selections
      .map((selection) => {
        if (!isField(selection)) {
          return `... on ${selection.on} { ${selectionSet(selection.selections, used)} }`;
        }
        let alias: string | undefined;
        for (let n = 2; used.has(alias ?? selection.field); n++) alias = `${selection.field}${n}`;
        used.add(alias ?? selection.field);
        const args = selection.args.length ? `(${selection.args.map(argument).join(', ')})` : '';
        const directives = selection.directives?.length ? ` ${selection.directives.join(' ')}` : '';
        const sub = selection.selections;
        const body =
          sub === undefined ? '' : sub.length === 0 ? '' : ` { ${selectionSet(sub, new Set())} }`;
        return `${alias ? `${alias}: ` : ''}${selection.field}${args}${directives}${body}`;
      })
      .join(' ');
  const body = selectionSet(operation.selections, new Set());
  const allDefinitions = [...definitions, ...(operation.extraDefinitions ?? [])];
  const header =
    allDefinitions.length || operation.name
      ? `query${operation.name ? ` ${operation.name}` : ''}${allDefinitions.length ? `(${allDefinitions.join(', ')})` : ''} `
      : '';
  const extra = Object.entries(operation.extraVariables ?? {});
  return { query: `${header}{ ${body} }`, variables: objectOf([...variables, ...extra]) };
}
