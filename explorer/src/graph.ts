/**
 * Graph drawings with cytoscape.js. Entities are round and coloured by type, facts are small
 * squares between them; a double click on an entity opens it. Each drawing also lists its
 * entities as links under the canvas, for keyboards, screen readers and tests.
 */
import cytoscape, { type Core, type ElementDefinition, type LayoutOptions } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { el, show } from './dom';
import { entityLink } from './links';

cytoscape.use(fcose);

/** Above this many nodes, fact squares lose their labels: the entities' names stay readable. */
export const CROWDED = 40;

export interface DrawnNode {
  id: string;
  label: string;
  /** Organization, Person, Region, Product, Policy, or a fact's type. */
  type: string;
  fact?: boolean;
  /** Extra classes: `center`, `blocked`, `route`. */
  classes?: string[];
  position?: { x: number; y: number };
}

export interface DrawnEdge {
  source: string;
  target: string;
  label?: string;
  classes?: string[];
}

export interface Drawing {
  nodes: DrawnNode[];
  edges: DrawnEdge[];
}

const COLOURS: Record<string, string> = {
  Organization: '#2563eb',
  Person: '#db2777',
  Region: '#059669',
  Product: '#d97706',
  Policy: '#7c3aed',
};

const STYLE: cytoscape.StylesheetJson = [
  {
    selector: 'node',
    style: {
      label: 'data(label)',
      'font-size': 11,
      'text-valign': 'bottom',
      'text-margin-y': 4,
      'text-wrap': 'wrap',
      'text-max-width': '110px',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.75,
      'text-background-padding': '1px',
      // Zoomed far out, names would only blot each other out: they come back on zooming in.
      'min-zoomed-font-size': 7,
      color: '#1f2937',
      'background-color': 'data(colour)',
      width: 26,
      height: 26,
    },
  },
  {
    selector: 'node.fact',
    style: { shape: 'round-rectangle', width: 12, height: 12, 'font-size': 8, color: '#6b7280' },
  },
  { selector: '.unlabelled', style: { label: '' } },
  {
    selector: 'node.center',
    style: { width: 38, height: 38, 'border-width': 3, 'border-color': '#111827' },
  },
  {
    selector: 'edge',
    style: {
      width: 1.5,
      'line-color': '#9ca3af',
      'target-arrow-color': '#9ca3af',
      'target-arrow-shape': 'triangle',
      'curve-style': 'bezier',
      label: 'data(label)',
      'font-size': 9,
      color: '#4b5563',
      'text-rotation': 'autorotate',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.8,
    },
  },
  {
    selector: 'edge.blocked',
    style: {
      'line-color': '#dc2626',
      'target-arrow-color': '#dc2626',
      'line-style': 'dashed',
      width: 3,
      color: '#dc2626',
    },
  },
  {
    selector: 'edge.route',
    style: { 'line-color': '#16a34a', 'target-arrow-color': '#16a34a', width: 3, color: '#15803d' },
  },
];

const drawings = new WeakMap<HTMLElement, Core>();

