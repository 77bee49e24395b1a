import type { Attributes, ExportedGraph, GraphEdge, GraphNode } from '../graph.js';
import { chunked } from './chunks.js';

/**
 * FollowTheMoney (FtM): the graph as the entities OpenSanctions, Aleph and yente read, one
 * `{"id","schema","properties"}` per line, every value a list of strings. Entities become
 * Company / PublicBody / Organization / Person / Asset (products); regions are not entities in
 * FtM but `country` values; policies are named in the facts that cite them (Sanction `program`,
 * Event `summary`). Facts become FtM interval schemata (see FACT_SCHEMATA). An entity referenced
 * by a link is always in the file, so the whole graph is read before anything is written.
 */

type Properties = Record<string, string[]>;
export interface FtmEntity {
  id: string;
  schema: string;
  properties: Properties;
}

/** Stable ids: the record's own id, prefixed; a fact that becomes several links numbers them. */
export const ftmId = (recordId: string) => `pg-${recordId}`;

const COMPANY_KINDS = new Set(['company', 'investment-firm']);
const PUBLIC_BODY_KINDS = new Set(['government-body', 'regulator']);
/** Restriction kinds that put a named party on a list or under a measure: FtM Sanction. */
const SANCTION_KINDS = new Set([
  'entity-listing',
  'sanction',
  'export-control',
  'investment-restriction',
  'government-use-ban',
  'licence-requirement',
]);

const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() !== ''
    ? value
    : typeof value === 'number'
      ? String(value)
      : undefined;

class Builder {
  readonly properties: Properties = {};
  add(name: string, ...values: unknown[]): this {
    for (const value of values.flat()) {
      const kept = text(value);
      if (kept === undefined) continue;
      const list = this.properties[name] ?? [];
      if (!list.includes(kept)) list.push(kept);
      this.properties[name] = list;
    }
    return this;
  }
}

interface Graph {
  nodes: Map<string, GraphNode>;
  /** A fact's or entity's outgoing edges. */
  edges: Map<string, GraphEdge[]>;
}

const attr = (node: GraphNode | undefined, name: string): Attributes[string] =>
  node?.attributes[name];

/** An entity's country: an ISO code, lower case as FtM writes it. */
const countryCode = (value: unknown) =>
  typeof value === 'string' ? value.toLowerCase() : undefined;

function entitySchema(node: GraphNode): string | undefined {
  switch (attr(node, 'type')) {
    case 'ORGANIZATION': {
      const kind = String(attr(node, 'kind'));
      if (COMPANY_KINDS.has(kind)) return 'Company';
      return PUBLIC_BODY_KINDS.has(kind) ? 'PublicBody' : 'Organization';
    }
    case 'PERSON':
      return 'Person';
    case 'PRODUCT':
      return 'Asset';
    default:
      return undefined; // regions: country values; policies: named by the facts
  }
}

function entity(node: GraphNode, schema: string): FtmEntity {
  const a = node.attributes;
  const props = new Builder()
    .add('name', a.label)
    .add('alias', a.aliases)
    .add('description', a.description)
    .add('notes', a.notes)
    .add('country', countryCode(a.country))
    .add('wikidataId', a.wikidata)
    .add('sourceUrl', a.url);
  // FtM's Asset (a product here) has no website, LEI or founding date; a Person no LEI.
  if (schema !== 'Asset') props.add('website', a.website);
  if (schema !== 'Asset' && schema !== 'Person') {
    props.add('leiCode', a.lei).add('incorporationDate', a.founded);
  }
  if (schema === 'Company') props.add('ticker', a.ticker);
  return { id: ftmId(node.id), schema, properties: props.properties };
}

/** The fact's ends in a role, as FtM ids of entities in the file (regions and policies are not). */
function ends(graph: Graph, fact: GraphNode, role: string, emitted: Set<string>): string[] {
  return (graph.edges.get(fact.id) ?? [])
    .filter((edge) => edge.attributes.role === role && emitted.has(ftmId(edge.target)))
    .map((edge) => ftmId(edge.target));
}

