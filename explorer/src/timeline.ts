/**
 * An entity's timeline: a strip with a dot per dated event over the years (and a line on the
 * page's asOf), then the events in order; each links to its fact on the card.
 */
import { el, message } from './dom';
import { factTypeHeading } from './format';
import type { TimelineQuery } from './gql/graphql';
import { dayNumber } from './state';

type TimelineEvent = NonNullable<TimelineQuery['entity']>['timeline'][number];

/** As many events as the Timeline query asks for. */
export const TIMELINE_PAGE = 300;

const SVG = 'http://www.w3.org/2000/svg';
const WIDTH = 600;
const HEIGHT = 56;
const MARGIN = 16;

export function timelineView(events: TimelineEvent[], asOf: string | undefined): HTMLElement {
  if (events.length === 0) return message(asOf ? `Nothing dated up to ${asOf}.` : 'Nothing dated.');
  return el(
    'div',
    {},
    strip(events, asOf),
    list(events, asOf),
    events.length >= TIMELINE_PAGE
      ? message(`Only the first ${TIMELINE_PAGE} events are shown.`)
      : null,
  );
}

function list(events: TimelineEvent[], asOf: string | undefined): HTMLElement {
  return el(
    'ol',
    { class: 'timeline' },
    events.map((event) =>
      el(
        'li',
        { class: `event ${event.change.toLowerCase()}`, 'data-fact': event.fact.id },
        el('time', {}, event.date.text),
        el('span', { class: 'change' }, event.change.toLowerCase()),
        el('a', { href: `#fact-${event.fact.id}` }, describe(event)),
      ),
    ),
    asOf
      ? el(
          'li',
          { class: 'event as-of' },
          el('time', {}, asOf),
          el('span', { class: 'change' }, 'as of'),
        )
      : null,
  );
}

const describe = (event: TimelineEvent) =>
  event.fact.description ?? factTypeHeading(event.fact.__typename);

/** Whole years from the first event to the last one (or asOf), a dot per event. */
function strip(events: TimelineEvent[], asOf: string | undefined): SVGSVGElement {
  const days = events.map((event) => dayNumber(event.date.earliest));
  const firstYear = Number(events[0]?.date.earliest.slice(0, 4));
  const lastDay = Math.max(...days, asOf ? dayNumber(asOf) : 0);
  const lastYear = Number(new Date(lastDay * 86_400_000).toISOString().slice(0, 4)) + 1;
  const start = dayNumber(`${firstYear}-01-01`);
  const span = dayNumber(`${lastYear}-01-01`) - start;
  const x = (day: number) => MARGIN + ((day - start) / span) * (WIDTH - 2 * MARGIN);

  const svg = node('svg', {
    class: 'timeline-strip',
    viewBox: `0 0 ${WIDTH} ${HEIGHT}`,
    role: 'img',
    'aria-label': `${events.length} events from ${firstYear} to ${lastYear - 1}`,
  });
  svg.append(node('line', { x1: MARGIN, x2: WIDTH - MARGIN, y1: 24, y2: 24, class: 'axis' }));
  const step = Math.max(1, Math.ceil((lastYear - firstYear) / 10));
  for (let year = firstYear; year <= lastYear; year += step) {
    const at = x(dayNumber(`${year}-01-01`));
    svg.append(node('line', { x1: at, x2: at, y1: 20, y2: 28, class: 'tick' }));
    const label = node('text', { x: at, y: 44, class: 'year' });
    label.textContent = String(year);
    svg.append(label);
  }
  if (asOf) {
    const at = x(dayNumber(asOf));
    svg.append(node('line', { x1: at, x2: at, y1: 6, y2: 34, class: 'as-of' }));
  }
  events.forEach((event, i) => {
    const link = node('a', { href: `#fact-${event.fact.id}` });
    const dot = node('circle', {
      cx: x(days[i] ?? start),
      cy: 24,
      r: 5,
      class: `dot ${event.change.toLowerCase()}`,
    });
    const title = node('title', {});
    title.textContent = `${event.date.text} ${event.change.toLowerCase()}: ${describe(event)}`;
    dot.append(title);
    link.append(dot);
    svg.append(link);
  });
  return svg as SVGSVGElement;
}

function node(tag: string, attributes: Record<string, string | number>): SVGElement {
  const element = document.createElementNS(SVG, tag) as SVGElement;
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
  return element;
}
