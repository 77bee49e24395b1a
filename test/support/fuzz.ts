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
  /** More variable definitions (unused, of unknown types) and values (never declared). */
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

const cursor = (key: unknown[]) => Buffer.from(JSON.stringify(key)).toString('base64url');

/**
 * Cursors as the API writes them (base64url JSON: the ordering, then the sort key) with an
 * ordering that may fit and a key of odd values, or base64url of any JSON at all.
 */
const oddCursor: fc.Arbitrary<string> = fc.oneof(
  fc
    .tuple(
      fc.constantFrom(
        'facts:ASC',
        'facts:DESC',
        'entities:NAME_ASC',
        'entities:NAME_DESC',
        'entities:ID_ASC',
        'search:openai',
        'search:azure china',
      ),
      fc.array(
        fc.oneof(
          fc.constantFrom<unknown>(
            '2024-07-09',
            '0000-01-01',
            '9999-12-31',
            1e308,
            -1e308,
            5e-324,
            0,
            -1,
            '',
            '\u0000',
            'openai',
            null,
            [],
            {},
          ),
          fc.string({ maxLength: 10 }),
          fc.double(),
        ),
        { minLength: 0, maxLength: 3 },
      ),
    )
    .map(([ordering, key]) => cursor([ordering, ...key])),
  fc
    .jsonValue({ maxDepth: 3 })
    .map((value) => Buffer.from(JSON.stringify(value) ?? 'null').toString('base64url')),
  fc.string({ maxLength: 30 }),
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
  after: oddCursor,
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
function validValue(type: GraphQLInputType, context: ArgContext, key: string): fc.Arbitrary<Value> {
  if (isNonNullType(type)) return validValue(type.ofType, context, key);
  if (isListType(type)) {
    return fc.array(validValue(type.ofType, context, key), {
      minLength: 1,
      maxLength: key === 'ids' ? 6 : 3,
    });
  }
  if (isEnumType(type)) {
    return fc.constantFrom(...type.getValues().map((value) => new EnumValue(value.name)));
  }
  if (isInputObjectType(type)) {
    return fc
      .subarray(Object.values(type.getFields()), {
        maxLength: Math.min(3, Object.keys(type.getFields()).length),
      })
      .chain((chosen) =>
        fc.tuple(
          ...chosen.map((field) =>
            validValue(field.type, context, field.name).map((value) => [field.name, value]),
          ),
        ),
      )
      .map((entries) => orderedRange(Object.fromEntries(entries) as Record<string, Value>));
  }
  switch (type.name) {
    case 'Int': {
      const [min, max] = documentedRange(context.field, context.arg);
      const small = fc.integer({ min, max: Math.min(max, context.nested ? 3 : 10) });
      return context.nested ? small : fc.oneof(small, small, fc.integer({ min, max }));
    }
    case 'Boolean':
      return fc.boolean();
    case 'Date':
      return fc.oneof(day, fc.constantFrom('2024-07-09', '2023-01-01', '2025-06-30'));
    case 'ID':
      return id(ID_POOLS[key] ?? ALL_IDS);
    case 'Float':
      return fc.double({ noNaN: true, noDefaultInfinity: true });
    default:
      return TEXTS[key] ?? fc.string({ maxLength: 20 });
  }
}

/** `from` and `to` in order, as the API wants them. */
function orderedRange<T extends Record<string, unknown>>(values: T): T {
  const { from, to } = values;
  if (typeof from === 'string' && typeof to === 'string' && from > to) {
    return { ...values, from: to, to: from };
  }
  return values;
}

/** Arguments the resolvers want exactly one of. */
const EXACTLY_ONE: Record<string, string[]> = { entity: ['id', 'name'] };

type Field = GraphQLField<unknown, unknown>;

/**
 * Valid arguments of a field: the required ones and some optional ones, each inline or as a
 * variable. `after` is left out, as a valid cursor comes only from a page, except with `all`:
 * all the arguments, `after` with a cursor that may not fit, for hostile text to replace.
 */
function validArgs(parent: GraphQLNamedType, field: Field, all = false): fc.Arbitrary<Arg[]> {
  const nested = parent !== queryType;
  const args = all ? field.args : field.args.filter((arg) => arg.name !== 'after');
  const required = args.filter((arg) => isNonNullType(arg.type) && arg.defaultValue === undefined);
  const optional = args.filter((arg) => !required.includes(arg));
  const oneOf = nested ? undefined : EXACTLY_ONE[field.name];
  const chosenOptional: fc.Arbitrary<GraphQLArgument[]> = oneOf
    ? fc.constantFrom(...optional.filter((arg) => oneOf.includes(arg.name))).map((arg) => [arg])
    : all
      ? fc.constant(optional)
      : fc.subarray(optional, { maxLength: Math.min(3, optional.length) });
  return chosenOptional
    .chain((chosen) =>
      fc.tuple(
        ...[...required, ...chosen].map((arg) =>
          fc
            .record({
              value: validValue(arg.type, { field, arg, nested }, arg.name),
              asVariable: fc.boolean(),
            })
            .map(({ value, asVariable }) => ({
              name: arg.name,
              value,
              type: String(arg.type),
              asVariable,
            })),
        ),
      ),
    )
    .map((list) => fixArgs(field.name, list));
}

/** What the resolvers refuse although the types allow it: reversed ranges, a path to itself. */
function fixArgs(field: string, args: Arg[]): Arg[] {
  const byName = Object.fromEntries(args.map((arg) => [arg.name, arg.value]));
  const { from, to } = orderedRange(byName);
  let fixed = args.map((arg) =>
    arg.name === 'from'
      ? { ...arg, value: from as Value }
      : arg.name === 'to'
        ? { ...arg, value: to as Value }
        : arg,
  );
  if (field === 'shortestPaths' && byName.from === byName.to) {
    fixed = fixed.map((arg) =>
      arg.name === 'to' ? { ...arg, value: byName.from === 'openai' ? 'cn' : 'openai' } : arg,
    );
  }
  return fixed;
}

type Composite = GraphQLObjectType | GraphQLInterfaceType;

function implementationsOf(type: GraphQLInterfaceType): Composite[] {
  const { objects, interfaces } = schema.getImplementations(type);
  return [...interfaces, ...objects];
}

const selectionsMemo = new Map<string, fc.Arbitrary<Selection[]>>();

/** Now and then a directive that keeps the field. */
const directive = fc.oneof(
  { weight: 9, arbitrary: fc.constant({}) },
  {
    weight: 1,
    arbitrary: fc
      .constantFrom('@include(if: true)', '@skip(if: false)')
      .map((text) => ({ directives: [text] })),
  },
);

/**
 * Valid selections on a type: one to three of its fields, `__typename` and, on an interface,
 * inline fragments on its implementations; fields of object type down to `depth` more levels.
 */
function validSelections(type: Composite, depth: number): fc.Arbitrary<Selection[]> {
  const key = `${type.name}:${depth}`;
  const memo = selectionsMemo.get(key);
  if (memo) return memo;
  const candidates: fc.Arbitrary<Selection>[] = [fc.constant({ field: '__typename', args: [] })];
  for (const field of Object.values(type.getFields())) {
    const named = getNamedType(field.type);
    if (isLeafType(named)) {
      candidates.push(
        fc
          .tuple(validArgs(type, field), directive)
          .map(([args, directives]) => ({ field: field.name, args, ...directives })),
      );
    } else if (depth > 0 && (isObjectType(named) || isInterfaceType(named))) {
      candidates.push(
        fc
          .tuple(validArgs(type, field), validSelections(named, depth - 1), directive)
          .map(([args, selections, directives]) => ({
            field: field.name,
            args,
            selections,
            ...directives,
          })),
      );
    }
  }
  if (isInterfaceType(type)) {
    for (const implementation of implementationsOf(type)) {
      candidates.push(
        validSelections(implementation, depth).map((selections) => ({
          on: implementation.name,
          selections,
        })),
      );
    }
  }
  const arbitrary = fc
    .shuffledSubarray(candidates, { minLength: 1, maxLength: Math.min(3, candidates.length) })
    .chain((chosen) => fc.tuple(...chosen));
  selectionsMemo.set(key, arbitrary);
  return arbitrary;
}

const rootFields = Object.values(queryType.getFields());

/** One root field, with valid arguments (all of them when `all`) and selections. */
function rootField(field: Field, depth: number, all = false): fc.Arbitrary<FieldSelection> {
  const named = getNamedType(field.type);
  const selections =
    isObjectType(named) || isInterfaceType(named)
      ? validSelections(named, depth).map((list): Selection[] | undefined => list)
      : fc.constant(undefined);
  return fc
    .tuple(validArgs(queryType, field, all), selections)
    .map(([args, sub]) => ({ field: field.name, args, selections: sub }));
}

const operationName = fc.option(fc.constantFrom('Fuzz', 'Q1', 'get_things'), { nil: undefined });

const withName = (selections: Selection[], name: string | undefined): Operation =>
  name ? { selections, name } : { selections };

/** A valid operation: one to three root fields, one to three levels deep. */
export const validOperation: fc.Arbitrary<Operation> = fc
  .tuple(fc.constantFrom(0, 1, 1, 2), operationName)
  .chain(([depth, name]) =>
    validSelections(queryType, depth + 1).map((selections) => withName(selections, name)),
  );

// --- Walking and changing a document ----------------------------------------------------------

function fieldsOf(selections: Selection[]): FieldSelection[] {
  return selections.flatMap((selection) =>
    isField(selection)
      ? [selection, ...fieldsOf(selection.selections ?? [])]
      : fieldsOf(selection.selections),
  );
}

/** The tree with its n-th field (in preorder) replaced by what `change` gives for it. */
function replaceField(
  selections: Selection[],
  n: number,
  change: (field: FieldSelection) => Selection[],
): Selection[] {
  let index = 0;
  const walk = (list: Selection[]): Selection[] =>
    list.flatMap((selection): Selection[] => {
      if (!isField(selection))
        return [{ on: selection.on, selections: walk(selection.selections) }];
      const mine = index++;
      const inner = selection.selections
        ? { ...selection, selections: walk(selection.selections) }
        : selection;
      return mine === n ? change(inner) : [inner];
    });
  return walk(selections);
}

interface ArgRef {
  field: number;
  arg: Arg;
}

function argsOf(selections: Selection[], keep: (arg: Arg) => boolean): ArgRef[] {
  return fieldsOf(selections).flatMap((field, index) =>
    field.args.filter(keep).map((arg) => ({ field: index, arg })),
  );
}

function replaceArg(
  operation: Operation,
  ref: ArgRef,
  change: (arg: Arg) => Arg | null,
): Operation {
  return {
    ...operation,
    selections: replaceField(operation.selections, ref.field, (field) => [
      {
        ...field,
        args: field.args.flatMap((arg) => {
          if (arg !== ref.arg) return [arg];
          const changed = change(arg);
          return changed ? [changed] : [];
        }),
      },
    ]),
  };
}

const pick = <T>(items: readonly T[], n: number): T | undefined => items[n % items.length];

/** Whether a value holds, anywhere, something `test` is true of. */
function holds(value: Value | undefined, test: (value: Value) => boolean): boolean {
  if (value === undefined) return false;
  if (test(value)) return true;
  if (Array.isArray(value)) return value.some((item) => holds(item, test));
  if (value !== null && typeof value === 'object' && !(value instanceof EnumValue)) {
    if (value instanceof RawLiteral) return false;
    return Object.values(value).some((item) => holds(item, test));
  }
  return false;
}

/** The value with every leaf that `test` is true of replaced, in turn, by `replacements`. */
function replaceLeaves(
  value: Value,
  test: (value: Value) => boolean,
  replacements: Value[],
): Value {
  let next = 0;
  const walk = (item: Value): Value => {
    if (test(item)) return replacements[next++ % replacements.length] ?? item;
    if (Array.isArray(item)) return item.map(walk);
    if (item !== null && typeof item === 'object' && !(item instanceof EnumValue)) {
      if (item instanceof RawLiteral) return item;
      return Object.fromEntries(Object.entries(item).map(([key, inner]) => [key, walk(inner)]));
    }
    return item;
  };
  return walk(value);
}

const namedTypeOf = (arg: Arg) => arg.type.replace(/[[\]!]/g, '');
const isDateLike = (value: Value) => typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value);

