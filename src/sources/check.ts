import { Slots } from '../concurrency.js';
import { referencesOf } from '../seed/references.js';
import { suggest } from '../seed/schemaCheck.js';
import type { Seed } from '../seed/seedRecords.js';
import {
  type DeadLink,
  type FetchLimits,
  fetchPage,
  type PageOutcome,
  type ReachedPage,
} from './fetchPage.js';
import { htmlToText } from './htmlText.js';
import { matchQuote, normalizeText } from './quotes.js';

/**
 * `policygraph sources check`: every source's page fetched, each quote a fact cites it for looked
 * for on the page, and a status per source.
 */

/** A source of the seed, with the quotes that facts cite it for. */
export interface SourceToCheck {
  id: string;
  url: string;
  title: string;
  /** The seed file it is written in. */
  file: string;
  quotes: CitedQuote[];
}

export interface CitedQuote {
  text: string;
  /** The ids of the facts that cite the source with this quote, in seed order. */
  citedBy: string[];
}

/** The check cannot be made as asked (an unknown source id, an invalid seed, a report unwritten). */
export class SourcesCheckError extends Error {
  override name = 'SourcesCheckError';
}

/**
 * The sources of a valid seed in seed order, each with the quotes cited for it; with `only`,
 * those sources alone (an id that names no source is refused).
 */
export function sourcesToCheck(seed: Seed, only?: readonly string[]): SourceToCheck[] {
  const sources = new Map<string, SourceToCheck>();
  for (const record of seed.records) {
    if (record.collection.group !== 'source') continue;
    sources.set(record.id, {
      id: record.id,
      url: String(record.data.url),
      title: String(record.data.title),
      file: record.file,
      quotes: [],
    });
  }
  for (const record of seed.records) {
    // Fields that cite a source with a quote (a fact's sources); the model says which.
    for (const field of record.collection.references) {
      if (!field.kinds.includes('source') || !field.relationshipProperties?.includes('quote')) {
        continue;
      }
      for (const { id, item } of referencesOf(record, field)) {
        const quote = item?.quote;
        const source = sources.get(id);
        if (typeof quote !== 'string' || !source) continue;
        const cited = source.quotes.find((other) => other.text === quote);
        if (cited) cited.citedBy.push(record.id);
        else source.quotes.push({ text: quote, citedBy: [record.id] });
      }
    }
  }
  if (only === undefined) return [...sources.values()];
  const ids = [...sources.keys()];
  return [...new Set(only)].map((id) => {
    const source = sources.get(id);
    if (source) return source;
    const guess = suggest(id, ids);
    throw new SourcesCheckError(
      `--only: no source "${id}" in the seed${guess ? `; did you mean "${guess}"?` : ''}`,
    );
  });
}

/**
 * ok: the page answered and every quote is on it; dead: the page could not be had;
 * quoteMissing: a quote is not on the page; unchecked: a quote could not be looked for (the page
 * is not HTML, or the quote is not in the part of the page read).
 */
export type SourceStatus = 'ok' | 'dead' | 'quoteMissing' | 'unchecked';
export type QuoteStatus = 'found' | 'missing' | 'unchecked';

export interface QuoteReport extends CitedQuote {
  status: QuoteStatus;
  /** For a quote not found: which part is not on the page, or why it was not looked for. */
  note?: string;
}

/** What fetching the page gave, without the page's text. */
export type LinkReport =
  | (Omit<ReachedPage, 'body'> & { bytesRead?: number; truncated?: boolean })
  | DeadLink;

export interface SourceReport {
  id: string;
  url: string;
  title: string;
  file: string;
  status: SourceStatus;
  link: LinkReport;
  quotes: QuoteReport[];
}

export interface CheckSettings {
  limits: FetchLimits;
  /** Attempts in flight at once. */
  concurrency: number;
  /** After each source: how many are done of how many. */
  onProgress?: (done: number, total: number) => void;
}

/**
 * Checks the sources: each address fetched once (sources that share one share its page), at most
 * `concurrency` attempts at once. Reports in the order of `sources`.
 */
export async function checkSources(
  sources: readonly SourceToCheck[],
  settings: CheckSettings,
): Promise<SourceReport[]> {
  const byUrl = new Map<string, SourceToCheck[]>();
  for (const source of sources) byUrl.set(source.url, [...(byUrl.get(source.url) ?? []), source]);
  const slots = new Slots(settings.concurrency);
  const reports = new Map<string, SourceReport>();
  let done = 0;
  settings.onProgress?.(0, sources.length);
  await Promise.all(
    [...byUrl].map(async ([url, sharing]) => {
      const wantsText = sharing.some((source) => source.quotes.length > 0);
      const page = await fetchPage(url, settings.limits, {
        bodyIf: (contentType) => wantsText && isHtml(contentType),
        inSlot: (attempt) => slots.run(attempt),
      });
      const text = page.reachable && page.body ? normalizeText(htmlToText(page.body.text)) : '';
      for (const source of sharing) {
        reports.set(source.id, reportOn(source, page, text, settings.limits.maxBytes));
        done += 1;
        settings.onProgress?.(done, sources.length);
      }
    }),
  );
  return sources.map((source) => reports.get(source.id) as SourceReport);
}

/** HTML and XHTML; anything else (PDF, images, JSON) has no text to look in here. */
export function isHtml(contentType: string): boolean {
  return ['text/html', 'application/xhtml+xml'].includes(mediaType(contentType));
}

function mediaType(contentType: string): string {
  return (contentType.split(';')[0] ?? '').trim().toLowerCase();
}

function reportOn(
  source: SourceToCheck,
  page: PageOutcome,
  text: string,
  maxBytes: number,
): SourceReport {
  const unchecked = (note: string): QuoteReport[] =>
    source.quotes.map((quote): QuoteReport => ({ ...quote, status: 'unchecked', note }));
  const base = { id: source.id, url: source.url, title: source.title, file: source.file };
  if (!page.reachable) {
    return { ...base, status: 'dead', link: page, quotes: unchecked('the page could not be read') };
  }
  const { body, ...reached } = page;
  const link: LinkReport = body
    ? { ...reached, bytesRead: body.bytesRead, truncated: body.truncated }
    : reached;
  if (source.quotes.length === 0) return { ...base, status: 'ok', link, quotes: [] };
  if (!body) {
    const type = mediaType(page.contentType) || 'no Content-Type';
    return {
      ...base,
      status: 'unchecked',
      link,
      quotes: unchecked(`not HTML (${type}): quote not checked`),
    };
  }
  const quotes = source.quotes.map((quote): QuoteReport => {
    const match = matchQuote(text, quote.text);
    if (match.found) return { ...quote, status: 'found' };
    if (body.truncated) {
      return {
        ...quote,
        status: 'unchecked',
        note: `not in the first ${maxBytes} bytes, and the rest of the page was not read`,
      };
    }
    const whole = match.missingPart === normalizeText(quote.text);
    return {
      ...quote,
      status: 'missing',
      note: whole ? 'not on the page' : `not on the page: "${match.missingPart}"`,
    };
  });
  const status: SourceStatus = quotes.some((quote) => quote.status === 'missing')
    ? 'quoteMissing'
    : quotes.some((quote) => quote.status === 'unchecked')
      ? 'unchecked'
      : 'ok';
  return { ...base, status, link, quotes };
}
