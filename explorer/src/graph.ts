/**
 * Graph drawings with cytoscape.js. Entities are round and coloured by type, facts are small
 * squares between them; a double click on an entity opens it. Each drawing also lists its
 * entities as links under the canvas, for keyboards, screen readers and tests.
 */
import cytoscape, { type Core, type ElementDefinition, type LayoutOptions } from 'cytoscape';
import { el, show } from './dom';
import { entityLink } from './links';

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
      'text-max-width': '120px',
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
    layout: layout ?? {
      name: 'cose',
      animate: false,
      nodeRepulsion: () => 9000,
      idealEdgeLength: () => 70,
      randomize: false,
    },
    wheelSensitivity: 0.3,
  });
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