/**
 * Root fields that always carry arguments of every kind: a mistake that needs an Int, a Date,
 * an enum, a required argument or a variable has one to go in.
 */
const carrier: fc.Arbitrary<FieldSelection[]> = fc
  .tuple(fc.boolean(), fc.boolean(), fc.boolean())
  .map(([a, b, c]) => [
    {
      field: 'facts',
      args: [
        { name: 'types', value: [new EnumValue('INVESTMENT')], type: '[FactType!]', asVariable: a },
        { name: 'asOf', value: '2024-07-09', type: 'Date', asVariable: b },
        {
          name: 'filter',
          value: { from: '2020-01-01', statuses: [new EnumValue('ACTIVE')] },
          type: 'FactFilter',
          asVariable: c,
        },
        { name: 'first', value: 5, type: 'Int', asVariable: a },
      ],
      selections: [{ field: 'totalCount', args: [] }],
    },
    {
      field: 'node',
      args: [{ name: 'id', value: 'openai', type: 'ID!', asVariable: b }],
      selections: [{ field: 'id', args: [] }],
    },
  ]);

const withCarrier = (operation: Operation) =>
  carrier.map((fields) => ({ ...operation, selections: [...operation.selections, ...fields] }));

/**
 * A mistake in one argument: the operation (with carrier fields when it has no argument that
 * fits) and an argument that fits, changed by `change`.
 */
function argumentMistake(
  keep: (arg: Arg) => boolean,
  change: (arg: Arg) => fc.Arbitrary<Arg | null>,
): (operation: Operation, n: number) => fc.Arbitrary<Operation> {
  return (operation, n) => {
    const within = argsOf(operation.selections, keep).length
      ? fc.constant(operation)
      : withCarrier(operation);
    return within.chain((target) => {
      const ref = pick(argsOf(target.selections, keep), n);
      if (!ref) return fc.constant(target);
      return change(ref.arg).map((changed) => replaceArg(target, ref, () => changed));
    });
  };
}

