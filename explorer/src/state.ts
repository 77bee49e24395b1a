/**
 * Everything the page shows follows from this state, and the state lives in the URL's query
 * string, so any view is a link that can be shared or bookmarked. Pure: no DOM here.
 */
export type View = 'entity' | 'path' | 'access';

export interface ExplorerState {
  view: View;
  /** The entity whose card, neighbourhood and timeline are shown. */
  entity?: string;
  /** The day everything on the page holds for; unset: every fact, whenever it held. */
  asOf?: string;
  /** The path finder's two ends. */
  from?: string;
  to?: string;
  /** The access-routes question: can `region` reach `provider`'s products? */
  provider?: string;
  region?: string;
}

/** The founding story is the access view's question until someone asks another. */
export const FOUNDING_STORY = { provider: 'openai', region: 'cn' } as const;

const VIEWS: readonly View[] = ['entity', 'path', 'access'];
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const KEYS = ['entity', 'asOf', 'from', 'to', 'provider', 'region'] as const;

export function parseState(search: string): ExplorerState {
  const params = new URLSearchParams(search);
  const view = params.get('view');
  const state: ExplorerState = { view: VIEWS.includes(view as View) ? (view as View) : 'entity' };
  for (const key of KEYS) {
    const value = params.get(key)?.trim();
    if (!value) continue;
    // A malformed day in a hand-edited link is dropped rather than sent to the API.
    if (key === 'asOf' && !isDay(value)) continue;
    state[key] = value;
  }
  return state;
}

export function formatState(state: ExplorerState): string {
  const params = new URLSearchParams();
  if (state.view !== 'entity') params.set('view', state.view);
  for (const key of KEYS) {
    const value = state[key];
    if (value) params.set(key, value);
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** Keys to set, and keys to clear (given as undefined). */
export type StateChanges = { [K in keyof ExplorerState]?: ExplorerState[K] | undefined };

/** A new state with some keys set, and those given as undefined removed. */
export function withChanges(state: ExplorerState, changes: StateChanges): ExplorerState {
  const next: ExplorerState = { ...state };
  for (const [key, value] of Object.entries(changes) as [keyof ExplorerState, string][]) {
    if (value === undefined) delete next[key];
    else (next as unknown as Record<string, string>)[key] = value;
  }
  return next;
}

export function isDay(text: string): boolean {
  if (!DAY.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

/** The date slider counts days since 1970-01-01 (UTC), so every step is one calendar day. */
export function dayNumber(day: string): number {
  return Math.round(Date.parse(`${day}T00:00:00Z`) / 86_400_000);
}

export function dayText(dayNumber: number): string {
  return new Date(dayNumber * 86_400_000).toISOString().slice(0, 10);
}
