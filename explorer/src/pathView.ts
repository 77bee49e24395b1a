/**
 * The path finder: the shortest ways from one entity to another, each step with its fact and
 * sources, drawn left to right.
 */
import { ask } from './api';
import { el, message, show } from './dom';
import { factItem } from './facts';
import { factSummaryLine, factTypeName, roleText } from './format';
import type { PathsQuery } from './gql/graphql';
import { type Drawing, draw } from './graph';
import { entityLink } from './links';
import { Paths } from './queries';
import type { ExplorerState } from './state';

type Path = PathsQuery['shortestPaths'][number];

export async function renderPaths(
  state: ExplorerState,
  panels: { drawing: HTMLElement; steps: HTMLElement },
  open: (id: string) => void,
  signal: AbortSignal,
): Promise<void> {
  if (!state.from || !state.to) {
    show(panels.drawing);
    show(panels.steps, message('Pick two entities to see how they are connected.'));
    return;
  }
  show(panels.steps, message('Finding paths…'));
  const { shortestPaths } = await ask(
    Paths,
    { from: state.from, to: state.to, ...(state.asOf ? { asOf: state.asOf } : {}) },
    signal,
  );
  if (shortestPaths.length === 0) {
    show(panels.drawing);
    show(
      panels.steps,
      message(
        `No path of up to 6 steps${state.asOf ? ` through facts that held on ${state.asOf}` : ''}.`,
      ),
    );
    return;
  }
  draw(panels.drawing, pathsDrawing(shortestPaths), open, { name: 'preset' });
  // A fact on several paths is told in full once; later paths name it in a line.
  const told = new Set<string>();
  show(
    panels.steps,
    shortestPaths.map((path, i) =>
      el(
        'section',
        { class: 'path', 'data-length': String(path.length) },
        el(
          'h3',
          {},
          `${i === 0 ? 'Shortest path' : `Path ${i + 1}`}: ${path.length} ${path.length === 1 ? 'step' : 'steps'}`,
        ),
        el(
          'ol',
          { class: 'steps' },
          path.steps.map((step) => stepItem(step, told)),
        ),
      ),
    ),
  );
}

function stepItem(step: Path['steps'][number], told: Set<string>): HTMLElement {
  const tell = step.fact !== null && step.fact !== undefined && !told.has(step.fact.id);
  if (step.fact) told.add(step.fact.id);
  return el(
    'li',
    { class: 'step' },
    el(
      'p',
      {},
      entityLink(step.from),
      ` — ${step.fact ? factSummaryLine(step.fact) : roleText(step.relation)} → `,
      entityLink(step.to),
    ),
    tell && step.fact ? el('ul', { class: 'facts' }, factItem(step.fact)) : null,
  );
}

/** Each path on its own row, steps in columns; an entity on several paths is drawn once. */
function pathsDrawing(paths: Path[]): Drawing {
  const drawing: Drawing = { nodes: [], edges: [] };
  const placed = new Set<string>();
  const place = (node: Drawing['nodes'][number]) => {
    if (placed.has(node.id)) return;
    placed.add(node.id);
    drawing.nodes.push(node);
  };

  paths.forEach((path, row) => {
    path.steps.forEach((step, column) => {
      const y = row * 120;
      place({
        id: step.from.id,
        label: step.from.name,
        type: step.from.__typename,
        position: { x: column * 240, y },
      });
      place({
        id: step.to.id,
        label: step.to.name,
        type: step.to.__typename,
        position: { x: (column + 1) * 240, y },
      });
      if (step.fact) {
        place({
          id: step.fact.id,
          label: factTypeName(step.fact.__typename),
          type: step.fact.__typename,
          fact: true,
          position: { x: column * 240 + 120, y: y + 30 },
        });
        drawing.edges.push(
          { source: step.from.id, target: step.fact.id },
          { source: step.fact.id, target: step.to.id },
        );
      } else {
        drawing.edges.push({
          source: step.from.id,
          target: step.to.id,
          label: roleText(step.relation),
        });
      }
    });
  });
  return drawing;
}