const BAD_NAMES = [
  'noSuchField',
  'password',
  'Name',
  'delete',
  'constructor',
  'toString',
  '__proto__',
  'hasOwnProperty',
  'id_',
];

const badValues = (arg: Arg): Value[] => {
  const list = arg.type.startsWith('[');
  const named = namedTypeOf(arg);
  const values: Value[] = [];
  if (arg.type.endsWith('!')) values.push(null);
  if (list) values.push({ a: 1 }, [[new EnumValue('X')]]);
  switch (named) {
    case 'Int':
      values.push('5', 1.5, true, [1], { a: 1 }, new RawLiteral('1e3', 1000.5), 2147483648);
      break;
    case 'Boolean':
      values.push('true', 1, 0, new EnumValue('yes'));
      break;
    case 'Date':
      values.push(20240709, true, { year: 2024 }, new EnumValue('TODAY'), 2024.07);
      break;
    case 'ID':
    case 'String':
      values.push({ id: 'openai' }, true, 1.5, new EnumValue('openai'));
      if (!list) values.push(['openai']);
      if (named === 'String') values.push(42);
      break;
    case 'FactFilter':
    case 'EntityFilter':
      values.push(
        'filter',
        42,
        { nope: 1 },
        { kinds: 'xxx' },
        objectOf([['__proto__', { a: 1 }]]) as Value,
      );
      break;
    default:
      values.push('DATE_ASC', 1, new EnumValue('date_asc'), new EnumValue('NOPE'), true);
  }
  return values;
};

const MALFORMED_DATES = [
  '2024-02-30',
  '2024-13-01',
  '2023-02-29',
  '2024-1-1',
  '24-07-09',
  '2024-07-09T00:00:00Z',
  '2024-07-09 ',
  ' 2024-07-09',
  '2024/07/09',
  '',
  '0000-00-00',
  '2024',
  '2024-07',
  '2024-07-09\u0000',
  '２０２４-07-09',
  '2024\u221207\u221209',
  '9999-99-99',
  '+002024-07-09',
  '-2024-07-09',
  'today',
  'null',
];

/** Ints just past the documented ranges (1-2, 1-6, 1-25, 1-100, 1-500), and far past. */
const OUT_OF_RANGE: Value[] = [
  0,
  -1,
  3,
  7,
  26,
  101,
  501,
  2147483647,
  -2147483648,
  1_000_000,
  new RawLiteral('99999999999', 99999999999),
  new RawLiteral('1e400', 1e300),
  new RawLiteral('-0', -0),
];

type Mistake = [string, (operation: Operation, n: number) => fc.Arbitrary<Operation>];

const MISTAKES: Mistake[] = [
  [
    'unknown-field',
    (operation, n) =>
      fc.constantFrom(...BAD_NAMES).map((name) => {
        const fields = fieldsOf(operation.selections);
        const unknown: FieldSelection = { field: name, args: [] };
        if (!fields.length) return { ...operation, selections: [...operation.selections, unknown] };
        return {
          ...operation,
          selections: replaceField(operation.selections, n % fields.length, (field) =>
            field.selections?.length
              ? [{ ...field, selections: [...field.selections, unknown] }]
              : [field, unknown],
          ),
        };
      }),
  ],
  [
    'unknown-argument',
    (operation, n) =>
      fc.tuple(fc.constantFrom(...BAD_NAMES), fc.boolean()).map(([name, asVariable]) => {
        const fields = fieldsOf(operation.selections);
        const extra: Arg = { name, value: 'x', type: 'String', asVariable };
        return {
          ...operation,
          selections: replaceField(operation.selections, n % fields.length, (field) => [
            { ...field, args: [...field.args, extra] },
          ]),
        };
      }),
  ],
  [
    'wrong-argument-type',
    argumentMistake(
      () => true,
      (arg) => fc.constantFrom(...badValues(arg)).map((value) => ({ ...arg, value })),
    ),
  ],
  [
    'missing-required-argument',
    argumentMistake(
      (arg) => arg.type.endsWith('!'),
      () => fc.constant(null),
    ),
  ],
  [
    'bad-enum',
    argumentMistake(
      (arg) => holds(arg.value, (value) => value instanceof EnumValue),
      (arg) =>
        fc
          .constantFrom<Value>(
            new EnumValue('NOPE'),
            new EnumValue('date_asc'),
            new EnumValue('investment'),
            'INVESTMENT',
            'DATE_ASC',
            1,
            new EnumValue('true'),
            new EnumValue('null'),
          )
          .map((bad) => ({
            ...arg,
            value: replaceLeaves(arg.value ?? null, (value) => value instanceof EnumValue, [bad]),
          })),
    ),
  ],
  [
    'int-out-of-range',
    argumentMistake(
      (arg) => namedTypeOf(arg) === 'Int',
      (arg) => fc.constantFrom(...OUT_OF_RANGE).map((value) => ({ ...arg, value })),
    ),
  ],
  [
    'malformed-date',
    argumentMistake(
      (arg) => holds(arg.value, isDateLike),
      (arg) =>
        fc.constantFrom(...MALFORMED_DATES).map((bad) => ({
          ...arg,
          value: replaceLeaves(arg.value ?? null, isDateLike, [bad]),
        })),
    ),
  ],
  [
    'variable-declared-type',
    argumentMistake(
      (arg) => arg.asVariable,
      (arg) =>
        fc
          .constantFrom('String', 'Int', 'Boolean!', '[ID!]!', 'FactFilter', 'NoSuchType', 'Date!')
          .map((type) => ({ ...arg, type })),
    ),
  ],
  [
    'variable-wrong-value',
    argumentMistake(
      (arg) => arg.asVariable,
      (arg) =>
        fc
          .constantFrom<unknown>({}, [], 'x', 1.5, true, { $ne: null }, [[1]], null, '2024-13-01')
          .map((json) => ({ ...arg, value: new RawLiteral('null', json) })),
    ),
  ],
  [
    'variable-missing',
    argumentMistake(
      (arg) => arg.asVariable && arg.type.endsWith('!'),
      (arg) => fc.constant({ ...arg, value: undefined }),
    ),
  ],
  [
    'variable-undeclared',
    argumentMistake(
      () => true,
      (arg) =>
        fc
          .constantFrom('$undeclared', '$v99', '$__proto__', '$constructor')
          .map((name) => ({ ...arg, asVariable: false, value: new RawLiteral(name, null) })),
    ),
  ],
  [
    'variable-unused',
    (operation) =>
      fc
        .constantFrom('$unused: String', '$u: Int = 3', '$w: [ID!]! = ["openai"]', '$x: Nope')
        .map((definition) => ({ ...operation, extraDefinitions: [definition] })),
  ],
  [
    // Not a mistake for GraphQL, which ignores values of variables never declared.
    'variable-undeclared-value',
    (operation) =>
      fc
        .constantFrom<Record<string, unknown>>(
          { extra: 'x' },
          { v99: { $ne: null } },
          JSON.parse('{"__proto__": {"v1": "openai"}}'),
        )
        .map((extraVariables) => ({ ...operation, extraVariables })),
  ],
  [
    'leaf-with-selection',
    (operation, n) => {
      const leaves = fieldsOf(operation.selections)
        .map((field, index) => [field, index] as const)
        .filter(([field]) => field.selections === undefined);
      const [, index] = pick(leaves, n) ?? [undefined, 0];
      return fc.constant({
        ...operation,
        selections: replaceField(operation.selections, index, (field) => [
          { ...field, selections: [{ field: 'id', args: [] }] },
        ]),
      });
    },
  ],
  [
    'object-without-selection',
    (operation, n) => {
      const objects = fieldsOf(operation.selections)
        .map((field, index) => [field, index] as const)
        .filter(([field]) => field.selections !== undefined);
      const chosen = pick(objects, n);
      if (!chosen) return fc.constant(operation);
      return fc.constant({
        ...operation,
        selections: replaceField(operation.selections, chosen[1], (field) => [
          { ...field, selections: [] },
        ]),
      });
    },
  ],
];

