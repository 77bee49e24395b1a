import {
  type ArgumentNode,
  type DocumentNode,
  type FieldNode,
  type GraphQLField,
  type GraphQLSchema,
  getNamedType,
  getOperationAST,
  isCompositeType,
  isListType,
  isNonNullType,
  Kind,
  type SelectionSetNode,
  visit,
} from 'graphql';
import { type ComplexityEstimator, getComplexity } from 'graphql-query-complexity';
import { BOUNDS, type CountBound, MAX_IDS } from './args.js';
import { fieldsIn } from './selection.js';

/**
 * What a request may cost, computed on the operation with its variables and the schema's
 * defaults, before any resolver runs. A field costs 1 plus the cost of its selection, once per
 * item it may really return (`first`, `limit`, the ids given, ...), so nested lists multiply: `entity { timeline { fact { involves { entity { timeline { id } } } } } }`
 * costs 202,201, about 100 events × 10 entities × 100 events × 2 fields.
 */
export type RequestCost =
  | {
      outcome: 'counted';
      cost: number;
      /** The costliest branch, down to its last list: `entity.timeline.fact.involves`. */
      costliest: string;
    }
  /** Fragments that expand past the fields counted at most: refused uncounted. */
  | { outcome: 'tooManyFields' }
  /** No operation to run, or variables that do not fit it: execution refuses it by itself. */
  | { outcome: 'notExecutable' };

/**
 * Fields counted at most, fragments expanded, unless the token limit allows more fields written
 * (graphql-query-complexity's default). Counting 10,000 takes about 100 ms.
 */
export const MAX_COUNTED_FIELDS = 10_000;

/**
 * What a list with no count argument is taken to hold: the links of a record (a fact's parties
 * and sources, a region's members, a route's facts), whose number the data sets. The curated
 * seed's largest is 10 (a restriction's targets, products, imposer and policy).
 */
export const LINKED_RECORDS = 10;

/** A count argument as the resolver will take it; past the maximum the resolver refuses. */
function upTo(value: number | null | undefined, bound: CountBound): number {
  return Math.min(Math.max(value ?? bound.fallback, 0), bound.max);
}

type Args = Record<string, unknown>;
type CountArguments = Readonly<Record<string, CountBound>>;

const ENTITY_TYPES = ['Entity', 'Organization', 'Person', 'Region', 'Product', 'Policy'];

/**
 * Fields whose item count arguments set (their product), each with the bound the resolver
 * applies; connections are counted by `first` too (countArguments). A field counts its whole
 * selection once per item: `shortestPaths` once per step of each path, `neighbourhood` once per
 * fact it may read (`limit` in each of `depth` rings).
 */
const COUNT_ARGUMENTS: Readonly<Record<string, CountArguments>> = {
  'Query.patentRanking': { first: BOUNDS.patentRanking },
  'Coverage.topRegions': { first: BOUNDS.topRegions },
  'Query.shortestPaths': { first: BOUNDS.paths, maxHops: BOUNDS.maxHops },
  'Query.neighbourhood': { depth: BOUNDS.neighbourhoodDepth, limit: BOUNDS.neighbourhoodLimit },
  'Organization.subsidiaries': { first: BOUNDS.linkedFrom },
  'Organization.products': { first: BOUNDS.linkedFrom },
  ...Object.fromEntries(
    ENTITY_TYPES.map((type) => [`${type}.timeline`, { first: BOUNDS.timeline }]),
  ),
};

/** The arguments that set how many items a field may return, with their bounds; none: undefined. */
export function countArguments(
  parent: string,
  field: GraphQLField<unknown, unknown>,
): CountArguments | undefined {
  const declared = COUNT_ARGUMENTS[`${parent}.${field.name}`];
  if (declared) return declared;
  const returns = getNamedType(field.type).name;
  if (!returns.endsWith('Connection')) return undefined;
  return { first: returns === 'SearchConnection' ? BOUNDS.searchPage : BOUNDS.page };
}

/** Every argument that may set an item count: `first` of connections and `ids` of nodes too. */
const COUNT_ARGUMENT_NAMES = new Set([
  'first',
  'ids',
  ...Object.values(COUNT_ARGUMENTS).flatMap((counting) => Object.keys(counting)),
]);

/**
 * Lists already counted by the field above them: a connection's edges (its `first`), a path's
 * steps (`maxHops`), a neighbourhood's facts (`limit`). A neighbourhood's entities and edges are
 * the links of each of its facts.
 */
const COUNTED_ABOVE = new Set(['Path.steps', 'Neighbourhood.facts']);

function itemCount(parent: string, field: GraphQLField<unknown, unknown>, args: Args): number {
  const coordinate = `${parent}.${field.name}`;
  if (coordinate === 'Query.nodes') return Math.min((args.ids as unknown[]).length, MAX_IDS);
  const counting = countArguments(parent, field);
  if (counting) {
    return Object.entries(counting).reduce(
      (items, [name, bound]) => items * upTo(args[name] as number | null | undefined, bound),
      1,
    );
  }
  const nullable = isNonNullType(field.type) ? field.type.ofType : field.type;
  // A list of values (aliases) is one property; a list of records is one read per record.
  if (!isListType(nullable) || !isCompositeType(getNamedType(field.type))) return 1;
  if (COUNTED_ABOVE.has(coordinate) || (parent.endsWith('Connection') && field.name === 'edges'))
    return 1;
  return LINKED_RECORDS;
}

