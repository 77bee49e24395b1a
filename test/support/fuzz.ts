import fc from 'fast-check';
import {
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLInterfaceType,
  type GraphQLNamedType,
  type GraphQLObjectType,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
} from 'graphql';
import { buildSchema } from '../../src/graphql/schema.js';

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
  /** What kind of request, or which mistake: `valid`, `nearly:bad-enum`, `hostile:cypher`... */
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

interface Arg {
  name: string;
  /** `undefined` for a variable that is declared but not given. */
  value: Value | undefined;
  /** The type a variable is declared with. */
  type: string;
  asVariable: boolean;
}

interface FieldSelection {
  field: string;
  alias?: string;
  args: Arg[];
  directives?: string[];
  /** Undefined for a leaf; an empty list renders no braces (a missing sub-selection). */
  selections?: Selection[] | undefined;
}

interface InlineFragment {
  on: string;
  selections: Selection[];
}

type Selection = FieldSelection | InlineFragment;

interface Operation {
  selections: Selection[];
  /** More variable definitions (unused, unknown types) and values (undeclared). */
  extraDefinitions?: string[];
  extraVariables?: Record<string, unknown>;
  name?: string;
}

const isField = (selection: Selection): selection is FieldSelection => 'field' in selection;

/** A plain object that keeps keys such as `__proto__` as own properties. */
const objectOf = (entries: [string, unknown][]): Record<string, unknown> =>
  Object.fromEntries(entries);

function literal(value: Value): string {
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

function toJson(value: Value): unknown {
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
        let alias = selection.alias;
        let responseName = alias ?? selection.field;
        for (let n = 2; used.has(responseName); n++) {
          alias = `${selection.field}${n}`;
          responseName = alias;
        }
        used.add(responseName);
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

// --- The schema, and valid values --------------------------------------------------------

const schema = buildSchema();
// biome-ignore lint/style/noNonNullAssertion: the schema has a Query type.
const queryType = schema.getQueryType()!;

/** Ids in the curated seed (seed/), of each kind, and some that are in no seed. */
export const SEED_IDS = {
  organizations: ['openai', 'microsoft', '21vianet', 'github', 'apple', 'baidu', 'alibaba-group'],
  people: ['sam-altman', 'dee-templeton', 'bret-taylor', 'joe-biden'],
  regions: ['cn', 'hk', 'mo', 'us', 'ru', 'ir'],
  products: ['openai-api', 'chatgpt', 'azure', 'azure-china', 'azure-openai-service'],
  policies: ['eo-14110', 'entity-list', 'ai-diffusion-rule'],
  facts: [
    'openai-api-block-china-2024',
    'azure-openai-service-cn-via-21vianet',
    'microsoft-investment-openai-2019',
    'dee-templeton-openai-observer',
    'microsoft-21vianet-azure-china',
    'wipo-genai-patent-families-cn-2014-2023',
    'eo-14110-signed',
    'sam-altman-openai-ceo-2019',
  ],
  sources: ['winbuzzer-2024-azure-openai-china', 'chinatalk-2024-openai-pulls-the-plug'],
  unknown: ['no-such-entity', 'OPENAI', 'openai ', 'x'],
};
const ENTITY_IDS = [
  ...SEED_IDS.organizations,
  ...SEED_IDS.people,
  ...SEED_IDS.regions,
  ...SEED_IDS.products,
  ...SEED_IDS.policies,
];
const ALL_IDS = [...ENTITY_IDS, ...SEED_IDS.facts, ...SEED_IDS.sources, ...SEED_IDS.unknown];

const id = (pool: string[]) =>
  fc.oneof(
    { weight: 8, arbitrary: fc.constantFrom(...pool) },
    { weight: 1, arbitrary: fc.constantFrom(...SEED_IDS.unknown) },
    { weight: 1, arbitrary: fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,20}$/) },
  );

/** Valid text for the String arguments that mean something. */
const TEXTS: Record<string, fc.Arbitrary<string>> = {
  name: fc.oneof(
    fc.constantFrom('Microsoft', 'vnet', 'OpenAI', '21Vianet', 'Azure', 'openai', 'Nobody Inc'),
    fc.stringMatching(/^[A-Za-z][A-Za-z0-9 ]{0,19}$/),
  ),
  query: fc.oneof(
    fc.constantFrom('micro', 'openai', 'azure china', 'microsfot', 'vnet', 'gpt', 'export control'),
    fc.stringMatching(/^[a-z0-9]{1,12}( [a-z0-9]{1,12}){0,3}$/),
  ),
  kinds: fc.constantFrom('export-control', 'cloud', 'company', 'observer', 'api-access-block'),
  countries: fc.constantFrom('CN', 'US', 'HK', 'GB', 'JP'),
  field: fc.constantFrom('generative AI', 'no such field'),
  unit: fc.constantFrom('patent-families', 'applications'),
};

const ID_POOLS: Record<string, string[]> = {
  provider: [...SEED_IDS.organizations, ...SEED_IDS.products],
  region: SEED_IDS.regions,
  involving: ENTITY_IDS,
  from: ENTITY_IDS,
  to: ENTITY_IDS,
};

/** A calendar day, `YYYY-MM-DD`, 1990 to 2030. */
const day = fc
  .date({ min: new Date('1990-01-01'), max: new Date('2030-12-31'), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10));

/** The range the schema documents for an Int argument ("1 to 100.", "(1 or 2)"...). */
export function documentedRange(
  field: GraphQLField<unknown, unknown>,
  arg: GraphQLArgument,
): [number, number] {
  const own = arg.description?.match(/(\d+) to (\d+)/);
  if (own) return [Number(own[1]), Number(own[2])];
  const inField = field.description?.match(new RegExp(`\`${arg.name}\` (\\d+) to (\\d+)`));
  if (inField) return [Number(inField[1]), Number(inField[2])];
  if (arg.name === 'maxHops') return [1, 6];
  if (arg.name === 'depth') return [1, 2];
  return [1, 100];
}

interface ArgContext {
  field: GraphQLField<unknown, unknown>;
  arg: GraphQLArgument;
  /** Below the root: keep page sizes small, so that a valid request stays under the cost limit. */
  nested: boolean;
}