/** The fact's ends in a role that are not FtM entities (regions, policies): their nodes. */
function others(graph: Graph, fact: GraphNode, role: string): GraphNode[] {
  return (graph.edges.get(fact.id) ?? [])
    .filter((edge) => edge.attributes.role === role)
    .flatMap((edge) => {
      const node = graph.nodes.get(edge.target);
      return node ? [node] : [];
    });
}

/** What every link from a fact carries: dates, sources, description. */
function common(graph: Graph, fact: GraphNode): Builder {
  const a = fact.attributes;
  const props = new Builder()
    .add('startDate', a.start)
    .add('endDate', a.end)
    .add('date', a.date)
    .add('description', a.description)
    .add('summary', a.notes)
    .add('recordId', fact.id);
  for (const edge of graph.edges.get(fact.id) ?? []) {
    if (edge.attributes.relation !== 'cites') continue;
    const source = graph.nodes.get(edge.target);
    props.add('sourceUrl', attr(source, 'url')).add('publisher', attr(source, 'publisher'));
  }
  return props;
}

/** One link per (subject, object) pair: `pg-<fact>` if one, else `pg-<fact>.<n>`. */
function links(
  fact: GraphNode,
  schema: string,
  pairs: [Properties, Properties][],
  base: () => Builder,
): FtmEntity[] {
  return pairs.map(([left, right], index) => {
    const props = base();
    for (const [name, values] of [...Object.entries(left), ...Object.entries(right)])
      props.add(name, values);
    return {
      id: pairs.length === 1 ? ftmId(fact.id) : `${ftmId(fact.id)}.${index + 1}`,
      schema,
      properties: props.properties,
    };
  });
}

const cross = (left: string[], right: string[], l: string, r: string): [Properties, Properties][] =>
  left.flatMap((x) =>
    right.filter((y) => y !== x).map((y): [Properties, Properties] => [{ [l]: [x] }, { [r]: [y] }]),
  );

const names = (nodes: GraphNode[]) => nodes.map((node) => attr(node, 'label'));
const codes = (nodes: GraphNode[]) =>
  nodes
    .map((node) => attr(node, 'code'))
    .filter((code) => typeof code === 'string' && code.length === 2)
    .map(countryCode);

/** A fact as FtM links; one whose ends FtM cannot hold as a link is an Event. */
function factEntities(graph: Graph, fact: GraphNode, emitted: Set<string>): FtmEntity[] {
  const made = factLinks(graph, fact, emitted);
  return made.length > 0 ? made : [event(graph, fact, emitted)];
}

function factLinks(graph: Graph, fact: GraphNode, emitted: Set<string>): FtmEntity[] {
  const a = fact.attributes;
  const base = () => common(graph, fact);
  const end = (role: string) => ends(graph, fact, role, emitted);
  switch (a.type) {
    case 'OWNERSHIP_STAKE':
      return links(fact, 'Ownership', cross(end('HOLDER'), end('HELD'), 'owner', 'asset'), () =>
        base()
          .add('percentage', a.share)
          .add('sharesType', a.shareClass)
          .add('sharesValue', a.value)
          .add('sharesCurrency', a.valueCurrency),
      );
    case 'INVESTMENT':
      return links(
        fact,
        'Ownership',
        cross(end('INVESTOR'), end('INVESTEE'), 'owner', 'asset'),
        () =>
          base()
            .add('ownershipType', 'investment')
            .add('role', a.round)
            .add('percentage', a.stakePercent)
            .add('sharesValue', a.amount)
            .add('sharesCurrency', a.currency),
      );
    case 'ACQUISITION':
      return links(
        fact,
        'Ownership',
        cross(end('ACQUIRER'), end('ACQUIRED'), 'owner', 'asset'),
        () =>
          base()
            .add('ownershipType', 'acquisition')
            .add('role', a.kind)
            .add('percentage', a.share)
            .add('sharesValue', a.price)
            .add('sharesCurrency', a.priceCurrency)
            .add('startDate', a.closed),
      );
    case 'BOARD_SEAT':
      return links(
        fact,
        'Directorship',
        cross(end('HOLDER'), end('BOARD'), 'director', 'organization'),
        () => base().add('role', a.role ?? 'board member'),
      );
    case 'ROLE':
      return links(
        fact,
        'Employment',
        cross(end('HOLDER'), end('EMPLOYER'), 'employee', 'employer'),
        () => base().add('role', a.title),
      );
    case 'RESTRICTION': {
      const targets = end('TARGET');
      if (SANCTION_KINDS.has(String(a.kind)) && targets.length > 0) {
        const authority = names(others(graph, fact, 'IMPOSER'));
        return links(
          fact,
          'Sanction',
          targets.map((target) => [{ entity: [target] }, {}]),
          () =>
            base()
              .add('authority', authority)
              .add('program', names(others(graph, fact, 'POLICY')))
              .add('reason', a.kind)
              .add('status', a.status)
              .add('listingDate', a.kind === 'entity-listing' ? (a.start ?? a.date) : undefined)
              .add('country', codes(others(graph, fact, 'TARGET'))),
        );
      }
      return [event(graph, fact, emitted)];
    }
    case 'PARTNERSHIP': {
      const parties = end('PARTY');
      const [first, ...rest] = parties;
      if (first === undefined || rest.length === 0) return [event(graph, fact, emitted)];
      return links(fact, 'UnknownLink', cross([first], rest, 'subject', 'object'), () =>
        base().add('role', `partnership: ${a.kind}`),
      );
    }
    case 'COMPUTE_COMMITMENT':
      return links(
        fact,
        'UnknownLink',
        cross(end('BUYER'), end('PROVIDER'), 'subject', 'object'),
        () => base().add('role', 'compute commitment'),
      );
    default:
      return [event(graph, fact, emitted)];
  }
}

