import type { Driver } from 'neo4j-driver';
import { type ApiConfig, DEFAULT_API } from '../../src/config.js';
import { createApp } from '../../src/server/app.js';

export interface GraphQLResponse<Data = Record<string, unknown>> {
  status: number;
  data?: Data | null;
  errors?: {
    message: string;
    path?: (string | number)[];
    extensions?: { code?: string; argument?: string };
  }[];
  /** The Cypher statements the request sent, in order. */
  statements: string[];
}

/**
 * The API in-process, on a real Neo4j: requests go through graphql-yoga exactly as over HTTP
 * (parsing, validation, errors, masking), and every Cypher statement sent is recorded.
 */
export function apiClient(driver: () => Driver, database: string, api: ApiConfig = DEFAULT_API) {
  let app: ReturnType<typeof createApp> | undefined;
  let statements: string[] = [];
  return async function request<Data = Record<string, any>>(
    query: string,
    variables: Record<string, unknown> = {},
  ): Promise<GraphQLResponse<Data>> {
    app ??= createApp({
      driver: driver(),
      database,
      api,
      onStatement: (statement) => statements.push(statement),
    });
    statements = [];
    const sent = statements;
    const response = await app.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json',
      },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as Omit<GraphQLResponse<Data>, 'status' | 'statements'>;
    return { status: response.status, ...body, statements: sent };
  };
}
