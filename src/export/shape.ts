import type {
  DayResult,
  EntityResult,
  EstimateResult,
  FactResult,
  MoneyResult,
  SourceResult,
} from './documents.js';
import { currencyColumn, EXPORTED_FIELDS_BY_TYPE } from './factFields.js';
import type { Attributes, GraphEdge, GraphNode, Value } from './graph.js';

/**
 * From the API's answers to the export's nodes and edges (see graph.ts). Absent values are left
 * out rather than written as null.
 */

/** Attributes as read, nulls included; withoutEmpty drops them. */
type Read = Record<string, Value | null | undefined>;

const node = (id: string, attributes: Read): GraphNode => ({
  element: 'node',
  id,
  attributes: withoutEmpty(attributes),
});

/** Each edge's id names its source, what joins them and the position: unique in the export. */
function edge(
  source: string,
  target: string,
  tag: string,
  position: number,
  attributes: Read,
): GraphEdge {
  return {
    element: 'edge',
    id: `${source}:${tag.replaceAll(' ', '-')}:${position}`,
    source,
    target,
    attributes: withoutEmpty({ ...attributes, position }),
  };
}

function withoutEmpty(attributes: Read): Attributes {
  const kept: Attributes = {};
  for (const [name, value] of Object.entries(attributes)) {
    if (value !== undefined && value !== null) kept[name] = value;
  }
  return kept;
}

/** `founded`, `foundedEarliest`, `foundedLatest` from a PartialDate. */
function partialDate(name: string, day: DayResult | null | undefined): Read {
  return day
    ? { [name]: day.text, [`${name}Earliest`]: day.earliest, [`${name}Latest`]: day.latest }
    : {};
}

/** GraphQL type names to the API's enum style: BoardSeat to BOARD_SEAT. */
const enumName = (typename: string) => typename.replace(/(?<=[a-z])(?=[A-Z])/g, '_').toUpperCase();
/** ... and to words, as the API's neighbourhood edges say it: BoardSeat to `board seat`. */
const words = (typename: string) => typename.replace(/(?<=[a-z])(?=[A-Z])/g, ' ').toLowerCase();

export function entityNode(entity: EntityResult): GraphNode {
  return node(entity.id, {
    label: entity.name,
    group: 'entity',
    type: enumName(entity.__typename),
    kind: entity.kind,
    aliases: entity.aliases,
    description: entity.description,
    notes: entity.notes,
    country: entity.country,
    code: entity.code,
    ...entity.identifiers,
    ...partialDate('founded', entity.founded),
    ...partialDate('launched', entity.launched),
    citation: entity.citation,
    url: entity.url,
  });
}

/** The links an entity records, named as the API's paths and neighbourhoods name them. */
const LINKS = {
  parent: 'part of',
  partOf: 'part of',
  members: 'member',
  provider: 'provider',
  basedOn: 'based on',
  issuer: 'issuer',
  jurisdiction: 'jurisdiction',
} as const;

export function entityLinks(entity: EntityResult): GraphEdge[] {
  const links = Object.entries(LINKS).flatMap(([field, relation]) => {
    const value = entity[field as keyof typeof LINKS];
    const targets = Array.isArray(value) ? value : value ? [value] : [];
    return targets.map((target, position) =>
      edge(entity.id, target.id, relation, position, { relation }),
    );
  });
  // A grouping cites the sources that name its members, as a fact does.
  const citations = (entity.sources ?? []).map(({ source, quote }, position) =>
    edge(entity.id, source.id, 'cites', position, { relation: 'cites', quote }),
  );
  return [...links, ...citations];
}

/** The sources an entity cites (a grouping's). */
export function entitySources(entity: EntityResult): SourceResult[] {
  return (entity.sources ?? []).map((citation) => citation.source);
}

export function sourceNode(source: SourceResult): GraphNode {
  return node(source.id, {
    label: source.title ?? source.url,
    group: 'source',
    type: 'SOURCE',
    kind: source.kind,
    url: source.url,
    title: source.title,
    publisher: source.publisher,
    author: source.author,
    ...partialDate('published', source.published),
    ...partialDate('updated', source.updated),
    notes: source.notes,
  });
}

export function factNode(fact: FactResult): GraphNode {
  return node(fact.id, {
    label: fact.id,
    group: 'fact',
    type: enumName(fact.__typename),
    ...partialDate('date', fact.date),
    ...partialDate('start', fact.start),
    ...partialDate('end', fact.end),
    status: fact.status,
    confidence: fact.confidence,
    description: fact.description,
    notes: fact.notes,
    ...ownFields(fact),
    sourceUrls: fact.sources.map((citation) => citation.source.url),
  });
}

/** The fact's kind's own fields (factFields.ts), flattened as NODE_ATTRIBUTES lists them. */
function ownFields(fact: FactResult): Read {
  const read: Read = {};
  for (const { name, shape } of EXPORTED_FIELDS_BY_TYPE.get(fact.__typename) ?? []) {
    const value = fact[name];
    switch (shape) {
      case 'money': {
        const money = value as MoneyResult | null | undefined;
        read[name] = money?.value;
        read[currencyColumn(name)] = money?.currency;
        break;
      }
      case 'partialDate':
        Object.assign(read, partialDate(name, value as DayResult | null | undefined));
        break;
      case 'estimates': {
        const estimates = value as EstimateResult[] | undefined;
        read[name] = estimates?.length
          ? estimates.map(({ value, currency, note, source }) =>
              withoutEmpty({ value, currency, source: source?.id, note }),
            )
          : undefined;
        break;
      }
      default:
        read[name] = value as Value | null | undefined;
    }
  }
  return read;
}

/** A fact's ties: to each entity in its role, to each source it cites, to each estimate's source. */
export function factEdges(fact: FactResult): GraphEdge[] {
  const relation = words(fact.__typename);
  const seen = new Map<string, number>();
  const involvements = fact.involves.map(({ role, entity }) => {
    // Positions count within a role: the lead investor is INVESTOR 0.
    const position = seen.get(role) ?? 0;
    seen.set(role, position + 1);
    return edge(fact.id, entity.id, role, position, { relation, role });
  });
  const citations = fact.sources.map(({ source, quote }, position) =>
    edge(fact.id, source.id, 'cites', position, { relation: 'cites', quote: quote }),
  );
  const estimates = (fact.estimates ?? []).flatMap(({ source, value, currency, note }, position) =>
    source
      ? [
          edge(fact.id, source.id, 'estimate', position, {
            relation: 'estimate',
            value,
            currency,
            note: note,
          }),
        ]
      : [],
  );
  return [...involvements, ...citations, ...estimates];
}

/** The sources a fact refers to: those it cites, then those of its estimates. */
export function factSources(fact: FactResult): SourceResult[] {
  return [
    ...fact.sources.map((citation) => citation.source),
    ...(fact.estimates ?? []).flatMap((estimate) => (estimate.source ? [estimate.source] : [])),
  ];
}
