import type { Plugin } from 'graphql-yoga';
import { LEGAL_SUFFIXES } from '../model/nameKeys.js';
import { readNodes } from '../queries/entities.js';
import type { Reader } from '../queries/reader.js';
import type { GraphRecord } from '../queries/records.js';
import { queryWords, searchEntities } from '../queries/search.js';

/**
 * The W3C Entity Reconciliation API (version 0.2, as OpenRefine, Wikidata and OpenSanctions
 * serve it) at /reconcile: the service manifest, batched queries by name with type and country
 * constraints, /reconcile/suggest/entity and /reconcile/preview. Candidates come from the same
 * full-text index and ranking as the API's `search`; a name is compared without its legal
 * suffix ("Microsoft Corp" is Microsoft). Batches are bounded before anything is read.
 */

const PATH = '/reconcile';
/** Queries in one batch, and candidates a query may ask for. */
export const MAX_QUERIES = 50;
export const MAX_CANDIDATES = 25;
const DEFAULT_CANDIDATES = 5;
/** Candidates read per query when a property constraint filters them afterwards. */
const READ_AHEAD = 4;

export const RECONCILE_TYPES = [
  { id: 'Organization', name: 'Organization', kind: 'organization' },
  { id: 'Person', name: 'Person', kind: 'person' },
  { id: 'Region', name: 'Region', kind: 'region' },
  { id: 'Product', name: 'Product', kind: 'product' },
  { id: 'Policy', name: 'Policy', kind: 'policy' },
] as const;

/** Properties a query may constrain: an entity's country (ISO 3166-1 alpha-2). */
const PROPERTIES = ['country'] as const;

export class ReconcileError extends Error {}

export interface ReconcileQuery {
  query: string;
  types: string[] | null;
  limit: number;
  country: string | null;
}

/** Reads a batch (`queries`, a JSON object of query objects), or says what is wrong with it. */
export function parseQueries(text: string): Map<string, ReconcileQuery> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new ReconcileError('queries must be a JSON object such as {"q0":{"query":"OpenAI"}}.');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new ReconcileError('queries must be a JSON object such as {"q0":{"query":"OpenAI"}}.');
  }
  const entries = Object.entries(parsed);
  if (entries.length === 0) throw new ReconcileError('queries holds no query.');
  if (entries.length > MAX_QUERIES) {
    throw new ReconcileError(
      `queries holds ${entries.length} queries; send at most ${MAX_QUERIES} a request.`,
    );
  }
  return new Map(entries.map(([key, value]) => [key, parseQuery(key, value)]));
}

function parseQuery(key: string, value: unknown): ReconcileQuery {
  const at = `queries.${key.slice(0, 40)}`;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new ReconcileError(`${at} must be an object with a "query" string.`);
  }
  const {
    query,
    type,
    limit,
    properties,
    type_strict: _strict,
    ...rest
  } = value as Record<string, unknown>;
  const unknown = Object.keys(rest);
  if (unknown.length > 0) {
    throw new ReconcileError(
      `${at} has ${unknown.map((name) => `"${name.slice(0, 40)}"`).join(', ')}: a query takes query, type, limit, properties and type_strict.`,
    );
  }
  if (typeof query !== 'string' || query.trim() === '' || query.length > 200) {
    throw new ReconcileError(`${at}.query must be a name of 1 to 200 characters.`);
  }
  const types = type === undefined || type === null ? null : Array.isArray(type) ? type : [type];
  const known = RECONCILE_TYPES.map((candidate) => candidate.id) as string[];
  if (types?.some((name) => typeof name !== 'string' || !known.includes(name))) {
    throw new ReconcileError(`${at}.type must be one of ${known.join(', ')}.`);
  }
  if (
    limit !== undefined &&
    (typeof limit !== 'number' || !Number.isInteger(limit) || limit < 1 || limit > MAX_CANDIDATES)
  ) {
    throw new ReconcileError(`${at}.limit must be a whole number from 1 to ${MAX_CANDIDATES}.`);
  }
  return {
    query,
    types: types as string[] | null,
    limit: (limit as number | undefined) ?? DEFAULT_CANDIDATES,
    country: parseCountry(at, properties),
  };
}

function parseCountry(at: string, properties: unknown): string | null {
  if (properties === undefined || properties === null) return null;
  if (!Array.isArray(properties)) {
    throw new ReconcileError(`${at}.properties must be a list of {"pid": ..., "v": ...}.`);
  }
  let country: string | null = null;
  for (const property of properties) {
    const { pid, v } = (property ?? {}) as { pid?: unknown; v?: unknown };
    if (!PROPERTIES.includes(pid as (typeof PROPERTIES)[number])) {
      throw new ReconcileError(
        `${at}.properties: unknown property ${JSON.stringify(pid)?.slice(0, 40)}; the service knows ${PROPERTIES.join(', ')}.`,
      );
    }
    if (typeof v !== 'string' || !/^[A-Za-z]{2}$/.test(v.trim())) {
      throw new ReconcileError(`${at}.properties: country is a two-letter ISO code, such as CN.`);
    }
    country = v.trim().toUpperCase();
  }
  return country;
}

/** The query's words, a trailing legal suffix ("Corp", "Inc.", "Ltd") left out. */
export function reconcileWords(query: string): string[] {
  const words = queryWords(query);
  while (words.length > 1 && LEGAL_SUFFIXES.has(words.at(-1) as string)) words.pop();
  return words;
}

export interface Candidate {
  id: string;
  name: string;
  description: string;
  type: { id: string; name: string }[];
  score: number;
  match: boolean;
}

