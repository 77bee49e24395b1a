import fc from 'fast-check';
import { getNamedType, isInputObjectType } from 'graphql';
import {
  EnumValue,
  type FuzzRequest,
  isField,
  type Operation,
  objectOf,
  RawLiteral,
  render,
  type Selection,
  type Value,
} from './document.js';
import { isDateLike, pick } from './nearlyValid.js';
import { rootField, rootFields } from './valid.js';

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
  "CALL db.index.fulltext.drop('entity_search')",
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

export const MISC = [
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
export const hugeString: fc.Arbitrary<string> = fc
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
export const textRootFields = rootFields.filter((field) =>
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
export const textOperation = fc
  .tuple(fc.constantFrom(...textRootFields), fc.integer({ min: 0, max: 1 }))
  .chain(([field, depth]) => rootField(field, depth, true))
  .map((field): Operation => ({ selections: [field] }));

/**
 * The operation with the texts in its arguments replaced by `texts`, in turn: every text, or
 * only the first `max`; days too when `days`, else those stay valid so that the other texts
 * get past the Date checks to the resolvers.
 */
export function withTexts(
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

export const times = (n: number, make: (i: number) => string, separator = ' ') =>
  Array.from({ length: n }, (_, i) => make(i)).join(separator);

/** Nested deeper than the limits allow, or nearly. */
export const deepNesting: fc.Arbitrary<Omit<FuzzRequest, 'class'>> = fc
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

export const LIGHT_FIELDS = [
  'entity(id: "openai") { id }',
  '__typename',
  'node(id: "cn") { id }',
  'database { version }',
  'search(query: "azure", first: 1) { totalCount }',
  'fact(id: "eo-14110-signed") { id }',
];

export const BAD_DIRECTIVES = [
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
export const withDirectives = (field: string, directives: string) => {
  const braces = field.indexOf(' {');
  return braces < 0
    ? `${field} ${directives}`
    : `${field.slice(0, braces)} ${directives}${field.slice(braces)}`;
};

/** Many aliases, directives, tokens, operations or fragments. */
export const manyThings: fc.Arbitrary<Omit<FuzzRequest, 'class'>> = fc
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
export const ODD_DOCUMENTS = [
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
export const ODD_VARIABLE_NAMES: [string, string][] = [
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
export const VARIABLE_SHAPES: unknown[] = [
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

export const variableShapes: fc.Arbitrary<Omit<FuzzRequest, 'class'>> = fc
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

export const PUNCTUATION = [
  '{',
  '}',
  '(',
  ')',
  '[',
  ']',
  ':',
  '$',
  '@',
  '...',
  '!',
  '=',
  '|',
  '&',
  '#',
];
export const WORDS = [
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
export const garbage: fc.Arbitrary<Omit<FuzzRequest, 'class'>> = fc
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
