/**
 * The access-routes view: can a region reach a provider's products? The picture puts the
 * provider on the left and the region on the right: red dashed lines are the blocks, green
 * lines the routes that still reach it (through the products built on the provider's, and
 * whoever operates them there). The founding story (OpenAI, mainland China) is the default.
 */
import { ask } from './api';
import { el, message, show } from './dom';
import { factItem } from './facts';
import { factKind } from './format';
import type { AccessRoutesQuery } from './gql/graphql';
import { type Drawing, type DrawnNode, draw } from './graph';
import { entityLink } from './links';
import { AccessRoutes } from './queries';
import { type ExplorerState, FOUNDING_STORY } from './state';

type Report = NonNullable<AccessRoutesQuery['accessRoutes']>;

export interface AccessPanels {
  summary: HTMLElement;
  drawing: HTMLElement;
  details: HTMLElement;
}

/** Resolves to the report's provider and region, for the pickers to show their names. */
export async function renderAccess(
  state: ExplorerState,
  panels: AccessPanels,
  open: (id: string) => void,
  signal: AbortSignal,
): Promise<Report | null> {
  const provider = state.provider ?? FOUNDING_STORY.provider;
  const region = state.region ?? FOUNDING_STORY.region;
  show(panels.summary, message('Asking…'));
  const { accessRoutes: report } = await ask(
    AccessRoutes,
    { provider, region, ...(state.asOf ? { asOf: state.asOf } : {}) },
    signal,
  );
  if (!report) {
    show(panels.summary, message(`No provider “${provider}” or no region “${region}”.`, 'error'));
    show(panels.drawing);
    show(panels.details);
    return null;
  }
  show(
    panels.summary,
    el(
      'p',
      { class: `verdict ${report.reachable ? 'reachable' : 'unreachable'}` },
      el('strong', {}, report.reachable ? 'Reachable' : 'Not reachable'),
      ` on ${report.asOf}. ${report.summary}`,
    ),
  );
  draw(panels.drawing, accessDrawing(report), open, { name: 'preset', fit: true, padding: 30 });
  show(panels.details, blocksSection(report), routesSection(report));
  return report;
}

function blocksSection(report: Report): HTMLElement {
  return el(
    'section',
    { class: 'blocks' },
    el('h3', {}, `Blocked by (${report.blockedBy.length})`),
    report.blockedBy.length
      ? el(
          'ul',
          { class: 'facts' },
          report.blockedBy.map((restriction) => factItem(restriction)),
        )
      : message('No restriction blocks the provider here.'),
  );
}

function routesSection(report: Report): HTMLElement {
  return el(
    'section',
    { class: 'routes' },
    el('h3', {}, `Routes that still reach ${report.region.name} (${report.routes.length})`),
    report.routes.map((route) =>
      el(
        'section',
        { class: 'route', 'data-product': route.product.id },
        el(
          'h4',
          {},
          entityLink(route.product),
          route.operator ? [' operated by ', entityLink(route.operator)] : null,
          route.provider ? [' for ', entityLink(route.provider)] : null,
          route.lineage.length > 1
            ? ` — built on ${route.lineage
                .slice(1)
                .map((product) => product.name)
                .join(' ← ')}`
            : '',
        ),
        el(
          'ul',
          { class: 'facts' },
          route.facts.map((fact) => factItem(fact)),
        ),
        route.limitedBy.length
          ? [
              el('h5', {}, 'Limited by'),
              el(
                'ul',
                { class: 'facts' },
                route.limitedBy.map((fact) => factItem(fact)),
              ),
            ]
          : null,
      ),
    ),
  );
}

const COLUMN = 230;
const ROW = 130;

/** Columns: the provider, its products, what is built on them, the region. */
function accessDrawing(report: Report): Drawing {
  const nodes = new Map<string, DrawnNode>();
  const edges: Drawing['edges'] = [];
  const deepest = Math.max(1, ...report.routes.map((route) => route.lineage.length));
  const regionColumn = deepest + 2;
  const place = (id: string, label: string, type: string, column: number, row: number) => {
    if (!nodes.has(id))
      nodes.set(id, { id, label, type, position: { x: column * COLUMN, y: row * ROW } });
  };
  place(report.provider.id, report.provider.name, report.provider.__typename, 0, 0);
  place(report.region.id, report.region.name, 'Region', regionColumn, 0);

  report.blockedBy.forEach((restriction, i) => {
    const blocked = restriction.products.length ? restriction.products : [report.provider];
    for (const product of blocked) {
      if (product.id !== report.provider.id) {
        place(product.id, product.name, 'Product', 1, -0.6 - i * 0.5);
        edges.push({ source: report.provider.id, target: product.id, label: 'provides' });
      }
      edges.push({
        source: product.id,
        target: report.region.id,
        label: `blocked: ${[restriction.imposedBy.name, factKind(restriction)].filter(Boolean).join(', ')}`,
        classes: ['blocked'],
      });
    }
  });

  report.routes.forEach((route, i) => {
    const row = i + 1;
    // lineage runs from the route's product down to the provider's; draw it the other way.
    const chain = [...route.lineage].reverse();
    for (const [depth, product] of chain.entries()) {
      place(product.id, product.name, 'Product', depth + 1, row);
    }
    const base = chain[0];
    if (base && base.id !== report.provider.id) {
      edges.push({ source: report.provider.id, target: base.id, label: 'provides' });
    }
    for (let depth = 1; depth < chain.length; depth++) {
      const below = chain[depth - 1];
      const above = chain[depth];
      if (below && above) edges.push({ source: below.id, target: above.id, label: 'powers' });
    }
    const operated = route.operator ? ` by ${route.operator.name}` : '';
    edges.push({
      source: route.product.id,
      target: report.region.id,
      label: `available${operated}`,
      classes: ['route'],
    });
    if (route.operator) {
      place(route.operator.id, route.operator.name, 'Organization', chain.length + 0.5, row + 0.7);
      edges.push({ source: route.operator.id, target: route.product.id, label: 'operates' });
    }
    if (route.provider && route.provider.id !== report.provider.id) {
      place(route.provider.id, route.provider.name, 'Organization', chain.length, row + 0.8);
      edges.push({ source: route.provider.id, target: route.product.id, label: 'provides' });
    }
  });
  return { nodes: [...nodes.values()], edges };
}