/**
 * The cost of one operation of `document` (the one `operationName` names) with `variables`,
 * counting at most `maxFields` fields (and fragment spreads).
 */
export function requestCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> | null | undefined,
  operationName?: string | null,
  maxFields = MAX_COUNTED_FIELDS,
): RequestCost {
  const operation = getOperationAST(document, operationName);
  if (!operation) return { outcome: 'notExecutable' };
  const counted = new Map<FieldNode, { cost: number; items: number }>();
  const estimator: ComplexityEstimator = ({ type, field, args, childComplexity, node }) => {
    // Introspection (__schema, __type, __typename) reads nothing from the graph.
    if (field.name.startsWith('__')) return 0;
    const items = itemCount(type.name, field, args);
    const cost = items * (1 + childComplexity);
    counted.set(node, { cost, items });
    return cost;
  };
  const fragments = document.definitions.filter(
    (definition) => definition.kind === Kind.FRAGMENT_DEFINITION,
  );
  let cost: number;
  try {
    cost = getComplexity({
      schema,
      // Only the operation that runs: the library would add up every operation of the document.
      query: { ...document, definitions: [operation, ...fragments] },
      variables: variables ?? {},
      estimators: [estimator],
      maxQueryNodes: maxFields,
    });
  } catch (error) {
    // The library's only error of its own; any other is a variable or argument that does not
    // coerce, which execution reports with its own words before any resolver runs.
    if (error instanceof Error && /maximum allowed number of nodes/.test(error.message))
      return { outcome: 'tooManyFields' };
    return { outcome: 'notExecutable' };
  }
  const byName = Object.fromEntries(fragments.map((fragment) => [fragment.name.value, fragment]));
  return { outcome: 'counted', cost, costliest: costliestBranch(operation.selectionSet) };

  /** Down the costliest field of each level, then cut after the last list on the way. */
  function costliestBranch(top: SelectionSetNode): string {
    const path: string[] = [];
    let throughLastList = 0;
    let set: SelectionSetNode | undefined = top;
    while (set) {
      let costliest: FieldNode | undefined;
      for (const field of fieldsIn(set, byName)) {
        const cost = counted.get(field)?.cost ?? 0;
        if (cost > 0 && cost > (costliest ? (counted.get(costliest)?.cost ?? 0) : 0))
          costliest = field;
      }
      if (!costliest) break;
      path.push(costliest.alias?.value ?? costliest.name.value);
      if ((counted.get(costliest)?.items ?? 1) > 1) throughLastList = path.length;
      set = costliest.selectionSet;
    }
    return path.slice(0, Math.max(throughLastList, 1)).join('.');
  }
}

type CostOf = typeof requestCost;

/** Costs kept per document and operation, for as many distinct counts as this. */
const COSTS_PER_OPERATION = 64;

/**
 * requestCost, remembered for a document (yoga's parse cache hands out the same object for the
 * same text) and operation. The cost depends on the variables only through the counts and the
 * directives (`@include(if: $x)`), so it is kept by the values of those variables alone: a client
 * paging with a new `after` each time, or asking about a new `id`, is counted once. Counting a
 * small request took about 25 µs of its CPU; a variable that does not fit its type is reported by
 * execution either way.
 */
export function rememberedCosts(compute: CostOf = requestCost): CostOf {
  const byDocument = new WeakMap<
    DocumentNode,
    Map<string, { counting: string[]; costs: Map<string, RequestCost> }>
  >();
  return (schema, document, variables, operationName, maxFields) => {
    let operations = byDocument.get(document);
    if (!operations) {
      operations = new Map();
      byDocument.set(document, operations);
    }
    const operationKey = operationName ?? '';
    let known = operations.get(operationKey);
    if (!known) {
      known = { counting: countingVariables(document), costs: new Map() };
      operations.set(operationKey, known);
    }
    const given = variables ?? {};
    // An absent variable takes its default, which a given null does not.
    const key = known.counting
      .map((name) => (name in given ? JSON.stringify(given[name]) : '-'))
      .join(',');
    let cost = known.costs.get(key);
    if (!cost) {
      cost = compute(schema, document, variables, operationName, maxFields);
      if (known.costs.size >= COSTS_PER_OPERATION) known.costs.clear();
      known.costs.set(key, cost);
    }
    return cost;
  };
}

/** The variables a count argument or a directive uses anywhere in the document, once each. */
export function countingVariables(document: DocumentNode): string[] {
  const names = new Set<string>();
  const collect = (argument: ArgumentNode) =>
    visit(argument.value, { Variable: (variable) => void names.add(variable.name.value) });
  visit(document, {
    Field: (field) =>
      field.arguments
        ?.filter((argument) => COUNT_ARGUMENT_NAMES.has(argument.name.value))
        .forEach(collect),
    Directive: (directive) => directive.arguments?.forEach(collect),
  });
  return [...names].sort();
}
