/**
 * A typed GraphQL request: the document's type (from graphql-codegen's client preset) gives
 * the result's and the variables' types, so a frontend gets checked results without writing
 * any type by hand. Plain fetch; swap in any GraphQL client that takes TypedDocumentNode.
 */
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';

export class GraphQLRequestError extends Error {
  override name = 'GraphQLRequestError';
  constructor(readonly errors: { message: string; extensions?: { code?: string } }[]) {
    super(
      errors.map((error) => `${error.extensions?.code ?? 'ERROR'}: ${error.message}`).join('; '),
    );
  }
}

export async function request<Result, Variables>(
  url: string,
  document: TypedDocumentNode<Result, Variables>,
  variables: Variables,
): Promise<Result> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query: print(document), variables }),
  });
  const body = (await response.json()) as { data?: Result; errors?: GraphQLRequestError['errors'] };
  if (body.errors?.length) throw new GraphQLRequestError(body.errors);
  if (!body.data) throw new Error(`no data in the answer (HTTP ${response.status})`);
  return body.data;
}
