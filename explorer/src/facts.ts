/** A fact as the page shows it: what, when, its status, who takes part, and its sources. */
import { el } from './dom';
import { factDates, factKind, factTitle, roleText } from './format';
import type { FactSummaryFragment } from './gql/graphql';
import { entityLink, externalLink } from './links';

export function factItem(fact: FactSummaryFragment, about?: string): HTMLElement {
  const kind = factKind(fact);
  const others = fact.involves.filter((involvement) => involvement.entity.id !== about);
  return el(
    'li',
    { class: 'fact', id: `fact-${fact.id}`, 'data-fact': fact.id },
    el('div', { class: 'fact-title' }, factTitle(fact)),
    el(
      'div',
      { class: 'fact-meta' },
      el('time', { class: 'dates' }, factDates(fact)),
      el('span', { class: `status ${fact.status.toLowerCase()}` }, fact.status.toLowerCase()),
      kind ? el('span', { class: 'kind' }, kind) : null,
      fact.confidence !== 'HIGH'
        ? el('span', { class: 'confidence' }, `${fact.confidence.toLowerCase()} confidence`)
        : null,
    ),
    others.length
      ? el(
          'div',
          { class: 'involves' },
          others.flatMap((involvement, i) => [
            i ? ', ' : '',
            el('span', { class: 'role' }, `${roleText(involvement.role)} `),
            entityLink(involvement.entity),
          ]),
        )
      : null,
    sourceList(fact.sources),
  );
}

function sourceList(sources: FactSummaryFragment['sources']): HTMLElement {
  return el(
    'ol',
    { class: 'sources', 'aria-label': 'Sources' },
    sources.map(({ source, quote }) =>
      el(
        'li',
        {},
        externalLink(source.url, source.title ?? source.url, 'source'),
        [source.publisher, source.published?.text].filter(Boolean).length
          ? ` — ${[source.publisher, source.published?.text].filter(Boolean).join(', ')}`
          : '',
        quote ? el('blockquote', {}, quote) : null,
      ),
    ),
  );
}
