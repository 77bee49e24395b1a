/**
 * The entity view: its card (facts grouped by type), a drawing of its neighbourhood and its
 * timeline, all as of the page's date.
 */
import { ask } from './api';
import { el, message, show } from './dom';
import { factItem } from './facts';
import { factSortDay, factTypeHeading, factTypeName, factTypeRank } from './format';
import type { EntityCardQuery, FactSummaryFragment, NeighbourhoodQuery } from './gql/graphql';
import { type Drawing, draw } from './graph';
import { renderLanding } from './landing';
import { externalLink, stateLink } from './links';
import { EntityCard, Neighbourhood, Timeline } from './queries';
import type { ExplorerState } from './state';
import { TIMELINE_PAGE, timelineView } from './timeline';

export interface EntityPanels {
  card: HTMLElement;
  graph: HTMLElement;
  timeline: HTMLElement;
}

export async function renderEntity(
  state: ExplorerState,
  panels: EntityPanels,
  open: (id: string) => void,
  signal: AbortSignal,
): Promise<void> {
  if (!state.entity) {
    await renderLanding(panels, signal);
    return;
  }
  const id = state.entity;
  const asOf = state.asOf ? { asOf: state.asOf } : {};
  show(panels.card, message('Loading…'));
  const [card, neighbourhood, timeline] = await Promise.all([
    ask(EntityCard, { id, ...asOf }, signal),
    ask(Neighbourhood, { id, ...asOf }, signal),
    ask(Timeline, { id, first: TIMELINE_PAGE, ...(state.asOf ? { to: state.asOf } : {}) }, signal),
  ]);
  if (!card.entity) {
    show(panels.card, message(`There is no entity with the id “${id}”.`, 'error'));
    show(panels.graph);
    show(panels.timeline);
    return;
  }
  showCard(
    panels.card,
    card.entity,
    card.entity.facts.edges.map((edge) => edge.node),
    state.asOf,
  );
  if (neighbourhood.neighbourhood) {
    draw(panels.graph, neighbourhoodDrawing(neighbourhood.neighbourhood), open);
    if (neighbourhood.neighbourhood.truncated) {
      panels.graph.append(
        message('The neighbourhood is larger than the drawing: the first 80 are shown.'),
      );
    }
  }
  show(panels.timeline, timelineView(timeline.entity?.timeline ?? [], state.asOf));
}

type Entity = NonNullable<EntityCardQuery['entity']>;

/** The card, with a button for the next page of facts while there is one. */
function showCard(
  container: HTMLElement,
  entity: Entity,
  facts: FactSummaryFragment[],
  asOf: string | undefined,
): void {
  const card = entityCard(entity, facts, asOf);
  const { hasNextPage, endCursor } = entity.facts.pageInfo;
  if (hasNextPage && endCursor) {
    const more = el('button', { type: 'button', class: 'more' }, 'Show more facts');
    more.addEventListener('click', async () => {
      more.disabled = true;
      let next: EntityCardQuery;
      try {
        next = await ask(EntityCard, {
          id: entity.id,
          after: endCursor,
          ...(asOf ? { asOf } : {}),
        });
      } catch (error) {
        more.replaceWith(message((error as Error).message, 'error'));
        return;
      }
      // The page may have moved on to another entity meanwhile.
      if (!card.isConnected || !next.entity) return;
      showCard(
        container,
        next.entity,
        [...facts, ...next.entity.facts.edges.map((edge) => edge.node)],
        asOf,
      );
    });
    card.append(more);
  }
  show(container, card);
}

function entityCard(
  entity: Entity,
  facts: FactSummaryFragment[],
  asOf: string | undefined,
): HTMLElement {
  const groups = new Map<string, FactSummaryFragment[]>();
  for (const fact of facts)
    groups.set(fact.__typename, [...(groups.get(fact.__typename) ?? []), fact]);
  const website = entity.identifiers.website;
  return el(
    'article',
    { class: 'card', 'data-entity-card': entity.id },
    el('h2', {}, entity.name),
    el(
      'p',
      { class: 'entity-meta' },
      [
        entity.__typename.toLowerCase(),
        entity.country,
        entity.aliases.length ? `also ${entity.aliases.join(', ')}` : '',
      ]
        .filter(Boolean)
        .join(' · '),
    ),
    entity.description ? el('p', {}, entity.description) : null,
    website ? el('p', {}, externalLink(website, website)) : null,
    el(
      'p',
      { class: 'fact-count', 'data-total': String(entity.facts.totalCount) },
      `${entity.facts.totalCount} ${entity.facts.totalCount === 1 ? 'fact' : 'facts'}${asOf ? ` held on ${asOf}` : ''}`,
      entity.facts.totalCount > facts.length ? ` (${facts.length} shown)` : '',
      // Only organizations and products provide something a region can be cut off from.
      ['Organization', 'Product'].includes(entity.__typename)
        ? [' · ', stateLink({ view: 'access', provider: entity.id }, 'access routes')]
        : null,
    ),
    [...groups.entries()]
      .sort(([a], [b]) => factTypeRank(a) - factTypeRank(b))
      .map(([typename, group]) =>
        el(
          'section',
          { class: 'fact-group', 'data-type': typename },
          el('h3', {}, `${factTypeHeading(typename)} (${group.length})`),
          el(
            'ul',
            { class: 'facts' },
            [...group]
              .sort((a, b) => factSortDay(a).localeCompare(factSortDay(b)))
              .map((fact) => factItem(fact, entity.id)),
          ),
        ),
      ),
  );
}

function neighbourhoodDrawing(
  neighbourhood: NonNullable<NeighbourhoodQuery['neighbourhood']>,
): Drawing {
  return {
    nodes: [
      ...neighbourhood.entities.map((entity) => ({
        id: entity.id,
        label: entity.name,
        type: entity.__typename,
        ...(entity.id === neighbourhood.center.id ? { classes: ['center'] } : {}),
      })),
      ...neighbourhood.facts.map((fact) => ({
        id: fact.id,
        label: factTypeName(fact.__typename),
        type: fact.__typename,
        fact: true,
      })),
    ],
    edges: neighbourhood.edges.map((edge) => ({
      source: edge.source,
      target: edge.target,
      label: (edge.role ?? edge.relation).toLowerCase().replaceAll('_', ' '),
    })),
  };
}