/** A mistake in the text: cut short, a character added, dropped or doubled. */
const textMistake = (text: string): fc.Arbitrary<[string, string]> =>
  fc
    .tuple(
      fc.nat({ max: Math.max(text.length - 1, 0) }),
      fc.constantFrom(
        '{',
        '}',
        '(',
        ')',
        ':',
        '$',
        '"',
        '!',
        '@',
        '#',
        '\\',
        '\u0000',
        '\u2026',
        '...',
        'query',
        ',',
        '=',
        '[',
      ),
      fc.constantFrom('truncate', 'insert', 'delete', 'duplicate'),
    )
    .map(([at, piece, how]) => {
      switch (how) {
        case 'truncate':
          return [how, text.slice(0, at)];
        case 'insert':
          return [how, text.slice(0, at) + piece + text.slice(at)];
        case 'delete':
          return [how, text.slice(0, at) + text.slice(at + 1)];
        default:
          return [how, text.slice(0, at) + text.slice(at, at + 8) + text.slice(at)];
      }
    });

/** Requests whose types are right but which the resolvers refuse (BAD_USER_INPUT). */
const REFUSED: string[] = [
  '{ entity { id } }',
  '{ entity(id: "openai", name: "OpenAI") { id } }',
  '{ entity(id: null, name: null) { id } }',
  '{ shortestPaths(from: "openai", to: "openai") { length } }',
  '{ patentRanking(by: APPLICANT, from: "2025-01-01", to: "2020-01-01") { rank } }',
  '{ facts(filter: { from: "2025-01-01", to: "2020-01-01" }) { totalCount } }',
  '{ entity(id: "openai") { timeline(from: "2025-01-01", to: "2020-01-01") { change } } }',
  '{ entities(filter: { countries: ["cn"] }) { totalCount } }',
  '{ entities(filter: { countries: ["CHN"] }) { totalCount } }',
  '{ search(query: "!!! ???") { totalCount } }',
  '{ search(query: "   ") { totalCount } }',
  `{ search(query: "${'a '.repeat(17)}") { totalCount } }`,
  `{ search(query: "${'q'.repeat(201)}") { totalCount } }`,
  '{ entitiesByName(name: "  ") { id } }',
  `{ entitiesByName(name: "${'n'.repeat(201)}") { id } }`,
  '{ facts(after: "garbage") { totalCount } }',
  `{ facts(after: "${cursor(['entities:NAME_ASC', 'a', 'b'])}") { totalCount } }`,
  `{ entities(after: "${cursor(['entities:NAME_DESC', 'a', 'b'])}") { totalCount } }`,
  `{ entities(after: "${cursor(['entities:NAME_ASC', 1, 2])}") { totalCount } }`,
  `{ search(query: "openai", after: "${cursor(['search:azure', 1, 'x'])}") { totalCount } }`,
  `{ search(query: "openai", after: "${cursor(['search:openai', 'x', 1])}") { totalCount } }`,
  `{ nodes(ids: ${JSON.stringify(Array.from({ length: 101 }, (_, i) => `id-${i}`))}) { id } }`,
  `{ facts(filter: { kinds: ${JSON.stringify(Array.from({ length: 51 }, (_, i) => `k${i}`))} }) { totalCount } }`,
  '{ neighbourhood(id: "openai", depth: 3) { truncated } }',
  '{ shortestPaths(from: "openai", to: "cn", maxHops: 7) { length } }',
  '{ shortestPaths(from: "openai", to: "cn", first: 26) { length } }',
  '{ patentRanking(by: JURISDICTION, first: 101) { rank } }',
  '{ entity(id: "openai") { ... on Organization { products(first: 501) { id } } } }',
];

/** A request with one mistake, or one the resolvers refuse. */
export const nearlyValid: fc.Arbitrary<Omit<FuzzRequest, 'class'>> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc
      .tuple(validOperation, fc.nat(), fc.constantFrom(...MISTAKES))
      .chain(([operation, n, [kind, mistake]]) =>
        mistake(operation, n).map((changed) => ({ kind, ...render(changed) })),
      ),
  },
  {
    weight: 2,
    arbitrary: validOperation.chain((operation) => {
      const { query, variables } = render(operation);
      return textMistake(query).map(([how, text]) => ({
        kind: `syntax-${how}`,
        query: text,
        variables,
      }));
    }),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom(...REFUSED).map((query) => ({
      kind: 'refused',
      query,
      variables: {},
    })),
  },
);

// --- Hostile requests ---------------------------------------------------------------------------

/** Cypher that would change the graph if it were ever spliced into a statement. */
export const CYPHER = [
  '"}) MATCH (n) DETACH DELETE n //',
  "'}) MATCH (n) DETACH DELETE n //",
  "openai'}) MATCH (n) DETACH DELETE n RETURN 1 //",
  '" OR 1=1 WITH 1 AS x MATCH (n) DETACH DELETE n //',
  '`) DETACH DELETE n //',
  "') CREATE (:Pwned {at: timestamp()}) //",
  "' UNION MATCH (n) SET n.hash = 'x' RETURN n //",
  '*/ MATCH (n) DETACH DELETE n /*',
  '\\u0027}) MATCH (n) DETACH DELETE n //',
  "openai' OR '1'='1",
  '$id',
  '{id: $id}',
  "CALL db.index.fulltext.drop('entity_names')",
  'CALL apoc.periodic.iterate("MATCH (n) RETURN n", "DETACH DELETE n", {})',
  "LOAD CSV FROM 'http://example.com/x.csv' AS row CREATE (:Row)",
  '}) RETURN 1; MATCH (n) DETACH DELETE n; //',
  '$(labels)',
  ':Record',
];

