import fc from 'fast-check';
import {
  type Arg,
  EnumValue,
  type FieldSelection,
  type FuzzRequest,
  isField,
  type Operation,
  objectOf,
  RawLiteral,
  render,
  type Selection,
  type Value,
} from './document.js';
import { cursor, validOperation } from './valid.js';

// --- Walking and changing a document ----------------------------------------------------------

export function fieldsOf(selections: Selection[]): FieldSelection[] {
  return selections.flatMap((selection) =>
    isField(selection)
      ? [selection, ...fieldsOf(selection.selections ?? [])]
      : fieldsOf(selection.selections),
  );
}

/** The tree with its n-th field (in preorder) replaced by what `change` gives for it. */
export function replaceField(
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

export interface ArgRef {
  field: number;
  arg: Arg;
}

export function argsOf(selections: Selection[], keep: (arg: Arg) => boolean): ArgRef[] {
  return fieldsOf(selections).flatMap((field, index) =>
    field.args.filter(keep).map((arg) => ({ field: index, arg })),
  );
}

export function replaceArg(
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

export const pick = <T>(items: readonly T[], n: number): T | undefined => items[n % items.length];

/** Whether a value holds, anywhere, something `test` is true of. */
export function holds(value: Value | undefined, test: (value: Value) => boolean): boolean {
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
export function replaceLeaves(
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

export const namedTypeOf = (arg: Arg) => arg.type.replace(/[[\]!]/g, '');
export const isDateLike = (value: Value) =>
  typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value);

/**
 * Root fields that always carry arguments of every kind: a mistake that needs an Int, a Date,
 * an enum, a required argument or a variable has one to go in.
 */
export const carrier: fc.Arbitrary<FieldSelection[]> = fc
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

export const withCarrier = (operation: Operation) =>
  carrier.map((fields) => ({ ...operation, selections: [...operation.selections, ...fields] }));

/**
 * A mistake in one argument: the operation (with carrier fields when it has no argument that
 * fits) and an argument that fits, changed by `change`.
 */
export function argumentMistake(
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

export const BAD_NAMES = [
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

export const badValues = (arg: Arg): Value[] => {
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

export const MALFORMED_DATES = [
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
export const OUT_OF_RANGE: Value[] = [
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

export type Mistake = [string, (operation: Operation, n: number) => fc.Arbitrary<Operation>];

export const MISTAKES: Mistake[] = [
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
export const textMistake = (text: string): fc.Arbitrary<[string, string]> =>
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
export const REFUSED: string[] = [
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
