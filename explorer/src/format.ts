/** How facts and entities read on the page. Pure: no DOM here. */
import { FACT_TYPES } from './factTypes.generated';
import type { FactSummaryFragment } from './gql/graphql';

/** The heading of a group of facts of one type. */
export function factTypeHeading(typename: string): string {
  return FACT_TYPES[typename]?.[0] ?? typename;
}

/** What one fact of the type is called: `board seat`. */
export function factTypeName(typename: string): string {
  return FACT_TYPES[typename]?.[1] ?? typename;
}

/** A fact in a few words, for a path step: `investment, USD 10 billion (2023-01)`. */
export function factSummaryLine(fact: FactSummaryFragment): string {
  const kind = factKind(fact);
  return `${factTypeName(fact.__typename)}${kind ? `, ${kind}` : ''} (${factDates(fact)})`;
}

/** The order groups appear in on a card: as in FACT_TYPES. */
export function factTypeRank(typename: string): number {
  const index = Object.keys(FACT_TYPES).indexOf(typename);
  return index < 0 ? Number.MAX_SAFE_INTEGER : index;
}

/** What kind of fact of its type it is: a partnership's kind, a board seat's role, ... */
export function factKind(fact: FactSummaryFragment): string | undefined {
  switch (fact.__typename) {
    case 'Partnership':
    case 'Restriction':
      return fact.kind ?? undefined;
    case 'BoardSeat':
      return fact.role;
    case 'Role':
      return fact.title;
    case 'PolicyAction':
      return fact.action;
    case 'PatentStatistic':
      return `${fact.count.toLocaleString('en')} ${fact.unit}, ${fact.field}`;
    case 'Investment':
      if (fact.amount)
        return `${formatMoney(fact.amount.value, fact.amount.currency)}${round(fact.round)}`;
      return fact.undisclosed
        ? `undisclosed amount${round(fact.round)}`
        : (fact.round ?? undefined);
    case 'Availability':
      return fact.audience ?? undefined;
    case 'Acquisition':
      return [
        fact.kind,
        fact.share ? `${fact.share}%` : undefined,
        fact.price ? formatMoney(fact.price.value, fact.price.currency) : undefined,
      ]
        .filter(Boolean)
        .join(', ');
    case 'OwnershipStake':
      return [fact.share ? `${fact.share}%` : undefined, fact.shareClass]
        .filter(Boolean)
        .join(' of ');
    case 'ComputeCommitment':
      return [
        fact.amount
          ? `${bound(fact.amountBound)}${formatMoney(fact.amount.value, fact.amount.currency)}`
          : 'undisclosed amount',
        fact.capacity,
        fact.term,
      ]
        .filter(Boolean)
        .join(', ');
    case 'ExportLicence':
      return [fact.kind ? `${fact.kind} licence` : undefined, fact.conditions]
        .filter(Boolean)
        .join(', ');
    default:
      return undefined;
  }
}

const round = (name: string | null | undefined) => (name ? `, ${name}` : '');

/** `up-to` → `up to `: how a commitment's amount is bounded, before it. */
const bound = (name: string | null | undefined) => (name ? `${name.replaceAll('-', ' ')} ` : '');

function formatMoney(value: number, currency: string): string {
  const units: [number, string][] = [
    [1e12, ' trillion'],
    [1e9, ' billion'],
    [1e6, ' million'],
  ];
  for (const [size, word] of units) {
    if (value >= size) return `${currency} ${Number((value / size).toFixed(2))}${word}`;
  }
  return `${currency} ${value.toLocaleString('en')}`;
}

/** When the fact held or happened: `2023-01`, `2019-07 – 2024-07`, `since 2023-03`. */
export function factDates(fact: Pick<FactSummaryFragment, 'date' | 'start' | 'end'>): string {
  if (fact.date) return fact.date.text;
  if (fact.start && fact.end) return `${fact.start.text} – ${fact.end.text}`;
  if (fact.start) return `since ${fact.start.text}`;
  if (fact.end) return `until ${fact.end.text}`;
  return 'undated';
}

/** The day a fact sorts by: when it happened or started. */
export function factSortDay(fact: Pick<FactSummaryFragment, 'date' | 'start'>): string {
  return fact.date?.earliest ?? fact.start?.earliest ?? '9999-12-31';
}

/** One line that names a fact for people: its description, or its type and parties. */
export function factTitle(fact: FactSummaryFragment): string {
  if (fact.description) return fact.description;
  const parties = fact.involves.map((involvement) => involvement.entity.name).join(', ');
  return `${factTypeHeading(fact.__typename)}: ${parties}`;
}

/** PARTY → party, ON_BEHALF_OF → on behalf of. */
export function roleText(role: string): string {
  return role.toLowerCase().replaceAll('_', ' ');
}
