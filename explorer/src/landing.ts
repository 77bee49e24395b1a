/**
 * The page before an entity is chosen: the search box first (in the header, focused), questions
 * to start from, what the graph holds (the coverage figures) and its latest facts.
 */
import { ask } from './api';
import { el, message, show } from './dom';
import { factItem } from './facts';
import { factTypeName } from './format';
import type { LandingQuery } from './gql/graphql';
import { stateLink } from './links';
import { Landing } from './queries';
import { FOUNDING_STORY } from './state';

export interface LandingPanels {
  card: HTMLElement;
  graph: HTMLElement;
  timeline: HTMLElement;
}

/** Questions the graph answers, each a link to the view that answers it. */
const QUESTIONS = [
  {
    text: 'OpenAI blocks API traffic from China: how do Chinese firms still reach its models?',
    changes: { view: 'access', ...FOUNDING_STORY },
  },
  { text: 'Who invested in OpenAI, and who sits on its boards?', changes: { entity: 'openai' } },
  {
    text: 'How is Microsoft connected to 21Vianet?',
    changes: { view: 'path', from: 'microsoft', to: '21vianet' },
  },
  { text: 'Which Chinese AI firms are on the Entity List?', changes: { entity: 'entity-list' } },
  { text: 'What has Nvidia been allowed to ship to China?', changes: { entity: 'nvidia' } },
] as const;

export async function renderLanding(
  panels: LandingPanels,
  signal: AbortSignal,
  today = new Date().toISOString().slice(0, 10),
): Promise<void> {
  show(panels.card, message('Loading…'));
  show(panels.graph);
  show(panels.timeline);
  const { coverage, facts } = await ask(Landing, { today }, signal);
  show(
    panels.card,
    el(
      'div',
      { class: 'landing', 'data-landing': 'true' },
      el('h2', {}, 'The tech-policy graph'),
      el(
        'p',
        { class: 'totals' },
        `${coverage.facts} dated, sourced facts about ${coverage.entities} organizations, people, products, regions and policies, citing ${coverage.sources} sources. Search above, or start from a question:`,
      ),
      el(
        'ul',
        { class: 'questions' },
        QUESTIONS.map((question) => el('li', {}, stateLink(question.changes, question.text))),
      ),
      el('h3', {}, 'What it holds'),
      tallies('Facts by type', coverage.factsByType, factTypeName),
      tallies('Facts by domain', coverage.factsByDomain, (domain) => domain),
    ),
  );
  show(
    panels.graph,
    el('h3', {}, `Latest facts, as of ${today}`),
    el(
      'ol',
      { class: 'facts latest' },
      facts.edges.map((edge) => factItem(edge.node)),
    ),
  );
}

function tallies(
  caption: string,
  rows: LandingQuery['coverage']['factsByType'],
  label: (value: string) => string,
): HTMLElement {
  return el(
    'table',
    { class: 'tallies' },
    el('caption', {}, caption),
    el(
      'tbody',
      {},
      rows.map((row) =>
        el('tr', {}, el('th', { scope: 'row' }, label(row.value)), el('td', {}, String(row.count))),
      ),
    ),
  );
}
