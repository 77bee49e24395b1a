import {
  type DocumentNode,
  type ExecutionResult,
  execute,
  type GraphQLSchema,
  parse,
  validate,
} from 'graphql';
import { createContext } from '../graphql/context.js';
import { buildSchema } from '../graphql/schema.js';
import type { Reader } from '../queries/read.js';

/** Runs a GraphQL document against the public API: in-process here, or over HTTP elsewhere. */
export type Executor = (
  document: string,
  variables: Record<string, unknown>,
) => Promise<ExecutionResult>;

/**
 * The API's own schema and resolvers, executed in-process: the same read transactions and
 * statement timeout as a request to /graphql, without HTTP. Each call gets a fresh context, so
 * the per-request loaders' caches last one page.
 */
export function inProcessExecutor(reader: Reader, schema: GraphQLSchema = buildSchema()): Executor {
  const parsed = new Map<string, DocumentNode>();
  return async (source, variables) => {
    let document = parsed.get(source);
    if (!document) {
      document = parse(source);
      const errors = validate(schema, document);
      // The export's own documents: invalid means the schema changed under them.
      if (errors.length > 0) throw new Error(`export query does not fit the schema: ${errors[0]}`);
      parsed.set(source, document);
    }
    return execute({
      schema,
      document,
      variableValues: variables,
      contextValue: createContext(reader),
    });
  };
}