const TIER_OF_EXACT_NAME = 4;

async function reconcile(reader: Reader, query: ReconcileQuery): Promise<Candidate[]> {
  const words = reconcileWords(query.query);
  if (words.length === 0) return [];
  const kinds = query.types?.map(
    (id) => RECONCILE_TYPES.find((type) => type.id === id)?.kind as string,
  );
  const page = await searchEntities(reader, {
    words,
    entityTypes: kinds ?? RECONCILE_TYPES.map((type) => type.kind),
    first: query.country ? Math.min(query.limit * READ_AHEAD, 100) : query.limit,
    withTotal: false,
  });
  const hits = page.items
    .map((item) => item.node)
    .filter((hit) => !query.country || propsOf(hit.record).country === query.country)
    .slice(0, query.limit);
  const exact = hits.filter((hit) => Math.floor(hit.score) === TIER_OF_EXACT_NAME);
  return hits.map((hit) => ({
    ...describe(hit.record),
    // Search scores run from 1 to 5 (tier and relevance); reconciliation's from 0 to 100.
    score: Math.round(hit.score * 20 * 10) / 10,
    // A match: the name or an alias is the query, and no other candidate's is.
    match: exact.length === 1 && exact[0] === hit,
  }));
}

function propsOf(record: GraphRecord): Record<string, unknown> {
  return record.props as unknown as Record<string, unknown>;
}

function describe(record: GraphRecord): Omit<Candidate, 'score' | 'match'> {
  const props = propsOf(record);
  const type = RECONCILE_TYPES.find((candidate) => candidate.kind === record.kind);
  return {
    id: record.id,
    name: String(props.name ?? record.id),
    description: typeof props.description === 'string' ? props.description : '',
    type: type ? [{ id: type.id, name: type.name }] : [],
  };
}

/** The service manifest; `base` is where this server answers, as the client reached it. */
export function manifest(base: string) {
  return {
    versions: ['0.2'],
    name: 'PolicyGraph',
    identifierSpace: `${base}/entity/`,
    schemaSpace: `${base}/schema/`,
    defaultTypes: RECONCILE_TYPES.map(({ id, name }) => ({ id, name })),
    view: { url: `${base}/?entity={{id}}` },
    preview: { url: `${base}${PATH}/preview?id={{id}}`, width: 400, height: 120 },
    suggest: {
      entity: { service_url: base, service_path: `${PATH}/suggest/entity` },
    },
    batchSize: MAX_QUERIES,
  };
}

export function reconcilePlugin(reader: Reader): Plugin {
  return {
    async onRequest({ request, url, endResponse }) {
      if (url.pathname !== PATH && !url.pathname.startsWith(`${PATH}/`)) return;
      try {
        endResponse(await answer(reader, request, url));
      } catch (error) {
        if (!(error instanceof ReconcileError)) throw error;
        endResponse(failure(400, 'BAD_USER_INPUT', error.message));
      }
    },
  };
}

async function answer(reader: Reader, request: Request, url: URL): Promise<Response> {
  const base = url.origin;
  if (request.method !== 'GET' && request.method !== 'POST') {
    return failure(405, 'METHOD_NOT_ALLOWED', 'The reconciliation service takes GET and POST.');
  }
  if (url.pathname === PATH) {
    const queries = await queriesOf(request, url);
    if (queries === null) return Response.json(manifest(base));
    const batch = parseQueries(queries);
    const results: Record<string, { result: Candidate[] }> = {};
    for (const [key, query] of batch) results[key] = { result: await reconcile(reader, query) };
    return Response.json(results);
  }
  if (url.pathname === `${PATH}/suggest/entity`) {
    const prefix = url.searchParams.get('prefix') ?? '';
    if (prefix.trim() === '' || prefix.length > 200) {
      throw new ReconcileError('suggest takes prefix=, 1 to 200 characters.');
    }
    const found = await reconcile(reader, {
      query: prefix,
      types: null,
      limit: 10,
      country: null,
    });
    return Response.json({
      result: found.map(({ id, name, description }) => ({ id, name, description })),
    });
  }
  if (url.pathname === `${PATH}/preview`) {
    const id = url.searchParams.get('id') ?? '';
    const record = id ? (await readNodes(reader, [id])).get(id) : undefined;
    if (!record || !RECONCILE_TYPES.some((type) => type.kind === record.kind))
      return failure(404, 'NOT_FOUND', `No entity ${JSON.stringify(id.slice(0, 100))}.`);
    const { name, description, type } = describe(record);
    const html = `<!doctype html><meta charset="utf-8"><div style="font:14px sans-serif"><strong>${escapeHtml(name)}</strong> <small>${escapeHtml(type[0]?.name ?? '')}</small><p>${escapeHtml(description)}</p></div>`;
    return new Response(html, { headers: { 'content-type': 'text/html; charset=utf-8' } });
  }
  return failure(
    404,
    'NOT_FOUND',
    `No ${url.pathname}: the service answers ${PATH}, ${PATH}/suggest/entity and ${PATH}/preview.`,
  );
}

/** `queries` from the query string or a form body; null when there are none (the manifest). */
async function queriesOf(request: Request, url: URL): Promise<string | null> {
  if (url.searchParams.has('queries')) return url.searchParams.get('queries');
  if (request.method !== 'POST') return null;
  const body = new URLSearchParams(await request.text());
  return body.get('queries');
}

function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string,
  );
}

function failure(status: number, code: string, message: string): Response {
  return Response.json({ errors: [{ message, extensions: { code } }] }, { status });
}
