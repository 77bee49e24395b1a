import type { Driver } from 'neo4j-driver';
import { expect } from 'vitest';
import type { ApiConfig } from '../../src/config.js';
import { createApp } from '../../src/server/app.js';
import { useSharedGraph } from './database.js';
import { CURATED_SEED } from './sharedGraphs.js';
import { TEST_API } from './testApi.js';

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
export function apiClient(driver: () => Driver, database: string, api: ApiConfig = TEST_API) {
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

/**
 * For the API's specification files (test/integration/api/): requests in-process over the
 * curated seed, which they only read. `ok` wants an answer without errors; `codeOf` gives the
 * first error's code and message.
 */
export function useCuratedApi(api: ApiConfig = TEST_API) {
  const db = useSharedGraph(CURATED_SEED);
  const request = apiClient(db.driver, db.database, api);
  const ok = async (query: string, variables?: Record<string, unknown>) => {
    const response = await request(query, variables);
    expect(response.errors).toBeUndefined();
    return response.data as Record<string, any>;
  };
  const codeOf = async (query: string, variables?: Record<string, unknown>) => {
    const response = await request(query, variables);
    return { code: response.errors?.[0]?.extensions?.code, message: response.errors?.[0]?.message };
  };
  return { request, ok, codeOf };
}
