/**
 * The explorer's page: the state in the URL decides what every panel shows; any change goes
 * through navigate(), which records it in the history (so Back works and links are shareable)
 * and redraws.
 */
import { renderAccess } from './accessView';
import { ask } from './api';
import { byId, message, show } from './dom';
import { renderEntity } from './entityView';
import { setNavigation, stateLink } from './links';
import { renderPaths } from './pathView';
import { createPicker, type Picker } from './picker';
import { EntityNames } from './queries';
import { createDateControls } from './slider';
import {
  FOUNDING_STORY,
  formatState,
  parseState,
  type StateChanges,
  type View,
  withChanges,
} from './state';

let state = parseState(location.search);
let inFlight: AbortController | undefined;

/**
 * Moving to another entity or view is a step in the history; moving the date is not (a drag or
 * arrow keys would otherwise fill Back with days), it only updates the link.
 */
function navigate(changes: StateChanges): void {
  const dateOnly = Object.keys(changes).every((key) => key === 'asOf');
  state = withChanges(state, changes);
  const link = formatState(state) || location.pathname;
  if (dateOnly) history.replaceState(null, '', link);
  else history.pushState(null, '', link);
  void render();
}
setNavigation(() => state, navigate);

const open = (id: string) => navigate({ view: 'entity', entity: id });
const dates = createDateControls((asOf) => navigate({ asOf }));

const search = createPicker({
  id: 'search',
  label: 'Search entities',
  placeholder: 'Search: OpenAI, 21Vianet, Baidu, China…',
  onPick: (entity) => open(entity.id),
});
byId('search-slot').append(search.element);

const pickers: Record<'from' | 'to' | 'provider' | 'region', Picker> = {
  from: createPicker({
    id: 'path-from',
    label: 'From',
    placeholder: 'From…',
    onPick: (e) => navigate({ from: e.id }),
  }),
  to: createPicker({
    id: 'path-to',
    label: 'To',
    placeholder: 'To…',
    onPick: (e) => navigate({ to: e.id }),
  }),
  provider: createPicker({
    id: 'access-provider',
    label: 'Provider',
    placeholder: 'a provider or product',
    types: ['ORGANIZATION', 'PRODUCT'],
    onPick: (e) => navigate({ provider: e.id }),
  }),
  region: createPicker({
    id: 'access-region',
    label: 'Region',
    placeholder: 'a region',
    types: ['REGION'],
    onPick: (e) => navigate({ region: e.id }),
  }),
};
byId('path-from-slot').append(pickers.from.element);
byId('path-to-slot').append(pickers.to.element);
byId('access-provider-slot').append(pickers.provider.element);
byId('access-region-slot').append(pickers.region.element);

const VIEWS: [View, string][] = [
  ['entity', 'Entity'],
  ['path', 'Path finder'],
  ['access', 'Access routes'],
];

async function render(): Promise<void> {
  inFlight?.abort();
  const controller = new AbortController();
  inFlight = controller;
  document.body.dataset.loading = 'true';
  dates.set(state.asOf);
  show(
    byId('tabs'),
    VIEWS.map(([view, label]) =>
      stateLink({ view }, label, view === state.view ? { 'aria-current': 'page' } : {}),
    ),
  );
  for (const [view] of VIEWS) byId(`${view}-view`).hidden = view !== state.view;
  // The landing page (no entity yet) has no neighbourhood or timeline: their headings go, and
  // the search box has the focus.
  const landing = state.view === 'entity' && !state.entity;
  document.body.dataset.landing = String(landing);
  if (landing) byId('search-slot').querySelector('input')?.focus();
  try {
    await renderView(controller.signal);
  } catch (error) {
    if ((error as Error).name === 'AbortError') return;
    // Nothing of the view stays from before: only what went wrong.
    for (const panel of PANELS[state.view]) show(byId(panel));
    show(byId(PANELS[state.view][0]), message((error as Error).message, 'error'));
  }
  if (inFlight === controller) document.body.dataset.loading = 'false';
}

async function renderView(signal: AbortSignal): Promise<void> {
  if (state.view === 'entity') {
    const panels = { card: byId('card'), graph: byId('neighbourhood'), timeline: byId('timeline') };
    await renderEntity(state, panels, open, signal);
  } else if (state.view === 'path') {
    await nameThePickers(['from', 'to'], signal);
    await renderPaths(
      state,
      { drawing: byId('path-drawing'), steps: byId('path-steps') },
      open,
      signal,
    );
  } else {
    const panels = {
      summary: byId('access-summary'),
      drawing: byId('access-drawing'),
      details: byId('access-details'),
    };
    const report = await renderAccess(state, panels, open, signal);
    pickers.provider.set(
      report?.provider ?? { id: '', name: state.provider ?? FOUNDING_STORY.provider },
    );
    pickers.region.set(report?.region ?? { id: '', name: state.region ?? FOUNDING_STORY.region });
  }
}

/** A link holds ids; the pickers show names. */
async function nameThePickers(keys: ('from' | 'to')[], signal: AbortSignal): Promise<void> {
  const ids = keys.map((key) => state[key]).filter((id): id is string => Boolean(id));
  if (ids.length === 0) return;
  const { nodes } = await ask(EntityNames, { ids }, signal);
  for (const key of keys) {
    const found = nodes.find((node) => node && 'name' in node && node.id === state[key]);
    pickers[key].set(found && 'name' in found ? { id: found.id, name: found.name } : undefined);
  }
}

/** Each view's panels, the one that reports errors first. */
const PANELS: Record<View, [string, ...string[]]> = {
  entity: ['card', 'neighbourhood', 'timeline'],
  path: ['path-steps', 'path-drawing'],
  access: ['access-summary', 'access-drawing', 'access-details'],
};

window.addEventListener('popstate', () => {
  const next = parseState(location.search);
  // A jump to a fact on the card (#fact-...) changes only the hash: nothing to redraw.
  if (formatState(next) === formatState(state)) return;
  state = next;
  void render();
});

void render();
