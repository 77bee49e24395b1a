import type { TypedDocumentString } from './gql/graphql';

/** An error the API answered with: its message says what to fix. */
export class ApiError extends Error {
  override name = 'ApiError';
}

/**
 * Sends a typed document to the API the page came from. A newer request for the same panel
 * aborts the older one (`signal`), so a slow answer never overwrites a newer one.
 */
export async function ask<Result, Variables>(
  document: TypedDocumentString<Result, Variables>,
  variables: Variables,
  signal?: AbortSignal,
): Promise<Result> {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query: document.toString(), variables }),
    ...(signal ? { signal } : {}),
  });
  const body = (await response.json()) as { data?: Result; errors?: { message: string }[] };
  if (body.errors?.length) throw new ApiError(body.errors.map((e) => e.message).join(' '));
  if (!body.data) throw new ApiError(`The API answered HTTP ${response.status} without data.`);
  return body.data;
}
