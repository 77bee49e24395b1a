/**
 * What each client class of the soak asks: the normal clients' questions (the examples and
 * reads of variant-marked facts), and one hostile shape per class. Requests only; the loops
 * that send them are in clients.ts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { SoakRequest } from './http.js';
import type { SoakGraph } from './variants.js';

const EXAMPLES = 'examples/queries';

export const HOSTILE_CLASSES = [
  'a-timeline-tree',
  'b-nodes-copies',
  'c-aliased-searches',
  'd-huge-answers',
  'e-limits',
  'f-slow-downloads',
] as const;
export type HostileClass = (typeof HOSTILE_CLASSES)[number];
export type ClientClass = 'probe' | 'normal' | HostileClass;

export function probeRequest(entity: string): SoakRequest {
  return { graphql: { query: `{ entity(id: ${JSON.stringify(entity)}) { id name } }` } };
}

const FACT_FIELDS = 'id description sources { quote source { id } }';

/** The examples with their default variables, and reads that would show a mix. */
export function normalRequests(graph: SoakGraph): SoakRequest[] {
  const examples = readdirSync(EXAMPLES)
    .filter((file) => file.endsWith('.graphql'))
    .sort()
    .map((file) => ({ graphql: { query: readFileSync(path.join(EXAMPLES, file), 'utf8') } }));
  // Marked facts of both kinds and facts of one variant only, asked together.
  const ids = [
    ...graph.markedFacts.slice(0, 40),
    ...graph.onlyIn.A.slice(0, 30),
    ...graph.onlyIn.B.slice(0, 30),
  ];
  const mixReads: SoakRequest[] = [
    {
      graphql: {
        query: `query Marked($ids: [ID!]!) { nodes(ids: $ids) { ... on Fact { ${FACT_FIELDS} } } }`,
        variables: { ids },
      },
    },
    ...graph.hubs.map((hub) => ({
      graphql: {
        query: `query HubFacts($id: ID!) { entity(id: $id) { id facts(first: 100) { totalCount edges { node { ${FACT_FIELDS} involves { role entity { id name } } } } } } }`,
        variables: { id: hub },
      },
    })),
  ];
  return [...examples, ...mixReads];
}

/** The nested timeline tree: rows multiply level by level. `first` a variable, or left out. */
function timelineTree(hub: string, withFirst: boolean): SoakRequest {
  const first = withFirst ? '(first: $n)' : '';
  const level = (inner: string) =>
    `timeline${first} { date { text } fact { id description sources { quote } involves { role entity { id name ${inner} } } } }`;
  const variables = withFirst ? '($id: ID!, $n: Int)' : '($id: ID!)';
  return {
    graphql: {
      query: `query Tree${variables} { entity(id: $id) { id ${level(level(level('')))} } }`,
      variables: withFirst ? { id: hub, n: 500 } : { id: hub },
    },
  };
}

function nodesCopies(hub: string): SoakRequest {
  return {
    graphql: {
      query: `query Copies($ids: [ID!]!) { nodes(ids: $ids) { id ... on Organization { name facts(first: 100) { edges { node { ${FACT_FIELDS} involves { role entity { id name } } } } } } } }`,
      variables: { ids: Array.from({ length: 100 }, () => hub) },
    },
  };
}

function aliasedSearches(): SoakRequest {
  const searches = Array.from(
    { length: 20 },
    (_, i) =>
      `s${i}: search(query: "Organization ${i}", first: 100) { totalCount edges { score node { id name } } }`,
  );
  return { graphql: { query: `{ ${searches.join(' ')} }` } };
}

function hugeAnswers(hub: string): SoakRequest[] {
  return [
    {
      graphql: {
        query: `{ entities(first: 100) { totalCount edges { node { id name facts(first: 100) { edges { node { ${FACT_FIELDS} involves { role entity { id name } } } } } } } } }`,
      },
    },
    {
      graphql: {
        query: `query Around($id: ID!) { neighbourhood(id: $id, depth: 2, limit: 500) { truncated entities { id name } facts { ${FACT_FIELDS} involves { role entity { id name } } } edges { source target role relation } } }`,
        variables: { id: hub },
      },
    },
  ];
}

/** Requests over each limit the API has today; each should be refused with a 4xx. */
function overLimits(hub: string): SoakRequest[] {
  const nested = (depth: number): string =>
    depth === 0
      ? 'id'
      : `involves { entity { facts(first: 1) { edges { node { ${nested(depth - 1)} } } } } }`;
  const tooDeep = `{ entity(id: ${JSON.stringify(hub)}) { facts(first: 1) { edges { node { ${nested(6)} } } } } }`;
  const tooManyTokens = `{ ${Array.from({ length: 3_500 }, () => '__typename').join(' ')} }`;
  // Aliases of a real field: armor does not count aliases of __typename.
  const tooManyAliases = `{ ${Array.from({ length: 40 }, (_, i) => `a${i}: entity(id: ${JSON.stringify(hub)}) { id }`).join(' ')} }`;
  const padding = 'x'.repeat(200_000);
  return [
    { graphql: { query: tooDeep } },
    { graphql: { query: tooManyTokens } },
    { graphql: { query: tooManyAliases } },
    { body: JSON.stringify({ query: `{ __typename }`, variables: { padding } }) },
    { body: () => chunkedBody(JSON.stringify({ query: '{ __typename }' })) },
    { graphql: [{ query: '{ __typename }' }, { query: '{ __typename }' }] },
  ];
}

/** A body without a length, sent in chunks (Transfer-Encoding: chunked). */
function chunkedBody(text: string): ReadableStream<Uint8Array> {
  const bytes = new TextEncoder().encode(text);
  return new ReadableStream({
    start(controller) {
      controller.enqueue(bytes.slice(0, 5));
      controller.enqueue(bytes.slice(5));
      controller.close();
    },
  });
}

/** A download read a little at a time, for at most `holdMs`, then dropped. */
function slowDownload(holdMs: number): SoakRequest {
  return {
    path: '/export/graph.json',
    consume: async (response) => {
      const reader = response.body?.getReader();
      if (!reader) return undefined;
      const until = Date.now() + holdMs;
      try {
        while (Date.now() < until) {
          const { done } = await reader.read();
          if (done) return undefined;
          await new Promise((resolve) => setTimeout(resolve, 250));
        }
        return undefined;
      } catch (error) {
        return `body: ${(error as { cause?: { code?: string } }).cause?.code ?? (error as Error).name}`;
      } finally {
        await reader.cancel().catch(() => {});
      }
    },
  };
}

/** The requests each hostile class cycles through. */
export function hostileRequests(
  graph: SoakGraph,
  holdMs: number,
): Record<HostileClass, SoakRequest[]> {
  const hub = graph.hubs[0] ?? 'org-0000000';
  return {
    'a-timeline-tree': [timelineTree(hub, true), timelineTree(hub, false)],
    'b-nodes-copies': [nodesCopies(hub)],
    'c-aliased-searches': [aliasedSearches()],
    'd-huge-answers': hugeAnswers(hub),
    'e-limits': overLimits(hub),
    'f-slow-downloads': [slowDownload(holdMs)],
  };
}
