import { blockFieldSuggestionsPlugin } from '@escape.tech/graphql-armor-block-field-suggestions';
import { costLimitPlugin } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesPlugin } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthPlugin } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesPlugin } from '@escape.tech/graphql-armor-max-directives';
import { maxTokensPlugin } from '@escape.tech/graphql-armor-max-tokens';
import { GraphQLError, type OperationDefinitionNode, type ValidationContext } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { RequestLimits } from '../config.js';

/**
 * graphql-armor's limits, each configurable (see README, "Configuration"): a request over one
 * is refused before any resolver runs, with a message that names the limit and its value.
 * max-depth 2.4.2 has the fragment-cache and `__schema` bypasses fixed.
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
    costLimitPlugin({
      maxCost: limits.maxCost,
      // Each level weighs 1.2 times the one above (armor's default: 1.5) and a literal `first`
      // multiplies, so the cost follows the rows a request may return.
      depthCostFactor: 1.2,
      ...report,
      ignoreIntrospection: true,
    }) as Plugin,
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
  [/cost limit|query cost/i, 'GRAPHQL_MAX_COST'],
  [/aliases limit/i, 'GRAPHQL_MAX_ALIASES'],
  [/directives limit/i, 'GRAPHQL_MAX_DIRECTIVES'],
];

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