/** Lucene query syntax, for the full-text search. */
export const LUCENE = [
  '*',
  '?',
  'micro*',
  'name:openai',
  '"exact phrase"',
  'openai~',
  'openai~10',
  'openai AND microsoft OR NOT azure',
  '(openai',
  'openai)',
  '[a TO z]',
  '{a TO z}',
  '/re.*gex/',
  '\\',
  '+openai -microsoft',
  'openai^100',
  '&& || ! ( ) { } [ ] ^ " ~ * ? : \\ /',
  'AND',
  'OR OR OR',
  'a* b* c* d* e* f* g* h* i* j* k* l* m* n* o* p*',
];

export const ODD_UNICODE = [
  '\u202E',
  '\u202Eopenai',
  'open\u202Eai',
  '\u{1F600}',
  '\u{1F468}\u200D\u{1F469}\u200D\u{1F467}',
  '\uD800',
  '\uDC00',
  'a\uDBFFb',
  'openai\uD83D',
  '\uFEFFopenai',
  'open\u200Bai',
  'o\u0336\u0321p\u0338e\u0335n\u0337a\u0334i\u0336',
  '\uFF4F\uFF50\uFF45\uFF4E\uFF41\uFF49',
  '\u0130',
  'stra\u00DFe',
  '\uFB01',
  '\u5FAE\u8F6F',
  '\u0645\u0627\u064A\u0643\u0631\u0648\u0633\u0648\u0641\u062A',
  '\u0301'.repeat(50),
  '\u0000',
  'openai\u0000',
  '\u0000'.repeat(20),
  '\r\n\t\v\f\b',
  '\u2028\u2029',
  '\uFFFF\uFFFE',
  '\u{10FFFF}',
];

const MISC = [
  '{"$ne": null}',
  '[object Object]',
  'null',
  'undefined',
  'NaN',
  '-1',
  '1e309',
  '../../../etc/passwd',
  '%s%n%x%d',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a template injection, on purpose.
  '${7*7}',
  '{{7*7}}',
  '<script>alert(1)</script>',
  "'; DROP TABLE entities; --",
  '__proto__',
  'constructor',
  ' ',
  '',
  'openai'.repeat(40),
];

/** A hostile string of modest size. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...CYPHER) },
  { weight: 3, arbitrary: fc.constantFrom(...LUCENE) },
  { weight: 3, arbitrary: fc.constantFrom(...ODD_UNICODE) },
  { weight: 2, arbitrary: fc.constantFrom(...MISC) },
  {
    weight: 2,
    arbitrary: fc
      .tuple(
        fc.constantFrom('openai', 'microsoft', 'cn', ''),
        fc.constantFrom(...CYPHER, ...LUCENE, ...ODD_UNICODE),
      )
      .map(([prefix, payload]) => prefix + payload),
  },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary-ascii', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 20 }) },
);

/** A string of up to ~90 kB (fewer characters when each weighs more once JSON-encoded). */
const hugeString: fc.Arbitrary<string> = fc
  .tuple(
    fc.constantFrom(
      ['x', 1],
      ['a ', 2],
      ['\u00E9', 2],
      ['\u{1F600}', 4],
      ['\u0000', 7],
      ['openai ', 7],
      ['"}) MATCH (n) DETACH DELETE n //', 36],
    ),
    fc.integer({ min: 1_000, max: 88_000 }),
  )
  .map(([[unit, weight], bytes]) =>
    (unit as string).repeat(Math.floor(bytes / (weight as number) / (unit as string).length) || 1),
  );

/** Root fields with an argument that takes text (String, ID or Date, maybe in an input object). */
const textRootFields = rootFields.filter((field) =>
  field.args.some((arg) => {
    const named = getNamedType(arg.type);
    return (
      ['String', 'ID', 'Date'].includes(named.name) ||
      (isInputObjectType(named) &&
        Object.values(named.getFields()).some((inner) =>
          ['String', 'ID', 'Date'].includes(getNamedType(inner.type).name),
        ))
    );
  }),
);

/** A valid operation on one root field, all its arguments given, to put hostile text in. */
const textOperation = fc
  .tuple(fc.constantFrom(...textRootFields), fc.integer({ min: 0, max: 1 }))
  .chain(([field, depth]) => rootField(field, depth, true))
  .map((field): Operation => ({ selections: [field] }));

/**
 * The operation with the texts in its arguments replaced by `texts`, in turn: every text, or
 * only the first `max`; days too when `days`, else those stay valid so that the other texts
 * get past the Date checks to the resolvers.
 */
function withTexts(
  operation: Operation,
  texts: string[],
  days: boolean,
  max = Infinity,
): Operation {
  let replaced = 0;
  const value = (item: Value): Value => {
    if (typeof item === 'string' && (days || !isDateLike(item))) {
      return replaced < max ? (texts[replaced++ % texts.length] ?? item) : item;
    }
    if (Array.isArray(item)) return item.map(value);
    if (item !== null && typeof item === 'object' && !(item instanceof EnumValue)) {
      if (item instanceof RawLiteral) return item;
      return Object.fromEntries(Object.entries(item).map(([key, inner]) => [key, value(inner)]));
    }
    return item;
  };
  const walk = (list: Selection[]): Selection[] =>
    list.map((selection) =>
      isField(selection)
        ? {
            ...selection,
            args: selection.args.map((arg) => ({ ...arg, value: value(arg.value ?? null) })),
            ...(selection.selections ? { selections: walk(selection.selections) } : {}),
          }
        : { on: selection.on, selections: walk(selection.selections) },
    );
  return { ...operation, selections: walk(operation.selections) };
}

const times = (n: number, make: (i: number) => string, separator = ' ') =>
  Array.from({ length: n }, (_, i) => make(i)).join(separator);

/** Nested deeper than the limits allow, or nearly. */
const deepNesting: fc.Arbitrary<Omit<FuzzRequest, 'class'>> = fc
  .tuple(
    fc.integer({ min: 2, max: 80 }),
    fc.integer({ min: 2, max: 1_000 }),
    fc.constantFrom(
      'parent',
      'connections',
      'list',
      'object',
      'fragments',
      'variables',
      'introspection',
    ),
  )
  .map(([levels, many, how]) => {
    switch (how) {
      case 'parent':
        return {
          kind: 'deep-parent',
          query: `{ entity(id: "openai") { ${'... on Organization { parent { '.repeat(levels)}id${' } }'.repeat(levels)} } }`,
          variables: {},
        };
      case 'connections':
        return {
          kind: 'deep-connections',
          query: `{ entity(id: "microsoft") { ${'facts(first: 2) { edges { node { involves { entity { '.repeat(levels % 12)}id${' } } } } }'.repeat(levels % 12)} } }`,
          variables: {},
        };
      case 'list':
        return {
          kind: 'deep-list-literal',
          query: `{ nodes(ids: ${'['.repeat(many)}"openai"${']'.repeat(many)}) { id } }`,
          variables: {},
        };
      case 'object':
        return {
          kind: 'deep-object-literal',
          query: `{ facts(filter: ${'{ kinds: '.repeat(levels)}"x"${' }'.repeat(levels)}) { totalCount } }`,
          variables: {},
        };
      case 'fragments':
        return {
          kind: 'deep-inline-fragments',
          query: `{ ${'... on Query { '.repeat(many)}__typename${' }'.repeat(many)} }`,
          variables: {},
        };
      case 'variables':
        return {
          kind: 'deep-variables',
          query:
            'query($ids: [ID!]!, $f: FactFilter) { nodes(ids: $ids) { id } facts(filter: $f) { totalCount } }',
          variables: {
            ids: JSON.parse(`${'['.repeat(many)}"openai"${']'.repeat(many)}`),
            f: JSON.parse(`${'{"kinds":'.repeat(levels)}"x"${'}'.repeat(levels)}`),
          },
        };
      default:
        return {
          kind: 'deep-introspection',
          query: `{ __schema { types { ${'fields { type { '.repeat(levels % 20)}name${' } }'.repeat(levels % 20)} } } __type(name: "Organization") { ${'fields { type { ofType { '.repeat(levels % 10)}name${' } } }'.repeat(levels % 10)} } }`,
          variables: {},
        };
    }
  });