/** A fact with no FtM link of its own (availability, patent statistics, policy actions, ...). */
function event(graph: Graph, fact: GraphNode, emitted: Set<string>): FtmEntity {
  const edges = (graph.edges.get(fact.id) ?? []).filter(
    (edge) => edge.attributes.relation !== 'cites',
  );
  const organizers = new Set(['IMPOSER', 'ACTOR', 'OPERATOR', 'GRANTOR', 'REPORTER']);
  const props = common(graph, fact).add(
    'name',
    `${String(fact.attributes.type).toLowerCase().replaceAll('_', ' ')}: ${fact.id}`,
  );
  props.add('summary', fact.attributes.kind, fact.attributes.action);
  for (const edge of edges) {
    const id = ftmId(edge.target);
    const node = graph.nodes.get(edge.target);
    // Event's organizer and involved are legal entities: a product (an Asset) is named instead.
    if (emitted.has(id) && attr(node, 'type') !== 'PRODUCT')
      props.add(organizers.has(String(edge.attributes.role)) ? 'organizer' : 'involved', id);
    else if (emitted.has(id)) props.add('namesMentioned', attr(node, 'label'));
    else if (attr(node, 'type') === 'REGION') props.add('country', codes(node ? [node] : []));
    else if (attr(node, 'type') === 'POLICY') props.add('summary', attr(node, 'label'));
  }
  return { id: ftmId(fact.id), schema: 'Event', properties: props.properties };
}

/** Reads the whole graph (links need their ends), then every entity and every link. */
export async function ftmEntities(graph: ExportedGraph): Promise<FtmEntity[]> {
  const read: Graph = { nodes: new Map(), edges: new Map() };
  for await (const element of graph.elements) {
    if (element.element === 'node') read.nodes.set(element.id, element);
    else read.edges.set(element.source, [...(read.edges.get(element.source) ?? []), element]);
  }
  const entities: FtmEntity[] = [];
  for (const node of read.nodes.values()) {
    if (node.attributes.group !== 'entity') continue;
    const schema = entitySchema(node);
    if (schema) entities.push(entity(node, schema));
  }
  const emitted = new Set(entities.map((e) => e.id));
  const facts = [...read.nodes.values()]
    .filter((node) => node.attributes.group === 'fact')
    .flatMap((fact) => factEntities(read, fact, emitted));
  return [...entities, ...facts];
}

export function ftm(graph: ExportedGraph): AsyncIterable<string> {
  async function* lines() {
    for (const entity of await ftmEntities(graph)) yield `${JSON.stringify(entity)}\n`;
  }
  return chunked(lines());
}