/** Draws into `container` (replacing what it showed); `layout` defaults to a force layout. */
export function draw(
  container: HTMLElement,
  drawing: Drawing,
  onOpen: (id: string) => void,
  layout?: LayoutOptions,
): Core {
  drawings.get(container)?.destroy();
  const canvas = el('div', { class: 'canvas', role: 'img', 'aria-label': 'Graph drawing' });
  const entities = drawing.nodes.filter((node) => !node.fact);
  const list = el(
    'ul',
    { class: 'drawn-entities', 'aria-label': 'Entities in the drawing' },
    entities.map((node) => el('li', {}, entityLink({ id: node.id, name: node.label }))),
  );
  show(container, canvas, list);
  const edges = distinct(drawing.edges);
  const elements: ElementDefinition[] = [
    ...drawing.nodes.map((node) => ({
      data: { id: node.id, label: node.label, colour: COLOURS[node.type] ?? '#9ca3af' },
      classes: [...(node.fact ? ['fact'] : []), ...(node.classes ?? [])],
      ...(node.position ? { position: node.position } : {}),
    })),
    ...edges.map((edge, i) => ({
      data: { id: `edge-${i}`, source: edge.source, target: edge.target, label: edge.label ?? '' },
      classes: edge.classes ?? [],
    })),
  ];
  const cy = cytoscape({
    container: canvas,
    elements,
    style: STYLE,
    // fcose with the labels' size counted in each node's: nodes and names do not overlap.
    layout:
      layout ??
      ({
        name: 'fcose',
        quality: 'proof',
        randomize: true,
        animate: false,
        nodeDimensionsIncludeLabels: true,
        nodeSeparation: 60,
        idealEdgeLength: () => 90,
        nodeRepulsion: () => 60_000,
        fit: true,
        padding: 20,
      } as LayoutOptions),
    wheelSensitivity: 0.3,
  });
  // A hub's drawing: fact squares and edges go unlabelled (their facts are on the card).
  const crowded = drawing.nodes.length > CROWDED;
  if (crowded) cy.elements('node.fact, edge').addClass('unlabelled');
  container.dataset.crowded = String(crowded);
  if (!layout) separateNames(cy);
  cy.fit(undefined, 20);
  container.dataset.overlaps = String(overlappingNames(cy));
  cy.on('dbltap', 'node', (event) => {
    const id = event.target.id() as string;
    if (!drawing.nodes.find((node) => node.id === id)?.fact) onOpen(id);
  });
  drawings.set(container, cy);
  // What was drawn, readable without the canvas: data-nodes, data-edges, data-edges-blocked, ...
  container.dataset.nodes = String(drawing.nodes.length);
  container.dataset.edges = String(edges.length);
  for (const { name } of [...container.attributes]) {
    if (name.startsWith('data-edges-')) container.removeAttribute(name);
  }
  for (const name of new Set(edges.flatMap((edge) => edge.classes ?? []))) {
    const count = edges.filter((edge) => edge.classes?.includes(name)).length;
    container.setAttribute(`data-edges-${name}`, String(count));
  }
  return cy;
}

/** Paths and routes share steps: the same tie is drawn once. */
function distinct(edges: DrawnEdge[]): DrawnEdge[] {
  const seen = new Map<string, DrawnEdge>();
  for (const edge of edges) {
    const key = JSON.stringify([edge.source, edge.target, edge.label ?? '']);
    if (!seen.has(key)) seen.set(key, edge);
  }
  return [...seen.values()];
}

type Box = { x1: number; x2: number; y1: number; y2: number };
const overlap = (a: Box, b: Box) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

/**
 * fcose counts labels in node sizes, yet in a hub's drawing a few names still touch: pushes
 * each overlapping pair of entities apart, along the axis where they overlap least, until none
 * do (or after 200 passes).
 */
function separateNames(cy: Core): void {
  const nodes = cy.nodes().not('.fact').toArray() as cytoscape.NodeSingular[];
  const box = (node: cytoscape.NodeSingular): Box => node.boundingBox({ includeLabels: true });
  for (let pass = 0; pass < 200; pass++) {
    let moved = false;
    for (const [i, a] of nodes.entries()) {
      for (const b of nodes.slice(i + 1)) {
        const [p, q] = [box(a), box(b)];
        if (!overlap(p, q)) continue;
        moved = true;
        const dx = Math.min(p.x2 - q.x1, q.x2 - p.x1);
        const dy = Math.min(p.y2 - q.y1, q.y2 - p.y1);
        const [pa, pb] = [a.position(), b.position()];
        if (dx < dy) {
          const step = (dx / 2 + 1) * (pa.x <= pb.x ? 1 : -1);
          a.position({ x: pa.x - step, y: pa.y });
          b.position({ x: pb.x + step, y: pb.y });
        } else {
          const step = (dy / 2 + 1) * (pa.y <= pb.y ? 1 : -1);
          a.position({ x: pa.x, y: pa.y - step });
          b.position({ x: pb.x, y: pb.y + step });
        }
      }
    }
    if (!moved) return;
  }
}

/** How many pairs of entities, with their names, overlap in the drawing. */
function overlappingNames(cy: Core): number {
  const boxes = cy
    .nodes()
    .not('.fact')
    .map((node) => node.boundingBox({ includeLabels: true }));
  let pairs = 0;
  for (const [i, a] of boxes.entries()) {
    for (const b of boxes.slice(i + 1)) {
      if (overlap(a, b)) pairs++;
    }
  }
  return pairs;
}