const LIGHT_FIELDS = [
  'entity(id: "openai") { id }',
  '__typename',
  'node(id: "cn") { id }',
  'database { version }',
  'search(query: "azure", first: 1) { totalCount }',
  'fact(id: "eo-14110-signed") { id }',
];

const BAD_DIRECTIVES = [
  '@deprecated',
  '@specifiedBy(url: "x")',
  '@foo(bar: 1)',
  '@skip',
  '@include(if: "yes")',
  '@skip(if: true) @skip(if: false)',
  '@include(if: $undeclared)',
  '@skip(if: null)',
];

/** A field with directives, which go after its arguments and before its selections. */
const withDirectives = (field: string, directives: string) => {
  const braces = field.indexOf(' {');
  return braces < 0
    ? `${field} ${directives}`
    : `${field.slice(0, braces)} ${directives}${field.slice(braces)}`;
};

/** Many aliases, directives, tokens, operations or fragments. */
const manyThings: fc.Arbitrary<Omit<FuzzRequest, 'class'>> = fc
  .tuple(
    fc.integer({ min: 1, max: 300 }),
    fc.constantFrom(...LIGHT_FIELDS),
    fc.constantFrom(
      'aliases',
      'directives',
      'unknown-directives',
      'tokens',
      'fragment-bomb',
      'operations',
      'spreads',
    ),
  )
  .map(([n, field, how]) => {
    switch (how) {
      case 'aliases':
        return {
          kind: 'many-aliases',
          query: `{ ${times(n, (i) => `a${i}: ${field}`)} }`,
          variables: {},
        };
      case 'directives': {
        const directives = times(n % 40, (i) =>
          i % 2 ? '@include(if: $yes)' : '@skip(if: false)',
        );
        return {
          kind: 'many-directives',
          query: `query($yes: Boolean = true) { ${withDirectives(field, directives)} }`,
          variables: {},
        };
      }
      case 'unknown-directives':
        return {
          kind: 'bad-directives',
          query: `{ ${withDirectives(field, pick(BAD_DIRECTIVES, n) ?? '')} }`,
          variables: {},
        };
      case 'tokens':
        return { kind: 'many-tokens', query: `{ ${'__typename '.repeat(n * 20)} }`, variables: {} };
      case 'fragment-bomb': {
        const levels = n % 36;
        const fragments = [
          'fragment F0 on Query { __typename entity(id: "openai") { id } }',
          ...Array.from(
            { length: levels },
            (_, i) => `fragment F${i + 1} on Query { ...F${i} ...F${i} }`,
          ),
        ];
        return {
          kind: 'fragment-bomb',
          query: `{ ...F${levels} } ${fragments.join(' ')}`,
          variables: {},
        };
      }
      case 'operations':
        return {
          kind: 'many-operations',
          query: times((n % 50) + 2, (i) => `query Q${i} { ${field} }`),
          variables: {},
        };
      default:
        return {
          kind: 'fragment-spreads',
          query: `{ ${times(n, () => '...F')} } fragment F on Query { ${field} }`,
          variables: {},
        };
    }
  });

/** Fragments and operations that cannot be, or that name things after Object.prototype. */
const ODD_DOCUMENTS = [
  'fragment F on Query { ...F } { ...F }',
  'fragment A on Query { ...B } fragment B on Query { ...A } { ...A }',
  '{ ...Missing }',
  'fragment F on Organization { id } { ...F }',
  'fragment F on Query { __typename } { __typename }',
  'fragment __proto__ on Query { __typename } { ...__proto__ }',
  'fragment constructor on Query { __typename } { ...constructor }',
  'fragment toString on Query { __typename } { ...toString }',
  'query __proto__ { __typename }',
  '{ __proto__: entity(id: "openai") { id } constructor: entity(id: "cn") { id } }',
  '{ toString: __typename hasOwnProperty: __typename valueOf: __typename }',
  'query($constructor: ID = "openai") { entity(id: $constructor) { id } }',
  'query($__proto__: ID = "openai") { entity(id: $__proto__) { id } }',
  'query($toString: ID!) { entity(id: $toString) { id } }',
  'query($hasOwnProperty: ID!) { node(id: $hasOwnProperty) { id } }',
  'mutation { entity(id: "openai") { id } }',
  'subscription { entity(id: "openai") { id } }',
  'mutation M { __typename }',
  'query A { __typename } query A { __typename }',
  'query A { __typename } query B { __typename }',
  '{ __typename } { __typename }',
  '{ entity(id: "openai") { ... on Region { code } ... on Fact { id } } }',
  '{ entity(id: "openai") { ... on Nope { id } } }',
  '{ entity(id: "openai") { ... { id } } }',
  '{ node(id: "openai") { ... on Entity { ... on Node { ... on Fact { ... on Entity { id } } } } } }',
  '{ __type(name: "__proto__") { name } }',
  '{ __type(name: "constructor") { name } }',
  '{ __schema { queryType { name } mutationType { name } } }',
  'extend type Query { pwned: String } { __typename }',
  'type Pwned { id: ID } { __typename }',
  'schema { query: Query }',
  '{ entity(id: """block "quoted" string""") { id } }',
  '{ entity(id: "openai", id: "cn") { id } }',
  '{ entities(filter: { types: [ORGANIZATION], types: [PERSON] }) { totalCount } }',
];

/** Variables named after Object.prototype, given a value: [document, variables as JSON]. */
const ODD_VARIABLE_NAMES: [string, string][] = [
  ['query($__proto__: ID!) { entity(id: $__proto__) { id } }', '{"__proto__": "openai"}'],
  [
    'query($__proto__: ID!) { shortestPaths(from: $__proto__, to: "cn") { length } }',
    '{"__proto__": "openai"}',
  ],
  ['query($__proto__: [ID!]!) { nodes(ids: $__proto__) { id } }', '{"__proto__": ["openai"]}'],
  ['query($constructor: ID!) { entity(id: $constructor) { id } }', '{"constructor": "openai"}'],
  ['query($constructor: ID!) { entity(id: $constructor) { id } }', '{}'],
  [
    'query($toString: String!) { search(query: $toString) { totalCount } }',
    '{"toString": "azure"}',
  ],
  ['query($toString: String!) { search(query: $toString) { totalCount } }', '{}'],
  ['query($valueOf: Date) { facts(asOf: $valueOf) { totalCount } }', '{}'],
  [
    'query($__proto__: FactFilter) { facts(filter: $__proto__) { totalCount } }',
    '{"__proto__": {"kinds": ["cloud"]}}',
  ],
  ['query($__proto__: Int) { facts(first: $__proto__) { totalCount } }', '{"__proto__": 500}'],
];

