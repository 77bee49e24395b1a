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
import {
  type Arg,
  EnumValue,
  type FieldSelection,
  type Operation,
  type Selection,
  type Value,
} from './document.js';

// --- The schema, and valid values --------------------------------------------------------

export const schema = buildSchema();
// biome-ignore lint/style/noNonNullAssertion: the schema has a Query type.
export const queryType = schema.getQueryType()!;

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
export const ENTITY_IDS = [
  ...SEED_IDS.organizations,
  ...SEED_IDS.people,
  ...SEED_IDS.regions,
  ...SEED_IDS.products,
  ...SEED_IDS.policies,
];
export const ALL_IDS = [...ENTITY_IDS, ...SEED_IDS.facts, ...SEED_IDS.sources, ...SEED_IDS.unknown];

export const id = (pool: string[]) =>
  fc.oneof(
    { weight: 8, arbitrary: fc.constantFrom(...pool) },
    { weight: 1, arbitrary: fc.constantFrom(...SEED_IDS.unknown) },
    { weight: 1, arbitrary: fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,20}$/) },
  );

export const cursor = (key: unknown[]) => Buffer.from(JSON.stringify(key)).toString('base64url');

/**
 * Cursors as the API writes them (base64url JSON: the ordering, then the sort key) with an
 * ordering that may fit and a key of odd values, or base64url of any JSON at all.
 */
export const oddCursor: fc.Arbitrary<string> = fc.oneof(
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
export const TEXTS: Record<string, fc.Arbitrary<string>> = {
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

export const ID_POOLS: Record<string, string[]> = {
  provider: [...SEED_IDS.organizations, ...SEED_IDS.products],
  region: SEED_IDS.regions,
  involving: ENTITY_IDS,
  from: ENTITY_IDS,
  to: ENTITY_IDS,
};

/** A calendar day, `YYYY-MM-DD`, 1990 to 2030. */
export const day = fc
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

export interface ArgContext {
  field: GraphQLField<unknown, unknown>;
  arg: GraphQLArgument;
  /** Below the root: keep page sizes small, so that a valid request stays under the cost limit. */
  nested: boolean;
}
export function validValue(
  type: GraphQLInputType,
  context: ArgContext,
  key: string,
): fc.Arbitrary<Value> {
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
export function orderedRange<T extends Record<string, unknown>>(values: T): T {
  const { from, to } = values;
  if (typeof from === 'string' && typeof to === 'string' && from > to) {
    return { ...values, from: to, to: from };
  }
  return values;
}

/** Arguments the resolvers want exactly one of. */
export const EXACTLY_ONE: Record<string, string[]> = { entity: ['id', 'name'] };

export type Field = GraphQLField<unknown, unknown>;

/**
 * Valid arguments of a field: the required ones and some optional ones, each inline or as a
 * variable. `after` is left out, as a valid cursor comes only from a page, except with `all`:
 * all the arguments, `after` with a cursor that may not fit, for hostile text to replace.
 */
export function validArgs(
  parent: GraphQLNamedType,
  field: Field,
  all = false,
): fc.Arbitrary<Arg[]> {
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
export function fixArgs(field: string, args: Arg[]): Arg[] {
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

export type Composite = GraphQLObjectType | GraphQLInterfaceType;

export function implementationsOf(type: GraphQLInterfaceType): Composite[] {
  const { objects, interfaces } = schema.getImplementations(type);
  return [...interfaces, ...objects];
}

export const selectionsMemo = new Map<string, fc.Arbitrary<Selection[]>>();

/** Now and then a directive that keeps the field. */
export const directive = fc.oneof(
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
export function validSelections(type: Composite, depth: number): fc.Arbitrary<Selection[]> {
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

export const rootFields = Object.values(queryType.getFields());

/** One root field, with valid arguments (all of them when `all`) and selections. */
export function rootField(field: Field, depth: number, all = false): fc.Arbitrary<FieldSelection> {
  const named = getNamedType(field.type);
  const selections =
    isObjectType(named) || isInterfaceType(named)
      ? validSelections(named, depth).map((list): Selection[] | undefined => list)
      : fc.constant(undefined);
  return fc
    .tuple(validArgs(queryType, field, all), selections)
    .map(([args, sub]) => ({ field: field.name, args, selections: sub }));
}

export const operationName = fc.option(fc.constantFrom('Fuzz', 'Q1', 'get_things'), {
  nil: undefined,
});

export const withName = (selections: Selection[], name: string | undefined): Operation =>
  name ? { selections, name } : { selections };

/** A valid operation: one to three root fields, one to three levels deep. */
export const validOperation: fc.Arbitrary<Operation> = fc
  .tuple(fc.constantFrom(0, 1, 1, 2), operationName)
  .chain(([depth, name]) =>
    validSelections(queryType, depth + 1).map((selections) => withName(selections, name)),
  );
