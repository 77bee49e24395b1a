/**
 * One soak request over loopback HTTP and what it got: the status, the error codes, masked
 * errors, admission-control refusals and mixes, or the client-side error. Every request has a
 * timeout, so no client waits for ever.
 */
import { Agent, fetch, type Response } from 'undici';
import { detectMixes } from './mix.js';
import type { Outcome } from './stats.js';

export const REQUEST_TIMEOUT_MS = 30_000;
/** Codes of a 503 that means "busy, come back later" rather than "broken". */
const ADMISSION_CODES = new Set(['SERVICE_UNAVAILABLE', 'TOO_MANY_EXPORTS']);

export interface SoakRequest {
  path?: string;
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  /** A GraphQL request (JSON-encoded) or a raw body. */
  graphql?: { query: string; variables?: Record<string, unknown> } | unknown[];
  /** A raw body; a stream is made afresh for each send, as a stream is read once. */
  body?: string | (() => ReadableStream<Uint8Array>);
  /** Reads the body itself (a slow download); returns a client error, if any. */
  consume?: (response: Response) => Promise<string | undefined>;
}

/**
 * A client's connections, from one loopback address of its own (Linux answers on all of
 * 127.0.0.0/8): the server tells clients apart by address, as it would tell hosts apart.
 */
export function clientAgent(localAddress: string): Agent {
  return new Agent({ localAddress });
}

export async function send(base: string, request: SoakRequest, agent?: Agent): Promise<Outcome> {
  const started = performance.now();
  const ms = () => performance.now() - started;
  const signal = AbortSignal.timeout(REQUEST_TIMEOUT_MS);
  try {
    const body =
      request.graphql !== undefined
        ? JSON.stringify(request.graphql)
        : typeof request.body === 'function'
          ? request.body()
          : request.body;
    const init: Parameters<typeof fetch>[1] & { duplex?: 'half' } = {
      method: request.method ?? (body === undefined ? 'GET' : 'POST'),
      headers: {
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
        accept: 'application/json',
        ...request.headers,
      },
      signal,
      ...(agent ? { dispatcher: agent } : {}),
    };
    // undici types web streams from node:stream/web; the global ReadableStream is the same class.
    if (body !== undefined) init.body = body as NonNullable<typeof init.body>;
    // A stream body goes out chunked, which fetch allows only half-duplex.
    if (body instanceof ReadableStream) init.duplex = 'half';
    const response = await fetch(`${base}${request.path ?? '/graphql'}`, init);
    if (request.consume && response.status === 200) {
      const failure = await request.consume(response);
      if (failure) return { clientError: failure, ms: ms() };
      return classify(response.status, response.headers, null, ms());
    }
    const text = await response.text();
    return classify(response.status, response.headers, parse(text), ms());
  } catch (error) {
    return { clientError: clientErrorName(error), ms: ms() };
  }
}

function parse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

interface GraphQLError {
  message?: string;
  extensions?: { code?: string };
}

/**
 * The outcome of an HTTP answer; a batch answer (an array) counts the errors of each part.
 * Headers as far as it reads them: undici 8's Headers and the global one differ in their types.
 */
export function classify(
  status: number,
  headers: Pick<Headers, 'has'>,
  json: unknown,
  ms: number,
): Outcome {
  const parts = Array.isArray(json) ? json : [json];
  const errors = parts.flatMap((part) =>
    part && typeof part === 'object' && Array.isArray((part as { errors?: unknown }).errors)
      ? ((part as { errors: GraphQLError[] }).errors ?? [])
      : [],
  );
  const codes = errors.map((error) => error?.extensions?.code ?? 'NO_CODE');
  const masked = errors.filter(
    (error) =>
      error?.extensions?.code === 'INTERNAL_SERVER_ERROR' || error?.message === 'Unexpected error.',
  ).length;
  const admission =
    status === 503 &&
    (codes.some((code) => ADMISSION_CODES.has(code)) || headers.has('retry-after'));
  return { status, codes, masked, admission, mixes: detectMixes(json).mixes, ms };
}

/** A short name for what went wrong on the client's side: timeout, ECONNRESET, ... */
export function clientErrorName(error: unknown): string {
  const failure = error as {
    name?: string;
    code?: string;
    cause?: { code?: string; name?: string };
  };
  if (failure?.name === 'TimeoutError' || failure?.name === 'AbortError') return 'timeout';
  return failure?.cause?.code ?? failure?.code ?? failure?.cause?.name ?? failure?.name ?? 'error';
}