/** Variables of the wrong shape: objects and arrays for scalars, keys named after prototypes. */
const VARIABLE_SHAPES: unknown[] = [
  { $ne: null },
  { $gt: '' },
  ['openai'],
  [['openai']],
  { toString: 'x' },
  { valueOf: 1, toString: 1 },
  { toJSON: 'x' },
  JSON.parse('{"__proto__": {"admin": true}}'),
  { constructor: { prototype: { polluted: true } } },
  { length: 1, 0: 'a' },
  1e308,
  -0,
  true,
  '',
  {},
  [],
  [null],
  [{}],
];

const variableShapes: fc.Arbitrary<Omit<FuzzRequest, 'class'>> = fc
  .tuple(
    textOperation,
    fc.array(fc.constantFrom(...VARIABLE_SHAPES), { minLength: 1, maxLength: 4 }),
    fc.constantFrom('values', 'proto-keys', 'top-level'),
    fc.constantFrom<unknown>([], 'x', 42, true, [{ v1: 'openai' }], '{"v1":"openai"}'),
  )
  .map(([operation, shapes, how, topLevel]) => {
    const allVariables: Operation = {
      selections: operation.selections.map((selection) =>
        isField(selection)
          ? { ...selection, args: selection.args.map((arg) => ({ ...arg, asVariable: true })) }
          : selection,
      ),
    };
    const { query, variables } = render(allVariables);
    const names = Object.keys(variables);
    if (how === 'values') {
      const shaped = objectOf(names.map((name, i) => [name, shapes[i % shapes.length]]));
      return { kind: 'variable-shapes', query, variables: shaped };
    }
    if (how === 'proto-keys') {
      const polluted = JSON.parse(
        '{"__proto__": {"v1": "openai", "isAdmin": true}, "constructor": {"prototype": {"v1": "x"}}}',
      ) as Record<string, unknown>;
      const inner = objectOf(
        names.map((name) => {
          const value = variables[name];
          return [
            name,
            value !== null && typeof value === 'object' && !Array.isArray(value)
              ? objectOf([...Object.entries(value), ['__proto__', { kinds: ['x'] }]])
              : value,
          ];
        }),
      );
      return {
        kind: 'variable-proto-keys',
        query,
        variables: objectOf([...Object.entries(polluted), ...Object.entries(inner)]),
      };
    }
    return { kind: 'variables-not-an-object', query, variables: topLevel };
  });

const PUNCTUATION = ['{', '}', '(', ')', '[', ']', ':', '$', '@', '...', '!', '=', '|', '&', '#'];
const WORDS = [
  'query',
  'fragment',
  'on',
  'entity',
  'id',
  '"x"',
  '1',
  'true',
  'null',
  'Organization',
];

/** Text that is hardly a document at all. */
const garbage: fc.Arbitrary<Omit<FuzzRequest, 'class'>> = fc
  .oneof(
    fc.string({ unit: 'binary', maxLength: 200 }),
    fc.string({ unit: 'grapheme', maxLength: 100 }),
    fc
      .array(fc.constantFrom(...PUNCTUATION, ...WORDS), { maxLength: 60 })
      .map((tokens) => tokens.join(' ')),
    fc.constantFrom(
      '',
      ' ',
      '\uFEFF{ __typename }',
      '{ __typename }\u0000',
      '{ \u0000__typename }',
      '{ __typename } garbage',
      `# ${'c'.repeat(80_000)}\n{ __typename }`,
      `${' '.repeat(80_000)}{ __typename }`,
      `{ ${'x'.repeat(50_000)} }`,
      `query ${'Q'.repeat(50_000)} { __typename }`,
      `{ entity(id: "${'\\u0041'.repeat(10_000)}") { id } }`,
      '{ entity(id: "unterminated) { id } }',
      '{ entity(id: "\\x41") { id } }',
      '{ entity(id: "\\uZZZZ") { id } }',
      '{ entity(id: "\\u{1F600}") { id } }',
      '{ entity(id: "\\uD83D\\uDE00") { id } }',
      '{ entity(id: "\\uD800") { id } }',
      '{ \u00E9ntity(id: "openai") { id } }',
      '{ facts(first: 00) { totalCount } }',
      '{ facts(first: 1.) { totalCount } }',
      '{ facts(first: 0x10) { totalCount } }',
      '{ facts(first: 99999999999999999999999) { totalCount } }',
      '{ facts(first: -0) { totalCount } }',
      '{ facts(first: 1e400) { totalCount } }',
      '{ facts(first: NaN) { totalCount } }',
      '{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{',
      '}}}}',
      '"',
      '"""',
    ),
  )
  .map((query) => ({ kind: 'garbage', query, variables: {} }));

/** Something meant to hurt: odd text, deep or wide documents, odd variables, garbage. */
export const hostile: fc.Arbitrary<Omit<FuzzRequest, 'class'>> = fc.oneof(
  {
    weight: 5,
    arbitrary: fc
      .tuple(textOperation, fc.array(hostileString, { minLength: 1, maxLength: 3 }), fc.boolean())
      .map(([operation, texts, days]) => ({
        kind: 'hostile-text',
        ...render(withTexts(operation, texts, days)),
      })),
  },
  {
    weight: 1,
    arbitrary: fc.tuple(textOperation, hugeString).map(([operation, text]) => ({
      kind: 'huge-text',
      ...render(withTexts(operation, [text], false, 1)),
    })),
  },
  { weight: 2, arbitrary: deepNesting },
  { weight: 2, arbitrary: manyThings },
  {
    weight: 1,
    arbitrary: fc
      .constantFrom(...ODD_DOCUMENTS, ...ODD_VARIABLE_NAMES)
      .map((query) =>
        typeof query === 'string'
          ? { kind: 'odd-document', query, variables: {} }
          : { kind: 'odd-variable-name', query: query[0], variables: JSON.parse(query[1]) },
      ),
  },
  { weight: 2, arbitrary: variableShapes },
  { weight: 2, arbitrary: garbage },
);

// --- All together -----------------------------------------------------------------------------

const bodyBytes = (request: Omit<FuzzRequest, 'class'>): number => {
  try {
    return Buffer.byteLength(
      JSON.stringify({ query: request.query, variables: request.variables }),
    );
  } catch {
    return Number.POSITIVE_INFINITY;
  }
};

const inClass =
  (kind: FuzzClass) =>
  (request: Omit<FuzzRequest, 'class'>): FuzzRequest => {
    const full: FuzzRequest = { class: kind, ...request };
    // How fast-check shows a counterexample: huge texts cut short.
    Object.defineProperty(full, fc.toStringMethod, {
      value: () => describeRequest(full),
      enumerable: false,
    });
    return full;
  };

