import { blockFieldSuggestionsPlugin } from '@escape.tech/graphql-armor-block-field-suggestions';
import { maxAliasesPlugin } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthPlugin } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesPlugin } from '@escape.tech/graphql-armor-max-directives';
import { maxTokensPlugin } from '@escape.tech/graphql-armor-max-tokens';
import { GraphQLError, type OperationDefinitionNode, type ValidationContext } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { RequestLimits } from '../config.js';
import { MAX_COUNTED_FIELDS, rememberedCosts } from '../graphql/cost.js';

/**
 * The request limits, each configurable (see README, "Configuration"): a request over one is
 * refused before any resolver runs, with a message that names the limit and its value.
 * graphql-armor's for depth, aliases, tokens and directives (max-depth 2.4.2 has the
 * fragment-cache and `__schema` bypasses fixed); our own for cost, which needs the variables.
 */
export function requestLimitPlugins(limits: RequestLimits, production: boolean): Plugin[] {
  // Report a refusal as a validation error (armor's default throws it, which yoga answers
  // with 200 and no code).
  const report = {
    exposeLimits: true,
    propagateOnRejection: false,
    onReject: [
      (context: ValidationContext | null, error: GraphQLError) => context?.reportError(error),
    ],
  };
  const plugins: Plugin[] = [
    maxTokensPlugin({ n: limits.maxTokens }) as Plugin,
    maxDepthPlugin({ ...report, n: limits.maxDepth, ignoreIntrospection: true }) as Plugin,
    costLimit(limits),
    maxAliasesPlugin({ ...report, n: limits.maxAliases }) as Plugin,
    maxDirectivesPlugin({ ...report, n: limits.maxDirectives }) as Plugin,
    refusedRequestsAreClientErrors,
  ];
  // Suggestions ("did you mean ...?") help in development and map the schema for an attacker.
  if (production) plugins.push(blockFieldSuggestionsPlugin() as Plugin);
  return plugins;
}

const LIMIT_NAMES: [RegExp, string][] = [
  [/token limit/i, 'GRAPHQL_MAX_TOKENS'],
  [/depth limit/i, 'GRAPHQL_MAX_DEPTH'],
  [/aliases limit/i, 'GRAPHQL_MAX_ALIASES'],
  [/directives limit/i, 'GRAPHQL_MAX_DIRECTIVES'],
];

/**
 * Refuses an operation that may cost more than `maxCost` (src/graphql/cost.ts). Validation rules
 * do not see the variables, and `first: $n` must count as much as `first: 500`, so the cost is
 * computed when execution starts, with the variables, and a refusal stops it before any resolver.
 */
/** The cost of each admitted operation, by its context, for admission control's lanes. */
const admittedCosts = new WeakMap<object, number>();

/** What the operation executing in `context` may cost; undefined if not counted. */
export function costOf(context: object): number | undefined {
  return admittedCosts.get(context);
}

function costLimit({ maxCost, maxTokens }: RequestLimits): Plugin {
  // A request may write as many fields as the token limit allows, and repeat them through
  // fragments up to MAX_COUNTED_FIELDS; past that it is refused without counting further.
  const maxFields = Math.max(MAX_COUNTED_FIELDS, maxTokens);
  const requestCost = rememberedCosts();
  return {
    onExecute: ({ args, context, setResultAndStopExecution }) => {
      const measured = requestCost(
        args.schema,
        args.document,
        args.variableValues,
        args.operationName,
        maxFields,
      );
      if (measured.outcome === 'notExecutable') return;
      if (measured.outcome === 'counted' && measured.cost <= maxCost) {
        admittedCosts.set(context, measured.cost);
        return;
      }
      const refusal =
        measured.outcome === 'counted'
          ? {
              message: `This request may cost ${measured.cost}, over the cost limit of ${maxCost}; its costliest field is ${measured.costliest}. Each list counts its selection once per item it may return (first, limit, depth, maxHops, ids), so nested lists multiply: ask for fewer items or fewer nested lists.`,
              limit: 'GRAPHQL_MAX_COST',
              cost: measured.cost,
            }
          : {
              message: `This request has more than ${maxFields} fields once its fragments are expanded; the API counts at most ${MAX_COUNTED_FIELDS}, or GRAPHQL_MAX_TOKENS when higher.`,
              limit: 'GRAPHQL_MAX_TOKENS',
            };
      const { message, ...extensions } = refusal;
      setResultAndStopExecution({
        errors: [
          new GraphQLError(`${message} The limit is set by ${extensions.limit}.`, {
            extensions: { code: 'LIMIT_EXCEEDED', ...extensions, http: { status: 400 } },
          }),
        ],
      });
    },
  };
}

/**
 * A request that cannot be parsed or validated gets HTTP 400 whatever the client accepts (yoga
 * answers 200 to `accept: application/json` clients), and a refused limit says which setting
 * raises it.
 */
const refusedRequestsAreClientErrors: Plugin = {
  onParse:
    () =>
    ({ result, replaceParseResult }) => {
      if (result instanceof Error)
        replaceParseResult(asClientError(result, 'GRAPHQL_PARSE_FAILED'));
    },
  onValidate: ({ addValidationRule }) => {
    addValidationRule(ReadOnlyRule);
    return ({ result, setResult }) => {
      if (result.length > 0)
        setResult(result.map((error) => asClientError(error, 'GRAPHQL_VALIDATION_FAILED')));
    };
  },
  // Yoga marks parse and validation errors "spec" errors, which it answers with 200 when the
  // client accepts application/json; a refused request is the client's error whatever it accepts.
  onResultProcess: ({ result }) => {
    for (const single of Array.isArray(result) ? result : [result]) {
      const errors = (single as { errors?: readonly GraphQLError[] }).errors ?? [];
      for (const error of errors) {
        const extensions = error.extensions as Record<string, unknown>;
        // What graphql-js says about variables ("was not provided", "got invalid value") comes
        // without a code; anything unexpected has been masked with one already.
        extensions.code ??= 'BAD_USER_INPUT';
        const http = extensions.http as { status?: number; spec?: boolean } | undefined;
        if (http?.status === 400) http.spec = false;
      }
    }
  },
};

/** The API reads only: a mutation or subscription is refused before anything runs. */
function ReadOnlyRule(context: ValidationContext) {
  return {
    OperationDefinition(node: OperationDefinitionNode) {
      if (node.operation !== 'query') {
        context.reportError(
          new GraphQLError(
            `This API only reads: it has no ${node.operation}s. The graph is curated in the seed files.`,
            { nodes: node },
          ),
        );
      }
    },
  };
}

function asClientError(error: Error, code: string): GraphQLError {
  const graphqlError = error instanceof GraphQLError ? error : new GraphQLError(error.message);
  const setting = LIMIT_NAMES.find(([pattern]) => pattern.test(graphqlError.message))?.[1];
  // graphql-armor calls a refusal a "Syntax Error"; it is not one.
  const message = setting
    ? graphqlError.message.replace(/^Syntax Error: /, '')
    : graphqlError.message;
  const named = setting && !message.includes(setting);
  return new GraphQLError(named ? `${message} The limit is set by ${setting}.` : message, {
    nodes: graphqlError.nodes ?? null,
    source: graphqlError.source ?? null,
    positions: graphqlError.positions ?? null,
    extensions: {
      code: setting ? 'LIMIT_EXCEEDED' : (graphqlError.extensions.code ?? code),
      ...(setting ? { limit: setting } : {}),
      http: { status: 400 },
    },
  });
}