/** A generated request: 40% valid, 30% nearly valid, 30% hostile. */
export const fuzzRequest: fc.Arbitrary<FuzzRequest> = fc
  .oneof(
    {
      weight: 4,
      arbitrary: validOperation
        .map((op) => ({ kind: 'valid', ...render(op) }))
        .map(inClass('valid')),
    },
    { weight: 3, arbitrary: nearlyValid.map(inClass('nearly')) },
    { weight: 3, arbitrary: hostile.map(inClass('hostile')) },
  )
  .filter((request) => bodyBytes(request) <= MAX_BODY_BYTES);

const cut = (text: string, max: number) =>
  text.length > max ? `${text.slice(0, max)}... (${text.length} characters)` : text;

/** A request for a person: its class, kind, document and variables, huge texts cut short. */
export function describeRequest(request: FuzzRequest, max = 1_500): string {
  let variables: string;
  try {
    variables = JSON.stringify(request.variables);
  } catch {
    variables = String(request.variables);
  }
  return `${request.class}/${request.kind}\n  query: ${cut(JSON.stringify(request.query), max)}\n  variables: ${cut(variables ?? 'undefined', max)}`;
}

// --- What an answer must be -------------------------------------------------------------------

/**
 * The codes an error may carry; INTERNAL_SERVER_ERROR only with the masked message. BAD_REQUEST
 * (variables not an object) and OPERATION_RESOLUTION_FAILURE (several operations and no
 * operationName) are graphql-yoga's own codes for a malformed request, answered with 400.
 */
export const ALLOWED_CODES = new Set([
  'BAD_USER_INPUT',
  'GRAPHQL_VALIDATION_FAILED',
  'GRAPHQL_PARSE_FAILED',
  'LIMIT_EXCEEDED',
  'QUERY_TIMEOUT',
  'PERSISTED_QUERY_NOT_FOUND',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'INTERNAL_SERVER_ERROR',
]);

export const MASKED_MESSAGE = 'Unexpected error.';

/** What no error may show: internals of the server, its files or its database. */
const LEAKS: [RegExp, string][] = [
  [/\n\s*at\s/, 'a stack trace'],
  [/\bat [^\s()]+ \([^)]*:\d+:\d+\)/, 'a stack frame'],
  [/\/work\//, 'a file path (/work/)'],
  [/node_modules/, 'a file path (node_modules)'],
  [/file:\/\//, 'a file URL'],
  [/Neo4jError/, 'a Neo4j error class'],
  [/Neo\.(ClientError|DatabaseError|TransientError)/, 'a Neo4j status code'],
  [/bolt:\/\//, 'a Neo4j address (bolt://)'],
  [/neo4j(\+s|\+ssc)?:\/\//, 'a Neo4j address (neo4j://)'],
];

const INTERNAL_KEYS = ['stack', 'stacktrace', 'exception', 'originalError'];

export interface GraphQLError {
  message?: unknown;
  extensions?: Record<string, unknown> & { code?: unknown };
}

export interface Verdict {
  /** `200 ok`, or the status and the error codes: `400 GRAPHQL_VALIDATION_FAILED`. */
  outcome: string;
  /** What is wrong with the answer; empty when nothing is. */
  problems: string[];
  /** A masked INTERNAL_SERVER_ERROR: allowed, but for generated input a bug all the same. */
  internal: boolean;
  /** 200 with data and no errors. */
  success: boolean;
}

/** Judges an answer: no 5xx, every error coded and allowed, nothing internal shown. */
export function judge(status: number, body: unknown): Verdict {
  const problems: string[] = [];
  if (status >= 500) problems.push(`status ${status}`);
  const answer = (body ?? {}) as { data?: unknown; errors?: unknown };
  if (answer.errors !== undefined && !Array.isArray(answer.errors)) {
    problems.push('errors is not a list');
  }
  const errors = (Array.isArray(answer.errors) ? answer.errors : []) as GraphQLError[];
  const codes = new Set<string>();
  let internal = false;
  for (const error of errors) {
    const code = error.extensions?.code;
    const message = typeof error.message === 'string' ? error.message : '';
    const shown = JSON.stringify(message.slice(0, 200));
    codes.add(typeof code === 'string' ? code : 'NO_CODE');
    if (typeof code !== 'string') {
      problems.push(`an error without extensions.code: ${shown}`);
    } else if (!ALLOWED_CODES.has(code)) {
      problems.push(`an error with code ${code}: ${shown}`);
    } else if (code === 'INTERNAL_SERVER_ERROR') {
      internal = true;
      if (message !== MASKED_MESSAGE) problems.push(`an unmasked internal error: ${shown}`);
    }
    const text = JSON.stringify(error);
    for (const [pattern, what] of LEAKS) {
      if (pattern.test(text)) problems.push(`an error that shows ${what}: ${cut(text, 300)}`);
    }
    for (const key of INTERNAL_KEYS) {
      if (error.extensions && key in error.extensions) {
        problems.push(`an error with extensions.${key}`);
      }
    }
  }
  const success = status === 200 && errors.length === 0 && answer.data != null;
  const outcome = `${status} ${success ? 'ok' : [...codes].sort().join('+') || 'no errors'}`;
  return { outcome, problems, internal, success };
}

/** Statements the API sent that could write: there should never be any. */
export const WRITES = /\b(CREATE|MERGE|DELETE|DETACH|SET|REMOVE|DROP|LOAD\s+CSV)\b/i;

/** Counts of outcomes, by class and overall, for the summary of a run. */
export class FuzzStats {
  runs = 0;
  readonly byClass = new Map<FuzzClass, { runs: number; successes: number }>();
  readonly outcomes = new Map<string, number>();
  readonly kinds = new Map<string, number>();

  add(request: FuzzRequest, verdict: Verdict): void {
    this.runs += 1;
    const counts = this.byClass.get(request.class) ?? { runs: 0, successes: 0 };
    counts.runs += 1;
    if (verdict.success) counts.successes += 1;
    this.byClass.set(request.class, counts);
    const key = `${request.class.padEnd(7)} ${verdict.outcome}`;
    this.outcomes.set(key, (this.outcomes.get(key) ?? 0) + 1);
    const kind = `${request.class}/${request.kind}`;
    this.kinds.set(kind, (this.kinds.get(kind) ?? 0) + 1);
  }

  /** Successes among valid requests, 0 to 1. */
  validSuccessRate(): number {
    const valid = this.byClass.get('valid');
    return valid?.runs ? valid.successes / valid.runs : 0;
  }

  summary(): string {
    const lines = [`${this.runs} requests`];
    for (const [kind, counts] of [...this.byClass].sort()) {
      lines.push(
        `  ${kind.padEnd(8)} ${String(counts.runs).padStart(6)}  ${counts.successes} succeeded`,
      );
    }
    lines.push('outcomes (class, status, error codes):');
    for (const [outcome, count] of [...this.outcomes].sort((a, b) => b[1] - a[1])) {
      lines.push(`  ${String(count).padStart(6)}  ${outcome}`);
    }
    return lines.join('\n');
  }
}
